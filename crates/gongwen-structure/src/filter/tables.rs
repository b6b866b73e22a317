//! Tables beside the paragraphs, and tables broken over a page: a table that goes on after
//! a page break, its header row printed again, is one table.

use std::borrow::Cow;

use gongwen_blocks::Table;
use gongwen_model::{Diagnostic, DiagnosticCode, Level};

use crate::text::chars::same_squeezed;

/// Joins each table to the one before it when nothing stands between them and both
/// start with the same header row.
pub(crate) fn merge_continued(tables: &mut Vec<PageTable<'_>>, diags: &mut Vec<Diagnostic>) {
    let mut k = 1;
    while k < tables.len() {
        let continues = {
            let (prev, next) = (&tables[k - 1], &tables[k]);
            prev.at == next.at
                && matches!((prev.table.rows.first(), next.table.rows.first()), (Some(a), Some(b))
                    if a.cells.len() > 1 && same_cells(&a.cells, &b.cells))
        };
        if !continues {
            k += 1;
            continue;
        }
        let next = tables.remove(k).table.into_owned();
        let prev = tables[k - 1].table.to_mut();
        diags.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::TableContinued,
                format!(
                    "a table with the same header follows directly: read as one table of {} rows",
                    prev.rows.len() + next.rows.len()
                ),
            )
            .with_loc(next.loc),
        );
        let base = prev.rows.len();
        for (i, mut row) in next.rows.into_iter().enumerate() {
            // Rows keep the block they were read from; their index is in the joined table.
            row.loc.row = u32::try_from(base + i).ok();
            prev.rows.push(row);
        }
    }
}

/// Rows printing the same texts (a header repeated after a page break).
pub(crate) fn same_cells(a: &[gongwen_blocks::Cell], b: &[gongwen_blocks::Cell]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| same_squeezed(&x.text, &y.text))
}

/// A table and where it stands among the paragraphs.
#[derive(Debug, Clone)]
pub(crate) struct PageTable<'b> {
    /// How many paragraphs come before it.
    pub at: usize,
    /// Borrowed from the block unless a continuation was joined to it.
    pub table: Cow<'b, Table>,
}
