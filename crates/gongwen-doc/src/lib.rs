//! gongwen's .doc/.wps reader: Word 97–2003 binary files (and WPS Office's .wps, the same
//! format) → format-neutral [`Block`]s, of the same shape as the .docx reader's.
//!
//! [`read_doc`] opens the OLE compound file, reads the File Information Block at the
//! start of the `WordDocument` stream, finds the text through the piece table in the
//! `0Table`/`1Table` stream (8-bit cp1252 pieces and UTF-16 pieces), and walks the main
//! text once, emitting paragraphs and tables in reading order. It never structures: 公文
//! knowledge lives in `gongwen-structure`.
//!
//! What is kept and what is dropped, as the .docx reader does:
//!
//! - fields show their result, never their instruction (a `MERGEFIELD` or `DOCPROPERTY`
//!   filled in by an OA system shows the value it holds);
//! - tracked changes show the document as accepted: deleted text (sprmCFRMarkDel) is
//!   dropped, and a deleted paragraph mark joins its paragraph to the next; hidden text
//!   (sprmCFVanish) is dropped;
//! - tables keep their grid: each row's cell boundaries (sprmTDefTable) give grid
//!   columns and column spans, Word 97 horizontal merges widen the cell before them, and
//!   vertical merge flags (in the row definition or sprmTVertMerge) become row spans; a
//!   header row repeated on each page (sprmTTableHeader) is marked; a table nested in a
//!   cell (sprmPItap, sprmPFInnerTableCell, sprmPFInnerTtp) is flattened to text in it;
//! - text boxes become paragraphs of their own with [`Hints::in_text_box`], placed before
//!   the paragraph that anchors them (matched through the shape id);
//! - headers, footers, footnotes, endnotes, comments and macros are other stories of the
//!   text, never read into the body; pictures and drawn objects show nothing;
//! - automatic list numbering shows the labels Word prints ("一、", "（一）", "1."),
//!   rebuilt from the list tables and counted in reading order.
//!
//! Hints: alignment (sprmPJc, or the paragraph style's), outline level (sprmPOutLvl, or
//! the style's, or a built-in heading style), page breaks. Each block's `loc.offset` is
//! the character position (CP) where it starts in the document's text.
//!
//! Hostile input is refused with a typed [`DocError`] under the [`DocLimits`]: stream
//! sizes are checked before reading, every structure the FIB points to is checked
//! against its stream, pieces must tile the text in order (no overlap, no loop) and
//! hold no more characters than their stream has bytes, sector chains that loop are
//! refused by the compound-file reader, table and field nesting and table cells are
//! counted. Reading is linear in the size of the streams.
//!
//! Not supported (yet): Word 6.0/95 and older files (refused with their own error),
//! encrypted files (refused), piece modifiers given as a single `Prm0` sprm, right-to-left
//! text, and text in embedded objects.
//!
//! ```
//! use gongwen_doc::{read_doc, DocError, DocLimits};
//!
//! // Not an OLE compound file: a typed, actionable error.
//! let err = read_doc(b"plain text", &DocLimits::default()).unwrap_err();
//! assert_eq!(err, DocError::NotOle);
//! ```

mod body;
mod bytes;
mod container;
mod error;
mod fib;
mod fkp;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
mod limits;
mod lists;
mod pieces;
mod props;
mod sprm;
mod story;
mod styles;
mod table;

pub use container::OLE_SIGNATURE;
pub use error::DocError;
pub use gongwen_blocks::Block;
pub use limits::DocLimits;

#[cfg(doc)]
use gongwen_blocks::Hints;

use container::Container;
use fib::Fib;

/// Reads a .doc (or .wps) file into blocks: paragraphs (with layout hints) and tables
/// (with merged cells resolved) in reading order. Each block's `loc.block` is its index in
/// the result, and `loc.offset` the character position where it starts.
///
/// # Errors
///
/// A [`DocError`] when the bytes are not a Word binary document (not an OLE file, an
/// Excel or PowerPoint file, another OLE file), when it is encrypted or older than
/// Word 97, when a structure is damaged, or when a limit of `limits` is exceeded.
pub fn read_doc(bytes: &[u8], limits: &DocLimits) -> Result<Vec<Block>, DocError> {
    let mut container = Container::open(bytes, limits)?;
    let word = container.read_stream("WordDocument")?;
    let fib = Fib::parse(&word)?;
    let table_name = fib.table_stream();
    if !container.has_stream(table_name) {
        return Err(DocError::BadFib {
            detail: format!("the FIB names the table stream {table_name}, which is missing"),
        });
    }
    let table = container.read_stream(table_name)?;
    let data = if container.has_stream("Data") {
        container.read_stream("Data")?
    } else {
        Vec::new()
    };
    let story = story::Story::read(&fib, &word, &table, &data, table_name)?;
    body::BodyBuilder::new(&story, limits.max_depth, limits.max_table_cells).build()
}
