//! The paragraph view the phases work on.

use std::borrow::Cow;

use gongwen_blocks::{Hints, Paragraph};
use gongwen_model::Loc;

/// A paragraph (or several source lines joined into one) with its hints.
#[derive(Debug, Clone)]
pub(crate) struct Para<'b> {
    /// Borrowed from the block until a join or a cut changes it: most paragraphs are never
    /// changed, and copying every text (twice, through the notes split) was the
    /// structurer's largest allocation.
    pub text: Cow<'b, str>,
    pub loc: Loc,
    pub hints: &'b Hints,
    /// True when a page-number line was dropped just before this paragraph.
    pub page_gap: bool,
}

impl<'b> Para<'b> {
    pub fn from_block(p: &'b Paragraph) -> Self {
        Para {
            text: Cow::Borrowed(&p.text),
            loc: p.loc,
            hints: &p.hints,
            page_gap: false,
        }
    }

    /// Number of characters (not bytes).
    pub fn len_chars(&self) -> usize {
        self.text.chars().count()
    }

    pub fn to_model(&self) -> gongwen_model::Paragraph {
        gongwen_model::Paragraph {
            text: self.text.clone().into_owned(),
            loc: self.loc,
        }
    }

    /// True when the source is line-oriented (.txt), where one paragraph may have been
    /// broken over several lines.
    pub fn is_line_based(&self) -> bool {
        self.loc.line.is_some()
    }
}
