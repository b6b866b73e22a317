//! Turns blocks into the canonical [`Document`]. All 公文 knowledge lives here, in small
//! modules: the header ([`front`]), signature and date, 附件说明 and attachments, line
//! joining, the section tree, tables → tasks, the GB/T 9704 special formats (令, 纪要 and
//! their attendance lists, 信函), and the small parsers for document numbers, dates,
//! deadlines, unit lists and section labels.
//!
//! The structurer never sees bytes, XML or encodings: readers hand it
//! [`gongwen_blocks::Block`]s, and every fact it extracts keeps the [`Loc`] of the block
//! (line, row, cell) it came from.
//!
//! ```
//! use gongwen_blocks::{Block, Paragraph};
//! use gongwen_model::{Format, Loc, Source};
//!
//! let lines = ["国办发〔2018〕15号", "国务院办公厅关于部分节假日安排的通知", "各省人民政府：",
//!              "一、元旦：1月1日放假。", "国务院办公厅", "2018年12月4日"];
//! let blocks: Vec<Block> = lines.iter().enumerate().map(|(i, t)| Block::Paragraph(Paragraph {
//!     text: t.to_string(), loc: Loc::lines(i as u32, Some(i as u32 + 1), None), ..Default::default()
//! })).collect();
//! let source = Source::new(Format::Txt, "UTF-8");
//! let doc = gongwen_structure::structure(&blocks, source);
//! assert_eq!(doc.doc_number.map(|n| n.normalized).as_deref(), Some("国办发〔2018〕15号"));
//! assert_eq!(doc.issuers, ["国务院办公厅"]);
//! assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), Some("2018-12-04"));
//! assert_eq!(doc.body.sections[0].heading.as_deref(), Some("元旦"));
//! ```

mod articles;
mod attachments;
mod closing;
mod colophon;
pub mod date;
pub mod deadline;
pub mod doc_number;
mod formats;
pub mod front;
mod inline_tasks;
mod join;
pub mod label;
mod minutes;
pub mod numerals;
mod para;
mod person;
mod sections;
mod settings;
mod signature;
#[cfg(test)]
mod structure_tests;
mod tables;
mod tasks;
#[cfg(test)]
mod test_support;
pub mod units;
mod web;

use std::borrow::Cow;

use gongwen_blocks::{Block, Table};
use gongwen_model::{
    Attachment, AttachmentNote, Body, Diagnostic, DiagnosticCode, Document, Layout, Level, Loc,
    Provenance, Publicity, SCHEMA_VERSION, Source, TableKind, Task, Transmitted,
};

use crate::attachments::{find_notes, is_attachment_header};
use crate::closing::take_closing;
use crate::colophon::{is_printer_echo, take_colophon};
use crate::formats::{Evidence, detect_layout, header_issuers};
use crate::front::{doc_type_of, is_recipients, read_front, split_recipients, title_issuers};
use crate::inline_tasks::read_inline_tasks;
use crate::join::{join_lines, page_number_dropped};
use crate::label::parse_label;
use crate::para::{Para, ends_sentence, head, is_page_number, is_rule, is_space};
use crate::sections::build_sections;
pub use crate::settings::{Settings, UnitAliases};
use crate::signature::{find_signature, publicity_of};
use crate::tasks::{TaskContext, link_sections, read_tasks};
use crate::web::{Web, WebFilter};

/// Structures the blocks of one document with default [`Settings`].
pub fn structure(blocks: &[Block], source: Source) -> Document {
    structure_with(blocks, source, &Settings::default())
}

/// Structures the blocks of one document. Never fails: what cannot be found is null or
/// empty, and the `diagnostics` say what was odd or guessed.
pub fn structure_with(blocks: &[Block], source: Source, settings: &Settings) -> Document {
    let mut doc = structure_blocks(blocks, source);
    settings.apply(&mut doc);
    doc
}

fn structure_blocks(blocks: &[Block], source: Source) -> Document {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut paras: Vec<Para<'_>> = Vec::with_capacity(blocks.len());
    // Each table with the number of paragraphs before it.
    let mut tables: Vec<(usize, Cow<'_, Table>)> = Vec::new();
    // Page-number lines ("— 1 —") go first, with no trace in paragraphs; the paragraph
    // after one is marked so that a sentence broken over the page can be joined.
    let mut page_gap = false;
    let mut web = WebFilter::default();
    for block in blocks {
        match block {
            Block::Paragraph(p) if is_page_number(&p.text) => {
                diags.push(page_number_dropped(p));
                page_gap = true;
            }
            // Rules drawn with dashes or box characters carry no text (版记 separators).
            Block::Paragraph(p) if is_rule(&p.text) => {}
            Block::Paragraph(p) if web.take_paragraph(p, &mut diags) => {}
            Block::Table(t) if web.take_table(t, &mut diags) => {}
            Block::Paragraph(p) if !p.text.trim_matches(is_space).is_empty() => {
                let mut para = Para::from_block(p);
                para.page_gap = std::mem::take(&mut page_gap);
                paras.push(para);
            }
            Block::Paragraph(_) => {}
            Block::Table(t) => tables.push((paras.len(), Cow::Borrowed(t))),
            Block::Meta(m) => web.take_meta(m),
        }
    }
    let web = web.finish();
    let colophon = take_colophon(&mut paras, tables.last().map_or(0, |(pos, _)| *pos));
    merge_continued_tables(&mut tables, &mut diags);
    let n = paras.len();
    // A red header laid out as a borderless table (joint headers often are) belongs to the
    // header, not to the body.
    let (header_table_names, header_table_loc) = take_header_tables(&mut tables, &paras);
    let first_table = tables.first().map_or(n, |(pos, _)| *pos);

    let mut front = read_front(&paras[..first_table.min(n)]);
    if front.header_issuers.is_empty() && !header_table_names.is_empty() {
        front.header_issuers = header_table_names;
        front.header_issuers_loc = header_table_loc;
    }
    let body_start = front.end;
    // Every "附件N" line after the header, found once.
    let all_headers: Vec<usize> = (body_start..n)
        .filter(|&i| is_attachment_header(&paras[i].text).is_some())
        .collect();
    let first_header = all_headers.first().copied().unwrap_or(n);
    let sig = find_signature(&paras, body_start, first_header);
    let body_end = sig.as_ref().map_or(first_header, |s| s.start);
    let tail_start = sig.as_ref().map_or(first_header, |s| s.end);

    let title = front.title.as_ref().map(|(t, _)| t.clone());
    // A 纪要 prints its date under its title and usually has no signature.
    let date = sig
        .as_ref()
        .and_then(|s| s.date)
        .or_else(|| front.header_date.as_ref().map(|(d, _, l)| (*d, *l)));
    let transmittal = title.as_deref().is_some_and(is_transmittal);
    let (layout, layout_loc) = detect_layout(&Evidence {
        front: &front,
        doc_number: front.doc_number.as_ref().map(|(n, l)| (n, Some(*l))),
        title: front.title.as_ref().map(|(t, l)| (t.as_str(), *l)),
        doc_type: title.as_deref().and_then(doc_type_of),
        transmittal,
    });
    let year = date
        .map(|(d, _)| d.year)
        .or_else(|| front.doc_number.as_ref().map(|(n, _)| n.year));
    let first_unit_leads = paras.iter().any(|p| states_first_unit_leads(&p.text));

    // The document's own body, with its 附件说明 taken out.
    let (body_paras, attachment_notes) = split_notes(&paras, body_start, body_end);
    let (body_paras, meeting) = match layout {
        Layout::Minutes => minutes::take_meeting(body_paras),
        _ => (body_paras, None),
    };
    let body_paras = join_lines(body_paras, &mut diags);
    let (preamble, mut body_sections) = build_sections(&body_paras, &mut diags);
    let closing = take_closing(&mut body_sections);
    let mut body = Body {
        preamble,
        sections: body_sections,
        tables: Vec::new(),
        closing,
    };

    // Between the signature and the first attachment: transmitted documents, and the
    // 办法 or 规定 a 令 promulgates.
    let transmittal = transmittal || layout == Layout::Order;
    let tail_end = all_headers
        .iter()
        .copied()
        .find(|&i| i >= tail_start)
        .unwrap_or(n)
        .max(tail_start);
    let mut transmitted: Vec<Transmitted> = Vec::new();
    if tail_start < tail_end {
        if transmittal {
            transmitted.push(read_transmitted(&paras, tail_start, tail_end, &mut diags));
        } else {
            let first = &paras[tail_start];
            let last = &paras[tail_end - 1];
            diags.push(Diagnostic {
                level: Level::Info,
                code: DiagnosticCode::UnplacedText,
                message: format!(
                    "{} line(s) after the signature belong to no field, starting {:?}",
                    tail_end - tail_start,
                    head(&first.text, 20)
                ),
                loc: Some(first.loc.through(last.loc)),
            });
        }
    }

    // Attachments: from each "附件N" line to the next.
    let header_positions: Vec<usize> = all_headers.into_iter().filter(|&i| i >= tail_end).collect();
    let mut attachments: Vec<Attachment> = Vec::new();
    for (k, &start) in header_positions.iter().enumerate() {
        let end = header_positions.get(k + 1).copied().unwrap_or(n);
        let prev = attachments.last().map_or(0, |a| a.index);
        attachments.push(read_attachment(
            &paras, start, end, prev, &tables, &mut diags,
        ));
    }

    // Tables and their tasks, each in the region that holds it.
    let owner_sections = transmitted.first().map_or(&body.sections, |t| &t.sections);
    let mut tasks: Vec<Task> = Vec::new();
    let region_of = |pos: usize| -> Region {
        if let Some(k) = header_positions.iter().rposition(|&h| pos > h) {
            Region::Attachment(k)
        } else if pos > tail_start && !transmitted.is_empty() {
            Region::Transmitted
        } else {
            Region::Body
        }
    };
    let mut placed: Vec<(Region, gongwen_model::Table)> = Vec::new();
    for (pos, table) in &tables {
        let (pos, table) = (*pos, table.as_ref());
        let region = region_of(pos);
        let attachment = match region {
            Region::Attachment(k) => attachments.get(k).map(|a| a.index),
            _ => None,
        };
        let lay = tables::layout(table, &mut diags);
        let kind = if lay.is_task_table() {
            let ctx = TaskContext {
                year,
                first_unit_leads,
                attachment,
            };
            let mut found = read_tasks(&lay, ctx, &mut diags);
            link_sections(&mut found, owner_sections, &mut diags, table.loc);
            tasks.extend(found);
            TableKind::Tasks
        } else {
            TableKind::Other
        };
        placed.push((region, tables::to_model(&lay, kind)));
    }
    // Tasks written inline in numbered items, where a document has no task table for them.
    let inline_ctx = |attachment| TaskContext {
        year,
        first_unit_leads,
        attachment,
    };
    tasks.extend(read_inline_tasks(
        owner_sections,
        inline_ctx(None),
        &mut diags,
    ));
    for a in &attachments {
        tasks.extend(read_inline_tasks(
            &a.sections,
            inline_ctx(Some(a.index)),
            &mut diags,
        ));
    }
    for (region, table) in placed {
        match region {
            Region::Attachment(k) => {
                if let Some(a) = attachments.get_mut(k) {
                    a.tables.push(table);
                }
            }
            Region::Transmitted => {
                if let Some(t) = transmitted.first_mut() {
                    t.tables.push(table);
                }
            }
            Region::Body => body.tables.push(table),
        }
    }

    // Header facts, and what is odd about them. A signature line that only repeats the
    // 版记's 印发机关 (a fixed-layout rendering prints it above the date) names no issuer.
    let printer_echo = sig.as_ref().is_some_and(|s| {
        is_printer_echo(
            &s.issuers,
            colophon.printed.as_ref().map(|(p, _)| p),
            &front.header_issuers,
        )
    });
    if let (true, Some(s)) = (printer_echo, &sig) {
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::PrinterNotIssuer,
            message: format!(
                "the line {:?} above the date repeats the 印发机关 of the 版记 and is not the \
                 发文机关 ({} in the red header)",
                s.issuers.join("、"),
                front.header_issuers.join("、")
            ),
            loc: s.issuers_loc,
        });
    }
    let (issuers, issuers_loc) = match &sig {
        Some(s) if !s.issuers.is_empty() && !printer_echo => (s.issuers.clone(), s.issuers_loc),
        _ => {
            let from_title = title.as_deref().map(title_issuers).unwrap_or_default();
            if from_title.is_empty() {
                header_issuers(&front)
            } else {
                (from_title, front.title.as_ref().map(|(_, l)| *l))
            }
        }
    };
    let publicity = sig
        .as_ref()
        .and_then(|s| s.publicity)
        .or_else(|| find_publicity(&paras))
        .or_else(|| metadata_publicity(&web));
    let mut doc_number = front.doc_number.as_ref().map(|(n, _)| n.clone());
    let (mut issuers, mut date, mut title) = (issuers, date, title);
    fill_from_metadata(
        &web,
        &mut diags,
        HeaderFields {
            number: &mut doc_number,
            issuers: &mut issuers,
            date: &mut date,
            title: &mut title,
        },
    );
    let all_notes: Vec<&AttachmentNote> = attachment_notes
        .iter()
        .chain(transmitted.iter().flat_map(|t| &t.attachment_notes))
        .collect();
    match_attachments(&all_notes, &attachments, &mut diags);
    check_header(
        &mut diags,
        &front,
        // A 令号 or 纪要 number stands where the 发文字号 would be.
        doc_number.is_some() || front.issue_number.is_some(),
        date.map(|(d, _)| d),
        &issuers,
        &title,
    );

    diags.sort_by_key(|d| d.loc.map_or(0, |l| l.block));
    // Table tasks and inline tasks were read separately: put them in document order.
    tasks.sort_by_key(|t| (t.loc.block, t.loc.row));
    let provenance = Provenance {
        doc_number: front.doc_number.as_ref().map(|(_, l)| *l).or_else(|| {
            doc_number.as_ref().and_then(|_| {
                web.get(&NUMBER_KEYS)
                    .or_else(|| web.get(&web::PAGE_TITLE_KEYS))
                    .and_then(|(_, l)| l)
            })
        }),
        issuers: issuers_loc,
        title: front.title.as_ref().map(|(_, l)| *l),
        recipients: front.recipients.as_ref().map(|(_, l)| *l),
        date: date.map(|(_, l)| l),
        publicity: publicity.map(|(_, l)| l),
        copy_number: front.copy_number.as_ref().map(|(_, l)| *l),
        classification: front.classification.as_ref().map(|(_, l)| *l),
        urgency: front.urgency.map(|(_, l)| l),
        issuer_mark: front.issuer_mark.as_ref().map(|(_, l)| *l),
        signers: front.signers.as_ref().map(|(_, l)| *l),
        notes: sig.as_ref().and_then(|s| s.notes.first()).map(|(_, l)| *l),
        cc: colophon.cc.as_ref().map(|(_, l)| *l),
        printed: colophon.printed.as_ref().map(|(_, l)| *l),
        metadata: web.loc,
        metadata_keys: web.locs,
        layout: layout_loc,
        issue_number: front.issue_number.as_ref().map(|(_, l)| *l),
    };
    Document {
        schema_version: SCHEMA_VERSION.to_owned(),
        source,
        doc_number,
        issuers,
        doc_type: title.as_deref().and_then(doc_type_of),
        title,
        recipients: front.recipients.map(|(r, _)| r).unwrap_or_default(),
        date: date.and_then(|(d, _)| d.to_date()),
        publicity: publicity.map(|(p, _)| p),
        body,
        transmitted,
        attachment_notes,
        attachments,
        tasks,
        diagnostics: diags,
        provenance,
        copy_number: front.copy_number.map(|(c, _)| c),
        classification: front.classification.map(|(c, _)| c),
        urgency: front.urgency.map(|(u, _)| u),
        issuer_mark: front.issuer_mark.map(|(m, _)| m),
        signers: front.signers.map(|(s, _)| s).unwrap_or_default(),
        signatories: sig
            .as_ref()
            .map(|s| s.signatories.clone())
            .unwrap_or_default(),
        notes: sig
            .map(|s| s.notes.into_iter().map(|(n, _)| n).collect())
            .unwrap_or_default(),
        cc: colophon.cc.map(|(c, _)| c).unwrap_or_default(),
        printed: colophon.printed.map(|(p, _)| p),
        metadata: web.metadata,
        layout,
        issue_number: front.issue_number.map(|(n, _)| n),
        meeting,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Body,
    Transmitted,
    Attachment(usize),
}

/// Paragraphs of `paras[from..until]` with the 附件说明 block removed, and its entries.
fn split_notes<'b>(
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

/// 印发 / 转发 / 批转 notices carry other documents.
fn is_transmittal(title: &str) -> bool {
    ["印发", "转发", "批转", "颁发", "发布"]
        .iter()
        .any(|k| title.contains(k))
}

/// Up to three short lines that do not end a sentence: a title printed over lines. A
/// line with a colon, a chapter marker (第一章) or a clearly different indent is not part
/// of it (form cells and table captions follow titles closely).
fn title_lines(paras: &[Para<'_>], from: usize, until: usize, max_len: usize) -> usize {
    let mut k = from;
    let indent = paras.get(from).map_or(0, |p| p.hints.indent);
    while k < until && k - from < 3 {
        let p = &paras[k];
        let t: &str = &p.text;
        if t.chars().count() > max_len
            || ends_sentence(t)
            || parse_label(t).is_some()
            || t.contains(['：', ':'])
            || is_chapter_marker(t)
            || p.hints.indent.abs_diff(indent) > 2
        {
            break;
        }
        k += 1;
    }
    k
}

/// "第一章　总则", "第三条 …", "第一部分　总体要求": a division of the article structure of
/// 办法 and 规定, or of a 方案's parts, which starts the body, never the title. (A line that
/// only begins like one, "第五条规定的…", is not a title line either.)
fn is_chapter_marker(text: &str) -> bool {
    if articles::parse_division(text).is_some() {
        return true;
    }
    let Some(rest) = text.strip_prefix('第') else {
        return false;
    };
    let end = rest
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十百零〇0123456789".contains(*c))
        .map_or(rest.len(), |(i, _)| i);
    end > 0 && rest[end..].starts_with(['章', '条', '节', '编'])
}

fn joined_text(paras: &[Para<'_>]) -> String {
    paras
        .iter()
        .flat_map(|p| p.text.split('\n'))
        .map(|t| t.trim_matches(is_space))
        .collect()
}

fn span_loc(paras: &[Para<'_>]) -> Option<Loc> {
    Some(paras.first()?.loc.through(paras.last()?.loc))
}

fn read_transmitted(
    paras: &[Para<'_>],
    from: usize,
    until: usize,
    diags: &mut Vec<Diagnostic>,
) -> Transmitted {
    let title_end = title_lines(paras, from, until, 50);
    let title = joined_text(&paras[from..title_end]);
    let loc = span_loc(&paras[from..title_end]).unwrap_or(paras[from].loc);
    // A forwarded 请示 or 报告 keeps its own recipients, signature and date.
    let (recipients, body_from) = match paras.get(title_end) {
        Some(p) if title_end < until && is_recipients(&p.text) => {
            (split_recipients(&p.text), title_end + 1)
        }
        _ => (Vec::new(), title_end),
    };
    let sig = find_signature(paras, body_from, until);
    let (content_end, after) = sig.as_ref().map_or((until, until), |s| (s.start, s.end));
    let (mut rest, notes) = split_notes(paras, body_from, content_end);
    rest.extend(paras[after..until].iter().cloned());
    let rest = join_lines(rest, diags);
    let (preamble, mut sections) = build_sections(&rest, diags);
    let closing = take_closing(&mut sections);
    Transmitted {
        title,
        recipients,
        preamble,
        sections,
        attachment_notes: notes,
        issuers: sig.as_ref().map(|s| s.issuers.clone()).unwrap_or_default(),
        date: sig.and_then(|s| s.date).and_then(|(d, _)| d.to_date()),
        tables: Vec::new(),
        loc,
        closing,
    }
}

fn read_attachment(
    paras: &[Para<'_>],
    start: usize,
    end: usize,
    prev_index: u32,
    tables: &[(usize, Cow<'_, Table>)],
    diags: &mut Vec<Diagnostic>,
) -> Attachment {
    let header = &paras[start];
    let (number, inline_title) = is_attachment_header(&header.text).unwrap_or((None, None));
    // The title ends where the first table of the attachment begins.
    let table_at = tables
        .iter()
        .map(|(pos, _)| *pos)
        .find(|&pos| pos > start && pos <= end)
        .unwrap_or(end);
    let (title, body_from) = match inline_title {
        Some(t) => (Some(t.to_owned()), start + 1),
        None => {
            let k = title_lines(paras, start + 1, end.min(table_at), 60);
            let t = joined_text(&paras[start + 1..k]);
            ((!t.is_empty()).then_some(t), k)
        }
    };
    let rest = join_lines(paras[body_from..end].to_vec(), diags);
    let (preamble, mut sections) = build_sections(&rest, diags);
    let closing = take_closing(&mut sections);
    Attachment {
        index: number.unwrap_or(prev_index + 1),
        title,
        preamble,
        sections,
        tables: Vec::new(),
        loc: header.loc,
        closing,
    }
}

/// Removes tables printed before the title that hold the 发文机关标志 ("XX局 XX局 文件"),
/// returning the organ names they print.
fn take_header_tables(
    tables: &mut Vec<(usize, Cow<'_, Table>)>,
    paras: &[Para<'_>],
) -> (Vec<String>, Option<Loc>) {
    let mut names = Vec::new();
    let mut loc: Option<Loc> = None;
    while let Some((pos, table)) = tables.first() {
        let (pos, table) = (*pos, table.as_ref());
        // Only before the title: at most a number line or marks above it.
        let early = pos <= 2
            && paras[..pos.min(paras.len())]
                .iter()
                .all(|p| p.len_chars() <= 30);
        let cells: Vec<&str> = table
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| c.text.trim_matches(is_space))
            .filter(|t| !t.is_empty())
            .collect();
        let is_header = early
            && table.rows.len() <= 4
            && cells.iter().any(|t| t.ends_with("文件"))
            && cells.iter().all(|t| {
                let t = t.strip_suffix("文件").unwrap_or(t);
                t.is_empty() || para::is_organ_name(t)
            });
        if !is_header {
            break;
        }
        for t in cells {
            let t = t.strip_suffix("文件").unwrap_or(t);
            names.extend(front::split_names(t));
        }
        // The first header table locates the issuers (joint headers rarely take two).
        loc = loc.or(Some(table.loc));
        tables.remove(0);
    }
    (names, loc)
}

/// "列第一位的为牵头单位", "排在第一位的为牵头单位", "排名第一的单位为牵头单位".
fn states_first_unit_leads(text: &str) -> bool {
    // Runs over every paragraph: rule out the common case before copying anything.
    if !text.contains('牵') {
        return false;
    }
    let t: String = text.chars().filter(|c| !is_space(*c)).collect();
    t.contains("牵头单位")
        && (t.contains("第一位") || t.contains("排名第一") || t.contains("首位"))
        && (t.contains('列') || t.contains('排') || t.contains("首位"))
}

fn find_publicity(paras: &[Para<'_>]) -> Option<(Publicity, Loc)> {
    paras
        .iter()
        .find_map(|p| publicity_of(&p.text).map(|k| (k, p.loc)))
}

fn check_header(
    diags: &mut Vec<Diagnostic>,
    front: &front::Front,
    has_number: bool,
    date: Option<date::Ymd>,
    issuers: &[String],
    title: &Option<String>,
) {
    let warn = |code, message: String, loc| Diagnostic {
        level: Level::Warning,
        code,
        message,
        loc,
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
    if let (Some((number, loc)), Some(d)) = (&front.doc_number, date) {
        if number.year != d.year {
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
}

/// A table that goes on after a page break, its header row printed again, is one table.
fn merge_continued_tables(tables: &mut Vec<(usize, Cow<'_, Table>)>, diags: &mut Vec<Diagnostic>) {
    let mut k = 1;
    while k < tables.len() {
        let continues = {
            let (prev_pos, prev) = (&tables[k - 1].0, tables[k - 1].1.as_ref());
            let (pos, next) = (&tables[k].0, tables[k].1.as_ref());
            prev_pos == pos
                && matches!((prev.rows.first(), next.rows.first()), (Some(a), Some(b))
                    if a.cells.len() > 1 && tasks::same_cells(&a.cells, &b.cells))
        };
        if !continues {
            k += 1;
            continue;
        }
        let (_, next) = tables.remove(k);
        let next = next.into_owned();
        let (_, prev) = &mut tables[k - 1];
        let prev = prev.to_mut();
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::TableContinued,
            message: format!(
                "a table with the same header follows directly: read as one table of {} rows",
                prev.rows.len() + next.rows.len()
            ),
            loc: Some(next.loc),
        });
        let base = prev.rows.len();
        for (i, mut row) in next.rows.into_iter().enumerate() {
            // Rows keep the block they were read from; their index is in the joined table.
            row.loc.row = u32::try_from(base + i).ok();
            prev.rows.push(row);
        }
    }
}

/// The header fields that a website's metadata block may supply.
struct HeaderFields<'a> {
    number: &'a mut Option<gongwen_model::DocNumber>,
    issuers: &'a mut Vec<String>,
    date: &'a mut Option<(date::Ymd, Loc)>,
    title: &'a mut Option<String>,
}

/// Header fields the body does not state, taken from a website's metadata block.
fn fill_from_metadata(web: &Web, diags: &mut Vec<Diagnostic>, fields: HeaderFields<'_>) {
    let HeaderFields {
        number,
        issuers,
        date,
        title,
    } = fields;
    let mut filled = |field: &str, value: &str, loc: Option<Loc>| {
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::FilledFromMetadata,
            message: format!("{field} taken from the website metadata: {value:?}"),
            loc,
        });
    };
    if number.is_none() {
        if let Some((v, loc)) = web.get(&NUMBER_KEYS) {
            if let Some((n, _)) = doc_number::find_doc_number(v) {
                filled("doc_number", v, loc);
                *number = Some(n);
            }
        }
    }
    let page_title = web::page_title(web);
    if number.is_none() {
        if let Some((_, Some(n), loc)) = &page_title {
            filled("doc_number", &n.raw, *loc);
            *number = Some(n.clone());
        }
    }
    if issuers.is_empty() {
        if let Some((v, loc)) = web.get(&["发文机关", "发布机构", "发文单位"]) {
            filled("issuers", v, loc);
            *issuers = front::split_names(v);
        }
    }
    if date.is_none() {
        if let Some((v, loc)) = web.get(&["成文日期", "发文日期"]) {
            if let Some(d) = date::parse_date(v) {
                filled("date", v, loc);
                *date = loc.map(|l| (d, l));
            }
        }
    }
    if title.is_none() {
        if let Some((v, loc)) = web.get(&["标题", "名称", "文件名称"]) {
            filled("title", v, loc);
            *title = Some(v.to_owned());
        } else if let Some((v, _, loc)) = page_title {
            filled("title", &v, loc);
            *title = Some(v);
        }
    }
}

/// Metadata labels of the 发文字号.
const NUMBER_KEYS: [&str; 3] = ["发文字号", "文号", "字号"];

/// An 附件说明 entry without its attachment, or an attachment without an entry.
fn match_attachments(
    notes: &[&AttachmentNote],
    attachments: &[Attachment],
    diags: &mut Vec<Diagnostic>,
) {
    if notes.is_empty() && attachments.is_empty() {
        return;
    }
    for note in notes {
        if !attachments.iter().any(|a| a.index == note.index) {
            diags.push(Diagnostic {
                level: Level::Warning,
                code: DiagnosticCode::AttachmentUnmatched,
                message: format!(
                    "附件说明 lists attachment {} ({}) but the document carries no such attachment",
                    note.index, note.title
                ),
                loc: Some(note.loc),
            });
        }
    }
    for a in attachments {
        if !notes.iter().any(|n| n.index == a.index) {
            diags.push(Diagnostic {
                level: Level::Info,
                code: DiagnosticCode::AttachmentUnmatched,
                message: format!("attachment {} has no entry in the 附件说明", a.index),
                loc: Some(a.loc),
            });
        }
    }
}

/// 公开方式 / 公开属性 in a website's metadata block: 主动公开, 依申请公开, 不予公开.
fn metadata_publicity(web: &Web) -> Option<(Publicity, Loc)> {
    let (value, loc) = web.get(&["公开方式", "公开属性", "公开类型"])?;
    let kind = if value.contains("依申请") {
        Publicity::OnRequest
    } else if value.contains("不予公开") || value.contains("不公开") {
        Publicity::NotPublic
    } else if value.contains("主动公开") || value.contains("公开发布") {
        Publicity::Public
    } else {
        return None;
    };
    Some((kind, loc?))
}
