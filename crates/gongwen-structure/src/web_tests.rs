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

const TITLE: &str = "柏岩县人民政府办公室关于做好2024年防汛工作的通知";
const REST: [&str; 4] = [
    "各镇人民政府，县政府各部门：",
    "为切实做好今年防汛工作，现将有关事项通知如下。",
    "柏岩县人民政府办公室",
    "2024年5月6日",
];

/// Page chrome in the shapes web copies give is dropped, wherever it stands around the
/// title, and the metadata it carries is kept.
#[test]
fn chrome_in_every_shape() {
    // (lines above the title, lines between the title and the 主送, a metadata key kept)
    type Case<'a> = (&'a [&'a str], &'a [&'a str], Option<(&'a str, &'a str)>);
    let cases: &[Case<'_>] = &[
        // A law database.
        (
            &["【法宝引证码】CLI.12.2873641", "【时效性】现行有效"],
            &[],
            Some(("时效性", "现行有效")),
        ),
        (
            &[],
            &[
                "【发布部门】柏岩县人民政府办公室",
                "【发文字号】柏政办发〔2024〕9号",
            ],
            Some(("发文字号", "柏政办发〔2024〕9号")),
        ),
        // Share widgets and a pop-up's close marks.
        (&["政务微信", "政务微博", "×", "×"], &[], None),
        // A document-sharing site.
        (
            &[
                "柏岩县防汛通知.docx",
                "- 文档编号:5328372",
                "- 上传时间:2022-12-15",
                "- 页数:3",
                "柏岩县防汛通知.docx",
                "《柏岩县防汛通知.docx》由会员分享，可在线阅读，更多相关《柏岩县防汛通知.docx》请在文库网上搜索。",
                "柏岩县防汛通知",
            ],
            &[],
            None,
        ),
        // A portal's line, a date stamp with its publisher, a date-and-source line.
        (
            &[],
            &["柏岩县人民政府门户网站 www.baiyan.gov.cn 时间:2024-05-07 11:54 来源:县政府办公室"],
            None,
        ),
        (&[], &["2024-05-07 10:00 县人民政府办公室"], None),
        (&[], &["日期:2024-05-07 10:47 来源:县政府办公室"], None),
        // Bullets.
        (
            &[],
            &[
                "  • 发布日期:2024-05-07",
                "  • 浏览次数:",
                "  • 字体:[ 大 中 小 ]",
            ],
            Some(("发布日期", "2024-05-07")),
        ),
        // Breadcrumbs with >> alone, the login bar.
        (
            &[
                "登录 |  注册 ",
                "柏岩县政府信息公开专栏 >> 柏岩县人民政府办公室 >> 通知公告",
            ],
            &[],
            None,
        ),
        // Pairs without colons, labels spaced.
        (
            &[],
            &[
                "索 引 号 MB1534522/2024-05475 发文日期 2024-05-06",
                "发布机构 县人民政府办公室 文    号 柏政办〔2024〕9号",
                "分   类 政务公开 有 效 性 有效",
            ],
            Some(("文号", "柏政办〔2024〕9号")),
        ),
    ];
    for (above, below, key) in cases {
        let mut lines: Vec<&str> = above.to_vec();
        lines.push(TITLE);
        lines.extend(below.iter());
        lines.extend(REST);
        let doc = structure_lines(&lines);
        assert_eq!(doc.title.as_deref(), Some(TITLE), "{lines:?}");
        assert_eq!(doc.issuers, ["柏岩县人民政府办公室"], "{lines:?}");
        assert_eq!(
            doc.recipients,
            ["各镇人民政府", "县政府各部门"],
            "{lines:?}"
        );
        if let Some((k, v)) = key {
            assert_eq!(
                doc.metadata.get(*k).map(String::as_str),
                Some(*v),
                "{lines:?}"
            );
        }
    }
}

/// The negative cases: a document's own lines that look like chrome stay.
#[test]
fn document_lines_are_not_chrome() {
    let own = [
        "各单位将材料命名为“单位名称.docx”报送。",
        "办理流程：申请 → 受理 → 审核 → 办结。",
        "时间：2024年5月8日上午",
    ];
    let mut lines = vec![TITLE];
    lines.extend(REST[..2].iter());
    lines.extend(own);
    lines.extend(REST[2..].iter());
    let doc = structure_lines(&lines);
    let text: Vec<&str> = doc.body.preamble.iter().map(|p| p.text.as_str()).collect();
    for line in own {
        assert!(text.contains(&line), "{line} in {text:?}");
    }
}

/// The title is the notice's own, whatever the page prints around it: page headings and a
/// browser's title before it are left out, a title printed two or three times is one, a
/// title over three lines with a letter-spaced 文种 is joined, pipe debris is cleaned, and
/// a bracketed 发文字号 after a browser's title gives the number.
#[test]
fn the_notice_s_own_title() {
    let full = "柏岩县人民政府关于推进城乡供水一体化的实施意见";
    // (lines before the 主送, title, doc number)
    type Case<'a> = (&'a [&'a str], &'a str, Option<&'a str>);
    let cases: &[Case<'_>] = &[
        // A page heading (a plan's name) above the notice's title.
        (
            &[
                "柏岩县城乡供水2024年工作要点",
                "来源:电子政务网 更新时间:2024-03-04",
                "柏岩县人民政府办公室关于印发柏岩县城乡供水2024年工作要点的通知 ",
            ],
            "柏岩县人民政府办公室关于印发柏岩县城乡供水2024年工作要点的通知",
            None,
        ),
        // A browser's title with the number and the site's name, a heading, the title over
        // three lines with a letter-spaced 文种.
        (
            &[
                "柏岩县人民政府关于推进城乡供水一体化的实施意见(柏政发〔2024〕3号)-柏岩县人民政府门户网站",
                full,
                "发布时间: 2024-02-22 15:40 【字体: 大 中 小】 【打印】",
                "柏岩县人民政府",
                "关于推进城乡供水一体化的",
                "实 施 意 见",
            ],
            full,
            Some("柏政发〔2024〕3号"),
        ),
        // Printed three times, the last split after 关于, the number under it.
        (
            &[
                "柏岩县人民政府关于推进城乡供水一体化的实施意见-柏岩县人民政府门户网站",
                full,
                "柏岩县人民政府关于",
                "推进城乡供水一体化的实施意见",
                "柏政发〔2024〕3号",
            ],
            full,
            Some("柏政发〔2024〕3号"),
        ),
        // A browser's title naming its column and site after underscores.
        (
            &["柏岩县人民政府关于推进城乡供水一体化的实施意见_政策文件_柏岩县人民政府"],
            full,
            None,
        ),
        // Chrome after the title on its line; a date in brackets under it.
        (
            &[
                "柏岩县人民政府关于推进城乡供水一体化的实施意见 【字体：大 中 小】【打印】",
                "（2024年2月2日县政府第9次常务会议通过）",
            ],
            full,
            None,
        ),
        // Pipe debris after the title; a space after 印发.
        (
            &["关于印发 2024年柏岩县政务公开工作要点的通知 |", "||", "|"],
            "关于印发2024年柏岩县政务公开工作要点的通知",
            None,
        ),
        // The negative cases: a title broken after a plan's word goes on; organ names
        // over a 关于 line begin it.
        (
            &[
                "柏岩县人民政府办公室关于印发柏岩县城乡供水实施方案",
                "的通知",
            ],
            "柏岩县人民政府办公室关于印发柏岩县城乡供水实施方案的通知",
            None,
        ),
        (
            &[
                "柏岩县人民政府办公室",
                "关于印发柏岩县城乡供水实施方案的通知",
            ],
            "柏岩县人民政府办公室关于印发柏岩县城乡供水实施方案的通知",
            None,
        ),
        (
            &[
                "柏岩县水利局",
                "柏岩县财政局",
                "关于做好城乡供水工程建设的",
                "通  知",
            ],
            "柏岩县水利局柏岩县财政局关于做好城乡供水工程建设的通知",
            None,
        ),
    ];
    for (above, title, number) in cases {
        let mut lines: Vec<&str> = above.to_vec();
        lines.extend(REST);
        let doc = structure_lines(&lines);
        assert_eq!(doc.title.as_deref(), Some(*title), "{lines:?}");
        assert_eq!(
            doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
            *number,
            "{lines:?}"
        );
        assert!(doc.doc_type.is_some(), "{lines:?}");
    }
    // The page heading left out is said.
    let doc = structure_lines(&[
        "柏岩县城乡供水2024年工作要点",
        "柏岩县人民政府办公室关于印发柏岩县城乡供水2024年工作要点的通知",
        REST[0],
    ]);
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::PageChromeDropped
                && d.message.contains("柏岩县城乡供水2024年工作要点"))
    );
}

/// A website's 公开方式 is the site's, never the document's publicity (kept in
/// `metadata`); its 发文日期 is the date of the notice a page shows only when the page
/// holds one (a heading and a table, no 主送, number, signature or 文种, states none).
#[test]
fn publicity_never_from_metadata() {
    let meta = [
        "索引号：11530403MB0X26154T/2024-00317",
        "公开方式：主动公开",
    ];
    let mut notice: Vec<&str> = meta.to_vec();
    notice.push(TITLE);
    notice.extend(REST);
    let doc = structure_lines(&notice);
    assert_eq!(doc.publicity, None);
    assert_eq!(
        doc.metadata.get("公开方式").map(String::as_str),
        Some("主动公开")
    );
    let mut table: Vec<&str> = meta.to_vec();
    table.extend([
        "柏岩县2024年民生实事项目任务分解表",
        "序号 | 实事项目 | 牵头单位 |",
        "1 | 新建幼儿园3所 | 县教育局 |",
    ]);
    let doc = structure_lines(&table);
    assert_eq!(doc.publicity, None);
    assert_eq!(doc.date, None);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县2024年民生实事项目任务分解表")
    );
}

fn carried(doc: &Document) -> Vec<&str> {
    doc.transmitted.iter().map(|t| t.title.as_str()).collect()
}

/// A notice that starts at its 主送 (no title) but says it carries a document carries it:
/// its heading is found by the name the notice gives, the date printed twice is skipped,
/// the heading may add the years.
#[test]
fn carried_without_a_title() {
    let doc = structure_lines(&[
        "各乡镇人民政府，县直各部门：",
        "《柏岩县农村生活垃圾分类处理实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。",
        "柏岩县人民政府办公室",
        "2022年9月14日",
        "2022年9月14日",
        "（此件公开发布）",
        "柏岩县2022—2024年农村生活垃圾分类处理实施方案",
        "为推进农村生活垃圾分类，制定本方案。",
        "一、总体要求",
        "二、重点任务",
    ]);
    assert_eq!(doc.title, None);
    assert_eq!(
        carried(&doc),
        ["柏岩县2022—2024年农村生活垃圾分类处理实施方案"]
    );
    assert_eq!(doc.transmitted[0].sections.len(), 2);
    assert_eq!(doc.issuers, ["柏岩县人民政府办公室"]);
    // A heading printed over two lines, inner marks printed as 《》.
    let doc = structure_lines(&[
        "各县（区）人民政府，市政府直属各单位：",
        "《柏岩市贯彻〈东岭省政务公开五年行动计划（2021—2025年）〉实施方案》已经市政府同意，现印发给你们。",
        "柏岩市人民政府办公室",
        "2022年7月8日",
        "柏岩市贯彻《东岭省政务公开",
        "五年行动计划（2021—2025年）》实施方案",
        "为深入推进政务公开工作，制定本方案。",
        "一、总体要求",
    ]);
    assert_eq!(
        carried(&doc),
        ["柏岩市贯彻《东岭省政务公开五年行动计划（2021—2025年）》实施方案"]
    );
}

/// A 印发 notice whose document is a table with no heading under the signature carries
/// the document its title names; two documents named and printed are both read.
#[test]
fn carried_tables_and_two_documents() {
    let mut lines = vec![
        "柏岩县人民政府办公室关于印发《柏岩县2023年政务公开重点任务清单》的通知",
        "各乡镇人民政府，县直各部门：",
        "现将《柏岩县2023年政务公开重点任务清单》印发给你们，请认真抓好落实。",
        "柏岩县人民政府办公室",
        "2023年6月9日",
    ];
    lines.extend(["序号\t工作任务\t责任单位", "1\t做好政策解读\t县政府办"]);
    let blocks: Vec<Block> = lines
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let n = u32::try_from(i).unwrap_or(0);
            if t.contains('\t') {
                return Block::Table(gongwen_blocks::Table {
                    rows: vec![gongwen_blocks::Row {
                        cells: t
                            .split('\t')
                            .enumerate()
                            .map(|(c, x)| gongwen_blocks::Cell {
                                text: x.to_owned(),
                                col: u32::try_from(c).unwrap_or(0),
                                row_span: 1,
                                col_span: 1,
                                loc: Loc::block(n),
                            })
                            .collect(),
                        repeat_header: false,
                        loc: Loc::block(n),
                    }],
                    loc: Loc::block(n),
                });
            }
            Block::Paragraph(Paragraph {
                text: (*t).to_owned(),
                loc: Loc::lines(n, Some(n + 1), None),
                ..Default::default()
            })
        })
        .collect();
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    assert_eq!(carried(&doc), ["柏岩县2023年政务公开重点任务清单"]);
    assert!(!doc.transmitted[0].tables.is_empty());

    let doc = structure_lines(&[
        "柏岩县人民政府关于印发《柏岩县数字经济实施方案》和《柏岩县数字乡村行动计划》的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《柏岩县数字经济实施方案》和《柏岩县数字乡村行动计划》印发给你们，请认真贯彻执行。",
        "柏岩县人民政府",
        "2023年9月25日",
        "柏岩县数字经济实施方案",
        "一、主要目标",
        "到2025年，数字经济核心产业增加值占比达到8%。",
        "柏岩县数字乡村行动计划",
        "一、总体要求",
        "以数字化赋能乡村振兴。",
        "二、建设农村电商服务站30个。（责任单位：县商务局）",
    ]);
    assert_eq!(
        carried(&doc),
        ["柏岩县数字经济实施方案", "柏岩县数字乡村行动计划"]
    );
    assert_eq!(doc.transmitted[1].sections.len(), 2);
    // The second document's tasks are read too.
    let units: Vec<&str> = doc
        .tasks
        .iter()
        .flat_map(|t| t.units.iter().map(|u| u.name.as_str()))
        .collect();
    assert_eq!(units, ["县商务局"]);
}

/// The negative cases: a notice citing 《…》 without carrying it carries nothing.
#[test]
fn citations_carry_nothing() {
    for lines in [
        &[
            "柏岩县人民政府办公厅关于落实《柏岩县“十四五”规划纲要》主要目标任务分工的通知",
            "各乡镇人民政府，县政府各部门：",
            "《纲要》明确了今后五年的目标任务，为确保《纲要》顺利实施，现将有关事项通知如下：",
            "一、分工原则",
            "柏岩县人民政府办公厅",
            "2012年3月2日",
            "柏岩县“十四五”规划纲要主要目标任务分工表",
        ][..],
        &[
            "各乡镇人民政府，县政府各部门：",
            "为贯彻落实《东岭省人民政府办公厅关于印发2017年政务公开工作要点的通知》（以下简称《通知》）精神，现就有关事项通知如下：",
            "一、加强组织领导",
            "柏岩县人民政府办公室",
            "2017年9月21日",
            "柏岩县2017年政务公开工作要点",
        ][..],
    ] {
        let doc = structure_lines(lines);
        assert!(doc.transmitted.is_empty(), "{lines:?}");
    }
}

/// A closing formula printed on the last item's line is the document's closing; a 纪要's
/// 分送 line is its 抄送.
#[test]
fn glued_closing_and_distribution() {
    let doc = structure_lines(&[
        TITLE,
        REST[0],
        "一、压实防汛责任。各镇要落实防汛责任人。",
        "二、加强督导检查，确保各项任务落到实处。特此通知。",
        REST[2],
        REST[3],
    ]);
    let closing: Vec<&str> = doc.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["特此通知。"]);
    let last = doc.body.sections.last().map(|s| {
        let mut text: Vec<&str> = s.heading.iter().map(String::as_str).collect();
        text.extend(s.paragraphs.iter().map(|p| p.text.as_str()));
        text.concat()
    });
    assert!(last.is_some_and(|t| !t.contains("特此通知")));

    let doc = structure_lines(&[
        "2022年11月18日下午，副县长赵启明主持召开专题会议，研究集中供暖工作。现纪要如下：",
        "一、会议原则同意二期工程主管网路由调整方案。",
        "分送：县委办公室，县人大常委会办公室，县政协办公室。",
        "柏岩县人民政府办公室　　2022年11月21日印发",
    ]);
    assert_eq!(doc.cc, ["县委办公室", "县人大常委会办公室", "县政协办公室"]);
    assert!(doc.recipients.is_empty());
}

/// Lines under the title that are not part of it (a subtitle, the speaker) are left out of
/// it and said.
#[test]
fn subtitle_is_not_title() {
    let doc = structure_lines(&[
        "柏岩县人民政府",
        "关于2023年度县级财政预算执行情况的",
        "报  告",
        "——2024年1月10日在柏岩县第十八届人民代表大会第三次会议上",
        "县财政局局长  张三",
        "各位代表：",
        "受县人民政府委托，现将2023年度县级财政预算执行情况报告如下，请予审议。",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县人民政府关于2023年度县级财政预算执行情况的报告")
    );
    let unplaced = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == DiagnosticCode::UnplacedText)
        .count();
    assert_eq!(unplaced, 2);
    // A speech: a title of no 文种, its speaker under it, a salutation that is no 主送.
    let doc = structure_lines(&[
        "在全市安全生产和防灾减灾工作会议上的讲话",
        "市长　林泽远",
        "（2025年2月18日）",
        "同志们：",
        "今天，我们召开全市安全生产和防灾减灾工作会议。",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("在全市安全生产和防灾减灾工作会议上的讲话")
    );
    assert!(doc.recipients.is_empty(), "{:?}", doc.recipients);
}

/// Metadata printed as a label line then its value line, below the title, starting with a
/// label a document might print too (信息来源): read as metadata, never the 主送 or the date.
#[test]
fn metadata_on_alternating_lines_below_the_title() {
    let doc = structure_lines(&[
        "您现在的位置：首页 > 政务公开 > 县政府办文件",
        "柏岩县人民政府办公室关于印发《柏岩县2025年森林防火工作要点》的通知",
        "信息来源：",
        "县应急管理局",
        "公开日期：",
        "2025-03-02",
        "所属主题：",
        "应急管理",
        "发文机构：",
        "柏岩县人民政府办公室",
        "文　　号：",
        "柏政办发〔2025〕4号",
        "【打印本页】【关闭窗口】",
        "各镇人民政府，县政府各部门：",
        "　　《柏岩县2025年森林防火工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。",
        "　　　　　　柏岩县人民政府办公室",
        "　　　　　　2025年2月27日",
    ]);
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("柏政办发〔2025〕4号")
    );
    assert_eq!(doc.recipients, ["各镇人民政府", "县政府各部门"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2025-02-27")
    );
    assert_eq!(
        doc.metadata.get("信息来源").map(String::as_str),
        Some("县应急管理局")
    );
}

/// Metadata pairs separated by TABs, one weak label alone on the last of them; the title
/// under them stays apart from the 主送 line.
#[test]
fn tab_separated_metadata_pairs() {
    let doc = structure_lines(&[
        "索引号\t11370124MB28542XXX/2025-00012\t信息分类\t政府文件",
        "发布机构\t柏岩县人民政府办公室\t发文日期\t2025-03-06",
        "文号\t柏政办发〔2025〕5号\t时效\t有效",
        "名称\t柏岩县人民政府办公室关于印发柏岩县2025年政务服务提质增效清单的通知",
        "柏岩县人民政府办公室关于印发柏岩县2025年政务服务提质增效清单的通知",
        "各镇人民政府,县政府各部门:",
        "《柏岩县2025年政务服务提质增效清单》已经县政府同意,现印发给你们,请认真组织实施。",
        "柏岩县人民政府办公室",
        "2025年3月3日",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县人民政府办公室关于印发柏岩县2025年政务服务提质增效清单的通知")
    );
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("柏政办发〔2025〕5号")
    );
    assert_eq!(doc.recipients, ["各镇人民政府", "县政府各部门"]);
    assert!(!has(&doc, DiagnosticCode::LinesJoined));
}

/// A 纪要 numbered by its meeting ("第7次") with the organ-and-date line under it: the
/// number, the issuer and the date.
#[test]
fn minutes_numbered_by_meeting() {
    let doc = structure_lines(&[
        "首页 >> 信息公开 >> 会议纪要",
        "柏岩县人民政府第7次常务会议纪要",
        "发布时间：2025-03-12 10:15　　来源：县政府办公室",
        "第7次",
        "柏岩县人民政府办公室　　　　　　2025年3月10日",
        "　　2025年3月6日上午，县长李明主持召开县政府第7次常务会议。现将会议议定事项纪要如下：",
        "　　一、关于春季造林工作",
        "　　1.同意实施春季造林2万亩。（责任单位：县林业局；完成时限：2025年4月底前）",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县人民政府第7次常务会议纪要")
    );
    assert_eq!(doc.issue_number.as_ref().map(|n| n.serial), Some(7));
    assert_eq!(doc.issuers, ["柏岩县人民政府办公室"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2025-03-10")
    );
    assert_eq!(doc.tasks.len(), 1);
    assert!(!has(&doc, DiagnosticCode::UnplacedText));
}

/// A 纪要's mark printed letter-spaced ("会 议 纪 要") under its organ, then its 期号 and
/// the organ-and-date line: the number and the date are read, none of them joins the
/// title. Negative: an ordinary notice's letter-spaced 文种 line is no 纪要's mark.
#[test]
fn minutes_mark_letter_spaced() {
    let doc = structure_lines(&[
        "柏岩县防汛抗旱指挥部",
        "会 议 纪 要",
        "第3期",
        "柏岩县防汛抗旱指挥部办公室　　　　　　　　2025年5月14日",
        "柏岩县防汛抗旱指挥部2025年第一次工作调度会议纪要",
        "　　2025年5月12日下午，县防汛抗旱指挥部召开工作调度会议。现将会议议定事项纪要如下：",
        "　　一、会议议定以下事项。",
    ]);
    assert_eq!(
        doc.title.as_deref(),
        Some("柏岩县防汛抗旱指挥部2025年第一次工作调度会议纪要")
    );
    assert_eq!(doc.issue_number.as_ref().map(|n| n.serial), Some(3));
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2025-05-14")
    );
    let doc = structure_lines(&[
        "柏岩县人民政府办公室",
        "通　　知",
        "第3期",
        "各乡镇人民政府：",
        "请做好防汛工作。",
        "柏岩县人民政府办公室",
        "2025年5月14日",
    ]);
    assert_eq!(doc.issue_number, None);
}

/// A site's list of linked files under the page ("相关附件：" and the file's name), its
/// links to a 解读 and its footer ("主办：…　承办：…　网站标识码：…") are chrome: the
/// table one cell per line above them does not take them in as a row. The
/// document's own 附件说明 ("附件：…") is still read.
#[test]
fn related_files_list_is_chrome() {
    let doc = structure_lines(&[
        "柏岩市人民政府办公室关于印发重点工作责任分解的通知",
        "各县（区）人民政府，市政府各部门：",
        "现将重点工作责任分解印发给你们，请认真贯彻落实。",
        "附件：2024年重点工作责任分解",
        "柏岩市人民政府办公室",
        "2024年3月1日",
        "附件",
        "2024年重点工作责任分解",
        "序号",
        "重点工作",
        "牵头单位",
        "责任单位",
        "完成时限",
        "1",
        "加强食品药品安全监管，争创省级食品安全示范城市。",
        "市市场监管局",
        "市农业农村局、市卫健局",
        "持续推进",
        "相关附件：",
        "2024年重点工作责任分解.docx",
        "相关解读：",
        "【图解】2024年重点工作责任分解",
        "分享到：",
        "主办：柏岩市人民政府办公室　承办：柏岩市大数据中心　网站标识码：3610990027",
    ]);
    assert_eq!(doc.tasks.len(), 1, "{:?}", doc.tasks);
    let notes: Vec<&str> = doc
        .attachment_notes
        .iter()
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(notes, ["2024年重点工作责任分解"]);
}

/// Items closed by "责任单位：…" and "时间要求：…" lines, the page's list of linked files
/// under the last one: the file's name ("…工作要点.doc") is a link, never a unit of the
/// item above it; 时间要求 labels its deadline.
#[test]
fn file_name_under_related_files_is_no_unit() {
    let doc = structure_lines(&[
        "沙泉县人民政府办公室关于印发沙泉县2017年政务公开工作要点的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《沙泉县2017年政务公开工作要点》印发给你们，请认真贯彻落实。",
        "沙泉县人民政府办公室",
        "2017年3月10日",
        "沙泉县2017年政务公开工作要点",
        "1.推进权力清单公开。全面公开县级部门权力清单和责任清单。",
        "责任单位：县编办、县政务服务中心",
        "时间要求：2017年6月底前",
        "2.做好政务舆情回应。建立健全政务舆情回应机制。",
        "责任单位：县委宣传部、县公安局",
        "",
        "相关附件：",
        "沙泉县2017年政务公开工作要点.doc",
        "扫一扫在手机打开当前页",
    ]);
    let units: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(
        units,
        [
            vec!["县编办", "县政务服务中心"],
            vec!["县委宣传部", "县公安局"]
        ]
    );
    let deadline = doc.tasks[0].deadline.as_ref().map(|d| d.raw.as_str());
    assert_eq!(deadline, Some("2017年6月底前"));
}

/// A forwarded document's heading ends at its 文种: the organ that wrote it and its number,
/// printed on lines of their own under it, are not part of its title. The forwarding
/// notice's own numbered demands, each with its units, are tasks; its numbered items with
/// no units are not.
#[test]
fn forwarded_heading_apparatus_and_own_demands() {
    let doc = structure_lines(&[
        "柏岩县人民政府办公室转发县农业农村局关于加快高标准农田建设的意见的通知",
        "各乡镇人民政府，县直各有关单位：",
        "县农业农村局《关于加快高标准农田建设的意见》已经县人民政府同意，现转发给你们，并提出以下贯彻要求。",
        "一、压实建设责任。各乡镇要在6月底前完成年度建设任务分解。（县农业农村局牵头，各乡镇人民政府配合）",
        "二、强化资金保障。足额落实县级配套资金。（县财政局负责）",
        "柏岩县人民政府办公室",
        "2023年4月10日",
        "关于加快高标准农田建设的意见",
        "柏农发〔2023〕7号",
        "县农业农村局",
        "为加快推进高标准农田建设，提出如下意见。",
        "一、明确目标",
        "到2025年，累计建成高标准农田20万亩。",
    ]);
    assert_eq!(carried(&doc), ["关于加快高标准农田建设的意见"]);
    // A 方案 with its author and number under its title, the notice's own text without a
    // numbered demand: the title alone.
    let plan = structure_lines(&[
        "柏岩县人民政府办公室关于转发县卫生健康局2024年家庭医生签约服务工作方案的通知",
        "各乡镇人民政府，县直有关单位：",
        "县卫生健康局制定的《柏岩县2024年家庭医生签约服务工作方案》已经县政府同意，现转发给你们，请认真组织实施。",
        "柏岩县人民政府办公室",
        "2024年3月5日",
        "柏岩县2024年家庭医生签约服务工作方案",
        "柏岩县卫生健康局",
        "柏卫发〔2024〕6号",
        "为做好家庭医生签约服务，制定本方案。",
    ]);
    assert_eq!(carried(&plan), ["柏岩县2024年家庭医生签约服务工作方案"]);
    let units: Vec<Vec<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(
        units,
        [vec!["县农业农村局", "各乡镇人民政府"], vec!["县财政局"]]
    );

    // The negative: a forwarding notice whose items name no unit holds no task, and a
    // heading's second line that is a title's continuation stays in it.
    let doc = structure_lines(&[
        "柏岩县人民政府办公室转发县教育局关于做好2023年秋季学期开学工作的通知",
        "各乡镇人民政府，县直各有关单位：",
        "县教育局《关于做好2023年秋季学期开学工作的通知》已经县人民政府同意，现转发给你们，并提出以下要求。",
        "一、高度重视开学工作。",
        "二、加强校园安全管理。",
        "柏岩县人民政府办公室",
        "2023年8月20日",
        "关于做好2023年秋季学期",
        "开学工作的通知",
        "各学校：",
        "现就有关事项通知如下。",
    ]);
    assert_eq!(carried(&doc), ["关于做好2023年秋季学期开学工作的通知"]);
    assert!(doc.tasks.is_empty());
}

/// A carried document or attachment linked as a file keeps its title without the file's
/// extension; a title merely ending in Latin letters keeps them.
#[test]
fn linked_file_titles_lose_their_extension() {
    use crate::tail::title::without_file_extension;
    assert_eq!(
        without_file_extension("柏岩县2023年政务公开重点任务分工.DOC"),
        "柏岩县2023年政务公开重点任务分工"
    );
    assert_eq!(
        without_file_extension("柏岩县任务清单.xlsx"),
        "柏岩县任务清单"
    );
    assert_eq!(
        without_file_extension("柏岩县推进IPv6规模部署方案"),
        "柏岩县推进IPv6规模部署方案"
    );
    assert_eq!(without_file_extension(".pdf"), ".pdf");
}

/// A lone "文号：" line under the title, after a chrome line, whose value is wholly a 发文字号:
/// the page's metadata. A "文号" line whose value is not a number stays unread.
#[test]
fn lone_number_line_under_the_title() {
    let doc = structure_lines(&[
        "您现在的位置：首页 > 政务公开 > 政策文件",
        "柏岩县人民政府办公室关于做好2025年春季植树造林工作的通知",
        "时间：2025-02-20　　来源：县政府办公室　　浏览：次",
        "文号：柏政办〔2025〕7号",
        "各镇人民政府，县政府各部门：",
        "　　为做好今年春季植树造林工作，现将有关事项通知如下。",
        "柏岩县人民政府办公室",
        "2025年2月18日",
    ]);
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("柏政办〔2025〕7号")
    );
    assert_eq!(doc.recipients, ["各镇人民政府", "县政府各部门"]);

    // The number on its own line under a share widget's label is the document's.
    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于做好2025年春季植树造林工作的通知",
        "来源：县林业局　　发布时间：2025-02-20　　阅读次数：",
        "分享到：",
        "柏政办〔2025〕7号",
        "各镇人民政府，县政府各部门：",
        "　　为做好今年春季植树造林工作，现将有关事项通知如下。",
        "柏岩县人民政府办公室",
        "2025年2月18日",
    ]);
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("柏政办〔2025〕7号")
    );

    let doc = structure_lines(&[
        "柏岩县人民政府办公室关于做好2025年春季植树造林工作的通知",
        "文号：见附件",
        "各镇人民政府，县政府各部门：",
        "　　为做好今年春季植树造林工作，现将有关事项通知如下。",
        "柏岩县人民政府办公室",
        "2025年2月18日",
    ]);
    assert_eq!(doc.doc_number, None);
}

/// A page's chrome printed with pipes between its pieces, under the title: dropped, so the
/// number and the 主送 under it are read. A line of text that holds a pipe stays text.
#[test]
fn chrome_pieces_between_pipes() {
    let doc = structure_lines(&[
        "首页 > 法治政府建设 > 年度报告",
        "柏岩县人民政府关于2024年度法治政府建设情况的报告",
        "发布时间：2025-03-20 | 来源：柏岩县司法局 | 浏览量：1024 | 分享到：",
        "柏政〔2025〕5号",
        "柏川市人民政府：",
        "　　2024年，我县全面推进法治政府建设，现将有关情况报告如下。",
        "柏岩县人民政府",
        "2025年3月18日",
    ]);
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("柏政〔2025〕5号")
    );
    assert_eq!(doc.recipients, ["柏川市人民政府"]);

    let doc = structure_lines(&[
        "柏岩县人民政府关于2024年度法治政府建设情况的报告",
        "柏川市人民政府：",
        "　　全年办理行政复议案件 | 行政诉讼案件共56件，均依法办结。",
        "柏岩县人民政府",
        "2025年3月18日",
    ]);
    assert!(
        doc.body
            .preamble
            .iter()
            .any(|p| p.text.contains("行政复议案件 | 行政诉讼")),
        "{:#?}",
        doc.body.preamble
    );
}

/// A page's heading (the whole title on one long line) above its metadata table: the table
/// is still the page's metadata (its 文号 the document's) and the 主送 under it is read.
#[test]
fn title_above_the_metadata_table() {
    let line = |i: u32, t: &str| {
        Block::Paragraph(Paragraph {
            text: t.to_owned(),
            loc: Loc::lines(i, Some(i + 1), None),
            ..Default::default()
        })
    };
    let table = Block::Table(crate::test_support::grid_table(
        &[
            &[
                "索引号:",
                "11990100MB0F21736K/2024-00318",
                "发布机构:",
                "汀霞市人民政府办公室",
            ],
            &["发文日期:", "2024-03-28", "文号:", "汀政办发[2024]12号"],
        ],
        2,
    ));
    let blocks = vec![
        line(0, "当前位置:首页 > 政务公开 > 政策文件"),
        line(
            1,
            "汀霞市人民政府办公室关于印发《汀霞市2024年优化营商环境重点任务清单》《汀霞市2024年营商环境评价指标提升方案》的通知",
        ),
        table,
        line(3, "各县(区)人民政府,市政府各部门:"),
        line(
            4,
            "两个文件已经市人民政府同意,现印发给你们,请认真贯彻落实。",
        ),
        line(5, "汀霞市人民政府办公室"),
        line(6, "2024年3月28日"),
    ];
    let doc = crate::structure(&blocks, Source::new(Format::Txt, "UTF-8"));
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("汀政办发〔2024〕12号")
    );
    assert_eq!(doc.recipients, ["各县(区)人民政府", "市政府各部门"]);
    assert_eq!(
        doc.metadata.get("发布机构").map(String::as_str),
        Some("汀霞市人民政府办公室")
    );
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-28")
    );
}
