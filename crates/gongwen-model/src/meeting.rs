//! What a 纪要 records about its meeting besides the decisions: when and where it met,
//! who chaired it, and who attended (schema 1.2).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Date, Loc};

/// The meeting a 纪要 records. Its topics and decisions stay in `body.sections`; this
/// holds the labelled lines (时间：, 地点：, 主持：, 出席：, 列席：, 请假：, 记录：) printed
/// above or below them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Meeting {
    /// 时间 / 会议时间, when such a line is printed.
    pub time: Option<MeetingTime>,
    /// 地点 / 会议地点, when such a line is printed.
    pub place: Option<MeetingText>,
    /// 主持 / 主持人, when such a line is printed.
    pub chair: Option<Attendee>,
    /// 出席 / 出席人员 / 参加人员: the members present, in printed order.
    pub attendees: Vec<Attendee>,
    /// 列席 / 列席人员: those who sat in without being members, in printed order.
    pub observers: Vec<Attendee>,
    /// 请假 / 缺席: members who were excused or absent, in printed order.
    pub absent: Vec<Attendee>,
    /// 记录 / 记录人, when such a line is printed.
    pub recorder: Option<Attendee>,
}

/// The meeting's time as printed, with its date when one can be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MeetingTime {
    /// The text after the label, e.g. "2024年5月16日上午".
    pub text: String,
    /// The date in it as `YYYY-MM-DD`, or null when it holds no full date.
    pub date: Option<Date>,
    /// Where the line was found.
    pub loc: Loc,
}

impl MeetingTime {
    /// The time printed as `text` on the line at `loc`; no `date` until set.
    pub fn new(text: impl Into<String>, loc: Loc) -> Self {
        MeetingTime {
            text: text.into(),
            date: None,
            loc,
        }
    }
}

/// A labelled line's text, such as the meeting's place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MeetingText {
    /// The text after the label, e.g. "县政府第一会议室".
    pub text: String,
    /// Where the line was found.
    pub loc: Loc,
}

impl MeetingText {
    /// The text `text` of the labelled line at `loc`.
    pub fn new(text: impl Into<String>, loc: Loc) -> Self {
        MeetingText {
            text: text.into(),
            loc,
        }
    }
}

/// One entry of an attendance list: a person, or a group named as printed
/// ("各镇（街道）分管负责同志").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Attendee {
    /// The person's name with padding spaces removed ("陈　晨" → "陈晨"), or the whole
    /// entry as printed when it is not a unit, title and name.
    pub name: String,
    /// The unit printed before the name ("县发改局　钱凯" → 县发改局), when separated
    /// from it by a space or followed by a title.
    pub unit: Option<String>,
    /// The title printed before the name ("副县长　李强", "县长周鹏" → 县长), when one is.
    pub title: Option<String>,
    /// A bracketed remark after the entry ("（在省委党校学习）"), brackets removed.
    pub note: Option<String>,
    /// Where the entry was found: the line (or .docx paragraph) of its list holding it.
    pub loc: Loc,
}

impl Attendee {
    /// The entry `name` of the list at `loc`; no `unit`, `title` or `note` until set.
    pub fn new(name: impl Into<String>, loc: Loc) -> Self {
        Attendee {
            name: name.into(),
            unit: None,
            title: None,
            note: None,
            loc,
        }
    }
}
