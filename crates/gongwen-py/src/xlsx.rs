//! `gongwen.tasks_xlsx`: the task ledger as an .xlsx workbook, written by the facade's
//! `gongwen::ledger::XlsxLedger` — the writer of `gongwen tasks --xlsx`, so Python gets the
//! same workbook (任务 and 文件 sheets, dates as dates, rows to review shaded, Excel's
//! limits handled) in the same constant memory.
//!
//! The whole job (parsing in parallel, writing rows, saving) runs on a thread of its own,
//! since the batch's iterator cannot leave the thread that made it; the calling Python
//! thread waits with the GIL released and looks for Ctrl-C every [`SIGNAL_CHECK`]. On
//! KeyboardInterrupt the job stops between two documents and the workbook is not written
//! (its temporary file is removed), as when the CLI stops short; a workbook already being
//! saved is finished first (whole, never half).

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{RecvTimeoutError, sync_channel};
use std::time::Duration;

use gongwen::ledger::{FileRow, FileStatus, LedgerEntry, LedgerSummary, XlsxLedger};
use pyo3::exceptions::{PyOSError, PyRuntimeError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::Failure;
use crate::options::{self, Options};

/// How often the wait for the workbook looks for Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// What the job's thread hands back: the summary, `None` when it was stopped, or why the
/// workbook could not be written (a panic caught on the way is a [`Failure`]).
type Outcome = Result<Result<Option<LedgerSummary>, io::Error>, Failure>;

/// Parses `paths` on `jobs` threads (0: one per core) and writes their ledger to `out`
/// (atomically). Every input is a row of the 文件 sheet, failed and skipped ones too;
/// only the output's errors raise (`OSError` naming `out`). Returns the summary as a dict:
/// `files`, `tasks`, `tasks_left_out`, `files_left_out`, `cells_cut`.
#[pyfunction]
#[pyo3(signature = (paths, out, jobs, options))]
pub fn tasks_xlsx<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    out: PathBuf,
    jobs: Option<usize>,
    options: &Bound<'py, Options>,
) -> PyResult<Bound<'py, PyDict>> {
    let jobs = options::jobs(jobs)?;
    let options = options.get().inner.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, mut rx) = sync_channel::<Outcome>(1);
    let worker = {
        let (stop, out) = (Arc::clone(&stop), out.clone());
        std::thread::Builder::new()
            .name("gongwen-tasks-xlsx".to_owned())
            .spawn(move || {
                let outcome = catch_unwind(AssertUnwindSafe(|| {
                    write(paths, &options, jobs, &out, &stop)
                }))
                .map_err(|panic| Failure::panic(&*panic, None));
                // The receiver is gone only if the caller is; nothing to tell then.
                let _ = tx.send(outcome);
            })
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start the job's thread: {e}")))?
    };
    let outcome = loop {
        // Moved in as `&mut`: a Receiver is Send but not Sync.
        let waiting = &mut rx;
        match py.detach(move || waiting.recv_timeout(SIGNAL_CHECK)) {
            Ok(outcome) => break outcome,
            Err(RecvTimeoutError::Timeout) => {
                if let Err(interrupt) = py.check_signals() {
                    // Stop between two documents, and wait for the temporary file to go.
                    stop.store(true, Ordering::Relaxed);
                    let _ = py.detach(move || worker.join());
                    return Err(interrupt);
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Err(Failure::internal(
                    "the workbook's thread ended without a result".to_owned(),
                )
                .into_pyerr(py));
            }
        }
    };
    // The thread has sent its last word; joining only reaps it.
    let _ = py.detach(move || worker.join());
    match outcome {
        Ok(Ok(Some(summary))) => summary_dict(py, &summary),
        // Stopped only on a signal, which returned above.
        Ok(Ok(None)) => {
            Err(Failure::internal("the workbook was not written".to_owned()).into_pyerr(py))
        }
        Ok(Err(e)) => Err(os_error(py, &e, &out)),
        Err(failure) => Err(failure.into_pyerr(py)),
    }
}

/// The job: every input's entry added in input order, then the workbook saved. `None`
/// when `stop` was set (the workbook is dropped unwritten).
fn write(
    paths: Vec<PathBuf>,
    options: &gongwen::Options,
    jobs: usize,
    out: &Path,
    stop: &AtomicBool,
) -> io::Result<Option<LedgerSummary>> {
    let mut book = XlsxLedger::create(out)?;
    let entries = gongwen::parse_many(paths, options)
        .jobs(jobs)
        .map_inputs(|input| {
            let path = input.path().to_path_buf();
            match catch_unwind(AssertUnwindSafe(|| input.parse())) {
                Ok(result) => LedgerEntry::from_result(path, &result),
                // A bug met in one file fails that file's row, as an error would.
                Err(panic) => {
                    let failure = Failure::panic(&*panic, None);
                    LedgerEntry::not_read(FileRow::not_read(
                        path,
                        FileStatus::Failed,
                        None,
                        failure.message(),
                    ))
                }
            }
        });
    for (_, entry) in entries {
        if stop.load(Ordering::Relaxed) {
            return Ok(None);
        }
        book.add(&entry)?;
    }
    if stop.load(Ordering::Relaxed) {
        return Ok(None);
    }
    // Once saving, the workbook is written whole even if Ctrl-C comes meanwhile.
    book.finish().map(Some)
}

fn summary_dict<'py>(py: Python<'py>, summary: &LedgerSummary) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("files", summary.files)?;
    dict.set_item("tasks", summary.tasks)?;
    dict.set_item("tasks_left_out", summary.tasks_left_out)?;
    dict.set_item("files_left_out", summary.files_left_out)?;
    dict.set_item("cells_cut", summary.cells_cut)?;
    Ok(dict)
}

/// An output error as Python's `OSError(errno, message, filename)`, which Python turns into
/// the subclass of the errno (`PermissionError`, `FileNotFoundError` …).
fn os_error(py: Python<'_>, e: &io::Error, out: &Path) -> PyErr {
    let filename = out.display().to_string();
    let message = format!("cannot write the workbook: {e}");
    // The temporary file's errors come wrapped with its own path (tempfile's error type),
    // which hides the system's errno: take the one of the error's kind.
    let errno = e.raw_os_error().or_else(|| {
        let name = errno_name(e.kind())?;
        py.import("errno").ok()?.getattr(name).ok()?.extract().ok()
    });
    match errno {
        Some(errno) => PyOSError::new_err((errno, message, filename)),
        None => PyOSError::new_err(format!("{filename}: {message}")),
    }
}

/// The errno of Python's `errno` module for an error kind that has one.
fn errno_name(kind: io::ErrorKind) -> Option<&'static str> {
    use io::ErrorKind as K;
    Some(match kind {
        K::NotFound => "ENOENT",
        K::PermissionDenied => "EACCES",
        K::AlreadyExists => "EEXIST",
        K::NotADirectory => "ENOTDIR",
        K::IsADirectory => "EISDIR",
        K::ReadOnlyFilesystem => "EROFS",
        K::StorageFull => "ENOSPC",
        _ => return None,
    })
}
