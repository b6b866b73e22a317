use thiserror::Error;

/// Why a web page could not be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HtmlError {
    /// The bytes are binary data (an image, an archive), not a web page.
    #[error("not an HTML page: a NUL byte at byte offset {offset} (binary data named .html?)")]
    Binary {
        /// Byte offset of the NUL byte.
        offset: u64,
    },
    /// Too many bytes are malformed in the declared or detected encoding.
    #[error(
        "the page is not valid {encoding}: {count} malformed byte sequences, the first at byte \
         offset {offset} (try --encoding with the right label, e.g. gb18030, big5, utf-8)"
    )]
    Undecodable {
        /// The encoding that was tried.
        encoding: &'static str,
        /// Byte offset of the first malformed sequence.
        offset: u64,
        /// How many sequences were malformed.
        count: usize,
    },
    /// The requested encoding label is unknown.
    #[error(
        "unknown encoding label {0:?} (use a WHATWG label such as utf-8, gb18030, big5, utf-16le)"
    )]
    UnknownEncoding(String),
    /// Elements nest deeper than the limit.
    #[error(
        "the page nests elements deeper than {limit} levels at byte offset {offset} \
         (limit max_xml_depth = {limit}; raise it only for trusted files)"
    )]
    TooDeep {
        /// The limit in force.
        limit: u32,
        /// Byte offset of the start tag that went too deep.
        offset: u64,
    },
    /// A table has more grid cells than the limit.
    #[error(
        "the table at byte offset {offset} has more than {limit} cells \
         (limit max_table_cells = {limit}; split the table, or raise it for trusted files)"
    )]
    TableTooLarge {
        /// The limit in force.
        limit: usize,
        /// Byte offset of the table's start tag.
        offset: u64,
    },
}
