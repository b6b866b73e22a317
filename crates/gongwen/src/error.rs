//! The facade's error: which input, what kind of failure (a stable code), a message a
//! user can act on, and the underlying error.
//!
//! # Adding a reader's errors
//!
//! A reader crate keeps its own error enum (`TextError`, `DocxError`, `DocError`,
//! `HtmlError`); this module turns it into an [`Error`] in [`crate::reader_errors`], so
//! that no reader's type appears in the facade's API. For a new reader:
//!
//! 1. add a variant to [`ErrorKind`] for each new way the reader refuses a file, with its
//!    code in [`ErrorKind::code`] (snake_case, never renamed afterwards) and a line in the
//!    README's error table; reuse an existing kind where the meaning is the same
//!    (`too_large`, `table_too_large`, `undecodable` …);
//! 2. in `reader_errors.rs`, write `impl From<NewReaderError> for Error`: one `match` from
//!    the reader's variants to kinds, ending in a fallback kind for the variants a later
//!    version of the reader adds, and add the cases to its test;
//! 3. `?` on the reader's result in `read_blocks` then does the rest: the message is the
//!    reader's `Display`, and `source()` returns the reader's error.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::UnsupportedFormat;

/// An input that could not be parsed: which file, what kind of failure, and why.
///
/// `Display` gives the whole message, prefixed by the file ("a.docx: malformed XML in part
/// word/document.xml at byte offset 812: …", or `<memory>` for bytes); [`Error::message`]
/// gives it without the file; [`Error::code`] a stable name for reports and logs;
/// [`std::error::Error::source`] the underlying error (an [`std::io::Error`], a reader's
/// error, a TOML error) for callers that walk the chain or downcast.
///
/// ```
/// let err = gongwen::parse_path("no/such/file.txt").unwrap_err();
/// assert_eq!(err.kind(), gongwen::ErrorKind::Io);
/// assert_eq!(err.code(), "io");
/// assert_eq!(err.path(), Some(std::path::Path::new("no/such/file.txt")));
/// let io = std::error::Error::source(&err).and_then(|s| s.downcast_ref::<std::io::Error>());
/// assert_eq!(io.map(std::io::Error::kind), Some(std::io::ErrorKind::NotFound));
/// ```
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    message: Cow<'static, str>,
    /// The format the file turned out to be, when it is one gongwen does not read.
    unsupported: Option<UnsupportedFormat>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    /// An error of the facade's own, with no underlying error.
    pub(crate) fn new(kind: ErrorKind, message: impl Into<Cow<'static, str>>) -> Self {
        Error {
            kind,
            path: None,
            message: message.into(),
            unsupported: None,
            source: None,
        }
    }

    /// The same error, saying that the file is in `format`, which gongwen does not read.
    pub(crate) fn in_format(mut self, format: UnsupportedFormat) -> Self {
        self.unsupported = Some(format);
        self
    }

    /// An error caused by `source`, whose message is `message`.
    pub(crate) fn caused_by(
        kind: ErrorKind,
        message: impl Into<Cow<'static, str>>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error {
            source: Some(Box::new(source)),
            ..Error::new(kind, message)
        }
    }

    /// An error whose message is the `Display` of `source` (a reader's error).
    pub(crate) fn from_reader(
        kind: ErrorKind,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::caused_by(kind, source.to_string(), source)
    }

    /// The file could not be read.
    pub(crate) fn io(source: std::io::Error) -> Self {
        Error::caused_by(
            ErrorKind::Io,
            format!("cannot read the file: {source}"),
            source,
        )
    }

    /// The same error, about the file at `path`.
    pub(crate) fn at(mut self, path: Option<&Path>) -> Self {
        self.path = path.map(Path::to_path_buf);
        self
    }

    /// What kind of failure it is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable name of its kind, as `self.kind().code()`: `io`, `not_text`,
    /// `malformed_xml` … (the `error_kind` of `gongwen batch` reports).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The format the file is in, when it is one gongwen recognises and does not read: a
    /// PDF, an OFD file, a spreadsheet, an image, an archive … ([`UnsupportedFormat`]).
    ///
    /// `Some` for every error of the kind [`ErrorKind::UnsupportedFormat`], and for the
    /// .doc reader's [`ErrorKind::ExcelFile`] (`xls`), [`ErrorKind::PowerPointFile`]
    /// (`ppt`) and [`ErrorKind::NoWordDocument`] (`ole`), which find out what an OLE file
    /// holds by opening it. `gongwen batch` and `gongwen tasks` report such files as
    /// *skipped* with this format, not as failed.
    ///
    /// ```
    /// let err = gongwen::parse_bytes_with(b"\x89PNG\r\n\x1a\n\0\0", &gongwen::Options::new())
    ///     .unwrap_err();
    /// assert_eq!(err.unsupported_format().map(|f| f.code()), Some("png"));
    /// let err = gongwen::parse_bytes(b"\0\x01binary", gongwen::Format::Txt).unwrap_err();
    /// assert_eq!(err.unsupported_format(), None);
    /// ```
    pub fn unsupported_format(&self) -> Option<UnsupportedFormat> {
        self.unsupported
    }

    /// The file, when the input was read from a path.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// What is wrong and where, without the file: "not a text file: a NUL byte at byte
    /// offset 12".
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}: {}", path.display(), self.message),
            None => write!(f, "<memory>: {}", self.message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("unsupported", &self.unsupported)
            .field("source", &self.source)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

/// What kind of failure an [`Error`] is; [`ErrorKind::code`] names it.
///
/// New kinds are added in minor versions (as new readers arrive), so a `match` on it needs
/// a `_` arm. A reader's own error enum is mapped onto these kinds in one `From` impl per
/// reader (`crates/gongwen/src/reader_errors.rs`); the steps for a new reader are in the
/// docs at the top of `crates/gongwen/src/error.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read (not found, no permission …): `io`.
    Io,
    /// The path names a directory: `is_a_directory`.
    IsADirectory,
    /// The file is empty (0 bytes): `empty`.
    Empty,
    /// The input is larger than `Limits::max_input_bytes`: `too_large`.
    TooLarge,
    /// A format gongwen recognises and does not read (PDF, OFD, a spreadsheet, an image,
    /// an archive …; [`Error::unsupported_format`] says which): `unsupported_format`.
    UnsupportedFormat,
    /// An OLE compound file: a legacy .doc, or an encrypted Office file:
    /// `legacy_or_encrypted`.
    LegacyOrEncrypted,
    /// .txt, .html: binary data, not text: `not_text`.
    NotText,
    /// .txt, .html: bytes not valid in the detected or requested encoding: `undecodable`.
    Undecodable,
    /// The requested encoding label is unknown: `unknown_encoding`.
    UnknownEncoding,
    /// .txt: a line longer than `Limits::max_line_bytes`: `line_too_long`.
    LineTooLong,
    /// A table with more cells than `Limits::max_table_cells`: `table_too_large`.
    TableTooLarge,
    /// .docx: not a zip archive: `not_zip`.
    NotZip,
    /// .docx: a truncated or corrupt zip archive, or a part that cannot be inflated:
    /// `corrupt_zip`.
    CorruptZip,
    /// .docx: a zip archive without a Word document part: `no_document_part`.
    NoDocumentPart,
    /// .docx: a part encrypted with a zip password: `encrypted_part`.
    EncryptedPart,
    /// .docx: a part, or all parts together, inflate beyond `Limits::max_part_bytes` or
    /// `Limits::max_total_bytes`: `inflated_too_large`.
    InflatedTooLarge,
    /// .docx: a part that is not well-formed XML: `malformed_xml`.
    MalformedXml,
    /// .docx, .html: XML or HTML elements nested deeper than `Limits::max_xml_depth`:
    /// `too_deep`.
    TooDeep,
    /// A file taken for a Word binary document (.doc/.wps) is not an OLE compound file: `not_ole`.
    NotOle,
    /// The OLE compound file of a .doc/.wps is damaged (a broken or looping sector chain): `corrupt_ole`.
    CorruptOle,
    /// The .doc/.wps is encrypted (the FIB's fEncrypted, or an EncryptionInfo stream): `encrypted`.
    Encrypted,
    /// An Excel workbook in an OLE file named like a Word document: `excel_file`.
    ExcelFile,
    /// A PowerPoint presentation in an OLE file named like a Word document: `powerpoint_file`.
    PowerPointFile,
    /// An OLE compound file with no WordDocument stream: `no_word_document`.
    NoWordDocument,
    /// A Word binary file older than Word 97 (Word 6.0/95): `unsupported_doc_version`.
    UnsupportedDocVersion,
    /// A .doc/.wps whose FIB, piece table or property pages point outside its streams: `corrupt_doc`.
    CorruptDoc,
    /// Any other failure of the .doc/.wps reader: `doc`.
    Doc,
    /// A unit alias table that is not valid TOML of the expected shape: `invalid_aliases`.
    InvalidAliases,
    /// Another .txt reader error, one without a kind of its own yet: `text`.
    Text,
    /// Another .docx reader error, one without a kind of its own yet: `docx`.
    Docx,
    /// Another .html reader error, one without a kind of its own yet: `html`.
    Html,
}

impl ErrorKind {
    /// A stable snake_case name for the kind, for reports and logs: `io`, `too_large`,
    /// `legacy_or_encrypted`, `undecodable` … Names are never renamed; new kinds add new
    /// names.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::IsADirectory => "is_a_directory",
            ErrorKind::Empty => "empty",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::UnsupportedFormat => "unsupported_format",
            ErrorKind::LegacyOrEncrypted => "legacy_or_encrypted",
            ErrorKind::NotText => "not_text",
            ErrorKind::Undecodable => "undecodable",
            ErrorKind::UnknownEncoding => "unknown_encoding",
            ErrorKind::LineTooLong => "line_too_long",
            ErrorKind::TableTooLarge => "table_too_large",
            ErrorKind::NotZip => "not_zip",
            ErrorKind::CorruptZip => "corrupt_zip",
            ErrorKind::NoDocumentPart => "no_document_part",
            ErrorKind::EncryptedPart => "encrypted_part",
            ErrorKind::InflatedTooLarge => "inflated_too_large",
            ErrorKind::MalformedXml => "malformed_xml",
            ErrorKind::TooDeep => "too_deep",
            ErrorKind::NotOle => "not_ole",
            ErrorKind::CorruptOle => "corrupt_ole",
            ErrorKind::Encrypted => "encrypted",
            ErrorKind::ExcelFile => "excel_file",
            ErrorKind::PowerPointFile => "powerpoint_file",
            ErrorKind::NoWordDocument => "no_word_document",
            ErrorKind::UnsupportedDocVersion => "unsupported_doc_version",
            ErrorKind::CorruptDoc => "corrupt_doc",
            ErrorKind::Doc => "doc",
            ErrorKind::InvalidAliases => "invalid_aliases",
            ErrorKind::Text => "text",
            ErrorKind::Docx => "docx",
            ErrorKind::Html => "html",
        }
    }
}

impl fmt::Display for ErrorKind {
    /// The [`code`](ErrorKind::code).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;

    #[test]
    fn codes_are_stable_snake_case() {
        use ErrorKind as K;
        let kinds = [
            (K::Io, "io"),
            (K::IsADirectory, "is_a_directory"),
            (K::Empty, "empty"),
            (K::TooLarge, "too_large"),
            (K::UnsupportedFormat, "unsupported_format"),
            (K::LegacyOrEncrypted, "legacy_or_encrypted"),
            (K::NotText, "not_text"),
            (K::Undecodable, "undecodable"),
            (K::UnknownEncoding, "unknown_encoding"),
            (K::LineTooLong, "line_too_long"),
            (K::TableTooLarge, "table_too_large"),
            (K::NotZip, "not_zip"),
            (K::CorruptZip, "corrupt_zip"),
            (K::NoDocumentPart, "no_document_part"),
            (K::EncryptedPart, "encrypted_part"),
            (K::InflatedTooLarge, "inflated_too_large"),
            (K::MalformedXml, "malformed_xml"),
            (K::TooDeep, "too_deep"),
            (K::NotOle, "not_ole"),
            (K::CorruptOle, "corrupt_ole"),
            (K::Encrypted, "encrypted"),
            (K::ExcelFile, "excel_file"),
            (K::PowerPointFile, "powerpoint_file"),
            (K::NoWordDocument, "no_word_document"),
            (K::UnsupportedDocVersion, "unsupported_doc_version"),
            (K::CorruptDoc, "corrupt_doc"),
            (K::Doc, "doc"),
            (K::InvalidAliases, "invalid_aliases"),
            (K::Text, "text"),
            (K::Docx, "docx"),
            (K::Html, "html"),
        ];
        for (kind, code) in kinds {
            assert_eq!(kind.code(), code);
            assert_eq!(kind.to_string(), code);
        }
    }

    #[test]
    fn the_path_prefixes_the_message_and_the_source_is_chained() {
        let err = Error::io(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "denied",
        ))
        .at(Some(Path::new("a/b.txt")));
        assert_eq!(err.to_string(), "a/b.txt: cannot read the file: denied");
        assert_eq!(err.message(), "cannot read the file: denied");
        let source = err
            .source()
            .and_then(|s| s.downcast_ref::<std::io::Error>())
            .map(std::io::Error::kind);
        assert_eq!(source, Some(std::io::ErrorKind::PermissionDenied));

        let own = Error::new(ErrorKind::Empty, "the file is empty (0 bytes)");
        assert_eq!(own.to_string(), "<memory>: the file is empty (0 bytes)");
        assert!(own.source().is_none());
    }

    #[test]
    fn errors_cross_threads() {
        fn send_sync<T: Send + Sync + 'static>() {}
        send_sync::<Error>();
    }
}
