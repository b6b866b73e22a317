//! Text primitives every stage shares: character classes, splitting lists of names, and
//! [`at::At`], a value with the place it was found.

pub(crate) mod at;
pub(crate) mod chars;
pub(crate) mod split;
