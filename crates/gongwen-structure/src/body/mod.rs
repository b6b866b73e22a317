//! Phase 3, **body**: the 主体 after the header — the body text as a section tree
//! ([`join`], [`sections`], [`articles`]), its closing formula ([`closing`]), its 附件说明
//! ([`notes`]), a 纪要's meeting ([`minutes`]) — and the signature that ends it, with the
//! date ([`signature`]).

pub(crate) mod articles;
pub(crate) mod closing;
pub(crate) mod join;
pub(crate) mod minutes;
pub(crate) mod notes;
pub(crate) mod outline;
pub(crate) mod sections;
pub(crate) mod signature;

use gongwen_model::{AttachmentNote, Body, Diagnostic, Layout, Meeting, Paragraph, Section};

use crate::filter::Page;
use crate::filter::para::Para;
use crate::header::Header;
use crate::header::title::title_issuers;
use crate::parse::attachment::is_attachment_header;
use crate::parse::date::Ymd;
use crate::text::at::At;
use crate::text::chars::squeeze;
use closing::take_closing;
use join::join_lines;
use notes::split_notes;
use sections::build_sections;
use signature::{Signature, find_signature};

/// The 主体 as read: the body text and what ends it.
#[derive(Debug)]
pub(crate) struct Main {
    /// Preamble, sections and closing (tables are placed when the document is assembled).
    pub body: Body,
    /// The 附件说明 entries under the body.
    pub notes: Vec<AttachmentNote>,
    /// A 纪要's meeting (时间, 出席 …).
    pub meeting: Option<Meeting>,
    /// The first signature block after the header.
    pub signature: Option<Signature>,
    /// The 成文日期: the signature's, or a 纪要's under its title.
    pub date: Option<At<Ymd>>,
    /// Every "附件N" line after the header (paragraph indices).
    pub attachment_lines: Vec<usize>,
    /// The first paragraph after the signature (or the first "附件N" line without one).
    pub tail_start: usize,
}

/// Reads the body from the end of the header to the signature (or the first attachment).
pub(crate) fn read(page: &Page<'_>, header: &Header, diags: &mut Vec<Diagnostic>) -> Main {
    let paras = &page.paras;
    let n = paras.len();
    let start = header.end;
    let attachment_lines: Vec<usize> = (start..n)
        .filter(|&i| {
            is_attachment_header(paras[i].text()).is_some() && !notes::opens_entry_list(paras, i)
        })
        .collect();
    let first_attachment = attachment_lines.first().copied().unwrap_or(n);
    let signature = find_signature(paras, start, first_attachment);
    let end = signature.as_ref().map_or(first_attachment, |s| s.start);
    let tail_start = signature.as_ref().map_or(first_attachment, |s| s.end);
    // A 纪要 prints its date under its title and usually has no signature; a notice that
    // prints a table (附表) before its signature has its signature at the very end.
    let date = signature
        .as_ref()
        .and_then(|s| s.date)
        .or_else(|| {
            let d = header.front.header_date.as_ref()?;
            Some(At::new(d.value.date, d.loc))
        })
        .or_else(|| {
            let after_tables = page.tables.last().map_or(0, |t| t.at);
            signature_after_attachments(paras, header, first_attachment, after_tables)
        });

    // The document's own body, with its 附件说明 taken out.
    let (text, notes) = split_notes(paras, start, end);
    let (text, meeting) = match header.layout.0 {
        Layout::Minutes => minutes::take_meeting(text),
        _ => (text, None),
    };
    let text = read_text(text, diags);
    let mut body = Body::default();
    body.preamble = text.preamble;
    body.sections = text.sections;
    body.closing = text.closing;
    let attachment_lines = unlabelled_attachments(paras, &notes, attachment_lines, tail_start);
    Main {
        body,
        notes,
        meeting,
        signature,
        date,
        attachment_lines,
        tail_start,
    }
}

/// The date of a signature that ends the text after the attachments, of the organs the
/// title names: a notice printing a table (附表) between its items and its signature
/// ("…值班安排见附表。" / "附表" / the table / "XX办公厅" / "2025年5月26日"). A carried
/// document's or an attachment's own signature names another organ, or text follows it.
fn signature_after_attachments(
    paras: &[Para<'_>],
    header: &Header,
    first_attachment: usize,
    after_tables: usize,
) -> Option<At<Ymd>> {
    if first_attachment >= paras.len() {
        return None;
    }
    // After the last table: its title above it is no organ's name.
    let from = after_tables.max(first_attachment + 1);
    let sig = find_signature(paras, from, paras.len())?;
    let title = header.front.title.as_ref()?;
    let named = title_issuers(&title.value);
    let same = !sig.issuers.is_empty()
        && sig.issuers.len() == named.len()
        && sig
            .issuers
            .iter()
            .zip(&named)
            .all(|(a, b)| squeeze(a) == squeeze(b));
    (sig.end == paras.len() && same)
        .then_some(sig.date)
        .flatten()
}

/// The attachment lines, and where an attachment printed without its "附件N" line starts:
/// the line under the first attachment line that repeats an 附件说明 entry, not right under
/// an attachment line (whose title it is). A .doc whose 附件 numbering was automatic loses
/// those lines; the entries' names still say where each attachment starts.
fn unlabelled_attachments(
    paras: &[Para<'_>],
    notes: &[AttachmentNote],
    mut lines: Vec<usize>,
    tail_start: usize,
) -> Vec<usize> {
    // Only beside an attachment line of their own: a document printed under the signature
    // with no 附件 line at all is the carried one (印发), whatever its 附件说明 says.
    if notes.len() <= lines.len() || lines.is_empty() {
        return lines;
    }
    let first = lines.first().copied().unwrap_or(tail_start).max(tail_start);
    for note in notes {
        let found = (first..paras.len()).find(|&j| {
            paras[j].is_line(&note.title) && !lines.iter().any(|&a| a == j || a + 1 == j)
        });
        if let Some(j) = found {
            lines.push(j);
        }
    }
    lines.sort_unstable();
    lines
}

/// A run of text as a section tree: the body's, a transmitted document's, an attachment's.
#[derive(Debug)]
pub(crate) struct TextTree {
    /// Paragraphs before the first numbered one.
    pub preamble: Vec<Paragraph>,
    /// The numbered paragraphs as a tree.
    pub sections: Vec<Section>,
    /// The closing formula after the last item, and what follows it.
    pub closing: Vec<Paragraph>,
}

/// Joins broken lines, builds the section tree and takes the closing formula out of it.
pub(crate) fn read_text(paras: Vec<Para<'_>>, diags: &mut Vec<Diagnostic>) -> TextTree {
    let paras = join_lines(paras, diags);
    let (preamble, mut sections) = build_sections(&paras, diags);
    let closing = take_closing(&mut sections);
    TextTree {
        preamble,
        sections,
        closing,
    }
}
