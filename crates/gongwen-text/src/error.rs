use thiserror::Error;

/// Why a .txt input could not be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextError {
    /// The bytes look like binary data, not text.
    #[error("not a text file: {what} at byte offset {offset}")]
    Binary {
        /// What gave it away.
        what: &'static str,
        /// Byte offset of the first offending byte.
        offset: usize,
    },
    /// The bytes are not valid in the detected (or requested) encoding.
    #[error(
        "the text is not valid {encoding} at byte offset {offset}{hint}",
        hint = if *.forced { "" } else { " (try --encoding with the right label, e.g. gb18030, big5, utf-16le)" }
    )]
    Undecodable {
        /// The encoding that was tried.
        encoding: &'static str,
        /// Byte offset of the first malformed sequence.
        offset: usize,
        /// True when the encoding was requested by the caller rather than detected.
        forced: bool,
    },
    /// The requested encoding label is unknown.
    #[error(
        "unknown encoding label {0:?} (use a WHATWG label such as utf-8, gb18030, big5, utf-16le)"
    )]
    UnknownEncoding(String),
}
