//! Real .docx files from other producers (Word-like script, LibreOffice, pandoc) under
//! `fixtures/docx/`, when present: another engineer generates them, so every check skips
//! cleanly when its file is absent.

use std::path::PathBuf;

use gongwen_blocks::Block;
use gongwen_docx::{DocxLimits, read_docx};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/docx")
}

/// The blocks of `fixtures/docx/NAME.docx`, or `None` when the file is absent.
fn blocks(name: &str) -> Option<Vec<Block>> {
    let bytes = std::fs::read(fixtures().join(format!("{name}.docx"))).ok()?;
    match read_docx(&bytes, &DocxLimits::default()) {
        Ok(blocks) => Some(blocks),
        Err(e) => panic!("{name}.docx: {e}"),
    }
}

fn paragraphs(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .filter_map(Block::as_paragraph)
        .map(|p| p.text.as_str())
        .collect()
}

#[test]
fn every_fixture_reads_with_consistent_locations() {
    let Ok(dir) = std::fs::read_dir(fixtures()) else {
        return;
    };
    for entry in dir.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "docx") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable fixture");
        let blocks = match read_docx(&bytes, &DocxLimits::default()) {
            Ok(blocks) => blocks,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        assert!(!blocks.is_empty(), "{}: no blocks", path.display());
        for (i, block) in blocks.iter().enumerate() {
            assert_eq!(block.loc().block, i as u32, "{}", path.display());
            match block {
                Block::Paragraph(p) => {
                    assert!(!p.text.is_empty(), "{}: empty paragraph", path.display());
                    assert_eq!(p.text.trim(), p.text, "{}: untrimmed", path.display());
                }
                Block::Table(t) => {
                    for (r, row) in t.rows.iter().enumerate() {
                        assert_eq!(row.loc.row, Some(r as u32));
                        for cell in &row.cells {
                            assert_eq!(cell.loc.col, Some(cell.col));
                            assert!(cell.row_span >= 1 && cell.col_span >= 1);
                        }
                    }
                }
                Block::Meta(m) => panic!("{}: the .docx reader gave a Meta {m:?}", path.display()),
            }
        }
    }
}

#[test]
fn automatic_numbering_is_rendered() {
    let Some(blocks) = blocks("auto-numbering-two-levels") else {
        return;
    };
    let texts = paragraphs(&blocks);
    let labelled: Vec<&str> = blocks
        .iter()
        .filter_map(Block::as_paragraph)
        .filter_map(|p| p.hints.list_label.as_deref())
        .collect();
    assert!(texts.contains(&"一、加强组织领导"), "{texts:?}");
    // Body: 一、（一）（二） 二、（一）（二）（三） 三、（一）（二); the attachment restarts at 一、.
    assert_eq!(
        labelled,
        [
            "一、",
            "（一）",
            "（二）",
            "二、",
            "（一）",
            "（二）",
            "（三）",
            "三、",
            "（一）",
            "（二）",
            "一、",
            "（一）",
            "二、",
            "三、"
        ]
    );
}

#[test]
fn text_box_is_read_once_before_the_body() {
    let Some(blocks) = blocks("red-header-textbox") else {
        return;
    };
    let texts = paragraphs(&blocks);
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.contains("青禾市人民政府文件"))
            .count(),
        1,
        "{texts:?}"
    );
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.contains("青政发〔2024〕9号"))
            .count(),
        1,
        "{texts:?}"
    );
    let first = blocks[0].as_paragraph().expect("paragraph");
    assert!(first.hints.in_text_box);
}

#[test]
fn tracked_changes_are_accepted_and_fields_show_results() {
    let Some(blocks) = blocks("tracked-changes") else {
        return;
    };
    let all = paragraphs(&blocks).join("\n");
    assert!(all.contains("经县政府同意，"));
    assert!(!all.contains("本函有效期一年"));
    assert!(!all.contains("政策文件清单"));
    assert!(all.contains("（三）意见建议。"));
    assert_eq!(all.matches("无意见的也请书面反馈。").count(), 1);
    assert!(all.contains("2024年3月15日"));
    assert!(!all.contains("DATE"));
}

#[test]
fn headers_and_footers_stay_out_of_the_body() {
    let Some(blocks) = blocks("footer-page-numbers") else {
        return;
    };
    let all = paragraphs(&blocks).join("\n");
    assert!(!all.contains("公报"), "{all}");
    assert!(!all.contains('—'), "{all}");
}

#[test]
fn merged_cells_of_the_seed_table() {
    let Some(blocks) = blocks("seed-pingyin-2024-4") else {
        return;
    };
    // The attachment starts a new (landscape) section: a page break before it.
    let attachment = blocks
        .iter()
        .filter_map(Block::as_paragraph)
        .find(|p| p.text.starts_with("附件") && !p.text.contains('：'))
        .expect("the attachment heading");
    assert!(attachment.hints.page_break_before, "{attachment:?}");
    let table = blocks.iter().find_map(Block::as_table).expect("a table");
    assert_eq!(table.rows.len(), 59);
    assert!(table.rows[0].repeat_header);
    assert_eq!(table.grid_width(), 6);
    // The six 一、 cells cover 17/9/9/4/12/7 rows.
    let spans: Vec<u32> = table
        .rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|c| c.col == 1 && c.text.contains('、') && !c.text.starts_with('（'))
        .map(|c| c.row_span)
        .collect();
    assert_eq!(spans, [17, 9, 9, 4, 12, 7]);
}

#[test]
fn libreoffice_and_pandoc_tables_agree() {
    let (Some(lo), Some(pandoc)) = (
        blocks("libreoffice-tongxi-2023-15"),
        blocks("pandoc-html-tongxi-2023-15"),
    ) else {
        return;
    };
    let lo = lo.iter().find_map(Block::as_table).expect("table");
    let pandoc = pandoc.iter().find_map(Block::as_table).expect("table");
    let shape = |t: &gongwen_blocks::Table| -> Vec<Vec<(u32, u32, u32, String)>> {
        t.rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| (c.col, c.row_span, c.col_span, c.text.clone()))
                    .collect()
            })
            .collect()
    };
    assert_eq!(shape(lo), shape(pandoc));
}
