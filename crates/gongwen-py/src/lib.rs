//! `gongwen._native`: the Rust half of the Python package `gongwen` (the public API, its
//! documentation and the typed stub are in `python/gongwen/`).
//!
//! Everything goes through the `gongwen` facade, so Python gets the same documents, the
//! same JSON and the same errors as the CLI. The GIL is released while Rust parses;
//! documents become Python objects straight from the Rust types (`src/to_python.rs`); a panic
//! never crosses into Python (it becomes a `GongwenError` with the code `panic`).

mod batch;
mod errors;
mod options;
mod to_python;
mod xlsx;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use gongwen::Document;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::batch::{Batch, Yield};
use crate::errors::Failure;
use crate::options::Options;
use crate::to_python::to_python;

/// Runs `parse` with the GIL released, a panic becoming a [`Failure`].
fn parse_detached(
    py: Python<'_>,
    path: Option<&str>,
    parse: impl FnOnce() -> Result<Document, Failure> + Send,
) -> PyResult<Document> {
    py.detach(|| {
        catch_unwind(AssertUnwindSafe(parse))
            .unwrap_or_else(|panic| Err(Failure::panic(&*panic, path.map(str::to_owned))))
    })
    .map_err(|f| f.into_pyerr(py))
}

fn parse_path_doc(py: Python<'_>, path: &Path, options: &Options) -> PyResult<Document> {
    let shown = path.display().to_string();
    parse_detached(py, Some(&shown), || {
        gongwen::parse_path_with(path, &options.inner).map_err(|e| Failure::of(&e, None))
    })
}

fn parse_bytes_doc(
    py: Python<'_>,
    data: &[u8],
    name: Option<&str>,
    options: &Options,
) -> PyResult<Document> {
    parse_detached(py, name, || {
        let failed = |e: gongwen::Error| Failure::of(&e, name);
        let detected;
        let mut inner = &options.inner;
        // A name stands for the file's path: its extension helps detection, as for a
        // file (a .doc that is really HTML), and it is recorded as `source.path`.
        if let (Some(name), None) = (name, options.format) {
            let format = gongwen::detect_format(data, Some(Path::new(name))).map_err(failed)?;
            detected = options.inner.clone().format(format);
            inner = &detected;
        }
        let mut doc = gongwen::parse_bytes_with(data, inner).map_err(failed)?;
        if let Some(name) = name {
            doc.source.path = Some(name.to_owned());
        }
        Ok(doc)
    })
}

/// Parses the file at `path` into a document dict.
#[pyfunction]
fn parse_path<'py>(
    py: Python<'py>,
    path: PathBuf,
    options: &Bound<'py, Options>,
) -> PyResult<Bound<'py, PyAny>> {
    let doc = parse_path_doc(py, &path, options.get())?;
    to_python(py, &doc)
}

/// Parses bytes into a document dict; `name` is recorded as `source.path`.
#[pyfunction]
fn parse_bytes<'py>(
    py: Python<'py>,
    data: &[u8],
    name: Option<&str>,
    options: &Bound<'py, Options>,
) -> PyResult<Bound<'py, PyAny>> {
    let doc = parse_bytes_doc(py, data, name, options.get())?;
    to_python(py, &doc)
}

/// Parses the file at `path` into compact JSON (UTF-8 bytes).
#[pyfunction]
fn parse_path_json<'py>(
    py: Python<'py>,
    path: PathBuf,
    options: &Bound<'py, Options>,
) -> PyResult<Bound<'py, PyBytes>> {
    let doc = parse_path_doc(py, &path, options.get())?;
    Ok(json_bytes(py, &doc))
}

/// Parses bytes into compact JSON (UTF-8 bytes).
#[pyfunction]
fn parse_bytes_json<'py>(
    py: Python<'py>,
    data: &[u8],
    name: Option<&str>,
    options: &Bound<'py, Options>,
) -> PyResult<Bound<'py, PyBytes>> {
    let doc = parse_bytes_doc(py, data, name, options.get())?;
    Ok(json_bytes(py, &doc))
}

fn json_bytes<'py>(py: Python<'py>, doc: &Document) -> Bound<'py, PyBytes> {
    let json = py.detach(|| gongwen::to_json(doc));
    PyBytes::new(py, json.as_bytes())
}

/// Starts parsing `paths` in parallel; yields `(path, document | error)` in input order
/// (or `(path, [task row, …] | error)` with `task_rows`).
#[pyfunction]
#[pyo3(signature = (paths, jobs, options, task_rows=false))]
fn parse_many(
    paths: Vec<Bound<'_, PyString>>,
    jobs: Option<usize>,
    options: &Bound<'_, Options>,
    task_rows: bool,
) -> PyResult<Batch> {
    let jobs = options::jobs(jobs)?;
    let what = if task_rows {
        Yield::TaskRows
    } else {
        Yield::Documents
    };
    Batch::start(paths, options.get().inner.clone(), jobs, what)
}

/// The task rows of a document dict (as `parse` returns, or `json.loads` of the CLI's JSON).
#[pyfunction]
fn document_task_rows<'py>(
    py: Python<'py>,
    document: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let doc: Document = pythonize::depythonize(document).map_err(|e| {
        pyo3::exceptions::PyValueError::new_err(format!(
            "not a gongwen document (a dict as gongwen.parse returns): {e}"
        ))
    })?;
    Ok(to_python(py, &gongwen::ledger::task_rows(&doc))?.cast_into::<PyList>()?)
}

/// The JSON Schema of the document, as a dict.
#[pyfunction]
fn schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let schema: serde_json::Value = serde_json::from_str(&gongwen::schema_json())
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    to_python(py, &schema)
}

/// For the benchmarks (bench/bench_objects.py): the mean seconds of `repeat` parses of
/// `data` in Rust alone, and of `repeat` conversions of its document to Python objects
/// (each freed before the next, as a loop over files does).
#[pyfunction]
fn _bench_parse_and_convert(py: Python<'_>, data: &[u8], repeat: u32) -> PyResult<(f64, f64)> {
    let repeat = repeat.max(1);
    let options = gongwen::Options::new();
    let parse = || gongwen::parse_bytes_with(data, &options).map_err(|e| Failure::of(&e, None));
    let doc = parse().map_err(|f| f.into_pyerr(py))?;
    let per_doc = |start: std::time::Instant| start.elapsed().as_secs_f64() / f64::from(repeat);
    let start = std::time::Instant::now();
    for _ in 0..repeat {
        std::hint::black_box(parse().map_err(|f| f.into_pyerr(py))?);
    }
    let parse_secs = per_doc(start);
    let start = std::time::Instant::now();
    for _ in 0..repeat {
        std::hint::black_box(to_python(py, &doc)?);
    }
    Ok((parse_secs, per_doc(start)))
}

/// The Rust half of the `gongwen` package.
#[pymodule(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // Spark and multiprocessing fork workers: build the shared tables before any thread can.
    gongwen::warm_up();
    m.add_function(wrap_pyfunction!(parse_path, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_path_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(document_task_rows, m)?)?;
    m.add_function(wrap_pyfunction!(xlsx::tasks_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_parse_and_convert, m)?)?;
    m.add_class::<Batch>()?;
    m.add_class::<Options>()?;
    m.add("SCHEMA_VERSION", gongwen::SCHEMA_VERSION)?;
    m.add("GENERATOR", gongwen::GENERATOR)?;
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    m.add("TASK_COLUMNS", gongwen::ledger::COLUMNS.to_vec())?;
    Ok(())
}
