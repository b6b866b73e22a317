//! The paragraph view the phases work on: a paragraph's text (borrowed from its block
//! until something changes it), its layout hints, and its number (一、, （一）, 第一章 …)
//! read once when it is made.

use std::borrow::Cow;

use gongwen_blocks::{Align, Hints, Paragraph};
use gongwen_model::Loc;

use crate::lex::chrome::TABLE_BORDERS;
use crate::parse::number::Number;

/// The smallest font size (half-points) a title is printed at: 小二, 18 pt.
const DISPLAY_SIZE: u16 = 36;

/// Below this length (bytes) a paragraph's number is read again when a line is joined to it.
const REREAD_BELOW: usize = 256;

/// A paragraph (or several source lines joined into one) with its hints.
#[derive(Debug, Clone)]
pub(crate) struct Para<'b> {
    /// Borrowed from the block until a join or a cut changes it: most paragraphs are never
    /// changed, and copying every text (twice, through the notes split) was the
    /// structurer's largest allocation.
    text: Cow<'b, str>,
    /// The number the text starts with, kept in step with `text`.
    number: Option<Number>,
    pub loc: Loc,
    pub hints: &'b Hints,
    /// True when a page-number line was dropped just before this paragraph.
    pub page_gap: bool,
    /// Cut from a line holding several paragraphs ([`crate::filter::flattened`]): a
    /// paragraph of its own, never joined to the pieces around it.
    pub cut: bool,
    /// The separator lines dropped just before it, which a table printed one cell per line
    /// separates its cells and rows by.
    pub dropped: Dropped,
}

/// Lines dropped just before a paragraph that say where a table printed one cell per line
/// ends a cell or a row: lines of pipes only ("|", "||||") and blank lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Dropped {
    /// Pipe characters on the dropped lines.
    pub pipes: u16,
    /// The most pipes on one of them.
    pub pipe_run: u16,
    /// Blank lines before and between them (the paragraph's own are in its hints).
    pub blanks: u16,
}

impl Dropped {
    /// Notes a dropped line of pipes (and rule characters) only, with its hints.
    pub(crate) fn rule(&mut self, text: &str, hints: &Hints) {
        let n = text.chars().filter(|c| TABLE_BORDERS.contains(c)).count();
        let n = u16::try_from(n).unwrap_or(u16::MAX);
        self.pipes = self.pipes.saturating_add(n);
        self.pipe_run = self.pipe_run.max(n);
        self.blanks = self.blanks.saturating_add(hints.blank_lines_before);
    }

    /// Notes a dropped line of white space only: a blank line.
    pub(crate) fn blank(&mut self, hints: &Hints) {
        self.blanks = self
            .blanks
            .saturating_add(hints.blank_lines_before)
            .saturating_add(1);
    }
}

impl<'b> Para<'b> {
    /// Another block stood between `before` and this paragraph: a table, or a line the
    /// filter dropped as page chrome. Lines of one title never stand so apart.
    pub(crate) fn apart_from(&self, before: &Para<'_>) -> bool {
        self.loc.block > before.loc.block.saturating_add(1)
    }

    pub(crate) fn from_block(p: &'b Paragraph) -> Self {
        Para::new(p.text.as_str(), p.loc, &p.hints)
    }

    pub(crate) fn new(text: impl Into<Cow<'b, str>>, loc: Loc, hints: &'b Hints) -> Self {
        let text = text.into();
        Para {
            number: Number::read(&text),
            text,
            loc,
            hints,
            page_gap: false,
            cut: false,
            dropped: Dropped::default(),
        }
    }

    /// The text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// True when the paragraph prints `line` and nothing else (white space aside): a name
    /// repeated as a line of its own (an attachment's heading repeating its 附件说明 entry).
    pub(crate) fn is_line(&self, line: &str) -> bool {
        self.text.trim_matches(crate::text::chars::is_space) == line
    }

    /// The number the text starts with: an item label or a division.
    pub(crate) fn number(&self) -> Option<Number> {
        self.number
    }

    /// The item label the text starts with (一、 （一） 1. （1） ①), not a division.
    pub(crate) fn label(&self) -> Option<Number> {
        self.number.filter(Number::is_item)
    }

    /// The division the text starts with (第一章, 第三条, 第一部分).
    pub(crate) fn division(&self) -> Option<Number> {
        self.number.filter(|n| !n.is_item())
    }

    /// Replaces the text (the number is read again).
    pub(crate) fn set_text(&mut self, text: String) {
        self.number = Number::read(&text);
        self.text = Cow::Owned(text);
    }

    /// Appends a joined line. The number is read again while the text is short: what
    /// follows a number may decide whether it is one ("第二章　总则" + "的规定…。" is text).
    /// A longer text keeps its number, which appending cannot change: a division's
    /// heading is at most 30 characters and a label looks a few characters past itself.
    /// (Reading it again on every join would make a paragraph of many joined lines
    /// quadratic.)
    pub(crate) fn append(&mut self, more: &str) {
        let short = self.text.len() <= REREAD_BELOW;
        self.text.to_mut().push_str(more);
        if short {
            self.number = Number::read(&self.text);
        }
    }

    /// Number of characters (not bytes).
    pub(crate) fn len_chars(&self) -> usize {
        self.text.chars().count()
    }

    pub(crate) fn to_model(&self) -> gongwen_model::Paragraph {
        gongwen_model::Paragraph::new(self.text.clone().into_owned(), self.loc)
    }

    /// Printed the way a title is: centred, and bold or at least 18 pt (a .txt states
    /// neither).
    pub(crate) fn is_display(&self) -> bool {
        self.hints.align == Some(Align::Center)
            && (self.hints.bold || self.hints.font_size.is_some_and(|s| s >= DISPLAY_SIZE))
    }

    /// Printed noticeably larger than `other` (both sizes stated): a quarter larger or more.
    pub(crate) fn printed_larger_than(&self, other: &Para<'_>) -> bool {
        match (self.hints.font_size, other.hints.font_size) {
            (Some(a), Some(b)) => u32::from(a) * 4 >= u32::from(b) * 5,
            _ => false,
        }
    }

    /// True when the source is line-oriented (.txt), where one paragraph may have been
    /// broken over several lines.
    pub(crate) fn is_line_based(&self) -> bool {
        self.loc.line.is_some()
    }
}
