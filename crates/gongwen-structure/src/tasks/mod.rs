//! Phase 5: tables and tasks.

pub(crate) mod inline;
pub(crate) mod rows;
pub(crate) mod tables;
