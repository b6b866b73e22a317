//! Tables that lost their grid: cells printed one per line (web copies, plain-text exports)
//! or pipe rows whose merged cells were dropped, put back under the columns a header names.
//!
//! This module knows no words. The caller scores how well each line fits each column (a
//! number, higher is better; it knows that "12月底前" is a deadline and "县水务局" a unit)
//! and this module finds the alignment with the best total score, a Viterbi pass over the
//! columns.
//!
//! Decisions:
//! - Each line is one cell, or goes on the cell above it (a unit list printed one unit per
//!   line, a requirement broken over lines) where the column allows it.
//! - Cells of a row come in column order. A column with no cell in a row was merged with
//!   the row above or left blank; each column says what that costs (a category column is
//!   merged all the time, a requirement column almost never).
//! - A row ends when a line fits an earlier column (or the same one again) better: the next
//!   row starts there. The caller may force or forbid a row break before a line (pipe rows
//!   and blank-line-separated rows carry their breaks), price a line going on with the cell
//!   before it (infinite after a separator that ends the cell, save in a column that merges
//!   cells) and price it starting a cell of its own (where the separator is missing).
//! - The table ends at the first line that fits it worse than leaving it: that line and
//!   every one after it are not the table's.

/// What the aligner needs to know of a column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Column {
    /// A cell of this column may run over several lines.
    pub multi_line: bool,
    /// The cost of a row having no cell of its own in this column (merged or blank).
    pub missing: f32,
    /// The cost of a cell of this column taking in the cell after it although a separator
    /// ends the first (a group column whose header stands over several levels of groups,
    /// "主动公开 | 基础信息公开 | 机构职能" under one "工作任务"); `None`: never.
    pub merge: Option<f32>,
}

/// Whether a row may start at a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Break {
    /// The aligner decides.
    #[default]
    Free,
    /// A new row starts here (a line between pipe rows, a blank line in a TAB export).
    Forced,
    /// The line belongs to the current row (a cell of the same pipe row).
    Forbidden,
}

/// The fixed costs of the alignment's moves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Costs {
    /// Starting a new row.
    pub row: f32,
}

impl Default for Costs {
    fn default() -> Self {
        Costs { row: 0.5 }
    }
}

/// What the caller knows of a line beyond its fit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LineInfo {
    /// Whether a row may start at the line.
    pub brk: Break,
    /// The cost of the line going on with the cell of the line before it (high after a
    /// finished sentence, low after a unit name; infinite after a separator that ends the
    /// cell, which only a column's [`Column::merge`] overrides).
    pub continuation: f32,
    /// The cost of the line starting a cell of its own, in the same row or a new one (high
    /// where the table's cell separator is missing before it).
    pub new_cell: f32,
}

impl Default for LineInfo {
    fn default() -> Self {
        LineInfo {
            brk: Break::Free,
            continuation: 0.6,
            new_cell: 0.0,
        }
    }
}

/// Where a line went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Placed {
    /// The row (0-based, counted from the first line).
    pub row: usize,
    /// The column.
    pub col: usize,
    /// The line goes on the cell of the line before it.
    pub continues: bool,
}

/// The placement of each line of the table, in order: `fit[i][j]` scores line `i` in column
/// `j` (`f32::NEG_INFINITY` where it cannot go). The result is as long as the table: the
/// lines after it are not placed. Every row of `fit` must have one score per column.
pub(crate) fn align(
    fit: &[Vec<f32>],
    cols: &[Column],
    lines: &[LineInfo],
    costs: Costs,
) -> Vec<Placed> {
    let k = cols.len();
    let n = fit.len();
    if k == 0 || n == 0 || fit.iter().any(|row| row.len() != k) {
        return Vec::new();
    }
    let info = |i: usize| lines.get(i).copied().unwrap_or_default();
    // The cost of the columns a..b (exclusive) having no cell in a row.
    let mut prefix = vec![0.0f32; k + 1];
    for (j, c) in cols.iter().enumerate() {
        prefix[j + 1] = prefix[j] + c.missing;
    }
    let missing = |a: usize, b: usize| if a < b { prefix[b] - prefix[a] } else { 0.0 };

    // score[i * k + j]: the best total with line i in column j; back[i * k + j]: the move
    // that got there. `out[i]`: the best total with the table made of lines 0..i only (the
    // lines from i on are past it), and `out_end[i]` that table's length and last column.
    let mut score = vec![f32::NEG_INFINITY; n * k];
    let mut back = vec![Move::Start; n * k];
    let mut out = vec![f32::NEG_INFINITY; n + 1];
    let mut out_end = vec![(0usize, None::<usize>); n + 1];
    // The best row ending at line i, with its trailing columns missing.
    let best_end = |score: &[f32], i: usize| {
        (0..k)
            .map(|p| (score[i * k + p] - missing(p + 1, k), p))
            .fold((f32::NEG_INFINITY, 0), |a, b| if b.0 > a.0 { b } else { a })
    };

    for j in 0..k {
        score[j] = fit[0][j] - missing(0, j);
    }
    // An empty table: the first line is already past it.
    out[0] = 0.0;
    for i in 1..=n {
        let b = if i < n { info(i).brk } else { Break::Free };
        let (end, end_col) = best_end(&score, i - 1);
        // Leave the table after line i-1 (where a row may end), or it ended earlier.
        let leave = if b == Break::Forbidden {
            f32::NEG_INFINITY
        } else {
            end
        };
        if leave > out[i - 1] {
            out[i] = leave;
            out_end[i] = (i, Some(end_col));
        } else {
            out[i] = out[i - 1];
            out_end[i] = out_end[i - 1];
        }
        if i == n {
            break;
        }
        for j in 0..k {
            let mut best = f32::NEG_INFINITY;
            let mut mv = Move::Start;
            let new_cell = info(i).new_cell;
            if b != Break::Forced {
                // The next cell of the same row, the columns between left out.
                for p in 0..j {
                    let v = score[(i - 1) * k + p] - missing(p + 1, j) - new_cell;
                    if v > best {
                        best = v;
                        mv = Move::Next(p);
                    }
                }
                if cols[j].multi_line {
                    let mut cost = info(i).continuation;
                    if cost.is_infinite() {
                        cost = cols[j].merge.unwrap_or(cost);
                    }
                    let v = score[(i - 1) * k + j] - cost;
                    if v > best {
                        best = v;
                        mv = Move::Continue;
                    }
                }
            }
            if b != Break::Forbidden {
                let v = end - costs.row - missing(0, j) - new_cell;
                if v > best {
                    best = v;
                    mv = Move::NewRow(end_col);
                }
            }
            score[i * k + j] = best + fit[i][j];
            back[i * k + j] = mv;
        }
    }
    let (len, end_col) = out_end[n];
    let Some(mut col) = end_col else {
        return Vec::new();
    };
    // Walk back from the last table line.
    let mut placed = vec![
        Placed {
            row: 0,
            col: 0,
            continues: false
        };
        len
    ];
    let mut starts = vec![false; len];
    for i in (0..len).rev() {
        let mv = back[i * k + col];
        placed[i].col = col;
        match mv {
            Move::Start => starts[i] = true,
            Move::Next(p) => col = p,
            Move::Continue => placed[i].continues = true,
            Move::NewRow(p) => {
                starts[i] = true;
                col = p;
            }
        }
    }
    let mut row = 0;
    for i in 0..len {
        if starts[i] && i > 0 {
            row += 1;
        }
        placed[i].row = row;
    }
    placed
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    /// The first line of the table.
    Start,
    /// From the line before, in this column of the same row.
    Next(usize),
    /// The line before, same column, same cell.
    Continue,
    /// A new row; the line before was the last of its row, in this column.
    NewRow(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns 序号 / 要求 / 单位 / 时限, and lines typed by a letter: `1` a number, `R` a
    /// requirement, `U` a unit, `D` a deadline, `X` text that fits no column well.
    fn cols() -> Vec<Column> {
        vec![
            Column {
                multi_line: false,
                missing: 1.0,
                merge: None,
            },
            Column {
                multi_line: true,
                missing: 3.0,
                merge: None,
            },
            Column {
                multi_line: true,
                missing: 1.0,
                merge: None,
            },
            Column {
                multi_line: false,
                missing: 0.8,
                merge: None,
            },
        ]
    }

    fn fit(lines: &str) -> Vec<Vec<f32>> {
        let ninf = f32::NEG_INFINITY;
        lines
            .chars()
            .map(|c| match c {
                '1' => vec![3.0, -1.0, ninf, ninf],
                'R' => vec![ninf, 2.0, -2.0, -3.0],
                'U' => vec![ninf, -1.0, 3.0, -3.0],
                'D' => vec![ninf, -1.0, -3.0, 3.0],
                _ => vec![ninf, -4.0, -4.0, -4.0],
            })
            .collect()
    }

    /// (row, col, continues) per placed line.
    fn run(lines: &str, breaks: &[Break]) -> Vec<(usize, usize, bool)> {
        let info: Vec<LineInfo> = breaks
            .iter()
            .map(|&brk| LineInfo {
                brk,
                ..LineInfo::default()
            })
            .collect();
        align(&fit(lines), &cols(), &info, Costs::default())
            .into_iter()
            .map(|p| (p.row, p.col, p.continues))
            .collect()
    }

    #[test]
    fn full_rows() {
        assert_eq!(
            run("1RUD1RUD", &[]),
            [
                (0, 0, false),
                (0, 1, false),
                (0, 2, false),
                (0, 3, false),
                (1, 0, false),
                (1, 1, false),
                (1, 2, false),
                (1, 3, false)
            ]
        );
    }

    #[test]
    fn a_unit_list_one_unit_per_line_is_one_cell() {
        assert_eq!(
            run("1RUUUD1RUD", &[]),
            [
                (0, 0, false),
                (0, 1, false),
                (0, 2, false),
                (0, 2, true),
                (0, 2, true),
                (0, 3, false),
                (1, 0, false),
                (1, 1, false),
                (1, 2, false),
                (1, 3, false)
            ]
        );
    }

    #[test]
    fn merged_cells_leave_columns_out_of_a_row() {
        // The second row has no number and no unit of its own (merged with the first).
        assert_eq!(
            run("1RUDRD1RUD", &[]),
            [
                (0, 0, false),
                (0, 1, false),
                (0, 2, false),
                (0, 3, false),
                (1, 1, false),
                (1, 3, false),
                (2, 0, false),
                (2, 1, false),
                (2, 2, false),
                (2, 3, false)
            ]
        );
    }

    #[test]
    fn a_requirement_after_a_requirement_starts_a_row_unless_it_continues() {
        // Two requirements in a row: a new row (the first row's unit and deadline merged
        // below are not guessed here) costs less than a continuation only when it is
        // followed by its own cells.
        let placed = run("1RRUD", &[]);
        assert_eq!(placed[2], (0, 1, true));
        let placed = run(
            "1RUD",
            &[Break::Free, Break::Free, Break::Free, Break::Free],
        );
        assert_eq!(placed.len(), 4);
    }

    #[test]
    fn the_table_ends_at_text_that_fits_no_column() {
        assert_eq!(
            run("1RUD1RUDXX", &[]).len(),
            8,
            "the trailing lines are not the table's"
        );
        assert_eq!(run("XXR", &[]).len(), 0, "lines that fit nothing: no table");
    }

    #[test]
    fn forced_and_forbidden_breaks() {
        // A pipe row "R | U" then "R | D": the second row's units are merged from the first.
        let b = [
            Break::Forced,
            Break::Forbidden,
            Break::Forced,
            Break::Forbidden,
        ];
        assert_eq!(
            run("RURD", &b),
            [(0, 1, false), (0, 2, false), (1, 1, false), (1, 3, false)]
        );
        // A forced break keeps two unit lines apart even though they could continue.
        let b = [
            Break::Forced,
            Break::Forbidden,
            Break::Forced,
            Break::Forbidden,
        ];
        let placed = run("RURU", &b);
        assert_eq!(placed[2], (1, 1, false));
    }

    #[test]
    fn a_missing_separator_makes_a_new_cell_cost_more_than_going_on() {
        // "R U U D": the second unit line is a cell of its own only if nothing says
        // otherwise; where the table's separator is missing before it, it goes on with the
        // first.
        let free = run("RUUD1RUD", &[]);
        assert_eq!(
            free[2],
            (0, 2, true),
            "a unit list over two lines, as before"
        );
        let ninf = f32::NEG_INFINITY;
        // A requirement line then a short line that fits requirement and units alike.
        let fit = vec![
            vec![ninf, 2.0, -2.0, -3.0],
            vec![ninf, 1.0, 1.2, -3.0],
            vec![ninf, -1.0, -3.0, 3.0],
        ];
        let info = |new_cell: f32| {
            vec![
                LineInfo::default(),
                LineInfo {
                    new_cell,
                    continuation: 0.2,
                    ..LineInfo::default()
                },
                LineInfo::default(),
            ]
        };
        let placed = align(&fit, &cols(), &info(0.0), Costs::default());
        assert_eq!((placed[1].col, placed[1].continues), (2, false));
        let placed = align(&fit, &cols(), &info(2.5), Costs::default());
        assert_eq!((placed[1].col, placed[1].continues), (1, true));
    }

    #[test]
    fn a_separator_ends_a_cell_unless_its_column_merges_cells() {
        // A group column, then requirement and units: two short group names, each ended by
        // a separator, then a requirement and its unit.
        let mut columns = vec![
            Column {
                multi_line: true,
                missing: 0.2,
                merge: None,
            },
            Column {
                multi_line: true,
                missing: 3.0,
                merge: None,
            },
            Column {
                multi_line: true,
                missing: 1.0,
                merge: None,
            },
        ];
        let fit = vec![
            vec![1.0, 0.3, -3.0],
            vec![1.0, 0.3, -3.0],
            vec![-2.0, 2.5, -3.0],
            vec![-3.0, -2.0, 3.5],
        ];
        let sep = LineInfo {
            continuation: f32::INFINITY,
            ..LineInfo::default()
        };
        let info = vec![LineInfo::default(), sep, sep, sep];
        let placed = align(&fit, &columns, &info, Costs::default());
        assert!(
            !placed[1].continues,
            "a separator ends the first name's cell"
        );
        columns[0].merge = Some(1.0);
        let placed = align(&fit, &columns, &info, Costs::default());
        assert_eq!((placed[1].col, placed[1].continues), (0, true));
        assert_eq!(placed[3].row, 0);
    }

    #[test]
    fn degenerate_inputs() {
        assert!(align(&[], &cols(), &[], Costs::default()).is_empty());
        assert!(align(&fit("1R"), &[], &[], Costs::default()).is_empty());
        // A row of the wrong width is refused, not indexed past its end.
        assert!(align(&[vec![1.0]], &cols(), &[], Costs::default()).is_empty());
        // Nothing fits anywhere.
        let none = vec![vec![f32::NEG_INFINITY; 4]; 3];
        assert!(align(&none, &cols(), &[], Costs::default()).is_empty());
    }
}
