//! Phase 6, **resolve**: the header facts settled from every place that states them — the
//! issuers ([`issuers`]), the publicity, the fields a website's metadata block supplies
//! ([`metadata`]) — and what is missing or odd about them ([`checks`]).

pub(crate) mod checks;
pub(crate) mod issuers;
pub(crate) mod metadata;

use gongwen_model::{AttachmentNote, Diagnostic, DiagnosticCode, DocNumber, Level, Loc, Publicity};

use crate::body::Main;
use crate::filter::Page;
use crate::filter::para::Para;
use crate::header::Header;
use crate::header::title::{doc_type_of, title_issuers};
use crate::parse::date::Ymd;
use crate::parse::publicity::publicity_of;
use crate::tail::Tail;
use crate::text::at::At;
use crate::text::chars::head;
use checks::{check_header, match_attachments};
use issuers::{header_issuers, is_printer_echo};
use metadata::{HeaderFields, fill_from_metadata};

/// The header facts as the document states them.
#[derive(Debug)]
pub(crate) struct Facts {
    /// The 发文字号: printed in the header, or from the website's metadata.
    pub doc_number: Option<At<DocNumber>>,
    /// The 发文机关.
    pub issuers: Vec<String>,
    /// Where the issuers were printed (none when they came from the metadata).
    pub issuers_loc: Option<Loc>,
    /// The title: printed, or from the website's metadata.
    pub title: Option<String>,
    /// The 成文日期.
    pub date: Option<At<Ymd>>,
    /// The publicity note (此件公开发布) or the website's 公开方式.
    pub publicity: Option<At<Publicity>>,
}

/// Settles the header facts.
pub(crate) fn run(
    page: &Page<'_>,
    header: &Header,
    main: &Main,
    tail: &Tail,
    diags: &mut Vec<Diagnostic>,
) -> Facts {
    let front = &header.front;
    for line in &front.above_title {
        diags.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::PageChromeDropped,
                format!(
                    "a line above the title is not part of it (a page heading, a browser's \
                     title, the title printed again): {:?}",
                    head(&line.value, 30)
                ),
            )
            .with_loc(line.loc),
        );
    }
    for line in &front.under_title {
        diags.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::UnplacedText,
                format!(
                    "a line under the title is not part of it and belongs to no field (a \
                     subtitle, a speaker, a date): {:?}",
                    head(&line.value, 30)
                ),
            )
            .with_loc(line.loc),
        );
    }
    let sig = main.signature.as_ref();
    // A signature line that only repeats the 版记's 印发机关 (a fixed-layout rendering
    // prints it above the date) names no issuer.
    let printer_echo = sig.is_some_and(|s| {
        is_printer_echo(
            &s.issuers,
            page.colophon.printed.as_ref().map(|p| &p.value),
            &front.header_issuers,
        )
    });
    if let (true, Some(s)) = (printer_echo, sig) {
        let mut printer = Diagnostic::new(
            Level::Info,
            DiagnosticCode::PrinterNotIssuer,
            format!(
                "the line {:?} above the date repeats the 印发机关 of the 版记 and is not the \
                 发文机关 ({} in the red header)",
                s.issuers.join("、"),
                front.header_issuers.join("、")
            ),
        );
        printer.loc = s.issuers_loc;
        diags.push(printer);
    }
    let (mut issuers, issuers_loc) = match sig {
        Some(s) if !s.issuers.is_empty() && !printer_echo => (s.issuers.clone(), s.issuers_loc),
        _ => {
            let from_title = header.title().map(title_issuers).unwrap_or_default();
            if from_title.is_empty() {
                header_issuers(front)
            } else {
                (from_title, front.title.as_ref().map(|t| t.loc))
            }
        }
    };
    // The website's 成文日期 is the notice's; a page holding no notice (a table under a
    // heading: no 主送, number, signature or 文种) states none.
    let notice = sig.is_some()
        || front.recipients.is_some()
        || front.doc_number.is_some()
        || header.title().and_then(doc_type_of).is_some();
    // The publicity is the note the document prints (此件公开发布): a website's 公开方式
    // says how the site published the page and stays in `metadata` (the labelled corpus
    // reads it so: "公开方式 主动公开 is metadata, not a body line").
    let publicity = sig
        .and_then(|s| s.publicity)
        .or_else(|| find_publicity(&page.paras));
    let mut doc_number = front.doc_number.clone();
    let mut date = main.date;
    let mut title = header.title().map(str::to_owned);
    fill_from_metadata(
        &page.web,
        diags,
        HeaderFields {
            number: &mut doc_number,
            issuers: &mut issuers,
            date: &mut date,
            title: &mut title,
            notice,
        },
    );
    let all_notes: Vec<&AttachmentNote> = main
        .notes
        .iter()
        .chain(tail.transmitted.iter().flat_map(|t| &t.attachment_notes))
        .collect();
    match_attachments(&all_notes, &tail.attachments, diags);
    check_header(
        diags,
        front.doc_number.as_ref(),
        // A 令号 or 纪要 number stands where the 发文字号 would be.
        doc_number.is_some() || front.issue_number.is_some(),
        date.map(|d| d.value),
        &issuers,
        &title,
    );
    Facts {
        doc_number,
        issuers,
        issuers_loc,
        title,
        date,
        publicity,
    }
}

/// The first publicity note anywhere in the text.
fn find_publicity(paras: &[Para<'_>]) -> Option<At<Publicity>> {
    paras
        .iter()
        .find_map(|p| publicity_of(p.text()).map(|k| At::new(k, p.loc)))
}
