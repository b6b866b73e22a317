//! Phase 3: the body (正文) up to the signature.

pub(crate) mod articles;
pub(crate) mod closing;
pub(crate) mod join;
pub(crate) mod minutes;
pub(crate) mod notes;
pub(crate) mod sections;
pub(crate) mod signature;
