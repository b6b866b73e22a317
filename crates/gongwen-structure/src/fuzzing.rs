//! The small parsers, for the fuzz targets and property tests only (feature `fuzzing`; not
//! a public API: names and signatures may change in any release).

pub use crate::parse::{date, deadline, doc_number, label, numerals, units};
