//! Task tables that reached the text without their grid (web copies, plain-text exports):
//! one cell per line with or without " |" debris, pipe rows whose merged cells were dropped,
//! metadata rows run into the table. Every text here is invented, in the shapes real copies
//! take; each shape has a negative case beside it.

use gongwen::{Document, Format};

fn parse(text: &str) -> Document {
    gongwen::parse_bytes(text.as_bytes(), Format::Txt).unwrap_or_else(|e| panic!("{e}"))
}

/// A task as the checks read it: requirement start, unit names with `*` for a lead,
/// deadline raw, deadline date.
type RowView = (String, Vec<String>, Option<String>, Option<String>);

fn rows(doc: &Document) -> Vec<RowView> {
    doc.tasks
        .iter()
        .map(|t| {
            (
                t.requirement
                    .as_deref()
                    .unwrap_or_default()
                    .chars()
                    .take(8)
                    .collect(),
                t.units
                    .iter()
                    .map(|u| {
                        let lead = u.role == gongwen::UnitRole::Lead;
                        format!("{}{}", u.name, if lead { "*" } else { "" })
                    })
                    .collect(),
                t.deadline.as_ref().map(|d| d.raw.clone()),
                t.deadline
                    .as_ref()
                    .and_then(|d| d.date.map(|x| x.to_string())),
            )
        })
        .collect()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn cells_ending_in_pipes_with_merged_cells() {
    let doc = parse(
        "岫山区人民政府办公室关于印发《岫山区2024年政务公开任务清单》的通知\n\
         岫山区人民政府办公室\n2024年3月8日\n\
         工作任务 |\n具体要求 |\n责任单位 |\n||\n\
         主动公开 |\n决策公开\n|\n\
         重大决策 |\n编制年度重大行政决策事项目录并向社会公布。 |\n\
         区司法局牵头目录编制工作,区各决策承办单位具体落实;各成员单位负责本单位事项报送 |\n\
         决策草案公开征求意见不少于30日。 |\n||||\n\
         重大决策作出后20个工作日内公开决策文件。 |\n||||\n\
         及时公开决策执行情况。 |\n区各决策承办单位 |\n|||\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    let first = names(&["区司法局*", "区各决策承办单位", "各成员单位"]);
    assert_eq!(got[0].0, "编制年度重大行政");
    assert_eq!(got[0].1, first);
    // The next two rows print no unit cell: they share the merged cell above.
    assert_eq!(got[1].1, first);
    assert!(doc.tasks[1].units_inherited);
    assert_eq!(got[2].0, "重大决策作出后2");
    assert_eq!(got[3].1, names(&["区各决策承办单位"]));
    // The stacked cells of the 工作任务 column, unnumbered, are the task's title.
    let title = doc.tasks[0].title.as_deref().unwrap_or_default();
    assert_eq!(title, "主动公开\n决策公开\n重大决策");
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == gongwen::DiagnosticCode::TableRebuilt)
    );
}

#[test]
fn cells_between_blank_lines_one_unit_per_line() {
    let doc = parse(
        "柏岩县人民政府办公室关于下达2023年民生实事任务的通知\n\n柏岩县人民政府办公室\n\n2023年2月20日\n\n\
         附件\n\n2023年民生实事任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n\
         1\n\n改造老旧小区3个。\n\n县住建局\n\n县城投公司\n\n10月底前\n\n\
         2\n\n新建养老服务站2处。\n\n县民政局\n\n6月底前动工\n\n开工建设社区食堂1处。\n\n12月底前\n\n\
         3\n\n新增公办学位500个。\n\n县教体局\n\n9月投入使用\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert_eq!(got[0].1, names(&["县住建局", "县城投公司"]));
    assert_eq!(got[0].3.as_deref(), Some("2023-10-31"));
    // The second requirement of row 2 has no number and no unit cell: both merged.
    assert_eq!(got[2].0, "开工建设社区食堂");
    assert_eq!(got[2].1, names(&["县民政局"]));
    assert_eq!(doc.tasks[2].seq, Some(2));
    assert_eq!(got[2].2.as_deref(), Some("12月底前"));
    assert_eq!(got[3].2.as_deref(), Some("9月投入使用"));
    assert_eq!(got[3].3.as_deref(), Some("2023-09-30"));
}

#[test]
fn cells_without_separators_under_group_columns() {
    let doc = parse(
        "霁川市2022年政务公开工作要点实施方案\n目标\n任务\n主要内容\n责任单位\n\
         一、以公开促发展\n（一）做好政策解读\n\
         围绕全市产业政策调整，及时通过新闻发布会等形式解读政策背景和主要内容。\n\
         市发展改革委牵头落实\n\
         围绕稳健的金融政策，加强金融信息公开，引导市场预期。\n\
         市金融办、人民银行霁川市中心支行、霁川银保监分局分别牵头落实\n\
         加强财政预决算信息公开，按月公开财政收支情况。\n市财政局牵头落实\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].0, "围绕全市产业政策");
    assert_eq!(got[0].1, names(&["市发展改革委*"]));
    assert_eq!(
        got[1].1,
        names(&["市金融办*", "人民银行霁川市中心支行*", "霁川银保监分局*"])
    );
    let cats: Vec<&str> = doc.tasks[2]
        .category
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cats, ["以公开促发展", "做好政策解读"]);
}

#[test]
fn numbers_on_lines_of_their_own_are_a_seq_column_the_header_omits() {
    let doc = parse(
        "|\n工作任务 |\n具体工作要求 |\n责任单位 |\n完成时限 |\n|\n\
         一、深化政策公开 |\n1 |\n及时发布政策文件及其解读材料。 |\n各区直部门、各镇（办） |\n持续推进 |\n|\n\
         2 |\n动态更新涉企收费清单。 |\n区发改委、区财政局等相关区直部门、各镇（办） |\n长期坚持 |\n|\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(doc.tasks[0].seq, Some(1));
    assert_eq!(doc.tasks[1].seq, Some(2));
    assert_eq!(got[1].1, names(&["区发改委", "区财政局", "各镇（办）"]));
    assert!(doc.tasks[1].units_open);
    assert_eq!(doc.title, None, "the header lines are not a title");
}

#[test]
fn pipe_rows_that_lost_their_merged_first_column() {
    let doc = parse(
        "索引号 | 11530403MB0X/2024-00099 | 公开方式 | 主动公开 |\n\
         发布单位 | 区政府办公室 | 发文日期 | 2024-04-08 |\n\
         类别 | 序号 | 实事项目 | 牵头单位 | 配合单位 | 完成时限 | 备注 |\n\
         教育 | 1 | 新建小学1所。 | 区教育局 | 区住建局 | 8月31日前 | 市民生实事 |\n\
         2 | 改造学校食堂12所。 | 区教育局 | 区市场监管局 | 6月底前 | 区民生实事 | |\n\
         医疗 | 3 | 建成妇幼保健院新院区。 | 区卫健局 | 区城投公司 | 10月投入使用 | 市民生实事 |\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[1].0, "改造学校食堂12");
    assert_eq!(got[1].1, names(&["区教育局*", "区市场监管局"]));
    assert_eq!(got[1].2.as_deref(), Some("6月底前"));
    // The year comes from the metadata's date when the text prints none.
    assert_eq!(got[1].3.as_deref(), Some("2024-06-30"));
    let cats: Vec<&str> = doc.tasks[1]
        .category
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cats, ["教育"], "the merged 类别 is inherited");
    assert_eq!(
        doc.metadata.get("索引号").map(String::as_str),
        Some("11530403MB0X/2024-00099")
    );
}

#[test]
fn progress_and_remark_columns_are_neither_deadlines_nor_units() {
    let doc = parse(
        "序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n\
         1\n\n新建公办幼儿园3所。\n\n85%（一所进度滞后）\n\n县教育局\n\n市民生实事\n\n\
         2\n\n建设农村公路40公里。\n\n90%\n\n县交通局\n\n县民生实事\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1, names(&["县教育局*"]));
    assert_eq!(got[0].2, None);
    assert_eq!(got[1].1, names(&["县交通局*"]));
}

#[test]
fn column_names_alone_are_not_a_table() {
    // Two lines that name columns, then prose: headings of the text, not a header.
    let doc = parse(
        "关于做好2024年防汛工作的通知\n各镇人民政府：\n工作任务\n责任单位\n\
         各镇要落实防汛责任，做好隐患排查。\n县水利局要加强巡查。\n",
    );
    assert!(doc.tasks.is_empty());
    // An indicator table printed one cell per line has no units: no tasks.
    let doc = parse(
        "一级指标\n二级指标\n三级指标\n指标说明\n\
         医疗质量\n功能定位\n出院患者手术占比\n反映医院收治患者情况。\n",
    );
    assert!(doc.tasks.is_empty());
}

#[test]
fn totals_rows_and_numbered_requirements() {
    // A totals row is no task; a requirement printed with its number, in a table without a
    // 序号 column, gives the number as 序号. A 牵头 column names the leads: "综合处牵头" in
    // the office's own column leads only within the office.
    let doc = parse(
        "工作任务 | 牵头部门 | 本局责任处（单位） |\n\
         1.公开部门权责清单。 | 区审批局 | 综合处牵头，各处配合落实 |\n\
         2.公开随机抽查事项清单。 | 区市场监管局 | 执法处 |\n\
         合计 | | |\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(doc.tasks[0].seq, Some(1));
    assert_eq!(got[0].0, "公开部门权责清单");
    assert_eq!(got[0].1, names(&["区审批局*", "综合处", "各处"]));
    assert_eq!(doc.tasks[1].seq, Some(2));
}

/// Shifted pipe rows realigned when the excerpt stops inside the last row: its requirement
/// cut after a comma is no unit list, and the rows above still go back under their columns.
#[test]
fn shifted_rows_when_the_last_row_is_cut() {
    let doc = parse(
        "| 领域 | 工作举措 | 责任部门 | 当前进度 | 完成时间 |\n\
         |---|---|---|---|---|\n\
         | 乡村振兴 | 新建高标准农田1万亩。 | 县农业农村局 | 已完成60% | 2024年10月底前 |\n\
         | 建成冷链物流中心1处。 | 县商务局 | 主体完工 | 12月底前 | |\n\
         | 新建村级养老服务站5处， | 县民政局 |\n",
    );
    let got = rows(&doc);
    assert_eq!(got[1].0, "建成冷链物流中心");
    assert_eq!(got[1].1, names(&["县商务局"]));
    assert_eq!(got[1].2.as_deref(), Some("12月底前"));
    assert_eq!(got[2].1, names(&["县民政局"]));
    // A row whose last cell ends a sentence with a comma but names units stays units.
    let doc = parse(
        "| 工作任务 | 责任单位 | 完成时限 |\n\
         |---|---|---|\n\
         | 建成冷链物流中心1处。 | 县商务局、县发改局 | 12月底前 |\n",
    );
    assert_eq!(rows(&doc)[0].1, names(&["县商务局", "县发改局"]));
}

/// Text of a doc's rebuilt table, row by row: "col/row_span/col_span:text" per cell.
fn table_cells(doc: &Document) -> Vec<Vec<String>> {
    doc.body
        .tables
        .iter()
        .chain(doc.attachments.iter().flat_map(|a| &a.tables))
        .next()
        .map(|t| {
            t.rows
                .iter()
                .map(|r| {
                    r.cells
                        .iter()
                        .map(|c| format!("{}/{}/{}:{}", c.col, c.row_span, c.col_span, c.text))
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Cells separated by lines "|", rows by blank lines, the first column merged down its
/// group: a row of three cells is the detail of the group above, its units its own (never
/// the row above's, never glued to the requirement), and the group's name is no part of the
/// requirement.
#[test]
fn bar_lines_between_cells_blank_lines_between_rows() {
    let doc = parse(
        "青崖县市场监督管理局2024年信用监管工作任务清单\n\
         \u{3000}\u{3000}为推进信用监管工作，制定本清单。\n\
         工作事项\n|\n工作内容\n|\n责任科室\n|\n时间节点\n\n\
         信用信息归集\n|\n按时归集行政许可、行政处罚信息，做到应归尽归，归集率达到100%。\n|\n信用监管科\n|\n每月5日前\n\n\
         规范信用修复流程，修复申请5个工作日内办结。\n|\n登记注册科、信息科\n|\n2024年9月底前\n\n\
         双随机抽查\n|\n制定年度抽查计划，抽查结果20个工作日内公示。\n|\n执法稽查队\n|\n2024年3月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].0, "按时归集行政许可");
    assert_eq!(got[0].1, names(&["信用监管科"]));
    assert_eq!(got[1].0, "规范信用修复流程");
    assert_eq!(got[1].1, names(&["登记注册科", "信息科"]));
    assert!(!doc.tasks[1].units_inherited);
    assert_eq!(got[1].2.as_deref(), Some("2024年9月底前"));
    // The merged 工作事项 names the rows' task: a title, not the requirement.
    assert_eq!(doc.tasks[1].title.as_deref(), Some("信用信息归集"));
    assert_eq!(got[2].0, "制定年度抽查计划");
    assert_eq!(doc.tasks[2].title.as_deref(), Some("双随机抽查"));
}

/// An excerpt that stops inside the last row: the cells it lost are not the row above's.
#[test]
fn a_row_cut_by_the_end_of_the_text_inherits_nothing() {
    let doc = parse(
        "工作事项\n|\n工作内容\n|\n责任科室\n|\n时间节点\n\n\
         信用信息归集\n|\n按时归集行政许可信息，归集率达到100%。\n|\n信用监管科\n|\n每月5日前\n\n\
         信用承诺\n|\n全面推行证明事项告知承诺制，对企业和群众办事，",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    // Each row its own 工作事项: the name opens the requirement.
    assert_eq!(got[1].0, "信用承诺\n全面推");
    assert!(got[1].1.is_empty(), "{got:#?}");
    assert_eq!(got[1].2, None);
    // The same row ended by a full stop is a row whose units and deadline are merged.
    let doc = parse(
        "工作事项\n|\n工作内容\n|\n责任科室\n|\n时间节点\n\n\
         信用信息归集\n|\n按时归集行政许可信息，归集率达到100%。\n|\n信用监管科\n|\n每月5日前\n\n\
         全面推行证明事项告知承诺制。\n\n\
         信用承诺\n|\n公示企业信用承诺履行情况。\n|\n登记注册科\n|\n每季度\n",
    );
    let got = rows(&doc);
    assert_eq!(got[1].1, names(&["信用监管科"]));
    assert!(doc.tasks[1].units_inherited);
}

/// One cell per line, blank lines only, a merged 类别 column: the category is no
/// requirement, village names are units, and the section heading after the table (the
/// outline going on from the heading before it) is no row.
#[test]
fn cells_between_blank_lines_under_a_merged_group_column() {
    let doc = parse(
        "石坪镇人民政府关于印发《石坪镇2024年农村道路整治方案》的通知\n\
         石政发〔2024〕3号\n各村（居）委员会：\n\u{3000}\u{3000}现将方案印发给你们，请认真落实。\n\
         \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}石坪镇人民政府\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2024年4月2日\n\
         \u{3000}\u{3000}一、整治内容\n\
         类别\n\n主要措施\n\n责任单位\n\n进度要求\n\n\
         道路修缮\n\n完成东岭村、西河村通组道路硬化。\n\n镇规划建设办、东岭村、西河村\n\n2024年10月底前\n\n\
         修复水毁路段护栏。\n\n镇交通管理站\n\n2024年6月底前\n\n\
         路域环境\n\n清理路边堆积物。\n\n镇综合执法队\n\n每月\n\
         \u{3000}\u{3000}二、工作要求\n\
         \u{3000}\u{3000}（一）加强领导。各村要明确专人负责。\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].0, "完成东岭村、西河");
    assert_eq!(got[0].1, names(&["镇规划建设办", "东岭村", "西河村"]));
    // 进度要求 is the deadline column.
    assert_eq!(got[0].3.as_deref(), Some("2024-10-31"));
    assert_eq!(got[1].1, names(&["镇交通管理站"]));
    assert_eq!(got[2].2.as_deref(), Some("每月"));
    let cats: Vec<&str> = doc.tasks[1]
        .category
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cats, ["道路修缮"]);
}

/// The table's end, by each sign alone: a line that lacks the blank line every cell has,
/// and (with no blank lines at all) a heading that goes on with the outline.
#[test]
fn the_table_ends_where_its_rhythm_or_the_outline_says() {
    let rhythm = parse(
        "类别\n\n主要措施\n\n责任单位\n\n完成时间\n\n\
         道路修缮\n\n完成东岭村通组道路硬化。\n\n镇规划建设办\n\n2024年10月底前\n\n\
         修复水毁路段护栏。\n\n镇交通管理站\n\n2024年6月底前\n\
         \u{3000}\u{3000}各村要明确专人负责，加强日常巡查。\n\
         \u{3000}\u{3000}镇规划建设办要做好技术指导。\n",
    );
    let got = rows(&rhythm);
    assert_eq!(got.len(), 2, "{got:#?}");
    let outline = parse(
        "\u{3000}\u{3000}一、整治内容\n类别\n主要措施\n责任单位\n完成时间\n\
         道路修缮\n完成东岭村通组道路硬化。\n镇规划建设办\n2024年10月底前\n\
         修复水毁路段护栏。\n镇交通管理站\n2024年6月底前\n\
         二、工作要求\n（一）加强领导。各村要明确专人负责。\n",
    );
    let got = rows(&outline);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].2.as_deref(), Some("2024年6月底前"));
    // Negative: a group heading of the table's own (一、 then 二、 in its 类别 column) is
    // no end, even after a heading of the same level before the table.
    let own = parse(
        "\u{3000}\u{3000}三、重点任务\n类别\n主要措施\n责任单位\n完成时间\n\
         一、道路修缮\n完成东岭村通组道路硬化。\n镇规划建设办\n2024年10月底前\n\
         二、路域环境\n清理路边堆积物。\n镇综合执法队\n每月\n\
         四、路灯维护\n更换损坏路灯30盏。\n镇规划建设办\n2024年9月底前\n",
    );
    let got = rows(&own);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[2].0, "更换损坏路灯30");
}

/// Pipe rows shifted left under a merged 板块 column with a 任务名称 column: the printed
/// group name is the category, never glued onto the task.
#[test]
fn shifted_pipe_rows_with_a_task_name_column() {
    let doc = parse(
        "附件\n2024年重点项目任务表\n\
         | 板块 | 序号 | 任务名称 | 责任单位 | 完成时限 |\n\
         |---|---|---|---|---|\n\
         | 农业农村 | 1 | 新建冷库3座 | 县农业农村局、县商务局 | 2024年11月底前 |\n\
         | 2 | 完成撂荒地复耕500亩 | 县农业农村局 | 2024年6月底前 | |\n\
         | 城市建设 | 3 | 改造背街小巷12条 | 县住房城乡建设局 | 2024年10月底前 |\n\
         | 4 | 新建停车场2处 | 县城市管理局 | 2024年12月底前 | |\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert_eq!(doc.tasks[0].requirement.as_deref(), Some("新建冷库3座"));
    assert_eq!(
        doc.tasks[2].requirement.as_deref(),
        Some("改造背街小巷12条")
    );
    assert_eq!(got[1].1, names(&["县农业农村局"]));
    let cats: Vec<&str> = doc.tasks[3]
        .category
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cats, ["城市建设"]);
}

/// "||||" after a cell ends its row: the next requirement is a row of its own, never glued
/// onto the cell above.
#[test]
fn a_line_of_pipes_ends_the_row() {
    let doc = parse(
        "工作任务 |\n具体要求 |\n责任单位 |\n完成时限 |\n||\n\
         决策公开 |\n公开年度重大行政决策事项目录。 |\n县司法局 |\n2024年3月底前 |\n\
         决策草案公开征求意见不少于30日。 |\n||||\n\
         决策作出后20个工作日内公开决策文件 |\n||||\n\
         执行公开 |\n公开重点改革任务落实情况。 |\n县发展改革局 |\n持续推进 |\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert_eq!(
        doc.tasks[1].requirement.as_deref(),
        Some("决策草案公开征求意见不少于30日。")
    );
    assert_eq!(
        doc.tasks[2].requirement.as_deref(),
        Some("决策作出后20个工作日内公开决策文件")
    );
    assert_eq!(got[2].1, names(&["县司法局"]));
    assert_eq!(got[3].1, names(&["县发展改革局"]));
}

/// A lone "|" after a cell's own " |" ends the row; a row holding only a numbered heading
/// is a group row across the table, and its heading the rows' category.
#[test]
fn group_rows_between_bar_lines() {
    let doc = parse(
        "项目名称 |\n具体要求 |\n责任股室 |\n时限要求 |\n|\n\
         一、林业保护 |\n|\n\
         森林防火巡查 |\n落实护林员网格化巡查，火情当日处置。 |\n林业股 |\n每月 |\n|\n\
         古树名木保护 |\n完成古树名木挂牌保护，建立一树一档。 |\n林业股、执法大队 |\n2024年8月底前 |\n|\n\
         二、水土保持 |\n|\n\
         坡耕地治理 |\n完成坡耕地综合治理800亩。 |\n水保股 |\n2024年11月底前 |\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    // Every row names its task (项目名称) in a cell of its own: the name opens the
    // requirement and is the title.
    assert_eq!(
        doc.tasks[0].requirement.as_deref(),
        Some("森林防火巡查\n落实护林员网格化巡查，火情当日处置。")
    );
    assert_eq!(doc.tasks[0].title.as_deref(), Some("森林防火巡查"));
    assert_eq!(got[1].1, names(&["林业股", "执法大队"]));
    let cats: Vec<&str> = doc.tasks[2]
        .category
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cats, ["水土保持"]);
    let cells = table_cells(&doc);
    assert_eq!(cells[1], ["0/1/4:一、林业保护"]);
    assert_eq!(cells[4], ["0/1/4:二、水土保持"]);
}

/// A header with pipes over a body whose cells are separated by blank lines only: the
/// blank lines are no row breaks there (each cell would be a row), the cells' fit decides.
#[test]
fn a_separator_the_body_does_not_keep_is_ignored() {
    let doc = parse(
        "序号 |\n工作任务 |\n责任单位 |\n完成时限 |\n\n\
         1\n\n新建公办幼儿园2所。\n\n县教育局\n\n2024年8月底前\n\n\
         2\n\n改造农村公路30公里。\n\n县交通运输局\n\n2024年11月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].1, names(&["县交通运输局"]));
    assert_eq!(got[1].2.as_deref(), Some("2024年11月底前"));
}

/// Word "save as text": a lone TAB line is a cell printed empty. Beside a lead the row
/// prints itself, an empty 配合单位 means no support, not the row above's; when the lead is
/// blank too, the row is merged with the one above and inherits both.
#[test]
fn an_empty_support_cell_is_no_merge_beside_its_own_lead() {
    let table = |lead: &str| {
        format!(
            "附件\n分工表\n\t序号\n\t实事项目\n\t牵头单位\n\t配合单位\n\t完成时限\n\n\
             \t1\n\t新建社区食堂3个。\n\t区民政局\n\t区财政局、各街道办事处\n\t2024年9月底前\n\n\
             \t2\n\t改造城市公厕20座。\n\t{lead}\n\t\n\t2024年10月底前\n\n\
             \t3\n\t新增停车泊位500个。\n\t区公安分局\n\t区住房城乡建设局\n\t2024年12月底前\n"
        )
    };
    let got = rows(&parse(&table("区城市管理局")));
    assert_eq!(got[1].1, names(&["区城市管理局*"]));
    let got = rows(&parse(&table("")));
    assert_eq!(
        got[1].1,
        names(&["区民政局*", "区财政局", "各街道办事处"]),
        "a blank lead: the row is merged with the one above"
    );
}

/// TAB rows whose continuation row lost two merged cells apart from each other (序号 and the
/// leader): its requirement, a count ("加装电梯26部", never an organ for its 部), goes back
/// under the requirement column, not under the leader's. A leader's cell ("副县长 王立")
/// is no requirement.
#[test]
fn tab_rows_that_lost_the_seq_and_the_leader() {
    let doc = parse(
        "柏岩县2025年民生实事项目责任分工\n\
         序号\t重点工作\t牵头领导\t牵头单位\t责任单位\t完成时限\n\
         1\t完成老旧小区改造15个，惠及居民3200户\t副县长 王立\t县住建局\t各镇人民政府\t2025年11月底前\n\
         加装既有住宅电梯26部\t县住建局\t县市场监管局、各镇人民政府\t2025年12月底前\n\
         2\t建成社区食堂8个\t县委常委、副县长 陈方\t县民政局\t县商务局\t2025年9月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[1].0, "加装既有住宅电梯");
    assert_eq!(
        got[1].1,
        names(&["县住建局*", "县市场监管局", "各镇人民政府"])
    );
    assert_eq!(got[1].2.as_deref(), Some("2025年12月底前"));
    assert_eq!(got[2].0, "建成社区食堂8个");
    assert!(
        doc.tasks
            .iter()
            .all(|t| t.extra.get("牵头领导").is_none_or(|l| l.contains("县长"))),
        "{:#?}",
        doc.tasks.iter().map(|t| &t.extra).collect::<Vec<_>>()
    );
}

/// A 责任单位 column beside a 配合单位 column and no 牵头 column: its units answer for the
/// task, the others help (leads and supporters). Without the supporters' column, or beside
/// a 牵头 column, they stay responsible.
#[test]
fn responsible_column_against_a_supporters_column() {
    let doc = parse(
        "序号 | 工作任务 | 责任单位 | 配合单位 | 完成时限 |\n\
         |---|---|---|---|---|\n\
         | 1 | 新增城镇就业4000人。 | 县人社局 | 县财政局、各乡镇 | 2025年12月底前 |\n\
         | 2 | 完成职业技能培训1500人次。 | 县人社局 | 县教育局 | 2025年11月底前 |\n",
    );
    let got = rows(&doc);
    assert_eq!(got[0].1, names(&["县人社局*", "县财政局", "各乡镇"]));

    let doc = parse(
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n\
         |---|---|---|---|\n\
         | 1 | 新增城镇就业4000人。 | 县人社局、县财政局 | 2025年12月底前 |\n\
         | 2 | 完成职业技能培训1500人次。 | 县人社局 | 2025年11月底前 |\n",
    );
    assert_eq!(rows(&doc)[0].1, names(&["县人社局", "县财政局"]));

    let doc = parse(
        "序号 | 工作任务 | 牵头单位 | 责任单位 | 配合单位 |\n\
         |---|---|---|---|---|\n\
         | 1 | 新增城镇就业4000人。 | 县人社局 | 各乡镇 | 县财政局 |\n\
         | 2 | 完成职业技能培训1500人次。 | 县人社局 | 各乡镇 | 县教育局 |\n",
    );
    assert_eq!(rows(&doc)[0].1, names(&["县人社局*", "各乡镇", "县财政局"]));
}

/// A table printed one cell per line at the end of an attachment, the 版记 right under it:
/// the 抄送 and 印发 lines are the 版记 (cc, printed), never a row of the table.
#[test]
fn colophon_under_a_cell_per_line_table() {
    let doc = parse(
        "柏岩县2025年重点事项清单\n\
         序号 |\n事项名称 |\n牵头部门 |\n协同部门 |\n完成时间 |\n||\n\
         1 |\n新生儿出生“一件事” |\n县卫生健康局 |\n县公安局、县医保局 |\n2025年3月底前 |\n||\n\
         2 |\n退休“一件事” |\n县人力社保局 |\n县医保局 |\n2025年6月底前 |\n||\n\
         抄送：县委办公室，县人大常委会办公室。\n\
         柏岩县人民政府办公室　　　　2025年2月10日印发\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(doc.cc, ["县委办公室", "县人大常委会办公室"]);
    assert!(doc.printed.is_some());
}

/// Pipe rows whose lead cell was merged down: a row short of one unit cell keeps its units
/// under the 责任单位 column and takes the lead from the row above (consecutive tasks share
/// their lead department); a whole row stays as printed.
#[test]
fn a_row_short_of_its_merged_lead_cell() {
    let doc = parse(
        "附件\n2025年民生项目责任分工\n\
         序号 | 民生项目 | 牵头单位 | 责任单位 | 完成时限\n\
         1 | 新建社区卫生服务站4个 | 市卫生健康委 | 市财政局、各区人民政府 | 2025年9月底前\n\
         2 | 为65岁以上老人免费体检5万人次 | 各区人民政府 | 年底前\n\
         3 | 改造城区供水管网20公里 | 市水务局 | 市住建局 | 2025年10月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[1].1, names(&["市卫生健康委*", "各区人民政府"]));
    assert_eq!(got[1].2.as_deref(), Some("年底前"));
    // Whole rows as printed.
    assert_eq!(
        got[0].1,
        names(&["市卫生健康委*", "市财政局", "各区人民政府"])
    );
    assert_eq!(got[2].1, names(&["市水务局*", "市住建局"]));
}

/// TAB rows under group rows, a 牵头领导 column of people merged down: a short row keeps
/// its units under 责任单位 and its deadline under 完成时限 (the group rows no longer stop
/// the rows being put back); whole rows stay as printed.
#[test]
fn tab_rows_under_group_rows_with_a_merged_leader_cell() {
    let doc = parse(
        "附件\n2025年城乡环境整治任务分工\n\
         序号\t主要内容\t牵头领导\t责任单位\t完成时限\n\
         一、城区环境整治\n\
         1\t整治主次干道占道经营，实现门前三包全覆盖。\t卫明远\t县城管局、县市场监管局\t2025年6月底前\n\
         2\t改造背街小巷20条，完善路灯排水设施。\t县住建局、县城管局\t2025年11月底前\n\
         二、农村环境整治\n\
         3\t推进农村生活垃圾分类，覆盖率达到60%。\t董清和\t县农业农村局、各乡镇人民政府\t2025年12月31日前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[1].1, names(&["县住建局", "县城管局"]));
    assert_eq!(got[1].2.as_deref(), Some("2025年11月底前"));
    assert_eq!(got[0].1, names(&["县城管局", "县市场监管局"]));
    assert_eq!(got[2].2.as_deref(), Some("2025年12月31日前"));
    let cats: Vec<&str> = doc.tasks[2]
        .category
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cats, ["农村环境整治"]);
}

/// Each row naming its task in a column of its own: the name opens the requirement and
/// stays the title. A name merged down several rows is a group of the detail rows under it:
/// their requirement is the detail alone.
#[test]
fn a_row_of_its_own_name_opens_its_requirement() {
    let doc = parse(
        "附件\n2025年营商环境重点任务\n\
         | 序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限 |\n\
         |---|---|---|---|---|\n\
         | 1 | 推行容缺受理 | 公布容缺受理事项清单，先行受理、限期补齐。 | 县数据局 | 2025年6月底前 |\n\
         | 2 | 降低用能成本 | 推动水电气网联合报装，压减办电时间。 | 县工信局 | 2025年9月底前 |\n",
    );
    assert_eq!(doc.tasks.len(), 2);
    assert_eq!(
        doc.tasks[0].requirement.as_deref(),
        Some("推行容缺受理\n公布容缺受理事项清单，先行受理、限期补齐。")
    );
    assert_eq!(doc.tasks[0].title.as_deref(), Some("推行容缺受理"));
    // The same name over two rows (a merged cell printed once): a group, the detail alone.
    let doc = parse(
        "附件\n2025年营商环境重点任务\n\
         | 序号 | 工作任务 | 具体措施 | 责任单位 | 完成时限 |\n\
         |---|---|---|---|---|\n\
         | 1 | 推行容缺受理 | 公布容缺受理事项清单。 | 县数据局 | 2025年6月底前 |\n\
         | 2 | | 建立容缺受理承诺制度。 | 县数据局 | 2025年9月底前 |\n\
         | 3 | 降低用能成本 | 推动水电气网联合报装。 | 县工信局 | 2025年9月底前 |\n",
    );
    assert_eq!(doc.tasks.len(), 3);
    assert_eq!(
        doc.tasks[0].requirement.as_deref(),
        Some("公布容缺受理事项清单。")
    );
    assert_eq!(doc.tasks[1].title.as_deref(), Some("推行容缺受理"));
}

/// A header printed over two lines where its columns were narrow ("牵头 | 配合 | 完成" above
/// "单位 | 单位 | 时限"): the pieces finish the names, so the lead and support columns are
/// known and the second line is no row. A first row of short cells that name no other
/// column when joined to the header ("护林" under 工作任务, "镇林站" under 责任单位,
/// "长期" under 完成时限) is a row.
#[test]
fn a_header_broken_over_two_lines() {
    let doc = parse(
        "附件\n\
         桦原镇2025年河道整治任务表\n\
         序号\t整治任务\t牵头\t配合\t完成\n\
         \t\t单位\t单位\t时限\n\
         1\t清理镇区河道两岸垃圾和违章搭建\t镇城建办\t镇派出所、各村委会\t2025年5月底前\n\
         2\t完成沿河排污口排查和封堵\t镇环保站\t镇农业服务中心\t2025年8月31日前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].0, "清理镇区河道两岸");
    assert_eq!(got[0].1, names(&["镇城建办*", "镇派出所", "各村委会"]));
    assert_eq!(got[1].1, names(&["镇环保站*", "镇农业服务中心"]));
    assert_eq!(got[1].3.as_deref(), Some("2025-08-31"));

    let doc = parse(
        "附件\n\
         桦原镇2025年护林任务表\n\
         序号\t工作任务\t责任单位\t完成时限\n\
         \t护林\t镇林站\t长期\n\
         2\t完成山林防火隔离带清理\t镇林业站、各村委会\t2025年4月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].0, "护林");
    assert_eq!(got[0].1, names(&["镇林站"]));
}

/// A web table whose unit cells held "<br>"s, copied as pipe rows: a row goes on over the
/// lines its cell broke into until a line ends with a pipe (one task per row, every unit
/// kept). An excerpt cut inside a cell leaves its last line after the table: it is no part
/// of the carried document's title above the table.
#[test]
fn pipe_rows_whose_unit_cells_break_over_lines() {
    let doc = parse(
        "澄岭县人民政府办公室关于印发澄岭县2025年促进夜间经济发展工作清单的通知\n\
         澄政办〔2025〕8号\n\
         各乡镇人民政府，县直各单位：\n\
         《澄岭县2025年促进夜间经济发展工作清单》已经县政府同意，现印发给你们，请认真抓好落实。\n\
         澄岭县人民政府办公室\n\
         2025年4月2日\n\
         澄岭县2025年促进夜间经济发展工作清单\n\
         | 序号 | 工作任务 | 责任单位 | 完成时限 |\n\
         | --- | --- | --- | --- |\n\
         | 1 | 打造夜间消费街区2条 | 县商务局\n\
         县住建局\n\
         县城管局 | 2025年9月底前 |\n\
         | 2 | 延长公共文化场馆开放时间 | 县文旅局 | 2025年6月底前 |\n\
         | 3 | 增开夜间公交线路3条 | 县交通运输局\n\
         县公安局 | 2025年7月底前 |\n\
         | 4 | 规范夜市摊点经营秩序 | 县市场监管局\n\
         县城",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert_eq!(got[0].1, names(&["县商务局", "县住建局", "县城管局"]));
    assert_eq!(got[0].2.as_deref(), Some("2025年9月底前"));
    assert_eq!(got[2].1, names(&["县交通运输局", "县公安局"]));
    assert_eq!(got[3].1, names(&["县市场监管局"]));
    assert_eq!(
        doc.transmitted.first().map(|t| t.title.as_str()),
        Some("澄岭县2025年促进夜间经济发展工作清单")
    );
}

/// A table copied one cell per line whose narrow header cells broke their names over two
/// lines ("责任" / "单位", "完成" / "时限"): the pieces are one column each, so every row
/// is read. Two short columns that each name a column ("任务" / "要求", though "任务要求" is
/// a column name too) stay two.
#[test]
fn cells_per_line_under_header_names_broken_over_two_lines() {
    let doc = parse(
        "序号\n工作任务\n责任\n单位\n完成\n时限\n\
         一、优化政务服务\n\
         1\n推行政务服务事项“一窗受理”，压缩办理时限。\n县行政审批局\n县大数据中心\n2023年6月底前\n\
         2\n公开涉企收费目录清单并动态更新。\n县发改局\n持续推进\n\
         二、加强平台建设\n\
         3\n完成政府网站集约化改造。\n县政府办\n2023年9月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].0, "推行政务服务事项");
    assert_eq!(got[0].1, names(&["县行政审批局", "县大数据中心"]));
    assert_eq!(got[0].3.as_deref(), Some("2023-06-30"));
    assert_eq!(got[1].2.as_deref(), Some("持续推进"));
    assert_eq!(got[2].1, names(&["县政府办"]));

    let doc = parse(
        "序号\n任务\n要求\n责任单位\n完成时限\n\
         1\n城区供水\n新建供水管网5公里。\n县水务局\n2023年10月底前\n\
         2\n乡村道路\n硬化通组道路20公里。\n县交通运输局\n2023年11月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1, names(&["县水务局"]));
    assert_eq!(got[1].3.as_deref(), Some("2023-11-30"));
}

/// A units column whose header states that the first unit listed leads ("责任单位（排在
/// 第一位的为牵头单位）"): each row's first unit leads, the others support. The same table
/// without the note keeps them responsible.
#[test]
fn a_units_header_stating_that_the_first_unit_leads() {
    let table = |units_header: &str| {
        parse(&format!(
            "序号\t项目名称\t建设内容\t{units_header}\t完成时限\n\
             1\t城北污水处理厂提标\t出水水质提升至一级A标准。\t县水务局、县生态环境局\t2025年10月底前\n\
             2\t乡镇卫生院改造\t改造乡镇卫生院4所。\t县卫生健康局\t2025年12月底前\n"
        ))
    };
    let got = rows(&table("责任单位（排在第一位的为牵头单位）"));
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1, names(&["县水务局*", "县生态环境局"]));
    assert_eq!(got[1].1, names(&["县卫生健康局*"]));
    let got = rows(&table("责任单位"));
    assert_eq!(got[0].1, names(&["县水务局", "县生态环境局"]));
}

/// TAB rows (a page's table copied as text) drop a merged cell: a row short of its last
/// cells shares them with the row above, marked inherited — the table's last row too
/// when it is whole. The same last row stopping mid-requirement at the end of the text is
/// an excerpt's cut: it inherits nothing.
#[test]
fn tab_rows_that_dropped_their_last_cells() {
    let head = "汀霞市人民政府办公室关于印发《汀霞市2024年城市更新重点任务》的通知\n\
                各区人民政府，市政府各部门：\n\
                现将《汀霞市2024年城市更新重点任务》印发给你们，请认真抓好落实。\n\
                汀霞市人民政府办公室\n2024年5月16日\n汀霞市2024年城市更新重点任务\n\
                序号\t主要任务\t牵头单位\t配合单位\t完成时间\n\
                1\t完成老旧小区改造42个。\t市住建局\t澜屿区政府、栖棠区政府\t2024年11月底前\n\
                2\t推进既有住宅加装电梯，全年新增120台。\t市住建局\t市市场监管局、各区政府\n\
                3\t新建改造城市燃气老旧管网35公里。\t市城管局\t市住建局、市应急管理局\t2024年12月底前\n";
    let doc = parse(&format!(
        "{head}4\t开展背街小巷环境整治，完成整治街巷60条。\t市城管局\t各区政府\n"
    ));
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert_eq!(got[1].1, names(&["市住建局*", "市市场监管局", "各区政府"]));
    assert_eq!(got[1].2.as_deref(), Some("2024年11月底前"));
    assert!(doc.tasks[1].deadline.as_ref().is_some_and(|d| d.inherited));
    assert!(doc.tasks[0].deadline.as_ref().is_some_and(|d| !d.inherited));
    // The whole last row: its deadline is the row above's.
    assert_eq!(got[3].1, names(&["市城管局*", "各区政府"]));
    assert_eq!(got[3].3.as_deref(), Some("2024-12-31"));
    // A row printing one unit, the lead above it again: the merged lead is not printed
    // twice, so that unit is the row's own lead, not a support unit beside an inherited
    // one (no "市城管局*, 市城管局").
    let doc = parse(&format!(
        "{head}4\t开展背街小巷环境整治，完成整治街巷60条。\t市城管局\n"
    ));
    let got = rows(&doc);
    assert_eq!(got[3].1, names(&["市城管局*"]));
    assert_eq!(got[3].3.as_deref(), Some("2024-12-31"));
    // Cut inside its requirement: nothing inherited.
    let doc = parse(&format!("{head}4\t开展背街小巷环境整治，完成整治"));
    let got = rows(&doc);
    assert_eq!(got.len(), 4, "{got:#?}");
    assert!(got[3].1.is_empty(), "{got:#?}");
    assert_eq!(got[3].2, None);
    // The short row in the middle still shares the deadline above.
    assert_eq!(got[1].2.as_deref(), Some("2024年11月底前"));
}

/// A TAB table whose group rows are numbered "1", "2" over task rows "1-1", "1-2": the group
/// rows are categories, no tasks, and inherit nothing; rows numbered 1, 2, 3 with blank
/// cells stay tasks.
#[test]
fn group_rows_numbered_over_sub_numbered_tasks() {
    let head = "鹭桥县人民政府办公室关于印发《2024年城市更新工作任务》的通知\n\
                各乡镇人民政府，县政府各部门：\n现印发给你们，请认真贯彻落实。\n\
                鹭桥县人民政府办公室\n2024年2月26日\n2024年城市更新工作任务\n\
                序号\t工作任务\t牵头单位\t配合单位\t完成时限\n";
    let doc = parse(&format!(
        "{head}1\t老旧小区改造\t\t\t\n\
         1-1\t完成12个老旧小区改造主体工程。\t县住建局\t相关街道办事处\t2024年10月31日前\n\
         1-2\t新增加装电梯30部。\t县住建局\t县市场监管局\t2024年12月底前\n\
         2\t完整社区建设\t\t\t\n\
         2-1\t建设便民生活圈示范社区5个。\t县商务局\t县民政局\t2024年9月底前\n"
    ));
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[2].1, names(&["县商务局*", "县民政局"]));
    let groups: Vec<&str> = doc
        .tasks
        .iter()
        .filter_map(|t| t.category.first().map(|c| c.title.as_str()))
        .collect();
    assert_eq!(groups, ["老旧小区改造", "老旧小区改造", "完整社区建设"]);
    // Plain numbers: every row a task.
    let doc = parse(&format!(
        "{head}1\t完成12个老旧小区改造主体工程。\t县住建局\t相关街道办事处\t2024年10月31日前\n\
         2\t新增加装电梯30部。\t\t\t\n\
         3\t建设便民生活圈示范社区5个。\t县商务局\t县民政局\t2024年9月底前\n"
    ));
    assert_eq!(rows(&doc).len(), 3);
}

/// A table one cell per line as a PDF's or OFD's text prints it: every requirement wrapped
/// at its column's width. The wrapped lines are one text again, without the page's breaks;
/// the units' lines keep theirs (they are a list).
#[test]
fn requirement_cells_wrapped_at_the_column_width_join_without_breaks() {
    let doc = parse(
        "霞浦县人民政府办公室关于印发霞浦县2023年优化营商环境重点任务清单的通知\n\
         各乡镇人民政府，县直各单位：\n\
         现将《霞浦县2023年优化营商环境重点任务清单》印发给你们，请认真贯彻落实。\n\
         霞浦县人民政府办公室\n2023年3月6日\n\
         霞浦县2023年优化营商环境重点任务清单\n\
         序号\n重点任务\n牵头单位\n完成时限\n\
         1\n推行企业开办全程网上办理，\n全流程办理时间压缩至一个\n工作日以内\n县市场监管局\n2023年6月底前\n\
         2\n推进工程建设项目审批制度\n改革，社会投资简易低风险\n项目审批不超过十个工作日\n县住建局\n2023年9月底前\n\
         3\n开展涉企违规收费专项整治\n行动，坚决防止乱收费乱罚\n款乱摊派\n县发改局\n持续推进\n",
    );
    let reqs: Vec<&str> = doc
        .tasks
        .iter()
        .map(|t| t.requirement.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(
        reqs,
        [
            "推行企业开办全程网上办理，全流程办理时间压缩至一个工作日以内",
            "推进工程建设项目审批制度改革，社会投资简易低风险项目审批不超过十个工作日",
            "开展涉企违规收费专项整治行动，坚决防止乱收费乱罚款乱摊派",
        ]
    );
}

/// Negative: cells of paragraphs a line each, of different widths (a web copy), keep their
/// line breaks.
#[test]
fn requirement_cells_of_paragraphs_keep_their_breaks() {
    let doc = parse(
        "霞浦县人民政府办公室关于印发霞浦县2023年重点任务清单的通知\n\
         各乡镇人民政府，县直各单位：\n\
         现将《霞浦县2023年重点任务清单》印发给你们，请认真贯彻落实。\n\
         霞浦县人民政府办公室\n2023年3月6日\n\
         霞浦县2023年重点任务清单\n\
         序号\n重点任务\n牵头单位\n完成时限\n\
         1\n推行企业开办全程网上办理。\n建立企业开办专窗。\n县市场监管局\n2023年6月底前\n\
         2\n推进工程建设项目审批制度改革，压缩审批时间。\n完善联合验收机制。\n县住建局\n2023年9月底前\n\
         3\n开展涉企违规收费专项整治。\n县发改局\n持续推进\n",
    );
    let first = doc.tasks[0].requirement.as_deref().unwrap_or_default();
    assert_eq!(first, "推行企业开办全程网上办理。\n建立企业开办专窗。");
}

/// A header row a TAB export broke where a header cell had its own line break ("牵头" /
/// "单位"): one header again, and the rows under it read by their columns (a blank 序号,
/// a range "3-4").
#[test]
fn a_tab_header_broken_inside_its_cells_is_one_row() {
    let doc = parse(
        "柏川区人民政府办公室关于印发柏川区2026年重点任务清单的通知\n\
         各镇人民政府、街道办事处：\n\
         现将《柏川区2026年重点任务清单》印发给你们，请抓好落实。\n\
         柏川区人民政府办公室\n2026年2月10日\n\
         柏川区2026年重点任务清单\n\
         序号\t重点任务\t牵头\n单位\t责任\n单位\t完成时限\t备注\n\
         1\t完成32条背街小巷路面修复。\t区住建局\t区城管局、区财政局\t6月底前\t已纳入考核\n\
         3-4\t推进农村厕所革命和生活污水治理。\t区农业农村局\t区卫健局\t10月底前\t\n\
         \t建立农村厕所长效管护机制。\t区农业农村局\t各镇人民政府\t长期坚持\t\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[0].1, names(&["区住建局*", "区城管局", "区财政局"]));
    assert_eq!(got[1].0, "推进农村厕所革命");
    assert_eq!(got[1].1, names(&["区农业农村局*", "区卫健局"]));
    assert_eq!(got[2].1, names(&["区农业农村局*", "各镇人民政府"]));
    assert_eq!(got[2].2.as_deref(), Some("长期坚持"));
}

/// Word "save as text" with a leaders' column whose names and titles stand on two lines
/// ("黄志刚" / "副县长"): the rows have a cell more than the header, and it is the leader's.
#[test]
fn a_leader_printed_over_two_cells_stays_in_the_leaders_column() {
    let doc = parse(
        "渝江县人民政府办公室关于印发渝江县2014年为民办实事目标任务分解表的通知\n\n\
         各乡镇人民政府，县直各单位：\n\
         现将《渝江县2014年为民办实事目标任务分解表》印发给你们，请认真组织实施。\n\n\
         渝江县人民政府办公室\n2014年3月18日\n\n\
         \t序号\n\t目标任务\n\t责任领导\n\t责任单位\n\t完成时间\n\n\
         \t1\n\t新建农村饮水安全工程35处。\n\t黄志刚\n\t副县长\n\t县水利局、县财政局\n\t2014年12月底前\n\n\
         \t2\n\t新建和改扩建乡镇卫生院3所。\n\t覃美玲\n\t副县长\n\t县卫生局、县发改局\n\t2014年10月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1, names(&["县水利局", "县财政局"]));
    assert_eq!(got[0].3.as_deref(), Some("2014-12-31"));
    assert_eq!(got[1].1, names(&["县卫生局", "县发改局"]));
}

/// Negative: TAB-indented paragraphs and a signature over its date (runs of one and two
/// lines) are a page's indented text, not a table: the date is the document's.
#[test]
fn tab_indented_paragraphs_are_no_table() {
    let doc = parse(
        "关于做好春耕生产工作的通知\n\n各乡镇人民政府：\n\
         \t现将有关事项通知如下，请认真贯彻落实。\n\n\
         \t渝江县人民政府办公室\n\t2014年3月18日\n",
    );
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2014-03-18")
    );
    assert!(doc.body.tables.is_empty(), "{:#?}", doc.body.tables);
}

/// A pipe table whose group rows print their one merged cell between two pipes ("| 一、城市
/// 功能完善 |"): rows of the table, the tasks under them read; a line so printed after the
/// last row ("| 注：… |") ends the table.
#[test]
fn pipe_group_rows_of_one_cell() {
    let doc = parse(
        "涪溪县人民政府办公室关于印发涪溪县2024年县城建设责任清单的通知\n\
         各乡镇人民政府、街道办事处：\n\
         现将《涪溪县2024年县城建设责任清单》印发给你们，请抓好贯彻落实。\n\
         涪溪县人民政府办公室\n2024年5月22日\n\
         涪溪县2024年县城建设责任清单\n\
         | 序号 | 工作任务 | 责任单位 | 完成时限 |\n\
         | 一、城市功能完善 |\n\
         | 1 | 建成滨江路北延伸段2.4公里并通车。 | 县住房城乡建委 | 2024年9月 |\n\
         | 2 | 新建城区污水管网18公里。 | 县城投集团 | 2024年12月31日 |\n\
         | 二、公共服务提升 |\n\
         | 3 | 完成县第二中学迁建工程主体建设。 | 县教委 | 2024年8月 |\n\
         | 注：各责任单位每月报送进展。 |\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(got[2].1, names(&["县教委"]));
    let groups: Vec<Option<&str>> = doc
        .tasks
        .iter()
        .map(|t| t.category.first().map(|c| c.title.as_str()))
        .collect();
    assert_eq!(
        groups,
        [
            Some("城市功能完善"),
            Some("城市功能完善"),
            Some("公共服务提升")
        ]
    );
}

/// Header names broken over two lines where each piece names a column alone ("牵头" /
/// "单位", "责任" / "单位", "时间" / "节点"): one name each, so the leads' column is known.
#[test]
fn header_names_broken_after_a_role_word() {
    let doc = parse(
        "溪桐县人民政府办公室关于印发2025年重点工作任务分解方案的通知\n\
         各镇人民政府：\n\
         现将方案印发给你们，请抓好落实。\n\
         溪桐县人民政府办公室\n2025年3月5日\n\
         2025年县政府重点工作任务分解方案\n\
         序号\n重点工作\n目标任务\n牵头\n单位\n责任\n单位\n时间\n节点\n\
         1\n项目建设攻坚\n全年实施县级重点项目120个以上。\n县发改局\n县财政局、各镇（街道）\n全年\n\
         2\n招商引资提质\n引进亿元以上产业项目25个。\n县商务局\n县经济开发区管委会\n2025年12月底前\n",
    );
    let got = rows(&doc);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1, names(&["县发改局*", "县财政局", "各镇（街道）"]));
    assert_eq!(got[1].1, names(&["县商务局*", "县经济开发区管委会"]));
    assert_eq!(got[1].3.as_deref(), Some("2025-12-31"));
}
