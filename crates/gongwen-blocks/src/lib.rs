//! The format-neutral block model: what a reader knows about a page, before any 公文
//! knowledge is applied.
//!
//! Every reader (.txt, .docx, …) turns its bytes into a `Vec<Block>`: paragraphs with the
//! layout hints the format can give, and tables with merged cells resolved into spans.
//! The structurer (`gongwen-structure`) only ever sees blocks: never bytes, XML or
//! encodings. Each block carries its [`Loc`] so that every fact extracted from it can say
//! where it came from.
//!
//! ```
//! use gongwen_blocks::{Block, Hints, Paragraph};
//! use gongwen_model::Loc;
//!
//! let title = Block::Paragraph(Paragraph {
//!     text: "关于印发2024年政务公开工作要点的通知".into(),
//!     hints: Hints { align: Some(gongwen_blocks::Align::Center), ..Hints::default() },
//!     loc: Loc::lines(0, Some(9), None),
//! });
//! assert!(title.as_paragraph().is_some());
//! ```

pub mod list;
pub mod numfmt;

pub use gongwen_model::Loc;

/// One block of a document in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph (for .txt: one source line).
    Paragraph(Paragraph),
    /// A table.
    Table(Table),
    /// A labelled fact the file states about itself outside its text flow: an HTML page's
    /// `<title>` or a `<meta name=… content=…>`, a document property. The structurer files
    /// it under `metadata`, where it may fill header fields the text does not print.
    Meta(Meta),
}

/// A labelled fact outside the text flow (see [`Block::Meta`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The key exactly as the file writes it (`ArticleTitle`, `PubDate`, `title` for an HTML
    /// `<title>`); the structurer's lexicon says which header field, if any, it stands for.
    pub key: String,
    /// The value, white space trimmed.
    pub value: String,
    /// Where it was found.
    pub loc: Loc,
}

impl Block {
    /// The paragraph, if this block is one.
    pub fn as_paragraph(&self) -> Option<&Paragraph> {
        match self {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) | Block::Meta(_) => None,
        }
    }

    /// The table, if this block is one.
    pub fn as_table(&self) -> Option<&Table> {
        match self {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) | Block::Meta(_) => None,
        }
    }

    /// Where the block was found.
    pub fn loc(&self) -> Loc {
        match self {
            Block::Paragraph(p) => p.loc,
            Block::Table(t) => t.loc,
            Block::Meta(m) => m.loc,
        }
    }
}

/// A paragraph of text with what the reader could tell about its layout.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paragraph {
    /// The text, leading and trailing white space removed. Line breaks inside the
    /// paragraph (Word's `w:br`) are kept as `\n`. Automatic numbering is rendered into the
    /// text exactly as the page shows it ("一、", "（一）").
    pub text: String,
    /// Layout hints.
    pub hints: Hints,
    /// Where it was found: `block` is this block's index, `line`/`line_end` for text formats.
    pub loc: Loc,
}

/// Layout facts a reader can know about a paragraph. Everything is optional: a .txt
/// reader knows indentation and blank lines, a .docx reader knows alignment and styles.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hints {
    /// Horizontal alignment, when the format states it.
    pub align: Option<Align>,
    /// True when every run of the paragraph is bold.
    pub bold: bool,
    /// Font size in half-points (Word's unit: 32 = 16 pt, 三号), when stated.
    pub font_size: Option<u16>,
    /// Outline level 1-9 from a heading style or `w:outlineLvl`, when stated.
    pub heading_level: Option<u8>,
    /// The label produced by automatic numbering ("一、"), already at the start of `text`.
    pub list_label: Option<String>,
    /// Leading white space removed from a text line, in half-width columns
    /// (a full-width space counts 2, a tab 4).
    pub indent: u16,
    /// Blank lines seen just before this paragraph in a text format.
    pub blank_lines_before: u16,
    /// True when a page break (form feed, `w:br w:type="page"`) precedes the paragraph.
    pub page_break_before: bool,
    /// True when the paragraph sits in a text box or frame rather than the main flow.
    pub in_text_box: bool,
}

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left or start.
    Left,
    /// Centred (a title candidate).
    Center,
    /// Right or end (a signature or date candidate).
    Right,
    /// Justified / distributed.
    Justify,
}

/// A table with its merged cells resolved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Rows in reading order.
    pub rows: Vec<Row>,
    /// Where the table was found.
    pub loc: Loc,
}

impl Table {
    /// Number of grid columns: the widest row, spans included.
    pub fn grid_width(&self) -> u32 {
        self.rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| c.col.saturating_add(c.col_span))
                    .max()
                    .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    }
}

/// One table row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// The cells that start in this row. A cell covered by a vertical merge from an
    /// earlier row does not appear again; its grid columns are simply absent.
    pub cells: Vec<Cell>,
    /// True when the format marks this row as a header repeated on each page
    /// (Word's `w:tblHeader`).
    pub repeat_header: bool,
    /// Where the row was found (`block` is the table's, `row` this row's index).
    pub loc: Loc,
}

/// One table cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// The text; paragraphs inside the cell are joined with `\n`.
    pub text: String,
    /// Grid column (0-based) where the cell starts.
    pub col: u32,
    /// Rows the cell covers (1 unless vertically merged).
    pub row_span: u32,
    /// Grid columns the cell covers (1 unless horizontally merged).
    pub col_span: u32,
    /// Where the cell was found.
    pub loc: Loc,
}
