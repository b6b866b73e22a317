//! Building one table from its cells in reading order and the row definitions (TAP) read
//! at each row's end: grid columns from the cells' boundaries, Word 97 horizontal merges
//! and vertical merge flags resolved into [`Cell`] spans.

use gongwen_blocks::{Cell, Loc, Row, Table};

use crate::props::{Tap, VMerge};

/// Boundaries closer than this (twips, 1/20 pt) are one grid line: producers round
/// widths differently from row to row.
const SNAP: i32 = 10;
/// Widest span recorded (Word allows 63 columns).
const MAX_SPAN: u32 = 4096;

/// A cell as read, before the grid is known.
#[derive(Debug, Default)]
struct RawCell {
    text: String,
    cp: u32,
}

/// A row as read: its cells and its definition.
#[derive(Debug, Default)]
struct RawRow {
    cells: Vec<RawCell>,
    tap: Tap,
}

/// A table being read.
#[derive(Debug, Default)]
pub(crate) struct TableBuilder {
    rows: Vec<RawRow>,
    cells: Vec<RawCell>,
    open: Option<RawCell>,
    /// Cells counted so far against `max_table_cells`.
    cells_seen: usize,
    /// CP of the table's first paragraph.
    pub(crate) cp: u32,
}

impl TableBuilder {
    pub(crate) fn new(cp: u32) -> Self {
        TableBuilder {
            cp,
            ..TableBuilder::default()
        }
    }

    /// Cells counted so far.
    pub(crate) fn cells_seen(&self) -> usize {
        self.cells_seen
    }

    /// Appends a paragraph to the open cell (opening one at `cp` if none is).
    pub(crate) fn push_paragraph(&mut self, cp: u32, text: &str) {
        let cell = self.open.get_or_insert_with(|| RawCell {
            text: String::new(),
            cp,
        });
        if text.is_empty() {
            return;
        }
        if !cell.text.is_empty() {
            cell.text.push('\n');
        }
        cell.text.push_str(text);
    }

    /// Ends the open cell (an empty one if none is open).
    pub(crate) fn end_cell(&mut self, cp: u32) {
        let cell = self.open.take().unwrap_or(RawCell {
            text: String::new(),
            cp,
        });
        self.cells.push(cell);
        self.cells_seen = self.cells_seen.saturating_add(1);
    }

    /// Ends the row with its definition.
    pub(crate) fn end_row(&mut self, tap: Tap) {
        if let Some(cell) = self.open.take()
            && !cell.text.is_empty()
        {
            self.cells.push(cell);
        }
        // A definition declaring more cells than the row holds counts its own width.
        let declared = tap.cells.len();
        self.cells_seen = self
            .cells_seen
            .saturating_add(declared.saturating_sub(self.cells.len()));
        self.rows.push(RawRow {
            cells: std::mem::take(&mut self.cells),
            tap,
        });
    }

    /// The finished table at block `block`.
    pub(crate) fn finish(mut self, block: u32) -> Table {
        if self.open.is_some() || !self.cells.is_empty() {
            self.end_row(Tap::default());
        }
        let grid = grid_lines(&self.rows);
        let mut rows: Vec<Row> = Vec::with_capacity(self.rows.len());
        // Open vertical merges: (grid column, row index, cell index).
        let mut merges: Vec<(u32, usize, usize)> = Vec::new();
        for (r, raw) in self.rows.into_iter().enumerate() {
            let r32 = u32::try_from(r).unwrap_or(u32::MAX);
            let mut cells: Vec<Cell> = Vec::with_capacity(raw.cells.len());
            let mut next_merges = Vec::new();
            let mut col = 0u32;
            let row_cp = raw.cells.first().map(|c| u64::from(c.cp));
            for (i, rc) in raw.cells.into_iter().enumerate() {
                let def = raw.tap.cells.get(i);
                let (start, span) = match def {
                    Some(d) => {
                        let a = column_of(&grid, d.left).max(col);
                        let b = column_of(&grid, d.right).max(a + 1);
                        (a, (b - a).min(MAX_SPAN))
                    }
                    None => (col, 1),
                };
                col = start.saturating_add(span);
                if def.is_some_and(|d| d.h_merged)
                    && let Some(prev) = cells.last_mut()
                {
                    prev.col_span = prev.col_span.saturating_add(span).min(MAX_SPAN);
                    append(&mut prev.text, &rc.text);
                    continue;
                }
                let v_merge = def.map_or(VMerge::None, |d| d.v_merge);
                if v_merge == VMerge::Continue
                    && let Some(&(c, row, cell)) = merges.iter().find(|m| m.0 == start)
                    && let Some(origin) = rows.get_mut(row).and_then(|x| x.cells.get_mut(cell))
                {
                    origin.row_span = u32::try_from(r - row + 1).unwrap_or(u32::MAX);
                    append(&mut origin.text, &rc.text);
                    next_merges.push((c, row, cell));
                    continue;
                }
                if v_merge != VMerge::None {
                    next_merges.push((start, r, cells.len()));
                }
                cells.push(Cell {
                    text: rc.text,
                    col: start,
                    row_span: 1,
                    col_span: span,
                    loc: Loc::default().with_offset(u64::from(rc.cp)),
                });
            }
            merges = next_merges;
            rows.push(Row {
                cells,
                repeat_header: raw.tap.header,
                loc: {
                    let loc = Loc::block(block).with_row(r32);
                    match row_cp {
                        Some(cp) => loc.with_offset(cp),
                        None => loc,
                    }
                },
            });
        }
        for (r, row) in rows.iter_mut().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for cell in &mut row.cells {
                let loc = Loc::block(block)
                    .with_cell(r, cell.col)
                    .with_spans(cell.row_span, cell.col_span);
                cell.loc = match cell.loc.offset {
                    Some(cp) => loc.with_offset(cp),
                    None => loc,
                };
            }
        }
        Table {
            rows,
            loc: Loc::block(block).with_offset(u64::from(self.cp)),
        }
    }

    /// The table as text, for a table nested in a cell or in a text box: cells joined by
    /// tabs, rows by line feeds (as the .docx reader flattens them).
    pub(crate) fn into_text(mut self) -> String {
        if self.open.is_some() || !self.cells.is_empty() {
            self.end_row(Tap::default());
        }
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

/// The table's grid lines: every cell boundary of every row, sorted, near ones merged.
fn grid_lines(rows: &[RawRow]) -> Vec<i32> {
    let mut lines: Vec<i32> = rows
        .iter()
        .flat_map(|r| r.tap.cells.iter())
        .flat_map(|c| [i32::from(c.left), i32::from(c.right)])
        .collect();
    lines.sort_unstable();
    let mut out: Vec<i32> = Vec::with_capacity(lines.len());
    for x in lines {
        if out.last().is_none_or(|&last| x - last > SNAP) {
            out.push(x);
        }
    }
    out
}

/// The grid column at boundary `x`: the index of the nearest grid line.
fn column_of(grid: &[i32], x: i16) -> u32 {
    let x = i32::from(x);
    let i = grid.partition_point(|&g| g < x - SNAP);
    u32::try_from(i).unwrap_or(u32::MAX)
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
