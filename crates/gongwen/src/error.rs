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
    /// The file is empty (0 bytes): nothing to parse.
    #[error("the file is empty (0 bytes): an interrupted download or copy? fetch it again")]
    Empty,
    /// An OLE compound file: a legacy .doc, or an encrypted Office file.
    #[error("encrypted or legacy Word .doc file: not supported, save it as .docx")]
    LegacyOrEncrypted,
    /// A format gongwen does not read (yet).
    #[error("{0} is not a supported format (gongwen reads .txt, .docx and .html)")]
    Unsupported(&'static str),
    /// The text reader failed.
    #[error(transparent)]
    Text(#[from] gongwen_text::TextError),
    /// The .docx reader failed.
    #[error(transparent)]
    Docx(#[from] gongwen_docx::DocxError),
    /// The .html reader failed (since 1.3).
    #[error(transparent)]
    Html(#[from] gongwen_html::HtmlError),
    /// A unit alias table is not valid TOML of the expected shape.
    #[error("invalid unit alias table: {0}")]
    Aliases(String),
}

impl ErrorKind {
    /// A stable snake_case name for the kind of error, for reports and logs
    /// (`io`, `too_large`, `legacy_or_encrypted`, `undecodable` …). Names are never
    /// renamed; new kinds add new names.
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::Io(_) => "io",
            ErrorKind::IsADirectory => "is_a_directory",
            ErrorKind::TooLarge { .. } => "too_large",
            ErrorKind::Empty => "empty",
            ErrorKind::LegacyOrEncrypted => "legacy_or_encrypted",
            ErrorKind::Unsupported(_) => "unsupported_format",
            ErrorKind::Text(e) => match e {
                gongwen_text::TextError::Binary { .. } => "not_text",
                gongwen_text::TextError::Undecodable { .. } => "undecodable",
                gongwen_text::TextError::UnknownEncoding(_) => "unknown_encoding",
                gongwen_text::TextError::LineTooLong { .. } => "line_too_long",
                gongwen_text::TextError::TableTooLarge { .. } => "table_too_large",
                // TextError is non-exhaustive: a kind added there reads as a text error
                // until it gets its own name here.
                _ => "text",
            },
            ErrorKind::Aliases(_) => "invalid_aliases",
            ErrorKind::Html(e) => {
                use gongwen_html::HtmlError as H;
                match e {
                    H::Binary { .. } => "not_text",
                    H::Undecodable { .. } => "undecodable",
                    H::UnknownEncoding(_) => "unknown_encoding",
                    H::TooDeep { .. } => "too_deep",
                    H::TableTooLarge { .. } => "table_too_large",
                    // HtmlError is non-exhaustive: a new kind reads as an html error until
                    // it gets its own name here.
                    _ => "html",
                }
            }
            ErrorKind::Docx(e) => {
                use gongwen_docx::DocxError as D;
                match e {
                    D::NotZip => "not_zip",
                    D::LegacyOrEncrypted => "legacy_or_encrypted",
                    D::CorruptZip { .. } | D::CorruptPart { .. } => "corrupt_zip",
                    D::MissingDocumentPart => "no_document_part",
                    D::EncryptedPart { .. } => "encrypted_part",
                    D::PartTooLarge { .. } | D::TotalTooLarge { .. } => "inflated_too_large",
                    D::Xml { .. } => "malformed_xml",
                    D::TooDeep { .. } => "too_deep",
                    D::TableTooLarge { .. } => "table_too_large",
                    // DocxError is non-exhaustive: a new kind reads as a docx error until
                    // it gets its own name here.
                    _ => "docx",
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_snake_case() {
        let kinds = [
            ErrorKind::Io(std::io::Error::other("x")),
            ErrorKind::IsADirectory,
            ErrorKind::TooLarge { limit: 1 },
            ErrorKind::LegacyOrEncrypted,
            ErrorKind::Unsupported("PDF"),
            ErrorKind::Text(gongwen_text::TextError::UnknownEncoding("x".into())),
        ];
        let codes: Vec<&str> = kinds.iter().map(ErrorKind::code).collect();
        assert_eq!(
            codes,
            [
                "io",
                "is_a_directory",
                "too_large",
                "legacy_or_encrypted",
                "unsupported_format",
                "unknown_encoding"
            ]
        );
    }
}
