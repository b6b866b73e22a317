//! `gongwen tasks`: every task of every input as one CSV (UTF-8 with BOM, RFC 4180).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gongwen::{Document, Task, UnitRole};

use crate::inputs::{self, InputArgs};
use crate::options::OptionArgs;
use crate::output::{Sink, message};
use crate::run::{Outcome, drive};

/// Arguments of `gongwen tasks`.
#[derive(Debug, clap::Args)]
pub struct TasksArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    options: OptionArgs,
    /// Write the CSV to FILE (atomically) instead of stdout.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
}

/// The columns, in order. Lists inside a cell are joined with "/".
pub const HEADER: [&str; 22] = [
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

type Row = [String; HEADER.len()];

/// Runs the export; exit codes as for `batch`.
pub fn run(args: &TasksArgs) -> ExitCode {
    let options = match args.options.options() {
        Ok(options) => options,
        Err(code) => return code,
    };
    let entries = match inputs::collect(&args.input, None) {
        Ok(e) => e,
        Err(e) => return usage(&e),
    };
    for (flag, path) in [
        ("--csv", args.csv.as_deref()),
        ("--report", args.input.report.as_deref()),
    ] {
        if let Some(path) = path {
            if let Err(e) = inputs::check_not_input(flag, path, &entries) {
                return usage(&e);
            }
        }
    }
    let target = args.csv.as_deref().unwrap_or(Path::new("-"));
    let cannot_write = |e: &dyn std::fmt::Display| {
        message(&format!("{}: cannot write the CSV: {e}", target.display()));
        ExitCode::from(1)
    };
    let mut sink = match Sink::open(args.csv.as_deref()) {
        Ok(s) => s,
        Err(e) => return cannot_write(&e),
    };
    // The byte order mark makes Excel and WPS read the file as UTF-8.
    if let Err(e) = sink.write_all("\u{feff}".as_bytes()) {
        return cannot_write(&e);
    }
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(sink);
    if let Err(e) = csv.write_record(HEADER) {
        return cannot_write(&e);
    }
    let mut tally = drive(
        &args.input,
        &options,
        entries,
        |_, input| match input.parse() {
            Ok(doc) => Outcome::converted(rows(&doc, input_path(&doc)), &doc),
            Err(e) => Outcome::error(&e),
        },
        |_, outcome: Outcome<Vec<Row>>| {
            for row in outcome.payload.iter().flatten() {
                csv.write_record(row)?;
            }
            Ok(())
        },
    );
    let finished = csv
        .into_inner()
        .map_err(|e| e.into_error())
        .and_then(Sink::finish);
    if let Err(e) = finished {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            cannot_write(&e);
            tally.fatal = true;
        }
    }
    tally.exit_code()
}

fn usage(text: &str) -> ExitCode {
    message(text);
    ExitCode::from(2)
}

fn input_path(doc: &Document) -> String {
    doc.source.path.clone().unwrap_or_default()
}

/// One row per task of `doc`.
fn rows(doc: &Document, file: String) -> Vec<Row> {
    let doc_number = doc
        .doc_number
        .as_ref()
        .map(|n| n.normalized.clone())
        .unwrap_or_default();
    let issuers = doc.issuers.join("/");
    let date = doc.date.map(|d| d.to_string()).unwrap_or_default();
    let doc_title = doc.title.clone().unwrap_or_default();
    doc.tasks
        .iter()
        .map(|task| {
            row(
                task,
                [&file, &doc_number, &issuers, &date, &doc_title].map(String::clone),
            )
        })
        .collect()
}

fn row(task: &Task, [file, doc_number, issuers, date, doc_title]: [String; 5]) -> Row {
    let units = |role: Option<UnitRole>| {
        task.units
            .iter()
            .filter(|u| role.is_none_or(|r| u.role == r))
            .map(|u| u.name.as_str())
            .collect::<Vec<_>>()
            .join("/")
    };
    let flag = |b: bool| if b { "true" } else { "false" }.to_owned();
    let deadline = task.deadline.as_ref();
    [
        file,
        doc_number,
        issuers,
        date,
        doc_title,
        task.seq.map(|s| s.to_string()).unwrap_or_default(),
        join(task.category.iter().map(|c| c.label.as_str())),
        join(task.category.iter().map(|c| c.title.as_str())),
        task.title.clone().unwrap_or_default(),
        task.requirement.clone().unwrap_or_default(),
        units(None),
        units(Some(UnitRole::Lead)),
        units(Some(UnitRole::Support)),
        task.units_raw.clone().unwrap_or_default(),
        flag(task.units_open),
        flag(task.units_inherited),
        deadline.map(|d| d.raw.clone()).unwrap_or_default(),
        deadline
            .map(|d| d.kind.as_str().to_owned())
            .unwrap_or_default(),
        deadline
            .and_then(|d| d.date.map(|d| d.to_string()))
            .unwrap_or_default(),
        deadline.map(|d| flag(d.inherited)).unwrap_or_default(),
        task.section
            .as_ref()
            .map(|s| join(s.iter().map(String::as_str)))
            .unwrap_or_default(),
        task.attachment.map(|a| a.to_string()).unwrap_or_default(),
    ]
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join("/")
}
