//! gongwen's .docx reader: Office Open XML bytes → format-neutral [`Block`]s.
//!
//! [`read_docx`] opens the zip package, follows its relationships to the main document
//! part (and its styles and numbering parts), and emits the body's paragraphs and tables
//! in reading order. It never structures: 公文 knowledge lives in `gongwen-structure`.
//!
//! What a reader of Word files usually loses is kept here:
//!
//! - **automatic numbering** is rendered as Word shows it ("一、", "（二）", "1.2",
//!   "第3条") and put at the start of the text, and in [`Hints::list_label`];
//! - fields show their result, tracked changes show the document as accepted
//!   (insertions kept, deletions dropped), `mc:AlternateContent` contributes one branch;
//! - text boxes become paragraphs of their own with [`Hints::in_text_box`], placed once,
//!   before the paragraph that anchors them;
//! - tables keep their grid: `w:gridSpan` and `w:vMerge` become column and row spans,
//!   `w:gridBefore` shifts the row's first column, `w:tblHeader` marks repeated header rows.
//!   A table nested in a cell (or a table in a text box) is flattened to text: cells joined
//!   by tabs, rows by line feeds, appended to the cell (or emitted as a text-box paragraph).
//!
//! Headers, footers, footnotes, endnotes and comments are other parts and are never read
//! into the body. Empty paragraphs are dropped; a page break they held moves to the next
//! paragraph (but never across a table). A paragraph whose mark is a tracked deletion joins
//! the next one, as Word shows it with changes accepted. Hidden text (`w:vanish` on a run)
//! is dropped.
//!
//! Hostile input is refused with a typed [`DocxError`] under the [`DocxLimits`]: inflated
//! sizes are checked while inflating (never trusting the zip header), nesting depth is
//! bounded and nothing recurses per XML level, DTD entities are never expanded, a table's
//! grid is counted against `max_table_cells` as it is read, and a numbering level's text
//! (repeated into every numbered paragraph) is capped. Reading is linear in the size of
//! the inflated parts.
//!
//! Not supported (yet): UTF-16 XML parts (Word writes UTF-8), `w:altChunk` imported
//! content, embedded OLE objects and charts, DrawingML text outside `w:txbxContent`
//! (WordArt, SmartArt), placeholder detection for content controls, right-to-left
//! reordering, and hidden text or bold stated through toggles in more than one style level.
//!
//! Speed: one pass over the main part, events borrowed from the inflated part (no buffer
//! copies, no DOM); numbering is parsed first into compact maps; of the styles part only
//! the top level is read first (where each style is), and a style's content is parsed when
//! the document first uses it. Elements whose content is never needed (latent and table
//! styles, section and table properties, field instructions, deleted text, …) are skipped
//! by a byte search for their end, not tokenized; content skipped this way is not checked
//! for well-formedness. Inflated parts' buffers are kept per thread between documents. A
//! part that is valid UTF-8 is checked once (SIMD), and its plain tags and reference-free
//! text are read by a small fast path; quick-xml reads everything else (declarations,
//! comments, CDATA, references, odd shapes, parts that are not UTF-8) and words the errors.
//! A test holds the two to the same events and errors on every fixture and on random
//! markup. The reader takes about the time of merely inflating `word/document.xml` and
//! tokenizing it with quick-xml (1.01× in the last run of
//! `cargo bench -p gongwen-docx --bench read`).
//!
//! ```
//! use std::io::Write;
//! use gongwen_docx::{read_docx, DocxLimits};
//!
//! // A minimal .docx built in memory.
//! let document = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
//!   <w:body>
//!     <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>关于印发工作要点的通知</w:t></w:r></w:p>
//!     <w:p><w:r><w:t>各区人民政府&amp;市政府各部门：</w:t></w:r></w:p>
//!   </w:body>
//! </w:document>"#;
//! let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
//! zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default())?;
//! zip.write_all(document.as_bytes())?;
//! let bytes = zip.finish()?.into_inner();
//!
//! let blocks = read_docx(&bytes, &DocxLimits::default())?;
//! let texts: Vec<&str> = blocks.iter().filter_map(|b| b.as_paragraph()).map(|p| p.text.as_str()).collect();
//! assert_eq!(texts, ["关于印发工作要点的通知", "各区人民政府&市政府各部门："]);
//! let centred = blocks[0].as_paragraph().and_then(|p| p.hints.align);
//! assert_eq!(centred, Some(gongwen_blocks::Align::Center));
//!
//! // Not a .docx: a typed, actionable error.
//! let err = read_docx(b"plain text", &DocxLimits::default()).unwrap_err();
//! assert_eq!(err.to_string(), "not a zip archive, so not a .docx file");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod body;
mod error;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
mod limits;
mod numbering;
mod package;
mod props;
mod styles;
mod table;
mod text;
mod xml;
#[cfg(test)]
mod xml_tests;

pub use error::DocxError;
pub use gongwen_blocks::Block;
pub use limits::DocxLimits;

#[cfg(doc)]
use gongwen_blocks::Hints;

use numbering::Numbering;
use styles::Styles;

/// Reads a .docx file into blocks: paragraphs (with layout hints) and tables (with merged
/// cells resolved) in reading order. Each block's `loc.block` is its index in the result.
///
/// # Errors
///
/// A [`DocxError`] when the bytes are not a .docx (not a zip, no document part, a legacy
/// or encrypted .doc), when the zip or one of its XML parts is corrupt, or when a limit of
/// `limits` is exceeded.
pub fn read_docx(bytes: &[u8], limits: &DocxLimits) -> Result<Vec<Block>, DocxError> {
    let parts = package::read_parts(bytes, limits)?;
    let styles = match &parts.styles {
        Some(part) => Styles::parse(&part.data, &part.name, limits.max_depth)?,
        None => Styles::default(),
    };
    let mut numbering = match &parts.numbering {
        Some(part) => Numbering::parse(&part.data, &part.name, limits.max_depth)?,
        None => Numbering::default(),
    };
    let blocks = body::read_body(
        &parts.document.data,
        &parts.document.name,
        &styles,
        &mut numbering,
        limits,
    )?;
    // A style the body used whose content could not be read.
    match styles.take_error() {
        Some(e) => Err(e),
        None => Ok(blocks),
    }
}
