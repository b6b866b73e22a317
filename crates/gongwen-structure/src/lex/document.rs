//! The words of a 公文's own parts: its 文种, the verbs of a title that carries other
//! documents, the marks of the header (紧急程度, 密级), the publicity note, the words that
//! open attachments, the labels of a 纪要's meeting, and the words that tell a number
//! from a label ("一、二级医院", "第五条规定的…", "根据国发〔2024〕1号").

use gongwen_model::{DocType, Publicity, SectionKind, Urgency};

/// The 文种 a title ends with ("…的通知" → 通知), as the model names them.
pub(crate) const DOC_TYPES: [(DocType, &str); 15] = DocType::ALL;

/// A title ending in this is a 令 ("XX县人民政府禁渔令").
pub(crate) const ORDER_ENDING: char = '令';

/// Words of a remark printed in brackets under a document's name that belongs to its title
/// ("（2024—2026年）", "（试行）", "（2023年修订）", "（征求意见稿）"), unlike a note on the
/// document ("（略）", "（样表）").
pub(crate) const TITLE_REMARK_WORDS: [&str; 7] =
    ["年", "试行", "修订", "征求意见稿", "草案", "暂行", "送审稿"];

/// How the title of a plan, a list or another document that is no 公文 ends ("…工作要点",
/// "…任务清单", "…进度表", "…的答复"): a line ending so, or with a 文种, may be a title.
pub(crate) const PLAN_WORDS: [&str; 27] = [
    "要点", "方案", "办法", "规划", "清单", "分解", "分工", "计划", "表", "细则", "纲要", "规则",
    "规定", "条例", "标准", "指南", "目录", "名单", "安排", "措施", "制度", "预案", "总结", "情况",
    "答复", "说明", "任务",
];

/// A speech's salutation ("同志们：", "各位代表："): a line shaped like a 主送 that names
/// no recipient.
pub(crate) const SALUTATIONS: [&str; 7] = [
    "同志们",
    "各位代表",
    "各位委员",
    "各位领导",
    "女士们、先生们",
    "朋友们",
    "同学们",
];

/// Words that never start a title, only continue one broken over lines ("关于印发…方案" /
/// "的通知").
pub(crate) const TITLE_CONTINUATIONS: [char; 8] = ['的', '和', '及', '与', '、', '之', '暨', '并'];

/// A word of a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TitleWord {
    pub word: &'static str,
    /// The title announces a document it carries: "关于**印发**…的通知".
    pub transmits: bool,
    /// Ends the organs a title starts with: "XX办公室**关于**…", "国务院办公厅**转发**…".
    pub ends_issuers: bool,
}

const fn title_word(word: &'static str, transmits: bool, ends_issuers: bool) -> TitleWord {
    TitleWord {
        word,
        transmits,
        ends_issuers,
    }
}

/// Title words.
pub(crate) const TITLE_WORDS: [TitleWord; 6] = [
    title_word("关于", false, true),
    title_word("转发", true, true),
    title_word("印发", true, true),
    title_word("批转", true, true),
    title_word("颁发", true, false),
    title_word("发布", true, false),
];

/// How a notice's text says it carries documents ("《X》已经市政府同意，现**印发给你们**"): a
/// notice copied without its title still tells so.
pub(crate) const CARRY_PHRASES: [&str; 8] = [
    "印发给你们",
    "转发给你们",
    "批转给你们",
    "下发给你们",
    "印发你们",
    "转发你们",
    "印发给各",
    "转发给各",
];

/// "**现将**《X》印发给你们", "现将X转发给你们": what stands between this and the verb is
/// what the notice carries.
pub(crate) const CARRY_SUBJECT: &str = "现将";

/// The verbs after [`CARRY_SUBJECT`].
pub(crate) const CARRY_VERBS: [&str; 4] = ["印发", "转发", "批转", "下发"];

/// What a red header (发文机关标志) ends with: "XX县人民政府**文件**".
pub(crate) const HEADER_MARK: &str = "文件";

/// The label of the 签发人 ("签发人：张三").
pub(crate) const SIGNER_LABEL: &str = "签发人";

/// The labels of the 版记's 抄送机关 ("抄送：县委办公室…"; a 纪要's "分送：…").
pub(crate) const CC_LABELS: [&str; 2] = ["抄送", "分送"];

/// What the 版记's 印发 line ends with ("XX办公室　2024年6月28日**印发**").
pub(crate) const PRINTED_ENDING: &str = "印发";

/// The divisions of a 办法 or 方案 after 第 and the number: 第一**编**, 第一**章**, 第一**节**,
/// 第一**条**, 第一**部分**.
pub(crate) const DIVISIONS: [(&str, SectionKind); 5] = [
    ("编", SectionKind::Part),
    ("章", SectionKind::Chapter),
    ("节", SectionKind::Section),
    ("条", SectionKind::Article),
    ("部分", SectionKind::Part),
];

/// 紧急程度 marks.
pub(crate) const URGENCY: [(&str, Urgency); 4] = [
    ("特急", Urgency::Extra),
    ("加急", Urgency::Urgent),
    ("特提", Urgency::Flash),
    ("平急", Urgency::Priority),
];

/// 密级 levels ("机密★1年").
pub(crate) const SECRECY: [&str; 3] = ["绝密", "机密", "秘密"];

/// The star between a 密级 and its 保密期限.
pub(crate) const SECRECY_STARS: [char; 3] = ['★', '*', '☆'];

/// A phrase that states whether a document is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PublicityPhrase {
    pub word: &'static str,
    pub publicity: Publicity,
}

const fn publicity(word: &'static str, publicity: Publicity) -> PublicityPhrase {
    PublicityPhrase { word, publicity }
}

/// Publicity phrases of the note under the date ("（此件公开发布）"). The first one a text
/// contains is taken: a phrase holding another comes before it. (A website's 公开方式,
/// "主动公开", is the site's and stays in the metadata.)
pub(crate) const PUBLICITY: [PublicityPhrase; 5] = [
    publicity("此件依申请公开", Publicity::OnRequest),
    publicity("此件不予公开", Publicity::NotPublic),
    publicity("此件不公开", Publicity::NotPublic),
    publicity("此件公开发布", Publicity::Public),
    publicity("此件主动公开", Publicity::Public),
];

/// The word that opens an attachment ("附件2") and its 附件说明 ("附件：1. …").
pub(crate) const ATTACHMENT: &str = "附件";

/// Words that also open an attachment, alone on their line ("附：", "附表").
pub(crate) const ATTACHMENT_ALONE: [&str; 2] = ["附", "附表"];

/// Words that also introduce a 附件说明 ("附：XX计划表").
pub(crate) const ATTACHMENT_NOTE: [&str; 1] = ["附"];

/// A labelled line of a 纪要's meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MeetingField {
    Time,
    Place,
    Chair,
    Attendees,
    Observers,
    Absent,
    Recorder,
}

impl MeetingField {
    /// The lists go on over following lines; the other fields are one line.
    pub(crate) fn is_list(self) -> bool {
        matches!(
            self,
            MeetingField::Attendees | MeetingField::Observers | MeetingField::Absent
        )
    }
}

/// The labels of a 纪要's meeting, spaces removed ("出　席" → 出席).
pub(crate) const MEETING_LABELS: [(&str, MeetingField); 27] = [
    ("时间", MeetingField::Time),
    ("会议时间", MeetingField::Time),
    ("地点", MeetingField::Place),
    ("会议地点", MeetingField::Place),
    ("主持", MeetingField::Chair),
    ("主持人", MeetingField::Chair),
    ("会议主持", MeetingField::Chair),
    ("出席", MeetingField::Attendees),
    ("出席人员", MeetingField::Attendees),
    ("出席会议", MeetingField::Attendees),
    ("出席领导", MeetingField::Attendees),
    ("参加", MeetingField::Attendees),
    ("参加人员", MeetingField::Attendees),
    ("参会人员", MeetingField::Attendees),
    ("与会人员", MeetingField::Attendees),
    ("列席", MeetingField::Observers),
    ("列席人员", MeetingField::Observers),
    ("列席会议", MeetingField::Observers),
    ("列席单位", MeetingField::Observers),
    ("请假", MeetingField::Absent),
    ("请假人员", MeetingField::Absent),
    ("缺席", MeetingField::Absent),
    ("缺席人员", MeetingField::Absent),
    ("记录", MeetingField::Recorder),
    ("记录人", MeetingField::Recorder),
    ("记录人员", MeetingField::Recorder),
    ("会议记录", MeetingField::Recorder),
];

/// Grade words after an enumeration of numerals: "一、二**级**医院", "二、三**产**业" is no
/// label followed by a heading.
pub(crate) const GRADE_WORDS: [&str; 16] = [
    "级", "类", "等", "档", "星", "批", "期", "轮", "季度", "产", "线", "孩", "胎", "甲", "年级",
    "次",
];

/// Words that, right after "第五条", continue a reference to the article rather than start
/// its text: 规定, 所称, 的, 之, 中, 第 (第二款), 款, 项, 至, 和, 及, 或, 与, 等, 、, ，.
pub(crate) const REFERENCE_STARTS: [&str; 19] = [
    "规定", "所", "的", "之", "中", "第", "款", "项", "至", "到", "和", "及", "或", "与", "等",
    "、", "，", ",", "例",
];

/// Words that introduce a cited 发文字号 in running text and are never part of a 机关代字
/// ("根据国发〔2024〕1号"). Single characters such as 和 or 及 are left out on purpose:
/// they start real codes (和政县 → 和政发).
pub(crate) const NUMBER_INTRODUCERS: [&str; 30] = [
    "根据",
    "按照",
    "依据",
    "依照",
    "参照",
    "遵照",
    "对照",
    "执行",
    "贯彻",
    "落实",
    "印发",
    "转发",
    "下发",
    "发布",
    "详见",
    "参见",
    "请见",
    "见附件",
    "同意",
    "收到",
    "收悉",
    "通过",
    "结合",
    "关于",
    "废止",
    "修订",
    "替代",
    "代替",
    "实施",
    "的",
];

/// A table's totals row ("合计 | | 2912 |"), named in its first printed cell: no task.
pub(crate) const TABLE_TOTALS: [&str; 5] = ["合计", "小计", "总计", "共计", "累计"];

/// Notes printed under a table: "注：…", "备注：…", "说明：…".
pub(crate) const TABLE_NOTES: [&str; 3] = ["注", "备注", "说明"];
