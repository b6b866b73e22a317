//! The keyword arguments shared by `parse`, `parse_many` and `tasks`, as `gongwen::Options`,
//! and the thread count of batch calls.

use std::path::PathBuf;

use gongwen::{Format, Options, UnitAliases};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyMapping;

use crate::errors::Failure;

/// The formats `format=` accepts, by their JSON names.
const FORMATS: [Format; 3] = [Format::Txt, Format::Docx, Format::Doc];

/// Options from `format=`, `encoding=` and `unit_aliases=` (a mapping of printed name to
/// full name, or the path of a TOML alias table as the CLI's `--unit-aliases` reads).
pub fn options(
    py: Python<'_>,
    format: Option<&str>,
    encoding: Option<String>,
    unit_aliases: Option<&Bound<'_, PyAny>>,
) -> PyResult<Options> {
    let mut options = Options::new();
    if let Some(name) = format {
        let format = FORMATS
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                let known: Vec<&str> = FORMATS.iter().map(|f| f.as_str()).collect();
                PyValueError::new_err(format!(
                    "unknown format {name:?}: expected one of {}",
                    known.join(", ")
                ))
            })?;
        options = options.format(format);
    }
    if let Some(label) = encoding {
        options = options.encoding(label);
    }
    if let Some(aliases) = unit_aliases {
        options = options.unit_aliases(unit_aliases_of(py, aliases)?);
    }
    Ok(options)
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
