//! 附件说明 ("附件：1. …"): the list of attachments under the body, taken out of it.

use gongwen_model::{AttachmentNote, Loc};

use crate::filter::para::Para;
use crate::lex::document::ATTACHMENT;
use crate::parse::attachment::is_attachment_note;
use crate::parse::label::{list_number, parse_label};
use crate::text::chars::{ends_sentence, is_space};

/// Longest entry read without its number (characters).
const MAX_UNNUMBERED: usize = 60;

/// Finds an 附件说明 block in `paras[from..until]`: its first line and its entries.
/// Continuation lines are numbered items ("2.…") or a wrapped remainder of the previous
/// entry's name.
fn find_notes(
    paras: &[Para<'_>],
    from: usize,
    until: usize,
) -> Option<(usize, usize, Vec<AttachmentNote>)> {
    let until = until.min(paras.len());
    let start = (from..until)
        .find(|&i| is_attachment_note(paras[i].text()) || opens_entry_list(paras, i))?;
    let first = &paras[start];
    let colon = first.text().find(['：', ':']).unwrap_or(0);
    let rest = first.text()[colon..]
        .trim_start_matches(['：', ':'])
        .trim_matches(is_space);
    let mut notes: Vec<AttachmentNote> = Vec::new();
    push_entries(&mut notes, rest, first.loc);
    let mut end = start + 1;
    while end < until {
        let p = &paras[end];
        let t = p.text().trim_matches(is_space);
        let next_index = notes.last().map_or(1, |n| n.index + 1);
        match p.label() {
            Some(label) if label.level == 3 && label.ordinal == next_index => {
                push_entries(&mut notes, t, p.loc);
            }
            // "2.4个小区改造工程形象进度照片": the next number, then a name opening with a
            // digit (read alone, "2.4" is a decimal, no label); "附件2.…": the next
            // number with the word (a page's list of the files it links).
            None if let Some(name) = numbered_as(without_word(t), next_index) => {
                notes.push(AttachmentNote::new(next_index, name, p.loc));
            }
            // An entry printed without its number (a .doc whose list numbering was
            // automatic), known by the attachment heading that repeats it further down.
            None if !ends_sentence(t)
                && t.chars().count() <= MAX_UNNUMBERED
                && paras[until..].iter().any(|q| q.is_line(t)) =>
            {
                notes.push(AttachmentNote::new(next_index, t, p.loc));
            }
            _ => break,
        }
        end += 1;
    }
    Some((start, end, notes))
}

/// The entry name after `index` and its delimiter ("2.", "2．", "2、") at the start of `t`.
fn numbered_as(t: &str, index: u32) -> Option<&str> {
    let (n, name) = list_number(t)?;
    let name = name.trim_matches(is_space);
    (n == index && !name.is_empty()).then_some(name)
}

/// "附件：" alone on its line, its entries numbered on the lines under it ("1．…表", "2．…"):
/// an 附件说明, not an attachment's heading.
pub(crate) fn opens_entry_list(paras: &[Para<'_>], i: usize) -> bool {
    let Some(t) = paras.get(i).map(|p| p.text().trim_matches(is_space)) else {
        return false;
    };
    let alone = t
        .strip_prefix(ATTACHMENT)
        .map(|r| r.trim_matches(is_space))
        .is_some_and(|r| matches!(r, "：" | ":"));
    alone
        && paras
            .get(i + 1)
            .and_then(|p| p.label())
            .is_some_and(|l| l.level == 3 && l.ordinal == 1)
}

/// Adds the entries on one line: "1.A" or "A" (a single unnumbered attachment), and
/// several numbered entries printed on one line ("1.A 2.B").
fn push_entries(notes: &mut Vec<AttachmentNote>, text: &str, loc: Loc) {
    let mut rest = without_word(text.trim_matches(is_space));
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
            notes.push(AttachmentNote::new(index, title, loc));
        }
        rest = tail.trim_matches(is_space);
    }
}

/// An entry without the word 附件 before its number ("附件1.…" → "1.…"); others as they are.
fn without_word(t: &str) -> &str {
    t.strip_prefix(ATTACHMENT)
        .map(|r| r.trim_start_matches(is_space))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
        .unwrap_or(t)
}

/// Paragraphs of `paras[from..until]` with the 附件说明 block removed, and its entries.
pub(crate) fn split_notes<'b>(
    paras: &[Para<'b>],
    from: usize,
    until: usize,
) -> (Vec<Para<'b>>, Vec<AttachmentNote>) {
    let until = until.max(from).min(paras.len());
    match find_notes(paras, from, until) {
        Some((start, end, notes)) => {
            let kept = paras[from..start]
                .iter()
                .chain(&paras[end..until])
                .cloned()
                .collect();
            (kept, notes)
        }
        None => (paras[from..until].to_vec(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_on_one_line() {
        let mut notes = Vec::new();
        push_entries(&mut notes, "1.甲表 2.乙表", Loc::block(3));
        assert_eq!(notes.len(), 2);
        assert_eq!((notes[1].index, notes[1].title.as_str()), (2, "乙表"));
    }

    #[test]
    fn entries_printed_with_the_word() {
        // A page's list of the files it links: "附件1.…" (the word before each number).
        let mut notes = Vec::new();
        push_entries(&mut notes, "附件1.实施方案.doc", Loc::block(3));
        assert_eq!(
            (notes[0].index, notes[0].title.as_str()),
            (1, "实施方案.doc")
        );
        assert_eq!(without_word("附件2.任务清单.doc"), "2.任务清单.doc");
        // The word before a name, not a number, stays (an unnumbered entry's own text).
        assert_eq!(without_word("附件清单"), "附件清单");
    }

    #[test]
    fn entry_names_opening_with_a_digit() {
        assert_eq!(
            numbered_as("2.4个小区改造工程照片", 2),
            Some("4个小区改造工程照片")
        );
        assert_eq!(numbered_as("2．3号楼图纸", 2), Some("3号楼图纸"));
        assert_eq!(numbered_as("3.4个小区", 2), None);
        assert_eq!(numbered_as("24个小区", 2), None);
        assert_eq!(numbered_as("2.", 2), None);
    }
}
