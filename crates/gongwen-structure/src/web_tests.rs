#![cfg(test)]
//! Whole-document checks of text copied from government websites (issue 12): a body kept
//! on one line, page chrome and metadata in every shape, the title among page headings,
//! transmitted documents found by their names. Every text is invented.

use gongwen_blocks::{Block, Paragraph};
use gongwen_model::{DiagnosticCode, Document, Format, Loc, Source};

fn structure_lines(lines: &[&str]) -> Document {
    let blocks: Vec<Block> = lines
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let n = u32::try_from(i).unwrap_or(0);
            Block::Paragraph(Paragraph {
                text: (*t).to_owned(),
                loc: Loc::lines(n, Some(n + 1), None),
                ..Default::default()
            })
        })
        .collect();
    crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"))
}

fn has(doc: &Document, code: DiagnosticCode) -> bool {
    doc.diagnostics.iter().any(|d| d.code == code)
}

/// A body a web store kept on one line is read as its paragraphs: the 主送, the signature
/// and its date, the publicity note, the carried document with its items and their unit
/// lines.
#[test]
fn body_on_one_line() {
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于印发2023年柏岩县重点工作责任分解的通知",
        "各镇人民政府,县政府各部门: 《2023年柏岩县重点工作责任分解》已经县政府同意,现印发给你们,请认真贯彻执行。 柏岩县人民政府办公室 2023年3月2日 (此件公开发布) 2023年柏岩县重点工作责任分解 一、经济发展 1.地区生产总值增长6%左右。 责任单位:县发改局、县统计局 2.推进重点项目建设。 责任单位:县住建局 二、社会事业 1.新建幼儿园3所。 责任单位:县教育局",
    ]);
    assert_eq!(doc.recipients, ["各镇人民政府", "县政府各部门"]);
    assert_eq!(doc.issuers, ["柏岩县人民政府办公室"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2023-03-02")
    );
    assert_eq!(doc.publicity, Some(gongwen_model::Publicity::Public));
    assert!(has(&doc, DiagnosticCode::LineSplit));
    let carried = doc.transmitted.first().map(|t| t.title.as_str());
    assert_eq!(carried, Some("2023年柏岩县重点工作责任分解"));
    let sections = doc.transmitted.first().map_or(0, |t| t.sections.len());
    assert_eq!(sections, 2);
    let first = doc.transmitted.first().and_then(|t| t.sections.first());
    let items: Vec<(Option<&str>, Vec<&str>)> = first
        .map(|s| {
            s.children
                .iter()
                .map(|c| {
                    let paras = c.paragraphs.iter().map(|p| p.text.as_str()).collect();
                    (c.heading.as_deref(), paras)
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(
        items[0].1.contains(&"责任单位:县发改局、县统计局"),
        "{items:?}"
    );
}

/// The negative case: a line with a space or two is one paragraph.
#[test]
fn spaced_line_stays_whole() {
    let line = "各单位要高度重视，加强组织领导。 要明确具体任务，细化工作方案，确保按时完成既定的目标任务。 要加强督促检查，及时通报进展情况。";
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于做好春耕备耕工作的通知",
        "各镇人民政府，县政府各部门：",
        line,
        "柏岩县人民政府办公室",
        "2024年3月1日",
    ]);
    assert!(!has(&doc, DiagnosticCode::LineSplit));
    assert_eq!(
        doc.body
            .preamble
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        [line]
    );
}
