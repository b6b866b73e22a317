//! Tables: grid, spans, vertical merges, header rows, nested tables, locations.

mod common;

use common::*;
use gongwen_blocks::{Block, Cell, Loc, Row, Table};

fn tc(props: &str, text: &str) -> String {
    let content = if text.is_empty() {
        "<w:p/>".to_owned()
    } else {
        text.split('|').map(p).collect::<String>()
    };
    format!("<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>{props}</w:tcPr>{content}</w:tc>")
}

fn tr(props: &str, cells: &[String]) -> String {
    format!("<w:tr>{props}{}</w:tr>", cells.concat())
}

fn cell(block: u32, row: u32, col: u32, row_span: u32, col_span: u32, text: &str) -> Cell {
    Cell {
        text: text.to_owned(),
        col,
        row_span,
        col_span,
        loc: Loc::block(block)
            .with_cell(row, col)
            .with_spans(row_span, col_span),
    }
}

fn row(block: u32, index: u32, repeat_header: bool, cells: Vec<Cell>) -> Row {
    Row {
        cells,
        repeat_header,
        loc: Loc::block(block).with_row(index),
    }
}

const GRID: &str = r#"<w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>"#;

#[test]
fn spans_merges_header_and_locations() {
    let rows = [
        // Header row: a cell spanning two columns, then one.
        tr(
            "<w:trPr><w:tblHeader/></w:trPr>",
            &[
                tc(r#"<w:gridSpan w:val="2"/>"#, "序号与名称"),
                tc("", "备注"),
            ],
        ),
        // vMerge restart in columns 0 and 2, a plain cell between.
        tr(
            "",
            &[
                tc(r#"<w:vMerge w:val="restart"/>"#, "合并"),
                tc("", "乙"),
                tc(r#"<w:vMerge w:val="restart"/>"#, "右合并"),
            ],
        ),
        // continue (explicit), then bare vMerge (= continue) in column 2.
        tr(
            "",
            &[
                tc(r#"<w:vMerge w:val="continue"/>"#, ""),
                tc("", "丙"),
                tc("<w:vMerge/>", ""),
            ],
        ),
        // bare vMerge continues column 0 once more; column 2 ends its merge.
        tr("", &[tc("<w:vMerge/>", ""), tc("", "丁"), tc("", "戊")]),
    ]
    .concat();
    let body = format!("{}<w:tbl>{GRID}{rows}</w:tbl>{}", p("表前"), p("表后"));
    let blocks = read_body(&body);
    assert_eq!(texts(&blocks), ["表前", "<table>", "表后"]);
    assert_eq!(blocks[2].loc().block, 2);
    let expected = Table {
        rows: vec![
            row(
                1,
                0,
                true,
                vec![
                    cell(1, 0, 0, 1, 2, "序号与名称"),
                    cell(1, 0, 2, 1, 1, "备注"),
                ],
            ),
            row(
                1,
                1,
                false,
                vec![
                    cell(1, 1, 0, 3, 1, "合并"),
                    cell(1, 1, 1, 1, 1, "乙"),
                    cell(1, 1, 2, 2, 1, "右合并"),
                ],
            ),
            row(1, 2, false, vec![cell(1, 2, 1, 1, 1, "丙")]),
            row(
                1,
                3,
                false,
                vec![cell(1, 3, 1, 1, 1, "丁"), cell(1, 3, 2, 1, 1, "戊")],
            ),
        ],
        loc: Loc::block(1),
    };
    assert_eq!(blocks[1], Block::Table(expected));
    assert_eq!(blocks[1].as_table().expect("table").grid_width(), 3);
}

#[test]
fn grid_before_and_after_skip_columns() {
    let rows = [
        tr(
            r#"<w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="1000" w:type="dxa"/></w:trPr>"#,
            &[tc("", "中"), tc("", "右")],
        ),
        tr(
            r#"<w:trPr><w:gridAfter w:val="2"/></w:trPr>"#,
            &[tc("", "左")],
        ),
    ]
    .concat();
    let body = format!("<w:tbl>{GRID}{rows}</w:tbl>");
    let blocks = read_body(&body);
    let table = blocks[0].as_table().expect("table");
    let cols: Vec<Vec<(u32, &str)>> = table
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| (c.col, c.text.as_str())).collect())
        .collect();
    assert_eq!(cols, vec![vec![(1, "中"), (2, "右")], vec![(0, "左")]]);
}

#[test]
fn cell_paragraphs_join_with_line_feeds_and_nested_tables_flatten() {
    let nested = format!(
        "<w:tbl>{GRID}<w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        tc("", "内一"),
        tc("", "内二"),
        tc("", "内三"),
        tc("", "内四")
    );
    let body = format!(
        "<w:tbl>{GRID}<w:tr>{}<w:tc>{}{}{}</w:tc></w:tr></w:tbl>",
        tc("", "第一段|第二段"),
        p("嵌套前"),
        nested,
        p("嵌套后")
    );
    let blocks = read_body(&body);
    assert_eq!(blocks.len(), 1);
    let table = blocks[0].as_table().expect("table");
    assert_eq!(table.rows.len(), 1);
    let texts: Vec<&str> = table.rows[0]
        .cells
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["第一段\n第二段", "嵌套前\n内一\t内二\n内三\t内四\n嵌套后"]
    );
}

#[test]
fn text_box_in_a_cell_goes_into_the_cell() {
    let body = format!(
        "<w:tbl>{GRID}<w:tr><w:tc><w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>锚</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        p("框")
    );
    let blocks = read_body(&body);
    let table = blocks[0].as_table().expect("table");
    assert_eq!(table.rows[0].cells[0].text, "框\n锚");
}

#[test]
fn legacy_hmerge_and_huge_spans_are_safe() {
    // Spans are capped (4096) so that col + col_span cannot overflow downstream.
    let body = format!(
        "<w:tbl><w:tr>{}{}{}</w:tr></w:tbl>",
        tc(r#"<w:hMerge w:val="restart"/>"#, "横"),
        tc(r#"<w:hMerge w:val="continue"/>"#, ""),
        tc(
            r#"<w:gridSpan w:val="4294967295"/><w:vMerge w:val="restart"/>"#,
            "巨"
        )
    );
    let blocks = read_body(&format!("{body}{}", p("后")));
    let table = blocks[0].as_table().expect("table");
    let cells: Vec<(u32, u32, &str)> = table.rows[0]
        .cells
        .iter()
        .map(|c| (c.col, c.col_span, c.text.as_str()))
        .collect();
    assert_eq!(cells, [(0, 2, "横"), (2, 4096, "巨")]);
    assert_eq!(table.grid_width(), 4098);
    assert_eq!(texts(&blocks), ["<table>", "后"]);
}

#[test]
fn page_break_does_not_jump_over_a_table() {
    let body = format!(
        r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:tbl><w:tr>{}</w:tr></w:tbl>{}"#,
        tc("", "格"),
        p("后")
    );
    let blocks = read_body(&body);
    assert!(
        !blocks[1]
            .as_paragraph()
            .expect("paragraph")
            .hints
            .page_break_before
    );
}
