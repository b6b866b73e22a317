//! Attachments (附件): each runs from its "附件N" line to the next one; its title is the
//! rest of that line or the lines under it.

use gongwen_model::{Attachment, Diagnostic};

use crate::body::read_text;
use crate::filter::para::Para;
use crate::filter::tables::PageTable;
use crate::parse::attachment::is_attachment_header;
use crate::tail::title::{joined_text, title_lines, without_file_extension};
use crate::text::chars::is_space;

/// Longest line taken for part of an attachment's title (characters).
const MAX_TITLE_LINE: usize = 60;

/// Reads the attachment whose "附件N" line is `paras[start]`, up to `end`.
pub(crate) fn read_attachment(
    paras: &[Para<'_>],
    start: usize,
    end: usize,
    prev_index: u32,
    tables: &[PageTable<'_>],
    diags: &mut Vec<Diagnostic>,
) -> Attachment {
    let header = &paras[start];
    // A line that is no "附件N" line is an attachment's name standing for it
    // (`body::unlabelled_attachments`).
    let (number, inline_title) = is_attachment_header(header.text())
        .unwrap_or((None, Some(header.text().trim_matches(is_space))));
    // The title ends where the first table of the attachment begins.
    let table_at = tables
        .iter()
        .map(|t| t.at)
        .find(|&pos| pos > start && pos <= end)
        .unwrap_or(end);
    let (title, body_from) = match inline_title {
        Some(t) => (Some(without_file_extension(t).to_owned()), start + 1),
        None => {
            let k = title_lines(paras, start + 1, end.min(table_at), MAX_TITLE_LINE);
            let t = joined_text(&paras[start + 1..k]);
            let t = without_file_extension(&t);
            ((!t.is_empty()).then(|| t.to_owned()), k)
        }
    };
    let text = read_text(paras[body_from..end].to_vec(), diags);
    let mut attachment = Attachment::new(number.unwrap_or(prev_index + 1), header.loc);
    attachment.title = title;
    attachment.preamble = text.preamble;
    attachment.sections = text.sections;
    attachment.closing = text.closing;
    attachment
}
