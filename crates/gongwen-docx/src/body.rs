//! The main document part: one pass over `w:body`, emitting paragraphs and tables in
//! reading order.
//!
//! No DOM and no recursion: an explicit stack of frames (one per open element that is
//! entered) says where the cursor is; paragraphs, tables and text boxes being read have
//! builders of their own on small stacks. Elements whose content never shows (deleted
//! text, field instructions, `mc:Fallback`, section properties, …) are skipped whole.

use gongwen_blocks::{Block, Hints, Loc, Paragraph};
use quick_xml::events::{BytesStart, Event};

use crate::error::DocxError;
use crate::limits::DocxLimits;
use crate::numbering::Numbering;
use crate::props::{self, PProps, RProps};
use crate::styles::{StyleProps, Styles};
use crate::table::TableBuilder;
use crate::text::{is_xml_space, trim_paragraph};
use crate::xml::{Xml, attr, push_reference};

/// What an entered element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An element that is only looked through (hyperlink, sdt, ins, …).
    Other,
    P,
    R,
    T {
        preserve: bool,
    },
    Tbl,
    Tr,
    Tc,
    /// `w:txbxContent`.
    TextBox,
    /// `mc:AlternateContent`, and whether one branch was taken already.
    Alternate {
        chosen: bool,
    },
}

/// An entered element. `graphic` is true inside drawings and VML pictures, where only
/// text boxes are looked for (DrawingML's own `a:p`/`a:r`/`a:t` are not body text).
#[derive(Debug, Clone, Copy)]
struct Frame {
    kind: Kind,
    graphic: bool,
}

/// Where a finished paragraph goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Body,
    Cell,
    TextBox,
}

/// A finished paragraph, not yet placed.
#[derive(Debug)]
struct Para {
    text: String,
    hints: Hints,
}

/// What a text box holds until its anchor paragraph places it: paragraphs, and tables
/// (a task table Word or WPS put in a text box is a table still).
#[derive(Debug)]
enum Boxed {
    Para(Para),
    Table(TableBuilder),
}

/// The run being read.
#[derive(Debug, Default, Clone, Copy)]
struct Run {
    props: RProps,
    /// Byte offset in the paragraph text where the run's text starts.
    start: usize,
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct ParaBuilder {
    text: String,
    props: PProps,
    run: Run,
    /// Where the current `w:t` started, for `xml:space` handling.
    t_start: usize,
    /// Text-box content anchored in this paragraph, placed before it.
    pending: Vec<Boxed>,
    page_break_before: bool,
    /// Offset just after the last page break seen after some text.
    page_break_at: Option<usize>,
    text_runs: u32,
    bold_runs: u32,
    max_size: Option<u16>,
    /// `text[..blank_upto]` is known to be white space only, so that a page break asks
    /// only about the text after it (asking about the whole paragraph at every break made
    /// a paragraph of many breaks quadratic).
    blank_upto: usize,
}

impl ParaBuilder {
    fn reset(&mut self) {
        self.text.clear();
        self.props = PProps::default();
        self.run = Run::default();
        self.t_start = 0;
        self.pending.clear();
        self.page_break_before = false;
        self.page_break_at = None;
        self.text_runs = 0;
        self.bold_runs = 0;
        self.max_size = None;
        self.blank_upto = 0;
    }

    /// True when the text so far is white space only (`text.trim().is_empty()`), in time
    /// proportional to the text added since the last call.
    fn is_blank(&mut self) -> bool {
        let from = self.blank_upto.min(self.text.len());
        let Some(rest) = self.text.get(from..) else {
            return self.text.trim().is_empty();
        };
        let lead = rest.len() - rest.trim_start().len();
        self.blank_upto = from + lead;
        lead == rest.len()
    }

    /// Text from `at` on was removed or changed: forget what was known about it.
    fn text_cut_at(&mut self, at: usize) {
        self.blank_upto = self.blank_upto.min(at);
    }
}

/// Reads the blocks of the main document part.
pub(crate) fn read_body(
    data: &[u8],
    part: &str,
    styles: &Styles,
    numbering: &mut Numbering,
    limits: &DocxLimits,
) -> Result<Vec<Block>, DocxError> {
    let mut xml = Xml::new(data, part, limits.max_depth);
    let mut reader = BodyReader {
        styles,
        numbering,
        max_depth: limits.max_depth,
        max_table_cells: limits.max_table_cells,
        blocks: Vec::new(),
        frames: Vec::with_capacity(32),
        containers: vec![Container::Body],
        paras: Vec::new(),
        pool: Vec::new(),
        tables: Vec::new(),
        text_boxes: Vec::new(),
        fields: Vec::new(),
        hidden_fields: 0,
        carry_page_break: false,
        merge_prefix: String::new(),
    };
    loop {
        match xml.next()? {
            Event::Start(e) => reader.start(&mut xml, &e, false)?,
            Event::Empty(e) => reader.start(&mut xml, &e, true)?,
            Event::End(_) => {
                if let Some(frame) = reader.frames.pop() {
                    reader.close(frame.kind);
                }
            }
            Event::Text(t) => {
                if let Some(p) = reader.text_target() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some(p) = reader.text_target() {
                    push_reference(&r, &mut p.text);
                }
            }
            Event::CData(c) => {
                if let Some(p) = reader.text_target() {
                    p.text.push_str(&c.xml10_content());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(reader.blocks)
}

struct BodyReader<'s> {
    styles: &'s Styles<'s>,
    numbering: &'s mut Numbering,
    max_depth: u32,
    max_table_cells: usize,
    blocks: Vec<Block>,
    frames: Vec<Frame>,
    containers: Vec<Container>,
    paras: Vec<ParaBuilder>,
    /// Finished paragraph builders, kept to reuse their buffers.
    pool: Vec<ParaBuilder>,
    tables: Vec<TableBuilder>,
    text_boxes: Vec<Vec<Boxed>>,
    /// Open complex fields: false while in the instruction, true in the result.
    fields: Vec<bool>,
    /// How many open fields are still in their instruction (text hidden while > 0).
    hidden_fields: usize,
    /// A page break waiting for the next paragraph of the body.
    carry_page_break: bool,
    /// Text of paragraphs whose mark was deleted, joining the next paragraph.
    merge_prefix: String,
}

impl BodyReader<'_> {
    /// The paragraph that text goes to, when text shows here.
    fn text_target(&mut self) -> Option<&mut ParaBuilder> {
        match self.frames.last() {
            Some(Frame {
                kind: Kind::T { .. },
                ..
            }) if self.hidden_fields == 0 => self.paras.last_mut(),
            _ => None,
        }
    }

    /// The paragraph that a run-level character (tab, break, symbol) goes to.
    fn char_target(&mut self) -> Option<&mut ParaBuilder> {
        if self.hidden_fields == 0 {
            self.paras.last_mut()
        } else {
            None
        }
    }

    fn start<'a>(
        &mut self,
        xml: &mut Xml<'a, '_>,
        e: &BytesStart<'a>,
        empty: bool,
    ) -> Result<(), DocxError> {
        let graphic = self.frames.last().is_some_and(|f| f.graphic);
        let local = e.local_name();
        let local = local.as_ref();

        // Markup compatibility: exactly one branch of mc:AlternateContent.
        match local {
            "AlternateContent" => {
                return self.enter(empty, Kind::Alternate { chosen: false }, graphic);
            }
            "Choice" | "Fallback" => {
                if let Some(Frame {
                    kind: Kind::Alternate { chosen },
                    ..
                }) = self.frames.last_mut()
                {
                    if *chosen {
                        return skip(xml, empty);
                    }
                    *chosen = true;
                }
                return self.enter(empty, Kind::Other, graphic);
            }
            _ => {}
        }
        if graphic {
            let kind = if local == "txbxContent" {
                Kind::TextBox
            } else {
                Kind::Other
            };
            return self.enter(empty, kind, kind != Kind::TextBox);
        }

        let parent = self.frames.last().map(|f| f.kind);
        match local {
            "p" => self.enter(empty, Kind::P, false),
            "r" => self.enter(empty, Kind::R, false),
            "t" => {
                let preserve = attr(e, "space").is_some_and(|v| v == "preserve");
                self.enter(empty, Kind::T { preserve }, false)
            }
            "tbl" => self.enter(empty, Kind::Tbl, false),
            "tr" => self.enter(empty, Kind::Tr, false),
            "tc" => {
                self.enter(empty, Kind::Tc, false)?;
                // Counted as each cell opens, so a huge table is refused before it is built.
                if self
                    .tables
                    .last()
                    .is_some_and(|t| t.cells_seen() > self.max_table_cells)
                {
                    return Err(xml.table_too_large(self.max_table_cells));
                }
                Ok(())
            }
            "txbxContent" => self.enter(empty, Kind::TextBox, false),
            "drawing" | "pict" | "object" => self.enter(empty, Kind::Other, true),

            "pPr" if !empty && parent == Some(Kind::P) => {
                let p = props::paragraph(xml, self.styles)?;
                if let Some(builder) = self.paras.last_mut() {
                    builder.props = p;
                }
                Ok(())
            }
            "rPr" if !empty && parent == Some(Kind::R) => {
                let r = props::run(xml, self.styles)?;
                if let Some(builder) = self.paras.last_mut() {
                    builder.run.props = r;
                }
                Ok(())
            }
            "trPr" if !empty && parent == Some(Kind::Tr) => {
                let r = props::row(xml)?;
                if let Some(table) = self.tables.last_mut() {
                    table.row_props(r);
                    if table.cells_seen() > self.max_table_cells {
                        return Err(xml.table_too_large(self.max_table_cells));
                    }
                }
                Ok(())
            }
            "tcPr" if !empty && parent == Some(Kind::Tc) => {
                let c = props::cell(xml)?;
                if let Some(table) = self.tables.last_mut() {
                    table.cell_props(c);
                    if table.cells_seen() > self.max_table_cells {
                        return Err(xml.table_too_large(self.max_table_cells));
                    }
                }
                Ok(())
            }

            "tab" | "ptab" => self.leaf(xml, empty, |p| p.text.push('\t')),
            "cr" => self.leaf(xml, empty, |p| p.text.push('\n')),
            "noBreakHyphen" => self.leaf(xml, empty, |p| p.text.push('-')),
            "br" => {
                let page = attr(e, "type").is_some_and(|t| t == "page");
                self.leaf(xml, empty, |p| {
                    if !page {
                        p.text.push('\n');
                    } else if p.is_blank() {
                        p.page_break_before = true;
                    } else {
                        p.text.push('\n');
                        p.page_break_at = Some(p.text.len());
                    }
                })
            }
            "sym" => {
                let c = attr(e, "char")
                    .and_then(|v| u32::from_str_radix(v.trim(), 16).ok())
                    .and_then(char::from_u32);
                self.leaf(xml, empty, |p| p.text.extend(c))
            }
            "fldChar" => {
                match attr(e, "fldCharType").as_deref() {
                    Some("begin") => {
                        if self.fields.len() >= self.max_depth as usize {
                            return Err(xml.too_deep());
                        }
                        self.fields.push(false);
                        self.hidden_fields += 1;
                    }
                    Some("separate") => {
                        if let Some(in_result @ false) = self.fields.last_mut() {
                            *in_result = true;
                            self.hidden_fields = self.hidden_fields.saturating_sub(1);
                        }
                    }
                    Some("end") => {
                        if let Some(false) = self.fields.pop() {
                            self.hidden_fields = self.hidden_fields.saturating_sub(1);
                        }
                    }
                    _ => {}
                }
                skip(xml, empty)
            }

            // Content that never shows on the page, or belongs to other parts.
            "pPr" | "rPr" | "trPr" | "tcPr" | "softHyphen" | "del" | "moveFrom" | "delText"
            | "delInstrText" | "instrText" | "sdtPr" | "sdtEndPr" | "sectPr" | "tblPr"
            | "tblGrid" | "tblPrEx" | "customXmlPr" | "smartTagPr" | "rt" | "background"
            | "fldData" | "ffData" | "altChunk" | "pPrChange" | "rPrChange" => skip(xml, empty),

            _ => self.enter(empty, Kind::Other, false),
        }
    }

    /// Opens an element that is looked into; an empty one is closed at once.
    fn enter(&mut self, empty: bool, kind: Kind, graphic: bool) -> Result<(), DocxError> {
        self.open(kind);
        if empty {
            self.close(kind);
        } else {
            self.frames.push(Frame { kind, graphic });
        }
        Ok(())
    }

    /// A run-level element producing text: applied when text shows, its content skipped.
    fn leaf(
        &mut self,
        xml: &mut Xml<'_, '_>,
        empty: bool,
        f: impl FnOnce(&mut ParaBuilder),
    ) -> Result<(), DocxError> {
        if let Some(p) = self.char_target() {
            f(p);
        }
        skip(xml, empty)
    }

    fn open(&mut self, kind: Kind) {
        match kind {
            Kind::P => {
                let mut builder = self.pool.pop().unwrap_or_default();
                builder.reset();
                self.paras.push(builder);
            }
            Kind::R => {
                if let Some(p) = self.paras.last_mut() {
                    p.run = Run {
                        props: RProps::default(),
                        start: p.text.len(),
                    };
                }
            }
            Kind::T { .. } => {
                if let Some(p) = self.paras.last_mut() {
                    p.t_start = p.text.len();
                }
            }
            Kind::Tbl => self.tables.push(TableBuilder::default()),
            Kind::Tr => {
                if let Some(t) = self.tables.last_mut() {
                    t.start_row();
                }
            }
            Kind::Tc => {
                if let Some(t) = self.tables.last_mut() {
                    t.start_cell();
                }
                self.containers.push(Container::Cell);
            }
            Kind::TextBox => {
                self.text_boxes.push(Vec::new());
                self.containers.push(Container::TextBox);
            }
            Kind::Other | Kind::Alternate { .. } => {}
        }
    }

    fn close(&mut self, kind: Kind) {
        match kind {
            Kind::P => self.finish_paragraph(),
            Kind::R => self.finish_run(),
            Kind::T { preserve: false } => {
                if let Some(p) = self.paras.last_mut() {
                    trim_segment(&mut p.text, p.t_start);
                    let start = p.t_start;
                    p.text_cut_at(start);
                }
            }
            Kind::Tbl => self.finish_table(),
            Kind::Tr => {
                if let Some(t) = self.tables.last_mut() {
                    t.end_row();
                }
            }
            Kind::Tc => {
                self.containers.pop();
                if let Some(t) = self.tables.last_mut() {
                    t.end_cell();
                }
            }
            Kind::TextBox => {
                self.containers.pop();
                let items = self.text_boxes.pop().unwrap_or_default();
                match self.paras.last_mut() {
                    Some(anchor) => anchor.pending.extend(items),
                    None => items.into_iter().for_each(|item| self.place(item)),
                }
            }
            Kind::T { preserve: true } | Kind::Other | Kind::Alternate { .. } => {}
        }
    }

    /// The resolved properties of the paragraph style in force.
    fn paragraph_style(&self, stated: Option<u32>) -> (Option<u32>, StyleProps) {
        let style = self.styles.paragraph_style(stated);
        let props = style.and_then(|i| self.styles.props(i)).unwrap_or_default();
        (style, props)
    }

    fn finish_run(&mut self) {
        if let Some(p) = self.paras.last_mut()
            && p.run.props.hidden
        {
            // Hidden text (w:vanish) is not on the page.
            let start = p.run.start;
            if p.text.is_char_boundary(start) {
                p.text.truncate(start);
                p.text_cut_at(start);
            }
            return;
        }
        let Some(p) = self.paras.last() else { return };
        let shows = p
            .text
            .get(p.run.start..)
            .is_some_and(|t| t.chars().any(|c| !c.is_whitespace()));
        if !shows {
            return;
        }
        let run = p.run.props;
        let (_, paragraph) = self.paragraph_style(p.props.style);
        let char_style = run
            .style
            .and_then(|i| self.styles.props(i))
            .unwrap_or_default();
        let defaults = self.styles.defaults();
        let bold = run
            .bold
            .or(char_style.bold)
            .or(paragraph.bold)
            .or(defaults.bold)
            .unwrap_or(false);
        let size = run
            .size
            .or(char_style.size)
            .or(paragraph.size)
            .or(defaults.size);
        if let Some(p) = self.paras.last_mut() {
            p.text_runs += 1;
            p.bold_runs += u32::from(bold);
            p.max_size = p.max_size.max(size);
        }
    }

    fn finish_paragraph(&mut self) {
        let Some(mut p) = self.paras.pop() else {
            return;
        };
        if p.props.mark_deleted {
            // Changes accepted: the mark is gone, the text joins the next paragraph, and
            // no number is consumed.
            self.merge_prefix.push_str(&p.text);
            if p.page_break_before || p.props.page_break_before {
                self.carry_page_break = true;
            }
            for item in p.pending.drain(..) {
                self.place(item);
            }
            self.pool.push(p);
            return;
        }
        if !self.merge_prefix.is_empty() {
            p.text.insert_str(0, &self.merge_prefix);
            self.merge_prefix.clear();
        }
        let (style, sp) = self.paragraph_style(p.props.style);
        let num_id = p.props.num_id.or(sp.num_id).filter(|&n| n != 0);
        let label = num_id.and_then(|n| {
            let style_id = style.and_then(|i| self.styles.id(i));
            self.numbering
                .next_label(n, p.props.ilvl.or(sp.ilvl), style_id, self.styles)
        });

        let break_after = p
            .page_break_at
            .is_some_and(|at| p.text.get(at..).is_some_and(|t| t.trim().is_empty()));
        let page_break_before = p.page_break_before || p.props.page_break_before;
        let body = trim_paragraph(&p.text);

        // A page break before the paragraph goes to the first block placed for it (its
        // text boxes come first), or to the next one when it is dropped as empty.
        let target = self.target();
        if page_break_before && (body.is_empty() || target == Container::Body) {
            self.carry_page_break = true;
        }
        for item in p.pending.drain(..) {
            self.place(item);
        }
        // An empty numbered paragraph in a cell still prints its number: a 序号 column
        // numbered by Word holds nothing else.
        if !body.is_empty() || (target == Container::Cell && label.is_some()) {
            if target == Container::Cell {
                // Straight into the cell's text: no paragraph of its own is built.
                if let Some(table) = self.tables.last_mut() {
                    table.push_paragraph(
                        label.as_ref().map(|l| (&*l.text, l.suffix.separator())),
                        body,
                    );
                }
            } else {
                let mut text = String::with_capacity(
                    body.len() + label.as_ref().map_or(0, |l| l.text.len() + 1),
                );
                if let Some(l) = &label {
                    text.push_str(&l.text);
                    text.push_str(l.suffix.separator());
                }
                text.push_str(body);
                let hints = Hints {
                    align: p.props.align.or(sp.align).or(self.styles.defaults().align),
                    bold: p.text_runs > 0 && p.bold_runs == p.text_runs,
                    font_size: p.max_size,
                    heading_level: match p.props.outline {
                        Some(level) => (level < 9).then_some(level + 1),
                        None => sp.heading,
                    },
                    list_label: label.map(|l| l.text),
                    in_text_box: !self.text_boxes.is_empty(),
                    ..Hints::default()
                };
                self.deliver(Para { text, hints });
            }
        }
        if break_after || p.props.section_page_break {
            self.carry_page_break = true;
        }
        self.pool.push(p);
    }

    fn finish_table(&mut self) {
        let Some(table) = self.tables.pop() else {
            return;
        };
        self.place(Boxed::Table(table));
    }

    /// Places a text box's paragraph or table where content goes now.
    fn place(&mut self, item: Boxed) {
        let table = match item {
            Boxed::Para(para) => return self.deliver(para),
            Boxed::Table(table) => table,
        };
        match self.target() {
            Container::Body => {
                let block = u32::try_from(self.blocks.len()).unwrap_or(u32::MAX);
                self.blocks.push(Block::Table(table.finish(block)));
                // A page break does not jump over a table onto a later paragraph.
                self.carry_page_break = false;
            }
            Container::TextBox if table.is_data_table() => {
                if let Some(items) = self.text_boxes.last_mut() {
                    items.push(Boxed::Table(table));
                }
            }
            Container::Cell | Container::TextBox => {
                // A table nested in a cell is that cell's text; so is a layout of a few
                // cells in a text box (organs side by side).
                let text = table.into_text();
                let text = trim_paragraph(&text);
                if !text.is_empty() {
                    self.deliver(Para {
                        text: text.to_owned(),
                        hints: Hints::default(),
                    });
                }
            }
        }
    }

    /// Where finished content goes now: the innermost open cell or text box, else the body.
    fn target(&self) -> Container {
        for container in self.containers.iter().rev() {
            match container {
                Container::Cell if self.tables.last().is_some_and(TableBuilder::has_cell) => {
                    return Container::Cell;
                }
                Container::TextBox if !self.text_boxes.is_empty() => return Container::TextBox,
                Container::Body => return Container::Body,
                _ => {}
            }
        }
        Container::Body
    }

    fn deliver(&mut self, mut para: Para) {
        match self.target() {
            Container::Body => {
                para.hints.page_break_before |= std::mem::take(&mut self.carry_page_break);
                let block = u32::try_from(self.blocks.len()).unwrap_or(u32::MAX);
                self.blocks.push(Block::Paragraph(Paragraph {
                    text: para.text,
                    hints: para.hints,
                    loc: Loc::block(block),
                }));
            }
            Container::Cell => {
                if let Some(table) = self.tables.last_mut() {
                    table.push_paragraph(None, &para.text);
                }
            }
            Container::TextBox => {
                para.hints.in_text_box = true;
                para.hints.page_break_before = false;
                if let Some(items) = self.text_boxes.last_mut() {
                    items.push(Boxed::Para(para));
                }
            }
        }
    }
}

/// Skips the content of an element whose start was just read (nothing to skip when empty).
fn skip(xml: &mut Xml<'_, '_>, empty: bool) -> Result<(), DocxError> {
    if empty { Ok(()) } else { xml.skip() }
}

/// Removes XML white space from both ends of `text[start..]` (a `w:t` without
/// `xml:space="preserve"`).
fn trim_segment(text: &mut String, start: usize) {
    let Some(segment) = text.get(start..) else {
        return;
    };
    let end = start + segment.trim_end_matches(is_xml_space).len();
    text.truncate(end);
    if let Some(segment) = text.get(start..) {
        let lead = segment.len() - segment.trim_start_matches(is_xml_space).len();
        text.drain(start..start + lead);
    }
}
