//! The task ledger (任务台账): every task of many documents as rows, one table shared by
//! `gongwen tasks --csv` and `--xlsx` (and the Python package), so that both carry the
//! same values in the same columns.
//!
//! A [`LedgerEntry`] is one input: its line on the documents sheet ([`FileRow`]: read,
//! skipped or failed, with the document's header fields or the error) and its tasks
//! ([`TaskRow`]: typed [`Value`]s in the order of [`COLUMNS`], and the reasons a reviewer
//! should look at the row). `XlsxLedger` (feature `xlsx`) writes entries to a
//! workbook as they come, with memory flat however many there are;
//! `write_tasks_xlsx` parses paths in parallel and does the whole job.
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
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use crate::{Date, Diagnostic, Document, Error, Level, Task, UnitRole};

#[cfg(feature = "xlsx")]
mod xlsx;
#[cfg(feature = "xlsx")]
pub use xlsx::{LedgerSummary, XlsxLedger, write_tasks_xlsx};

/// The task columns, in order: the CSV header of `gongwen tasks`, and the order of the
/// 任务 sheet (whose headers are [`LABELS`]). Lists inside a cell are joined with "/".
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
/// as such; a CSV writes [`Value::to_csv`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Value {
    /// Nothing (a task without a deadline has no `deadline_kind`).
    Empty,
    /// Text.
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

    fn text(s: impl Into<String>) -> Value {
        let s = s.into();
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    }
}

impl fmt::Display for Value {
    /// As [`Value::to_csv`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_csv())
    }
}

/// One task as a ledger row.
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
        let tasks = task_rows(doc, &path);
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

/// One row per task of `doc`, `file` in the first column.
pub fn task_rows(doc: &Document, file: &str) -> Vec<TaskRow> {
    let head = DocHead {
        file: Value::text(file),
        doc_number: doc
            .doc_number
            .as_ref()
            .map_or(Value::Empty, |n| Value::text(n.normalized.as_str())),
        issuers: Value::text(doc.issuers.join("/")),
        date: doc.date.map_or(Value::Empty, Value::Date),
        title: doc.title.as_deref().map_or(Value::Empty, Value::text),
    };
    // The diagnostics that point at a table row, by (block, row).
    let mut at_row: HashMap<(u32, u32), Vec<&Diagnostic>> = HashMap::new();
    for d in &doc.diagnostics {
        if let Some(loc) = d.loc {
            if let Some(row) = loc.row {
                at_row.entry((loc.block, row)).or_default().push(d);
            }
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
        Value::text(join(
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
        Value::text(join(task.category.iter().map(|c| c.label.as_str()))),
        Value::text(join(task.category.iter().map(|c| c.title.as_str()))),
        task.title.as_deref().map_or(Value::Empty, Value::text),
        task.requirement
            .as_deref()
            .map_or(Value::Empty, Value::text),
        units(None),
        units(Some(UnitRole::Lead)),
        units(Some(UnitRole::Support)),
        task.units_raw.as_deref().map_or(Value::Empty, Value::text),
        Value::Bool(task.units_open),
        Value::Bool(task.units_inherited),
        deadline.map_or(Value::Empty, |d| Value::text(d.raw.as_str())),
        deadline.map_or(Value::Empty, |d| Value::text(d.kind.as_str())),
        deadline
            .and_then(|d| d.date)
            .map_or(Value::Empty, Value::Date),
        deadline.map_or(Value::Empty, |d| Value::Bool(d.inherited)),
        task.section.as_ref().map_or(Value::Empty, |s| {
            Value::text(join(s.iter().map(String::as_str)))
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
            (Value::text("县发改局"), "县发改局"),
            (Value::Number(12), "12"),
            (Value::Bool(false), "false"),
            (Value::Date(date), "2024-12-31"),
        ] {
            assert_eq!(v.to_csv(), csv);
            assert_eq!(v.to_string(), csv);
        }
        assert_eq!(Value::text(""), Value::Empty);
    }
}
