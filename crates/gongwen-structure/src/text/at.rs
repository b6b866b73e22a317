//! [`At`]: a value with the place it was found, so that a header field and its provenance
//! travel together instead of as a hand-unpacked `(value, loc)` tuple.

use gongwen_model::Loc;

/// A value and where in the file it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct At<T> {
    /// What was found.
    pub value: T,
    /// Where: a paragraph, the lines of one, or a table cell.
    pub loc: Loc,
}

impl<T> At<T> {
    pub(crate) fn new(value: T, loc: Loc) -> Self {
        At { value, loc }
    }
}

/// The place of an optional located value (for the provenance).
pub(crate) fn loc_of<T>(at: &Option<At<T>>) -> Option<Loc> {
    at.as_ref().map(|a| a.loc)
}

/// The value of an optional located value (for the document).
pub(crate) fn value_of<T>(at: Option<At<T>>) -> Option<T> {
    at.map(|a| a.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_place() {
        let at = At::new(4u32, Loc::block(7));
        assert_eq!((at.value, at.loc), (4, Loc::block(7)));
        let some = Some(At::new("标题", Loc::block(2)));
        assert_eq!(loc_of(&some), Some(Loc::block(2)));
        assert_eq!(value_of(some), Some("标题"));
        assert_eq!(loc_of::<u8>(&None), None);
    }
}
