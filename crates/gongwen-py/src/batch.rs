//! `parse_many` (and `tasks` over paths): many files parsed in parallel on Rust threads,
//! handed to Python one at a time, in input order, with the GIL released while waiting.
//!
//! A thread of its own drives `gongwen::parse_many` (a pool of the batch's own, a bounded
//! number of documents in flight) and sends each result into a bounded channel; the
//! Python iterator receives from it. So memory stays bounded however slowly Python
//! consumes, and dropping the iterator stops the batch (the driver's next send fails, it
//! starts no new file and waits for the running ones, as `gongwen batch` does).
//!
//! **Fork guard.** A process forked while a batch runs (Spark and `multiprocessing`
//! workers are forked) holds a copy of the iterator but none of its threads: a
//! `recv` would wait forever, and dropping the channel or the pool could wait on a lock
//! a vanished thread held. The iterator remembers the process it was started in; in any
//! other process `next()` raises `RuntimeError` at once, and dropping it leaks its Rust
//! state instead of touching it. New batches in the child start threads of their own
//! and work as usual.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, sync_channel};
use std::time::Duration;

use gongwen::{Document, Options};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use crate::errors::Failure;
use crate::to_python::to_python;

/// Results waiting in the channel beyond the pool's own window (2 × jobs).
const CHANNEL_BOUND: usize = 4;

/// How often a wait for the next result looks for Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// The input's position and its document (boxed: results wait in a channel) or failure.
type Item = (usize, Result<Box<Document>, Failure>);

/// What each item becomes in Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Yield {
    /// `(path, document dict | GongwenError)`.
    Documents,
    /// `(path, [task row dict, …] | GongwenError)`.
    TaskRows,
}

/// The iterator returned by `gongwen.parse_many`: `(path, document or error)` in the order
/// of the paths.
#[pyclass(module = "gongwen._native", name = "BatchIterator")]
pub struct Batch {
    /// The paths as given, yielded back with their results.
    names: Vec<Py<PyString>>,
    /// `None` once every result was yielded.
    rx: Option<Mutex<Receiver<Item>>>,
    received: usize,
    what: Yield,
    /// The process that started the driver thread.
    pid: u32,
}

impl Batch {
    /// Starts parsing `paths` (each a `str`) on `jobs` threads (0: one per core).
    pub fn start(
        names: Vec<Bound<'_, PyString>>,
        options: Options,
        jobs: usize,
        what: Yield,
    ) -> PyResult<Self> {
        let paths: Vec<PathBuf> = names.iter().map(|n| n.extract()).collect::<PyResult<_>>()?;
        let (tx, rx) = sync_channel::<Item>(CHANNEL_BOUND);
        std::thread::Builder::new()
            .name("gongwen-batch".to_owned())
            .spawn(move || {
                let results = gongwen::parse_many(paths, &options)
                    .jobs(jobs)
                    .map_inputs(|input| {
                        let path = input.path().display().to_string();
                        match catch_unwind(AssertUnwindSafe(|| input.parse())) {
                            Ok(Ok(doc)) => Ok(Box::new(doc)),
                            Ok(Err(e)) => Err(Failure::of(&e, None)),
                            Err(panic) => Err(Failure::panic(&*panic, Some(path))),
                        }
                    });
                for (index, (_, result)) in results.enumerate() {
                    if tx.send((index, result)).is_err() {
                        // The Python iterator is gone: start nothing more.
                        break;
                    }
                }
            })
            .map_err(|e| {
                PyRuntimeError::new_err(format!("cannot start the batch's thread: {e}"))
            })?;
        Ok(Batch {
            names: names.into_iter().map(Bound::unbind).collect(),
            rx: Some(Mutex::new(rx)),
            received: 0,
            what,
            pid: std::process::id(),
        })
    }
}

#[pymethods]
impl Batch {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(mut slf: PyRefMut<'py, Self>) -> PyResult<Option<Bound<'py, PyTuple>>> {
        let py = slf.py();
        if slf.pid != std::process::id() {
            return Err(PyRuntimeError::new_err(format!(
                "this parse_many iterator was started in process {} and this process is a fork \
                 of it: its worker threads do not exist here; start a new parse_many in this \
                 process",
                slf.pid
            )));
        }
        let this = &mut *slf;
        let Some(rx) = this.rx.as_mut() else {
            return Ok(None);
        };
        // `&mut self` (PyRefMut) makes the lock free: the Mutex is only there so that
        // the class is Sync. A second thread calling next() meanwhile gets Python's
        // "already borrowed" error instead of a deadlock.
        let rx = rx.get_mut().map_err(|_| {
            PyRuntimeError::new_err("this parse_many iterator failed earlier and is unusable")
        })?;
        let (index, result) = loop {
            // Moved in as `&mut`: a Receiver is Send but not Sync.
            let waiting = &mut *rx;
            match py.detach(move || waiting.recv_timeout(SIGNAL_CHECK)) {
                Ok(item) => break item,
                Err(RecvTimeoutError::Timeout) => py.check_signals()?,
                Err(RecvTimeoutError::Disconnected) => {
                    this.rx = None;
                    if this.received < this.names.len() {
                        return Err(Failure::internal(format!(
                            "the batch stopped after {} of {} files",
                            this.received,
                            this.names.len()
                        ))
                        .into_pyerr(py));
                    }
                    return Ok(None);
                }
            }
        };
        this.received += 1;
        let name = this
            .names
            .get(index)
            .map(|n| n.clone_ref(py).into_bound(py).into_any())
            .unwrap_or_else(|| py.None().into_bound(py));
        let value = match result {
            Ok(doc) => match this.what {
                Yield::Documents => to_python(py, &*doc)?,
                Yield::TaskRows => to_python(py, &gongwen::ledger::task_rows(&doc))?,
            },
            Err(failure) => failure.instance(py)?,
        };
        Ok(Some(PyTuple::new(py, [name, value])?))
    }

    /// The results still to come (for `list()` and progress bars).
    fn __length_hint__(&self) -> usize {
        self.names.len().saturating_sub(self.received)
    }
}

impl Drop for Batch {
    fn drop(&mut self) {
        if self.pid != std::process::id() {
            // A fork: the channel's other end and the pool belong to threads that do not
            // exist in this process; leave them untouched.
            if let Some(rx) = self.rx.take() {
                std::mem::forget(rx);
            }
        }
    }
}
