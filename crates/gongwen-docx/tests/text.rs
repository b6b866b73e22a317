//! Text extraction: references, white space, tabs and breaks, fields, tracked changes,
//! markup compatibility, text boxes, and what is never read.

mod common;

use common::*;
use gongwen_blocks::{Block, Hints};

#[test]
fn entity_and_character_references_are_resolved() {
    let blocks = read_body(
        "<w:p><w:r><w:t>A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x4E00;&#20108;</w:t></w:r></w:p>",
    );
    assert_eq!(
        blocks,
        vec![para(0, r#"A&B <c> "d" 'e' 一二"#, Hints::default())]
    );
}

#[test]
fn xml_space_is_honoured() {
    let blocks = read_body(concat!(
        r#"<w:p><w:r><w:t>各区</w:t></w:r><w:r><w:t xml:space="preserve"> 人民 </w:t></w:r>"#,
        "<w:r><w:t> 政府 </w:t></w:r></w:p>"
    ));
    assert_eq!(texts(&blocks), ["各区 人民 政府"]);
}

#[test]
fn paragraph_text_is_trimmed_including_ideographic_space() {
    let blocks =
        read_body(r#"<w:p><w:r><w:t xml:space="preserve">　　各单位：　</w:t></w:r></w:p>"#);
    assert_eq!(texts(&blocks), ["各单位："]);
}

#[test]
fn tabs_breaks_and_special_characters() {
    let blocks = read_body(concat!(
        "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t></w:r>",
        r#"<w:r><w:t>2024</w:t><w:noBreakHyphen/><w:t>01</w:t><w:softHyphen/><w:t>x</w:t>"#,
        r#"<w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="4E09"/></w:r></w:p>"#
    ));
    assert_eq!(texts(&blocks), ["甲\t乙\n丙\n丁2024-01x\u{F0FC}三"]);
}

#[test]
fn page_break_at_start_sets_page_break_before() {
    let blocks = read_body(concat!(
        "<w:p><w:r><w:t>一</w:t></w:r></w:p>",
        r#"<w:p><w:r><w:br w:type="page"/><w:t>二</w:t></w:r></w:p>"#,
        // A page break alone in an empty paragraph carries over to the next one.
        r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p/>"#,
        "<w:p><w:r><w:t>三</w:t></w:r></w:p>",
        // A page break after the text moves the next paragraph to a new page.
        r#"<w:p><w:r><w:t>四</w:t><w:br w:type="page"/></w:r></w:p>"#,
        "<w:p><w:r><w:t>五</w:t></w:r></w:p>",
        r#"<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>六</w:t></w:r></w:p>"#,
    ));
    let breaks: Vec<(String, bool)> = blocks
        .iter()
        .map(|b| {
            let p = b.as_paragraph().expect("paragraph");
            (p.text.clone(), p.hints.page_break_before)
        })
        .collect();
    let expected = [
        ("一", false),
        ("二", true),
        ("三", true),
        ("四", false),
        ("五", true),
        ("六", true),
    ];
    let expected: Vec<(String, bool)> = expected.iter().map(|(t, b)| (t.to_string(), *b)).collect();
    assert_eq!(breaks, expected);
    for (i, b) in blocks.iter().enumerate() {
        assert_eq!(b.loc().block, i as u32);
    }
}

#[test]
fn containers_contribute_their_content() {
    let blocks = read_body(concat!(
        r#"<w:p><w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink>"#,
        r#"<w:smartTag w:uri="u" w:element="place"><w:smartTagPr/><w:r><w:t>北京</w:t></w:r></w:smartTag>"#,
        r#"<w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr>"#,
        "<w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt></w:p>",
        r#"<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>块级控件</w:t></w:r></w:p></w:sdtContent></w:sdt>"#,
    ));
    assert_eq!(texts(&blocks), ["链接北京控件", "块级控件"]);
}

#[test]
fn fields_show_their_result_only() {
    let blocks = read_body(concat!(
        r#"<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r>"#,
        r#"<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>"#,
        r#"<w:r><w:t xml:space="preserve"> 页，共 </w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>"#,
        // Nested field in the instruction of another; a form field with data.
        r#"<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/></w:ffData></w:fldChar></w:r>"#,
        r#"<w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
        r#"<w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#,
        r#"<w:r><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>后</w:t></w:r></w:p>"#,
    ));
    assert_eq!(texts(&blocks), ["第 3 页，共 9 页", "结果后"]);
}

#[test]
fn tracked_changes_read_as_accepted() {
    let blocks = read_body(concat!(
        r#"<w:p><w:r><w:t>保留</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>"#,
        r#"<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>"#,
        r#"<w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"#,
        r#"<w:moveTo w:id="4"><w:r><w:t>移入</w:t></w:r></w:moveTo>"#,
        r#"<w:r><w:rPr><w:b/><w:rPrChange w:id="5"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>尾</w:t></w:r></w:p>"#,
    ));
    assert_eq!(texts(&blocks), ["保留插入移入尾"]);
}

#[test]
fn alternate_content_contributes_one_branch() {
    let blocks = read_body(concat!(
        "<w:p><w:r><w:t>前</w:t></w:r>",
        r#"<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>新</w:t></w:r></mc:Choice>"#,
        "<mc:Fallback><w:r><w:t>旧</w:t></w:r></mc:Fallback></mc:AlternateContent>",
        "<w:r><w:t>后</w:t></w:r></w:p>",
    ));
    assert_eq!(texts(&blocks), ["前新后"]);
}

/// A text box as Word writes it: a DrawingML shape in mc:Choice, the same text box again
/// as VML in mc:Fallback.
fn text_box(paragraphs: &str) -> String {
    format!(
        concat!(
            r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/>"#,
            r#"<a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr>"#,
            "<wps:txbx><w:txbxContent>{0}</w:txbxContent></wps:txbx>",
            "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>",
            r#"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{0}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"#,
            "</mc:AlternateContent></w:r>"
        ),
        paragraphs
    )
}

#[test]
fn text_boxes_are_emitted_once_before_their_anchor() {
    let body = format!(
        "{}<w:p><w:r><w:t>锚定段落</w:t></w:r>{}</w:p>{}",
        p("之前"),
        text_box(&format!(
            r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>框内一</w:t></w:r></w:p>{}"#,
            p("框内二")
        )),
        p("之后")
    );
    let blocks = read_body(&body);
    let in_box = Hints {
        in_text_box: true,
        ..Hints::default()
    };
    assert_eq!(
        blocks,
        vec![
            para(0, "之前", Hints::default()),
            para(
                1,
                "框内一",
                Hints {
                    align: Some(gongwen_blocks::Align::Center),
                    ..in_box.clone()
                }
            ),
            para(2, "框内二", in_box),
            para(3, "锚定段落", Hints::default()),
            para(4, "之后", Hints::default()),
        ]
    );
}

#[test]
fn vml_text_box_and_drawing_text_are_handled() {
    // A VML text box without AlternateContent; DrawingML text (a:t) in a shape is not body text.
    let body = concat!(
        r#"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>VML框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"#,
        r#"<w:r><w:drawing><a:graphic><a:p><a:r><a:t>图形文字</a:t></a:r></a:p></a:graphic></w:drawing><w:t>正文</w:t></w:r></w:p>"#,
        // A text box anchored in an otherwise empty paragraph.
        r#"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>独立框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"#,
    );
    let blocks = read_body(body);
    assert_eq!(texts(&blocks), ["VML框", "正文", "独立框"]);
    let flags: Vec<bool> = blocks
        .iter()
        .map(|b| b.as_paragraph().expect("paragraph").hints.in_text_box)
        .collect();
    assert_eq!(flags, [true, false, true]);
}

#[test]
fn table_in_text_box_becomes_a_text_box_paragraph() {
    let body = format!(
        "<w:p>{}<w:r><w:t>锚</w:t></w:r></w:p>",
        text_box(concat!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc>",
            "<w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>",
            "<w:tr><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>"
        ))
    );
    let blocks = read_body(&body);
    assert_eq!(texts(&blocks), ["甲\t乙\n丙", "锚"]);
    assert!(
        blocks[0]
            .as_paragraph()
            .expect("paragraph")
            .hints
            .in_text_box
    );
}

/// A table of data in a text box (WPS puts a task table there): a table block, placed
/// (like the box's paragraphs) before its anchor paragraph; the copy in mc:Fallback is
/// not read again.
#[test]
fn data_table_in_text_box_stays_a_table() {
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let row = |cells: &[&str]| {
        format!(
            "<w:tr>{}</w:tr>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let table = format!(
        "<w:tbl>{}{}</w:tbl><w:p/>",
        row(&["序号", "工作任务", "责任单位"]),
        row(&["1", "淘汰老旧柴油货车", "县交通运输局"])
    );
    let body = format!("<w:p>{}<w:r><w:t>锚</w:t></w:r></w:p>", text_box(&table));
    let blocks = read_body(&body);
    assert_eq!(blocks.len(), 2, "{blocks:?}");
    let Block::Table(t) = &blocks[0] else {
        panic!("a table first: {blocks:?}");
    };
    let cells: Vec<Vec<&str>> = t
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
        .collect();
    assert_eq!(
        cells,
        [
            vec!["序号", "工作任务", "责任单位"],
            vec!["1", "淘汰老旧柴油货车", "县交通运输局"]
        ]
    );
    assert_eq!(
        blocks[1].as_paragraph().map(|p| p.text.as_str()),
        Some("锚")
    );
}

#[test]
fn headers_footers_and_footnotes_are_not_read() {
    let blocks = read_body(concat!(
        r#"<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>"#,
        r#"<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#
    ));
    assert_eq!(texts(&blocks), ["正文"]);
}

#[test]
fn empty_paragraphs_are_dropped_and_math_and_ruby_read() {
    let blocks = read_body(concat!(
        "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>",
        "<w:p><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>",
        "<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhōng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>中</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>",
    ));
    assert_eq!(texts(&blocks), ["x+1", "中"]);
    assert_eq!(blocks[1].loc().block, 1);
}

#[test]
fn main_part_is_found_through_relationships_case_insensitively() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/Content/Main.XML"/></Relationships>"#;
    let doc = document(&p("正文"));
    let bytes = zip(&[
        ("_rels/.rels", rels.as_bytes()),
        ("content/main.xml", doc.as_bytes()),
    ]);
    assert_eq!(texts(&read(&bytes)), ["正文"]);

    // Without relationships, word/document.xml in any case.
    let bytes = zip(&[("Word/Document.xml", doc.as_bytes())]);
    assert_eq!(texts(&read(&bytes)), ["正文"]);
}

#[test]
fn deleted_paragraph_marks_join_the_next_paragraph() {
    let numbering_xml = numbering(concat!(
        r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>"#,
        r#"<w:lvlText w:val="（%1）"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>"#,
        r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
    ));
    let numbered = |extra: &str, runs: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr>{extra}</w:rPr></w:pPr>{runs}</w:p>"#
        )
    };
    let body = [
        numbered("", "<w:r><w:t>第一项。</w:t></w:r>"),
        // A whole numbered paragraph deleted, mark included: no text, no number.
        numbered(
            r#"<w:del w:id="1" w:author="a"/>"#,
            r#"<w:del w:id="2" w:author="a"><w:r><w:delText>删除的一项。</w:delText></w:r></w:del>"#,
        ),
        numbered("", "<w:r><w:t>第二项。</w:t></w:r>"),
        // A deleted mark with text kept: the two paragraphs become one.
        r#"<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半句</w:t></w:r></w:p>"#.to_owned(),
        p("后半句。"),
    ]
    .concat();
    let blocks = read(&docx_with(&document(&body), None, Some(&numbering_xml)));
    assert_eq!(
        texts(&blocks),
        ["（一）第一项。", "（二）第二项。", "前半句后半句。"]
    );
}

#[test]
fn hidden_text_bom_and_doctype_entities() {
    let body = concat!(
        r#"<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"#,
        r#"<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也可见</w:t></w:r></w:p>"#
    );
    assert_eq!(texts(&read_body(body)), ["可见也可见"]);

    // A UTF-8 byte order mark before the declaration.
    let with_bom = format!("\u{FEFF}{}", document(&p("有BOM")));
    assert_eq!(texts(&read(&docx_with(&with_bom, None, None))), ["有BOM"]);

    // Internal DTD entities are never expanded (no entity bombs): kept as written.
    let dtd = format!(
        r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lollollollollol">]><w:document {NS}><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>"#
    );
    assert_eq!(texts(&read(&docx_with(&dtd, None, None))), ["&lol;"]);
}

#[test]
fn a_section_break_starts_the_next_paragraph_on_a_new_page() {
    let body = concat!(
        r#"<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>一节末</w:t></w:r></w:p>"#,
        "<w:p><w:r><w:t>附件</w:t></w:r></w:p>",
        r#"<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>连续节末</w:t></w:r></w:p>"#,
        "<w:p><w:r><w:t>同页</w:t></w:r></w:p>",
    );
    let breaks: Vec<bool> = read_body(body)
        .iter()
        .map(|b| b.as_paragraph().expect("paragraph").hints.page_break_before)
        .collect();
    assert_eq!(breaks, [false, true, false, false]);
}
