//! Phase 1: what is not the document's own text flow is set aside.

pub(crate) mod colophon;
pub(crate) mod page;
pub(crate) mod web;
