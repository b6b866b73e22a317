//! Dev-only helpers shared by gongwen's tests, benches and fuzz targets (never published):
//!
//! - [`notice`]: a random 公文 notice (doc number, issuer, title, recipients, date,
//!   publicity, 一、/（一） sections with run-in headings, a task table with merged and
//!   blank cells) as a proptest strategy, rendered to .txt (Word's save-as-text shape) and
//!   to .docx (a minimal valid package with a real `w:tbl`), with the facts a parser must
//!   recover;
//! - [`hostile`]: pathological inputs generated at any size;
//! - [`fuzz`]: the bodies of the fuzz targets, callable from cargo-fuzz, from the stable
//!   driver and from the seed-corpus test;
//! - [`zipkit`]: zip packages in memory;
//! - [`dockit`]: Word 97-2003 .doc files in memory (compound file, FIB, piece table,
//!   paragraph properties), whole or broken.

pub mod dockit;
pub mod fuzz;
pub mod hostile;
pub mod notice;
pub mod zipkit;
