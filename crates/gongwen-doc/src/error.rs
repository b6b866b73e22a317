//! The reader's error type: every way a .doc can be refused, with the context needed to act.

/// Why a .doc (or .wps) could not be read.
///
/// Every variant says what the file is or what is wrong in words a user can act on;
/// structural errors name the stream and the byte offset, limit errors the limit.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    /// The bytes are not an OLE compound file (a .doc is one).
    #[error("not an OLE compound file, so not a Word .doc or WPS .wps file")]
    NotOle,
    /// The compound file's own structure is broken: truncated, a sector chain that loops
    /// or points past the end, a damaged directory.
    #[error(
        "corrupt OLE compound file: {detail}: the file is damaged or cut short, fetch it again"
    )]
    CorruptContainer {
        /// What the compound-file reader reported.
        detail: String,
    },
    /// The document is password-protected.
    #[error(
        "the document is password-protected ({how}): not supported, remove the password in \
         Word/WPS and save it again"
    )]
    Encrypted {
        /// How it is protected.
        how: &'static str,
    },
    /// An Excel workbook in a file named or passed as a Word document.
    #[error("an Excel workbook (.xls), not a Word document: not supported")]
    Excel,
    /// A PowerPoint presentation in a file named or passed as a Word document.
    #[error("a PowerPoint presentation (.ppt), not a Word document: not supported")]
    PowerPoint,
    /// Some other OLE compound file (an Outlook message, an installer, a Visio drawing …).
    #[error(
        "an OLE compound file without a WordDocument stream, so not a Word document (its streams: {streams})"
    )]
    NoWordDocument {
        /// The top-level stream names, for the user to recognise the file.
        streams: String,
    },
    /// A Word file older than Word 97 (Word 6.0 or 95), whose layout differs.
    #[error(
        "a Word 6.0/95 or older binary file (nFib = {nfib:#06x}): not supported, open it in \
         Word/WPS and save it as .docx"
    )]
    UnsupportedVersion {
        /// The FIB's version number.
        nfib: u16,
    },
    /// The `WordDocument` stream does not start with a valid File Information Block.
    #[error("invalid File Information Block in the WordDocument stream: {detail}")]
    BadFib {
        /// What is wrong.
        detail: String,
    },
    /// A structure the FIB points to lies (partly) outside its stream.
    #[error(
        "{what} at byte offset {offset} ({len} bytes) lies past the end of the {stream} stream \
         ({stream_len} bytes): the file is damaged or cut short"
    )]
    OutOfRange {
        /// Which structure.
        what: &'static str,
        /// Which stream (`WordDocument`, `0Table`, `1Table`).
        stream: &'static str,
        /// Where it starts.
        offset: u64,
        /// Its length.
        len: u64,
        /// The stream's length.
        stream_len: u64,
    },
    /// The piece table (CLX), which says where the text is, is damaged.
    #[error("corrupt piece table (CLX) in the {stream} stream: {detail}")]
    BadPieceTable {
        /// The table stream's name.
        stream: &'static str,
        /// What is wrong.
        detail: String,
    },
    /// A stream is larger than `max_stream_bytes`.
    #[error(
        "stream {stream} is larger than {limit} bytes (limit max_part_bytes = {limit}): refused"
    )]
    StreamTooLarge {
        /// The stream's name.
        stream: String,
        /// The value of `max_stream_bytes`.
        limit: u64,
    },
    /// Tables or fields nest deeper than `max_depth`.
    #[error(
        "tables or fields nest deeper than {limit} levels at character position {cp} (limit \
         max_xml_depth = {limit}): refused"
    )]
    TooDeep {
        /// The character position where the limit was passed.
        cp: u64,
        /// The value of `max_depth`.
        limit: u32,
    },
    /// A table has more cells than `max_table_cells`.
    #[error(
        "a table has more than {limit} cells, reached at character position {cp} (limit \
         max_table_cells = {limit}): split the table, or raise the limit for trusted files"
    )]
    TableTooLarge {
        /// The character position where the limit was passed.
        cp: u64,
        /// The value of `max_table_cells`.
        limit: usize,
    },
}
