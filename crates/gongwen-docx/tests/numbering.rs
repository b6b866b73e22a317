//! Automatic numbering rendered into the text and `list_label`.

mod common;

use common::*;
use gongwen_blocks::{Block, Hints};

/// abstractNum 0: "一、" / "（一）" / "1." (chineseCounting, chineseCounting, decimal).
/// abstractNum 1: "%1." / "%1.%2" decimal with a space suffix.
/// abstractNum 2: "第%1条" chineseCountingThousand, no suffix, attached to style "Article".
/// abstractNum 3: level 2 never restarts (lvlRestart 0), letters and roman.
const NUMBERING: &str = r#"
<w:abstractNum w:abstractNumId="0">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1条"/><w:suff w:val="nothing"/><w:pStyle w:val="Article"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="4">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%3、"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%4"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val="%5"/></w:lvl>
  <w:lvl w:ilvl="5"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%6"/></w:lvl>
  <w:lvl w:ilvl="6"><w:start w:val="1"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="1"/>
  <w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1）"/></w:lvl></w:lvlOverride></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num>
"#;

const STYLES: &str = r#"
<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/>
  <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListLevel2"><w:name w:val="List 2"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
"#;

/// A numbered paragraph.
fn np(num_id: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn read_numbered(body: &str) -> Vec<Block> {
    read(&docx_with(
        &document(body),
        Some(&styles(STYLES)),
        Some(&numbering(NUMBERING)),
    ))
}

fn labels(blocks: &[Block]) -> Vec<Option<String>> {
    blocks
        .iter()
        .map(|b| {
            b.as_paragraph()
                .expect("paragraph")
                .hints
                .list_label
                .clone()
        })
        .collect()
}

#[test]
fn two_chinese_levels_restart_under_each_first_level() {
    let body = [
        np(1, 0, "深入落实"),
        np(1, 1, "加强领导"),
        np(1, 1, "细化分工"),
        np(1, 0, "强化保障"),
        np(1, 1, "经费保障"),
        np(1, 2, "第一项"),
        np(1, 2, "第二项"),
        np(1, 1, "人员保障"),
        np(1, 2, "又一项"),
    ]
    .concat();
    let blocks = read_numbered(&body);
    assert_eq!(
        texts(&blocks),
        [
            "一、深入落实",
            "（一）加强领导",
            "（二）细化分工",
            "二、强化保障",
            "（一）经费保障",
            "1.第一项",
            "2.第二项",
            "（二）人员保障",
            "1.又一项",
        ]
    );
    assert_eq!(
        blocks[0],
        para(
            0,
            "一、深入落实",
            Hints {
                list_label: Some("一、".into()),
                ..Hints::default()
            }
        )
    );
}

#[test]
fn nums_share_the_counters_of_their_abstract_unless_restarted() {
    let body = [
        np(1, 0, "甲"),
        np(2, 0, "乙"), // same abstractNum: continues
        np(3, 0, "丙"), // startOverride 5: own counters
        np(3, 0, "丁"),
        np(1, 0, "戊"), // back to the shared counters
        np(0, 0, "无编号"),
    ]
    .concat();
    let blocks = read_numbered(&body);
    assert_eq!(
        texts(&blocks),
        ["一、甲", "二、乙", "五、丙", "六、丁", "三、戊", "无编号"]
    );
    assert_eq!(labels(&blocks)[5], None);
}

#[test]
fn decimal_multilevel_with_space_suffix() {
    let body = [
        np(4, 0, "总则"),
        np(4, 1, "目的"),
        np(4, 1, "依据"),
        np(4, 0, "职责"),
        np(4, 1, "分工"),
    ]
    .concat();
    let blocks = read_numbered(&body);
    assert_eq!(
        texts(&blocks),
        ["1. 总则", "1.1 目的", "1.2 依据", "2. 职责", "2.1 分工"]
    );
    assert_eq!(
        labels(&blocks),
        [
            Some("1."),
            Some("1.1"),
            Some("1.2"),
            Some("2."),
            Some("2.1")
        ]
        .map(|l| l.map(String::from))
    );
}

#[test]
fn numbering_from_the_paragraph_style() {
    let body = concat!(
        r#"<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr><w:r><w:t>为了规范管理，制定本办法。</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr><w:r><w:t>本办法适用于全市。</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Article"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>关掉编号</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="ListLevel2"/></w:pPr><w:r><w:t>样式二级</w:t></w:r></w:p>"#,
    );
    let blocks = read_numbered(body);
    assert_eq!(
        texts(&blocks),
        [
            "第一条为了规范管理，制定本办法。",
            "第二条本办法适用于全市。",
            "关掉编号",
            "（一）样式二级"
        ]
    );
}

#[test]
fn many_articles_use_chinese_counting_thousand() {
    let body: String = (0..12)
        .map(|_| r#"<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr><w:r><w:t>条文</w:t></w:r></w:p>"#)
        .collect();
    let blocks = read_numbered(&body);
    assert_eq!(
        texts(&blocks)[9..],
        ["第十条条文", "第十一条条文", "第十二条条文"]
    );
}

#[test]
fn lvl_restart_zero_never_restarts_and_override_level_replaces() {
    let body = [
        np(6, 0, "A"),
        np(6, 1, "x"),
        np(6, 0, "B"),
        np(6, 1, "y"),
        np(7, 0, "C"),
        np(7, 0, "D"),
        np(7, 1, "E"),
    ]
    .concat();
    let blocks = read_numbered(&body);
    assert_eq!(
        texts(&blocks),
        ["I.A", "a)x", "II.B", "b)y", "C）C", "D）D", "D.1 E"]
    );
}

#[test]
fn other_formats_bullets_and_none() {
    let body = [
        np(8, 0, "要点"),
        np(8, 1, "圈一"),
        np(8, 1, "圈二"),
        np(8, 2, "甲项"),
        np(8, 3, "零一"),
        np(8, 4, "无号"),
        np(8, 5, "括号"),
        np(8, 6, "汉字"),
    ]
    .concat();
    let blocks = read_numbered(&body);
    assert_eq!(
        texts(&blocks),
        [
            "●要点",
            "①圈一",
            "②圈二",
            "甲、甲项",
            "01零一",
            "无号",
            "(1)括号",
            "一汉字"
        ]
    );
    assert_eq!(labels(&blocks)[5], None);
}

#[test]
fn empty_numbered_paragraphs_still_count_and_numbering_works_in_cells() {
    let body = format!(
        "{}{}{}<w:tbl><w:tr><w:tc>{}{}</w:tc></w:tr></w:tbl>",
        np(4, 0, "一"),
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr></w:p>"#,
        np(4, 0, "三"),
        np(1, 0, "格内"),
        np(1, 1, "格内二级"),
    );
    let blocks = read_numbered(&body);
    assert_eq!(texts(&blocks), ["1. 一", "3. 三", "<table>"]);
    let table = blocks[2].as_table().expect("table");
    assert_eq!(table.rows[0].cells[0].text, "一、格内\n（一）格内二级");
}

#[test]
fn missing_definitions_give_no_label() {
    let body = [np(99, 0, "未定义"), np(1, 7, "未定义级别")].concat();
    let blocks = read_numbered(&body);
    assert_eq!(texts(&blocks), ["未定义", "未定义级别"]);
    // Without a numbering part at all.
    let blocks = read(&docx(&np(1, 0, "无编号部件")));
    assert_eq!(texts(&blocks), ["无编号部件"]);
}
