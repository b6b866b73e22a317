//! Phase 7, **assemble**: the [`Document`] built from what the phases found, with the
//! place each header fact came from in its [`Provenance`]. The only place a `Document` is
//! put together.

use gongwen_model::{Diagnostic, Document, Provenance, SCHEMA_VERSION, Source};

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
    let provenance = Provenance {
        doc_number: loc_of(&facts.doc_number),
        issuers: facts.issuers_loc,
        title: loc_of(&front.title),
        recipients: loc_of(&front.recipients),
        date: loc_of(&facts.date),
        publicity: loc_of(&facts.publicity),
        copy_number: loc_of(&front.copy_number),
        classification: loc_of(&front.classification),
        urgency: loc_of(&front.urgency),
        issuer_mark: loc_of(&front.issuer_mark),
        signers: loc_of(&front.signers),
        notes: sig.as_ref().and_then(|s| s.notes.first()).map(|n| n.loc),
        cc: loc_of(&colophon.cc),
        printed: loc_of(&colophon.printed),
        metadata: web.loc,
        metadata_keys: web.locs,
        layout: header.layout.1,
        issue_number: loc_of(&front.issue_number),
    };
    let (signatories, notes) = match sig {
        Some(s) => (
            s.signatories,
            s.notes.into_iter().map(|n| n.value).collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    Document {
        schema_version: SCHEMA_VERSION.to_owned(),
        source,
        doc_number: value_of(facts.doc_number),
        issuers: facts.issuers,
        // Of the title the document ends up with, which the metadata may have supplied.
        doc_type: facts.title.as_deref().and_then(doc_type_of),
        title: facts.title,
        recipients: value_of(front.recipients).unwrap_or_default(),
        date: facts.date.and_then(|d| d.value.to_date()),
        publicity: value_of(facts.publicity),
        body: main.body,
        transmitted: tail.transmitted,
        attachment_notes: main.notes,
        attachments: tail.attachments,
        tasks,
        diagnostics: diags,
        provenance,
        copy_number: value_of(front.copy_number),
        classification: value_of(front.classification),
        urgency: value_of(front.urgency),
        issuer_mark: value_of(front.issuer_mark),
        signers: value_of(front.signers).unwrap_or_default(),
        signatories,
        notes,
        cc: value_of(colophon.cc).unwrap_or_default(),
        printed: value_of(colophon.printed),
        metadata: web.metadata,
        layout: header.layout.0,
        issue_number: value_of(front.issue_number),
        meeting: main.meeting,
    }
}
