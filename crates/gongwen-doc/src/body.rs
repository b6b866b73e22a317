//! The main text, walked once in CP order: characters gathered into paragraphs (fields
//! showing their result, deleted and hidden text dropped), paragraphs placed in the body
//! or in table cells by their marks' properties, text boxes placed before the paragraph
//! that anchors them.

use gongwen_blocks::{Block, Hints, Loc, Paragraph};

use crate::error::DocError;
use crate::lists::ListCounters;
use crate::props::{Pap, Tap};
use crate::story::{DELETED, HIDDEN, Story};
use crate::table::TableBuilder;

/// A paragraph of text as gathered from the character stream.
#[derive(Debug, Default)]
pub(crate) struct Gathered {
    pub(crate) text: String,
    /// CP of the first character.
    pub(crate) cp: u32,
    /// A page break seen before any text.
    pub(crate) page_break_before: bool,
    /// Byte offset in `text` just after the last page break seen after some text.
    pub(crate) page_break_at: Option<usize>,
}

/// How a paragraph ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// A paragraph mark (0x0D) or cell mark (0x07) at this CP.
    Char(u32, u16),
    /// A section break (0x0C ending a section) at this CP.
    Section(u32),
    /// The end of the range without a mark.
    End,
}

/// Walks CPs `from..to` of the story, calling `on_para` for every paragraph.
///
/// Fields show their result (text between the separator and the end), never their
/// instruction; deleted (tracked) and hidden text is dropped; a paragraph mark that is a
/// tracked deletion joins its paragraph to the next.
pub(crate) fn walk(
    story: &Story<'_>,
    from: u32,
    to: u32,
    max_depth: u32,
    mut on_para: impl FnMut(&mut Gathered, Mark) -> Result<(), DocError>,
) -> Result<(), DocError> {
    let mut para = Gathered {
        cp: from,
        ..Gathered::default()
    };
    // Open fields: true once past the separator (showing the result).
    let mut fields: Vec<bool> = Vec::new();
    let mut hidden_fields = 0usize;
    let mut high_surrogate: Option<u16> = None;
    let to = to.min(story.len());
    let mut cp = from;
    while cp < to {
        let c = story.unit(cp);
        let flags = story.flags(cp);
        let gone = flags & (DELETED | HIDDEN) != 0;
        match c {
            0x0D | 0x07 => {
                if c == 0x0D && flags & DELETED != 0 && hidden_fields == 0 {
                    // Changes accepted: the mark is gone, the text runs on.
                    cp += 1;
                    continue;
                }
                on_para(&mut para, Mark::Char(cp, c))?;
                para = Gathered {
                    cp: cp + 1,
                    ..Gathered::default()
                };
                // Fields never span paragraphs in practice; an unclosed one must not hide
                // the rest of the document.
                fields.clear();
                hidden_fields = 0;
            }
            0x13 => {
                if fields.len() >= max_depth as usize {
                    return Err(DocError::TooDeep {
                        cp: u64::from(cp),
                        limit: max_depth,
                    });
                }
                fields.push(false);
                hidden_fields += 1;
            }
            0x14 => {
                if let Some(in_result @ false) = fields.last_mut() {
                    *in_result = true;
                    hidden_fields = hidden_fields.saturating_sub(1);
                }
            }
            0x15 => {
                if let Some(false) = fields.pop() {
                    hidden_fields = hidden_fields.saturating_sub(1);
                }
            }
            _ if gone || hidden_fields > 0 => {}
            0x0C => {
                if story.is_section_end(cp) {
                    on_para(&mut para, Mark::Section(cp))?;
                    para = Gathered {
                        cp: cp + 1,
                        ..Gathered::default()
                    };
                    fields.clear();
                    hidden_fields = 0;
                } else if para.text.trim().is_empty() {
                    para.page_break_before = true;
                } else {
                    para.text.push('\n');
                    para.page_break_at = Some(para.text.len());
                }
            }
            0x0B | 0x0E => para.text.push('\n'),
            0x09 => para.text.push('\t'),
            0x1E => para.text.push('-'),
            // Pictures, footnote and comment references, drawn-object anchors, optional
            // hyphens and other control characters show nothing.
            0x00..=0x1F => {}
            0xD800..=0xDBFF => high_surrogate = Some(c),
            0xDC00..=0xDFFF => {
                if let Some(high) = high_surrogate.take() {
                    let v = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(c) - 0xDC00);
                    if let Some(ch) = char::from_u32(v) {
                        para.text.push(ch);
                    }
                }
            }
            _ => {
                if let Some(ch) = char::from_u32(u32::from(c)) {
                    para.text.push(ch);
                }
            }
        }
        if !(0xD800..=0xDBFF).contains(&c) {
            high_surrogate = None;
        }
        cp += 1;
    }
    if !para.text.trim().is_empty() {
        on_para(&mut para, Mark::End)?;
    }
    Ok(())
}

/// Builds the blocks of the main text.
pub(crate) struct BodyBuilder<'s, 'a> {
    story: &'s Story<'a>,
    max_depth: u32,
    max_table_cells: usize,
    blocks: Vec<Block>,
    tables: Vec<TableBuilder>,
    /// A page break waiting for the next body paragraph.
    carry_page_break: bool,
    lists: ListCounters,
}

impl<'s, 'a> BodyBuilder<'s, 'a> {
    pub(crate) fn new(story: &'s Story<'a>, max_depth: u32, max_table_cells: usize) -> Self {
        BodyBuilder {
            story,
            max_depth,
            max_table_cells,
            blocks: Vec::new(),
            tables: Vec::new(),
            carry_page_break: false,
            lists: ListCounters::default(),
        }
    }

    /// Reads the main text into blocks.
    pub(crate) fn build(mut self) -> Result<Vec<Block>, DocError> {
        let story = self.story;
        let max_depth = self.max_depth;
        walk(story, 0, story.main_end(), max_depth, |para, mark| {
            self.paragraph(para, mark)
        })?;
        while !self.tables.is_empty() {
            self.close_table();
        }
        Ok(self.blocks)
    }

    fn paragraph(&mut self, para: &mut Gathered, mark: Mark) -> Result<(), DocError> {
        let (pap, mark_cp, mark_char) = match mark {
            Mark::Char(cp, c) => (self.story.pap(cp), cp, c),
            Mark::Section(cp) => (self.story.pap(cp), cp, 0x0C),
            Mark::End => (Pap::default(), self.story.main_end(), 0),
        };
        let depth = pap.depth();
        if depth > self.max_depth {
            return Err(DocError::TooDeep {
                cp: u64::from(mark_cp),
                limit: self.max_depth,
            });
        }
        let depth = depth as usize;
        while self.tables.len() > depth {
            self.close_table();
        }
        while self.tables.len() < depth {
            self.tables.push(TableBuilder::new(para.cp));
        }

        // Text boxes anchored in this paragraph come first, where its content goes.
        let boxes = self
            .story
            .text_boxes_in(para.cp, mark_cp.saturating_add(1), self.max_depth)?;

        let text = trim(&para.text);
        // An empty numbered paragraph still prints and counts its number (as the .docx
        // reader counts it); a row's end mark is no paragraph.
        let row_mark = depth > 0 && mark_char == 0x07 && (pap.ttp || pap.inner_ttp);
        let label = if row_mark {
            None
        } else {
            self.story.list_label(&pap, &mut self.lists)
        };
        if depth > 0 {
            let row_end = if depth == 1 {
                pap.ttp && mark_char == 0x07
            } else {
                pap.inner_ttp
            };
            let cell_end = if depth == 1 {
                mark_char == 0x07
            } else {
                pap.inner_cell
            };
            let cp = para.cp;
            let limit = self.max_table_cells;
            let Some(table) = self.tables.last_mut() else {
                return Ok(());
            };
            for (b, _) in &boxes {
                table.push_paragraph(cp, b);
            }
            if row_end {
                let tap = Tap::from_grpprl(self.story.mark_grpprl(mark_cp));
                table.end_row(tap);
            } else {
                match &label {
                    Some(label) => table.push_paragraph(cp, &format!("{label}{text}")),
                    None => table.push_paragraph(cp, text),
                }
                if cell_end {
                    table.end_cell(cp);
                }
            }
            if table.cells_seen() > limit {
                return Err(DocError::TableTooLarge {
                    cp: u64::from(mark_cp),
                    limit,
                });
            }
            return Ok(());
        }

        let break_after = para
            .page_break_at
            .is_some_and(|at| para.text.get(at..).is_some_and(|t| t.trim().is_empty()));
        let page_break_before = para.page_break_before || pap.page_break_before;
        if page_break_before {
            self.carry_page_break = true;
        }
        for (b, align) in boxes {
            let hints = Hints {
                align,
                in_text_box: true,
                ..Hints::default()
            };
            self.push(b, hints, para.cp);
        }
        if !text.is_empty() {
            let hints = Hints {
                align: pap.align.or_else(|| self.story.style_align(pap.istd)),
                heading_level: pap
                    .outline
                    .or_else(|| self.story.style_outline(pap.istd))
                    .filter(|&l| l < 9)
                    .map(|l| l + 1),
                ..Hints::default()
            };
            let owned = match &label {
                Some(label) => format!("{label}{text}"),
                None => text.to_owned(),
            };
            let hints = Hints {
                list_label: label.map(|l| l.trim_end().to_owned()),
                ..hints
            };
            self.push(owned, hints, para.cp);
        }
        if break_after || matches!(mark, Mark::Section(_)) {
            self.carry_page_break = true;
        }
        Ok(())
    }

    fn push(&mut self, text: String, mut hints: Hints, cp: u32) {
        // A page break before a paragraph goes to the first block placed for it (its
        // text boxes come first).
        hints.page_break_before |= std::mem::take(&mut self.carry_page_break);
        let block = u32::try_from(self.blocks.len()).unwrap_or(u32::MAX);
        self.blocks.push(Block::Paragraph(Paragraph {
            text,
            hints,
            loc: Loc::block(block).with_offset(u64::from(cp)),
        }));
    }

    fn close_table(&mut self) {
        let Some(table) = self.tables.pop() else {
            return;
        };
        match self.tables.last_mut() {
            Some(parent) => {
                let cp = table.cp;
                let text = table.into_text();
                parent.push_paragraph(cp, trim(&text));
            }
            None => {
                let block = u32::try_from(self.blocks.len()).unwrap_or(u32::MAX);
                self.blocks.push(Block::Table(table.finish(block)));
                // A page break does not jump over a table onto a later paragraph.
                self.carry_page_break = false;
            }
        }
    }
}

/// A paragraph's text without leading and trailing white space (U+3000 and no-break
/// spaces included).
pub(crate) fn trim(text: &str) -> &str {
    text.trim_matches(char::is_whitespace)
}
