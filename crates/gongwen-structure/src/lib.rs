//! Turns blocks into the canonical [`Document`]. All 公文 knowledge lives here.
//!
//! The structurer never sees bytes, XML or encodings: readers hand it
//! [`gongwen_blocks::Block`]s, and every fact it extracts keeps the [`Loc`](gongwen_model::Loc) of the block
//! (line, row, cell) it came from.
//!
//! ```
//! use gongwen_blocks::{Block, Paragraph};
//! use gongwen_model::{Format, Loc, Source};
//!
//! let lines = ["国办发〔2018〕15号", "国务院办公厅关于部分节假日安排的通知", "各省人民政府：",
//!              "一、元旦：1月1日放假。", "国务院办公厅", "2018年12月4日"];
//! let blocks: Vec<Block> = lines.iter().enumerate().map(|(i, t)| Block::Paragraph(Paragraph {
//!     text: t.to_string(), loc: Loc::lines(i as u32, Some(i as u32 + 1), None), ..Default::default()
//! })).collect();
//! let source = Source { path: None, format: Format::Txt, encoding: "UTF-8".into(), bytes: 0, sha256: String::new() };
//! let doc = gongwen_structure::structure(&blocks, source);
//! assert_eq!(doc.doc_number.map(|n| n.normalized).as_deref(), Some("国办发〔2018〕15号"));
//! assert_eq!(doc.issuers, ["国务院办公厅"]);
//! assert_eq!(doc.date.as_deref(), Some("2018-12-04"));
//! assert_eq!(doc.body.sections[0].heading.as_deref(), Some("元旦"));
//! ```

mod assemble;
mod body;
mod filter;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod header;
#[cfg(test)]
mod layering_tests;
mod lex;
mod parse;
mod resolve;
#[cfg(test)]
mod structure_tests;
mod tail;
mod tasks;
#[cfg(test)]
mod test_support;
mod text;

use gongwen_blocks::Block;
use gongwen_model::{Document, Source};

/// What a caller may tell the structurer beyond the blocks.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Settings {
    /// Unit abbreviation → full name (县发改局 → 县发展和改革局), applied to every task unit
    /// as `full_name`; names are kept as printed.
    pub unit_aliases: std::collections::BTreeMap<String, String>,
}

impl Settings {
    /// Settings with this alias table.
    pub fn with_unit_aliases(
        mut self,
        aliases: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.unit_aliases = aliases;
        self
    }
}

/// Structures the blocks of one document with default [`Settings`].
pub fn structure(blocks: &[Block], source: Source) -> Document {
    structure_with(blocks, source, &Settings::default())
}

/// Structures the blocks of one document. Never fails: what cannot be found is null or
/// empty, and the `diagnostics` say what was odd or guessed.
///
/// The phases, in order; each reads what the ones before it found.
pub fn structure_with(blocks: &[Block], source: Source, settings: &Settings) -> Document {
    let mut diags = Vec::new();
    // 1. Set aside what is not the document's text flow: page numbers, rules, a website's
    //    chrome and metadata, tables, the 版记.
    let mut page = filter::run(blocks, &mut diags);
    // 2. The header: 份号 … 发文字号, the title, the 主送机关; the GB/T 9704 format.
    let header = header::read(&mut page);
    // 3. The body up to the signature: the section tree, 附件说明, a 纪要's meeting, the date.
    let main = body::read(&page, &header, &mut diags);
    // 4. After the signature: the document a notice carries, then the attachments.
    let tail = tail::read(&page, &header, &main, &mut diags);
    // 5. Tables, the tasks in them and the tasks written inline in numbered items.
    let found = tasks::read(&page, &header, &main, &tail, &mut diags);
    // 6. The header facts from every place that states them; what is missing.
    let facts = resolve::run(&page, &header, &main, &tail, &mut diags);
    // 7. The document.
    let parts = assemble::Parts {
        source,
        page,
        header,
        main,
        tail,
        found,
        facts,
        diags,
    };
    assemble::document(parts, &settings.unit_aliases)
}
