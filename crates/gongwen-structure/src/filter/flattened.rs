//! A body flattened onto one line. Some web stores keep a notice's text as one line, its
//! paragraphs separated by a single space: the 主送机关, the text, the signature and the
//! date, "(此件公开发布)", the heading of the document it carries, its numbered items and
//! their "责任单位：…" lines. Such a line is cut back into its paragraphs before anything
//! reads it.
//!
//! A line is taken apart only when it is long and its spaces separate pieces that start or
//! end like paragraphs, at least one of them by its form (a numbered label, a date alone,
//! a publicity note, a "责任单位：" label) rather than by a full stop alone: an ordinary line
//! with a space or two ("关于印发 2019年…", names side by side, "。 " inside a paragraph)
//! stays one paragraph. It is cut at a space:
//! - after a sentence ("。 ", "； ");
//! - after a colon that ends more than a label (the 主送机关, "通知如下：");
//! - before a numbered label (一、 1. （一） 第一章), a date that stands alone (the
//!   signature's), a publicity note, a role label ("责任单位："), and after the last two;
//! - between two Chinese characters when the text before the space is no short word and
//!   the word after it is no single letter-spaced character: a title and the text under
//!   it.

use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};

use crate::lex::roles;
use crate::parse::date::{date_line, parse_at};
use crate::parse::number::Number;
use crate::parse::publicity::publicity_of;
use crate::text::chars::{head, is_cjk, is_space};

/// Shortest line (characters) that may be a flattened body.
const MIN_LINE: usize = 60;
/// Shortest text (characters) before a colon that ends a paragraph: "责任单位：" is a label.
const MIN_COLON_LINE: usize = 7;
/// Shortest text (characters) before a space between two Chinese characters that is a
/// paragraph of its own (a title over the text).
const MIN_PIECE: usize = 6;
/// Longest publicity note (characters): "（此件公开发布）".
const MAX_NOTE: usize = 24;
/// Longest piece (bytes) that may be a note or a date alone.
const SHORT_PIECE: usize = MAX_NOTE * 4;

/// A date printed in a signature is written with 年 (2023年3月2日, 二〇二三年三月二日).
const DATE_YEAR: char = '年';

/// Why a line was cut at a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// After a sentence or a colon, or between a title and text: a break any prose has.
    Prose,
    /// Before or after a piece whose form says it is a paragraph of its own.
    Form,
}

/// The pieces of a flattened body (byte ranges of `text`, trimmed), or `None` when the
/// line is not one.
pub(crate) fn split_flattened(text: &str) -> Option<Vec<(usize, usize)>> {
    // Bytes first: a line of fewer bytes has fewer characters (most lines are short).
    if text.len() < MIN_LINE || text.chars().count() < MIN_LINE {
        return None;
    }
    let mut pieces = Vec::new();
    let mut start = skip_space(text, 0);
    let mut by_form = false;
    for (gap_start, gap_end) in gaps(text) {
        if gap_start <= start || gap_end >= text.len() {
            continue;
        }
        let left = &text[start..gap_start];
        let right = &text[gap_end..];
        let plain = text[gap_start..gap_end]
            .chars()
            .any(|c| c == ' ' || c == '\u{a0}');
        if let Some(cut) = cut_at(left, right, plain) {
            by_form |= cut == Cut::Form;
            pieces.push((start, gap_start));
            start = gap_end;
        }
    }
    let end = text.trim_end_matches(is_space).len();
    if start < end {
        pieces.push((start, end));
    }
    // A row of cells apart by bars is a table's, not a body's: asked last, of the few
    // lines cut into pieces, rather than of every long line.
    (pieces.len() >= 3 && by_form && text.matches(['|', '｜']).count() < 2).then_some(pieces)
}

/// The diagnostic for a line cut into paragraphs.
pub(crate) fn line_split(text: &str, pieces: usize, loc: Loc) -> Diagnostic {
    Diagnostic::new(
        Level::Info,
        DiagnosticCode::LineSplit,
        format!(
            "a line holding {pieces} paragraphs run together was split: {}…",
            head(text.trim_start_matches(is_space), 20)
        ),
    )
    .with_loc(loc)
}

/// Whether to cut between `left` (the text since the last cut) and `right` (the rest of
/// the line); `plain` when the space between holds an ASCII or no-break space (letter
/// spacing in a title is ideographic or doubled).
fn cut_at(left: &str, right: &str, plain: bool) -> Option<Cut> {
    let last = left.chars().next_back()?;
    let first = right.chars().next()?;
    let word = right.split(is_space).next().unwrap_or(right);
    // A note or a date is short: a long text since the last cut is neither, and is not
    // searched again at every space (a long line without cuts stays linear).
    let short = left.len() <= SHORT_PIECE;
    if starts_paragraph(right, word) || (short && (is_note(left) || is_signature_date(left))) {
        return Some(Cut::Form);
    }
    if matches!(last, '。' | '！' | '？' | '；' | '!' | '?' | ';') {
        return Some(Cut::Prose);
    }
    // Only whether it reaches the shortest piece matters.
    let n = left.chars().take(MIN_COLON_LINE.max(MIN_PIECE)).count();
    if matches!(last, '：' | ':') && n >= MIN_COLON_LINE {
        return Some(Cut::Prose);
    }
    if plain && is_cjk(last) && is_cjk(first) && n >= MIN_PIECE && word.chars().count() >= 2 {
        return Some(Cut::Prose);
    }
    None
}

/// `right` (whose first word is `word`) starts a paragraph by its form: a numbered label,
/// a date alone, a publicity note, a role label.
fn starts_paragraph(right: &str, word: &str) -> bool {
    if Number::read(right).is_some() {
        return true;
    }
    // The signature's date, as a notice prints it ("2023年3月2日"); a page's time stamp
    // ("2023-03-02 10:00") is chrome.
    if word.len() <= SHORT_PIECE
        && word.contains(DATE_YEAR)
        && parse_at(word).is_some_and(|(_, len)| len == word.len())
    {
        return true;
    }
    if right.starts_with(['（', '(']) {
        let close = right
            .char_indices()
            .take(MAX_NOTE)
            .find(|(_, c)| matches!(c, '）' | ')'))
            .map(|(i, c)| i + c.len_utf8());
        if close.is_some_and(|close| is_note(&right[..close])) {
            return true;
        }
    }
    roles::label_ends().may_start(right)
        && roles::labels().any(|l| {
            right
                .strip_prefix(l.word)
                .is_some_and(|r| r.trim_start_matches(is_space).starts_with(['：', ':']))
        })
}

/// A date alone, as a signature prints it.
fn is_signature_date(text: &str) -> bool {
    text.contains(DATE_YEAR) && date_line(text).is_some()
}

/// A whole publicity note in brackets: "（此件公开发布）".
fn is_note(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    t.starts_with(['（', '('])
        && t.ends_with(['）', ')'])
        && t.chars().count() <= MAX_NOTE
        && publicity_of(t).is_some()
}

/// The runs of white space in `text`, as byte ranges.
fn gaps(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = iter.find(|(_, c)| is_space(*c))?;
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            if !is_space(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        Some((start, end))
    })
}

fn skip_space(text: &str, from: usize) -> usize {
    from + (text[from..].len() - text[from..].trim_start_matches(is_space).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Option<Vec<&str>> {
        split_flattened(text).map(|ps| ps.into_iter().map(|(a, b)| &text[a..b]).collect())
    }

    #[test]
    fn flattened_bodies() {
        // (line, pieces)
        let cases: &[(&str, &[&str])] = &[
            // 主送, text, signature, date, note, the carried document's heading, items and
            // their unit lines; half-width punctuation.
            (
                "各镇人民政府,县政府各部门: 《柏岩县2023年重点工作责任分解》已经县政府同意,现印发给你们,请认真贯彻执行。 柏岩县人民政府办公室 2023年3月2日 (此件公开发布) 柏岩县2023年重点工作责任分解 一、经济发展 1.地区生产总值增长6%左右。 责任单位:县发改局、县统计局 2.推进项目建设。 责任单位:县住建局",
                &[
                    "各镇人民政府,县政府各部门:",
                    "《柏岩县2023年重点工作责任分解》已经县政府同意,现印发给你们,请认真贯彻执行。",
                    "柏岩县人民政府办公室",
                    "2023年3月2日",
                    "(此件公开发布)",
                    "柏岩县2023年重点工作责任分解",
                    "一、经济发展",
                    "1.地区生产总值增长6%左右。",
                    "责任单位:县发改局、县统计局",
                    "2.推进项目建设。",
                    "责任单位:县住建局",
                ],
            ),
            // Full-width punctuation, a title over the text.
            (
                "各乡镇人民政府，县直各部门： 现将《柏岩县防汛工作要点》印发给你们。 柏岩县人民政府 2024年5月6日 （此件主动公开） 柏岩县防汛工作要点 为做好今年防汛工作，制定本要点。 一、压实责任",
                &[
                    "各乡镇人民政府，县直各部门：",
                    "现将《柏岩县防汛工作要点》印发给你们。",
                    "柏岩县人民政府",
                    "2024年5月6日",
                    "（此件主动公开）",
                    "柏岩县防汛工作要点",
                    "为做好今年防汛工作，制定本要点。",
                    "一、压实责任",
                ],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(pieces(line).as_deref(), Some(*want), "{line}");
        }
    }

    /// Ordinary lines with spaces stay whole.
    #[test]
    fn ordinary_lines() {
        for line in [
            // A title with a space, short.
            "关于印发 2019年全市政务公开重点工作任务分工的通知",
            // Sentences with a space after the full stop, nothing shaped like a paragraph.
            "各单位要高度重视，加强组织领导。 要明确具体任务，细化工作方案，确保按时完成既定的目标任务。 要加强督促检查，及时通报进展情况，确保各项工作落到实处。",
            // Names side by side.
            "出席：张三 李四 王五 赵六 钱七 孙八 周九 吴十 郑一 王二 冯三 陈四 褚五 卫六 蒋七 沈八 韩九 杨十",
            // A number and a time, a web address.
            "湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-02-20 11:02 【字体: 大 中 小】 【打印】 【关闭】 分享到:",
            // Pipe rows.
            "| 1 | 推进项目建设。 | 县发改局 | 2023年6月30日 | 1. 完成立项 | 2. 开工建设 | 3. 竣工验收 |",
            // A letter-spaced title.
            "柏岩县人民政府关于表彰2023年度安全生产先进单位和先进个人的决 定",
        ] {
            assert_eq!(pieces(line), None, "{line}");
        }
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = split_flattened(t);
        });
        // Long lines of many spaces and no cut, or of open brackets, stay linear (this
        // would take minutes if each space searched the text before it again).
        for piece in ["一二三四五 ", "（（（（（ ", "2023年 "] {
            let _ = split_flattened(&piece.repeat(40_000));
        }
    }
}
