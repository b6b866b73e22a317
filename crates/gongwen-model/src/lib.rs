//! The canonical `Document` of gongwen: what a Chinese official document (公文) says,
//! as typed Rust values that serialize to the documented JSON contract.
//!
//! This crate owns the types and nothing else: no I/O, no parsing. Readers and the
//! structurer live in other crates; [`json_schema`] generates `schemas/gongwen.schema.json`
//! from these very types, so the schema cannot drift from the code.
//!
//! ```
//! use gongwen_model::{DocNumber, SCHEMA_VERSION};
//!
//! let number = DocNumber::new("平政办字[2024]4号", "平政办字", 2024, 4);
//! let json = serde_json::to_string(&number)?;
//! assert!(json.contains("\"normalized\":\"平政办字〔2024〕4号\""));
//! assert_eq!(SCHEMA_VERSION, "1.3.0");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Growing without breaking
//!
//! The JSON contract grows by minor schema versions, and so do these types:
//! - every enum (`DiagnosticCode`, `DocType`, `Format`, `DeadlineKind`, `Layout` …) is
//!   `#[non_exhaustive]`: a `match` on one needs a `_` arm, and a new value is not a
//!   breaking change;
//! - every struct but [`Date`] is `#[non_exhaustive]` too: its fields are public to read
//!   and to set, but outside this crate it is not built with a struct literal (nor
//!   destructured without `..`), so a new field is not a breaking change either. See
//!   [Building the types](#building-the-types);
//! - every field added after 1.0 has a serde default, so JSON written by an older schema
//!   version still deserializes into today's [`Document`];
//! - dates are [`Date`]s, written `YYYY-MM-DD`.
//!
//! # Building the types
//!
//! A reader, the structurer or a test builds each struct in one of two ways, then sets
//! the public fields it has values for:
//! - [`Default`] for the containers whose every field has an empty value: [`Body`],
//!   [`Provenance`], [`Meeting`] (and [`Loc`]);
//! - `new(…)` taking what the value cannot be without (its text or number, its kind, its
//!   [`Loc`]); whatever may be absent (an `Option`, a list, a flag) starts null, empty or
//!   false:
//!
//! | Type | Built with |
//! |---|---|
//! | [`Document`] | [`Document::new`]`(source)` |
//! | [`Source`] | [`Source::new`]`(format, encoding)` |
//! | [`DocNumber`] | [`DocNumber::new`]`(raw, prefix, year, serial)`, which writes `normalized` |
//! | [`Section`], [`Paragraph`] | [`Section::new`]`(label, ordinal, level, loc)`, [`Paragraph::new`]`(text, loc)` |
//! | [`Transmitted`], [`Attachment`], [`AttachmentNote`] | [`Transmitted::new`]`(title, loc)`, [`Attachment::new`]`(index, loc)`, [`AttachmentNote::new`]`(index, title, loc)` |
//! | [`Table`], [`TableRow`], [`TableCell`] | [`Table::new`]`(kind, loc)`, [`TableRow::new`]`(cells, loc)`, [`TableCell::new`]`(text, col)` |
//! | [`Task`], [`Category`], [`Unit`], [`Deadline`] | [`Task::new`]`(loc)`, [`Category::new`]`(level, title, loc)`, [`Unit::new`]`(name, role)`, [`Deadline::new`]`(raw, kind, loc)` |
//! | [`Diagnostic`] | [`Diagnostic::new`]`(level, code, message)` |
//! | [`Classification`], [`Printed`], [`IssueNumber`], [`Signatory`] | [`Classification::new`]`(level, raw)`, [`Printed::new`]`(raw)`, [`IssueNumber::new`]`(raw, serial)`, [`Signatory::new`]`(title, name, loc)` |
//! | [`MeetingTime`], [`MeetingText`], [`Attendee`] | [`MeetingTime::new`]`(text, loc)`, [`MeetingText::new`]`(text, loc)`, [`Attendee::new`]`(name, loc)` |
//! | [`Loc`] | [`Loc::block`]`(block)`, [`Loc::lines`]`(block, line, line_end)` |
//!
//! A few `with_…` methods chain where a value is usually built inside an expression:
//! [`Loc`]'s and [`Source`]'s, [`Diagnostic::with_loc`], [`TableCell::with_spans`] and
//! [`Category::with_number`].
//!
//! ```
//! use gongwen_model::{
//!     Date, Deadline, DeadlineKind, Diagnostic, DiagnosticCode, Document, Format, Level, Loc,
//!     Source, Task, Unit, UnitRole,
//! };
//!
//! let row = Loc::block(9).with_row(3);
//! let mut task = Task::new(row);
//! task.seq = Some(3);
//! task.title = Some("推进政务公开".into());
//! task.units.push(Unit::new("县发改局", UnitRole::Lead));
//! let mut due = Deadline::new("2024年12月底前", DeadlineKind::ByDate, row.with_col(4));
//! due.date = Date::new(2024, 12, 31).ok();
//! task.deadline = Some(due);
//!
//! let mut doc = Document::new(Source::new(Format::Txt, "UTF-8"));
//! doc.tasks.push(task);
//! doc.diagnostics.push(
//!     Diagnostic::new(Level::Info, DiagnosticCode::FilledFromAbove, "units from the row above")
//!         .with_loc(row),
//! );
//! assert_eq!(doc.tasks[0].units[0].name, "县发改局");
//! ```
//!
//! A field added in a later version starts at its default in code built this way. The
//! structurer, which must set every field it can know, is held to that by the workspace
//! test `tests/fields_filled.rs`: every field of the schema must hold a value other than
//! its default in the output of some fixture.

mod date;
mod diagnostic;
mod document;
mod elements;
mod formats;
#[cfg(test)]
mod growth_tests;
mod loc;
mod meeting;
mod schema;
mod section;
mod table;
mod task;

pub use date::{Date, DateError};
pub use diagnostic::{Diagnostic, DiagnosticCode, Level};
pub use document::{
    Attachment, AttachmentNote, Body, DocNumber, DocType, Document, Format, Provenance, Publicity,
    Source, Transmitted,
};
pub use elements::{Classification, Printed, Urgency};
pub use formats::{IssueNumber, Layout, Signatory};
pub use loc::Loc;
pub use meeting::{Attendee, Meeting, MeetingText, MeetingTime};
pub use schema::{SCHEMA_VERSION, json_schema, json_schema_string};
pub use section::{Paragraph, Section, SectionKind};
pub use table::{Table, TableCell, TableKind, TableRow};
pub use task::{Category, Deadline, DeadlineKind, Task, Unit, UnitRole};
