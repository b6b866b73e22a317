//! One flat row per task, for spreadsheets and data frames: what `gongwen tasks` writes as
//! CSV and the Python package returns from `gongwen.tasks()`.
//!
//! The columns are [`COLUMNS`], in order. A [`TaskRow`] keeps typed values (a missing
//! value is `None`, flags are `bool`, numbers are numbers); [`TaskRow::to_record`] gives
//! the CSV cells: `None` → empty, `true`/`false`, numbers and dates as text. Lists inside a
//! cell (issuers, units, category labels, the section path) are joined with "/" in both.
//!
//! ```
//! let text = "平政办字〔2024〕4号\n平阴县人民政府办公室\n关于做好防汛工作的通知\n\
//!             各镇人民政府：\n请认真抓好落实。\n平阴县人民政府办公室\n2024年6月28日\n";
//! let doc = gongwen::parse_bytes(text.as_bytes(), gongwen::Format::Txt)?;
//! assert!(gongwen::task_rows::rows(&doc).is_empty()); // no task table in this notice
//! assert_eq!(gongwen::task_rows::COLUMNS[0], "file");
//! # Ok::<(), gongwen::Error>(())
//! ```

use serde::Serialize;

use crate::{Date, Document, Task, UnitRole};

/// The columns, in order: the CSV header of `gongwen tasks` and the keys of each row.
pub const COLUMNS: [&str; 22] = [
    "file",
    "doc_number",
    "issuers",
    "date",
    "doc_title",
    "seq",
    "category_labels",
    "category_titles",
    "title",
    "requirement",
    "units",
    "lead_units",
    "support_units",
    "units_raw",
    "units_open",
    "units_inherited",
    "deadline_raw",
    "deadline_kind",
    "deadline_date",
    "deadline_inherited",
    "section",
    "attachment",
];

/// One task with its document's header fields, borrowing from the [`Document`].
///
/// Serializes as a map whose keys are [`COLUMNS`], in that order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TaskRow<'a> {
    /// `source.path`: the file the document was read from (`None` for bytes).
    pub file: Option<&'a str>,
    /// The document number, normalized (平政办字〔2024〕4号).
    pub doc_number: Option<&'a str>,
    /// The issuers, joined with "/".
    pub issuers: String,
    /// The document's date.
    pub date: Option<Date>,
    /// The document's title.
    pub doc_title: Option<&'a str>,
    /// The task's 序号.
    pub seq: Option<u32>,
    /// The enclosing groups' canonical labels, outermost first, joined with "/" (一、/（一）).
    pub category_labels: String,
    /// The enclosing groups' titles, joined with "/".
    pub category_titles: String,
    /// The 工作任务 text.
    pub title: Option<&'a str>,
    /// The 具体要求 text.
    pub requirement: Option<&'a str>,
    /// Every unit's name, joined with "/".
    pub units: String,
    /// The lead units' names, joined with "/".
    pub lead_units: String,
    /// The support units' names, joined with "/".
    pub support_units: String,
    /// The unit cells as printed.
    pub units_raw: Option<&'a str>,
    /// The unit list ends open (等相关部门).
    pub units_open: bool,
    /// The units were copied from the row above (a guess).
    pub units_inherited: bool,
    /// The deadline as printed.
    pub deadline_raw: Option<&'a str>,
    /// How to read the deadline: `by_date`, `ongoing`, `recurring`, `unknown`.
    pub deadline_kind: Option<&'static str>,
    /// The due date of a `by_date` deadline.
    pub deadline_date: Option<Date>,
    /// The deadline was copied from the row above (a guess); `None` without a deadline.
    pub deadline_inherited: Option<bool>,
    /// The label path of the matching body section, joined with "/".
    pub section: Option<String>,
    /// The number (1-based) of the attachment holding the table.
    pub attachment: Option<u32>,
}

/// One row per task of `doc`, in the document's order.
pub fn rows(doc: &Document) -> Vec<TaskRow<'_>> {
    let file = doc.source.path.as_deref();
    let doc_number = doc.doc_number.as_ref().map(|n| n.normalized.as_str());
    let issuers = doc.issuers.join("/");
    let doc_title = doc.title.as_deref();
    doc.tasks
        .iter()
        .map(|task| TaskRow {
            file,
            doc_number,
            issuers: issuers.clone(),
            date: doc.date,
            doc_title,
            ..TaskRow::of_task(task)
        })
        .collect()
}

impl<'a> TaskRow<'a> {
    /// The task's own columns; the document's are left empty.
    fn of_task(task: &'a Task) -> Self {
        let units = |role: Option<UnitRole>| {
            join(
                task.units
                    .iter()
                    .filter(|u| role.is_none_or(|r| u.role == r))
                    .map(|u| u.name.as_str()),
            )
        };
        let deadline = task.deadline.as_ref();
        TaskRow {
            file: None,
            doc_number: None,
            issuers: String::new(),
            date: None,
            doc_title: None,
            seq: task.seq,
            category_labels: join(task.category.iter().map(|c| c.label.as_str())),
            category_titles: join(task.category.iter().map(|c| c.title.as_str())),
            title: task.title.as_deref(),
            requirement: task.requirement.as_deref(),
            units: units(None),
            lead_units: units(Some(UnitRole::Lead)),
            support_units: units(Some(UnitRole::Support)),
            units_raw: task.units_raw.as_deref(),
            units_open: task.units_open,
            units_inherited: task.units_inherited,
            deadline_raw: deadline.map(|d| d.raw.as_str()),
            deadline_kind: deadline.map(|d| d.kind.as_str()),
            deadline_date: deadline.and_then(|d| d.date),
            deadline_inherited: deadline.map(|d| d.inherited),
            section: task
                .section
                .as_ref()
                .map(|s| join(s.iter().map(String::as_str))),
            attachment: task.attachment,
        }
    }

    /// The row as CSV cells, in the order of [`COLUMNS`]: `None` is an empty cell, flags
    /// are `true`/`false`, numbers and dates their text (`2024-12-31`).
    pub fn to_record(&self) -> [String; COLUMNS.len()] {
        let text = |s: Option<&str>| s.unwrap_or_default().to_owned();
        let shown =
            |v: Option<&dyn std::fmt::Display>| v.map(|v| v.to_string()).unwrap_or_default();
        [
            text(self.file),
            text(self.doc_number),
            self.issuers.clone(),
            shown(self.date.as_ref().map(|d| d as _)),
            text(self.doc_title),
            shown(self.seq.as_ref().map(|s| s as _)),
            self.category_labels.clone(),
            self.category_titles.clone(),
            text(self.title),
            text(self.requirement),
            self.units.clone(),
            self.lead_units.clone(),
            self.support_units.clone(),
            text(self.units_raw),
            self.units_open.to_string(),
            self.units_inherited.to_string(),
            text(self.deadline_raw),
            text(self.deadline_kind),
            shown(self.deadline_date.as_ref().map(|d| d as _)),
            shown(self.deadline_inherited.as_ref().map(|b| b as _)),
            text(self.section.as_deref()),
            shown(self.attachment.as_ref().map(|a| a as _)),
        ]
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Document {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/txt/seed-pingyin-2024-4.txt"
        );
        crate::parse_path(path).expect("the seed parses")
    }

    #[test]
    fn the_serialized_keys_are_the_columns_in_order() {
        let doc = seed();
        let rows = rows(&doc);
        // A struct serializes its fields in declaration order.
        let json = serde_json::to_string(&rows[0]).expect("json");
        let positions: Vec<usize> = COLUMNS
            .iter()
            .map(|c| {
                json.find(&format!("\"{c}\":"))
                    .expect("every column is a key")
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{json}");
        let value: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(value.as_object().map(|o| o.len()), Some(COLUMNS.len()));
    }

    #[test]
    fn the_seed_rows_carry_typed_values_and_csv_cells() {
        let doc = seed();
        let rows = rows(&doc);
        assert_eq!(rows.len(), 58);
        let first = &rows[0];
        assert!(
            first
                .file
                .is_some_and(|f| f.ends_with("seed-pingyin-2024-4.txt"))
        );
        assert_eq!(first.doc_number, Some("平政办字〔2024〕4号"));
        assert_eq!(first.seq, Some(1));
        assert_eq!(first.category_labels, "一、/（一）");
        assert_eq!(
            first.units,
            "县发改局/县投促局/县商务事业发展中心/县生态环境局"
        );
        assert_eq!(first.deadline_kind, Some("by_date"));
        assert_eq!(first.deadline_inherited, Some(false));
        assert_eq!(first.attachment, Some(1));
        let record = first.to_record();
        assert_eq!(record[3], "2024-06-28");
        assert_eq!(record[5], "1");
        assert_eq!(record[14], "true"); // 等相关部门
        assert_eq!(record[18], "2024-12-31");
        assert_eq!(record[19], "false");
        assert_eq!(record[20], "一、/（一）");
    }

    #[test]
    fn missing_values_are_empty_cells() {
        let mut doc = seed();
        doc.source.path = None;
        doc.date = None;
        let mut task = doc.tasks[0].clone();
        task.seq = None;
        task.deadline = None;
        task.section = None;
        task.attachment = None;
        doc.tasks = vec![task];
        let rows = rows(&doc);
        let row = &rows[0];
        assert_eq!(row.file, None);
        assert_eq!(row.deadline_inherited, None);
        let record = row.to_record();
        for i in [0, 3, 5, 16, 17, 18, 19, 20, 21] {
            assert_eq!(record[i], "", "column {}", COLUMNS[i]);
        }
    }
}
