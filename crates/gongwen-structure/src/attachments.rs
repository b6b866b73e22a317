//! 附件说明 ("附件：1. …") and the "附件N" lines that open each attachment.

use gongwen_model::{AttachmentNote, Loc};

use crate::label::parse_label;
use crate::numerals::parse_number;
use crate::para::{Para, is_space};

/// An attachment's opening line: "附件", "附件2", "附件3：", "附件1：XX登记表", "附：".
/// Returns the number (when printed) and the title printed on the same line.
pub(crate) fn is_attachment_header(text: &str) -> Option<(Option<u32>, Option<&str>)> {
    let t = text.trim_matches(is_space);
    if !t.starts_with('附') {
        return None;
    }
    if let Some(rest) = t.strip_prefix("附件") {
        let rest = rest.trim_start_matches(is_space);
        let digits_end = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(c) || is_cn_digit(*c)))
            .map_or(rest.len(), |(i, _)| i);
        let number = if digits_end > 0 {
            parse_number(&rest[..digits_end])
        } else {
            None
        };
        let after = rest[digits_end..].trim_start_matches(is_space);
        let colon = after.starts_with(['：', ':']);
        let after = after.trim_start_matches(['：', ':']).trim_matches(is_space);
        if after.is_empty() {
            return Some((number, None));
        }
        // "附件1：XX表" opens attachment 1; "附件：XX" (no number) is an 附件说明 entry.
        if number.is_some() && (colon || rest[..digits_end].len() < rest.len()) {
            return Some((number, Some(after)));
        }
        return None;
    }
    let s: String = t.chars().filter(|c| !is_space(*c)).collect();
    matches!(
        s.as_str(),
        "附" | "附：" | "附:" | "附表" | "附表：" | "附表:"
    )
    .then_some((None, None))
}

fn is_cn_digit(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// "附件：…" with a name after the colon: an 附件说明 line.
pub(crate) fn is_attachment_note(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let rest = t
        .strip_prefix("附件")
        .or_else(|| t.strip_prefix("附"))
        .map(|r| r.trim_start_matches(is_space));
    match rest.and_then(|r| r.strip_prefix(['：', ':'])) {
        Some(r) => !r.trim_matches(is_space).is_empty(),
        None => false,
    }
}

/// Finds an 附件说明 block in `paras[from..until]`: its first line and its entries.
/// Continuation lines are numbered items ("2.…") or a wrapped remainder of the previous
/// entry's name.
pub(crate) fn find_notes(
    paras: &[Para<'_>],
    from: usize,
    until: usize,
) -> Option<(usize, usize, Vec<AttachmentNote>)> {
    let until = until.min(paras.len());
    let start = (from..until).find(|&i| is_attachment_note(&paras[i].text))?;
    let first = &paras[start];
    let colon = first.text.find(['：', ':']).unwrap_or(0);
    let rest = first.text[colon..]
        .trim_start_matches(['：', ':'])
        .trim_matches(is_space);
    let mut notes: Vec<AttachmentNote> = Vec::new();
    push_entries(&mut notes, rest, first.loc);
    let mut end = start + 1;
    while end < until {
        let p = &paras[end];
        let t = p.text.trim_matches(is_space);
        let next_index = notes.last().map_or(1, |n| n.index + 1);
        match parse_label(t) {
            Some(label) if label.level == 3 && label.ordinal == next_index => {
                push_entries(&mut notes, t, p.loc);
            }
            _ => break,
        }
        end += 1;
    }
    Some((start, end, notes))
}

/// Adds the entries on one line: "1.A" or "A" (a single unnumbered attachment), and
/// several numbered entries printed on one line ("1.A 2.B").
fn push_entries(notes: &mut Vec<AttachmentNote>, text: &str, loc: Loc) {
    let mut rest = text.trim_matches(is_space);
    while !rest.is_empty() {
        let (index, body) = match parse_label(rest) {
            Some(label) if label.level == 3 => (label.ordinal, label.rest),
            _ => (notes.last().map_or(1, |n| n.index + 1), rest),
        };
        // Another "N." after white space starts the next entry on the same line.
        let next = format!("{}.", index + 1);
        let split = body.match_indices(is_space).map(|(i, _)| i).find(|&i| {
            let after = body[i..].trim_start_matches(is_space);
            after.starts_with(&next) || after.starts_with(&format!("{}．", index + 1))
        });
        let (title, tail) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => (body, ""),
        };
        let title = title
            .trim_matches(is_space)
            .trim_end_matches(['；', ';', '，', '。']);
        if !title.is_empty() {
            notes.push(AttachmentNote {
                index,
                title: title.to_owned(),
                loc,
            });
        }
        rest = tail.trim_matches(is_space);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(is_attachment_header("附件"), Some((None, None)));
        assert_eq!(is_attachment_header(" 附件:"), Some((None, None)));
        assert_eq!(is_attachment_header("附件1"), Some((Some(1), None)));
        assert_eq!(is_attachment_header("　　附件3："), Some((Some(3), None)));
        assert_eq!(
            is_attachment_header("附件2：信息宣传联络员登记表"),
            Some((Some(2), Some("信息宣传联络员登记表")))
        );
        assert_eq!(is_attachment_header("附："), Some((None, None)));
        assert_eq!(is_attachment_header("附件：2024年重点工作任务分工"), None);
        assert_eq!(is_attachment_header("附件说明"), None);
    }

    #[test]
    fn notes() {
        assert!(is_attachment_note(
            "附件：2024年平阴县政务公开重点工作任务分工"
        ));
        assert!(is_attachment_note("附：内地西藏初中班（校）扩大招生计划表"));
        assert!(!is_attachment_note("附件:"));
        let mut notes = Vec::new();
        push_entries(&mut notes, "1.甲表 2.乙表", Loc::block(3));
        assert_eq!(notes.len(), 2);
        assert_eq!((notes[1].index, notes[1].title.as_str()), (2, "乙表"));
    }
}
