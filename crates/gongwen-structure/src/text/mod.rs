//! Text primitives every stage shares: character classes, splitting lists of names,
//! [`at::At`] (a value with the place it was found), and [`grid`], which puts cells that
//! lost their table back under its columns by scores the caller gives.

pub(crate) mod at;
pub(crate) mod chars;
pub(crate) mod grid;
pub(crate) mod split;
