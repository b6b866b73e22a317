//! A red header (发文机关标志) laid out as a borderless table, as joint headers often are:
//! "XX局 XX局 文件" in cells before the title. It belongs to the header, not to the body.

use gongwen_model::Loc;

use crate::filter::para::Para;
use crate::filter::tables::PageTable;
use crate::lex::document::HEADER_MARK;
use crate::text::chars::{is_organ_name, is_space};
use crate::text::split::split_names;

/// Removes tables printed before the title that hold the 发文机关标志 ("XX局 XX局 文件"),
/// returning the organ names they print.
pub(crate) fn take_header_tables(
    tables: &mut Vec<PageTable<'_>>,
    paras: &[Para<'_>],
) -> (Vec<String>, Option<Loc>) {
    let mut names = Vec::new();
    let mut loc: Option<Loc> = None;
    while let Some(first) = tables.first() {
        let (pos, table) = (first.at, first.table.as_ref());
        // Only before the title: at most a number line or marks above it.
        let early = pos <= 2
            && paras[..pos.min(paras.len())]
                .iter()
                .all(|p| p.len_chars() <= 30);
        let cells: Vec<&str> = table
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| c.text.trim_matches(is_space))
            .filter(|t| !t.is_empty())
            .collect();
        let is_header = early
            && table.rows.len() <= 4
            && cells.iter().any(|t| t.ends_with(HEADER_MARK))
            && cells.iter().all(|t| {
                let t = t.strip_suffix(HEADER_MARK).unwrap_or(t);
                t.is_empty() || is_organ_name(t)
            });
        if !is_header {
            break;
        }
        for t in cells {
            let t = t.strip_suffix(HEADER_MARK).unwrap_or(t);
            names.extend(split_names(t));
        }
        // The first header table locates the issuers (joint headers rarely take two).
        loc = loc.or(Some(table.loc));
        tables.remove(0);
    }
    (names, loc)
}
