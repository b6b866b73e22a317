//! Phase 1, **filter**: what is not the document's own text flow is set aside before any
//! structuring. Page-number lines and rules are dropped, a website's chrome is dropped and
//! its metadata block kept ([`web`]), a body a web store kept on one line is cut into its
//! paragraphs ([`flattened`]), tables are set beside the paragraphs (each with the
//! number of paragraphs before it), tables that reached the text without their grid are
//! rebuilt ([`text_tables`]), tables broken over a page are joined ([`tables`]), and
//! the 版记 is cut off the end ([`colophon`]) so that no later phase reads it as body.

pub(crate) mod colophon;
pub(crate) mod flattened;
pub(crate) mod page;
pub(crate) mod para;
pub(crate) mod tables;
pub(crate) mod text_tables;
pub(crate) mod web;
pub(crate) mod web_lines;

use std::borrow::Cow;

use gongwen_blocks::{Block, Table};
use gongwen_model::Diagnostic;

use crate::lex::chrome::TABLE_BORDERS;
use crate::parse::date::date_line;
use crate::text::chars::is_space;
use colophon::{Colophon, take_colophon};
use page::{is_page_number, is_rule, page_number_dropped};
use para::{Dropped, Para};
use tables::PageTable;
use web::{Web, WebFilter};

/// The document's text flow as the later phases read it.
#[derive(Debug)]
pub(crate) struct Page<'b> {
    /// Paragraphs with text, in reading order.
    pub paras: Vec<Para<'b>>,
    /// Tables in reading order.
    pub tables: Vec<PageTable<'b>>,
    /// A website's metadata block.
    pub web: Web,
    /// The 版记.
    pub colophon: Colophon,
}

impl<'b> Page<'b> {
    /// Index of the first paragraph after the first table (all paragraphs when none).
    pub(crate) fn first_table(&self) -> usize {
        self.tables.first().map_or(self.paras.len(), |t| t.at)
    }
}

/// Reads the blocks into a [`Page`].
pub(crate) fn run<'b>(blocks: &'b [Block], diags: &mut Vec<Diagnostic>) -> Page<'b> {
    let mut paras: Vec<Para<'b>> = Vec::with_capacity(blocks.len());
    let mut tables: Vec<PageTable<'b>> = Vec::new();
    // Page-number lines ("— 1 —") go first, with no trace in paragraphs; the paragraph
    // after one is marked so that a sentence broken over the page can be joined.
    let mut page_gap = false;
    let mut web = WebFilter::default();
    let mut dropped = Dropped::default();
    // The last block holding text: a table at or after it ends the text.
    let last_text = blocks.iter().rposition(|b| match b {
        Block::Paragraph(p) => !p.text.trim_matches(is_space).is_empty(),
        Block::Table(_) => true,
        Block::Meta(_) => false,
    });
    for (i, block) in blocks.iter().enumerate() {
        let after = blocks.get(i + 1..).unwrap_or_default();
        match block {
            Block::Paragraph(p) if is_page_number(&p.text) => {
                diags.push(page_number_dropped(p));
                page_gap = true;
            }
            // Rules drawn with dashes or box characters carry no text (版记 separators); a
            // line of pipes separates the cells of a table printed one cell per line.
            Block::Paragraph(p) if is_rule(&p.text) => dropped.rule(&p.text, &p.hints),
            Block::Paragraph(p) => {
                // Its number is read here, once, for every phase.
                let mut para = Para::from_block(p);
                if p.text.trim_matches(is_space).is_empty() {
                    dropped.blank(&p.hints);
                    continue;
                }
                if web.take_paragraph(&para, after, diags) {
                    continue;
                }
                para.page_gap = std::mem::take(&mut page_gap);
                para.dropped = std::mem::take(&mut dropped);
                match flattened::split_flattened(&p.text) {
                    // A body a web store kept on one line: its paragraphs, each through
                    // the web filter again (chrome may close the line).
                    Some(pieces) => {
                        diags.push(flattened::line_split(&p.text, pieces.len(), p.loc));
                        for (from, to) in pieces {
                            let mut piece = Para::new(&p.text[from..to], p.loc, &p.hints);
                            piece.cut = true;
                            if !web.take_paragraph(&piece, &[], diags) {
                                piece.page_gap = std::mem::take(&mut para.page_gap);
                                paras.push(piece);
                            }
                        }
                    }
                    None => push_lines(&mut paras, para),
                }
            }
            Block::Table(t) => {
                let table = match web.take_table(t, diags) {
                    0 => Cow::Borrowed(t),
                    // Metadata rows run into a table: the rest is the table.
                    taken if taken < t.rows.len() => Cow::Owned(Table {
                        rows: t.rows[taken..].to_vec(),
                        loc: t.loc,
                    }),
                    _ => continue,
                };
                // A header row broken over lines of a text export is one row again.
                let table = match text_tables::join_broken_header(&table) {
                    Some(joined) => Cow::Owned(joined),
                    None => table,
                };
                // A table from text whose rows lost their merged cells gets them back.
                let ends_text = last_text.is_none_or(|last| last <= i);
                let table = match text_tables::realign_rows(&table, ends_text, diags) {
                    Some(rebuilt) => Cow::Owned(rebuilt),
                    None => table,
                };
                tables.push(PageTable {
                    at: paras.len(),
                    table,
                });
            }
            Block::Meta(m) => web.take_meta(m),
        }
    }
    let web = web.finish();
    // Tables printed one cell per line become tables before anything reads the paragraphs.
    text_tables::lift_text_tables(&mut paras, &mut tables, diags);
    for p in &mut paras {
        if let Some(text) = without_cell_bar(p.text()) {
            let text = text.to_owned();
            p.set_text(text);
        }
    }
    let colophon = take_colophon(&mut paras, tables.last().map_or(0, |t| t.at));
    tables::merge_continued(&mut tables, diags);
    Page {
        paras,
        tables,
        web,
        colophon,
    }
}

/// A line a web copy took out of a one-column layout table ends with the cell's bar
/// ("寒江市人民政府办公室 |", "2015年2月26日 |"). Once the tables printed with bars are lifted
/// (their bars separate cells), a bar ending a paragraph holding no other bar is the
/// layout's, not the text's: the text before it, when there is any.
fn without_cell_bar(text: &str) -> Option<&str> {
    let body = text.trim_end_matches(|c: char| TABLE_BORDERS.contains(&c) || is_space(c));
    (body.len() < text.len() && !body.is_empty() && !body.contains(TABLE_BORDERS)).then_some(body)
}

/// Pushes a paragraph: a signature and its date in one paragraph, apart by a line break
/// (Word's `w:br`: "XX县人民政府办公室" / "2023年5月16日"), as lines of their own, as printed,
/// so that the date is a line holding only a date.
fn push_lines<'b>(paras: &mut Vec<Para<'b>>, p: Para<'b>) {
    if p.text().contains('\n') {
        let lines: Vec<&str> = p
            .text()
            .split('\n')
            .map(|l| l.trim_matches(is_space))
            .filter(|l| !l.is_empty())
            .collect();
        if lines.iter().skip(1).any(|l| date_line(l).is_some()) {
            for line in lines {
                let mut q = p.clone();
                q.set_text(line.to_owned());
                paras.push(q);
            }
            return;
        }
    }
    paras.push(p);
}

#[cfg(test)]
mod cell_bar_tests {
    use super::without_cell_bar;

    #[test]
    fn a_bar_ending_a_line_alone_is_layout() {
        assert_eq!(without_cell_bar("2015年2月26日 |"), Some("2015年2月26日"));
        assert_eq!(
            without_cell_bar("寒江市人民政府办公厅｜"),
            Some("寒江市人民政府办公厅")
        );
        // A row of cells keeps its bars; a line of bars, or none, is left alone.
        assert_eq!(without_cell_bar("索引号 | 000330185 |"), None);
        assert_eq!(without_cell_bar("||"), None);
        assert_eq!(without_cell_bar("各县（市）、区人民政府："), None);
    }
}
