//! Turns blocks into the canonical [`Document`]. All 公文 knowledge lives here.
//!
//! The structurer never sees bytes, XML or encodings: readers hand it
//! [`gongwen_blocks::Block`]s, and every fact it extracts keeps the [`Loc`](gongwen_model::Loc) of the block
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
//!
//! The public surface is [`structure`], [`structure_with`], [`Settings`] and [`UnitAliases`]. The small
//! parsers (dates, 发文字号, deadlines, labels, numerals, unit lists) are reachable as
//! `gongwen_structure::fuzzing::*` only with the `fuzzing` feature, for the fuzz targets
//! and property tests; they are not an API.
//!
//! # The pipeline
//!
//! [`structure_with`] runs seven phases in order. Each is one function of its own module
//! (`src/PHASE/mod.rs`, the details in files beside it) and hands a small typed value to
//! the next:
//!
//! | # | phase | reads | hands on |
//! |---|---|---|---|
//! | 1 | `filter::run` | the blocks | `Page`: the paragraphs (each with its number — 一、, （一）, 第一章 — read once and carried), the tables, a website's metadata block (its chrome dropped), the 版记 |
//! | 2 | `header::read` | the paragraphs before the first table | `Header`: 份号, 密级, 紧急程度, the red 发文机关标志, 发文字号, 签发人, title, 主送机关, the GB/T 9704 format |
//! | 3 | `body::read` | the paragraphs after the header | `Main`: the section tree, its closing formula, 附件说明, a 纪要's meeting, the signature and the date |
//! | 4 | `tail::read` | the paragraphs after the signature | `Tail`: the document a 印发 notice carries, the attachments |
//! | 5 | `tasks::read` | the tables and the section trees | `Found`: the tasks (table rows and inline markers), each linked to its section by identity; the tables with their region |
//! | 6 | `resolve::run` | all of the above | `Facts`: issuers, date, publicity, the fields a website's metadata supplies; diagnostics for what is missing |
//! | 7 | `assemble::document` | everything | the `Document` and its `Provenance` (the only place one is built) |
//!
//! Under the phases lie `lex` (the lexicon: every word the structurer knows), `text`
//! (character classes, splitting names, `At<T>` — a value with the place it was found) and
//! `parse` (the small parsers: one string in, one value out). Stages only import
//! themselves and the stages before them — `lex` → `text` → `parse` → `filter` → `header` →
//! `body` → `tail` → `tasks` → `resolve` → `assemble` — and no module imports another in a
//! loop: `layering_tests.rs` reads the sources and fails on either.
//!
//! Sections are known by identity: `body::outline` numbers the section builder's sections
//! depth first with their parents, a table's group rows are matched to a `SectionId` (by
//! number and title: a table is printed apart from the text) and an inline task holds the
//! id of the item it was read from; label paths are written from the id.
//!
//! # Layout
//!
//! A .docx states layout a .txt cannot (`gongwen_blocks::Hints`); it decides only where
//! the text alone cannot, so a .txt reads the same without it:
//! - organ names printed larger than the title under them (a quarter larger or more), or
//!   standing alone in a text box above it, are the 发文机关标志, not part of the title;
//! - other text-box lines in the header (a seal, a QR note) are never title lines;
//! - a line printed as a title (centred, and bold or 18 pt and up) may be a title longer
//!   than the 90 characters a plain line may;
//! - a numbered paragraph styled as a heading (a heading style or outline level) has its
//!   first sentence as its heading however long, and a styled line under a bare "第一章"
//!   is its heading.
//!
//! # Adding a word
//!
//! Every word table lives in `src/lex/`, as typed records; the code reads the tables and
//! the lists derived from them, and `lex`'s tests check them (no word twice, the order a
//! first-match search needs, every role word holding a marker word, every character of a
//! deadline opener being a phrase character). Each addition is one line:
//!
//! - **a page-chrome pattern**: a button or counter a website prints is a
//!   `lex/chrome.rs` `CHROME_WORDS` entry (`strong("打印本页")`, or `weak("微信")` when it
//!   is chrome only beside others); a `label：value` line dropped with its value is a
//!   `CHROME_LABELS` entry with the kind of value (`chrome_label("稿件来源", Source)`); a
//!   breadcrumb start goes to `BREADCRUMBS`; a metadata key to keep is a `lex/meta.rs`
//!   `META_KEYS` entry with the header field it may fill;
//! - **a title or a carried document**: how the title of a plan or a list ends (…工作要点,
//!   …任务清单) is a `lex/document.rs` `PLAN_WORDS` entry; how a notice's text says it
//!   carries a document ("现印发给你们") is a `CARRY_PHRASES` entry;
//! - **a marker form**: a word giving units a role ("县财政局协办") is a `lex/roles.rs`
//!   `ROLE_WORDS` entry (`role("协办", Support)`, or `entry(…)` when it may also mark one
//!   unit in brackets, "县发改局（牵头）"); a label ("牵头单位：…") or a task-table column is
//!   a `FIELD_NAMES` entry (`both(…)`, `label(…)` or `column(…)`), while a unit label made of
//!   a role and a kind of office ("协同单位", "牵头股室") comes from one `LABEL_ROLES` and one
//!   `OFFICE_KINDS` entry (and "为" with any unit label is a role word: "A为责任主体"); how a
//!   bracketed aside opens that is never a bare unit list ("（含…）") is an `ASIDE_STARTS`
//!   entry; how a line giving the
//!   items above it their units opens ("以上任务由") is an `ABOVE_OPENERS` entry, and the
//!   words of a prose task ("请A、B在6月底前完成": opener, link word, the reporting verbs
//!   that make it a rule, the qualifiers of a unit naming no organ) are the `PROSE_TASK_*`,
//!   `REPORT_STARTS`, `GENERIC_QUALIFIERS` and `GENERIC_UNITS` lists there;
//! - **a unit suffix**: how an organ's name ends is an `ORGAN_SUFFIXES` entry in
//!   `lex/organs.rs`; a word that only looks like a jurisdiction (市场…) goes to the
//!   `not_before` characters of its level in `LEVELS`, or to `NOT_PLACES`; a vertical
//!   system whose local bodies are named by their place without a level ("XX金融监管分局")
//!   is a `SYSTEM_WORDS` entry, a development zone named so ("XX工业园区管委会") a
//!   `ZONE_WORDS` entry; a word after a level character that makes it a prefix again
//!   though its first character is in `not_before` (市**民政**局) goes to `yet_before`;
//! - **a deadline phrase**: a `lex/deadlines.rs` `DEADLINE_WORDS` entry with its sense
//!   (`word("每两", Recurring)`, `opens("翌年", Year(1))` when it may open a dated phrase in
//!   running text, `said("长期坚持", Ongoing)` when it states a task's deadline in the
//!   task's own text where no date does).

mod assemble;
mod body;
mod filter;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod header;
#[cfg(test)]
mod layering_tests;
mod lex;
mod parse;
mod resolve;
mod settings;
#[cfg(test)]
mod structure_tests;
mod tail;
mod tasks;
#[cfg(test)]
mod test_support;
mod text;
#[cfg(test)]
mod web_tests;

use gongwen_blocks::Block;
use gongwen_model::{Document, Source};

pub use crate::settings::{Settings, UnitAliases};

/// Builds the tables the structurer derives from its lexicon now instead of on first use.
/// A process that forks while other threads parse (Python's `multiprocessing`, Spark's
/// workers) must not fork in the middle of one being built: the child would wait for it
/// forever. Batches call this before they start their threads; calling it again is free.
pub fn warm_up() {
    lex::warm_up();
    parse::units::warm_up();
    parse::deadline::warm_up();
    tasks::inline::warm_up();
    tail::carried::warm_up();
}

/// Structures the blocks of one document with default [`Settings`].
pub fn structure(blocks: &[Block], source: Source) -> Document {
    structure_with(blocks, source, &Settings::default())
}

/// Structures the blocks of one document. Never fails: what cannot be found is null or
/// empty, and the `diagnostics` say what was odd or guessed.
///
/// The phases, in order; each reads what the ones before it found.
pub fn structure_with(blocks: &[Block], source: Source, settings: &Settings) -> Document {
    let mut diags = Vec::new();
    // 1. Set aside what is not the document's text flow: page numbers, rules, a website's
    //    chrome and metadata, tables, the 版记.
    let mut page = filter::run(blocks, &mut diags);
    // 2. The header: 份号 … 发文字号, the title, the 主送机关; the GB/T 9704 format.
    let header = header::read(&mut page);
    // 3. The body up to the signature: the section tree, 附件说明, a 纪要's meeting, the date.
    let main = body::read(&page, &header, &mut diags);
    // 4. After the signature: the document a notice carries, then the attachments.
    let tail = tail::read(&page, &header, &main, &mut diags);
    // 5. Tables, the tasks in them and the tasks written inline in numbered items.
    let found = tasks::read(&page, &header, &main, &tail, &mut diags);
    // 6. The header facts from every place that states them; what is missing.
    let facts = resolve::run(&page, &header, &main, &tail, &mut diags);
    // 7. The document.
    let parts = assemble::Parts {
        source,
        page,
        header,
        main,
        tail,
        found,
        facts,
        diags,
    };
    let mut doc = assemble::document(parts);
    settings.apply(&mut doc);
    doc
}
