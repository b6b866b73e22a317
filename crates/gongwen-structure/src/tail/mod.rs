//! Phase 4, **tail**: what follows the signature — the documents a 印发 / 转发 notice
//! carries and the 办法 a 令 promulgates ([`transmitted`]), then the attachments, each
//! from its "附件N" line to the next ([`attachments`]).

pub(crate) mod attachments;
pub(crate) mod carried;
pub(crate) mod title;
pub(crate) mod transmitted;

use gongwen_model::{Attachment, Diagnostic, DiagnosticCode, Layout, Level, Transmitted};

use crate::body::Main;
use crate::filter::Page;
use crate::header::Header;
use crate::text::chars::head;
use attachments::read_attachment;
use carried::carried_names;
use transmitted::read_carried;

/// What follows the signature.
#[derive(Debug)]
pub(crate) struct Tail {
    /// The document a 印发 / 转发 notice carries (or a 令 promulgates), if any.
    pub transmitted: Vec<Transmitted>,
    /// The attachments, in order.
    pub attachments: Vec<Attachment>,
    /// The paragraph each attachment starts at (its "附件N" line).
    pub starts: Vec<usize>,
    /// For each transmitted document, the first table position (paragraphs before the
    /// table) that stands in it: after the signature, or right under it when the
    /// document is a table with no heading; after its heading for a second one.
    pub carried_from: Vec<usize>,
}

/// The part of a document a table (or a task) belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    /// The body.
    Body,
    /// The transmitted document at this index of [`Tail::transmitted`].
    Transmitted(usize),
    /// The attachment at this index of [`Tail::attachments`].
    Attachment(usize),
}

impl Tail {
    /// The region holding what stands after `pos` paragraphs (a table's position).
    pub(crate) fn region_of(&self, pos: usize) -> Region {
        if let Some(k) = self.starts.iter().rposition(|&h| pos > h) {
            Region::Attachment(k)
        } else if let Some(k) = self.carried_from.iter().rposition(|&from| pos >= from) {
            Region::Transmitted(k)
        } else {
            Region::Body
        }
    }
}

/// Reads what follows the signature.
pub(crate) fn read(
    page: &Page<'_>,
    header: &Header,
    main: &Main,
    diags: &mut Vec<Diagnostic>,
) -> Tail {
    let paras = &page.paras;
    let n = paras.len();
    let start = main.tail_start;
    // Between the signature and the first attachment: transmitted documents, and the
    // 办法 or 规定 a 令 promulgates. A notice copied without its title still says that it
    // carries a document ("《X》已经市政府同意，现印发给你们").
    let names = carried_names(header.title(), &paras[header.end.min(start)..start]);
    let carries = header.transmittal || header.layout.0 == Layout::Order || names.is_some();
    let names = names.unwrap_or_default();
    let end = main
        .attachment_lines
        .iter()
        .copied()
        .find(|&i| i >= start)
        .unwrap_or(n)
        .max(start);
    let mut transmitted: Vec<Transmitted> = Vec::new();
    let mut carried_from: Vec<usize> = Vec::new();
    if carries && start < end {
        let docs = read_carried(paras, start, end, &names, diags);
        for (k, (at, doc)) in docs.into_iter().enumerate() {
            // The first document holds every table after the signature.
            carried_from.push(if k == 0 { start + 1 } else { at + 1 });
            transmitted.push(doc);
        }
    }
    // Only a table under the signature (its heading, if any, in the table): the document
    // the notice names.
    if carries && transmitted.is_empty() {
        let table = page.tables.iter().find(|t| t.at >= start && t.at <= end);
        if let (Some(name), Some(table)) = (names.first(), table) {
            transmitted.push(named_only(name, table.table.loc));
            carried_from.push(start);
        }
    }
    if !carries && start < end {
        let first = &paras[start];
        let last = &paras[end - 1];
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::UnplacedText,
            message: format!(
                "{} line(s) after the signature belong to no field, starting {:?}",
                end - start,
                head(first.text(), 20)
            ),
            loc: Some(first.loc.through(last.loc)),
        });
    }

    // Attachments: from each "附件N" line to the next.
    let starts: Vec<usize> = main
        .attachment_lines
        .iter()
        .copied()
        .filter(|&i| i >= end)
        .collect();
    let mut attachments: Vec<Attachment> = Vec::new();
    for (k, &from) in starts.iter().enumerate() {
        let until = starts.get(k + 1).copied().unwrap_or(n);
        let prev = attachments.last().map_or(0, |a| a.index);
        attachments.push(read_attachment(
            paras,
            from,
            until,
            prev,
            &page.tables,
            diags,
        ));
    }
    Tail {
        transmitted,
        attachments,
        starts,
        carried_from,
    }
}

/// A carried document known only by the name the notice gives it: a table under the
/// signature, with no heading of its own.
fn named_only(name: &str, loc: gongwen_model::Loc) -> Transmitted {
    Transmitted {
        title: name.to_owned(),
        recipients: Vec::new(),
        preamble: Vec::new(),
        sections: Vec::new(),
        attachment_notes: Vec::new(),
        issuers: Vec::new(),
        date: None,
        tables: Vec::new(),
        loc,
        closing: Vec::new(),
    }
}
