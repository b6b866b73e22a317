//! The loop shared by `batch` and `tasks`: inputs through `gongwen::parse_many` on a pool
//! of workers, outcomes in input order to a sink, the report, the progress bar and the
//! closing summary.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::inputs::{Early, Entry, InputArgs, screen};
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
    pub fn as_str(self) -> &'static str {
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
    /// The format read (`txt`, `docx` …), or the format a skipped file is in (`ofd`,
    /// `pdf` …), when known.
    pub format: Option<String>,
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
            format: Some(doc.source.format.as_str().to_owned()),
            error_kind: None,
            message: None,
            warnings,
            payload: Some(payload),
        }
    }

    /// An output that is up to date; `format` as it records.
    pub fn up_to_date(format: Option<String>) -> Self {
        Outcome {
            format,
            ..Self::bare(Status::UpToDate, None, None)
        }
    }

    /// Not a document (a lock file, a file of no known format): skipped, with the reason.
    pub fn skipped(reason: String) -> Self {
        Self::bare(Status::Skipped, None, Some(reason))
    }

    pub fn failed(kind: &'static str, message: String) -> Self {
        Self::bare(Status::Failed, Some(kind), Some(message))
    }

    /// A library error, the message without the path (the report and stderr add it): a
    /// file in a format gongwen does not read is skipped with its format, anything else
    /// failed.
    pub fn error(e: &gongwen::Error) -> Self {
        match e.unsupported_format() {
            Some(format) => Outcome {
                format: Some(format.code().to_owned()),
                ..Self::bare(
                    Status::Skipped,
                    Some(e.code()),
                    Some(e.message().to_owned()),
                )
            },
            None => Self::failed(e.code(), e.message().to_owned()),
        }
    }

    fn bare(status: Status, error_kind: Option<&'static str>, message: Option<String>) -> Self {
        Outcome {
            status,
            format: None,
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
    /// Skipped files by their format ("other" for those of no known format).
    pub skipped_by_format: BTreeMap<String, usize>,
    pub failed: usize,
    pub warnings: usize,
    /// The run stopped because the sink could not be written, or the output is
    /// incomplete.
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

    fn count<T>(&mut self, outcome: &Outcome<T>) {
        match outcome.status {
            Status::Converted => self.converted += 1,
            Status::UpToDate => self.up_to_date += 1,
            Status::Skipped => {
                self.skipped += 1;
                let format = outcome.format.as_deref().unwrap_or(OTHER);
                *self.skipped_by_format.entry(format.to_owned()).or_default() += 1;
            }
            Status::Failed => self.failed += 1,
        }
        self.warnings += outcome.warnings;
    }

    /// "3 skipped (2 pdf, 1 other)": formats by count, then by name, "other" last.
    fn skipped_text(&self) -> String {
        if self.skipped == 0 {
            return "0 skipped".to_owned();
        }
        let mut formats: Vec<(&str, usize)> = self
            .skipped_by_format
            .iter()
            .map(|(f, n)| (f.as_str(), *n))
            .collect();
        formats.sort_by_key(|&(f, n)| (f == OTHER, std::cmp::Reverse(n), f));
        let list: Vec<String> = formats.iter().map(|(f, n)| format!("{n} {f}")).collect();
        format!("{} skipped ({})", self.skipped, list.join(", "))
    }
}

/// The summary's name for skipped files of no known format.
const OTHER: &str = "other";

/// Runs `work` on every entry (in parallel, on `args.jobs` workers) and hands every
/// outcome, in input order, to `sink` (which finds the converted payload in it). Entries
/// that were decided while walking, and files that are not documents, never reach
/// `work`.
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
    S: FnMut(&Path, Outcome<T>) -> io::Result<()>,
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
            match screen(&entry.path) {
                Ok(None) => work(entry, input),
                Ok(Some(reason)) => Outcome::skipped(reason),
                Err(e) => Outcome::error(&e),
            }
        });
    let mut sink_open = true;
    while let Some((path, outcome)) = results.next() {
        tally.count(&outcome);
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
        if let Some(r) = report.as_mut() {
            // Keys in a fixed order: path, status, format, error_kind, message.
            let line = format!(
                "{{\"path\":{},\"status\":\"{}\",\"format\":{},\"error_kind\":{},\"message\":{}}}",
                serde_json::Value::from(path.display().to_string()),
                outcome.status.as_str(),
                serde_json::Value::from(outcome.format.as_deref()),
                serde_json::Value::from(outcome.error_kind),
                serde_json::Value::from(outcome.message.as_deref()),
            );
            if let Err(e) = writeln!(r, "{line}") {
                progress.suspend(|| message(&format!("cannot write the report: {e}")));
                report = None;
                tally.fatal = true;
            }
        }
        if sink_open && let Err(e) = sink(&path, outcome) {
            sink_open = false;
            results.stop();
            if e.kind() != io::ErrorKind::BrokenPipe {
                progress.suspend(|| message(&format!("cannot write the output: {e}")));
                tally.fatal = true;
            }
        }
        progress.inc(1);
    }
    drop(results);
    progress.finish_and_clear();
    if let Some(r) = report
        && let Err(e) = r.finish()
    {
        message(&format!("cannot write the report: {e}"));
        tally.fatal = true;
    }
    let secs = started.elapsed().as_secs_f64();
    let rate = if secs > 0.0 {
        tally.converted as f64 / secs
    } else {
        0.0
    };
    message(&format!(
        "{} files seen: {} converted, {} up to date, {}, {} failed; {} warnings; {:.1} documents/s",
        tally.seen,
        tally.converted,
        tally.up_to_date,
        tally.skipped_text(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_files_are_counted_by_format() {
        let mut tally = Tally::default();
        assert_eq!(tally.skipped_text(), "0 skipped");
        let skip = |format: Option<&str>| Outcome::<()> {
            format: format.map(str::to_owned),
            ..Outcome::skipped(String::new())
        };
        for f in [
            Some("pdf"),
            None,
            Some("ofd"),
            Some("pdf"),
            Some("png"),
            None,
            None,
        ] {
            tally.count(&skip(f));
        }
        tally.count(&Outcome::<()>::failed("io", String::new()));
        assert_eq!(tally.skipped, 7);
        assert_eq!(tally.failed, 1);
        assert_eq!(
            tally.skipped_text(),
            "7 skipped (2 pdf, 1 ofd, 1 png, 3 other)"
        );
    }
}
