//! Page chrome: what a printed page or a web page adds around the document — rules and
//! page numbers ("— 1 —", "第2页 共5页"), and a website's breadcrumbs, buttons and
//! counters (当前位置：首页 > …, 【打印本页】【关闭窗口】, 浏览次数：356).

use std::sync::LazyLock;

use super::index::WordIndex;
use super::roles::WordEnds;

/// A dash, and what it may draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dash {
    pub ch: char,
    /// Frames a page number ("— 1 —"); every dash draws a rule ("———").
    pub page_number: bool,
}

const fn dash(ch: char, page_number: bool) -> Dash {
    Dash { ch, page_number }
}

/// Dashes.
pub(crate) const DASHES: [Dash; 10] = [
    dash('-', true),
    dash('—', true),
    dash('─', true),
    dash('－', true),
    dash('–', true),
    dash('―', true),
    dash('━', false),
    dash('=', false),
    dash('＝', false),
    dash('_', false),
];

/// The borders of a table copied from a web page as text ("|", "||||"): a line of them
/// alone carries nothing.
pub(crate) const TABLE_BORDERS: [char; 2] = ['|', '｜'];

/// Marks a post or page prints alone on a line to point at what follows ("↓↓↓", "▲"
/// under a picture): a line of nothing else carries no text.
pub(crate) const DECORATIONS: [char; 16] = [
    '↓', '↑', '→', '←', '▲', '▼', '△', '▽', '★', '☆', '◆', '◇', '■', '□', '※', '▶',
];

/// "第2页", "第2页共5页": the words of a page-number line around its numbers.
pub(crate) const PAGE_WORDS: (&str, &str, &str) = ("第", "页", "共");

/// A word that makes up chrome lines ("【打印本页】【关闭窗口】", "字号：大 中 小").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChromeWord {
    pub word: &'static str,
    /// Enough on its own to make a line chrome; "大 中 小" or "微信" alone are not.
    pub strong: bool,
}

const fn strong(word: &'static str) -> ChromeWord {
    ChromeWord { word, strong: true }
}

const fn weak(word: &'static str) -> ChromeWord {
    ChromeWord {
        word,
        strong: false,
    }
}

/// Chrome words (the longest one a line starts with is taken).
pub(crate) const CHROME_WORDS: [ChromeWord; 73] = [
    strong("扫一扫在手机打开当前页"),
    strong("扫一扫在手机上查看当前页面"),
    strong("手机扫一扫"),
    strong("扫一扫"),
    strong("打印本页"),
    strong("打印此页"),
    strong("打印文章"),
    strong("打印正文"),
    strong("打印"),
    strong("关闭窗口"),
    strong("关闭本页"),
    strong("关闭"),
    strong("视力保护色"),
    strong("朗读"),
    strong("语音播报"),
    strong("加入收藏"),
    strong("收藏本页"),
    strong("收藏"),
    strong("分享到"),
    strong("分享"),
    strong("返回顶部"),
    strong("返回首页"),
    strong("我要纠错"),
    strong("纠错"),
    strong("浏览量"),
    strong("浏览次数"),
    strong("访问量"),
    strong("阅读量"),
    strong("阅读次数"),
    strong("点击数"),
    strong("字号"),
    strong("字体"),
    strong("上一篇"),
    strong("下一篇"),
    // Share widgets alone on their lines, the close mark of a pop-up, the login bar.
    strong("政务微信"),
    strong("政务微博"),
    strong("×"),
    strong("相关链接"),
    strong("相关文件"),
    // A site's list of the files it links under the page ("相关附件：", "附件下载："),
    // never the document's own 附件说明 ("附件：").
    strong("相关附件"),
    strong("附件下载"),
    // A 解读 page's link to the document it reads, and a document's links to its 解读.
    strong("原文链接"),
    strong("相关解读"),
    strong("相关阅读"),
    strong("相关新闻"),
    strong("登录"),
    strong("注册"),
    strong("用户登录"),
    strong("无障碍"),
    // A site's top bar: its script and care modes ("繁體 | 无障碍 | 长者模式").
    strong("无障碍浏览"),
    strong("繁體"),
    strong("繁体"),
    strong("简体"),
    strong("长者模式"),
    strong("关怀模式"),
    strong("关怀版"),
    strong("适老化"),
    strong("手机版"),
    strong("智能问答"),
    strong("返回"),
    strong("我要打印"),
    strong("打印文本"),
    weak("保存"),
    weak("大"),
    weak("中"),
    weak("小"),
    weak("默认"),
    weak("标准"),
    weak("微信"),
    weak("微博"),
    weak("QQ空间"),
    weak("QQ"),
    weak("次"),
];

/// Characters that separate the words of a chrome line.
pub(crate) const CHROME_SEPARATORS: [char; 19] = [
    '【', '】', '[', ']', '［', '］', '|', '｜', '丨', '•', '·', '：', ':', '/', '、', '（', '）',
    '(', ')',
];

/// What the value of a chrome label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChromeKind {
    /// Where the article came from (来源：…): a document may print it too, under a table.
    Source,
    /// When the page was published or updated (时间：2017-09-21 11:54): a date written
    /// with digits and dashes, slashes or dots, perhaps a clock time ("时间：2023年9月5日"
    /// is a 纪要's meeting line, not chrome).
    Stamp,
    /// A document-sharing site's facts about the file (文档编号, 上传时间, 页数, 大小 …):
    /// chrome only above the document, as 来源 is.
    Listing,
    /// A counter (浏览次数：356): digits.
    Count,
    /// The font-size bar (字号：大 中 小).
    Size,
    /// Anything short (分享到：…, 当前位置：…).
    Other,
}

/// A label whose value is dropped with it ("来源：…", "浏览次数：…").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChromeLabel {
    pub word: &'static str,
    pub kind: ChromeKind,
}

const fn chrome_label(word: &'static str, kind: ChromeKind) -> ChromeLabel {
    ChromeLabel { word, kind }
}

use ChromeKind::{Count, Listing, Other, Size, Source, Stamp};

/// Every label a web page prints before a value (the printed metadata keys, then
/// [`CHROME_LABELS`]) that starts with `c`, in that order: the web filter tries only
/// these where `c` stands (it looks at the start of every paragraph, and after every
/// space of a line of pairs).
pub(crate) fn page_labels_starting(c: char) -> impl Iterator<Item = &'static str> {
    PAGE_LABEL_INDEX.words_starting(c)
}

/// Chrome labels over a list of links, one a line ("相关附件：", "相关解读："): the lines
/// under one, up to a blank line, are the links' titles.
pub(crate) const LINK_LISTS: [&str; 6] = [
    "相关附件",
    "附件下载",
    "相关解读",
    "原文链接",
    "相关链接",
    "相关文件",
];

/// The first and last characters of [`CHROME_WORDS`]: a line is tested against the list
/// only where one of them stands.
pub(crate) fn chrome_word_ends() -> &'static WordEnds {
    &CHROME_WORD_ENDS
}

static CHROME_WORD_ENDS: LazyLock<WordEnds> =
    LazyLock::new(|| WordEnds::of(CHROME_WORDS.iter().map(|w| w.word)));

static PAGE_LABEL_INDEX: LazyLock<WordIndex> = LazyLock::new(|| {
    WordIndex::of(
        super::meta::printed()
            .map(|k| k.key)
            .chain(CHROME_LABELS.iter().map(|l| l.word)),
    )
});

/// Chrome labels.
pub(crate) const CHROME_LABELS: [ChromeLabel; 60] = [
    chrome_label("来源", Source),
    chrome_label("文章来源", Source),
    chrome_label("稿件来源", Source),
    chrome_label("责任编辑", Source),
    chrome_label("作者", Source),
    chrome_label("浏览量", Count),
    chrome_label("浏览次数", Count),
    chrome_label("访问量", Count),
    chrome_label("访问次数", Count),
    chrome_label("阅读量", Count),
    chrome_label("阅读次数", Count),
    chrome_label("点击数", Count),
    chrome_label("点击量", Count),
    chrome_label("点击次数", Count),
    chrome_label("字体", Size),
    chrome_label("视力保护色", Other),
    chrome_label("分享到", Other),
    chrome_label("分享", Other),
    chrome_label("当前位置", Other),
    chrome_label("您现在的位置", Other),
    chrome_label("您的位置", Other),
    chrome_label("您当前的位置", Other),
    chrome_label("当前的位置", Other),
    chrome_label("所在位置", Other),
    chrome_label("上一篇", Other),
    chrome_label("下一篇", Other),
    chrome_label("字号", Size),
    chrome_label("字体大小", Size),
    chrome_label("点击", Count),
    chrome_label("浏览", Count),
    chrome_label("阅读", Count),
    chrome_label("访问", Count),
    chrome_label("时间", Stamp),
    chrome_label("日期", Stamp),
    chrome_label("更新时间", Stamp),
    chrome_label("相关链接", Other),
    chrome_label("相关附件", Other),
    chrome_label("原文链接", Other),
    // A site's footer: "主办：XX　承办：XX　网站标识码：XX".
    chrome_label("主办", Other),
    chrome_label("承办", Other),
    chrome_label("网站标识码", Other),
    chrome_label("技术支持", Other),
    chrome_label("相关解读", Other),
    chrome_label("附件下载", Other),
    chrome_label("文档名称", Listing),
    chrome_label("文档编号", Listing),
    chrome_label("上传时间", Listing),
    chrome_label("上传用户", Listing),
    chrome_label("上传者", Listing),
    chrome_label("格式", Listing),
    chrome_label("文档格式", Listing),
    chrome_label("文件格式", Listing),
    chrome_label("文件大小", Listing),
    chrome_label("文档大小", Listing),
    chrome_label("上传日期", Listing),
    chrome_label("页数", Listing),
    chrome_label("文档页数", Listing),
    chrome_label("大小", Listing),
    chrome_label("下载积分", Listing),
    chrome_label("下载次数", Count),
];

/// Brackets around a font-size bar's values ("字体：[ 大 中 小 ]") or a label
/// ("【字体：大 中 小】", a law database's "【时效性】现行有效", a task's "【牵头单位】县医保局
/// 【完成时间】2024年10月"; round brackets after a name mark its role instead: "县发改局
/// （牵头）").
pub(crate) const LABEL_BRACKETS: [(char, char); 3] = [('【', '】'), ('[', ']'), ('［', '］')];

/// What a date stamp's value is made of besides digits ("2017-09-21 11:54:07").
pub(crate) const STAMP_CHARS: [char; 5] = ['-', ':', '/', '.', '：'];

/// Bullets before the lines of a metadata list ("• 发布日期：…", "- 文档编号：…").
pub(crate) const BULLETS: [char; 6] = ['•', '·', '●', '▪', '-', '*'];

/// Extensions of the file a document-sharing site names ("潍坊工作要点实施方案.docx"):
/// a line that is such a name is the site's, and so is a later line repeating the name.
pub(crate) const FILE_EXTENSIONS: [&str; 8] = [
    ".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".txt", ".pptx",
];

/// What a document-sharing site writes about the file it shows ("《….docx》由会员分享，可在线
/// 阅读，更多相关…"): a line naming a file and holding one of these is the site's.
pub(crate) const SHARE_SITE_PHRASES: [&str; 6] = [
    "由会员分享",
    "由用户上传分享",
    "由用户上传",
    "可在线阅读",
    "在线阅读",
    "仅供学习交流",
];

/// The values of the font-size bar.
pub(crate) const SIZE_VALUES: [&str; 8] = ["大", "中", "小", "默认", "标准", "A+", "A-", "A"];

/// Counters' values: digits and these.
pub(crate) const COUNT_CHARS: &str = "次人,";

/// Starts of breadcrumb lines ("当前位置：首页 > 政务公开").
pub(crate) const BREADCRUMBS: [&str; 11] = [
    "当前位置",
    "您现在的位置",
    "您现在所在的位置",
    "您所在的位置",
    "您所在位置",
    "所在的位置",
    "您的位置",
    "您当前的位置",
    "当前的位置",
    "所在位置",
    "现在位置",
];

/// The first page of a breadcrumb path ("首页 > 信息公开").
pub(crate) const HOME: &str = "首页";

/// Arrows between the steps of a breadcrumb path.
pub(crate) const PATH_ARROWS: [char; 5] = ['>', '＞', '»', '›', '→'];

/// Arrows that make a path of a line on their own, without 首页 or 当前位置
/// ("白城市政府信息公开专栏 >> 白城市人民政府办公室 >> 政府信息公开制度"); → is left out, as
/// a document draws a procedure with it (申请→受理→办结).
pub(crate) const PATH_ONLY_ARROWS: [char; 4] = ['>', '＞', '»', '›'];

/// What separates a page's title from the site's name after it ("关于…的意见-湖南省人民政府
/// 门户网站", "…的通知_松岚县人民政府网").
pub(crate) const PAGE_TITLE_SEPARATORS: [char; 7] = ['-', '_', '|', '｜', '－', '—', '–'];

/// Of [`PAGE_TITLE_SEPARATORS`], those a title never holds: what follows the first is the
/// column's and the site's names ("…的通知_通知公告_柏岩县人民政府"), whatever the site is
/// called. A dash may be a title's own ("2022—2024年"): only a site's name after it goes.
pub(crate) const COLUMN_SEPARATORS: [char; 3] = ['_', '|', '｜'];

/// Endings of a website's name printed above the page ("松岚县人民政府门户网站").
pub(crate) const SITE_ENDINGS: [&str; 5] =
    ["门户网站", "政府网站", "政府网", "政务网", "政务服务网"];

/// Builds this module's derived tables now ([`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&CHROME_WORD_ENDS);
    LazyLock::force(&PAGE_LABEL_INDEX);
}
