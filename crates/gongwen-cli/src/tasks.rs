//! `gongwen tasks`: every task of every input as one CSV (UTF-8 with BOM, RFC 4180), and/or
//! as an .xlsx workbook. The rows are `gongwen::ledger`'s, so both carry the same values.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gongwen::ledger::{FileRow, FileStatus, LedgerEntry, LedgerSummary, XlsxLedger};

use crate::inputs::{self, InputArgs};
use crate::options::OptionArgs;
use crate::output::{Sink, message};
use crate::run::{Outcome, Status, drive};

/// Arguments of `gongwen tasks`.
#[derive(Debug, clap::Args)]
pub struct TasksArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    options: OptionArgs,
    /// Write the CSV to FILE (atomically) instead of stdout.
    #[arg(long, help_heading = "Output", value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Write the ledger as an Excel workbook to FILE (atomically): a 任务 sheet with the
    /// CSV's columns (deadlines as dates, rows to review shaded) and a 文件 sheet with one
    /// row per input. Without --csv, no CSV is written.
    #[arg(long, help_heading = "Output", value_name = "FILE")]
    xlsx: Option<PathBuf>,
}

/// The CSV header: `gongwen::ledger::COLUMNS` (shared with the workbook and the Python
/// package). Lists inside a cell are joined with "/".
pub const HEADER: [&str; 22] = gongwen::ledger::COLUMNS;

/// Runs the export; exit codes as for `batch`, and 1 when the workbook could not hold
/// every task (Excel's row limit).
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
        ("--xlsx", args.xlsx.as_deref()),
        ("--report", args.input.report.as_deref()),
    ] {
        if let Some(path) = path
            && let Err(e) = inputs::check_not_input(flag, path, &entries)
        {
            return usage(&e);
        }
    }
    // The CSV goes to --csv FILE, or to stdout unless only a workbook was asked for.
    let csv_target = match (&args.csv, &args.xlsx) {
        (Some(file), _) => Some(Some(file.as_path())),
        (None, Some(_)) => None,
        (None, None) => Some(None),
    };
    let mut csv = match csv_target.map(open_csv).transpose() {
        Ok(csv) => csv,
        Err(code) => return code,
    };
    let mut book = match args.xlsx.as_deref().map(XlsxLedger::create).transpose() {
        Ok(book) => book,
        Err(e) => {
            if let Some(path) = &args.xlsx {
                message(&format!(
                    "{}: cannot write the workbook: {e}",
                    path.display()
                ));
            }
            return ExitCode::from(1);
        }
    };
    // Set when an output could not be written: the run then stopped short, and a workbook
    // of part of the inputs is not written.
    let mut stopped = false;
    let mut tally = drive(
        &args.input,
        &options,
        entries,
        |_, input| match input.parse() {
            Ok(doc) => Outcome::converted(LedgerEntry::from_document(&doc), &doc),
            Err(e) => Outcome::error(&e),
        },
        |path: &Path, outcome: Outcome<LedgerEntry>| {
            let entry = match outcome.payload {
                Some(entry) => entry,
                None => {
                    let status = match outcome.status {
                        Status::Skipped => FileStatus::Skipped,
                        _ => FileStatus::Failed,
                    };
                    let reason = outcome.message.unwrap_or_default();
                    LedgerEntry::not_read(FileRow::not_read(path, status, outcome.format, reason))
                }
            };
            let mut write = || -> std::io::Result<()> {
                if let Some(csv) = csv.as_mut() {
                    for row in &entry.tasks {
                        csv.write_record(row.csv_record().iter().map(|c| c.as_bytes()))?;
                    }
                }
                if let Some(book) = book.as_mut() {
                    book.add(&entry)?;
                }
                Ok(())
            };
            let written = write();
            stopped |= written.is_err();
            written
        },
    );
    if let Some(csv) = csv {
        let finished = csv
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(Sink::finish);
        if let Err(e) = finished
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            let target = args.csv.as_deref().unwrap_or(Path::new("-"));
            message(&format!("{}: cannot write the CSV: {e}", target.display()));
            tally.fatal = true;
        }
    }
    if let (Some(book), Some(path)) = (book, args.xlsx.as_deref()) {
        if stopped {
            // The run stopped short: no workbook rather than a partial one.
            drop(book);
            message(&format!("{}: not written", path.display()));
            tally.fatal = true;
        } else {
            match book.finish() {
                Ok(summary) => tally.fatal |= !report_limits(path, &summary),
                Err(e) => {
                    message(&format!(
                        "{}: cannot write the workbook: {e}",
                        path.display()
                    ));
                    tally.fatal = true;
                }
            }
        }
    }
    tally.exit_code()
}

/// Says what Excel's limits made the workbook leave out or cut; false when tasks or
/// inputs are missing from it.
fn report_limits(path: &Path, summary: &LedgerSummary) -> bool {
    let path = path.display();
    if summary.tasks_left_out > 0 {
        message(&format!(
            "{path}: the 任务 sheet reached Excel's limit of 1,048,576 rows: {} tasks were \
             left out (the 文件 sheet names the documents that lost tasks); --csv writes \
             them all",
            summary.tasks_left_out
        ));
    }
    if summary.files_left_out > 0 {
        message(&format!(
            "{path}: the 文件 sheet reached Excel's limit of 1,048,576 rows: {} inputs are \
             not listed",
            summary.files_left_out
        ));
    }
    if summary.cells_cut > 0 {
        message(&format!(
            "{path}: {} cells longer than Excel's 32,767 characters were cut (their rows \
             are marked 复核 for review)",
            summary.cells_cut
        ));
    }
    summary.is_complete()
}

/// A CSV writer to `file` or stdout, its byte order mark and header written.
fn open_csv(file: Option<&Path>) -> Result<csv::Writer<Sink>, ExitCode> {
    let cannot_write = |e: &dyn std::fmt::Display| {
        let target = file.unwrap_or(Path::new("-"));
        message(&format!("{}: cannot write the CSV: {e}", target.display()));
        ExitCode::from(1)
    };
    let mut sink = Sink::open(file).map_err(|e| cannot_write(&e))?;
    // The byte order mark makes Excel and WPS read the file as UTF-8.
    sink.write_all("\u{feff}".as_bytes())
        .map_err(|e| cannot_write(&e))?;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(sink);
    csv.write_record(HEADER).map_err(|e| cannot_write(&e))?;
    Ok(csv)
}

fn usage(text: &str) -> ExitCode {
    message(text);
    ExitCode::from(2)
}
