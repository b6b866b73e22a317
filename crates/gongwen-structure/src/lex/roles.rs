//! Who does a task: the words that give units their role ("县发改局**牵头**", "各镇
//! **配合**"), and the names of a task's fields — as column headers (责任单位, 完成时限) and
//! as labels in a unit cell or an inline marker ("**牵头单位**：县发改局").

use std::sync::LazyLock;

use gongwen_model::UnitRole::{self, Lead, Responsible, Support};

use crate::lex::index::{CharSet, SuffixIndex, WordIndex};

/// A word that ends a group of units and gives them a role: "县发改局、县财政局**牵头**",
/// "各镇（街道）**按职责分工负责**".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoleWord {
    pub word: &'static str,
    pub role: UnitRole,
    /// Also marks one entry when printed in brackets after it: "县发改局（牵头）".
    pub entry: bool,
    /// Makes a bracketed group a responsibility marker on its own. 统筹 does not: "（县发改
    /// 局统筹，县财政局配合）" gives roles, "（国家发展改革委统筹）" after a programme's
    /// name says who runs it. (指导 does: a State Council plan marks each item with the
    /// ministries that guide it, "（生态环境部、国家发展改革委指导）".)
    pub alone: bool,
}

const fn role(word: &'static str, role: UnitRole) -> RoleWord {
    RoleWord {
        word,
        role,
        entry: false,
        alone: true,
    }
}

const fn entry(word: &'static str, role: UnitRole) -> RoleWord {
    RoleWord {
        word,
        role,
        entry: true,
        alone: true,
    }
}

/// A role word that marks no bracketed group alone ([`RoleWord::alone`]).
const fn beside(word: &'static str, role: UnitRole) -> RoleWord {
    RoleWord {
        word,
        role,
        entry: false,
        alone: false,
    }
}

/// Role words. A word that ends with another comes before it (牵头负责 before 负责): the
/// first that a group ends with is taken. "为" with a unit label ("A**为牵头单位**", "B**为
/// 责任主体**") is a role word too: [`role_words`] adds them.
pub(crate) const ROLE_WORDS: &[RoleWord] = &[
    role("牵头负责", Lead),
    role("牵头落实", Lead),
    role("负责牵头", Lead),
    entry("牵头", Lead),
    role("主责", Lead),
    beside("统筹推进", Lead),
    beside("统筹", Lead),
    role("配合落实", Support),
    role("配合实施", Support),
    role("协助配合", Support),
    role("参与配合", Support),
    // "A负责，B、C予以支持": the organs asked to back the task support it.
    role("予以支持", Support),
    role("予以配合", Support),
    entry("配合", Support),
    entry("参与", Support),
    // "（规划计划司牵头，河湖保护司、各流域管理局参加）": the ministries' and older documents'
    // word for the units that take part.
    role("参加", Support),
    entry("协助", Support),
    role("协同", Support),
    role("协办", Support),
    // "各乡镇具体落实，县民政局指导": the organ that guides others supports the task.
    role("督促指导", Support),
    role("业务指导", Support),
    role("加强指导", Support),
    role("指导", Support),
    // "（各设区市生态环境局负责，省执法局督导）": overseeing, like guiding, supports.
    role("督导", Support),
    role("按照职责分工负责", Responsible),
    role("按职责分工负责", Responsible),
    role("按照职责分工落实", Responsible),
    role("按职责分工落实", Responsible),
    role("按职责落实", Responsible),
    role("按职责负责", Responsible),
    role("分别负责", Responsible),
    role("共同负责", Responsible),
    role("负责落实", Responsible),
    role("具体落实", Responsible),
    role("抓好落实", Responsible),
    role("落实", Responsible),
    role("具体负责", Responsible),
    role("负责实施", Responsible),
    role("负责", Responsible),
];

/// Words before a role word that say how the units share it ("A、B**分别**牵头落实",
/// "A、B**共同**负责") or by what ("A、B**按分工**负责"): dropped with the role word, never
/// part of a unit's name.
pub(crate) const ROLE_ADVERBS: [&str; 10] = [
    "分别",
    "共同",
    "具体",
    "按照职责分工",
    "按职责分工",
    "按照分工",
    "按分工",
    "按照职责",
    "按职责",
    "依职责",
];

/// What joins units to a unit label used as a role word: "县农业农村局**为**牵头单位".
pub(crate) const LABEL_AS_ROLE: &str = "为";

/// Every role word: "为" with each unit label of three characters or more ("为牵头单位",
/// "为责任主体", "为配合股室"), then [`ROLE_WORDS`]. (No role word ends with a label, so the
/// labels may come first.)
pub(crate) fn role_words() -> impl Iterator<Item = &'static RoleWord> {
    ALL_ROLE_WORDS.iter()
}

static ALL_ROLE_WORDS: LazyLock<Vec<RoleWord>> = LazyLock::new(|| {
    let mut words: Vec<RoleWord> = labels()
        .filter_map(|n| match n.field {
            Units(gives) if n.word.chars().count() >= 3 => {
                let word = format!("{LABEL_AS_ROLE}{}", n.word);
                // Built once for the life of the process, like the table it extends.
                Some(role(word.leak(), gives.unwrap_or(Responsible)))
            }
            _ => None,
        })
        .collect();
    words.extend_from_slice(ROLE_WORDS);
    words
});

/// What a field name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    /// 序号.
    Seq,
    /// 工作任务: a task's own title, or the groups the rows fall in.
    Task,
    /// 具体要求.
    Requirement,
    /// Units, with the role the name gives them (none: as the list says, 责任单位).
    Units(Option<UnitRole>),
    /// 完成时限.
    Deadline,
    /// People and contacts (牵头领导, 责任人): never units.
    People,
}

/// The name of a task's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldName {
    pub word: &'static str,
    pub field: Field,
    /// Names a column of a task table.
    pub column: bool,
    /// Labels a value in a unit cell or an inline marker ("牵头单位：…").
    pub label: bool,
}

/// A column header, and a label too.
const fn both(word: &'static str, field: Field) -> FieldName {
    FieldName {
        word,
        field,
        column: true,
        label: true,
    }
}

/// A column header only.
const fn column(word: &'static str, field: Field) -> FieldName {
    FieldName {
        word,
        field,
        column: true,
        label: false,
    }
}

/// A label only.
const fn label(word: &'static str, field: Field) -> FieldName {
    FieldName {
        word,
        field,
        column: false,
        label: true,
    }
}

use Field::{Deadline, People, Requirement, Seq, Task, Units};

/// Field names. For column headers the order matters: a header is the first name it
/// equals, else the first name of four characters or more it contains, so the more
/// specific names come first.
pub(crate) const FIELD_NAMES: &[FieldName] = &[
    column("序号", Seq),
    column("编号", Seq),
    both("牵头单位", Units(Some(Lead))),
    both("牵头部门", Units(Some(Lead))),
    column("牵头责任单位", Units(Some(Lead))),
    both("主责单位", Units(Some(Lead))),
    both("配合单位", Units(Some(Support))),
    both("配合部门", Units(Some(Support))),
    both("协办单位", Units(Some(Support))),
    both("参与单位", Units(Some(Support))),
    column("协同单位", Units(Some(Support))),
    both("协助单位", Units(Some(Support))),
    both("责任单位", Units(None)),
    both("责任部门", Units(None)),
    both("责任科室", Units(None)),
    both("责任主体", Units(None)),
    both("承办单位", Units(None)),
    column("实施单位", Units(None)),
    column("负责单位", Units(None)),
    both("完成时限", Deadline),
    both("完成时间", Deadline),
    both("时限要求", Deadline),
    both("时间要求", Deadline),
    both("时间节点", Deadline),
    column("时间安排", Deadline),
    column("完成期限", Deadline),
    column("截止时间", Deadline),
    column("进度安排", Deadline),
    column("具体要求", Requirement),
    column("工作要求", Requirement),
    column("主要内容", Requirement),
    column("工作措施", Requirement),
    column("具体措施", Requirement),
    column("具体内容", Requirement),
    column("主要措施", Requirement),
    column("任务要求", Requirement),
    column("目标要求", Requirement),
    column("工作目标", Requirement),
    column("工作任务", Task),
    column("重点任务", Task),
    column("任务内容", Task),
    column("主要任务", Task),
    column("工作内容", Task),
    column("重点工作", Task),
    column("工作事项", Task),
    column("任务名称", Task),
    // A short name over the row's 具体要求, as 任务名称 is.
    column("项目名称", Task),
    column("改革举措", Task),
    // A rectification list's problem (问题 | 整改措施 | 责任单位 | 整改时限): each row's own
    // subject, the measure beside it its requirement, as 工作任务 over 具体措施.
    column("问题", Task),
    column("存在问题", Task),
    column("问题描述", Task),
    column("主要问题", Task),
    column("反馈问题", Task),
    column("问题清单", Task),
    column("序", Seq),
    column("任务", Task),
    column("事项", Task),
    column("内容", Requirement),
    column("措施", Requirement),
    column("要求", Requirement),
    column("时限", Deadline),
    column("时间", Deadline),
    label("主体单位", Units(None)),
    // A rectification notice's markers: "（整改责任单位：县市场监管局；整改时限：…）".
    label("整改责任单位", Units(None)),
    label("整改时限", Deadline),
    label("整改期限", Deadline),
    // The role alone as a label: "（牵头：县发改局；配合：县财政局）".
    label("牵头", Units(Some(Lead))),
    label("配合", Units(Some(Support))),
    label("参与", Units(Some(Support))),
    label("责任", Units(None)),
    label("牵头领导", People),
    label("责任领导", People),
    label("分管领导", People),
    label("责任人", People),
    label("联系人", People),
];

/// What a column header means by the words it holds, when it is none of the
/// [`FIELD_NAMES`] ("民生实事" a requirement, "本局责任处（单位）" units, "当前进度" another
/// column): a task table is recognised by the meaning of its columns, not by a word list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnSense {
    /// The groups the rows fall in (类别, 领域).
    Group,
    /// What is to be done.
    Requirement,
    /// Who does it; lead or support when the header also holds a [`LEAD_COLUMN_WORDS`] or
    /// [`SUPPORT_COLUMN_WORDS`] word.
    Units,
    /// By when.
    Deadline,
    /// Something else the table says of a task (进度, 备注, 地址): kept, never a role.
    Other,
    /// The people in charge of each row (责任县领导): never units.
    People,
    /// A result the table reports of each row (得分, 等次, 排名): an assessment's table
    /// (units and their scores in a 通报), never a task table.
    Result,
}

/// A word of a column header and what a header holding it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ColumnWord {
    pub word: &'static str,
    pub sense: ColumnSense,
}

const fn means(word: &'static str, sense: ColumnSense) -> ColumnWord {
    ColumnWord { word, sense }
}

use ColumnSense as S;

/// Column words, in the order they are tried: the first a header holds decides. Phrases
/// that would otherwise read as another sense come first (进度安排 and 进度要求 are
/// deadlines, not progress reports; 完成情况 is a report, not a deadline).
pub(crate) const COLUMN_WORDS: &[ColumnWord] = &[
    means("得分", S::Result),
    means("等次", S::Result),
    means("排名", S::Result),
    means("名次", S::Result),
    means("进度安排", S::Deadline),
    means("进度要求", S::Deadline),
    means("时间安排", S::Deadline),
    means("完成情况", S::Other),
    means("进度", S::Other),
    means("进展", S::Other),
    means("情况", S::Other),
    means("备注", S::Other),
    means("说明", S::Other),
    means("地址", S::Other),
    means("地点", S::Other),
    means("套数", S::Other),
    means("规模", S::Other),
    means("投资", S::Other),
    means("资金", S::Other),
    means("联系", S::Other),
    means("单位", S::Units),
    means("部门", S::Units),
    means("科室", S::Units),
    means("处室", S::Units),
    means("股室", S::Units),
    means("责任处", S::Units),
    means("主体", S::Units),
    // The leaders in charge of each task (责任县领导, 包抓领导, 责任人): people, never
    // units; after 单位 and 部门, so that "责任单位（领导小组成员单位）" stays units.
    means("领导", S::People),
    means("责任人", S::People),
    means("时限", S::Deadline),
    means("时间", S::Deadline),
    means("期限", S::Deadline),
    means("完成", S::Deadline),
    means("节点", S::Deadline),
    means("截止", S::Deadline),
    means("类别", S::Group),
    means("领域", S::Group),
    means("方面", S::Group),
    means("一级", S::Group),
    means("分类", S::Group),
    means("板块", S::Group),
    means("类型", S::Group),
    means("任务", S::Requirement),
    means("事项", S::Requirement),
    means("要求", S::Requirement),
    means("内容", S::Requirement),
    means("措施", S::Requirement),
    means("项目", S::Requirement),
    means("名称", S::Requirement),
    means("实事", S::Requirement),
    means("举措", S::Requirement),
    means("目标", S::Requirement),
    means("工作", S::Requirement),
    means("指标", S::Requirement),
];

/// Words that make a units column the leads' ("党工委管委会牵头部门").
pub(crate) const LEAD_COLUMN_WORDS: [&str; 3] = ["牵头", "主责", "主办"];

/// Words of a column only an agenda has (地点, 主持人, 主讲人): a table holding one and no
/// column of units is a meeting's or a training's schedule (时间 | 内容 | 地点 | 主持人),
/// its 时间 no deadline, its 内容 no task.
pub(crate) const SCHEDULE_COLUMN_WORDS: [&str; 6] =
    ["地点", "主持", "主讲", "授课", "议程", "日程"];

/// Words of a column of money (金额（万元）, 下达资金): a table holding one, no deadline
/// column and no column naming who answers for the work is an allocation (单位 | 项目 |
/// 金额), its units the money's recipients.
pub(crate) const MONEY_COLUMN_WORDS: [&str; 4] = ["金额", "万元", "资金", "元）"];

/// The word of a rectification list's problem column (问题, 存在问题): a table whose only
/// column of what is to be done names problems, with no measure and no deadline beside
/// them, lists an inspection's findings (被检查单位 | 存在问题 | 属地监管单位), no tasks.
pub(crate) const PROBLEM_COLUMN_WORD: &str = "问题";

/// Words a units column's header uses to say its units answer for the work (责任单位,
/// 牵头单位, 实施主体): without one, a bare 单位 column lists whom a table is about.
pub(crate) const ANSWERING_COLUMN_WORDS: [&str; 9] = [
    "责任", "牵头", "配合", "协办", "承办", "负责", "主体", "实施", "参与",
];

/// A header cell broken over two lines by a narrow column: a role's or a time's stem
/// ("牵头" / "单位", "时间" / "节点") whose two pieces are one column's name, never two
/// columns (a text one cell per line prints them as two lines).
pub(crate) const BROKEN_HEADER_STEMS: [&str; 8] = [
    "牵头", "责任", "配合", "协办", "主办", "参与", "完成", "时间",
];
/// See [`BROKEN_HEADER_STEMS`].
pub(crate) const BROKEN_HEADER_TAILS: [&str; 5] = ["单位", "部门", "时限", "节点", "时间"];

/// Words that make a units column the supporters' ("协同部门", "支持单位"); in a marker,
/// the words of units that help ("B、C予以支持").
pub(crate) const SUPPORT_COLUMN_WORDS: [&str; 7] =
    ["配合", "协办", "参与", "参加", "协助", "协同", "支持"];

/// Words every responsibility marker holds (a role word or a unit label): a cheap test
/// before an item's text is read for markers. (Fifteen substring searches measured
/// faster than an Aho-Corasick automaton: the words share their leading UTF-8 bytes.)
pub(crate) const MARKER_WORDS: [&str; 20] = [
    "牵头",
    "统筹",
    "指导",
    "督导",
    "落实",
    "负责",
    "责任",
    "职责",
    "配合",
    "下同",
    "同上",
    "协办",
    "协助",
    "协同",
    "参与",
    "参加",
    "主责",
    "承办",
    "主体单位",
    "予以支持",
];

/// How prose starts where a list of units would stand ("**由**县发改局牵头，会同…",
/// "**此**项工作由各镇负责"): a group starting so is no unit.
pub(crate) const PROSE_STARTS: [&str; 10] =
    ["由", "请", "要", "将", "并", "应", "须", "此", "该", "其"];

/// How a bracketed aside opens where a list of units might stand ("（**含**县直各部门）",
/// "（**详见**附件）"): a bracket opening so is never a bare list of units.
pub(crate) const ASIDE_STARTS: [&str; 12] = [
    "含", "包括", "不含", "除", "即", "如", "例如", "详见", "见", "注", "以下", "下同",
];

/// Verbs a heading or a demand opens with, never a unit's name: "（二）**强化**部门协同"
/// names no unit "强化部门" (协同 is a role word).
pub(crate) const PROSE_VERBS: [&str; 24] = [
    "加强", "强化", "推进", "推动", "健全", "完善", "建立", "落实", "做好", "开展", "深化", "优化",
    "提升", "严格", "规范", "压实", "明确", "狠抓", "抓好", "确保", "切实", "持续", "着力", "坚持",
];

/// Words of prose, never of a unit's name ("各单位**工作**").
pub(crate) const PROSE_WORDS: [&str; 1] = ["工作"];

/// "列第一位的为牵头单位": a document saying that the first unit listed leads, by these
/// words with 牵头单位.
pub(crate) const FIRST_UNIT_LEADS: [&str; 3] = ["第一位", "排名第一", "首位"];

/// How a line giving the items above it their units opens: "**以上任务由**县工信局牵头，
/// 县数据资源局配合。" The units go to every item since the last one with units of its own.
pub(crate) const ABOVE_OPENERS: [&str; 10] = [
    "以上任务均由",
    "以上任务由",
    "以上工作均由",
    "以上工作由",
    "以上各项任务由",
    "以上事项由",
    "上述任务均由",
    "上述任务由",
    "上述工作由",
    "上述事项由",
];

/// The role word that closes clauses of prose everywhere ("认真抓好**落实**。"): a clause it
/// ends is no sign of a marker by itself.
pub(crate) const PROSE_ROLE_ENDING: &str = "落实";

/// An opener counting the items above ("**以上**两**项**任务**均**由…"): its words.
pub(crate) const ABOVE_WORDS: [&str; 2] = ["以上", "上述"];
/// See [`ABOVE_WORDS`].
pub(crate) const ITEMS_WORD: &str = "项";
/// See [`ABOVE_WORDS`].
pub(crate) const ABOVE_NOUNS: [&str; 2] = ["任务", "工作"];
/// See [`ABOVE_WORDS`].
pub(crate) const ALL_WORD: &str = "均";

/// A sentence that asks named units to finish by a date is a task: "**请**科技部、农业农村部
/// 等部门**在**2019年2月底前完成。" — the opener, then the units, then a link word, then the
/// date.
pub(crate) const PROSE_TASK_OPENER: &str = "请";

/// The word between a prose task's units and its date ("请A、B**在**6月底前完成", "**于**").
pub(crate) const PROSE_TASK_LINKS: [&str; 2] = ["在", "于"];

/// Words right after a prose task's date that make it no work order: a reporting rule ("请各
/// 单位于每季度末月20日前**将**完成情况**报**县政府督查室"), or a request to a superior ("请县
/// 政府于6月底前**予以批复**").
pub(crate) const REPORT_STARTS: [&str; 7] = ["将", "把", "上报", "报", "予以", "批复", "批示"];

/// Qualifiers of a unit that names no organ ("各**责任**单位", "**有关**部门"): stripped
/// from the front before a name is tested against [`GENERIC_UNITS`].
pub(crate) const GENERIC_QUALIFIERS: [&str; 16] = [
    "各", "相关", "有关", "其他", "其它", "责任", "成员", "牵头", "配合", "承办", "县直", "市直",
    "区直", "县级", "市级", "区级",
];

/// What a unit that names no organ is left with once its qualifiers are stripped: a prose
/// sentence asking "各责任单位" or "各部门" is a rule for everybody, not a task.
pub(crate) const GENERIC_UNITS: [&str; 6] = [
    "单位",
    "部门",
    "机构",
    "部门（单位）",
    "部门(单位)",
    "单位（部门）",
];

/// What may open a bracketed marker before its units: "（**由**县财政局牵头，县审计局配合）".
pub(crate) const MARKER_BY: &str = "由";

/// A word that, right after a list of units opening a clause of a 纪要's decision, assigns
/// the task to them ("县林业局**按职责分工**加强巡查", "县财政局**负责**督促"), with the role
/// it gives. Longer words first: the first that the clause goes on with is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Assigning {
    pub word: &'static str,
    pub role: UnitRole,
}

const fn assigns(word: &'static str, role: UnitRole) -> Assigning {
    Assigning { word, role }
}

/// See [`Assigning`].
pub(crate) const ASSIGNING: [Assigning; 16] = [
    assigns("按照职责分工", Responsible),
    assigns("按职责分工", Responsible),
    assigns("按照职责", Responsible),
    assigns("牵头", Lead),
    assigns("配合", Support),
    assigns("协助", Support),
    assigns("协同", Support),
    assigns("负责", Responsible),
    assigns("分别", Responsible),
    assigns("统筹", Responsible),
    assigns("会同", Responsible),
    assigns("抓紧", Responsible),
    assigns("尽快", Responsible),
    assigns("加快", Responsible),
    assigns("要", Responsible),
    assigns("于", Responsible),
];

/// What opens a clause of a 纪要's decision before the units it assigns: "**由**县财政局统筹
/// …", "**请**县商务局根据会议意见…".
pub(crate) const DECISION_OPENERS: [&str; 2] = ["由", "请"];

/// The assigning word after which a second list of units follows, working with the first
/// ("县住建局要**会同**县城管局、县自然资源局，加快…"): the first leads, the second supports.
pub(crate) const WITH: &str = "会同";

/// How a 纪要 opens what the meeting decided, before the units it assigns ("**会议要求**，由
/// …", "**会议同意**由…"). Longer phrases first.
pub(crate) const MEETING_LEADS: [&str; 10] = [
    "会议原则同意",
    "会议要求",
    "会议强调",
    "会议明确",
    "会议议定",
    "会议决定",
    "会议同意",
    "会议提出",
    "原则同意",
    "同意",
];

/// "…，下同" at the end of a marker: its units go to the following items too.
pub(crate) const DITTO_TAILS: [&str; 2] = ["以下同", "下同"];

/// A marker whose units are "the same as above".
pub(crate) const SAME_AS_ABOVE: &str = "同上";

/// The role half of a unit label "牵头股室：…" / "协同单位：…": the word before a
/// [`OFFICE_KINDS`] word, and the role it gives (none: as the list says, 责任单位). Each
/// holds a [`MARKER_WORDS`] word.
pub(crate) const LABEL_ROLES: [(&str, Option<UnitRole>); 10] = [
    ("牵头", Some(Lead)),
    ("主责", Some(Lead)),
    ("配合", Some(Support)),
    ("协同", Some(Support)),
    ("协办", Some(Support)),
    ("参与", Some(Support)),
    ("协助", Some(Support)),
    ("责任", None),
    ("承办", None),
    ("负责", None),
];

/// The kinds of office a unit label names after its role word ("牵头**单位**", "配合
/// **股室**", "责任**处室**"): every role of [`LABEL_ROLES`] with every kind is a label, as
/// the [`FIELD_NAMES`] labels are.
pub(crate) const OFFICE_KINDS: [&str; 10] = [
    "单位", "部门", "科室", "股室", "处室", "机构", "处", "科", "股", "站所",
];

/// The field names that label values ("牵头单位：…"), with what they name: the
/// [`FIELD_NAMES`] labels, then each [`LABEL_ROLES`] word with each [`OFFICE_KINDS`] word
/// not among them.
pub(crate) fn labels() -> impl Iterator<Item = &'static FieldName> {
    LABELS.iter()
}

/// The first characters of the words of a list: most places a word is looked for start
/// none, and are ruled out by one test instead of a search of the whole list (labels are
/// looked for at every character of every unit list).
#[derive(Debug, Default)]
pub(crate) struct WordEnds {
    first: CharSet,
}

impl WordEnds {
    pub(crate) fn of<'a>(words: impl Iterator<Item = &'a str>) -> WordEnds {
        WordEnds {
            first: CharSet::of(words.filter_map(|w| w.chars().next())),
        }
    }

    /// A word of the list may start `s`.
    pub(crate) fn may_start(&self, s: &str) -> bool {
        s.chars().next().is_some_and(|c| self.first.contains(c))
    }
}

/// [`MARKER_WORDS`] by first character.
pub(crate) fn marker_word_index() -> &'static WordIndex {
    &MARKER_WORD_INDEX
}

static MARKER_WORD_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(MARKER_WORDS.iter().copied()));

/// The first [`role_words`] word (in their order) that `s` starts with.
pub(crate) fn role_word_starting(s: &str) -> Option<&'static RoleWord> {
    let ix = &*ROLE_WORD_PREFIXES;
    let c = s.chars().next()?;
    ix.starting(c, s)
        .and_then(|place| ALL_ROLE_WORDS.get(place))
}

/// The first [`role_words`] word (in their order) that `s` ends with.
pub(crate) fn role_word_ending(s: &str) -> Option<&'static RoleWord> {
    role_words_ending(s).next()
}

/// The [`role_words`] words that `s` ends with, in their order.
pub(crate) fn role_words_ending(s: &str) -> impl Iterator<Item = &'static RoleWord> + '_ {
    ROLE_WORD_SUFFIXES
        .endings(s)
        .filter_map(|place| ALL_ROLE_WORDS.get(place))
}

/// `s` holds a [`role_words`] word.
pub(crate) fn holds_role_word(s: &str) -> bool {
    ROLE_WORD_PREFIXES.holds_any(s)
}

static ROLE_WORD_PREFIXES: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(role_words().map(|w| w.word)));
static ROLE_WORD_SUFFIXES: LazyLock<SuffixIndex> =
    LazyLock::new(|| SuffixIndex::of(role_words().map(|w| w.word)));

/// The ends of [`labels`].
pub(crate) fn label_ends() -> &'static WordEnds {
    &LABEL_ENDS
}

static LABEL_ENDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::of(labels().map(|n| n.word)));

/// The field names that head columns, in the table's order.
pub(crate) fn columns() -> impl Iterator<Item = &'static FieldName> {
    COLUMNS.iter().copied()
}

/// The lists derived from [`FIELD_NAMES`], gathered once: they are searched for every
/// header cell and at every place a marker may start.
static LABELS: LazyLock<Vec<FieldName>> = LazyLock::new(|| {
    let mut labels: Vec<FieldName> = FIELD_NAMES.iter().filter(|n| n.label).copied().collect();
    for (role, gives) in LABEL_ROLES {
        for kind in OFFICE_KINDS {
            let word = format!("{role}{kind}");
            if !labels.iter().any(|n| n.word == word) {
                // Built once for the life of the process, like the table it extends.
                labels.push(label(word.leak(), Units(gives)));
            }
        }
    }
    labels
});
static COLUMNS: LazyLock<Vec<&'static FieldName>> =
    LazyLock::new(|| FIELD_NAMES.iter().filter(|n| n.column).collect());

/// [`columns`] by first character: `column_of` asks it of every short line.
pub(crate) fn column_index() -> &'static WordIndex {
    &COLUMN_INDEX
}

static COLUMN_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(columns().map(|n| n.word)));

/// [`COLUMN_WORDS`] by first character.
pub(crate) fn column_word_index() -> &'static WordIndex {
    &COLUMN_WORD_INDEX
}

static COLUMN_WORD_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(COLUMN_WORDS.iter().map(|w| w.word)));

/// Builds this module's derived tables now ([`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&ALL_ROLE_WORDS);
    LazyLock::force(&MARKER_WORD_INDEX);
    LazyLock::force(&ROLE_WORD_PREFIXES);
    LazyLock::force(&ROLE_WORD_SUFFIXES);
    LazyLock::force(&LABEL_ENDS);
    LazyLock::force(&LABELS);
    LazyLock::force(&COLUMNS);
    LazyLock::force(&COLUMN_INDEX);
    LazyLock::force(&COLUMN_WORD_INDEX);
}
