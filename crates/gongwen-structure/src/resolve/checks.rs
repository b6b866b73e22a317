//! What is missing or odd about the header, and attachments without their 附件说明 entry
//! (or the reverse), as diagnostics.

use gongwen_model::{Attachment, AttachmentNote, Diagnostic, DiagnosticCode, DocNumber, Level};

use crate::parse::date::Ymd;
use crate::text::at::At;

/// Warns of a missing 发文字号, title, date or issuer, and of a date whose year is not
/// the number's.
pub(crate) fn check_header(
    diags: &mut Vec<Diagnostic>,
    printed_number: Option<&At<DocNumber>>,
    has_number: bool,
    date: Option<Ymd>,
    issuers: &[String],
    title: &Option<String>,
) {
    let warn = |code, message: String, loc| {
        let mut d = Diagnostic::new(Level::Warning, code, message);
        d.loc = loc;
        d
    };
    if !has_number {
        diags.push(warn(
            DiagnosticCode::NoDocNumber,
            "no 发文字号 found in the document's header".into(),
            None,
        ));
    }
    if title.is_none() {
        diags.push(warn(DiagnosticCode::NoTitle, "no title found".into(), None));
    }
    if date.is_none() {
        diags.push(warn(
            DiagnosticCode::NoDate,
            "no 成文日期 found (a line holding only a date)".into(),
            None,
        ));
    }
    if issuers.is_empty() {
        diags.push(warn(
            DiagnosticCode::NoIssuer,
            "no 发文机关 found in the signature, the title or a red header".into(),
            None,
        ));
    }
    if let (Some(At { value: number, loc }), Some(d)) = (printed_number, date)
        && number.year != d.year
    {
        diags.push(warn(
            DiagnosticCode::DateYearMismatch,
            format!(
                "the date's year {} differs from the 发文字号 year {}",
                d.year, number.year
            ),
            Some(*loc),
        ));
    }
}

/// An 附件说明 entry without its attachment, or an attachment without an entry.
pub(crate) fn match_attachments(
    notes: &[&AttachmentNote],
    attachments: &[Attachment],
    diags: &mut Vec<Diagnostic>,
) {
    if notes.is_empty() && attachments.is_empty() {
        return;
    }
    for note in notes {
        if !attachments.iter().any(|a| a.index == note.index) {
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    DiagnosticCode::AttachmentUnmatched,
                    format!(
                        "附件说明 lists attachment {} ({}) but the document carries no such attachment",
                        note.index, note.title
                    ),
                )
                .with_loc(note.loc),
            );
        }
    }
    for a in attachments {
        if !notes.iter().any(|n| n.index == a.index) {
            diags.push(
                Diagnostic::new(
                    Level::Info,
                    DiagnosticCode::AttachmentUnmatched,
                    format!("attachment {} has no entry in the 附件说明", a.index),
                )
                .with_loc(a.loc),
            );
        }
    }
}
