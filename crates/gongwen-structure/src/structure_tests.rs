#![cfg(test)]
//! Whole-document checks of the schema-1.2 decisions that span modules: the 版记's
//! 印发机关 printed above the date, and the closing formula after the last item.

use gongwen_blocks::{Block, Paragraph};
use gongwen_model::{DiagnosticCode, Document, Format, Layout, Loc, Source};

use crate::test_support::grid_table;

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

/// Paragraph blocks of a gridded format, one per line, numbered from block 0.
fn paragraph_blocks(lines: &[&str]) -> Vec<Block> {
    lines
        .iter()
        .zip(0u32..)
        .map(|(t, n)| {
            Block::Paragraph(Paragraph {
                text: (*t).to_owned(),
                loc: Loc::block(n),
                ..Default::default()
            })
        })
        .collect()
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

/// The GB/T 9704 special formats across the header, the signature and the tail.
#[test]
fn special_formats() {
    // A notice that mentions a 会议纪要 and prints an "出席：" line is a notice.
    let notice = structure_lines(&[
        "栖政办发〔2024〕9号",
        "栖川县人民政府办公室关于落实县政府第31次常务会议纪要事项的通知",
        "各镇人民政府，县直各部门：",
        "根据县政府第31次常务会议纪要，现就有关事项通知如下：",
        "一、会议安排",
        "出席：各镇镇长、县直各部门主要负责同志",
        "栖川县人民政府办公室",
        "2024年5月22日",
    ]);
    assert_eq!(notice.layout, Layout::General);
    assert!(notice.meeting.is_none());
    let kept = &notice.body.sections[0].paragraphs;
    assert!(kept.iter().any(|p| p.text.starts_with("出席：")));
    assert_eq!(notice.provenance.layout, None);

    // A 令 with the number on the mark's line, signed by title and name.
    let order = structure_lines(&[
        "云岫市人民政府令（第28号）",
        "《云岫市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年7月1日起施行。",
        "代理市长　陈　晨",
        "2024年5月30日",
        "云岫市城市绿化管理办法",
        "第一条　为了加强城市绿化管理，制定本办法。",
    ]);
    assert_eq!(order.layout, Layout::Order);
    assert_eq!(order.issue_number.as_ref().map(|n| n.serial), Some(28));
    assert_eq!(order.issuers, ["云岫市人民政府"]);
    let signer = order
        .signatories
        .first()
        .map(|s| (s.title.as_str(), s.name.as_str()));
    assert_eq!(signer, Some(("代理市长", "陈晨")));
    assert_eq!(
        order.transmitted.first().map(|t| t.title.as_str()),
        Some("云岫市城市绿化管理办法")
    );
    assert!(
        !order
            .diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::NoDocNumber),
        "the 令号 stands for the 发文字号"
    );

    // A notice signed by an organ keeps its issuers and has no signatories.
    let plain = structure_lines(&[
        "栖川县人民政府关于做好防汛工作的通知",
        "各镇人民政府：",
        "请做好防汛工作。",
        "栖川县人民政府",
        "2024年6月1日",
    ]);
    assert_eq!(plain.layout, Layout::General);
    assert_eq!(plain.issuers, ["栖川县人民政府"]);
    assert!(plain.signatories.is_empty() && plain.issue_number.is_none());
}

/// The bugs traced when the lexicon was made one: each came from two copies of a word
/// list that had drifted apart.
#[test]
fn traced_bugs() {
    let doc = structure_lines(&[
        "岚政办发〔2024〕12号",
        "岚溪县人民政府办公室关于做好2024年冬春农田水利建设的通知",
        "各乡镇人民政府，县直各部门：",
        "一、加快灌区改造。年底前完成渠系配套。（县发改局、县财政局共同负责）",
        "二、做好资金保障。（县水利局牵头，县财政局协办）",
        "三、开展冬修春灌。翌年3月底前完成春灌准备。（县农业农村局负责）",
        "岚溪县人民政府办公室",
        "2024年11月5日",
    ]);
    let units = |i: usize| -> Vec<(&str, gongwen_model::UnitRole)> {
        doc.tasks[i]
            .units
            .iter()
            .map(|u| (u.name.as_str(), u.role))
            .collect()
    };
    use gongwen_model::UnitRole::{Lead, Responsible, Support};
    assert_eq!(doc.tasks.len(), 3, "{:?}", doc.tasks);
    // "共同负责" is a role word like "负责": no unit "县财政局共同".
    assert_eq!(
        units(0),
        [("县发改局", Responsible), ("县财政局", Responsible)]
    );
    // "协办" marks support inline as it does in a table cell.
    assert_eq!(units(1), [("县水利局", Lead), ("县财政局", Support)]);
    // "翌年" is the year after the document's.
    let deadline = doc.tasks[2].deadline.as_ref().expect("a deadline");
    assert_eq!(deadline.raw, "翌年3月底前完成");
    assert_eq!(
        deadline.date.map(|d| d.to_string()).as_deref(),
        Some("2025-03-31")
    );

    // "公开属性" in a website's metadata block is the site's, kept in `metadata`: the
    // publicity is the note the document prints, and this one prints none.
    let doc = structure_lines(&[
        "索 引 号：11370124MB28542XXX/2024-00031",
        "公开属性：主动公开　　成文日期：2024年05月20日",
        "岚溪县人民政府办公室关于做好防汛工作的通知",
        "各乡镇人民政府：",
        "请做好防汛工作。",
        "岚溪县人民政府办公室",
        "2024年5月20日",
    ]);
    assert_eq!(doc.publicity, None);
    assert_eq!(
        doc.metadata.get("公开属性").map(String::as_str),
        Some("主动公开")
    );
    assert_eq!(doc.provenance.publicity, None);
}

/// Text taken from a PDF: the lines keep the page's width, so a title breaks where the
/// layout broke it and the first line of the text under a carried title runs on without a
/// sentence end.
#[test]
fn text_broken_by_a_fixed_layout() {
    // The title's last line opens with the carried name's bracketed remark.
    let doc = structure_lines(&[
        "柏岩区人民政府办公室",
        "关于印发柏岩区城市更新三年行动实施方案",
        "（2024—2026年）的通知",
        "各街道办事处，区政府各部门：",
        "《柏岩区城市更新三年行动实施方案（2024—2026年）》已经区政府同意，现印发给你们。",
        "柏岩区人民政府办公室",
        "2024年7月15日",
        "柏岩区城市更新三年行动实施方案",
        "（2024—2026年）",
        "为加快转变城市发展方式，统筹推进老旧小区改造，结合我区实",
        "际，制定本方案。",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩区人民政府办公室关于印发柏岩区城市更新三年行动实施方案（2024—2026年）的通知")
    );
    let carried: Vec<&str> = doc.transmitted.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(carried, ["柏岩区城市更新三年行动实施方案（2024—2026年）"]);

    // A carried title on one line, the text's first line under it running on: the title
    // is the line that names the document exactly, not the longer run that starts with it.
    let doc = structure_lines(&[
        "柏岩市人民政府办公室关于印发柏岩市2021年大气污染防治攻坚实施方案的通知",
        "各县（区）人民政府，市政府各部门：",
        "《柏岩市2021年大气污染防治攻坚实施方案》已经市政府同意，现印发给你们。",
        "柏岩市人民政府办公室",
        "2021年5月6日",
        "柏岩市2021年大气污染防治攻坚实施方案",
        "为持续改善全市环境空气质量，坚决打好蓝天保卫战，根据",
        "省大气污染防治工作部署，结合我市实际，制定本方案。",
    ]);
    let carried: Vec<&str> = doc.transmitted.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(carried, ["柏岩市2021年大气污染防治攻坚实施方案"]);
    // Negative: a carried title printed over two lines is still read whole.
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于印发柏岩县2021年优化营商环境攻坚行动工作方案的通知",
        "各乡镇人民政府，县直各单位：",
        "《柏岩县2021年优化营商环境攻坚行动工作方案》已经县政府同意，现印发给你们。",
        "柏岩县人民政府办公室",
        "2021年4月12日",
        "柏岩县2021年优化营商环境攻坚行动",
        "工作方案",
        "为深入贯彻《优化营商环境条例》，对标先进地区做法，进",
        "一步破除体制机制障碍，制定本方案。",
    ]);
    let carried: Vec<&str> = doc.transmitted.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(carried, ["柏岩县2021年优化营商环境攻坚行动工作方案"]);
    // An attachment's title ends before the running text under it.
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于做好优化营商环境工作的通知",
        "各乡镇人民政府，县直各单位：",
        "现将有关事项通知如下。",
        "附件：柏岩县2021年优化营商环境攻坚行动工作方案",
        "柏岩县人民政府办公室",
        "2021年4月12日",
        "附件",
        "柏岩县2021年优化营商环境攻坚行动",
        "工作方案",
        "为深入贯彻《优化营商环境条例》，对标先进地区做法，进",
        "一步破除体制机制障碍，制定本方案。",
    ]);
    let titles: Vec<Option<&str>> = doc.attachments.iter().map(|a| a.title.as_deref()).collect();
    assert_eq!(titles, [Some("柏岩县2021年优化营商环境攻坚行动工作方案")]);
}

/// A task table printed one cell per line with a column of the leaders in charge
/// (责任县领导), a leader merged down two rows (printed once): the leaders are people,
/// never units, and the header is a table's. Negative: the same lines without the units
/// column are no task table.
#[test]
fn leaders_column_in_a_table_one_cell_per_line() {
    let head = [
        "柏岩县人民政府办公室关于印发2023年重点任务清单的通知",
        "各乡镇人民政府，县直各单位：",
        "现将《2023年重点任务清单》印发给你们，请认真落实。",
        "柏岩县人民政府办公室",
        "2023年3月1日",
        "2023年重点任务清单",
    ];
    let table = [
        "序号",
        "重点任务",
        "责任县领导",
        "牵头单位",
        "责任单位",
        "完成时限",
        "1",
        "完成固定资产投资68亿元，新开工亿元以上项目15个。",
        "刘建平",
        "县发改局",
        "县住建局、县自然资源局",
        "2023年12月底前",
        "2",
        "新增规模以上工业企业12家。",
        "县工信局",
        "县工业园区管委会",
        "2023年12月底前",
        "3",
        "新建改建农村公路120公里。",
        "孙立新",
        "县交通运输局",
        "各乡镇人民政府",
        "2023年11月底前",
        // Neither its leader nor its lead printed: both merged from the row above.
        "4",
        "实施危桥改造8座。",
        "县财政局、各乡镇人民政府",
        "2023年12月底前",
    ];
    let lines: Vec<&str> = head.iter().chain(table.iter()).copied().collect();
    let doc = structure_lines(&lines);
    let brief: Vec<(String, Vec<&str>)> = doc
        .tasks
        .iter()
        .map(|t| {
            (
                t.requirement
                    .as_deref()
                    .unwrap_or("")
                    .chars()
                    .take(6)
                    .collect(),
                t.units.iter().map(|u| u.name.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            (
                "完成固定资产".to_owned(),
                vec!["县发改局", "县住建局", "县自然资源局"]
            ),
            (
                "新增规模以上".to_owned(),
                vec!["县工信局", "县工业园区管委会"]
            ),
            (
                "新建改建农村".to_owned(),
                vec!["县交通运输局", "各乡镇人民政府"]
            ),
            (
                "实施危桥改造".to_owned(),
                vec!["县交通运输局", "县财政局", "各乡镇人民政府"]
            ),
        ]
    );
    let leads: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| {
            t.units
                .iter()
                .filter(|u| u.role == gongwen_model::UnitRole::Lead)
                .map(|u| u.name.as_str())
                .collect()
        })
        .collect();
    assert_eq!(leads[3], ["县交通运输局"]);
    // Negative: without a leaders' column a row's one unit cell is its lead.
    let plain: Vec<&str> = head
        .iter()
        .copied()
        .chain([
            "序号",
            "重点任务",
            "牵头单位",
            "配合单位",
            "完成时限",
            "1",
            "完成固定资产投资68亿元。",
            "县发改局",
            "县住建局",
            "2023年12月底前",
            "2",
            "新增规模以上工业企业12家。",
            "县工信局",
            "2023年12月底前",
        ])
        .collect();
    let doc = structure_lines(&plain);
    let roles: Vec<(&str, gongwen_model::UnitRole)> = doc.tasks[1]
        .units
        .iter()
        .map(|u| (u.name.as_str(), u.role))
        .collect();
    assert_eq!(roles, [("县工信局", gongwen_model::UnitRole::Lead)]);
    let without_units: Vec<&str> = head
        .iter()
        .copied()
        .chain([
            "序号",
            "重点任务",
            "责任县领导",
            "1",
            "完成投资。",
            "刘建平",
        ])
        .collect();
    assert!(structure_lines(&without_units).tasks.is_empty());
}

/// An 附件说明 entry whose name opens with a digit ("2.4个小区…") is the next entry, not a
/// line run on into the signature under it.
#[test]
fn attachment_entry_opening_with_a_digit() {
    let doc = structure_lines(&[
        "白岩街道办事处关于申请拨付老旧小区改造配套资金的请示",
        "柏岩县人民政府：",
        "特申请拨付配套资金598万元。妥否，请批示。",
        "附件：1.白岩街道老旧小区改造项目资金使用计划表",
        "　　　2.4个小区改造工程形象进度照片",
        "白岩街道办事处",
        "2024年7月2日",
    ]);
    assert_eq!(doc.issuers, ["白岩街道办事处"]);
    let notes: Vec<(u32, &str)> = doc
        .attachment_notes
        .iter()
        .map(|n| (n.index, n.title.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (1, "白岩街道老旧小区改造项目资金使用计划表"),
            (2, "4个小区改造工程形象进度照片")
        ]
    );
}

/// A heading opening with a verb before a role word ("强化部门协同") names no unit;
/// units before the same role word do.
#[test]
fn verb_before_a_role_word_is_no_unit() {
    let doc = structure_lines(&[
        "柏岩县卫生健康局关于开展医保基金专项整治的通知",
        "各乡镇卫生院：",
        "一、工作要求",
        "（一）强化部门协同。各部门要建立健全信息共享、联合检查等协同机制，形成监管合力。",
        "（二）开展打击欺诈骗保行动。（县医疗保障局牵头，县公安局协同）",
        "柏岩县卫生健康局",
        "2022年5月12日",
    ]);
    let units: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(units, [vec!["县医疗保障局", "县公安局"]]);
}

/// A task table broken over a page, its two header rows printed again on the new page:
/// one table, and neither header row is a task.
#[test]
fn two_row_header_repeated_after_a_page_break() {
    let mut blocks = paragraph_blocks(&[
        "柏岩省人民政府关于加快数字乡村建设的意见",
        "各市人民政府，省政府各部门：",
        "现提出如下意见。",
        "柏岩省人民政府",
        "2023年3月1日",
    ]);
    let header: [&[&str]; 2] = [
        &["序号", "重点任务", "责任单位", "责任单位", "完成时限"],
        &["序号", "重点任务", "牵头单位", "参与单位", "完成时限"],
    ];
    let first: Vec<&[&str]> = header
        .iter()
        .copied()
        .chain([&[
            "1",
            "推进千兆光网向行政村延伸。",
            "省通信管理局",
            "省工信厅",
            "2023年12月底前",
        ][..]])
        .collect();
    let second: Vec<&[&str]> = header
        .iter()
        .copied()
        .chain([&[
            "2",
            "建设农村公路管理养护信息平台。",
            "省交通运输厅",
            "省财政厅",
            "2024年6月底前",
        ][..]])
        .collect();
    blocks.push(Block::Table(grid_table(&first, 5)));
    blocks.push(Block::Table(grid_table(&second, 6)));
    let doc = crate::structure(&blocks, Source::new(Format::Html, "UTF-8"));
    let leads: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(
        leads,
        [
            vec!["省通信管理局", "省工信厅"],
            vec!["省交通运输厅", "省财政厅"]
        ]
    );
}

/// A title broken after a plan's word ("…关于申请2025年高标准" / "农田建设…的请示"):
/// a line opening with 关于 ends only with its 文种, so both lines are the title. A plan's
/// title printed whole above a notice's title is still left out of it.
#[test]
fn title_broken_after_a_plan_word() {
    let doc = structure_lines(&[
        "柏岩县农业农村局文件",
        "柏农〔2025〕8号",
        "柏岩县农业农村局关于申请2025年高标准",
        "农田建设县级配套资金的请示",
        "县人民政府：",
        "现将有关情况请示如下。妥否，请批示。",
        "柏岩县农业农村局",
        "2025年3月4日",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县农业农村局关于申请2025年高标准农田建设县级配套资金的请示")
    );
    let doc = structure_lines(&[
        "柏岩县2025年高标准农田建设实施方案",
        "柏岩县人民政府办公室关于印发柏岩县2025年高标准农田建设实施方案的通知",
        "各乡镇人民政府：",
        "现将方案印发给你们，请认真贯彻执行。",
        "柏岩县人民政府办公室",
        "2025年3月4日",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县人民政府办公室关于印发柏岩县2025年高标准农田建设实施方案的通知")
    );
}

/// A table printed one cell per line right under the heading "二、重点任务": the heading
/// is no column of it, so the next heading of that level ("三、保障措施") ends the table
/// and its text is no task.
#[test]
fn cell_lines_under_a_numbered_heading() {
    let lines = [
        "柏岩市2021年大气污染防治攻坚实施方案",
        "一、工作目标",
        "全市细颗粒物年均浓度控制在33微克/立方米以下。",
        "二、重点任务",
        "序号",
        "重点任务",
        "工作措施",
        "牵头单位",
        "配合单位",
        "完成时限",
        "1",
        "工业污染治理",
        "完成3家钢铁企业超低排放改造。",
        "市生态环境局",
        "市工信局",
        "2021年10月底前",
        "2",
        "开展工业炉窑综合整治，完成整治企业120家。",
        "市生态环境局",
        "各县（区）人民政府",
        "2021年9月底前",
        "三、保障措施",
        "（一）压实工作责任。各县（区）人民政府对本辖区环境空",
        "气质量负总责，市直有关部门按照职责分工抓好落实。",
    ];
    let doc = structure_lines(&lines);
    let requirements: Vec<&str> = doc
        .tasks
        .iter()
        .map(|t| t.requirement.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        requirements,
        [
            "完成3家钢铁企业超低排放改造。",
            "开展工业炉窑综合整治，完成整治企业120家。"
        ]
    );
}

/// A rectification list (问题 | 整改措施 | 责任单位 | 整改时限): each row's problem is its
/// task's title and opens its requirement, the measure after it, as 工作任务 over 具体措施.
/// Negative: an assessment's table naming each unit's problems (单位 | 得分 | 存在问题) is
/// no task table.
#[test]
fn rectification_list_problem_is_the_title() {
    let head = [
        "柏岩县人民政府办公室关于印发督查反馈问题整改清单的通知",
        "各乡镇人民政府，县直各单位：",
        "现将整改清单印发给你们，请认真抓好整改。",
        "柏岩县人民政府办公室",
        "2024年3月1日",
    ];
    let blocks = |rows: &[&[&str]]| -> Vec<Block> {
        let mut out = paragraph_blocks(&head);
        out.push(Block::Table(grid_table(rows, 5)));
        out
    };
    let doc = crate::structure(
        &blocks(&[
            &["序号", "问题", "整改措施", "责任单位", "整改时限"],
            &[
                "1",
                "项目前期工作推进缓慢。",
                "建立项目前期工作清单，每月调度一次。",
                "县发改局",
                "2024年6月底前",
            ],
            &[
                "2",
                "园区土地利用效率不高。",
                "开展低效用地专项清理。",
                "县自然资源局",
                "2024年12月底前",
            ],
        ]),
        Source::new(Format::Docx, ""),
    );
    let got: Vec<(Option<&str>, &str)> = doc
        .tasks
        .iter()
        .map(|t| (t.title.as_deref(), t.requirement.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("项目前期工作推进缓慢。"),
                "项目前期工作推进缓慢。\n建立项目前期工作清单，每月调度一次。"
            ),
            (
                Some("园区土地利用效率不高。"),
                "园区土地利用效率不高。\n开展低效用地专项清理。"
            ),
        ]
    );
    let doc = crate::structure(
        &blocks(&[
            &["序号", "单位", "得分", "存在问题"],
            &["1", "县发改局", "92", "信息更新不及时。"],
            &["2", "县自然资源局", "88", "栏目设置不规范。"],
        ]),
        Source::new(Format::Docx, ""),
    );
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
}

/// Tables that look like task tables and are none: a schedule (时间 | 内容 | 地点 | 主持人),
/// an allocation (单位 | 项目 | 金额（万元）), an inspection's findings (被检查单位 | 存在问题
/// | 属地监管单位). Each has a negative: the same column beside units that answer for the
/// work, a deadline, or a measure, is a task table.
#[test]
fn look_alike_tables_are_no_task_tables() {
    let tasks_of = |rows: &[&[&str]]| -> usize {
        let mut blocks = paragraph_blocks(&[
            "柏岩县人民政府办公室关于做好有关工作的通知",
            "各乡镇人民政府，县直各单位：",
            "现将有关事项通知如下。",
            "柏岩县人民政府办公室",
            "2024年3月1日",
        ]);
        blocks.push(Block::Table(grid_table(rows, 5)));
        crate::structure(&blocks, Source::new(Format::Docx, ""))
            .tasks
            .len()
    };
    let cases: [(&[&[&str]], usize); 6] = [
        (
            &[
                &["时间", "内容", "地点", "主持人"],
                &[
                    "9月20日上午",
                    "预算编制与指标管理",
                    "县委党校报告厅",
                    "孙卫东",
                ],
            ],
            0,
        ),
        (
            &[
                &["序号", "工作任务", "责任单位", "地点", "完成时限"],
                &["1", "建设便民服务中心", "县民政局", "城关镇", "6月底前"],
            ],
            1,
        ),
        (
            &[
                &["单位", "项目", "金额（万元）", "备注"],
                &["青桐镇", "茶叶加工厂房改扩建", "260", "产业发展类"],
            ],
            0,
        ),
        (
            &[
                &["项目", "建设内容", "投资（万元）", "责任单位"],
                &["县医院", "门诊楼建设", "9000", "县卫健局"],
            ],
            1,
        ),
        (
            &[
                &["序号", "被检查单位", "存在问题", "属地监管单位"],
                &[
                    "1",
                    "恒达建材有限公司",
                    "特种作业人员未持证上岗",
                    "石渠镇人民政府",
                ],
            ],
            0,
        ),
        (
            &[
                &["序号", "存在问题", "责任单位", "整改时限"],
                &["1", "隐患台账记录不全", "青桐镇人民政府", "2024年6月底前"],
            ],
            1,
        ),
    ];
    for (rows, want) in cases {
        assert_eq!(tasks_of(rows), want, "{:?}", rows[0]);
    }
}

/// A note on how to read a table ("…标注“（牵头）”的为牵头单位…；未标注的单位按职责配合。")
/// names no unit: "未标注的单位" is a clause (no organ's name holds 的). A marker naming
/// units still does.
#[test]
fn clause_about_units_is_no_unit() {
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于印发突出问题整改清单的通知",
        "各乡镇人民政府，县直各单位：",
        "一、工作要求",
        "（一）责任单位栏中标注“（牵头）”的为牵头单位，负责统筹整改；未标注的单位按职责配合。",
        "（二）开展整改“回头看”。（县委督查室牵头，县政府督查室配合）",
        "柏岩县人民政府办公室",
        "2024年3月1日",
    ]);
    let units: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(units, [vec!["县委督查室", "县政府督查室"]]);
}

/// A .docx paragraph: its text and the layout the reader found.
struct Laid<'a> {
    text: &'a str,
    align: Option<gongwen_blocks::Align>,
    size: Option<u16>,
    bold: bool,
    heading_level: Option<u8>,
    in_text_box: bool,
}

/// Body text: justified, 三号 (16 pt).
fn body(text: &str) -> Laid<'_> {
    Laid {
        text,
        align: Some(gongwen_blocks::Align::Justify),
        size: Some(32),
        bold: false,
        heading_level: None,
        in_text_box: false,
    }
}

/// A title line: centred, 二号 (22 pt).
fn title(text: &str) -> Laid<'_> {
    Laid {
        align: Some(gongwen_blocks::Align::Center),
        size: Some(44),
        ..body(text)
    }
}

/// Structures paragraphs laid out as a .docx reader gives them (blocks without lines).
fn structure_laid(paras: &[Laid<'_>]) -> Document {
    let blocks: Vec<Block> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Block::Paragraph(Paragraph {
                text: p.text.to_owned(),
                hints: gongwen_blocks::Hints {
                    align: p.align,
                    font_size: p.size,
                    bold: p.bold,
                    heading_level: p.heading_level,
                    in_text_box: p.in_text_box,
                    ..Default::default()
                },
                loc: Loc::block(u32::try_from(i).unwrap_or(0)),
            })
        })
        .collect();
    let source = Source::new(Format::Docx, "UTF-8");
    crate::structure(&blocks, source)
}

const SIGNED: [&str; 4] = [
    "各乡镇人民政府，县直各部门：",
    "请各乡镇结合实际，认真做好春耕备耕工作。",
    "青禾县农业农村局",
    "2024年3月1日",
];

/// Organ names printed larger than the title under them are the 发文机关标志; printed as
/// large as the title, they are its first line (text alone cannot tell).
#[test]
fn layout_decides_the_red_header_by_size() {
    let header = |size| -> Vec<Laid<'static>> {
        let mut paras = vec![
            Laid {
                size: Some(size),
                ..title("青禾县农业农村局")
            },
            title("关于做好春耕备耕工作的通知"),
        ];
        paras.extend(SIGNED.iter().map(|t| body(t)));
        paras
    };
    let doc = structure_laid(&header(72));
    assert_eq!(doc.issuer_mark.as_deref(), Some("青禾县农业农村局"));
    assert_eq!(doc.title.as_deref(), Some("关于做好春耕备耕工作的通知"));
    assert_eq!(doc.provenance.issuer_mark, Some(Loc::block(0)));
    // The negative case: the same size as the title.
    let doc = structure_laid(&header(44));
    assert_eq!(doc.issuer_mark, None);
    assert_eq!(
        doc.title.as_deref(),
        Some("青禾县农业农村局关于做好春耕备耕工作的通知")
    );
}

/// Organ names in a text box above the title are the red header; other text-box lines
/// are never part of the title.
#[test]
fn layout_knows_text_boxes() {
    let header = |boxed: bool, line: &'static str| -> Vec<Laid<'static>> {
        let mut paras = vec![
            Laid {
                in_text_box: boxed,
                ..title(line)
            },
            title("关于做好春耕备耕工作的通知"),
        ];
        paras.extend(SIGNED.iter().map(|t| body(t)));
        paras
    };
    let doc = structure_laid(&header(true, "青禾县农业农村局"));
    assert_eq!(doc.issuer_mark.as_deref(), Some("青禾县农业农村局"));
    assert_eq!(doc.title.as_deref(), Some("关于做好春耕备耕工作的通知"));
    let doc = structure_laid(&header(true, "扫码查看原文"));
    assert_eq!(doc.issuer_mark, None);
    assert_eq!(doc.title.as_deref(), Some("关于做好春耕备耕工作的通知"));
    // The negative case: out of a text box, organ names over a 关于 line begin the title.
    let doc = structure_laid(&header(false, "青禾县农业农村局"));
    assert_eq!(doc.issuer_mark, None);
    assert_eq!(
        doc.title.as_deref(),
        Some("青禾县农业农村局关于做好春耕备耕工作的通知")
    );
}

/// A title longer than a title line may be (转发 titles run long) is one when it is printed
/// as a title: centred and bold or large.
#[test]
fn layout_decides_a_long_title() {
    let long = "青禾县人民政府办公室转发县农业农村局县财政局县发展和改革局县自然资源局县生态环境局县水利局县市场监督管理局关于进一步做好二〇二四年春季农业生产和高标准农田建设暨农村人居环境整治提升工作的实施意见的通知";
    assert!(long.chars().count() > 90);
    let doc = |laid: Laid<'static>| {
        let mut paras = vec![laid];
        paras.extend(SIGNED.iter().map(|t| body(t)));
        structure_laid(&paras)
    };
    assert_eq!(doc(title(long)).title.as_deref(), Some(long));
    // The negative case: the same line as body text is no title.
    let plain = doc(body(long));
    assert_eq!(plain.title, None);
    assert_eq!(plain.body.preamble[0].text, long);
}

/// A numbered paragraph styled as a heading (a Word heading style or outline level) has
/// its first sentence as its heading however long; unstyled, a long first sentence is
/// running text.
#[test]
fn layout_decides_section_headings() {
    let item = "一、坚持以新时代中国特色社会主义思想为指导全面贯彻党的二十大精神深入落实省委省政府决策部署加快推进农业农村现代化和乡村全面振兴";
    assert!(item.chars().count() > 62);
    let doc = |laid: Laid<'static>| {
        let mut paras = vec![title("关于做好春耕备耕工作的通知")];
        paras.extend(SIGNED[..2].iter().map(|t| body(t)));
        paras.push(laid);
        paras.extend(SIGNED[2..].iter().map(|t| body(t)));
        structure_laid(&paras)
    };
    let styled = doc(Laid {
        heading_level: Some(1),
        ..body(item)
    });
    let heading = styled.body.sections[0].heading.as_deref();
    assert_eq!(heading, item.strip_prefix("一、"));
    // The negative case: the same paragraph without the style.
    let plain = doc(body(item));
    assert_eq!(plain.body.sections[0].heading, None);
    assert_eq!(plain.body.sections[0].paragraphs.len(), 1);
}

/// A .txt states no layout: the same lines are read from their text alone.
#[test]
fn text_files_have_no_layout() {
    let doc = structure_lines(&[
        "青禾县农业农村局",
        "关于做好春耕备耕工作的通知",
        SIGNED[0],
        SIGNED[1],
        SIGNED[2],
        SIGNED[3],
    ]);
    assert_eq!(doc.issuer_mark, None);
    assert_eq!(
        doc.title.as_deref(),
        Some("青禾县农业农村局关于做好春耕备耕工作的通知")
    );
}

/// The units of each task, with "(牵头)" after a lead, and its due date.
fn task_brief(doc: &Document) -> Vec<(String, Option<String>)> {
    doc.tasks
        .iter()
        .map(|t| {
            let units: Vec<String> = t
                .units
                .iter()
                .map(|u| match u.role {
                    gongwen_model::UnitRole::Lead => format!("{}(牵头)", u.name),
                    _ => u.name.clone(),
                })
                .collect();
            let due = t
                .deadline
                .as_ref()
                .and_then(|d| d.date.map(|d| d.to_string()));
            (units.join("、"), due)
        })
        .collect()
}

/// Inline tasks of a web copy, through every phase: a marker whose prose tail is no unit,
/// a deadline in the task's text resolved in the notice's year, a marker line after
/// sub-items, a rule about the lists stated in a unit line (read from the page, applied
/// from its item on), and a prose task.
#[test]
fn inline_tasks_in_a_web_copy() {
    let doc = structure_lines(&[
        "柳塘市人民政府办公室关于印发柳塘市2023年数字政府建设工作要点的通知",
        "各区人民政府，市政府各部门：",
        "《柳塘市2023年数字政府建设工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
        "柳塘市人民政府办公室",
        "2023年8月19日",
        "（此件公开发布）",
        "柳塘市2023年数字政府建设工作要点",
        "一、提升政务服务效能",
        "1.深化政务服务“网上办”。持续推进政务服务标准化，年底前基本实现“进一个网、办全市事”。（牵头单位：市行政审批服务局；责任单位：市直有关部门、单位，各区政府。以下任务均需各区政府落实，不再一一列出）",
        "2.完善应急预案体系",
        "（1）加强应急预案管理。",
        "（2）推进应急预案演练。",
        "（责任单位：市应急管理局、各区政府）",
        "3.优化“掌上办”功能。",
        "责任单位：市大数据局、市行政审批服务局（列第一位的为牵头单位，下同）",
        "4.推进电子证照应用，请市大数据局、市公安局在2023年10月底前完成证照归集。",
    ]);
    assert_eq!(
        doc.transmitted.first().map(|t| t.title.as_str()),
        Some("柳塘市2023年数字政府建设工作要点")
    );
    let s = |x: &str| x.to_owned();
    assert_eq!(
        task_brief(&doc),
        vec![
            (
                s("市行政审批服务局(牵头)、市直有关部门、单位、各区政府"),
                Some(s("2023-12-31"))
            ),
            (s("市应急管理局、各区政府"), None),
            (s("市大数据局(牵头)、市行政审批服务局"), None),
            (s("市大数据局、市公安局"), Some(s("2023-10-31"))),
        ]
    );
    let starts: Vec<String> = doc
        .tasks
        .iter()
        .map(|t| {
            t.requirement
                .as_deref()
                .unwrap_or_default()
                .chars()
                .take(12)
                .collect()
        })
        .collect();
    assert_eq!(
        starts,
        [
            "深化政务服务“网上办”。",
            "完善应急预案体系\n（1）",
            "优化“掌上办”功能",
            "推进电子证照应用，请市大",
        ]
    );
}

/// A task table without a deadline column: the date the task's own text states; with a
/// deadline column, the column's.
#[test]
fn table_task_deadline_from_its_text() {
    let table = |rows: &[&[&str]], block: u32| Block::Table(grid_table(rows, block));
    let head = [
        "岚政办发〔2024〕5号",
        "岚溪县人民政府办公室关于下达2024年民生实事任务的通知",
        "各乡镇人民政府：",
        "现将任务下达给你们，请认真落实。",
        "岚溪县人民政府办公室",
        "2024年3月1日",
    ];
    let paragraphs = |lines: &[&str]| -> Vec<Block> {
        lines
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
            .collect()
    };
    let mut blocks = paragraphs(&head);
    blocks.push(table(
        &[
            &["序号", "工作任务", "责任单位"],
            &["1", "新建城区幼儿园2所，10月底前投入使用", "县教育局"],
            &["2", "改造老旧小区12个，每季度通报一次进展", "县住建局"],
            &["3", "建成县全民健身中心", "县文旅局"],
        ],
        6,
    ));
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    let due: Vec<Option<(gongwen_model::DeadlineKind, Option<String>)>> = doc
        .tasks
        .iter()
        .map(|t| {
            t.deadline
                .as_ref()
                .map(|d| (d.kind, d.date.map(|d| d.to_string())))
        })
        .collect();
    use gongwen_model::DeadlineKind::{ByDate, Recurring};
    assert_eq!(
        due,
        vec![
            Some((ByDate, Some("2024-10-31".to_owned()))),
            Some((Recurring, None)),
            None
        ]
    );
    // A deadline column decides alone.
    let mut blocks = paragraphs(&head);
    blocks.push(table(
        &[
            &["序号", "工作任务", "责任单位", "完成时限"],
            &[
                "1",
                "新建城区幼儿园2所，10月底前投入使用",
                "县教育局",
                "12月底前",
            ],
        ],
        6,
    ));
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    assert_eq!(
        doc.tasks[0]
            .deadline
            .as_ref()
            .and_then(|d| d.date.map(|d| d.to_string()))
            .as_deref(),
        Some("2024-12-31")
    );
}

/// A body the web kept on one line, cut back into paragraphs that share one place: a marker
/// piece after the last of several sub-items still covers the item above them.
#[test]
fn marker_piece_after_sub_items_in_a_one_line_body() {
    let doc = structure_lines(&[
        "关于印发柳塘县应急体系建设规划责任分解的通知",
        "各乡镇人民政府，县直各部门： 现将《柳塘县应急体系建设规划责任分解》印发给你们，请认真组织实施。 柳塘县人民政府办公室 2017年4月13日 柳塘县应急体系建设规划责任分解 一、“一案三制”建设 1.完善应急预案体系 (1)加强应急预案管理，规范预案编制。 (2)推进基层应急预案编制全覆盖。 (责任单位:县直各有关单位、各乡镇人民政府) 2.健全应急管理体制 (1)推进乡镇应急管理机构建设。(责任单位:县应急局) (2)加强专项预案牵头部门建设。(责任单位:县公安局)",
    ]);
    let s = |x: &str| x.to_owned();
    assert_eq!(
        task_brief(&doc),
        vec![
            (s("县直各有关单位、各乡镇人民政府"), None),
            (s("县应急局"), None),
            (s("县公安局"), None),
        ]
    );
    let starts: Vec<String> = doc
        .tasks
        .iter()
        .map(|t| {
            t.requirement
                .as_deref()
                .unwrap_or_default()
                .chars()
                .take(8)
                .collect()
        })
        .collect();
    assert_eq!(
        starts,
        ["完善应急预案体系", "推进乡镇应急管理", "加强专项预案牵头"]
    );
}

/// A .doc whose 附件 numbering was automatic loses "2." before the second 附件说明 entry and
/// the "附件2" line above the second attachment: the entry is known by the attachment's
/// name repeated under the signature, so it is no issuer, and the attachment starts at that
/// name. A second name line above the date that nothing repeats stays the issuers'.
#[test]
fn attachment_entries_and_headings_without_numbers() {
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于报送2024年安全生产统计数据的通知",
        "各乡镇人民政府，县直有关部门：",
        "请按附件格式报送2024年安全生产统计数据。",
        "附件：柏岩县安全生产事故统计表—1",
        "柏岩县安全生产隐患整改统计表—2",
        "柏岩县人民政府办公室",
        "2024年7月2日",
        "附件",
        "柏岩县安全生产事故统计表—1",
        "（略）",
        "柏岩县安全生产隐患整改统计表—2",
        "（略）",
    ]);
    assert_eq!(doc.issuers, ["柏岩县人民政府办公室"]);
    let notes: Vec<&str> = doc
        .attachment_notes
        .iter()
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(
        notes,
        [
            "柏岩县安全生产事故统计表—1",
            "柏岩县安全生产隐患整改统计表—2"
        ]
    );
    let titles: Vec<Option<&str>> = doc.attachments.iter().map(|a| a.title.as_deref()).collect();
    assert_eq!(
        titles,
        [
            Some("柏岩县安全生产事故统计表—1"),
            Some("柏岩县安全生产隐患整改统计表—2")
        ]
    );

    // Two issuers' lines above the date, nothing repeating them below.
    let doc = structure_lines(&[
        "柏岩县应急管理局 柏岩县财政局关于做好2024年防汛物资储备的通知",
        "各乡镇人民政府：",
        "请做好防汛物资储备。",
        "柏岩县应急管理局",
        "柏岩县财政局",
        "2024年5月8日",
    ]);
    assert_eq!(doc.issuers, ["柏岩县应急管理局", "柏岩县财政局"]);
}

/// "附件：" alone with its entries numbered on the lines under it, above the signature: an
/// 附件说明, so the signature and date under it are read. "附件：" alone above an
/// attachment's title (no numbered entry under it) still opens that attachment.
#[test]
fn attachment_note_opened_alone() {
    let doc = structure_lines(&[
        "中共柏岩县委组织部关于开展年轻干部遴选工作的通知",
        "各乡镇党委，县属各单位党组织：",
        "现就年轻干部遴选工作通知如下。",
        "附件：",
        "1．柏岩县年轻干部遴选报名表",
        "2．遴选职位说明书",
        "中共柏岩县委组织部",
        "2024年7月8日",
    ]);
    assert_eq!(doc.issuers, ["中共柏岩县委组织部"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-07-08")
    );
    let notes: Vec<&str> = doc
        .attachment_notes
        .iter()
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(notes, ["柏岩县年轻干部遴选报名表", "遴选职位说明书"]);

    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于印发防汛值班表的通知",
        "各乡镇人民政府：",
        "现将防汛值班表印发给你们。",
        "柏岩县人民政府办公室",
        "2024年6月1日",
        "附件：",
        "柏岩县2024年防汛值班表",
        "（略）",
    ]);
    assert_eq!(doc.attachments.len(), 1);
    assert_eq!(
        doc.attachments[0].title.as_deref(),
        Some("柏岩县2024年防汛值班表")
    );
}

/// A carried plan's name printed over two lines, its years in brackets on the second
/// ("（2024—2026年）"): the remark is part of its title; an attachment's "（略）" is not.
#[test]
fn carried_title_keeps_its_years_remark() {
    let doc = structure_lines(&[
        "汀州市人民政府办公室关于印发汀州市县域商业体系建设实施方案（2024—2026年）的通知",
        "汀政办发〔2024〕9号",
        "各县（市、区）人民政府，市政府各部门：",
        "《汀州市县域商业体系建设实施方案（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "汀州市人民政府办公室",
        "2024年4月2日",
        "汀州市县域商业体系建设实施方案",
        "（2024—2026年）",
        "为补齐农村商业设施短板，制定本方案。",
        "一、总体要求",
    ]);
    assert_eq!(
        doc.transmitted.first().map(|t| t.title.as_str()),
        Some("汀州市县域商业体系建设实施方案（2024—2026年）")
    );
}

/// A notice printing a table (附表) between its items and its signature: the signature at
/// the very end is the notice's when it names the organ the title names; the table's own
/// title above it is no organ. Signed by another organ, it is not.
#[test]
fn signature_after_a_table_of_the_notice() {
    let blocks = |signer: &str| -> Vec<Block> {
        let mut out = Vec::new();
        let mut push = |t: &str| {
            let n = u32::try_from(out.len()).unwrap_or(u32::MAX);
            out.push(Block::Paragraph(Paragraph {
                text: t.to_owned(),
                loc: Loc::block(n),
                ..Default::default()
            }));
        };
        for t in [
            "棠溪市人民政府办公室关于做好2025年端午节期间有关工作的通知",
            "各县（区）人民政府，市政府各部门：",
            "一、切实加强安全生产工作。各地各部门要节前组织开展一次安全生产大检查。",
            "二、严格落实值班值守制度。市政府总值班室值班安排见附表。",
            "附表",
            "端午节期间市政府总值班室值班安排表",
        ] {
            push(t);
        }
        let n = u32::try_from(out.len()).unwrap_or(u32::MAX);
        out.push(Block::Table(grid_table(
            &[
                &["日期", "带班领导", "值班电话"],
                &["5月31日", "副秘书长　李建华", "87120001"],
            ],
            n,
        )));
        let n = u32::try_from(out.len()).unwrap_or(u32::MAX);
        for (t, k) in [signer, "2025年5月26日"].into_iter().zip(0u32..) {
            out.push(Block::Paragraph(Paragraph {
                text: t.to_owned(),
                loc: Loc::block(n + k),
                ..Default::default()
            }));
        }
        out
    };
    let doc = crate::structure(
        &blocks("棠溪市人民政府办公室"),
        Source::new(Format::Docx, ""),
    );
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2025-05-26")
    );
    assert_eq!(doc.issuers, ["棠溪市人民政府办公室"]);
    let doc = crate::structure(&blocks("棠溪市应急管理局"), Source::new(Format::Docx, ""));
    assert_eq!(doc.date, None);
}

/// A signature and its date in one paragraph, apart by a line break (Word's `w:br`): the
/// date is the 成文日期 and the organ signs. Apart by a line break inside a sentence, a date
/// stays part of its paragraph.
#[test]
fn signature_and_date_in_one_paragraph() {
    let blocks = paragraph_blocks(&[
        "苇泽县人民政府办公室关于做好防汛工作的通知",
        "各乡镇人民政府，县直有关单位：",
        "现将有关事项通知如下，请认真贯彻落实。",
        "\t苇泽县人民政府办公室\n\t2023年5月16日",
    ]);
    let doc = crate::structure(&blocks, Source::new(Format::Docx, "UTF-8"));
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-16")
    );

    let blocks = paragraph_blocks(&[
        "苇泽县人民政府办公室关于做好防汛工作的通知",
        "各乡镇人民政府，县直有关单位：",
        "现将有关事项通知如下，请于\n2023年5月16日前报送。",
        "苇泽县人民政府办公室",
        "2023年5月20日",
    ]);
    let doc = crate::structure(&blocks, Source::new(Format::Docx, "UTF-8"));
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-20")
    );
}

/// Text taken from a PDF without its layout (`pdftotext`): each cell's lines together, a
/// blank line between cells. A unit's name broken by the column's width ("县公安" / "局")
/// is one name, a deadline broken before its 底前 one deadline; a list of names one per line
/// stays a list.
#[test]
fn pdf_cells_wrapped_between_blank_lines() {
    let lines: &[(&str, u16)] = &[
        ("枫渡县人民政府办公室关于印发优化营商环境任务清单的通知", 0),
        ("各乡镇人民政府，县直各单位：", 1),
        ("现将任务清单印发给你们，请认真抓好落实。", 0),
        ("枫渡县人民政府办公室", 1),
        ("2024年3月1日", 0),
        ("序号", 1),
        ("重点任务", 1),
        ("责任单位", 1),
        ("完成时限", 1),
        ("1", 1),
        ("推行企业开办“一日办结”，实现营", 1),
        ("业执照、公章刻制一次办结。", 0),
        ("县市场监管局、县公安", 1),
        ("局、县税务局", 0),
        ("2024年4月", 1),
        ("底前", 0),
        ("2", 1),
        ("深化工程建设项目审批制度改革，压缩", 1),
        ("审批时间至15个工作日以内。", 0),
        ("县住房城乡建设局", 1),
        ("县自然资源局", 0),
        ("2024年6月底前", 1),
        ("3", 1),
        ("推行“拿地即开工”模式，在经济开发区", 1),
        ("全面实施区域评估。", 0),
        ("县经济开发区管委会", 1),
        ("2024年9月底前", 1),
    ];
    let blocks: Vec<Block> = lines
        .iter()
        .zip(0u32..)
        .map(|(&(t, blank), n)| {
            Block::Paragraph(Paragraph {
                text: t.to_owned(),
                hints: gongwen_blocks::Hints {
                    blank_lines_before: blank,
                    ..Default::default()
                },
                loc: Loc::lines(n, Some(n + 1), None),
            })
        })
        .collect();
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    let units: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(
        units,
        [
            vec!["县市场监管局", "县公安局", "县税务局"],
            vec!["县住房城乡建设局", "县自然资源局"],
            vec!["县经济开发区管委会"],
        ]
    );
    // A deadline broken before its 底前 is one deadline, no row of its own.
    let deadlines: Vec<Option<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.deadline.as_ref().map(|d| d.raw.as_str()))
        .collect();
    assert_eq!(
        deadlines,
        [
            Some("2024年4月底前"),
            Some("2024年6月底前"),
            Some("2024年9月底前")
        ]
    );
}

/// A joint red header printed as stacked names with "文件" on a line of its own, and a
/// title whose first line names two of the issuers alone: the red header's organs issue
/// it, and the title holds all three. An organ's name printed as a page heading above a
/// title is no part of it.
#[test]
fn stacked_joint_red_header_and_a_title_opening_with_a_line_of_organs() {
    let blocks = paragraph_blocks(&[
        "青岚省人力资源和社会保障厅",
        "青\u{3000}岚\u{3000}省\u{3000}教\u{3000}育\u{3000}厅",
        "青\u{3000}岚\u{3000}省\u{3000}总\u{3000}工\u{3000}会",
        "文件",
        "岚人社发〔2024〕31号",
        "青岚省人力资源和社会保障厅\u{3000}青岚省教育厅",
        "青岚省总工会关于表彰优秀选手的决定",
        "各市（州）人力资源社会保障局：",
        "现决定予以表彰。",
    ]);
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    assert_eq!(
        doc.issuer_mark.as_deref(),
        Some("青岚省人力资源和社会保障厅青岚省教育厅青岚省总工会文件")
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("青岚省人力资源和社会保障厅\u{3000}青岚省教育厅青岚省总工会关于表彰优秀选手的决定")
    );

    let blocks = paragraph_blocks(&[
        "柏岩县人民政府",
        "柏岩县财政局关于做好预算执行工作的通知",
        "各乡镇人民政府，县直各部门：",
        "现将有关事项通知如下。",
        "柏岩县财政局",
        "2024年3月1日",
    ]);
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县财政局关于做好预算执行工作的通知")
    );
}

/// Text rendered line by line from a printed page (OFD or PDF), a task table one cell per
/// line with no blank line between cells, each cell wrapped by its column's width: a
/// unit's name broken inside ("县交通运输" / "局", "县国土资源局、沿" / "线各乡镇人民政府")
/// and a date broken inside its numbers ("2024年8月3" / "1日前") are one line again; a
/// requirement's second line ("沿线乱搭乱建") is no unit. The signature's date broken over
/// two lines ("2024年7" / "月4日") is the date.
#[test]
fn printed_cells_wrapped_inside_names_and_dates() {
    let blocks = paragraph_blocks(&[
        "桐川县人民政府办公室关于印发2024年环境整治重点任务分解表的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《桐川县2024年环境整治重点任务分解表》印发给你们，请认真组织实施。",
        "桐川县人民政府办公室",
        "2024年7",
        "月4日",
        "附件",
        "桐川县2024年环境整治重点任务分解表",
        "序号",
        "重点任务",
        "牵头单位",
        "责任单位",
        "完成时限",
        "1",
        "集中整治国道沿线乱搭乱建、",
        "乱堆乱放",
        "县交通运输",
        "局",
        "县国土资源局、沿",
        "线各乡镇人民政府",
        "2024年8月3",
        "1日前",
        "2",
        "开展县城主次干道占道经营",
        "专项整治",
        "县城管执法局",
        "县公安局、县市场",
        "监管局",
        "2024年9月底前",
    ]);
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-07-04")
    );
    let rows: Vec<(Vec<&str>, Option<String>)> = doc
        .tasks
        .iter()
        .map(|t| {
            (
                t.units.iter().map(|u| u.name.as_str()).collect(),
                t.deadline
                    .as_ref()
                    .and_then(|d| d.date.as_ref())
                    .map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                vec!["县交通运输局", "县国土资源局", "沿线各乡镇人民政府"],
                Some("2024-08-31".to_owned())
            ),
            (
                vec!["县城管执法局", "县公安局", "县市场监管局"],
                Some("2024-09-30".to_owned())
            ),
        ]
    );
}

/// A table one cell per line with no 序号 column, its groups' headings on lines of their
/// own ("一、强化政策发布（2项）"), and two columns of what is to be done (目标任务 before
/// 工作举措): each heading is a group, not the first line of the row under it, and a task's
/// name longer than a group's stays in its column.
#[test]
fn group_headings_between_rows_without_numbers() {
    let blocks = paragraph_blocks(&[
        "岗河县人民政府办公室关于印发2025年政务公开工作要点的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《岗河县2025年政务公开工作要点》印发给你们，请认真贯彻落实。",
        "岗河县人民政府办公室",
        "2025年4月3日",
        "附件",
        "岗河县2025年政务公开工作要点",
        "目标任务",
        "工作举措",
        "责任单位",
        "时间节点",
        "一、强化政策发布解读（2项）",
        "规范政策文件发布",
        "规范性文件在印发之日起20个工作日内在县政府网站公开。",
        "县政府办",
        "县司法局",
        "2025年12月31日前",
        "提升政策解读质量",
        "重要政策文件与解读材料同步组织、同步发布。",
        "县政府办",
        "持续推进",
        "二、提升公开平台建设水平（1项）",
        "加强政府网站和政务新媒体管理",
        "开展政府网站和政务新媒体季度检查，合格率保持100%。",
        "县政府办",
        "县数据局",
        "长期坚持",
    ]);
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    let rows: Vec<(Option<&str>, Option<&str>, usize)> = doc
        .tasks
        .iter()
        .map(|t| {
            (
                t.category.last().map(|c| c.title.as_str()),
                t.requirement.as_deref(),
                t.units.len(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (Some("强化政策发布解读（2项）"), Some("规范政策文件发布"), 2),
            (Some("强化政策发布解读（2项）"), Some("提升政策解读质量"), 1),
            (
                Some("提升公开平台建设水平（1项）"),
                Some("加强政府网站和政务新媒体管理"),
                2
            ),
        ]
    );
}

/// A 序号 printed in brackets or circled ("（1）", "①") is the row's number, and the
/// requirement keeps its own list numbers ("1.完成…；2.同步…"); in a table with no 序号,
/// a requirement printed with its number still gives it.
#[test]
fn bracketed_row_numbers() {
    let head = [
        "砚湖区人民政府办公室关于印发城市更新任务清单的通知",
        "各街道办事处，区政府各部门：",
        "现将任务清单印发给你们，请认真抓好落实。",
        "砚湖区人民政府办公室",
        "2025年3月1日",
    ];
    let blocks = |rows: &[&[&str]]| -> Vec<Block> {
        let mut out = paragraph_blocks(&head);
        out.push(Block::Table(grid_table(rows, 5)));
        out
    };
    let doc = crate::structure(
        &blocks(&[
            &["序号", "工作内容", "责任单位", "完成时限"],
            &[
                "（1）",
                "1.完成老旧小区改造；2.建立长效管理机制。",
                "区住建局",
                "2025年11月底前",
            ],
            &["②", "打通断头路5条。", "区城管局", "2025年12月底前"],
        ]),
        Source::new(Format::Docx, ""),
    );
    let got: Vec<(Option<u32>, &str)> = doc
        .tasks
        .iter()
        .map(|t| (t.seq, t.requirement.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        [
            (Some(1), "1.完成老旧小区改造；2.建立长效管理机制。"),
            (Some(2), "打通断头路5条。")
        ]
    );
    let doc = crate::structure(
        &blocks(&[
            &["工作内容", "责任单位", "完成时限"],
            &["1.完成老旧小区改造。", "区住建局", "2025年11月底前"],
            &["2.打通断头路5条。", "区城管局", "2025年12月底前"],
        ]),
        Source::new(Format::Docx, ""),
    );
    let got: Vec<(Option<u32>, &str)> = doc
        .tasks
        .iter()
        .map(|t| (t.seq, t.requirement.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        [
            (Some(1), "完成老旧小区改造。"),
            (Some(2), "打通断头路5条。")
        ]
    );
}

/// A 责任单位 column beside 配合单位 names the leads, unless a cell marks its lead itself
/// ("区数据局（牵头）、区行政审批局"): then the others in that cell are responsible.
#[test]
fn a_lead_marked_in_a_leads_column() {
    let mut blocks = paragraph_blocks(&[
        "澄霞区人民政府办公室关于印发优化营商环境实施方案的通知",
        "各镇人民政府、街道办事处，区直各部门：",
        "现将实施方案印发给你们，请认真抓好落实。",
        "澄霞区人民政府办公室",
        "2025年4月3日",
    ]);
    blocks.push(Block::Table(grid_table(
        &[
            &[
                "序号",
                "重点工作",
                "具体措施",
                "责任单位",
                "配合单位",
                "时间节点",
            ],
            &[
                "1",
                "推行企业开办“一日办结”",
                "整合登记、刻章、涉税等环节。",
                "区行政审批局",
                "区市场监管局",
                "2025年6月底前",
            ],
            &[
                "2",
                "深化“高效办成一件事”",
                "新推出集成服务场景10个。",
                "区数据局（牵头）、区行政审批局",
                "各镇（街道）",
                "2025年12月底前",
            ],
        ],
        5,
    )));
    let doc = crate::structure(&blocks, Source::new(Format::Docx, ""));
    use gongwen_model::UnitRole;
    let roles: Vec<Vec<(&str, UnitRole)>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| (u.name.as_str(), u.role)).collect())
        .collect();
    assert_eq!(
        roles,
        [
            vec![
                ("区行政审批局", UnitRole::Lead),
                ("区市场监管局", UnitRole::Support)
            ],
            vec![
                ("区数据局", UnitRole::Lead),
                ("区行政审批局", UnitRole::Responsible),
                ("各镇（街道）", UnitRole::Support)
            ],
        ]
    );
}
