//! A failed parse as a Python exception: `gongwen::Error` (or a panic, which must never
//! cross into Python as one) becomes an instance of the class that `gongwen/_errors.py`
//! gives its code, with `.code`, `.path`, `.message` and `str()` the line the CLI prints.

use std::any::Any;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

/// What went wrong with one input: plain data, so that it can be made on a worker thread
/// and turned into a Python exception where the GIL is held.
#[derive(Debug, Clone)]
pub struct Failure {
    /// `gongwen::Error::code()`, or "panic".
    code: &'static str,
    message: String,
    path: Option<String>,
}

impl Failure {
    /// The facade's error; `name` stands for its path when the input was bytes given a name.
    pub fn of(error: &gongwen::Error, name: Option<&str>) -> Self {
        let path = match (error.path(), name) {
            (Some(path), _) => Some(path.display().to_string()),
            (None, name) => name.map(str::to_owned),
        };
        Failure {
            code: error.code(),
            message: error.message().to_owned(),
            path,
        }
    }

    /// A panic caught at the boundary (a bug in gongwen): reported like any failure,
    /// with the code `panic`, never as a Python `PanicException` or an abort.
    pub fn panic(payload: &(dyn Any + Send), path: Option<String>) -> Self {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_owned());
        Failure {
            code: "panic",
            message: format!(
                "internal error, a bug in gongwen (please report it with the file): {what}"
            ),
            path,
        }
    }

    /// A failure of the binding itself (code `internal`), not of one input.
    pub fn internal(message: String) -> Self {
        Failure {
            code: "internal",
            message,
            path: None,
        }
    }

    /// What is wrong, without the file.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The whole message, as the CLI prints it after "gongwen: ": the file, then what is
    /// wrong (`<memory>` for unnamed bytes).
    fn text(&self) -> String {
        format!(
            "{}: {}",
            self.path.as_deref().unwrap_or("<memory>"),
            self.message
        )
    }

    /// The exception instance (to raise, or to yield as an item of `parse_many`).
    pub fn instance<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static NEW: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let new = NEW.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
            Ok(py.import("gongwen._errors")?.getattr("_new")?.unbind())
        })?;
        new.bind(py)
            .call1((self.code, &self.message, self.path.as_deref(), self.text()))
    }

    /// The exception to raise.
    pub fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self.instance(py) {
            Ok(instance) => PyErr::from_value(instance),
            Err(e) => e,
        }
    }
}
