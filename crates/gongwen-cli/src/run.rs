//! The loop shared by `batch` and `tasks`: inputs through `gongwen::parse_many` on a pool
//! of workers, outcomes in input order to a sink, the report, the progress bar and the
//! closing summary.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::inputs::{Early, Entry, InputArgs, skip_reason};
use crate::output::{Sink, message};

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Converted,
    UpToDate,
    Skipped,
    Failed,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Converted => "converted",
            Status::UpToDate => "up_to_date",
            Status::Skipped => "skipped",
            Status::Failed => "failed",
        }
    }
}

/// One file's outcome, computed on a worker thread; `payload` goes to the sink.
#[derive(Debug)]
pub struct Outcome<T> {
    pub status: Status,
    pub error_kind: Option<&'static str>,
    pub message: Option<String>,
    pub warnings: usize,
    pub payload: Option<T>,
}

impl<T> Outcome<T> {
    pub fn converted(payload: T, doc: &gongwen::Document) -> Self {
        let warnings = doc
            .diagnostics
            .iter()
            .filter(|d| d.level == gongwen::Level::Warning)
            .count();
        Outcome {
            status: Status::Converted,
            error_kind: None,
            message: None,
            warnings,
            payload: Some(payload),
        }
    }

    pub fn up_to_date() -> Self {
        Self::bare(Status::UpToDate, None, None)
    }

    pub fn skipped(reason: String) -> Self {
        Self::bare(Status::Skipped, None, Some(reason))
    }

    pub fn failed(kind: &'static str, message: String) -> Self {
        Self::bare(Status::Failed, Some(kind), Some(message))
    }

    /// A library error; the message without the path (the report and stderr add it).
    pub fn error(e: &gongwen::Error) -> Self {
        Self::failed(e.code(), e.message().to_owned())
    }

    fn bare(status: Status, error_kind: Option<&'static str>, message: Option<String>) -> Self {
        Outcome {
            status,
            error_kind,
            message,
            warnings: 0,
            payload: None,
        }
    }
}

/// The counts of the closing summary.
#[derive(Debug, Default)]
pub struct Tally {
    pub seen: usize,
    pub converted: usize,
    pub up_to_date: usize,
    pub skipped: usize,
    pub failed: usize,
    pub warnings: usize,
    /// The run stopped because the sink could not be written.
    pub fatal: bool,
}

impl Tally {
    /// 1 when a file failed or the output could not be written, else 0.
    pub fn exit_code(&self) -> ExitCode {
        if self.failed > 0 || self.fatal {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Runs `work` on every entry (in parallel, on `args.jobs` workers) and hands each
/// converted payload to `sink` in input order. Entries that were decided while walking,
/// and files that are not documents, never reach `work`.
pub fn drive<T, W, S>(
    args: &InputArgs,
    options: &gongwen::Options,
    entries: Vec<Entry>,
    work: W,
    mut sink: S,
) -> Tally
where
    T: Send + 'static,
    W: Fn(&Entry, gongwen::Input) -> Outcome<T> + Send + Sync + 'static,
    S: FnMut(T) -> io::Result<()>,
{
    let started = Instant::now();
    let mut tally = Tally {
        seen: entries.len(),
        ..Tally::default()
    };
    let mut report = match args
        .report
        .as_deref()
        .map(|p| Sink::open(Some(p)))
        .transpose()
    {
        Ok(r) => r,
        Err(e) => {
            if let Some(p) = &args.report {
                message(&format!("{}: cannot write the report: {e}", p.display()));
            }
            tally.fatal = true;
            return tally;
        }
    };
    let progress = progress_bar(entries.len());
    let entries = Arc::new(entries);
    let shared = Arc::clone(&entries);
    let paths: Vec<&Path> = entries.iter().map(|e| e.path.as_path()).collect();
    let mut results = gongwen::parse_many(paths, options)
        .jobs(args.jobs.map_or(0, usize::from))
        // This thread only writes the outputs in order: with one job it parses too, and
        // no input goes to a pool thread and back.
        .inline_single_job(true)
        .map_inputs(move |input| {
            let Some(entry) = shared.get(input.index()) else {
                return Outcome::failed("internal", "input out of range".to_owned());
            };
            match &entry.early {
                Some(Early::Skipped(reason)) => return Outcome::skipped(reason.clone()),
                Some(Early::Failed(kind, msg)) => return Outcome::failed(kind, msg.clone()),
                None => {}
            }
            match skip_reason(&entry.path) {
                Ok(Some(reason)) => Outcome::skipped(reason),
                Ok(None) => work(entry, input),
                Err(e) => Outcome::failed("io", format!("cannot read the file: {e}")),
            }
        });
    let mut sink_open = true;
    while let Some((path, outcome)) = results.next() {
        match outcome.status {
            Status::Converted => tally.converted += 1,
            Status::UpToDate => tally.up_to_date += 1,
            Status::Skipped => tally.skipped += 1,
            Status::Failed => tally.failed += 1,
        }
        tally.warnings += outcome.warnings;
        if outcome.status == Status::Failed {
            let text = format!(
                "{}: {}",
                path.display(),
                outcome.message.as_deref().unwrap_or("failed")
            );
            progress.suspend(|| message(&text));
            if args.fail_fast {
                results.stop();
            }
        }
        if let (Some(payload), true) = (outcome.payload, sink_open) {
            if let Err(e) = sink(payload) {
                sink_open = false;
                results.stop();
                if e.kind() != io::ErrorKind::BrokenPipe {
                    progress.suspend(|| message(&format!("cannot write the output: {e}")));
                    tally.fatal = true;
                }
            }
        }
        if let Some(r) = report.as_mut() {
            // Keys in a fixed order: path, status, error_kind, message.
            let line = format!(
                "{{\"path\":{},\"status\":\"{}\",\"error_kind\":{},\"message\":{}}}",
                serde_json::Value::from(path.display().to_string()),
                outcome.status.as_str(),
                serde_json::Value::from(outcome.error_kind),
                serde_json::Value::from(outcome.message),
            );
            if let Err(e) = writeln!(r, "{line}") {
                progress.suspend(|| message(&format!("cannot write the report: {e}")));
                report = None;
                tally.fatal = true;
            }
        }
        progress.inc(1);
    }
    drop(results);
    progress.finish_and_clear();
    if let Some(r) = report {
        if let Err(e) = r.finish() {
            message(&format!("cannot write the report: {e}"));
            tally.fatal = true;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let rate = if secs > 0.0 {
        tally.converted as f64 / secs
    } else {
        0.0
    };
    message(&format!(
        "{} files seen: {} converted, {} up to date, {} skipped, {} failed; {} warnings; {:.1} documents/s",
        tally.seen,
        tally.converted,
        tally.up_to_date,
        tally.skipped,
        tally.failed,
        tally.warnings,
        rate
    ));
    tally
}

/// A bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(len: usize) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} files, eta {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
