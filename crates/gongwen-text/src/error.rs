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
    /// A line is longer than the limit `max_line_bytes` (a file with no line breaks, or not
    /// a text document at all).
    #[error(
        "line {line} is longer than {limit} bytes (limit max_line_bytes = {limit}): \
         not a text document, or raise the limit for trusted files"
    )]
    LineTooLong {
        /// 1-based line number of the offending line.
        line: u32,
        /// The value of `max_line_bytes`.
        limit: usize,
    },
    /// A table has more cells than the limit `max_table_cells`.
    #[error(
        "the table starting at line {start_line} has more than {limit} cells, reached at line \
         {line} (limit max_table_cells = {limit}): split the table, or raise the limit for \
         trusted files"
    )]
    TableTooLarge {
        /// 1-based line number where the table starts.
        start_line: u32,
        /// 1-based line number where the limit was exceeded.
        line: u32,
        /// The value of `max_table_cells`.
        limit: usize,
    },
}
