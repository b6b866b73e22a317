//! The task ledger (任务台账): every task of many documents as rows, one table shared by
//! `gongwen tasks` (its CSV, and its .xlsx workbook with `--xlsx`) and the Python package
//! (`gongwen.tasks`, `tasks_frame`, `tasks_arrow`, `tasks_xlsx`), so that all of them carry
//! the same values in the same columns.
//!
//! [`task_rows`] gives one [`TaskRow`] per task of a document: typed [`Value`]s in the
//! order of [`COLUMNS`] (numbers are numbers, dates dates, flags booleans, a missing value
//! [`Value::Empty`]), and the reasons a reviewer should look at the row. The CSV cell of a
//! value is [`Value::to_csv`] (nothing → empty, `true`/`false`, dates `2024-12-31`); a row
//! serializes as a map whose keys are [`COLUMNS`], in order (what Python gets). Lists
//! inside a cell (issuers, units, category labels, the section path) are joined with "/",
//! and those list columns are always text (empty when the list is).
//!
//! A [`LedgerEntry`] is one input: its line on the documents sheet ([`FileRow`]: read,
//! skipped or failed, with the document's header fields or the error) and its tasks.
//! `XlsxLedger` (feature `xlsx`) writes entries to a workbook as they come, with memory
//! flat however many there are; `write_tasks_xlsx` parses paths in parallel and does the
//! whole job.
//!
//! ```
//! use gongwen::ledger::{self, LedgerEntry, Value};
//!
//! let doc = gongwen::parse_path("../../fixtures/txt/seed-pingyin-2024-4.txt")?;
//! let entry = LedgerEntry::from_document(&doc);
//! assert_eq!(entry.tasks.len(), 58);
//! let first = &entry.tasks[0];
//! assert_eq!(first.value("seq"), Some(&Value::Number(1)));
//! assert_eq!(first.value("deadline_date"), Some(&Value::Date(gongwen::Date::new(2024, 12, 31)?)));
//! assert_eq!(first.csv_record()[ledger::column("deadline_raw").unwrap_or(0)], "2024年12月底前");
//! assert_eq!(entry.file.tasks, 58);
//! assert_eq!(ledger::task_rows(&doc), entry.tasks);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Date, Diagnostic, Document, Error, Level, Task, UnitRole};

#[cfg(feature = "xlsx")]
mod xlsx;
#[cfg(feature = "xlsx")]
pub use xlsx::{LedgerSummary, XlsxLedger, write_tasks_xlsx};

/// The task columns, in order: the CSV header of `gongwen tasks`, the order of the 任务
/// sheet (whose headers are [`LABELS`]) and the keys of a serialized [`TaskRow`] (Python's
/// `TASK_COLUMNS`). Lists inside a cell are joined with "/".
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

/// The headers of the 任务 sheet, one per column of [`COLUMNS`].
pub const LABELS: [&str; 22] = [
    "文件",
    "文号",
    "发文机关",
    "成文日期",
    "文件标题",
    "序号",
    "类别编号",
    "类别",
    "任务",
    "具体要求",
    "责任单位",
    "牵头单位",
    "配合单位",
    "责任单位（原文）",
    "单位未列全",
    "单位沿用上行",
    "完成时限（原文）",
    "时限类型",
    "完成时限",
    "时限沿用上行",
    "所在章节",
    "附件",
];

/// The position of `name` in [`COLUMNS`].
pub fn column(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}

/// The value of one ledger cell, typed: a spreadsheet writes numbers, dates and booleans
/// as such; a CSV writes [`Value::to_csv`]; it serializes as JSON's `null`, a string, a
/// number or a boolean (a date as its `YYYY-MM-DD` string).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Value {
    /// Nothing (a task without a deadline has no `deadline_kind`).
    Empty,
    /// Text; empty for a list column whose list is (no issuers, no support units), which a
    /// spreadsheet shows as an empty cell.
    Text(String),
    /// A whole number (`seq`, `attachment`).
    Number(u32),
    /// `true` / `false`.
    Bool(bool),
    /// A date (`date`, `deadline_date`).
    Date(Date),
}

impl Value {
    /// The CSV cell: "" for nothing, `true`/`false`, dates as `YYYY-MM-DD`.
    pub fn to_csv(&self) -> Cow<'_, str> {
        match self {
            Value::Empty => Cow::Borrowed(""),
            Value::Text(s) => Cow::Borrowed(s),
            Value::Number(n) => Cow::Owned(n.to_string()),
            Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
            Value::Date(d) => Cow::Owned(d.to_string()),
        }
    }

    /// Text when there is some, [`Value::Empty`] when there is none.
    fn opt_text(s: Option<&str>) -> Value {
        s.map_or(Value::Empty, |s| Value::Text(s.to_owned()))
    }
}

impl fmt::Display for Value {
    /// As [`Value::to_csv`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_csv())
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Empty => serializer.serialize_none(),
            Value::Text(s) => serializer.serialize_str(s),
            Value::Number(n) => serializer.serialize_u32(*n),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Date(d) => d.serialize(serializer),
        }
    }
}

/// One task as a ledger row.
///
/// Serializes as a struct (a map) whose fields are [`COLUMNS`], in that order, and whose
/// values are the [`values`](Self::values) (the review reasons are the workbook's, not a
/// column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskRow {
    /// The values, in the order of [`COLUMNS`].
    pub values: [Value; COLUMNS.len()],
    /// Why a reviewer should look at the row (empty when nothing calls for it): a unit or
    /// deadline copied from the row above because its cell was blank (a merged cell saved
    /// as blanks), and the diagnostics that point at the row.
    pub review: Vec<String>,
}

impl TaskRow {
    /// The value of the column `name` of [`COLUMNS`].
    pub fn value(&self, name: &str) -> Option<&Value> {
        column(name).and_then(|i| self.values.get(i))
    }

    /// The CSV record (the cells of `gongwen tasks`).
    pub fn csv_record(&self) -> [Cow<'_, str>; COLUMNS.len()] {
        std::array::from_fn(|i| self.values[i].to_csv())
    }
}

impl Serialize for TaskRow {
    /// A struct whose fields are [`COLUMNS`] (as a derived impl would write it, so a
    /// serializer that interns field names does so here too).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut row = serializer.serialize_struct("TaskRow", COLUMNS.len())?;
        for (name, value) in COLUMNS.iter().zip(&self.values) {
            row.serialize_field(name, value)?;
        }
        row.end()
    }
}

/// What became of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileStatus {
    /// Read: its tasks are in the ledger.
    Converted,
    /// Not a document gongwen reads (another format, a lock file): skipped.
    Skipped,
    /// A document that could not be read: the message says why.
    Failed,
}

impl FileStatus {
    /// `converted`, `skipped`, `failed` (as in `gongwen batch --report`).
    pub fn as_str(self) -> &'static str {
        match self {
            FileStatus::Converted => "converted",
            FileStatus::Skipped => "skipped",
            FileStatus::Failed => "failed",
        }
    }

    /// The label on the documents sheet: 已读取, 已跳过, 失败.
    pub fn label(self) -> &'static str {
        match self {
            FileStatus::Converted => "已读取",
            FileStatus::Skipped => "已跳过",
            FileStatus::Failed => "失败",
        }
    }
}

/// An input's line on the documents sheet (文件).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRow {
    /// The path as given.
    pub path: PathBuf,
    /// Read, skipped or failed.
    pub status: FileStatus,
    /// The format read (`txt`, `docx`, `doc` …) or, for a skipped file, the format it is in
    /// (`ofd`, `pdf` …), when known.
    pub format: Option<String>,
    /// The 发文字号, normalized.
    pub doc_number: Option<String>,
    /// The issuing organs, joined with "/".
    pub issuers: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// The 成文日期.
    pub date: Option<Date>,
    /// The 文种 ("通知").
    pub doc_type: Option<&'static str>,
    /// How many tasks the document has.
    pub tasks: usize,
    /// How many diagnostics of level `warning` the document has.
    pub warnings: usize,
    /// Why the file was skipped or failed (the error's message, without the path), or what
    /// the ledger could not hold.
    pub message: Option<String>,
}

impl FileRow {
    /// A file that was not read: skipped or failed, with why.
    pub fn not_read(
        path: impl Into<PathBuf>,
        status: FileStatus,
        format: Option<String>,
        message: impl Into<String>,
    ) -> FileRow {
        FileRow {
            path: path.into(),
            status,
            format,
            doc_number: None,
            issuers: None,
            title: None,
            date: None,
            doc_type: None,
            tasks: 0,
            warnings: 0,
            message: Some(message.into()),
        }
    }
}

/// One input in the ledger: its line on the documents sheet and its task rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// The line on the documents sheet.
    pub file: FileRow,
    /// One row per task, in document order.
    pub tasks: Vec<TaskRow>,
}

impl LedgerEntry {
    /// A parsed document (its path is `source.path`).
    pub fn from_document(doc: &Document) -> LedgerEntry {
        let path = doc.source.path.clone().unwrap_or_default();
        let tasks = task_rows(doc);
        let warnings = doc
            .diagnostics
            .iter()
            .filter(|d| d.level == Level::Warning)
            .count();
        LedgerEntry {
            file: FileRow {
                path: PathBuf::from(path),
                status: FileStatus::Converted,
                format: Some(doc.source.format.as_str().to_owned()),
                doc_number: doc.doc_number.as_ref().map(|n| n.normalized.clone()),
                issuers: (!doc.issuers.is_empty()).then(|| doc.issuers.join("/")),
                title: doc.title.clone(),
                date: doc.date,
                doc_type: doc.doc_type.map(|t| t.as_str()),
                tasks: tasks.len(),
                warnings,
                message: None,
            },
            tasks,
        }
    }

    /// A file that could not be parsed: skipped with its format when it is one gongwen
    /// does not read ([`Error::unsupported_format`]), failed otherwise.
    pub fn from_error(path: impl Into<PathBuf>, error: &Error) -> LedgerEntry {
        let (status, format) = match error.unsupported_format() {
            Some(format) => (FileStatus::Skipped, Some(format.code().to_owned())),
            None => (FileStatus::Failed, None),
        };
        LedgerEntry::not_read(FileRow::not_read(path, status, format, error.message()))
    }

    /// The entry of a parse result, as [`parse_many`](crate::parse_many) yields them.
    pub fn from_result(path: impl Into<PathBuf>, result: &Result<Document, Error>) -> LedgerEntry {
        match result {
            Ok(doc) => {
                let mut entry = LedgerEntry::from_document(doc);
                entry.file.path = path.into();
                entry
            }
            Err(e) => LedgerEntry::from_error(path, e),
        }
    }

    /// A file that was not read, with no tasks.
    pub fn not_read(file: FileRow) -> LedgerEntry {
        LedgerEntry {
            file,
            tasks: Vec::new(),
        }
    }
}

/// One row per task of `doc`, in the document's order; the first column is
/// `source.path` (empty for a document read from bytes).
pub fn task_rows(doc: &Document) -> Vec<TaskRow> {
    let head = DocHead {
        file: Value::opt_text(doc.source.path.as_deref()),
        doc_number: Value::opt_text(doc.doc_number.as_ref().map(|n| n.normalized.as_str())),
        issuers: Value::Text(join(doc.issuers.iter().map(String::as_str))),
        date: doc.date.map_or(Value::Empty, Value::Date),
        title: Value::opt_text(doc.title.as_deref()),
    };
    // The diagnostics that point at a table row, by (block, row).
    let mut at_row: HashMap<(u32, u32), Vec<&Diagnostic>> = HashMap::new();
    for d in &doc.diagnostics {
        if let Some(loc) = d.loc
            && let Some(row) = loc.row
        {
            at_row.entry((loc.block, row)).or_default().push(d);
        }
    }
    doc.tasks
        .iter()
        .map(|task| {
            let diagnostics = task
                .loc
                .row
                .and_then(|row| at_row.get(&(task.loc.block, row)))
                .map_or(&[][..], Vec::as_slice);
            TaskRow {
                values: values(task, &head),
                review: review(task, diagnostics),
            }
        })
        .collect()
}

/// The document's columns, repeated on each of its rows.
struct DocHead {
    file: Value,
    doc_number: Value,
    issuers: Value,
    date: Value,
    title: Value,
}

fn values(task: &Task, head: &DocHead) -> [Value; COLUMNS.len()] {
    let units = |role: Option<UnitRole>| {
        Value::Text(join(
            task.units
                .iter()
                .filter(|u| role.is_none_or(|r| u.role == r))
                .map(|u| u.name.as_str()),
        ))
    };
    let deadline = task.deadline.as_ref();
    [
        head.file.clone(),
        head.doc_number.clone(),
        head.issuers.clone(),
        head.date.clone(),
        head.title.clone(),
        task.seq.map_or(Value::Empty, Value::Number),
        Value::Text(join(task.category.iter().map(|c| c.label.as_str()))),
        Value::Text(join(task.category.iter().map(|c| c.title.as_str()))),
        Value::opt_text(task.title.as_deref()),
        Value::opt_text(task.requirement.as_deref()),
        units(None),
        units(Some(UnitRole::Lead)),
        units(Some(UnitRole::Support)),
        Value::opt_text(task.units_raw.as_deref()),
        Value::Bool(task.units_open),
        Value::Bool(task.units_inherited),
        Value::opt_text(deadline.map(|d| d.raw.as_str())),
        Value::opt_text(deadline.map(|d| d.kind.as_str())),
        deadline
            .and_then(|d| d.date)
            .map_or(Value::Empty, Value::Date),
        deadline.map_or(Value::Empty, |d| Value::Bool(d.inherited)),
        task.section.as_ref().map_or(Value::Empty, |s| {
            Value::Text(join(s.iter().map(String::as_str)))
        }),
        task.attachment.map_or(Value::Empty, Value::Number),
    ]
}

fn review(task: &Task, diagnostics: &[&Diagnostic]) -> Vec<String> {
    let mut reasons = Vec::new();
    if task.units_inherited {
        reasons.push("责任单位沿用上一行（原表此格空白）".to_owned());
    }
    if task.deadline.as_ref().is_some_and(|d| d.inherited) {
        reasons.push("完成时限沿用上一行（原表此格空白）".to_owned());
    }
    for d in diagnostics {
        let code = serde_json::to_value(d.code)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        reasons.push(format!("{code}: {}", d.message));
    }
    reasons
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push('/');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_columns_and_values_render_as_csv() {
        assert_eq!(LABELS.len(), COLUMNS.len());
        assert_eq!(column("file"), Some(0));
        assert_eq!(column("attachment"), Some(21));
        assert_eq!(column("nope"), None);
        let date = Date::new(2024, 12, 31).expect("a date");
        for (v, csv) in [
            (Value::Empty, ""),
            (Value::Text("县发改局".into()), "县发改局"),
            (Value::Number(12), "12"),
            (Value::Bool(false), "false"),
            (Value::Date(date), "2024-12-31"),
        ] {
            assert_eq!(v.to_csv(), csv);
            assert_eq!(v.to_string(), csv);
        }
        assert_eq!(Value::opt_text(None), Value::Empty);
        assert_eq!(Value::opt_text(Some("")), Value::Text(String::new()));
    }

    fn seed() -> Document {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/txt/seed-pingyin-2024-4.txt"
        );
        crate::parse_path(path).expect("the seed parses")
    }

    #[test]
    fn a_row_serializes_as_its_columns_in_order() {
        let rows = task_rows(&seed());
        let json = serde_json::to_string(&rows[0]).expect("json");
        let value: serde_json::Value = serde_json::from_str(&json).expect("json");
        let mut keys: Vec<&str> = value
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        keys.sort_unstable();
        let mut sorted_columns = COLUMNS.to_vec();
        sorted_columns.sort_unstable();
        assert_eq!(keys, sorted_columns);
        // The order is the text's (a map may sort its keys).
        let positions: Vec<usize> = COLUMNS
            .iter()
            .map(|c| {
                json.find(&format!("\"{c}\":"))
                    .expect("every column is a key")
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{json}");
        assert_eq!(value["seq"], 1);
        assert_eq!(value["date"], "2024-06-28");
        assert_eq!(value["units_open"], true);
        assert_eq!(value["deadline_inherited"], false);
        assert_eq!(value["title"], serde_json::Value::Null);
        assert_eq!(value["support_units"], "");
    }

    #[test]
    fn the_seed_rows_carry_typed_values_and_csv_cells() {
        let rows = task_rows(&seed());
        assert_eq!(rows.len(), 58);
        let first = &rows[0];
        let text = |name: &str| match first.value(name) {
            Some(Value::Text(s)) => s.as_str(),
            other => panic!("{name}: {other:?}"),
        };
        assert!(text("file").ends_with("seed-pingyin-2024-4.txt"));
        assert_eq!(text("doc_number"), "平政办字〔2024〕4号");
        assert_eq!(first.value("seq"), Some(&Value::Number(1)));
        assert_eq!(text("category_labels"), "一、/（一）");
        assert_eq!(
            text("units"),
            "县发改局/县投促局/县商务事业发展中心/县生态环境局"
        );
        assert_eq!(text("deadline_kind"), "by_date");
        assert_eq!(first.value("deadline_inherited"), Some(&Value::Bool(false)));
        assert_eq!(first.value("attachment"), Some(&Value::Number(1)));
        let record = first.csv_record();
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
        doc.issuers.clear();
        let mut task = doc.tasks[0].clone();
        task.seq = None;
        task.deadline = None;
        task.section = None;
        task.attachment = None;
        doc.tasks = vec![task];
        let rows = task_rows(&doc);
        let row = &rows[0];
        assert_eq!(row.value("file"), Some(&Value::Empty));
        assert_eq!(row.value("deadline_inherited"), Some(&Value::Empty));
        // A list column is text, empty when its list is.
        assert_eq!(row.value("issuers"), Some(&Value::Text(String::new())));
        let record = row.csv_record();
        for i in [0, 2, 3, 5, 16, 17, 18, 19, 20, 21] {
            assert_eq!(record[i], "", "column {}", COLUMNS[i]);
        }
    }
}
