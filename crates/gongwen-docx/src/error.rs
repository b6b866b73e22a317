//! The reader's error type: every way a .docx can be refused, with the context needed to act.

/// Why a .docx could not be read.
///
/// Every variant names what went wrong in words a user can act on; XML errors name the
/// part and the byte offset inside the inflated part, limit errors name the limit and
/// its value.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    /// The bytes are not a zip archive at all (a .docx is a zip package).
    #[error("not a zip archive, so not a .docx file")]
    NotZip,
    /// The bytes are an OLE compound file: a legacy Word 97-2003 .doc or a password-protected
    /// (encrypted) .docx, which Word also stores as an OLE file.
    #[error("encrypted or legacy Word .doc file: not supported, save it as .docx")]
    LegacyOrEncrypted,
    /// The zip archive is truncated or corrupt (no central directory, bad header, …).
    #[error("truncated or corrupt zip archive: {detail}")]
    CorruptZip {
        /// What the zip reader reported.
        detail: String,
    },
    /// One part of the archive could not be inflated (truncated data, bad checksum,
    /// unsupported compression method, …).
    #[error("truncated or corrupt zip archive: cannot read part {part}: {detail}")]
    CorruptPart {
        /// The part's name inside the package.
        part: String,
        /// What the zip reader reported.
        detail: String,
    },
    /// A zip archive without a Word main document part.
    #[error(
        "zip archive has no Word document part (no officeDocument relationship in _rels/.rels \
         and no word/document.xml): not a .docx file"
    )]
    MissingDocumentPart,
    /// A part of the archive is encrypted with a zip password.
    #[error("part {part} is encrypted with a zip password: not supported")]
    EncryptedPart {
        /// The part's name inside the package.
        part: String,
    },
    /// A part inflates to more than `max_part_bytes` (a zip bomb, or a limit set too low).
    #[error(
        "part {part} inflates to more than {limit} bytes (limit max_part_bytes = {limit}): \
         refused (zip bomb?)"
    )]
    PartTooLarge {
        /// The part's name inside the package.
        part: String,
        /// The value of `max_part_bytes`.
        limit: u64,
    },
    /// The parts read inflate to more than `max_total_bytes` together.
    #[error(
        "the parts read inflate to more than {limit} bytes in total (limit max_total_bytes = \
         {limit}), reached while reading part {part}: refused (zip bomb?)"
    )]
    TotalTooLarge {
        /// The part being read when the limit was reached.
        part: String,
        /// The value of `max_total_bytes`.
        limit: u64,
    },
    /// A part is not well-formed XML.
    #[error("malformed XML in part {part} at byte offset {offset}: {message}")]
    Xml {
        /// The part's name inside the package.
        part: String,
        /// Byte offset inside the inflated part.
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// A part nests elements (or tables) deeper than `max_depth`.
    #[error(
        "XML in part {part} nests deeper than {limit} levels at byte offset {offset} \
         (limit max_xml_depth = {limit}): refused"
    )]
    TooDeep {
        /// The part's name inside the package.
        part: String,
        /// Byte offset inside the inflated part.
        offset: u64,
        /// The value of `max_depth`.
        limit: u32,
    },
    /// A table has more cells than `max_table_cells`.
    #[error(
        "a table in part {part} has more than {limit} cells, reached at byte offset {offset} \
         (limit max_table_cells = {limit}): split the table, or raise the limit for trusted \
         files"
    )]
    TableTooLarge {
        /// The part's name inside the package.
        part: String,
        /// Byte offset inside the inflated part where the limit was exceeded.
        offset: u64,
        /// The value of `max_table_cells`.
        limit: usize,
    },
}
