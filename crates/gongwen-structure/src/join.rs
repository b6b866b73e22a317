//! Lines broken mid-sentence (by page breaks in text saved from Word, or by the printed
//! line width in text rendered from a fixed layout) are joined back into paragraphs.

use gongwen_model::{Diagnostic, DiagnosticCode, Level};

use crate::attachments::{is_attachment_header, is_attachment_note};
use crate::label::parse_label;
use crate::para::{Para, ends_sentence};
use crate::signature::date_line;

/// A line shorter than this (characters) is a heading or a name, not half a sentence.
const MIN_BROKEN_LINE: usize = 15;
/// A numbered line whose text has no full stop and is at most this long is a heading.
const MAX_HEADING: usize = 40;

/// The diagnostic for a dropped page-number line.
pub(crate) fn page_number_dropped(p: &gongwen_blocks::Paragraph) -> Diagnostic {
    Diagnostic {
        level: Level::Info,
        code: DiagnosticCode::PageNumberDropped,
        message: format!("dropped page-number line {:?}", p.text),
        loc: Some(p.loc),
    }
}

/// Joins broken lines of a region. Formats whose paragraphs are real paragraphs (no line
/// numbers) are left as they are.
pub(crate) fn join_lines<'b>(paras: Vec<Para<'b>>, diags: &mut Vec<Diagnostic>) -> Vec<Para<'b>> {
    let mut out: Vec<Para<'b>> = Vec::with_capacity(paras.len());
    for p in paras {
        let adjacent = p.hints.blank_lines_before == 0 || p.page_gap || p.hints.page_break_before;
        if let Some(prev) = out.last_mut() {
            if adjacent && prev.is_line_based() && p.is_line_based() && is_broken(prev, &p) {
                diags.push(Diagnostic {
                    level: Level::Info,
                    code: DiagnosticCode::LinesJoined,
                    message: format!(
                        "joined a line broken mid-sentence: …{} + {}…",
                        tail(&prev.text, 8),
                        head(&p.text, 8)
                    ),
                    loc: Some(prev.loc.through(p.loc)),
                });
                prev.text.push_str(&p.text);
                prev.loc = prev.loc.through(p.loc);
                continue;
            }
        }
        out.push(p);
    }
    out
}

fn is_broken(prev: &Para<'_>, next: &Para<'_>) -> bool {
    if ends_sentence(&prev.text) || prev.len_chars() < MIN_BROKEN_LINE || is_heading(&prev.text) {
        return false;
    }
    let t = next.text.as_str();
    parse_label(t).is_none()
        && date_line(t).is_none()
        && !is_attachment_note(t)
        && is_attachment_header(t).is_none()
}

/// "一、深入落实高质量主动公开": a numbered line that is a heading, not running text.
pub(crate) fn is_heading(text: &str) -> bool {
    parse_label(text)
        .is_some_and(|l| !l.rest.contains('。') && l.rest.chars().count() <= MAX_HEADING)
}

fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn tail(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(n)).collect()
}
