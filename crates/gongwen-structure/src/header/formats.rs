//! The header lines only the GB/T 9704-2012 special formats (§10) print: the mark of a
//! 命令（令） ("XX市人民政府令"), its 令号 or a 纪要's 期号, and a 纪要's organ-and-date line;
//! and the organ heading a 纪要's title. [`crate::header::layout`] names the format from them.

use gongwen_model::{DocNumber, IssueNumber};

use crate::lex::brackets::{closes_year, opens_year};
use crate::lex::organs::MEETING_KINDS;
use crate::parse::date::{Ymd, find_date};
use crate::parse::doc_number::find_doc_number;
use crate::parse::numerals::parse_number;
use crate::parse::person::is_title;
use crate::text::chars::{is_organ_name, is_space, squeeze};
use crate::text::split::split_names;

/// Longest organ name taken before 令 in an order's header (characters).
const MAX_ORDER_ORGAN: usize = 40;
/// Longest line read as a 纪要's organ-and-date line (characters).
const MAX_DATE_LINE: usize = 60;

/// The header of a 令: the organ's name and 令 or 命令, the 令号 possibly on the same line:
/// "云岫市人民政府令", "中华人民共和国主席令　第十二号". Returns the organs and the number.
/// A title ("关于…的命令") or a named order ("XX县人民政府禁渔令") is not a header.
pub(crate) fn order_header(t: &str) -> Option<(Vec<String>, Option<IssueNumber>)> {
    let line = t.trim_matches(is_space);
    if line.contains("关于") || line.contains(['，', '。', '：', ':', '《', '“']) {
        return None;
    }
    // A 令号 after the mark, in brackets ("（第27号）") or not ("　第27号").
    let number_at = [line.rfind(['（', '(']), line.rfind('第')]
        .into_iter()
        .flatten()
        .find_map(|pos| issue_number(&line[pos..]).map(|n| (pos, n)));
    let (head, number) = match number_at {
        Some((pos, n)) => (line[..pos].trim_end_matches(is_space), Some(n)),
        None => (line, None),
    };
    let organ = head
        .strip_suffix("命令")
        .or_else(|| head.strip_suffix('令'))?
        .trim_matches(is_space);
    let squeezed = squeeze(organ);
    let n = squeezed.chars().count();
    let named = is_organ_name(&squeezed) || is_title(&squeezed);
    if !(2..=MAX_ORDER_ORGAN).contains(&n) || !named {
        return None;
    }
    // Joint orders print the organs side by side: "国务院　中央军委令".
    Some((split_names(organ), number))
}

/// A 令号 or 纪要 number standing alone: "第27号", "第二十七号", "第6期", "2024年第6期",
/// "〔2024〕6号", "（第6期）".
pub(crate) fn issue_number(t: &str) -> Option<IssueNumber> {
    let raw = t.trim_matches(is_space);
    let s = squeeze(raw);
    let s = match s.strip_prefix(['（', '(']) {
        Some(inner) => inner.strip_suffix(['）', ')'])?,
        None => &s,
    };
    // A 纪要 numbered by its meeting says 第…次 ("第23次").
    let (body, meeting) = match s.strip_suffix('次') {
        Some(body) => (body, true),
        None => (s.strip_suffix(['号', '期'])?, false),
    };
    let (year, rest) = match year_prefix(body) {
        Some((year, rest)) => (Some(year), rest),
        None => (None, body),
    };
    // Without a bracketed year the number must say 第: a bare "6号" is not a number line.
    let serial_text = match rest.strip_prefix('第') {
        Some(r) => r,
        None if !meeting && year.is_some() && !body.starts_with(|c: char| c.is_ascii_digit()) => {
            rest
        }
        None => return None,
    };
    if serial_text.is_empty() || serial_text.chars().count() > 8 {
        return None;
    }
    let serial = parse_number(serial_text)?;
    let mut number = IssueNumber::new(raw, serial);
    number.year = year;
    Some(number)
}

/// "2024年" or a year in brackets ("〔2024〕", "\[2024\]") at the start of a number.
fn year_prefix(s: &str) -> Option<(u16, &str)> {
    let four = |y: &str| -> Option<u16> {
        (y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
            .then(|| y.parse().ok())
            .flatten()
    };
    if let Some(open) = s.chars().next().filter(|&c| opens_year(c)) {
        let rest = &s[open.len_utf8()..];
        let close = rest.find(closes_year)?;
        let year = four(&rest[..close])?;
        let after = rest[close..].chars().next().map_or(0, char::len_utf8);
        return Some((year, &rest[close + after..]));
    }
    let pos = s.find('年')?;
    Some((four(&s[..pos])?, &s[pos + '年'.len_utf8()..]))
}

/// A 纪要's line giving the issuing organ and the date ("栖川县人民政府办公室　　2024年5月20日"),
/// or the date alone, possibly in brackets ("（2024年5月16日）").
pub(crate) fn header_date(t: &str) -> Option<HeaderDate> {
    let line = t.trim_matches(is_space);
    if line.chars().count() > MAX_DATE_LINE {
        return None;
    }
    let line = match line.strip_prefix(['（', '(']) {
        Some(inner) => inner.strip_suffix(['）', ')'])?,
        None => line,
    };
    let (date, range) = find_date(line)?;
    if !line[range.end..].trim_matches(is_space).is_empty() {
        return None;
    }
    let organs = split_names(line[..range.start].trim_matches(is_space));
    organs
        .iter()
        .all(|o| is_organ_name(o))
        .then_some(HeaderDate { date, organs })
}

/// The gazette form of the 成文日期: a date in brackets under the title, with or without
/// the 发文字号 ("（2009年6月3日）", "（2001年5月8日　澧政发〔2001〕15号）"), as documents
/// published in a 政府公报 and databases copying them print it.
pub(crate) fn bracketed_date(t: &str) -> Option<(HeaderDate, Option<DocNumber>)> {
    let inner = t
        .trim_matches(is_space)
        .strip_prefix(['（', '('])?
        .strip_suffix(['）', ')'])?;
    let (number, rest) = match find_doc_number(inner) {
        Some((number, range)) => (
            Some(number),
            format!("{}{}", &inner[..range.start], &inner[range.end..]),
        ),
        None => (None, inner.to_owned()),
    };
    let date = header_date(rest.trim_matches(|c: char| is_space(c) || c == '，' || c == ','))?;
    date.organs.is_empty().then_some((date, number))
}

/// The organ heading a 纪要's title: "鹭湾区人民政府专题会议纪要" → 鹭湾区人民政府,
/// "XX市发展和改革委员会主任办公会议纪要" → XX市发展和改革委员会; none for "县长办公会议纪要".
pub(crate) fn minutes_organ(title: &str) -> Option<&str> {
    if !title.ends_with("纪要") {
        return None;
    }
    let mut head = &title[..title.find("会议")?];
    // At most two kinds ("主任" + "办公"), so a long title is never eaten away; the
    // meeting's number may stand before them ("第23次常务", "2024年第5次常务").
    for _ in 0..2 {
        if let Some(kind) = MEETING_KINDS.iter().find(|k| head.ends_with(*k)) {
            head = &head[..head.len() - kind.len()];
        }
    }
    head = without_meeting_number(head);
    let n = head.chars().count();
    ((3..=MAX_ORDER_ORGAN).contains(&n) && is_organ_name(head) && !head.contains(['，', '、']))
        .then_some(head)
}

/// `head` without the meeting's number it ends with: "XX县人民政府第23次" → "XX县人民政府",
/// "XX县人民政府2024年第5次" → "XX县人民政府".
fn without_meeting_number(head: &str) -> &str {
    let Some(at) = head.rfind('第') else {
        return head;
    };
    let Some(serial) = head[at + '第'.len_utf8()..].strip_suffix('次') else {
        return head;
    };
    if parse_number(serial).is_none() {
        return head;
    }
    let before = &head[..at];
    // "2024年第5次": the year goes with the number.
    match before.strip_suffix('年') {
        Some(y) if y.len() >= 4 && y[y.len() - 4..].bytes().all(|b| b.is_ascii_digit()) => {
            &y[..y.len() - 4]
        }
        _ => before,
    }
}

/// A 纪要's date line under its title ("栖川县人民政府办公室　2024年5月20日").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderDate {
    pub date: Ymd,
    /// The organs printed before the date.
    pub organs: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(raw: &str, serial: u32, year: Option<u16>) -> Option<IssueNumber> {
        let mut number = IssueNumber::new(raw, serial);
        number.year = year;
        Some(number)
    }

    #[test]
    fn issue_numbers() {
        let cases: &[(&str, Option<IssueNumber>)] = &[
            ("第27号", number("第27号", 27, None)),
            ("　第 27 号　", number("第 27 号", 27, None)),
            ("第二十七号", number("第二十七号", 27, None)),
            ("第6期", number("第6期", 6, None)),
            ("（第6期）", number("（第6期）", 6, None)),
            ("2024年第6期", number("2024年第6期", 6, Some(2024))),
            ("〔2024〕6号", number("〔2024〕6号", 6, Some(2024))),
            // A 纪要 numbered by its meeting.
            ("第23次", number("第23次", 23, None)),
            ("2024年第五次", number("2024年第五次", 5, Some(2024))),
            ("[2024]第6号", number("[2024]第6号", 6, Some(2024))),
            ("第３号", number("第３号", 3, None)),
            // Not number lines.
            ("6号", None),
            ("第6条", None),
            ("第一章", None),
            ("2024号", None),
            ("第号", None),
            ("平政办字〔2024〕4号", None),
            ("第27号文件", None),
            ("会议纪要第6期内容", None),
            ("〔2024〕", None),
            ("23次", None),
            ("2024年5次", None),
            ("第23次会议", None),
        ];
        for (input, want) in cases {
            assert_eq!(&issue_number(input), want, "{input}");
        }
    }

    #[test]
    fn order_headers() {
        let organs = |t: &str| order_header(t).map(|(o, _)| o);
        assert_eq!(
            organs("云岫市人民政府令"),
            Some(vec!["云岫市人民政府".to_owned()])
        );
        assert_eq!(
            organs("中华人民共和国主席令"),
            Some(vec!["中华人民共和国主席".to_owned()])
        );
        assert_eq!(
            organs("国务院　中央军委命令"),
            Some(vec!["国务院".to_owned(), "中央军委".to_owned()])
        );
        let (_, n) = order_header("云岫市人民政府令（第27号）").expect("mark with number");
        assert_eq!(n.map(|n| n.serial), Some(27));
        for no in [
            "国务院、中央军委关于授予某部荣誉称号的命令",
            "云岫县人民政府禁渔令",
            "令",
            "云岫市人民政府文件",
            "关于发布命令的通知",
            "请严格执行本令。",
        ] {
            assert!(order_header(no).is_none(), "{no}");
        }
    }

    #[test]
    fn minutes_organs() {
        let cases = [
            ("鹭湾区人民政府专题会议纪要", Some("鹭湾区人民政府")),
            ("栖川县人民政府常务会议纪要", Some("栖川县人民政府")),
            (
                "云岫市发展和改革委员会主任办公会议纪要",
                Some("云岫市发展和改革委员会"),
            ),
            ("梓岭县人民政府第23次常务会议纪要", Some("梓岭县人民政府")),
            (
                "梓岭县人民政府2024年第五次常务会议纪要",
                Some("梓岭县人民政府"),
            ),
            ("第23次常务会议纪要", None),
            ("县长办公会议纪要", None),
            ("关于防汛工作的会议纪要", None),
            ("栖川县人民政府常务会议纪要的通知", None),
            ("会议纪要", None),
        ];
        for (title, want) in cases {
            assert_eq!(minutes_organ(title), want, "{title}");
        }
    }

    #[test]
    fn minutes_date_lines() {
        let d = |y, m, day| Ymd::new(y, m, day).expect("date");
        assert_eq!(
            header_date("栖川县人民政府办公室　　　　2024年5月20日"),
            Some(HeaderDate {
                date: d(2024, 5, 20),
                organs: vec!["栖川县人民政府办公室".to_owned()]
            })
        );
        assert_eq!(
            header_date("（2024年5月16日）"),
            Some(HeaderDate {
                date: d(2024, 5, 16),
                organs: Vec::new()
            })
        );
        assert_eq!(header_date("会议于2024年5月16日"), None);
        let (date, number) = bracketed_date("（2001年5月8日　澧政发〔2001〕15号）").expect("date");
        assert_eq!(
            (date.date.year, date.date.month, date.date.day),
            (2001, 5, 8)
        );
        assert_eq!(
            number.map(|n| n.normalized).as_deref(),
            Some("澧政发〔2001〕15号")
        );
        let (_, number) = bracketed_date("（2009年6月3日）").expect("date");
        assert!(number.is_none());
        // A remark in brackets, a date with more words, a date without brackets: none.
        assert!(bracketed_date("（2024年5月16日起施行）").is_none());
        assert!(bracketed_date("2024年5月16日").is_none());
        assert!(bracketed_date("（试行）").is_none());
        assert_eq!(header_date("2024年5月16日上午"), None);
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|s| {
            let _ = issue_number(s);
            let _ = order_header(s);
            let _ = header_date(s);
        });
    }
}
