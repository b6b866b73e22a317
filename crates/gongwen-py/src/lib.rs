//! `gongwen._native`: the Rust half of the Python package `gongwen` (the public API, its
//! documentation and the typed stub are in `python/gongwen/`).
//!
//! Everything goes through the `gongwen` facade, so Python gets the same documents, the
//! same JSON and the same errors as the CLI. The GIL is released while Rust parses;
//! documents become Python objects straight from the Rust types ([`to_python`]); a panic
//! never crosses into Python (it becomes a `GongwenError` with the code `panic`).

mod batch;
mod errors;
mod options;
mod to_python;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use gongwen::{Document, Options};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::batch::{Batch, Yield};
use crate::errors::Failure;
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

fn parse_path_doc(
    py: Python<'_>,
    path: &Path,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'_, PyAny>>,
) -> PyResult<Document> {
    let options = options::options(py, format, encoding, unit_aliases)?;
    let shown = path.display().to_string();
    parse_detached(py, Some(&shown), || {
        gongwen::parse_path_with(path, &options).map_err(|e| Failure::of(&e, None))
    })
}

fn parse_bytes_doc(
    py: Python<'_>,
    data: &[u8],
    name: Option<&str>,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'_, PyAny>>,
) -> PyResult<Document> {
    let mut options = options::options(py, format, encoding, unit_aliases)?;
    parse_detached(py, name, || {
        let failed = |e: gongwen::Error| Failure::of(&e, name);
        // A name stands for the file's path: its extension helps detection, as for a
        // file (a .doc that is really HTML), and it is recorded as `source.path`.
        if let (Some(name), None) = (name, format) {
            let format = gongwen::detect_format(data, Some(Path::new(name))).map_err(failed)?;
            options = options.format(format);
        }
        let mut doc = gongwen::parse_bytes_with(data, &options).map_err(failed)?;
        if let Some(name) = name {
            doc.source.path = Some(name.to_owned());
        }
        Ok(doc)
    })
}

/// Parses the file at `path` into a document dict.
#[pyfunction]
#[pyo3(signature = (path, format=None, encoding=None, unit_aliases=None))]
fn parse_path<'py>(
    py: Python<'py>,
    path: PathBuf,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let doc = parse_path_doc(py, &path, format, encoding, unit_aliases)?;
    to_python(py, &doc)
}

/// Parses bytes into a document dict; `name` is recorded as `source.path`.
#[pyfunction]
#[pyo3(signature = (data, name=None, format=None, encoding=None, unit_aliases=None))]
fn parse_bytes<'py>(
    py: Python<'py>,
    data: &[u8],
    name: Option<&str>,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let doc = parse_bytes_doc(py, data, name, format, encoding, unit_aliases)?;
    to_python(py, &doc)
}

/// Parses the file at `path` into compact JSON (UTF-8 bytes).
#[pyfunction]
#[pyo3(signature = (path, format=None, encoding=None, unit_aliases=None))]
fn parse_path_json<'py>(
    py: Python<'py>,
    path: PathBuf,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyBytes>> {
    let doc = parse_path_doc(py, &path, format, encoding, unit_aliases)?;
    Ok(json_bytes(py, &doc))
}

/// Parses bytes into compact JSON (UTF-8 bytes).
#[pyfunction]
#[pyo3(signature = (data, name=None, format=None, encoding=None, unit_aliases=None))]
fn parse_bytes_json<'py>(
    py: Python<'py>,
    data: &[u8],
    name: Option<&str>,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyBytes>> {
    let doc = parse_bytes_doc(py, data, name, format, encoding, unit_aliases)?;
    Ok(json_bytes(py, &doc))
}

fn json_bytes<'py>(py: Python<'py>, doc: &Document) -> Bound<'py, PyBytes> {
    let json = py.detach(|| gongwen::to_json(doc));
    PyBytes::new(py, json.as_bytes())
}

/// Starts parsing `paths` in parallel; yields `(path, document | error)` in input order.
#[pyfunction]
#[pyo3(signature = (paths, jobs=None, format=None, encoding=None, unit_aliases=None, task_rows=false))]
fn parse_many(
    py: Python<'_>,
    paths: Vec<Bound<'_, PyString>>,
    jobs: Option<usize>,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'_, PyAny>>,
    task_rows: bool,
) -> PyResult<Batch> {
    let options: Options = options::options(py, format, encoding, unit_aliases)?;
    let jobs = options::jobs(jobs)?;
    let what = if task_rows {
        Yield::TaskRows
    } else {
        Yield::Documents
    };
    Batch::start(paths, options, jobs, what)
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
    Ok(to_python(py, &gongwen::task_rows::rows(&doc))?.cast_into::<PyList>()?)
}

/// The JSON Schema of the document, as a dict.
#[pyfunction]
fn schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let schema: serde_json::Value = serde_json::from_str(&gongwen::schema_json())
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    to_python(py, &schema)
}

/// The Rust half of the `gongwen` package.
#[pymodule(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse_path, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_path_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(document_task_rows, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_class::<Batch>()?;
    m.add("SCHEMA_VERSION", gongwen::SCHEMA_VERSION)?;
    m.add("GENERATOR", gongwen::GENERATOR)?;
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    m.add("TASK_COLUMNS", gongwen::task_rows::COLUMNS.to_vec())?;
    Ok(())
}
