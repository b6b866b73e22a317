use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Loc;

/// A table, with merged cells resolved: each cell appears once, in the row where it starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
pub struct TableRow {
    /// True for a header row (including a header repeated after a page break).
    pub header: bool,
    /// The cells that start in this row, left to right.
    pub cells: Vec<TableCell>,
    /// Where the row was found.
    pub loc: Loc,
}

/// One cell of a [`TableRow`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
