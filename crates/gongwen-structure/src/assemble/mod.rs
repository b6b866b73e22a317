//! Phase 7, **assemble**: the [`Document`] built from what the phases found, with the
//! place each header fact came from in its [`Provenance`]. The only place a `Document` is
//! put together.

use gongwen_model::{Diagnostic, Document, Provenance, Source};

use crate::body::Main;
use crate::filter::Page;
use crate::header::Header;
use crate::header::title::doc_type_of;
use crate::resolve::Facts;
use crate::tail::{Region, Tail};
use crate::tasks::Found;
use crate::text::at::{loc_of, value_of};

/// Everything the phases found in one document.
pub(crate) struct Parts<'b> {
    pub source: Source,
    pub page: Page<'b>,
    pub header: Header,
    pub main: Main,
    pub tail: Tail,
    pub found: Found,
    pub facts: Facts,
    pub diags: Vec<Diagnostic>,
}

/// Puts the document together (the unit aliases are applied after, by `Settings`).
pub(crate) fn document(parts: Parts<'_>) -> Document {
    let Parts {
        source,
        page,
        header,
        mut main,
        mut tail,
        found,
        facts,
        mut diags,
    } = parts;
    // Each table goes to the part of the document that holds it.
    for (region, table) in found.tables {
        match region {
            Region::Attachment(k) => {
                if let Some(a) = tail.attachments.get_mut(k) {
                    a.tables.push(table);
                }
            }
            Region::Transmitted(k) => {
                if let Some(t) = tail.transmitted.get_mut(k) {
                    t.tables.push(table);
                }
            }
            Region::Body => main.body.tables.push(table),
        }
    }
    let tasks = found.tasks;
    diags.sort_by_key(|d| d.loc.map_or(0, |l| l.block));

    let front = header.front;
    let (web, colophon) = (page.web, page.colophon);
    let sig = main.signature;
    let mut provenance = Provenance::default();
    provenance.doc_number = loc_of(&facts.doc_number);
    provenance.issuers = facts.issuers_loc;
    provenance.title = loc_of(&front.title);
    provenance.recipients = loc_of(&front.recipients);
    provenance.date = loc_of(&facts.date);
    provenance.publicity = loc_of(&facts.publicity);
    provenance.copy_number = loc_of(&front.copy_number);
    provenance.classification = loc_of(&front.classification);
    provenance.urgency = loc_of(&front.urgency);
    provenance.issuer_mark = loc_of(&front.issuer_mark);
    provenance.signers = loc_of(&front.signers);
    provenance.notes = sig.as_ref().and_then(|s| s.notes.first()).map(|n| n.loc);
    provenance.cc = loc_of(&colophon.cc);
    provenance.printed = loc_of(&colophon.printed);
    provenance.metadata = web.loc;
    provenance.metadata_keys = web.locs;
    provenance.layout = header.layout.1;
    provenance.issue_number = loc_of(&front.issue_number);
    let (signatories, notes) = match sig {
        Some(s) => (
            s.signatories,
            s.notes.into_iter().map(|n| n.value).collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let mut doc = Document::new(source);
    doc.doc_number = value_of(facts.doc_number);
    doc.issuers = facts.issuers;
    // Of the title the document ends up with, which the metadata may have supplied.
    doc.doc_type = facts.title.as_deref().and_then(doc_type_of);
    doc.title = facts.title;
    doc.recipients = value_of(front.recipients).unwrap_or_default();
    doc.date = facts.date.and_then(|d| d.value.to_date());
    doc.publicity = value_of(facts.publicity);
    doc.body = main.body;
    doc.transmitted = tail.transmitted;
    doc.attachment_notes = main.notes;
    doc.attachments = tail.attachments;
    doc.tasks = tasks;
    doc.diagnostics = diags;
    doc.provenance = provenance;
    doc.copy_number = value_of(front.copy_number);
    doc.classification = value_of(front.classification);
    doc.urgency = value_of(front.urgency);
    doc.issuer_mark = value_of(front.issuer_mark);
    doc.signers = value_of(front.signers).unwrap_or_default();
    doc.signatories = signatories;
    doc.notes = notes;
    doc.cc = value_of(colophon.cc).unwrap_or_default();
    doc.printed = value_of(colophon.printed);
    doc.metadata = web.metadata;
    doc.layout = header.layout.0;
    doc.issue_number = value_of(front.issue_number);
    doc.meeting = main.meeting;
    doc
}
