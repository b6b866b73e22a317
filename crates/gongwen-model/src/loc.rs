use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a fact came from in the source file.
///
/// Every format fills `block`; line-oriented formats (.txt) also fill `line` and
/// `line_end`; facts taken from a table fill `row` and `col` (and `row_span` /
/// `col_span` when the cell was merged over several rows or columns). Fields that do not
/// apply are omitted from the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Loc {
    /// Index (0-based) of the block in the reader's block stream: a paragraph or a table.
    pub block: u32,
    /// First source line (1-based) for line-oriented formats such as .txt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Last source line (1-based, inclusive) when the fact spans several lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_end: Option<u32>,
    /// Row index (0-based) inside the table named by `block`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// Grid column index (0-based) inside the table named by `block`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub col: Option<u32>,
    /// Number of rows the source cell spans, when it is a vertically merged cell (> 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_span: Option<u32>,
    /// Number of grid columns the source cell spans, when it is a horizontally merged cell (> 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub col_span: Option<u32>,
    /// Where the block starts in a format without lines (since 1.3): for HTML, the byte
    /// offset of the element's start tag in the input; for .doc and .wps, the character
    /// position (CP) of the paragraph in the document's text stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

/// Fields are added in minor versions (`offset` in 1.3), so a `Loc` is built from
/// [`Loc::block`] or [`Loc::lines`] and the `with_…` methods, never by a struct literal:
///
/// ```
/// use gongwen_model::Loc;
///
/// let cell = Loc::lines(4, Some(12), Some(13)).with_cell(2, 1).with_spans(2, 1);
/// assert_eq!((cell.row, cell.col, cell.row_span, cell.col_span), (Some(2), Some(1), Some(2), None));
/// assert_eq!(Loc::block(7).with_offset(1024).offset, Some(1024));
/// ```
impl Loc {
    /// A location naming only a block.
    pub fn block(block: u32) -> Self {
        Loc {
            block,
            ..Loc::default()
        }
    }

    /// A location naming a block and a range of source lines.
    pub fn lines(block: u32, line: Option<u32>, line_end: Option<u32>) -> Self {
        Loc {
            block,
            line,
            line_end: match (line, line_end) {
                (Some(a), Some(b)) if b > a => Some(b),
                _ => None,
            },
            ..Loc::default()
        }
    }

    /// The same location in row `row` of the table named by `block`.
    #[must_use]
    pub fn with_row(mut self, row: u32) -> Self {
        self.row = Some(row);
        self
    }

    /// The same location in grid column `col` of the table named by `block`.
    #[must_use]
    pub fn with_col(mut self, col: u32) -> Self {
        self.col = Some(col);
        self
    }

    /// The same location in the cell at `row` and grid column `col`.
    #[must_use]
    pub fn with_cell(self, row: u32, col: u32) -> Self {
        self.with_row(row).with_col(col)
    }

    /// The same location with the spans of a merged cell: each is recorded only when
    /// greater than 1 (an unmerged cell has neither).
    #[must_use]
    pub fn with_spans(mut self, row_span: u32, col_span: u32) -> Self {
        self.row_span = (row_span > 1).then_some(row_span);
        self.col_span = (col_span > 1).then_some(col_span);
        self
    }

    /// The same location at `offset` in a format without lines (an HTML byte offset, a
    /// .doc character position).
    #[must_use]
    pub fn with_offset(mut self, offset: u64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// The same location widened to end where `other` ends (for joined lines). A format
    /// without lines keeps where the first part starts (`offset`).
    pub fn through(self, other: Loc) -> Self {
        let end = other.line_end.or(other.line);
        let mut joined = Loc::lines(self.block, self.line, end.or(self.line_end));
        joined.offset = self.offset;
        joined
    }
}
