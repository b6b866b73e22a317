//! Text primitives every phase shares: character classes, the paragraph view, splitting.

pub(crate) mod at;
pub(crate) mod chars;
pub(crate) mod para;
pub(crate) mod split;
