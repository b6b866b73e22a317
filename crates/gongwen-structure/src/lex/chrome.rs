//! Page chrome: what a printed page or a web page adds around the document — rules and
//! page numbers ("— 1 —", "第2页 共5页"), and a website's breadcrumbs, buttons and
//! counters (当前位置：首页 > …, 【打印本页】【关闭窗口】, 浏览次数：356).

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
pub(crate) const CHROME_WORDS: [ChromeWord; 45] = [
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

use ChromeKind::{Count, Other, Size, Source};

/// Chrome labels.
pub(crate) const CHROME_LABELS: [ChromeLabel; 27] = [
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
];

/// The values of the font-size bar.
pub(crate) const SIZE_VALUES: [&str; 8] = ["大", "中", "小", "默认", "标准", "A+", "A-", "A"];

/// Counters' values: digits and these.
pub(crate) const COUNT_CHARS: &str = "次人,";

/// Starts of breadcrumb lines ("当前位置：首页 > 政务公开").
pub(crate) const BREADCRUMBS: [&str; 8] = [
    "当前位置",
    "您现在的位置",
    "您现在所在的位置",
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

/// Endings of a website's name printed above the page ("松岚县人民政府门户网站").
pub(crate) const SITE_ENDINGS: [&str; 5] =
    ["门户网站", "政府网站", "政府网", "政务网", "政务服务网"];
