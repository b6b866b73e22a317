//! The small parsers: one string in, one value out (a date, a 发文字号, a section label, a
//! deadline, a unit list, a person), and the recognisers of lines that several phases ask
//! about. They know nothing of where the string stands in the document.

pub(crate) mod attachment;
pub(crate) mod column;
pub mod date;
pub mod deadline;
pub(crate) mod deadline_text;
pub(crate) mod division;
pub mod doc_number;
pub(crate) mod field_label;
pub mod label;
pub(crate) mod meeting;
pub(crate) mod number;
pub mod numerals;
pub(crate) mod person;
pub(crate) mod publicity;
pub mod units;
