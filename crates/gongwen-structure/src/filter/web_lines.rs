//! What one line of a web copy is, read from the line alone: page chrome, metadata pairs,
//! a metadata label waiting for its value. The state around it (is this the top of the
//! page, has the body started) is [`super::web`]'s.
//!
//! The shapes, each from the lexicon ([`crate::lex::chrome`], [`crate::lex::meta`]):
//! - chrome words only ("【打印本页】【关闭窗口】", "政务微信", "登录 | 注册", "×");
//! - a breadcrumb: "当前位置：首页 > …", "首页 > …", or steps between `>>` arrows alone
//!   ("白城市政府信息公开专栏 >> 白城市人民政府办公室 >> 政府信息公开制度");
//! - the site's name ("松岚县人民政府门户网站"), alone or heading a line of pairs with the
//!   site's address ("XX人民政府门户网站 www.x.gov.cn 时间:2017-09-21 11:54 来源:…");
//! - a time stamp and the publisher ("2023-01-05 10:00 区人民政府办公室");
//! - a document-sharing site's file name ("….docx"), its blurb ("《….docx》由会员分享，可在线
//!   阅读…") and its facts ("- 文档编号:…", "- 页数:31");
//! - `label：value` pairs, several to a line, labels perhaps spaced ("索 引 号") or in
//!   brackets ("【时效性】现行有效", "【字体：大 中 小】"), perhaps behind a bullet
//!   ("• 发布日期:2022-12-14"), chrome words perhaps closing the line ("浏览次数：312
//!   【打印】【关闭】");
//! - pairs without colons when the line starts with a metadata label and names a strong
//!   one or two labels ("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03");
//! - a metadata label alone (its value on the next line).

use crate::lex::chrome::{
    BREADCRUMBS, BULLETS, CHROME_LABELS, CHROME_SEPARATORS, CHROME_WORDS, COUNT_CHARS, ChromeKind,
    DECORATIONS, FILE_EXTENSIONS, HOME, LABEL_BRACKETS, PATH_ARROWS, PATH_ONLY_ARROWS,
    SHARE_SITE_PHRASES, SITE_ENDINGS, SIZE_VALUES, STAMP_CHARS, chrome_word_ends,
    page_labels_starting,
};
use crate::lex::document::{DOC_TYPES, PLAN_WORDS, TITLE_WORDS};
use crate::lex::meta::{self, Printed};
use crate::parse::date::parse_at;
use crate::text::chars::{file_extension, is_organ_name, is_space, squeeze};

/// Longest line (characters) that may be chrome or metadata.
pub(super) const MAX_LINE: usize = 160;
/// Longest metadata value (characters); titles are the long ones.
pub(super) const MAX_VALUE: usize = 100;
/// Longest value of a 来源-like chrome label.
const MAX_SOURCE: usize = 40;
/// A line this long that was not taken is running text.
const RUNNING_TEXT: usize = 60;
/// Longest step of a breadcrumb path (characters).
const MAX_STEP: usize = 30;
/// Longest publisher after a time stamp, and longest shared file's name (characters).
const MAX_NAME: usize = 40;

// ---------------------------------------------------------------------------------------
// Labels.

fn chrome_kind(label: &str) -> Option<ChromeKind> {
    CHROME_LABELS
        .iter()
        .find(|l| l.word == label)
        .map(|l| l.kind)
}

fn is_meta_label(label: &str) -> bool {
    meta::printed().any(|k| k.key == label)
}

pub(super) fn is_strong(label: &str) -> bool {
    meta::printed().any(|k| k.key == label && k.printed == Printed::Strong)
}

/// Labels a document may print itself (来源 under a table, a time) or that only a page's
/// top holds (a shared file's facts): their lines are chrome only before the body.
pub(super) fn top_only(label: &str) -> bool {
    matches!(
        chrome_kind(label),
        Some(ChromeKind::Source | ChromeKind::Stamp | ChromeKind::Listing)
    )
}

// ---------------------------------------------------------------------------------------
// Lines.

#[derive(Debug, PartialEq)]
pub(super) enum Line<'a> {
    /// Page chrome only.
    Chrome,
    /// Chrome only above the document: a time stamp and publisher line.
    TopChrome,
    /// The name of the file a document-sharing site shows (the name without its
    /// extension, white space removed): chrome above the document, and so is a later line
    /// repeating the name.
    File(String),
    /// `label：value` pairs: metadata, and how many chrome labels (or a site's name) are
    /// dropped with them.
    Pairs {
        meta: Vec<(&'static str, &'a str)>,
        chrome: usize,
        /// A chrome label a document may print too (来源, a time stamp) is among them.
        top_only: bool,
    },
    /// A metadata label alone, its value on the next line.
    Label(&'static str),
    /// A chrome label alone with its colon ("来源：", "责任编辑："), its value perhaps on the
    /// next line.
    ChromeLabel(&'static str),
}

/// What the line `text` (trimmed) is, if anything of the page's.
pub(super) fn classify(text: &str) -> Option<Line<'_>> {
    let n = text.chars().count();
    if n > MAX_LINE {
        return None;
    }
    let text = strip_bullet(text.trim_matches(is_space));
    let squeezed = squeeze(text);
    // "来源：", "浏览次数：" alone: the value may follow on the next line.
    if let Some(label) = squeezed
        .strip_suffix(['：', ':'])
        .and_then(|t| CHROME_LABELS.iter().find(|l| l.word == t))
    {
        return Some(Line::ChromeLabel(label.word));
    }
    if is_decoration(&squeezed)
        || is_breadcrumb(&squeezed)
        || is_site_name(&squeezed)
        || is_chrome_words(text)
        || is_share_blurb(&squeezed)
    {
        return Some(Line::Chrome);
    }
    if let Some(stem) = file_stem(&squeezed) {
        return Some(Line::File(stem.to_owned()));
    }
    if let Some(rest) = after_site_name(text) {
        return match classify(rest) {
            Some(Line::Pairs {
                meta,
                chrome,
                top_only,
            }) => Some(Line::Pairs {
                meta,
                chrome: chrome + 1,
                top_only,
            }),
            Some(Line::Chrome) => Some(Line::Chrome),
            _ => None,
        };
    }
    if let Some(rest) = after_stamp(text) {
        // The publisher alone, or pairs and chrome ("2023-01-05 10:00 来源：区政府办").
        if is_publisher(rest) {
            return Some(Line::TopChrome);
        }
        return match classify(rest) {
            Some(Line::Pairs {
                meta,
                chrome,
                top_only,
            }) => Some(Line::Pairs {
                meta,
                chrome: chrome + 1,
                top_only,
            }),
            Some(Line::Chrome) => Some(Line::Chrome),
            _ => None,
        };
    }
    // Cheap tests first: a pair needs a colon or a bracket, a lone label is a few
    // characters.
    if n <= 16 && text.ends_with(['：', ':']) {
        // "发布机构：" with its value on the next line (a label a page also prints as
        // chrome, "字号：" before its size bar, stays a pair).
        if let Some(label) = label_only(text).filter(|l| chrome_kind(l).is_none()) {
            return Some(Line::Label(label));
        }
    }
    if text.contains(['：', ':', '】', ']', '］'])
        && let Some(line) = pair_line(text, false)
    {
        return Some(line);
    }
    if n <= 16
        && let Some(label) = label_only(text)
    {
        return Some(Line::Label(label));
    }
    pair_line(text, true)
}

/// The line without a bullet before it ("• 发布日期：…", "- 文档编号：…"); a dash or star
/// only with white space after it ("-2-" is a page number, "*号" text).
fn strip_bullet(text: &str) -> &str {
    let Some(first) = text.chars().next() else {
        return text;
    };
    if !BULLETS.contains(&first) {
        return text;
    }
    let rest = &text[first.len_utf8()..];
    if matches!(first, '-' | '*') && !rest.starts_with(is_space) {
        return text;
    }
    rest.trim_start_matches(is_space)
}

/// "当前位置：首页 > 政务公开 > 通知公告", "首页 > 信息公开 > 政策文件", "XX专栏 >> XX办公室
/// >> 政府信息公开制度", ">> 专题专栏 >> 归档专题" (`t` without white space).
fn is_breadcrumb(t: &str) -> bool {
    let trimmed = t.trim_start_matches(['【', '[', '［', '>', '》']);
    if BREADCRUMBS.iter().any(|b| trimmed.starts_with(b)) {
        // "当前位置" followed by a colon or a path, not by running text.
        return trimmed.contains(|c| matches!(c, '：' | ':') || PATH_ARROWS.contains(&c));
    }
    if trimmed.starts_with(HOME) && trimmed.contains(PATH_ARROWS) {
        return true;
    }
    // Steps between arrows alone: three steps, or two after a leading arrow.
    if !t.contains(PATH_ONLY_ARROWS) {
        return false;
    }
    let steps: Vec<&str> = t
        .split(PATH_ONLY_ARROWS)
        .filter(|s| !s.is_empty())
        .collect();
    let leading = t.starts_with(PATH_ONLY_ARROWS);
    (steps.len() >= 3 || (leading && steps.len() >= 2))
        && steps.iter().all(|s| {
            s.chars().count() <= MAX_STEP
                && !s.contains(['。', '，', '；', ',', ';', '：', ':', '、'])
        })
}

/// The site's name printed above the page: "松岚县人民政府门户网站", "中国政府网" (`t`
/// without white space).
pub(crate) fn is_site_name(t: &str) -> bool {
    // A site's name is a name: no clause or sentence in it (a printed line of text broken
    // after "…全面开展政府网站" ends like one).
    SITE_ENDINGS.iter().any(|s| t.ends_with(s))
        && t.chars().nth(30).is_none()
        && !t.contains(['。', '，', '；', '：', '！', '？'])
}

/// What follows a site's name and address heading a line ("河南省人民政府门户网站
/// www.henan.gov.cn 时间:2017-09-21 11:54 来源:省政府办公厅"); `None` when the line does not
/// start so.
fn after_site_name(text: &str) -> Option<&str> {
    let mut words = text.splitn(2, is_space);
    let name = words.next()?;
    if !is_site_name(name) {
        return None;
    }
    let rest = words.next()?.trim_start_matches(is_space);
    // The site's address, if printed.
    let rest = match rest.split_once(is_space) {
        Some((address, more)) if is_address(address) => more.trim_start_matches(is_space),
        None if is_address(rest) => "",
        _ => rest,
    };
    Some(rest)
}

/// "www.henan.gov.cn", "http://www.x.gov.cn/…".
fn is_address(word: &str) -> bool {
    word.contains('.') && word.is_ascii() && word.chars().any(|c| c.is_ascii_alphabetic())
}

/// What follows a time stamp opening a line ("2023-01-05 10:00 区人民政府办公室" → the
/// publisher): the time a page was published, under the title of a portal's page. The
/// date is written with digits and dashes and a clock time follows it: a signature's date
/// is neither.
fn after_stamp(text: &str) -> Option<&str> {
    let (_, len) = parse_at(text)?;
    if text[..len].contains('年') {
        return None;
    }
    let rest = text[len..].trim_start_matches(is_space);
    let clock = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let (time, after) = rest.split_at(clock);
    (time.contains(':') && time.chars().filter(char::is_ascii_digit).count() >= 3)
        .then(|| after.trim_matches(is_space))
}

/// A publisher's name after a time stamp: short, no sentence, no label.
fn is_publisher(text: &str) -> bool {
    text.chars().count() <= MAX_NAME
        && !ends_clause(text)
        && !text.contains(['，', '。', '：', ':'])
}

/// The name a document-sharing site shows of its file ("潍坊政务公开工作要点实施方案.docx",
/// `t` without white space): the name without its extension.
fn file_stem(t: &str) -> Option<&str> {
    if !t.contains('.') {
        return None;
    }
    let ext = file_extension(t)?;
    let stem = &t[..t.len() - ext.len()];
    let n = stem.chars().count();
    (n > 0 && n <= MAX_NAME && !stem.contains(['。', '，', '：', ':', '《', '》'])).then_some(stem)
}

/// "《潍坊….docx》由会员分享，可在线阅读，更多相关《….docx》请在冰豆网上搜索。" (`t` without white
/// space).
fn is_share_blurb(t: &str) -> bool {
    // Every extension holds a full stop: most lines are refused before they are copied.
    if !t.contains('.') {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    FILE_EXTENSIONS.iter().any(|e| lower.contains(e))
        && SHARE_SITE_PHRASES.iter().any(|p| t.contains(p))
}

/// Every word of the line is a chrome phrase, and one of them is enough on its own:
/// "【打印本页】【关闭窗口】", "字号：大 中 小", "分享到：微信 微博", "浏览次数：356".
pub(super) fn is_chrome_words(text: &str) -> bool {
    let mut strong = false;
    let words = text.split(|c: char| is_space(c) || CHROME_SEPARATORS.contains(&c));
    for word in words.filter(|w| !w.is_empty()) {
        let mut rest = word;
        while !rest.is_empty() {
            let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            if digits.len() < rest.len() {
                rest = digits;
                continue;
            }
            if !chrome_word_ends().may_start(rest) {
                return false;
            }
            let found = CHROME_WORDS
                .iter()
                .filter(|w| rest.starts_with(w.word))
                .max_by_key(|w| w.word.len());
            match found {
                Some(w) => {
                    strong |= w.strong;
                    rest = &rest[w.word.len()..];
                }
                None => return false,
            }
        }
    }
    strong
}

/// The known label (metadata or chrome) starting at byte `i`, its characters possibly
/// separated by white space ("索 引 号"): followed by a colon, or closed by the bracket
/// that opens it ("【时效性】"), or — `bare` — by white space or the end of the line (a
/// metadata key only). Returns the label and the byte where its value starts.
pub(super) fn label_at(text: &str, i: usize, bare: bool) -> Option<(&'static str, usize)> {
    let rest = text.get(i..)?;
    let (rest, close) = match LABEL_BRACKETS
        .iter()
        .find_map(|(open, close)| rest.strip_prefix(*open).map(|r| (r, *close)))
    {
        Some((r, close)) => (r.trim_start_matches(is_space), Some(close)),
        None => (rest, None),
    };
    let first = rest.chars().next()?;
    page_labels_starting(first)
        .filter_map(|label| {
            let after = match_spaced(rest, label)?;
            let trimmed = after.trim_start_matches(is_space);
            let value = if let Some(v) = trimmed.strip_prefix(['：', ':']) {
                v
            } else if let Some(v) = close.and_then(|c| trimmed.strip_prefix(c)) {
                v
            } else if bare
                && close.is_none()
                && is_meta_label(label)
                && (after.is_empty() || after.starts_with(is_space))
            {
                trimmed
            } else {
                return None;
            };
            Some((label, text.len() - value.len()))
        })
        .max_by_key(|(label, _)| label.len())
}

/// `s` without a leading `label`, allowing white space between the label's characters.
fn match_spaced<'s>(s: &'s str, label: &str) -> Option<&'s str> {
    let mut rest = s;
    for (k, c) in label.chars().enumerate() {
        if k > 0 {
            rest = rest.trim_start_matches(is_space);
        }
        rest = rest.strip_prefix(c)?;
    }
    Some(rest)
}

/// "索 引 号：1137…/2024-00012　发布机构：平阴县人民政府办公室": pairs from the start of the
/// line, each label after white space (or at a bracket: "【发布部门】X【发文字号】Y"). None
/// when the line does not start with a label or a value is too long or not of its label's
/// kind. `bare`: labels without colons ("索 引 号 MB…/2023-05475 发文日期 2023-01-03"),
/// taken only when a strong label or two labels are there.
pub(super) fn pair_line(text: &str, bare: bool) -> Option<Line<'_>> {
    pairs(text, bare, false)
}

/// A line of pairs without colons inside a metadata block, where one weak label is enough
/// ("名称\t芦湾区人民政府办公室关于…的通知" under "文号\t…"): what [`pair_line`] takes
/// only with a strong label or two.
pub(super) fn bare_pair_in_block(text: &str) -> Option<Line<'_>> {
    if text.chars().count() > MAX_LINE {
        return None;
    }
    pairs(text.trim_matches(is_space), true, true)
}

fn pairs(text: &str, bare: bool, in_block: bool) -> Option<Line<'_>> {
    let (mut label, mut start) = label_at(text, 0, bare)?;
    let mut pairs: Vec<(&'static str, &str)> = Vec::new();
    let mut after_space = false;
    let mut i = start;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let at_bracket = LABEL_BRACKETS.iter().any(|(open, _)| *open == c);
        if (after_space || at_bracket)
            && let Some((next, value_start)) = label_at(text, i, bare)
        {
            pairs.push((label, text[start..i].trim_matches(is_space)));
            label = next;
            start = value_start;
            i = value_start;
            after_space = false;
            continue;
        }
        after_space = is_space(c);
        i += c.len_utf8();
    }
    pairs.push((label, text[start..].trim_matches(is_space)));
    if bare
        && ((pairs.len() < 2 && !in_block && !pairs.iter().any(|(l, _)| is_strong(l)))
            || pairs.iter().all(|(_, v)| v.is_empty()))
    {
        return None;
    }

    let mut meta = Vec::new();
    let mut chrome = 0;
    let mut top = false;
    for (label, value) in pairs {
        let value = without_chrome_tail(value);
        let n = value.chars().count();
        if chrome_kind(label).is_some() && chrome_value_fits(label, value) {
            chrome += 1;
            top |= top_only(label);
        } else if is_meta_label(label) && n <= MAX_VALUE && !value.contains('。') {
            meta.push((label, value));
        } else {
            return None;
        }
    }
    Some(Line::Pairs {
        meta,
        chrome,
        top_only: top,
    })
}

/// A value without the chrome words that close its line ("312　【打印】【关闭】" → "312";
/// a title "关于…的通知【字体：大 中 小】【打印】"): cut at white space or at an opening
/// bracket.
pub(crate) fn without_chrome_tail(value: &str) -> &str {
    let mut cut = value.len();
    for (i, c) in value.char_indices().rev() {
        let boundary = is_space(c) || LABEL_BRACKETS.iter().any(|(open, _)| *open == c);
        if boundary && i > 0 && is_chrome_words(&value[i..]) {
            cut = i;
        }
    }
    value[..cut].trim_end_matches(is_space)
}

/// The line after a chrome label alone ("来源：" above "县水务局"): a value of its kind, and,
/// unless a count, a time or a size, a short name or an organ's — never a title or a line
/// of the document's that follows a label left empty.
pub(super) fn chrome_value_line(label: &str, value: &str) -> bool {
    /// Longest value on a line of its own that need not be an organ's name (a person, a
    /// site).
    const MAX_NAME_VALUE: usize = 12;
    if !chrome_value_fits(label, value) {
        return false;
    }
    match chrome_kind(label) {
        Some(ChromeKind::Count | ChromeKind::Stamp | ChromeKind::Size) => true,
        _ => {
            !value.contains("关于")
                && (value.chars().count() <= MAX_NAME_VALUE || is_organ_name(value))
        }
    }
}

fn chrome_value_fits(label: &str, value: &str) -> bool {
    let n = value.chars().count();
    if value.contains('。') {
        return false;
    }
    let brackets = |c: char| LABEL_BRACKETS.iter().any(|(o, cl)| *o == c || *cl == c);
    match chrome_kind(label) {
        Some(ChromeKind::Count) => value
            .chars()
            .all(|c| c.is_ascii_digit() || is_space(c) || COUNT_CHARS.contains(c)),
        Some(ChromeKind::Size) => value
            .split(|c: char| is_space(c) || brackets(c))
            .filter(|w| !w.is_empty())
            .all(|w| SIZE_VALUES.contains(&w)),
        Some(ChromeKind::Stamp) => {
            parse_at(value).is_some()
                && value
                    .chars()
                    .all(|c| c.is_ascii_digit() || is_space(c) || STAMP_CHARS.contains(&c))
        }
        Some(ChromeKind::Source) => n <= MAX_SOURCE,
        _ => n <= MAX_VALUE,
    }
}

/// A metadata label alone on its line ("索 引 号", "发布机构："), its value on the next.
pub(super) fn label_only(text: &str) -> Option<&'static str> {
    let t = squeeze(text);
    let t = t.trim_end_matches(['：', ':']);
    meta::printed().map(|k| k.key).find(|l| *l == t)
}

/// The value line after a label alone: short, not a sentence, not `labelled` (a
/// numbered item).
pub(super) fn is_value(text: &str, labelled: bool) -> bool {
    text.chars().count() <= MAX_VALUE && !ends_clause(text) && !labelled
}

fn ends_clause(text: &str) -> bool {
    text.trim_end_matches(is_space)
        .ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…', '，'])
}

/// Ordinary running text: a sentence, a long line, a numbered item, the 主送机关 line.
/// Title lines, a number line "（平政办字〔2024〕4号）" and organ names are not.
/// A line of decoration marks only ("↓↓↓", "▲"): it carries no text.
fn is_decoration(squeezed: &str) -> bool {
    !squeezed.is_empty() && squeezed.chars().all(|c| DECORATIONS.contains(&c))
}

pub(super) fn is_running_text(text: &str, labelled: bool) -> bool {
    labelled || ends_clause(text) || (text.chars().count() > RUNNING_TEXT && !is_whole_title(text))
}

/// A document's whole title on one line, however long ("…关于印发《…》《…》的通知"): many
/// sites print the page's heading above its metadata block, which is still the page's.
/// A line ending as a title does, with a 文种 ("…的通知") or a plan's word ("…工作要点"):
/// what the header reads as a title line (its own test, `header::title::title_end`, is a
/// later stage's).
pub(super) fn ends_like_title(text: &str) -> bool {
    let t = squeeze(text);
    let t = t.trim_end_matches(is_space);
    DOC_TYPES.iter().any(|(_, name)| t.ends_with(name)) || PLAN_WORDS.iter().any(|w| t.ends_with(w))
}

fn is_whole_title(text: &str) -> bool {
    let t = squeeze(text);
    let t = t.trim_end_matches(is_space);
    TITLE_WORDS.iter().any(|w| t.contains(w.word))
        && DOC_TYPES.iter().any(|(_, name)| t.ends_with(name))
        && !t.contains(['。', '；', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> &'static str {
        match classify(text) {
            Some(Line::Chrome) => "chrome",
            Some(Line::TopChrome) => "top",
            Some(Line::File(_)) => "file",
            Some(Line::Pairs { meta, chrome, .. }) if meta.is_empty() && chrome > 0 => "chrome",
            Some(Line::Pairs { .. }) => "pairs",
            Some(Line::Label(_)) => "label",
            Some(Line::ChromeLabel(_)) => "chrome label",
            None => "text",
        }
    }

    /// A long line is running text unless it is a whole title; a title-shaped line that
    /// holds a full stop, or a long line naming no 文种 at its end, is running text.
    #[test]
    fn whole_title_is_no_running_text() {
        let title = "汀霞市人民政府办公室关于印发《汀霞市2024年优化营商环境重点任务清单》《汀霞市2024年营商环境评价指标提升方案》的通知";
        assert!(!is_running_text(title, false));
        let cases = [
            "汀霞市人民政府办公室关于印发《汀霞市2024年优化营商环境重点任务清单》的通知已经市政府常务会议研究同意。现将有关情况和下一步工作安排通知",
            "为进一步优化营商环境，持续激发市场主体活力，根据省委省政府关于优化营商环境的部署和要求，结合我市实际情况和各部门职能，制定本实施方案",
        ];
        for text in cases {
            assert!(is_running_text(text, false), "{text}");
        }
    }

    /// Each shape of the page's lines, and lines of a document's own that look alike.
    #[test]
    fn shapes() {
        let cases: &[(&str, &str)] = &[
            // Marks pointing at what follows.
            ("↓↓↓", "chrome"),
            ("▲", "chrome"),
            ("▲青石片区规划效果图", "text"),
            // Law databases: 【label】value.
            ("【法宝引证码】CLI.12.5129907", "pairs"),
            ("【时效性】现行有效", "pairs"),
            ("【发文字号】柏政办发〔2021〕15号", "pairs"),
            ("【效力级别】地方规范性文件", "pairs"),
            ("【附件】柏岩县防汛工作要点", "text"),
            // Share widgets, a pop-up's close mark, the login bar.
            ("政务微信", "chrome"),
            ("政务微博", "chrome"),
            ("×", "chrome"),
            ("相关链接:", "chrome label"),
            // The heading of the list of other notices under the page's article.
            ("相关文件", "chrome"),
            ("相关阅读", "chrome"),
            ("来源：", "chrome label"),
            ("责任编辑:", "chrome label"),
            ("扫一扫在手机上查看当前页面", "chrome"),
            ("登录 |  注册", "chrome"),
            ("微信", "text"),
            // A document-sharing site.
            ("柏岩县政务公开工作要点实施方案.docx", "file"),
            ("- 文档编号:5328372", "chrome"),
            ("- 上传时间:2022-12-15", "chrome"),
            ("- 格式:DOCX", "chrome"),
            ("- 页数:31", "chrome"),
            ("- 大小:26.52KB", "chrome"),
            ("文档名称：柏岩县工作任务清单.docx", "chrome"),
            (
                "《柏岩县工作要点.docx》由会员分享，可在线阅读，更多相关《柏岩县工作要点.docx》请在文库网上搜索。",
                "chrome",
            ),
            ("各单位将报送材料命名为“单位名称.docx”。", "text"),
            // A site's name alone is chrome; a printed line of text broken after one is not.
            ("柏岩县人民政府门户网站", "chrome"),
            (
                "（六）规范政府网站和政务新媒体管理。全面开展政府网站",
                "text",
            ),
            ("做好政务公开工作，规范政府网站", "text"),
            // A portal's line: the site, its address, a time, the source.
            (
                "柏岩县人民政府门户网站 www.baiyan.gov.cn 时间:2017-09-21 11:54 来源:县政府办公室",
                "chrome",
            ),
            (
                "柏岩县人民政府门户网站 www.baiyan.gov.cn 发布时间: 2019-02-20 11:02 【字体:",
                "pairs",
            ),
            ("2023-01-05 10:00 区人民政府办公室", "top"),
            (
                "2023-01-05 10:00:12 来源：区人民政府办公室 浏览次数：25",
                "chrome",
            ),
            ("您所在的位置：首页 >> 信息公开", "chrome"),
            ("【打印】 【关闭】 【返回】", "chrome"),
            ("阅读：1024", "chrome"),
            ("阅读：第一章", "text"),
            ("2023-01-05", "text"),
            ("2023年1月5日 区人民政府办公室", "text"),
            ("日期:2022-12-15 10:47 来源:柏岩县民政局", "chrome"),
            ("时间：2023年9月5日上午", "text"),
            // Bullets.
            ("  • 发布日期:2022-12-14", "pairs"),
            ("• 字体:[ ]", "chrome"),
            ("• 浏览次数:", "chrome label"),
            // Breadcrumbs without 当前位置.
            (
                "柏岩市政府信息公开专栏 >> 柏岩市人民政府办公室 >> 政府信息公开制度",
                "chrome",
            ),
            (
                ">> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)",
                "chrome",
            ),
            ("申请 → 受理 → 审核 → 办结", "text"),
            ("收入 > 支出，结余 > 0", "text"),
            // Pairs without colons.
            ("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03", "pairs"),
            (
                "发布机构 区人民政府办公室 文    号 柏政办〔2023〕1号",
                "pairs",
            ),
            ("分   类 政务公开 有 效 性 有效", "pairs"),
            ("标题 关于做好防汛工作的通知", "text"),
            ("发布机构负责统一发布汛情信息", "text"),
            // Chrome words closing a line of pairs.
            (
                "发布时间：2024-03-20　浏览次数：312　【打印】【关闭】",
                "pairs",
            ),
            (
                "发布时间: 2024-02-22 15:40 【字体: 大 中 小】 【打印】",
                "pairs",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(kind(text), *want, "{text}");
        }
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = classify(t);
            let _ = pair_line(t, true);
        });
    }
}
