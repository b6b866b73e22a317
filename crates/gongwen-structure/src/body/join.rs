//! Lines broken mid-sentence (by page breaks in text saved from Word, or by the printed
//! line width in text rendered from a fixed layout) are joined back into paragraphs.

use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};

use crate::filter::para::Para;
use crate::parse::attachment::{is_attachment_header, is_attachment_note};
use crate::parse::date::date_line;
use crate::parse::field_label::field_label_at;
use crate::parse::number::Number;
use crate::text::chars::{ends_sentence, file_extension, head, tail};

/// A line shorter than this (characters) is a heading or a name, not half a sentence.
const MIN_BROKEN_LINE: usize = 15;
/// A numbered line whose text has no full stop and is at most this long is a heading.
const MAX_HEADING: usize = 40;

/// Joins broken lines of a region: lines of a text format, and line breaks inside a
/// paragraph (Word's w:br) that fall mid-sentence.
pub(crate) fn join_lines<'b>(paras: Vec<Para<'b>>, diags: &mut Vec<Diagnostic>) -> Vec<Para<'b>> {
    let mut out: Vec<Para<'b>> = Vec::with_capacity(paras.len());
    for mut p in paras {
        if p.text().contains('\n') {
            let text = join_inner_breaks(p.text(), p.loc, diags);
            p.set_text(text);
        }
        let adjacent = p.hints.blank_lines_before == 0 || p.page_gap || p.hints.page_break_before;
        if let Some(prev) = out.last_mut()
            && adjacent
            && !prev.cut
            && !p.cut
            && prev.is_line_based()
            && p.is_line_based()
            && is_broken(prev.text(), prev.label(), p.text(), p.number())
        {
            diags.push(joined(prev.text(), p.text(), prev.loc.through(p.loc)));
            prev.append(p.text());
            prev.loc = prev.loc.through(p.loc);
            continue;
        }
        out.push(p);
    }
    out
}

/// Removes the line breaks inside a paragraph that fall mid-sentence; keeps the others.
fn join_inner_breaks(text: &str, loc: Loc, diags: &mut Vec<Diagnostic>) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the current line of `out` starts: kept, not searched for, so that a paragraph
    // of many joined segments stays linear.
    let mut line_start = 0;
    for (i, segment) in text.split('\n').enumerate() {
        if i > 0 {
            let prev = &out[line_start..];
            if is_broken_text(prev, segment) {
                diags.push(joined(prev, segment, loc));
            } else {
                out.push('\n');
                line_start = out.len();
            }
        }
        out.push_str(segment);
    }
    out
}

fn joined(prev: &str, next: &str, loc: Loc) -> Diagnostic {
    Diagnostic::new(
        Level::Info,
        DiagnosticCode::LinesJoined,
        format!(
            "joined a line broken mid-sentence: …{} + {}…",
            tail(prev, 8),
            head(next, 8)
        ),
    )
    .with_loc(loc)
}

/// True when the line `prev` (whose item label is `prev_label`) breaks off mid-sentence
/// and `next` (which starts with `next_number`) goes on with it. Looks only at the ends
/// of `prev` (and at most a heading's length of it), so that a line grown by many joins
/// costs the same as a short one.
fn is_broken(
    prev: &str,
    prev_label: Option<Number>,
    next: &str,
    next_number: Option<Number>,
) -> bool {
    if ends_sentence(prev)
        || prev.chars().take(MIN_BROKEN_LINE).count() < MIN_BROKEN_LINE
        || (prev.len() <= MAX_HEADING_BYTES && is_heading(prev, prev_label))
    {
        return false;
    }
    !next.is_empty()
        && next_number.is_none()
        && date_line(next).is_none()
        // "责任主体：…" then "完成时限：…": each label starts a line of its own.
        && field_label_at(next).is_none()
        && !is_attachment_note(next)
        && is_attachment_header(next).is_none()
        // A file's name a page links ("…工作要点.doc") goes on no sentence.
        && file_extension(next.trim_end()).is_none()
}

/// [`is_broken`] for two lines of one paragraph (Word's w:br), read here.
fn is_broken_text(prev: &str, next: &str) -> bool {
    // The label of `prev` only matters for a line short enough to be a heading.
    let prev_label = if prev.len() <= MAX_HEADING_BYTES {
        Number::read(prev).filter(Number::is_item)
    } else {
        None
    };
    is_broken(prev, prev_label, next, Number::read(next))
}

/// The longest line (bytes) that may be a heading: [`MAX_HEADING`] characters after a label.
const MAX_HEADING_BYTES: usize = MAX_HEADING * 4 + 16;

/// "一、深入落实高质量主动公开": a numbered line that is a heading, not running text.
fn is_heading(text: &str, label: Option<Number>) -> bool {
    label.is_some_and(|l| {
        let rest = l.rest(text);
        !rest.contains('。') && rest.chars().count() <= MAX_HEADING
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, next line, joined)
    #[test]
    fn broken_lines() {
        let cases = [
            (
                "各乡镇要加强对农村集中供水工程的日常巡查和",
                "维护管理，确保群众饮水安全。",
                true,
            ),
            // A task field's label starts a line of its own.
            (
                "责任主体：县住房城乡建设局、县自然资源局、县数据资源局",
                "完成时限：2025年12月底前",
                false,
            ),
            (
                "牵头股室：质量安全监督站、城建股、房管股、计财股",
                "配合股室：建管股",
                false,
            ),
            // Short lines and sentences are never broken.
            ("责任主体：县税务局", "完成时限：长期坚持", false),
            (
                "全面加强农村集中供水工程的日常巡查。",
                "维护管理，确保群众饮水安全。",
                false,
            ),
        ];
        for (prev, next, want) in cases {
            assert_eq!(is_broken_text(prev, next), want, "{prev} + {next}");
        }
    }
}
