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
//! let number = DocNumber {
//!     raw: "平政办字[2024]4号".into(),
//!     prefix: "平政办字".into(),
//!     year: 2024,
//!     serial: 4,
//!     normalized: "平政办字〔2024〕4号".into(),
//! };
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
//! - [`Source`] and [`Loc`], the structs a caller or a reader builds, are
//!   `#[non_exhaustive]` too, built with [`Source::new`] and [`Loc::block`] /
//!   [`Loc::lines`] and their `with_…` methods;
//! - the other structs are the structurer's output, built whole by one struct literal in
//!   `gongwen-structure` so that the compiler makes it fill every new field; a caller
//!   reads them, and a test that needs a document starts from [`Document::new`];
//! - every field added after 1.0 has a serde default, so JSON written by an older schema
//!   version still deserializes into today's [`Document`];
//! - dates are [`Date`]s, written `YYYY-MM-DD`.

mod date;
mod diagnostic;
mod document;
mod elements;
mod formats;
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
