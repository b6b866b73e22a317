//! Phase 4: after the signature, transmitted documents and attachments.

pub(crate) mod attachments;
