//! Building one `w:tbl`: grid columns, horizontal spans and vertical merges resolved into
//! [`Cell`] spans, continuation cells folded into the cell that starts the merge.

use gongwen_blocks::{Cell, Loc, Row, Table};

use crate::props::{TcProps, TrProps, VMerge};

/// Widest span and furthest grid column recorded: far beyond any real table (Word allows
/// 63 columns), low enough that `col + col_span` never overflows downstream.
const MAX_SPAN: u32 = 4096;
const MAX_COL: u32 = 1 << 20;

/// A cell being read.
#[derive(Debug, Default)]
struct OpenCell {
    col: u32,
    props: TcProps,
    text: String,
}

/// An open vertical merge: the cell that started it.
#[derive(Debug, Clone, Copy)]
struct Merge {
    col: u32,
    row: usize,
    cell: usize,
}

/// A table being read.
#[derive(Debug, Default)]
pub(crate) struct TableBuilder {
    rows: Vec<Row>,
    /// The row being read, its next grid column, and whether it is open.
    cells: Vec<Cell>,
    col: u32,
    header: bool,
    in_row: bool,
    cell: Option<OpenCell>,
    /// Vertical merges still open after the previous row / opened or continued in this one.
    merges: Vec<Merge>,
    next_merges: Vec<Merge>,
    /// Grid cells covered so far: one per `w:tc` (continuation cells included), plus the
    /// extra columns of its `w:gridSpan` and those skipped by `w:gridBefore`, so that a
    /// sparse grid far wider than its cells counts at its real width.
    cells_seen: usize,
}

impl TableBuilder {
    pub(crate) fn start_row(&mut self) {
        self.end_row();
        self.in_row = true;
        self.col = 0;
        self.header = false;
    }

    /// Applies `w:trPr` (it precedes the row's cells).
    pub(crate) fn row_props(&mut self, props: TrProps) {
        if self.cells.is_empty() && self.cell.is_none() {
            let before = self.col;
            self.col = self.col.saturating_add(props.grid_before).min(MAX_COL);
            let skipped = usize::try_from(self.col - before).unwrap_or(usize::MAX);
            self.cells_seen = self.cells_seen.saturating_add(skipped);
        }
        self.header |= props.header;
    }

    pub(crate) fn end_row(&mut self) {
        self.end_cell();
        if !self.in_row {
            return;
        }
        self.in_row = false;
        self.rows.push(Row {
            cells: std::mem::take(&mut self.cells),
            repeat_header: self.header,
            loc: Loc::default(),
        });
        std::mem::swap(&mut self.merges, &mut self.next_merges);
        self.next_merges.clear();
    }

    /// How many grid cells the table covers so far (see `cells_seen`).
    pub(crate) fn cells_seen(&self) -> usize {
        self.cells_seen
    }

    pub(crate) fn start_cell(&mut self) {
        self.end_cell();
        self.cells_seen = self.cells_seen.saturating_add(1);
        if !self.in_row {
            self.start_row();
        }
        self.cell = Some(OpenCell {
            col: self.col,
            props: TcProps {
                grid_span: 1,
                ..TcProps::default()
            },
            text: String::new(),
        });
    }

    /// Applies `w:tcPr` (it precedes the cell's content).
    pub(crate) fn cell_props(&mut self, props: TcProps) {
        if let Some(cell) = &mut self.cell {
            let extra = props.grid_span.clamp(1, MAX_SPAN) - 1;
            let extra = usize::try_from(extra).unwrap_or(usize::MAX);
            self.cells_seen = self.cells_seen.saturating_add(extra);
            cell.props = props;
        }
    }

    /// Whether a cell is open to receive text.
    pub(crate) fn has_cell(&self) -> bool {
        self.cell.is_some()
    }

    /// Appends a paragraph (or a nested table's text) to the open cell: its list label
    /// (text and separator), if any, then its text.
    pub(crate) fn push_paragraph(&mut self, label: Option<(&str, &str)>, text: &str) {
        if let Some(cell) = &mut self.cell {
            if !cell.text.is_empty() {
                cell.text.push('\n');
            }
            if let Some((label, separator)) = label {
                cell.text.push_str(label);
                if !text.is_empty() {
                    cell.text.push_str(separator);
                }
            }
            cell.text.push_str(text);
        }
    }

    pub(crate) fn end_cell(&mut self) {
        let Some(cell) = self.cell.take() else {
            return;
        };
        let span = cell.props.grid_span.clamp(1, MAX_SPAN);
        let row = self.rows.len();
        self.col = cell.col.saturating_add(span).min(MAX_COL);

        // Legacy horizontal merge: widen the cell before it.
        if cell.props.h_merge_continue
            && let Some(previous) = self.cells.last_mut()
        {
            previous.col_span = previous.col_span.saturating_add(span).min(MAX_SPAN);
            append(&mut previous.text, &cell.text);
            return;
        }

        if cell.props.v_merge == VMerge::Continue {
            // `merges` is in column order (cells are pushed left to right), so a binary
            // search keeps a wide row linear-logarithmic rather than quadratic.
            let at = self.merges.partition_point(|m| m.col < cell.col);
            let open = self.merges.get(at).filter(|m| m.col == cell.col).copied();
            if let Some(merge) = open
                && let Some(origin) = self
                    .rows
                    .get_mut(merge.row)
                    .and_then(|r| r.cells.get_mut(merge.cell))
            {
                origin.row_span =
                    u32::try_from(row.saturating_sub(merge.row) + 1).unwrap_or(u32::MAX);
                append(&mut origin.text, &cell.text);
                self.next_merges.push(merge);
                return;
            }
        }

        let index = self.cells.len();
        if cell.props.v_merge != VMerge::None {
            self.next_merges.push(Merge {
                col: cell.col,
                row,
                cell: index,
            });
        }
        self.cells.push(Cell {
            text: cell.text,
            col: cell.col,
            row_span: 1,
            col_span: span,
            loc: Loc::default(),
        });
    }

    /// The finished table, its locations pointing at block `block`.
    pub(crate) fn finish(mut self, block: u32) -> Table {
        self.end_row();
        for (r, row) in self.rows.iter_mut().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            row.loc = Loc::block(block).with_row(r);
            for cell in &mut row.cells {
                cell.loc = Loc::block(block)
                    .with_cell(r, cell.col)
                    .with_spans(cell.row_span, cell.col_span);
            }
        }
        Table {
            rows: self.rows,
            loc: Loc::block(block),
        }
    }

    /// True for a table of two rows or more and three columns or more in one of them: a
    /// table of data (a task table WPS put in a text box), not a layout of a few cells (a
    /// joint header's or signature's organs side by side).
    pub(crate) fn is_data_table(&self) -> bool {
        let rows = self.rows.len() + usize::from(!self.cells.is_empty());
        let widest = self
            .rows
            .iter()
            .map(|r| r.cells.len())
            .chain([self.cells.len()])
            .max()
            .unwrap_or(0);
        rows >= 2 && widest >= 3
    }

    /// The table as text, for a table that is not a block of its own (nested in a cell or
    /// in a text box): cells joined by tabs, rows by line feeds.
    pub(crate) fn into_text(mut self) -> String {
        self.end_row();
        let mut out = String::new();
        for (r, row) in self.rows.iter().enumerate() {
            if r > 0 {
                out.push('\n');
            }
            for (c, cell) in row.cells.iter().enumerate() {
                if c > 0 {
                    out.push('\t');
                }
                out.push_str(&cell.text);
            }
        }
        out
    }
}

fn append(text: &mut String, more: &str) {
    if more.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(more);
}
