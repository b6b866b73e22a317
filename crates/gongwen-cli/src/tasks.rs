//! `gongwen tasks`: every task of every input as one CSV (UTF-8 with BOM, RFC 4180).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gongwen::Document;

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

/// The columns, in order (`gongwen::task_rows::COLUMNS`). Lists inside a cell are joined
/// with "/".
pub const HEADER: [&str; 22] = gongwen::task_rows::COLUMNS;

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
            Ok(doc) => Outcome::converted(rows(&doc), &doc),
            Err(e) => Outcome::error(&e),
        },
        |rows: Vec<Row>| {
            for row in &rows {
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

/// One row per task of `doc` (built by `gongwen::task_rows`, shared with the Python package).
fn rows(doc: &Document) -> Vec<Row> {
    gongwen::task_rows::rows(doc)
        .iter()
        .map(gongwen::TaskRow::to_record)
        .collect()
}
