//! The keyword arguments shared by `parse`, `parse_many` and `tasks` (`format`, `encoding`,
//! `unit_aliases`, `limits`), built once into an `Options` object, and the thread count of
//! batch calls.

use std::path::PathBuf;

use gongwen::{Format, Limits, UnitAliases};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyMapping;

use crate::errors::Failure;

/// The formats `format=` accepts, by their JSON names.
const FORMATS: [Format; 4] = [Format::Txt, Format::Docx, Format::Doc, Format::Html];

/// The options of a parse (`gongwen::Options`), made once and shared by every file of a
/// batch.
#[pyclass(module = "gongwen._native", name = "Options", frozen)]
pub struct Options {
    pub inner: gongwen::Options,
    /// Whether `format=` was given (detection is skipped then).
    pub format: Option<Format>,
}

#[pymethods]
impl Options {
    /// `format`: "txt", "docx", "doc" or "html"; `encoding`: a WHATWG label; `unit_aliases`: a
    /// mapping {printed name: full name} or the path of a TOML alias table; `limits`: a
    /// mapping of limit names (`max_input_bytes`, `max_part_bytes`, `max_total_bytes`,
    /// `max_xml_depth`, `max_table_cells`, `max_line_bytes`) to values.
    #[new]
    #[pyo3(signature = (format=None, encoding=None, unit_aliases=None, limits=None))]
    fn new(
        py: Python<'_>,
        format: Option<&str>,
        encoding: Option<String>,
        unit_aliases: Option<&Bound<'_, PyAny>>,
        limits: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut inner = gongwen::Options::new();
        let format = format.map(format_named).transpose()?;
        if let Some(format) = format {
            inner = inner.format(format);
        }
        if let Some(label) = encoding {
            inner = inner.encoding(label);
        }
        if let Some(aliases) = unit_aliases {
            inner = inner.unit_aliases(unit_aliases_of(py, aliases)?);
        }
        if let Some(limits) = limits {
            inner = inner.limits(limits_of(limits)?);
        }
        Ok(Options { inner, format })
    }
}

fn format_named(name: &str) -> PyResult<Format> {
    FORMATS
        .into_iter()
        .find(|f| f.as_str().eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            let known: Vec<&str> = FORMATS.iter().map(|f| f.as_str()).collect();
            PyValueError::new_err(format!(
                "unknown format {name:?}: expected one of {}",
                known.join(", ")
            ))
        })
}

fn unit_aliases_of(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<UnitAliases> {
    if let Ok(mapping) = value.cast::<PyMapping>() {
        let mut pairs = Vec::new();
        for item in mapping.items()?.iter() {
            let (name, full_name): (String, String) = item.extract().map_err(|_| {
                PyTypeError::new_err("unit_aliases: every key and value must be a str")
            })?;
            pairs.push((name, full_name));
        }
        return Ok(pairs.into_iter().collect());
    }
    let path: PathBuf = value.extract().map_err(|_| {
        PyTypeError::new_err(
            "unit_aliases must be a mapping {printed name: full name} or the path of a TOML \
             alias table",
        )
    })?;
    gongwen::load_unit_aliases(&path).map_err(|e| Failure::of(&e, None).into_pyerr(py))
}

fn limits_of(value: &Bound<'_, PyAny>) -> PyResult<Limits> {
    let mapping = value
        .cast::<PyMapping>()
        .map_err(|_| PyTypeError::new_err("limits must be a mapping {limit name: value}"))?;
    let mut limits = Limits::default();
    for item in mapping.items()?.iter() {
        let (name, value): (String, u64) = item.extract().map_err(|_| {
            PyTypeError::new_err(
                "limits: each key must be a limit name and each value a whole number >= 0",
            )
        })?;
        let too_big = || PyValueError::new_err(format!("limits: {name} = {value} is too large"));
        match name.as_str() {
            "max_input_bytes" => limits.max_input_bytes = value,
            "max_part_bytes" => limits.max_part_bytes = value,
            "max_total_bytes" => limits.max_total_bytes = value,
            "max_xml_depth" => limits.max_xml_depth = value.try_into().map_err(|_| too_big())?,
            "max_table_cells" => {
                limits.max_table_cells = value.try_into().map_err(|_| too_big())?
            }
            "max_line_bytes" => limits.max_line_bytes = value.try_into().map_err(|_| too_big())?,
            _ => {
                return Err(PyValueError::new_err(format!(
                    "limits: unknown limit {name:?}: expected max_input_bytes, max_part_bytes, \
                     max_total_bytes, max_xml_depth, max_table_cells or max_line_bytes"
                )));
            }
        }
    }
    Ok(limits)
}

/// The worker threads of a batch call: `jobs=` when given, else `GONGWEN_THREADS`, else 0
/// (one per core).
pub fn jobs(jobs: Option<usize>) -> PyResult<usize> {
    if let Some(n) = jobs {
        return Ok(n);
    }
    match std::env::var("GONGWEN_THREADS") {
        Ok(value) if !value.trim().is_empty() => value.trim().parse().map_err(|_| {
            PyValueError::new_err(format!(
                "GONGWEN_THREADS must be a whole number of threads (0 for one per core), not \
                 {value:?}"
            ))
        }),
        _ => Ok(0),
    }
}
