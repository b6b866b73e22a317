//! Turns blocks into the canonical `Document`. All 公文 knowledge lives here.

pub mod date;
pub mod deadline;
pub mod doc_number;
pub mod label;
pub mod numerals;
pub mod units;
