//! A random 公文 notice, as a proptest strategy, rendered to .txt (Word's "save as text"
//! shape) and to .docx (a minimal valid package with a real `w:tbl` using `w:vMerge` and
//! `w:gridSpan`), with the facts a parser must recover from either rendering.
//!
//! Layout (the seed notice's): 发文字号, 发文机关, title, 主送机关, a preamble, sections
//! 一、 with （一） children (run-in headings ending in 。), a 附件说明 line, the signature,
//! the date, the publicity line, then the attachment: "附件", its title and the task table
//! (序号, 工作任务, 责任单位, 完成时限) with group rows, and unit and deadline cells merged
//! over several rows (blank in .txt, `w:vMerge` in .docx).

use std::fmt::Write as _;

use proptest::prelude::*;
use proptest::sample::select;

use crate::zipkit::{DOCUMENT_CLOSE, DOCUMENT_OPEN, minimal_docx};

/// A county and its government: (county, 机关代字 stem).
const COUNTIES: [(&str, &str); 6] = [
    ("平阴县", "平"),
    ("青禾县", "青"),
    ("桐溪县", "桐"),
    ("柳岸县", "柳"),
    ("夏津县", "夏"),
    ("南部县", "南"),
];

/// Issuing organs: (suffix after the county name, 机关代字 middle).
const ORGANS: [(&str, &str); 3] = [
    ("人民政府办公室", "政办字"),
    ("人民政府", "政发"),
    ("人民政府办公室", "政办发"),
];

const SUBJECTS: [&str; 8] = [
    "做好2024年防汛工作",
    "进一步优化营商环境",
    "加强森林防火工作",
    "开展安全生产大检查",
    "推进农村生活污水治理",
    "做好春季农业生产",
    "加强地质灾害防治",
    "推进城市更新行动",
];

const RECIPIENTS: [&str; 6] = [
    "各镇人民政府",
    "各街道办事处",
    "县政府各部门",
    "各乡人民政府",
    "县直各单位",
    "各有关单位",
];

const HEADINGS: [&str; 10] = [
    "提高思想认识",
    "加强组织领导",
    "明确工作任务",
    "压实工作责任",
    "强化督导检查",
    "深入落实主动公开",
    "持续提高解读质效",
    "切实增强互动能力",
    "着力夯实工作基础",
    "做好宣传引导",
];

const SENTENCES: [&str; 6] = [
    "各单位要高度重视，认真抓好落实。",
    "要结合实际制定具体方案，确保各项措施落到实处。",
    "对工作落实不到位的，依法依规追责问责。",
    "及时公开工作进展情况，积极回应群众关切。",
    "加强部门协同，形成工作合力。",
    "定期通报情况，推动工作有效落实。",
];

const TASKS: [&str; 8] = [
    "做好高质量政策发布和宣传推送",
    "推进重大建设项目信息公开",
    "加强生活垃圾分类信息公开",
    "及时更新发布就业创业政策清单",
    "规范依申请公开办理工作",
    "优化提升政府网站功能",
    "加强政务新媒体监管",
    "推进政务公开标准化建设",
];

/// Organ names written after the county prefix "县" (县发改局 …).
const UNITS: [&str; 10] = [
    "发改局",
    "财政局",
    "住建局",
    "水务局",
    "应急局",
    "卫健局",
    "教体局",
    "人社局",
    "民政局",
    "商务局",
];

const GROUPS: [&str; 4] = [
    "深入落实主动公开",
    "持续提高政策解读质效",
    "切实增强政民互动能力",
    "大力推进公开平台建设",
];

/// Whether the document says it is public.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publicity {
    /// （此件公开发布）
    Public,
    /// （此件依申请公开）
    OnRequest,
    /// （此件不予公开）
    NotPublic,
}

impl Publicity {
    /// The printed line.
    pub fn line(self) -> &'static str {
        match self {
            Publicity::Public => "（此件公开发布）",
            Publicity::OnRequest => "（此件依申请公开）",
            Publicity::NotPublic => "（此件不予公开）",
        }
    }

    /// The JSON value of `publicity`.
    pub fn code(self) -> &'static str {
        match self {
            Publicity::Public => "public",
            Publicity::OnRequest => "on_request",
            Publicity::NotPublic => "not_public",
        }
    }
}

/// A level-1 section with its level-2 children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading after 一、 (no full stop).
    pub heading: String,
    /// The children: (run-in heading, the sentence after it).
    pub children: Vec<(String, String)>,
}

/// A deadline as printed, with what it must be read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineCase {
    /// The cell text.
    pub raw: String,
    /// The date it must resolve to (`YYYY-MM-DD`), or `None`.
    pub date: Option<String>,
    /// The kind: `by_date`, `ongoing` or `recurring`.
    pub kind: &'static str,
}

/// A group of task rows sharing one unit cell and one deadline cell (merged over the group).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskGroup {
    /// The tasks' titles, one row each.
    pub titles: Vec<String>,
    /// The units (full names, 县 prefix included), in order.
    pub units: Vec<String>,
    /// True when the cell ends in 等相关部门.
    pub open: bool,
    /// The deadline.
    pub deadline: DeadlineCase,
}

/// A category (group row) with its task groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// The category heading after 一、.
    pub heading: String,
    /// Its task groups.
    pub groups: Vec<TaskGroup>,
}

/// A random notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The county ("平阴县").
    pub county: String,
    /// The 机关代字 ("平政办字").
    pub prefix: String,
    /// The year of the document number and of the date.
    pub year: u16,
    /// The serial of the document number.
    pub serial: u32,
    /// The issuing organ ("平阴县人民政府办公室").
    pub issuer: String,
    /// The title ("平阴县人民政府办公室关于…的通知").
    pub title: String,
    /// The 主送机关.
    pub recipients: Vec<String>,
    /// Month and day of the date.
    pub month: u8,
    /// Day of the date.
    pub day: u8,
    /// The date printed in Chinese numerals (二〇二四年六月二十八日) instead of digits.
    pub chinese_date: bool,
    /// The publicity line, if any.
    pub publicity: Option<Publicity>,
    /// The body's sections.
    pub sections: Vec<Section>,
    /// The attachment's title.
    pub attachment_title: String,
    /// The task table.
    pub categories: Vec<Category>,
}

impl Notice {
    /// The normalized document number ("平政办字〔2024〕4号").
    pub fn doc_number(&self) -> String {
        format!("{}〔{}〕{}号", self.prefix, self.year, self.serial)
    }

    /// The date as `YYYY-MM-DD`.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date as printed.
    pub fn printed_date(&self) -> String {
        if self.chinese_date {
            format!(
                "{}年{}月{}日",
                year_chinese(self.year),
                number_chinese(u32::from(self.month)),
                number_chinese(u32::from(self.day))
            )
        } else {
            format!("{}年{}月{}日", self.year, self.month, self.day)
        }
    }

    /// Every task row in order: (seq, title, category heading, group).
    pub fn tasks(&self) -> Vec<(u32, &str, &str, &TaskGroup)> {
        let mut out = Vec::new();
        let mut seq = 0;
        for cat in &self.categories {
            for group in &cat.groups {
                for title in &group.titles {
                    seq += 1;
                    out.push((seq, title.as_str(), cat.heading.as_str(), group));
                }
            }
        }
        out
    }

    /// The unit cell as printed: later units of the county drop the 县 prefix
    /// (县发改局、财政局), and an open list ends in 等相关部门.
    pub fn unit_cell(group: &TaskGroup) -> String {
        let mut s = String::new();
        for (i, unit) in group.units.iter().enumerate() {
            if i > 0 {
                s.push('、');
                s.push_str(unit.strip_prefix('县').unwrap_or(unit));
            } else {
                s.push_str(unit);
            }
        }
        if group.open {
            s.push_str("等相关部门");
        }
        s
    }

    /// The lines of the text before the attachment's table.
    fn text_lines(&self) -> Vec<String> {
        let mut lines = vec![
            self.doc_number(),
            String::new(),
            self.title.clone(),
            format!("{}：", self.recipients.join("，")),
            "为切实做好相关工作，现将有关事项通知如下。".to_owned(),
        ];
        for (i, section) in self.sections.iter().enumerate() {
            lines.push(format!(
                "{}、{}",
                number_chinese(i as u32 + 1),
                section.heading
            ));
            for (j, (heading, sentence)) in section.children.iter().enumerate() {
                lines.push(format!(
                    "（{}）{}。{}",
                    number_chinese(j as u32 + 1),
                    heading,
                    sentence
                ));
            }
        }
        lines.push(String::new());
        lines.push(format!("附件：{}", self.attachment_title));
        lines.push(String::new());
        lines.push(self.issuer.clone());
        lines.push(self.printed_date());
        if let Some(p) = self.publicity {
            lines.push(p.line().to_owned());
        }
        lines.push(String::new());
        lines.push("附件".to_owned());
        lines.push(String::new());
        lines.push(self.attachment_title.clone());
        lines
    }

    /// The table as rows of cells: `None` for a cell merged into the one above (blank in
    /// .txt, a `w:vMerge` continuation in .docx); a group row is one cell.
    fn table_rows(&self) -> Vec<Vec<Option<String>>> {
        let mut rows = vec![vec![
            Some("序号".to_owned()),
            Some("工作任务".to_owned()),
            Some("责任单位".to_owned()),
            Some("完成时限".to_owned()),
        ]];
        let mut seq = 0;
        for (i, cat) in self.categories.iter().enumerate() {
            rows.push(vec![Some(format!(
                "{}、{}",
                number_chinese(i as u32 + 1),
                cat.heading
            ))]);
            for group in &cat.groups {
                for (k, title) in group.titles.iter().enumerate() {
                    seq += 1;
                    let first = k == 0;
                    rows.push(vec![
                        Some(seq.to_string()),
                        Some(title.clone()),
                        first.then(|| Self::unit_cell(group)),
                        first.then(|| group.deadline.raw.clone()),
                    ]);
                }
            }
        }
        rows
    }

    /// The notice as a .txt in Word's "save as text" shape (UTF-8, CRLF or LF).
    pub fn to_txt(&self, crlf: bool) -> Vec<u8> {
        let mut s = String::new();
        for line in self.text_lines() {
            s.push_str(&line);
            s.push('\n');
        }
        for row in self.table_rows() {
            if row.len() == 1 {
                // A group row as Word saves a cell spanning the row: one TAB-led line,
                // here in the 工作任务 column after a blank 序号 cell.
                s.push_str("\t\n");
            }
            for cell in row {
                s.push('\t');
                s.push_str(cell.as_deref().unwrap_or(""));
                s.push('\n');
            }
            s.push('\n');
        }
        if crlf {
            s = s.replace('\n', "\r\n");
        }
        s.into_bytes()
    }

    /// The notice as a minimal valid .docx.
    pub fn to_docx(&self) -> Vec<u8> {
        let mut x = String::from(DOCUMENT_OPEN);
        for line in self.text_lines() {
            if line.is_empty() {
                x.push_str("<w:p/>");
            } else {
                let centered = line == self.title || line == self.doc_number();
                let _ = write!(
                    x,
                    "<w:p>{}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                    if centered {
                        "<w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                    } else {
                        ""
                    },
                    escape(&line)
                );
            }
        }
        x.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
        for (r, row) in self.table_rows().into_iter().enumerate() {
            x.push_str("<w:tr>");
            if r == 0 {
                x.push_str("<w:trPr><w:tblHeader/></w:trPr>");
            }
            if row.len() == 1 {
                let _ = write!(
                    x,
                    "<w:tc><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>",
                    escape(row[0].as_deref().unwrap_or(""))
                );
            } else {
                for (c, cell) in row.iter().enumerate() {
                    // The unit and deadline columns merge down over a group.
                    let props = match (c >= 2, cell) {
                        (true, Some(_)) => "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>",
                        (true, None) => "<w:tcPr><w:vMerge/></w:tcPr>",
                        _ => "",
                    };
                    match cell {
                        Some(text) => {
                            let _ = write!(
                                x,
                                "<w:tc>{props}<w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>",
                                escape(text)
                            );
                        }
                        None => {
                            let _ = write!(x, "<w:tc>{props}<w:p/></w:tc>");
                        }
                    }
                }
            }
            x.push_str("</w:tr>");
        }
        x.push_str("</w:tbl>");
        x.push_str(DOCUMENT_CLOSE);
        minimal_docx(x.as_bytes())
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// 1-99 in positional Chinese numerals (十六, 二十八).
pub fn number_chinese(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_owned(),
        10 => "十".to_owned(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        _ => format!(
            "{}十{}",
            D[(n / 10 % 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
    }
}

/// A year digit by digit (二〇二四).
pub fn year_chinese(year: u16) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    year.to_string()
        .bytes()
        .map(|b| D[usize::from(b - b'0')])
        .collect()
}

fn last_day(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn deadline(year: u16) -> impl Strategy<Value = DeadlineCase> {
    prop_oneof![
        (1u8..=12).prop_map(move |m| DeadlineCase {
            raw: format!("{year}年{m}月底前"),
            date: Some(format!("{year:04}-{m:02}-{:02}", last_day(year, m))),
            kind: "by_date",
        }),
        (1u8..=12, 1u8..=28).prop_map(move |(m, d)| DeadlineCase {
            raw: format!("{year}年{m}月{d}日前"),
            date: Some(format!("{year:04}-{m:02}-{d:02}")),
            kind: "by_date",
        }),
        Just(DeadlineCase {
            raw: "长期坚持".to_owned(),
            date: None,
            kind: "ongoing",
        }),
        Just(DeadlineCase {
            raw: "每季度".to_owned(),
            date: None,
            kind: "recurring",
        }),
    ]
}

fn task_group(year: u16) -> impl Strategy<Value = TaskGroup> {
    (
        prop::collection::vec(select(&TASKS[..]), 1..=3),
        prop::sample::subsequence(&UNITS[..], 1..=3),
        any::<bool>(),
        deadline(year),
    )
        .prop_map(|(titles, units, open, deadline)| TaskGroup {
            titles: titles.into_iter().map(str::to_owned).collect(),
            units: units.into_iter().map(|u| format!("县{u}")).collect(),
            open,
            deadline,
        })
}

/// A random notice.
pub fn notice() -> impl Strategy<Value = Notice> {
    (
        select(&COUNTIES[..]),
        select(&ORGANS[..]),
        2015u16..=2026,
        1u32..=120,
        select(&SUBJECTS[..]),
        prop::sample::subsequence(&RECIPIENTS[..], 1..=3),
        (1u8..=12, 1u8..=28, any::<bool>()),
        prop::option::of(select(&[Publicity::Public, Publicity::OnRequest, Publicity::NotPublic][..])),
        prop::collection::vec(
            (
                select(&HEADINGS[..]),
                prop::collection::vec((select(&HEADINGS[..]), select(&SENTENCES[..])), 0..=3),
            ),
            1..=4,
        ),
    )
        .prop_flat_map(
            |(county, organ, year, serial, subject, recipients, date, publicity, sections)| {
                let categories = prop::collection::vec(
                    (
                        select(&GROUPS[..]),
                        prop::collection::vec(task_group(year), 1..=3),
                    ),
                    1..=3,
                );
                (
                    Just((county, organ, year, serial, subject, recipients, date, publicity)),
                    Just(sections),
                    categories,
                )
            },
        )
        .prop_map(|(head, sections, categories)| {
            let ((county, stem), (organ, code), year, serial, subject, recipients, date, publicity) =
                head;
            let issuer = format!("{county}{organ}");
            Notice {
                county: county.to_owned(),
                prefix: format!("{stem}{code}"),
                year,
                serial,
                title: format!("{issuer}关于{subject}的通知"),
                issuer,
                recipients: recipients.into_iter().map(str::to_owned).collect(),
                month: date.0,
                day: date.1,
                chinese_date: date.2,
                publicity,
                sections: sections
                    .into_iter()
                    .map(|(heading, children)| Section {
                        heading: heading.to_owned(),
                        children: children
                            .into_iter()
                            .map(|(h, s)| (h.to_owned(), s.to_owned()))
                            .collect(),
                    })
                    .collect(),
                attachment_title: format!("{year}年{subject}重点任务分工"),
                categories: categories
                    .into_iter()
                    .map(|(heading, groups)| Category {
                        heading: heading.to_owned(),
                        groups,
                    })
                    .collect(),
            }
        })
}
