//! Layout hints: alignment, bold, font size and heading level, stated directly or through
//! the style chain and the document defaults.

mod common;

use common::*;
use gongwen_blocks::{Align, Hints};

const STYLES: &str = r#"
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:latentStyles><w:lsdException w:name="heading 1" w:uiPriority="9"/></w:latentStyles>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/>
  <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SubTitle"><w:name w:val="Sub"/><w:basedOn w:val="Title"/>
  <w:pPr><w:pPrChange w:id="1"><w:pPr><w:jc w:val="right"/></w:pPr></w:pPrChange></w:pPr><w:rPr><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
  <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="WpsHeading"><w:name w:val="标题 3"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="1"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/>
  <w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
"#;

fn read_styled(body: &str) -> Vec<gongwen_blocks::Block> {
    read(&docx_with(&document(body), Some(&styles(STYLES)), None))
}

fn hints(blocks: &[gongwen_blocks::Block], i: usize) -> Hints {
    blocks[i].as_paragraph().expect("paragraph").hints.clone()
}

#[test]
fn alignment_direct_and_through_styles() {
    let blocks = read_styled(concat!(
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>居中</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>右</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:jc w:val="end"/></w:pPr><w:r><w:t>尾</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>两端</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:jc w:val="distribute"/></w:pPr><w:r><w:t>分散</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:jc w:val="start"/></w:pPr><w:r><w:t>左</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="SubTitle"/></w:pPr><w:r><w:t>继承</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Title"/><w:jc w:val="left"/></w:pPr><w:r><w:t>覆盖</w:t></w:r></w:p>"#,
        "<w:p><w:r><w:t>无</w:t></w:r></w:p>",
    ));
    let aligns: Vec<Option<Align>> = (0..blocks.len()).map(|i| hints(&blocks, i).align).collect();
    use Align::*;
    assert_eq!(
        aligns,
        [
            Some(Center),
            Some(Right),
            Some(Right),
            Some(Justify),
            Some(Justify),
            Some(Left),
            Some(Center),
            Some(Left),
            None
        ]
    );
}

#[test]
fn bold_when_every_non_empty_run_is_bold() {
    let blocks = read_styled(concat!(
        r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>全</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>粗</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>半</w:t></w:r><w:r><w:t>粗</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>样式粗</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>取消</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>字符样式</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>段落标记粗不算</w:t></w:r></w:p>"#,
    ));
    let bold: Vec<bool> = (0..blocks.len()).map(|i| hints(&blocks, i).bold).collect();
    assert_eq!(bold, [true, false, true, false, true, false]);
}

#[test]
fn font_size_is_the_largest_run() {
    let blocks = read_styled(concat!(
        r#"<w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>小</w:t></w:r><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>大</w:t></w:r></w:p>"#,
        "<w:p><w:r><w:t>默认段落样式</w:t></w:r></w:p>",
        r#"<w:p><w:pPr><w:pStyle w:val="SubTitle"/></w:pPr><w:r><w:t>样式</w:t></w:r></w:p>"#,
    ));
    let sizes: Vec<Option<u16>> = (0..blocks.len())
        .map(|i| hints(&blocks, i).font_size)
        .collect();
    assert_eq!(sizes, [Some(44), Some(32), Some(36)]);

    // Without styles: only what runs state; docDefaults when nothing else.
    let plain = read_body("<w:p><w:r><w:t>无</w:t></w:r></w:p>");
    assert_eq!(hints(&plain, 0).font_size, None);
    let defaults_only = read(&docx_with(
        &document("<w:p><w:r><w:t>默认</w:t></w:r></w:p>"),
        Some(&styles(
            r#"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>"#,
        )),
        None,
    ));
    assert_eq!(hints(&defaults_only, 0).font_size, Some(21));
}

#[test]
fn heading_levels_from_outline_and_style_names() {
    let blocks = read_styled(concat!(
        r#"<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>直接</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>标题一</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>名称二</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="WpsHeading"/></w:pPr><w:r><w:t>名称三</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>继承一</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文级别</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr><w:r><w:t>循环样式</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:pStyle w:val="Missing"/></w:pPr><w:r><w:t>未知样式</w:t></w:r></w:p>"#,
    ));
    let levels: Vec<Option<u8>> = (0..blocks.len())
        .map(|i| hints(&blocks, i).heading_level)
        .collect();
    assert_eq!(
        levels,
        [
            Some(2),
            Some(1),
            Some(2),
            Some(3),
            Some(1),
            None,
            None,
            None
        ]
    );
}

#[test]
fn exact_hints_of_a_title() {
    let blocks = read_styled(
        r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>关于开展检查的通知</w:t></w:r></w:p>"#,
    );
    assert_eq!(
        blocks,
        vec![para(
            0,
            "关于开展检查的通知",
            Hints {
                align: Some(Align::Center),
                bold: true,
                font_size: Some(44),
                ..Hints::default()
            }
        )]
    );
}
