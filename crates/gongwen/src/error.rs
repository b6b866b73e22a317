use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// A file that could not be parsed: which file, and why.
#[derive(Debug)]
pub struct Error {
    path: Option<PathBuf>,
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(path: Option<&Path>, kind: ErrorKind) -> Self {
        Error {
            path: path.map(Path::to_path_buf),
            kind,
        }
    }

    /// The file, when the input was read from a path.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}: {}", path.display(), self.kind),
            None => write!(f, "<memory>: {}", self.kind),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.kind)
    }
}

/// Why an input could not be parsed.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Io(#[source] std::io::Error),
    /// The path names a directory.
    #[error("is a directory, not a file")]
    IsADirectory,
    /// The input is larger than `Limits::max_input_bytes`.
    #[error("the input is larger than the limit max_input_bytes = {limit} bytes")]
    TooLarge {
        /// The limit in force.
        limit: u64,
    },
    /// An OLE compound file: a legacy .doc, or an encrypted Office file.
    #[error("encrypted or legacy Word .doc file: not supported, save it as .docx")]
    LegacyOrEncrypted,
    /// A format gongwen does not read (yet).
    #[error("{0} is not a supported format (gongwen reads .txt and .docx)")]
    Unsupported(&'static str),
    /// The text reader failed.
    #[error(transparent)]
    Text(#[from] gongwen_text::TextError),
}
