//! Phase 2: the header (版头 and the start of 主体).

pub(crate) mod formats;
pub(crate) mod front;
