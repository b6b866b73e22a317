//! Lines → blocks.

use gongwen_blocks::{Block, Cell, Hints, Loc, Paragraph, Row, Table};

use crate::lines::{indent_width, is_space, split_lines};
use crate::runs;
use crate::tables::{Scan, TextTable, table_at};
use crate::{Encoding, TextError, TextLimits, decode};

/// The blocks of a .txt input and the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq)]
pub struct TextOutput {
    /// Paragraphs and tables in reading order.
    pub blocks: Vec<Block>,
    /// The encoding used ("UTF-8", "GB18030", "UTF-16LE", …).
    pub encoding: &'static str,
}

/// Decodes `bytes` (detecting the encoding unless `encoding` is given) and reads blocks,
/// under the default [`TextLimits`].
pub fn read_txt(
    bytes: &[u8],
    encoding: Option<&'static Encoding>,
) -> Result<TextOutput, TextError> {
    read_txt_with(bytes, encoding, &TextLimits::default())
}

/// Decodes `bytes` (detecting the encoding unless `encoding` is given) and reads blocks
/// under `limits`.
pub fn read_txt_with(
    bytes: &[u8],
    encoding: Option<&'static Encoding>,
    limits: &TextLimits,
) -> Result<TextOutput, TextError> {
    let decoded = decode(bytes, encoding)?;
    Ok(TextOutput {
        blocks: read_text_with(&decoded.text, limits)?,
        encoding: decoded.encoding,
    })
}

/// Reads blocks from text that is already decoded, without limits.
pub fn read_text(text: &str) -> Vec<Block> {
    // Without limits nothing can be refused.
    read_text_with(text, &TextLimits::unlimited()).unwrap_or_default()
}

/// Reads blocks from text that is already decoded, under `limits`: a line longer than
/// `max_line_bytes` or a table of more than `max_table_cells` cells is an error naming
/// the line.
pub fn read_text_with(text: &str, limits: &TextLimits) -> Result<Vec<Block>, TextError> {
    let lines = split_lines(text);
    if let Some(line) = lines.iter().find(|l| l.raw.len() > limits.max_line_bytes) {
        return Err(TextError::LineTooLong {
            line: line.number,
            limit: limits.max_line_bytes,
        });
    }
    // A printed line cut at each change of font (digits on lines of their own) is one
    // line again.
    let plan = runs::plan(&lines);
    let store = plan
        .as_deref()
        .map(|p| runs::texts(&lines, p))
        .unwrap_or_default();
    let lines = match &plan {
        Some(p) => runs::apply(lines, p, &store),
        None => lines,
    };
    let mut scan = Scan::new(limits.max_table_cells);
    let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
    let mut blank_run: u16 = 0;
    let mut page_break = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        page_break |= line.page_break_before;
        if line.is_blank() && !line.starts_with_tab() {
            blank_run = blank_run.saturating_add(1);
            i += 1;
            continue;
        }
        if let Some(table) = table_at(&lines, i, &mut scan)? {
            let block = u32::try_from(blocks.len()).unwrap_or(u32::MAX);
            i = table.end.max(i + 1);
            blocks.push(Block::Table(to_table(table, block)));
            blank_run = 0;
            page_break = false;
            continue;
        }
        let text = line.trimmed();
        if text.is_empty() {
            // A lone TAB line outside any table is just a blank line.
            blank_run = blank_run.saturating_add(1);
            i += 1;
            continue;
        }
        let block = u32::try_from(blocks.len()).unwrap_or(u32::MAX);
        blocks.push(Block::Paragraph(Paragraph {
            text: text.to_owned(),
            hints: Hints {
                indent: indent_width(line.raw),
                blank_lines_before: blank_run,
                page_break_before: std::mem::take(&mut page_break),
                ..Hints::default()
            },
            loc: Loc::lines(
                block,
                Some(line.number),
                (line.end > line.number).then_some(line.end),
            ),
        }));
        blank_run = 0;
        i += 1;
    }
    Ok(blocks)
}

fn to_table(table: TextTable, block: u32) -> Table {
    let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let first = table.rows.first().map_or(0, |r| r.first_line());
    let last = table.rows.iter().map(|r| r.last_line()).max().unwrap_or(0);
    let rows = table
        .rows
        .into_iter()
        .enumerate()
        .map(|(r, row)| {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            let row_loc =
                Loc::lines(block, Some(row.first_line()), Some(row.last_line())).with_row(r);
            let spans_table = row.spans_table;
            let cells = row
                .cells
                .into_iter()
                .enumerate()
                .map(|(c, cell)| {
                    let c = u32::try_from(c).unwrap_or(u32::MAX);
                    let col_span = if spans_table {
                        u32::try_from(width.max(1)).unwrap_or(1)
                    } else {
                        1
                    };
                    Cell {
                        text: cell.text.trim_matches(is_space).to_owned(),
                        col: c,
                        row_span: 1,
                        col_span,
                        loc: Loc::lines(block, Some(cell.first_line), Some(cell.last_line))
                            .with_cell(r, c)
                            .with_spans(1, col_span),
                    }
                })
                .collect();
            Row {
                cells,
                repeat_header: false,
                loc: row_loc,
            }
        })
        .collect();
    Table {
        rows,
        loc: Loc::lines(block, Some(first), Some(last)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_keep_line_numbers_and_hints() {
        let blocks = read_text("\n\n平政办字〔2024〕4号\r\n\u{3000}\u{3000}正文。  \n");
        assert_eq!(blocks.len(), 2);
        let p = blocks[0].as_paragraph().expect("paragraph");
        assert_eq!(p.text, "平政办字〔2024〕4号");
        assert_eq!(p.hints.blank_lines_before, 2);
        assert_eq!(p.loc, Loc::lines(0, Some(3), None));
        let p = blocks[1].as_paragraph().expect("paragraph");
        assert_eq!(p.text, "正文。");
        assert_eq!(p.hints.indent, 4);
        assert_eq!(p.loc.line, Some(4));
    }

    #[test]
    fn utf16_and_gb18030_decode() {
        let (gb, _, _) = encoding_rs::GB18030.encode("通知\n各镇：\n");
        let out = read_txt(&gb, None).expect("gb18030");
        assert_eq!(out.encoding, "GB18030");
        assert_eq!(out.blocks.len(), 2);

        let mut le = vec![0xFF, 0xFE];
        for u in "通知\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let out = read_txt(&le, None).expect("utf-16le");
        assert_eq!(out.encoding, "UTF-16LE");

        let mut be = Vec::new();
        for u in "2024年\n1\n".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        let out = read_txt(&be, None).expect("utf-16be without BOM");
        assert_eq!(out.encoding, "UTF-16BE");
    }

    #[test]
    fn binary_is_an_error_not_mojibake() {
        let err = read_txt(b"PK\x03\x04\x00\x00\x00\x00\x01\x02\xff", None).unwrap_err();
        assert!(matches!(err, TextError::Binary { .. }), "{err}");
        let err = read_txt(b"\xff\xfe", Some(encoding_rs::UTF_8)).unwrap_err();
        assert_eq!(
            err,
            TextError::Undecodable {
                encoding: "UTF-8",
                offset: 0,
                forced: true
            }
        );
    }

    #[test]
    fn table_rows_and_cells_have_locations() {
        let blocks = read_text("标题\n\t序号\n\t任务\n\n\t1\n\t做好\n");
        let t = blocks[1].as_table().expect("table");
        assert_eq!(t.loc, Loc::lines(1, Some(2), Some(6)));
        assert_eq!(t.rows[1].cells[1].text, "做好");
        assert_eq!(t.rows[1].cells[1].loc.line, Some(6));
        assert_eq!(t.rows[1].cells[1].loc.row, Some(1));
        assert_eq!(t.rows[1].cells[1].loc.col, Some(1));
    }
    #[test]
    fn line_and_table_limits_name_the_line() {
        let limits = TextLimits::default().with_max_line_bytes(8);
        let err = read_text_with("短行\n这一行太长了\n", &limits).unwrap_err();
        assert_eq!(err, TextError::LineTooLong { line: 2, limit: 8 });
        assert!(
            err.to_string()
                .starts_with("line 2 is longer than 8 bytes (limit max_line_bytes = 8)")
        );

        let limits = TextLimits::default().with_max_table_cells(3);
        let err = read_text_with("标题\n\t序号\n\t任务\n\n\t1\n\t做好\n", &limits).unwrap_err();
        assert_eq!(
            err,
            TextError::TableTooLarge {
                start_line: 2,
                line: 6,
                limit: 3
            }
        );
        assert!(
            err.to_string().contains("limit max_table_cells = 3"),
            "{err}"
        );
    }

    #[test]
    fn tab_only_lines_do_not_start_a_table_but_do_not_hide_one() {
        // Regression (quadratic rescans): a run of TAB-only lines before TAB rows.
        let blocks = read_text("正文\n\t\n\t\n\t\n序号\t任务\n1\t做好\n后文\n");
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        assert!(blocks[1].as_table().is_some_and(|t| t.rows.len() == 2));
        // And an endless TAB-led "row" is read once: the lines become paragraphs.
        let text: String = (0..500).map(|i| format!("\t{i}\n")).collect();
        assert_eq!(read_text(&text).len(), 500);
    }
}
