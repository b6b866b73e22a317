#![cfg(test)]
//! Whole-document checks of the schema-1.2 decisions that span modules: the 版记's
//! 印发机关 printed above the date, and the closing formula after the last item.

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
    let source = Source::new(Format::Txt, "UTF-8");
    crate::structure(&blocks, source)
}

#[test]
fn printer_line_above_the_date() {
    // (red header, signature line, issuers, printer_not_issuer diagnostic?)
    let cases: &[(Option<&str>, &str, &[&str], bool)] = &[
        // The 印发机关 printed above the date: the red header's organ issues it.
        (
            Some("岚溪县卫生局文件"),
            "岚溪县卫生局办公室",
            &["岚溪县卫生局"],
            true,
        ),
        // The 办公室 signs and prints its own document.
        (
            Some("岚溪县卫生局办公室文件"),
            "岚溪县卫生局办公室",
            &["岚溪县卫生局办公室"],
            false,
        ),
        // No red header: nothing contradicts the signature.
        (None, "岚溪县卫生局办公室", &["岚溪县卫生局办公室"], false),
        // The signature names the header's organ; the 办公室 only prints.
        (
            Some("岚溪县卫生局文件"),
            "岚溪县卫生局",
            &["岚溪县卫生局"],
            false,
        ),
    ];
    for (header, signature, issuers, echo) in cases {
        let mut lines: Vec<&str> = header.iter().copied().collect();
        lines.extend([
            "岚卫发〔2011〕7号",
            "关于同意某某同志辞职的批复",
            "县中医院：",
            "你院请示收悉。经研究，同意某某同志辞职。",
            signature,
            "2011年3月10日",
            "岚溪县卫生局办公室    2011年3月10日印发",
        ]);
        let doc = structure_lines(&lines);
        assert_eq!(doc.issuers, *issuers, "{header:?} / {signature}");
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2011-03-10")
        );
        assert_eq!(
            doc.printed.as_ref().and_then(|p| p.organ.as_deref()),
            Some("岚溪县卫生局办公室")
        );
        let flagged = doc
            .diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::PrinterNotIssuer);
        assert_eq!(flagged, *echo, "{header:?} / {signature}");
    }
}

#[test]
fn closing_formula_leaves_the_last_item() {
    let doc = structure_lines(&[
        "岚政办发〔2024〕3号",
        "岚溪县人民政府办公室关于做好春耕工作的通知",
        "各乡镇人民政府：",
        "现将有关事项通知如下：",
        "一、加强组织领导。各乡镇要成立工作专班。",
        "二、强化物资保障。各乡镇要做好农资调运。",
        "县农业农村局要加强指导。",
        "特此通知。",
        "岚溪县人民政府办公室",
        "2024年3月1日",
    ]);
    let last = doc.body.sections.last().expect("two items");
    let kept: Vec<&str> = last.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(kept, ["各乡镇要做好农资调运。", "县农业农村局要加强指导。"]);
    let closing: Vec<&str> = doc.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["特此通知。"]);
    assert_eq!(doc.body.closing[0].loc.line, Some(8));

    // Without numbered items the formula stays in the preamble.
    let doc = structure_lines(&[
        "岚政办函〔2024〕5号",
        "岚溪县人民政府办公室关于同意调整会议时间的函",
        "县农业农村局：",
        "你局来函收悉。经研究，同意调整。",
        "特此函告。",
        "岚溪县人民政府办公室",
        "2024年3月1日",
    ]);
    assert!(doc.body.closing.is_empty());
    assert_eq!(doc.body.preamble.len(), 2);
}

#[test]
fn issuers_from_the_header_say_where_they_were_printed() {
    let tail = [
        "关于做好春耕备耕工作的通知",
        "各乡镇人民政府：",
        "请各乡镇做好农资调运，确保春耕顺利。",
        "2024年3月1日",
    ];
    /// Header lines, issuers, and where: the first header line and the last one if several.
    type Case<'a> = (&'a [&'a str], &'a [&'a str], (u32, Option<u32>));
    let cases: &[Case] = &[
        // A red header line: "…文件".
        (
            &["岚溪县农业农村局文件", "岚农发〔2024〕3号"],
            &["岚溪县农业农村局"],
            (0, None),
        ),
        // Organ lines printed above the number without "文件" (a joint header).
        (
            &["岚溪县农业农村局", "岚溪县财政局", "岚农发〔2024〕3号"],
            &["岚溪县农业农村局", "岚溪县财政局"],
            (0, Some(2)),
        ),
    ];
    for (header, issuers, (first, last)) in cases {
        let lines: Vec<&str> = header.iter().chain(tail.iter()).copied().collect();
        let doc = structure_lines(&lines);
        assert_eq!(doc.issuers, *issuers, "{header:?}");
        let want = Loc::lines(*first, Some(first + 1), *last);
        assert_eq!(doc.provenance.issuers, Some(want), "{header:?}");
    }
}

#[test]
fn parts_of_a_plan_hold_their_items() {
    let doc = structure_lines(&[
        "岚政办发〔2024〕9号",
        "岚溪县人民政府办公室关于印发岚溪县农村人居环境整治提升方案的通知",
        "各乡镇人民政府，县直各部门：",
        "《岚溪县农村人居环境整治提升方案》已经县政府同意，现印发给你们，请认真贯彻执行。",
        "岚溪县人民政府办公室",
        "2024年4月2日",
        "岚溪县农村人居环境整治提升方案",
        "第一部分　总体要求",
        "一、指导思想",
        "坚持因地制宜、分类施策。",
        "二、工作目标",
        "到2025年，农村卫生厕所普及率稳步提高。",
        "第二部分：重点任务",
        "一、推进农村厕所革命",
        "各乡镇要逐村摸排改厕需求。",
        "第一部分为总体要求，这一句是正文，不是标题。",
    ]);
    let sections = &doc.transmitted.first().expect("the 方案").sections;
    let parts: Vec<(&str, Option<&str>, usize)> = sections
        .iter()
        .map(|s| (s.label.as_str(), s.heading.as_deref(), s.children.len()))
        .collect();
    assert_eq!(
        parts,
        [
            ("第一部分", Some("总体要求"), 2),
            ("第二部分", Some("重点任务"), 1)
        ]
    );
    assert!(
        sections
            .iter()
            .all(|s| s.kind == gongwen_model::SectionKind::Part)
    );
    // The items restart under each part: no sequence is broken.
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::SectionOutOfSequence),
        "{:?}",
        doc.diagnostics
    );
    let last = &sections[1].children[0];
    let texts: Vec<&str> = last.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "各乡镇要逐村摸排改厕需求。",
            "第一部分为总体要求，这一句是正文，不是标题。"
        ]
    );
}
