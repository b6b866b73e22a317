use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Date, Loc};

/// One task (a row of a task table): what is to be done, by whom, by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Task {
    /// The 序号 as an integer, or null when the table has none or the cell is not a number.
    pub seq: Option<u32>,
    /// The enclosing groups, outermost first (the 一、 group, then the （一） group),
    /// filled down through merged or blank cells.
    pub category: Vec<Category>,
    /// The 工作任务 text when that column names the task itself rather than a group.
    pub title: Option<String>,
    /// The 具体要求 text.
    pub requirement: Option<String>,
    /// The responsible units, split into entries.
    pub units: Vec<Unit>,
    /// The unit cells as printed (several unit columns joined with "\n"); null when blank.
    pub units_raw: Option<String>,
    /// True when the list ends open (等相关部门, 等有关单位).
    pub units_open: bool,
    /// True when a unit cell was blank and its value was copied from the row above (a guess).
    pub units_inherited: bool,
    /// The 完成时限, or null when the table has no deadline column.
    pub deadline: Option<Deadline>,
    /// Label path of the body section this row belongs to (e.g. ["一、", "（一）"]), when the
    /// table's categories match the sections of the document the table belongs to.
    pub section: Option<Vec<String>>,
    /// Other columns of the row (备注 and the like), by header text.
    pub extra: BTreeMap<String, String>,
    /// Number (1-based) of the attachment holding the table, or null for a table in the body.
    pub attachment: Option<u32>,
    /// Where the row was found.
    pub loc: Loc,
}

impl Task {
    /// The task read from the row (or item) at `loc`; every other field null, empty or
    /// false until set.
    ///
    /// ```
    /// use gongwen_model::{Loc, Task, Unit, UnitRole};
    ///
    /// let mut task = Task::new(Loc::block(9).with_row(3));
    /// task.seq = Some(3);
    /// task.title = Some("推进政务公开".into());
    /// task.units.push(Unit::new("县发改局", UnitRole::Lead));
    /// assert!(task.deadline.is_none() && !task.units_open);
    /// ```
    pub fn new(loc: Loc) -> Self {
        Task {
            seq: None,
            category: Vec::new(),
            title: None,
            requirement: None,
            units: Vec::new(),
            units_raw: None,
            units_open: false,
            units_inherited: false,
            deadline: None,
            section: None,
            extra: BTreeMap::new(),
            attachment: None,
            loc,
        }
    }
}

/// A group enclosing a task ("一、深入落实高质量主动公开").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Category {
    /// The group's number in its canonical form ("一、", "（十六）"), whatever the brackets
    /// printed; empty for a group printed without a number in a column of groups (a 类别
    /// column's "教育", since 1.3).
    pub label: String,
    /// The number's value (0 for a group without a number).
    pub ordinal: u32,
    /// Depth in the 公文 hierarchy (1 for 一、, 2 for （一）).
    pub level: u8,
    /// The group's title without its number.
    pub title: String,
    /// The cell the group was read from (for a filled-down group, the row where it is printed).
    pub loc: Loc,
}

impl Category {
    /// A group titled `title` at depth `level`, read from the cell at `loc`, printed
    /// without a number (label empty, ordinal 0) until [`Category::with_number`].
    ///
    /// ```
    /// use gongwen_model::{Category, Loc};
    ///
    /// let group = Category::new(1, "深入落实高质量主动公开", Loc::block(4)).with_number("一、", 1);
    /// assert_eq!((group.label.as_str(), group.ordinal), ("一、", 1));
    /// assert_eq!(Category::new(1, "教育", Loc::block(4)).label, "");
    /// ```
    pub fn new(level: u8, title: impl Into<String>, loc: Loc) -> Self {
        Category {
            label: String::new(),
            ordinal: 0,
            level,
            title: title.into(),
            loc,
        }
    }

    /// The same group numbered `label` (canonical form: "一、", "（十六）"), of value
    /// `ordinal`.
    #[must_use]
    pub fn with_number(mut self, label: impl Into<String>, ordinal: u32) -> Self {
        self.label = label.into();
        self.ordinal = ordinal;
        self
    }
}

/// A responsible unit (责任单位).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Unit {
    /// The unit's name, a shared jurisdiction prefix spread onto it (县发改局、投促局 → 县投促局).
    pub name: String,
    /// Its role in the task.
    pub role: UnitRole,
    /// True for a collective such as 各镇（街道） or 县政府各部门 rather than one organ.
    pub collective: bool,
    /// The full name from the user's alias table (县发改局 → 县发展和改革局); null when no
    /// table was given or it has no entry for `name` (since 1.1).
    #[serde(default)]
    pub full_name: Option<String>,
}

impl Unit {
    /// The unit `name` in `role`: one organ (not `collective`), with no `full_name`, until
    /// set.
    pub fn new(name: impl Into<String>, role: UnitRole) -> Self {
        Unit {
            name: name.into(),
            role,
            collective: false,
            full_name: None,
        }
    }
}

/// The role of a [`Unit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnitRole {
    /// 牵头单位: named by a 牵头单位 column, a "（X牵头）" marker or a stated rule.
    Lead,
    /// 配合单位: named by a 配合单位 column or a "X配合" marker.
    Support,
    /// 责任单位 with no lead/support distinction stated.
    Responsible,
}

/// A task's deadline (完成时限).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Deadline {
    /// The text as printed.
    pub raw: String,
    /// How to read it.
    pub kind: DeadlineKind,
    /// The due date as `YYYY-MM-DD` for `by_date` (the last day the text allows), else null.
    pub date: Option<Date>,
    /// True when the cell was blank and the value was copied from the row above (a guess);
    /// false when printed in the row or spanning it through a merged cell (a fact).
    pub inherited: bool,
    /// The cell the value was read from (with `row_span` when it was a merged cell).
    pub loc: Loc,
}

impl Deadline {
    /// The deadline printed as `raw`, read as `kind`, from the cell (or text) at `loc`:
    /// no `date` and not `inherited` until set.
    pub fn new(raw: impl Into<String>, kind: DeadlineKind, loc: Loc) -> Self {
        Deadline {
            raw: raw.into(),
            kind,
            date: None,
            inherited: false,
            loc,
        }
    }
}

/// How a [`Deadline`] is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlineKind {
    /// Due by a date (2024年12月底前, 上半年, 三季度末 …).
    ByDate,
    /// Continuous work with no due date (长期坚持, 持续推进, 常态化 …).
    Ongoing,
    /// Repeats (每年, 每季度, 每月 …).
    Recurring,
    /// Not understood; `raw` keeps the text.
    Unknown,
}

impl DeadlineKind {
    /// The snake_case name used in the JSON: `by_date`, `ongoing`, `recurring`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::ByDate => "by_date",
            DeadlineKind::Ongoing => "ongoing",
            DeadlineKind::Recurring => "recurring",
            DeadlineKind::Unknown => "unknown",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_kind_names_are_the_json_names() {
        use DeadlineKind::{ByDate, Ongoing, Recurring, Unknown};
        for kind in [ByDate, Ongoing, Recurring, Unknown] {
            let json = serde_json::to_string(&kind).expect("json");
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
