//! Many inputs at once: parsed in parallel on a pool of worker threads, yielded in input
//! order, with a bounded number of documents in memory.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

use crate::{Document, Error, Options};

/// Parses every file of `paths` in parallel and yields `(path, result)` pairs **in the
/// order of `paths`**, whatever order the parses finish in.
///
/// The work runs on a pool of its own ([`ParseMany::jobs`] threads, all cores by default),
/// never on rayon's global pool. `paths` is read lazily, and at most
/// [`ParseMany::in_flight`] inputs are held at once (being parsed, or parsed and waiting
/// for their turn), so memory stays flat however many files there are. One failing file
/// is one `Err` item; the others are parsed as usual.
///
/// Dropping the iterator early starts no new parse and waits for the ones already
/// running, so no work is left half done; [`ParseMany::stop`] does the same while still
/// yielding what was already started.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dir = std::env::temp_dir().join(format!("gongwen-parse-many-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let mut paths = Vec::new();
/// for serial in 1..=3 {
///     let path = dir.join(format!("notice-{serial}.txt"));
///     let text = format!(
///         "平政办字〔2024〕{serial}号\n平阴县人民政府办公室\n关于做好防汛工作的通知\n\
///          各镇人民政府：\n请认真抓好落实。\n平阴县人民政府办公室\n2024年6月28日\n"
///     );
///     std::fs::write(&path, text)?;
///     paths.push(path);
/// }
/// paths.push(dir.join("missing.txt"));
///
/// let options = gongwen::Options::new();
/// let mut serials = Vec::new();
/// let mut failed = Vec::new();
/// for (path, result) in gongwen::parse_many(&paths, &options).jobs(2) {
///     match result {
///         Ok(doc) => serials.push(doc.doc_number.map(|n| n.serial)),
///         Err(e) => failed.push((path, e.code())),
///     }
/// }
/// assert_eq!(serials, [Some(1), Some(2), Some(3)]); // input order, not finishing order
/// assert_eq!(failed, [(dir.join("missing.txt"), "io")]);
/// std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
pub fn parse_many<'a, I>(paths: I, options: &Options) -> ParseMany<'a, Result<Document, Error>>
where
    I: IntoIterator,
    I::Item: AsRef<Path>,
    I::IntoIter: 'a,
{
    ParseMany {
        paths: Box::new(
            paths
                .into_iter()
                .map(|p| p.as_ref().to_path_buf())
                .enumerate(),
        ),
        work: Arc::new(Input::parse),
        options: Arc::new(options.clone()),
        jobs: 0,
        in_flight: 0,
        inline_single: false,
        stopped: false,
        run: None,
    }
}

/// One input of [`parse_many`], handed to the work function of [`ParseMany::map_inputs`]
/// on a worker thread. Its bytes are read at most once, however they are used.
#[derive(Debug)]
pub struct Input {
    index: usize,
    path: PathBuf,
    options: Arc<Options>,
    bytes: Option<Vec<u8>>,
}

impl Input {
    /// Its position in the input order (0-based).
    pub fn index(&self) -> usize {
        self.index
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The options of the batch.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The file's bytes, read on first use (within `Limits::max_input_bytes`).
    pub fn bytes(&mut self) -> Result<&[u8], Error> {
        let bytes = match self.bytes.take() {
            Some(bytes) => bytes,
            None => crate::read_capped(&self.path, self.options.limits.max_input_bytes)
                .map_err(|e| e.at(Some(&self.path)))?,
        };
        Ok(self.bytes.insert(bytes))
    }

    /// Lowercase hex SHA-256 of the file's bytes: what the document records as
    /// `source.sha256`, known before parsing.
    pub fn sha256(&mut self) -> Result<String, Error> {
        self.bytes().map(crate::sha256_hex)
    }

    /// Parses the input (as [`crate::parse_path_with`] does, reusing the bytes when they
    /// were read already).
    pub fn parse(self) -> Result<Document, Error> {
        match &self.bytes {
            Some(bytes) => crate::parse_inner(bytes, Some(&self.path), &self.options)
                .map_err(|e| e.at(Some(&self.path))),
            None => crate::parse_path_with(&self.path, &self.options),
        }
    }
}

type Work<T> = Arc<dyn Fn(Input) -> T + Send + Sync>;
type Done<T> = (usize, PathBuf, std::thread::Result<T>);

/// The iterator of [`parse_many`]: `(path, result)` in input order.
///
/// Configure it before the first call to `next` ([`jobs`](Self::jobs),
/// [`in_flight`](Self::in_flight), [`inline_single_job`](Self::inline_single_job),
/// [`map_inputs`](Self::map_inputs)).
#[must_use = "an iterator does nothing until it is iterated"]
pub struct ParseMany<'a, T> {
    paths: Box<dyn Iterator<Item = (usize, PathBuf)> + 'a>,
    work: Work<T>,
    options: Arc<Options>,
    jobs: usize,
    in_flight: usize,
    /// With one job, run the work on the iterating thread.
    inline_single: bool,
    stopped: bool,
    run: Option<Run<T>>,
}

struct Run<T> {
    /// `None` when no thread could be started: the work then runs on the caller's thread.
    pool: Option<rayon::ThreadPool>,
    tx: mpsc::Sender<Done<T>>,
    rx: mpsc::Receiver<Done<T>>,
    /// Results for the indices `next_out ..`, in order; `None` while still running.
    pending: VecDeque<Option<(PathBuf, std::thread::Result<T>)>>,
    next_out: usize,
    /// Started and not yet received from a worker.
    outstanding: usize,
    window: usize,
}

impl<'a, T: Send + 'static> ParseMany<'a, T> {
    /// Parses on `n` worker threads (0, the default, means one per available core).
    pub fn jobs(mut self, n: usize) -> Self {
        self.jobs = n;
        self
    }

    /// Holds at most `n` inputs at once, started but not yet yielded (0, the default,
    /// means twice the number of jobs). This bounds the memory used.
    pub fn in_flight(mut self, n: usize) -> Self {
        self.in_flight = n;
        self
    }

    /// With `jobs(1)`, runs the work on the thread that iterates instead of on a pool
    /// thread of its own (ignored with more than one job). One job parses one input at a
    /// time either way; on the calling thread no input is handed to another thread and
    /// back, which costs a wake-up and two context switches per input (a tenth of the
    /// time of a small notice in `gongwen batch --jobs 1`). For callers that do nothing
    /// else while iterating; a caller that must stay free (a GUI, Python's interpreter
    /// thread) keeps the default, a pool thread.
    pub fn inline_single_job(mut self, inline: bool) -> Self {
        self.inline_single = inline;
        self
    }

    /// Runs `work` on each input on the worker threads instead of only parsing it, and
    /// yields its results in input order. Whatever `work` does (hash the input and skip
    /// it, parse it, render or write its JSON …) then runs in parallel.
    ///
    /// A panic in `work` is raised again on the thread that iterates, when that input's
    /// turn comes.
    pub fn map_inputs<U, F>(self, work: F) -> ParseMany<'a, U>
    where
        F: Fn(Input) -> U + Send + Sync + 'static,
        U: Send + 'static,
    {
        ParseMany {
            paths: self.paths,
            work: Arc::new(work),
            options: self.options,
            jobs: self.jobs,
            in_flight: self.in_flight,
            inline_single: self.inline_single,
            stopped: self.stopped,
            run: None,
        }
    }

    /// Starts no further input; the ones already started are still yielded, then the
    /// iterator ends.
    pub fn stop(&mut self) {
        self.stopped = true;
    }

    fn start(&mut self) -> Run<T> {
        // No thread of the pool builds a shared table while the process may fork.
        crate::warm_up();
        let jobs = if self.jobs == 0 {
            std::thread::available_parallelism().map_or(1, usize::from)
        } else {
            self.jobs
        };
        let window = if self.in_flight == 0 {
            jobs.saturating_mul(2)
        } else {
            self.in_flight
        };
        let pool = if jobs == 1 && self.inline_single {
            None
        } else {
            rayon::ThreadPoolBuilder::new()
                .num_threads(jobs)
                .thread_name(|i| format!("gongwen-parse-{i}"))
                .build()
                .ok()
        };
        let (tx, rx) = mpsc::channel();
        Run {
            pool,
            tx,
            rx,
            pending: VecDeque::new(),
            next_out: 0,
            outstanding: 0,
            window: window.max(1),
        }
    }
}

impl<T> Run<T> {
    fn place(&mut self, (index, path, result): Done<T>) {
        if let Some(slot) = index
            .checked_sub(self.next_out)
            .and_then(|i| self.pending.get_mut(i))
        {
            *slot = Some((path, result));
        }
    }
}

impl<T: Send + 'static> Iterator for ParseMany<'_, T> {
    type Item = (PathBuf, T);

    fn next(&mut self) -> Option<Self::Item> {
        if self.run.is_none() {
            self.run = Some(self.start());
        }
        let run = self.run.as_mut()?;
        loop {
            // Start inputs until the window is full.
            while !self.stopped && run.pending.len() < run.window {
                let Some((index, path)) = self.paths.next() else {
                    self.stopped = true;
                    break;
                };
                let input = Input {
                    index,
                    path: path.clone(),
                    options: Arc::clone(&self.options),
                    bytes: None,
                };
                run.pending.push_back(None);
                let work = Arc::clone(&self.work);
                match &run.pool {
                    Some(pool) => {
                        let tx = run.tx.clone();
                        run.outstanding += 1;
                        pool.spawn(move || {
                            let result = catch_unwind(AssertUnwindSafe(|| work(input)));
                            // The receiver is gone only when the iterator was dropped.
                            let _ = tx.send((index, path, result));
                        });
                    }
                    None => {
                        let result = catch_unwind(AssertUnwindSafe(|| work(input)));
                        run.place((index, path, result));
                    }
                }
            }
            if let Some(Some(_)) = run.pending.front() {
                let (path, result) = run.pending.pop_front().flatten()?;
                run.next_out += 1;
                return match result {
                    Ok(value) => Some((path, value)),
                    Err(panic) => resume_unwind(panic),
                };
            }
            if run.pending.is_empty() || run.outstanding == 0 {
                return None;
            }
            let done = run.rx.recv().ok()?;
            run.outstanding -= 1;
            run.place(done);
        }
    }
}

impl<T> Drop for Run<T> {
    fn drop(&mut self) {
        // Let the running parses finish (their work may be writing files) before the
        // pool goes away.
        while self.outstanding > 0 {
            if self.rx.recv().is_err() {
                break;
            }
            self.outstanding -= 1;
        }
    }
}

impl<T> std::fmt::Debug for ParseMany<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParseMany")
            .field("jobs", &self.jobs)
            .field("in_flight", &self.in_flight)
            .field("inline_single_job", &self.inline_single)
            .field("stopped", &self.stopped)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_with_a_bounded_window() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let live = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let paths: Vec<PathBuf> = (0..200).map(|i| PathBuf::from(format!("{i}"))).collect();
        let (l, p) = (Arc::clone(&live), Arc::clone(&peak));
        let out: Vec<usize> = parse_many(&paths, &Options::default())
            .jobs(3)
            .in_flight(5)
            .map_inputs(move |input| {
                let now = l.fetch_add(1, Ordering::SeqCst) + 1;
                p.fetch_max(now, Ordering::SeqCst);
                // Later inputs finish first.
                std::thread::sleep(std::time::Duration::from_micros(
                    (200 - input.index() as u64) % 7 * 50,
                ));
                l.fetch_sub(1, Ordering::SeqCst);
                input.index()
            })
            .map(|(path, i)| {
                assert_eq!(path, PathBuf::from(format!("{i}")));
                i
            })
            .collect();
        assert_eq!(out, (0..200).collect::<Vec<_>>());
        assert!(peak.load(Ordering::SeqCst) <= 3);
    }

    #[test]
    fn stop_yields_what_was_started_then_ends() {
        let paths: Vec<PathBuf> = (0..100).map(|i| PathBuf::from(format!("{i}"))).collect();
        let mut it = parse_many(&paths, &Options::default())
            .jobs(2)
            .in_flight(4)
            .map_inputs(|input| input.index());
        assert_eq!(it.next().map(|(_, i)| i), Some(0));
        it.stop();
        let rest: Vec<usize> = it.map(|(_, i)| i).collect();
        assert_eq!(rest, [1, 2, 3]);
    }

    #[test]
    fn one_job_inline_runs_on_the_calling_thread_in_order() {
        let paths: Vec<PathBuf> = (0..20).map(|i| PathBuf::from(format!("{i}"))).collect();
        let caller = std::thread::current().id();
        let run = |inline: bool| -> Vec<(usize, bool)> {
            parse_many(&paths, &Options::default())
                .jobs(1)
                .inline_single_job(inline)
                .map_inputs(move |input| (input.index(), std::thread::current().id() == caller))
                .map(|(_, r)| r)
                .collect()
        };
        assert_eq!(run(true), (0..20).map(|i| (i, true)).collect::<Vec<_>>());
        assert_eq!(run(false), (0..20).map(|i| (i, false)).collect::<Vec<_>>());
        // Ignored with more than one job.
        let pooled: Vec<bool> = parse_many(&paths, &Options::default())
            .jobs(2)
            .inline_single_job(true)
            .map_inputs(move |_| std::thread::current().id() == caller)
            .map(|(_, on_caller)| on_caller)
            .collect();
        assert!(pooled.iter().all(|on_caller| !on_caller));
    }

    #[test]
    fn a_panicking_work_function_panics_the_caller() {
        let paths = ["a", "b"];
        let caught = catch_unwind(AssertUnwindSafe(|| {
            parse_many(paths, &Options::default())
                .jobs(1)
                .map_inputs(|input| {
                    if input.index() == 1 {
                        panic!("boom");
                    }
                })
                .count()
        }));
        assert!(caught.is_err());
    }
}
