//! Text whose printed lines were cut at every change of font: an OFD or PDF viewer that
//! gives one line per text object puts the digits of a line on lines of their own
//! ("芦政办发〔" / "2019" / "〕" / "33" / "号", "2019" / "年" / "5" / "月" / "20" / "日"). Such
//! pieces are one line again before anything else reads the text. Joining them is layout,
//! not 公文 knowledge: what may follow a number in Chinese text (年, 月, 日, a measure word,
//! a closing bracket) and what may open before one.
//!
//! The shape is decided for the whole text, so that a text without it is read as it is:
//! several lines of digits alone, each followed by a line opening with what follows a
//! number, one of them at least a year ("2019" / "年…"). A table printed one cell per line
//! has its row numbers alone on their lines too, but the cell after them opens with a
//! word, not with 年 or a measure word.

use crate::lines::{Line, is_space};

/// Longest run of digits (with their point, comma, percent sign) taken for a piece.
const MAX_DIGITS: usize = 12;
/// Fewest pieces of digits followed by what follows a number that show the shape.
const MIN_PIECES: usize = 3;

/// What follows a number in Chinese text: the date's parts, a 文号's closing bracket and
/// 号, measure words, units of money, length and area, percent.
const AFTER_NUMBER: [char; 52] = [
    '年', '月', '日', '号', '〕', ']', '］', '）', ')', '%', '％', '个', '项', '家', '所', '万',
    '亿', '元', '米', '人', '户', '座', '条', '处', '台', '辆', '次', '名', '倍', '天', '时', '期',
    '届', '批', '部', '件', '套', '吨', '亩', '千', '百', '公', '余', '多', '小', '分', '周', '岁',
    '级', '份', '株', '平',
];

/// What opens before a number: a 文号's year bracket and what closes it before the serial
/// number, brackets and quotes, 第.
const BEFORE_NUMBER: [char; 10] = ['〔', '［', '[', '（', '(', '《', '“', '〕', ']', '第'];

/// A line holding only digits (a text object of its own).
fn is_digits(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= MAX_DIGITS
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '％'))
}

fn opens_after_number(t: &str) -> bool {
    t.starts_with(AFTER_NUMBER)
}

/// The groups of consecutive lines (indices, first and last) that are one printed line,
/// when the text has the shape; `None` when it has not, or nothing is to be joined.
pub(crate) fn plan(lines: &[Line<'_>]) -> Option<Vec<(usize, usize)>> {
    let text = |i: usize| lines.get(i).map_or("", |l| l.trimmed());
    let pieces = (0..lines.len())
        .filter(|&i| is_digits(text(i)) && opens_after_number(text(i + 1)))
        .count();
    let year = (0..lines.len()).any(|i| {
        let t = text(i);
        t.len() == 4 && is_digits(t) && text(i + 1).starts_with('年')
    });
    if pieces < MIN_PIECES || !year {
        return None;
    }
    let mut groups = Vec::new();
    let mut start = 0;
    // The text of the group being built, to know what it ends with.
    let mut joined = String::from(text(0));
    for (i, line) in lines.iter().enumerate().skip(1) {
        if joins(&joined, line, text(i + 1)) {
            joined.push_str(text(i));
            continue;
        }
        if i - 1 > start {
            groups.push((start, i - 1));
        }
        start = i;
        joined.clear();
        joined.push_str(text(i));
    }
    if lines.len().saturating_sub(1) > start {
        groups.push((start, lines.len() - 1));
    }
    (!groups.is_empty()).then_some(groups)
}

/// Whether `line` goes on the printed line `joined` (`after`: the text of the line after
/// `line`).
fn joins(joined: &str, line: &Line<'_>, after: &str) -> bool {
    let next = line.trimmed();
    // Blank lines or a page break end a printed line.
    if line.page_break_before || joined.is_empty() || next.is_empty() {
        return false;
    }
    let ends_with_digit = joined.ends_with(|c: char| c.is_ascii_digit() || c == '%');
    // "2019" + "年…", "芦政办发〔2019" + "〕": what follows a number.
    if ends_with_digit && opens_after_number(next) {
        return true;
    }
    if !is_digits(next) {
        return false;
    }
    // "芦政办发〔" + "2019", "…〕" + "33", "第" + "3".
    if joined.ends_with(BEFORE_NUMBER) {
        return true;
    }
    // "2019年" + "5" + "月", "2019年5月" + "20" + "日": a date goes on.
    let digit_then = |c: char| {
        let mut rev = joined.chars().rev();
        rev.next() == Some(c) && rev.next().is_some_and(|d| d.is_ascii_digit())
    };
    if (digit_then('年') && after.starts_with(['月', '年']))
        || (digit_then('月') && after.starts_with('日'))
    {
        return true;
    }
    // "根据《檀州市" + "2019" + "年大气…": a number inside a sentence, unless it opens a
    // date in pieces of its own ("2019" / "年" / "5" …: a signature's, under the issuer's
    // name).
    joined.ends_with(is_ideograph) && opens_after_number(after) && after != "年"
}

fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
}

/// The lines with each planned group made one line (its text in `store`, in plan order),
/// numbered by its first line and ending at its last.
pub(crate) fn apply<'a>(
    lines: Vec<Line<'a>>,
    plan: &[(usize, usize)],
    store: &'a [String],
) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut groups = plan.iter().zip(store).peekable();
    let mut i = 0;
    while i < lines.len() {
        match groups.peek() {
            Some(&(&(a, b), text)) if a == i => {
                out.push(Line {
                    number: lines[a].number,
                    end: lines[b].end,
                    raw: text.as_str(),
                    page_break_before: lines[a].page_break_before,
                });
                groups.next();
                i = b + 1;
            }
            _ => {
                out.push(lines[i]);
                i += 1;
            }
        }
    }
    out
}

/// The text of each planned group: its lines trimmed and put together.
pub(crate) fn texts(lines: &[Line<'_>], plan: &[(usize, usize)]) -> Vec<String> {
    plan.iter()
        .map(|&(a, b)| {
            lines[a..=b]
                .iter()
                .map(|l| l.raw.trim_matches(is_space))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    /// The lines of `text` after joining, with their first and last line numbers.
    fn joined(text: &str) -> Vec<(u32, u32, String)> {
        let lines = split_lines(text);
        let Some(plan) = plan(&lines) else {
            return lines
                .iter()
                .map(|l| (l.number, l.end, l.trimmed().to_owned()))
                .collect();
        };
        let store = texts(&lines, &plan);
        apply(lines, &plan, &store)
            .iter()
            .map(|l| (l.number, l.end, l.trimmed().to_owned()))
            .collect()
    }

    #[test]
    fn pieces_of_printed_lines_are_joined() {
        let got = joined(
            "芦政办发〔\n2019\n〕\n33\n号\n芦泽县人民政府办公室\n关于印发芦泽县\n2019\n\
             年秸秆综合利用工作方案的通知\n建设收储点\n12\n个。\n芦泽县人民政府办公室\n\
             2019\n年\n5\n月\n20\n日\n-1-\n",
        );
        let texts: Vec<&str> = got.iter().map(|(_, _, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "芦政办发〔2019〕33号",
                "芦泽县人民政府办公室",
                "关于印发芦泽县2019年秸秆综合利用工作方案的通知",
                "建设收储点12个。",
                "芦泽县人民政府办公室",
                "2019年5月20日",
                "-1-",
            ]
        );
        // Each joined line spans the lines it was made of.
        assert_eq!((got[0].0, got[0].1), (1, 5));
        assert_eq!((got[5].0, got[5].1), (14, 19));
    }

    /// Negative: a table printed one cell per line has its row numbers alone on their
    /// lines, the next cell opening with a word; nothing is joined.
    #[test]
    fn row_numbers_of_a_table_stay_alone() {
        let text = "序号\n工作任务\n责任单位\n1\n完成改造2019年度任务\n县住建局\n2\n\
                    建设收储点12个\n县农业局\n3\n推进秸秆还田\n县农业局\n";
        let lines = split_lines(text);
        assert!(plan(&lines).is_none());
    }

    /// Negative: a text with a piece or two (a date's year on its own line once) is read as
    /// it is.
    #[test]
    fn a_stray_number_line_is_no_shape() {
        let lines = split_lines("各乡镇人民政府：\n现将方案印发给你们。\n2019\n年5月20日\n");
        assert!(plan(&lines).is_none());
    }
}
