use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Loc;

/// A table, with merged cells resolved: each cell appears once, in the row where it starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Table {
    /// What the table holds.
    pub kind: TableKind,
    /// The header row's cell texts, one per grid column, when a header was recognised.
    pub header: Vec<String>,
    /// All rows, header included.
    pub rows: Vec<TableRow>,
    /// Where the table was found.
    pub loc: Loc,
}

impl Table {
    /// A table of `kind` found at `loc`, without a header or rows until set.
    pub fn new(kind: TableKind, loc: Loc) -> Self {
        Table {
            kind,
            header: Vec::new(),
            rows: Vec::new(),
            loc,
        }
    }
}

/// What a [`Table`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TableKind {
    /// A task table (任务分工): its rows became [`crate::Task`]s.
    Tasks,
    /// Any other table (indicators, quotas, forms): kept as is.
    Other,
}

/// One row of a [`Table`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TableRow {
    /// True for a header row (including a header repeated after a page break).
    pub header: bool,
    /// The cells that start in this row, left to right.
    pub cells: Vec<TableCell>,
    /// Where the row was found.
    pub loc: Loc,
}

impl TableRow {
    /// A row of `cells` found at `loc`; not a header row until `header` is set.
    pub fn new(cells: Vec<TableCell>, loc: Loc) -> Self {
        TableRow {
            header: false,
            cells,
            loc,
        }
    }
}

/// One cell of a [`TableRow`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TableCell {
    /// The cell's text; paragraphs inside the cell are joined with "\n".
    pub text: String,
    /// Grid column (0-based) where the cell starts.
    pub col: u32,
    /// Rows the cell covers (1 unless vertically merged).
    pub row_span: u32,
    /// Grid columns the cell covers (1 unless horizontally merged).
    pub col_span: u32,
}

impl TableCell {
    /// A cell holding `text` that starts in grid column `col` and covers one row and one
    /// column (see [`TableCell::with_spans`]).
    ///
    /// ```
    /// use gongwen_model::TableCell;
    ///
    /// let merged = TableCell::new("县发改局", 3).with_spans(2, 1);
    /// assert_eq!((merged.col, merged.row_span, merged.col_span), (3, 2, 1));
    /// ```
    pub fn new(text: impl Into<String>, col: u32) -> Self {
        TableCell {
            text: text.into(),
            col,
            row_span: 1,
            col_span: 1,
        }
    }

    /// The same cell merged over `row_span` rows and `col_span` grid columns (a span
    /// below 1 counts as 1).
    #[must_use]
    pub fn with_spans(mut self, row_span: u32, col_span: u32) -> Self {
        self.row_span = row_span.max(1);
        self.col_span = col_span.max(1);
        self
    }
}
