//! The article's elements → paragraphs and tables, as a browser shows them.
//!
//! Decisions:
//! - Block elements (`<p>`, `<div>`, `<li>`, headings, cells of layout tables …) end the
//!   paragraph before them and start a new one; inline elements only style text.
//! - `<br>` ends a line. In the flow of the page each line is a paragraph of its own (as a
//!   text copy of the page has one line per paragraph: CMS bodies often separate items with
//!   `<br>` only); in a data table's cell, lines stay lines of the cell's text (`\n`), so two
//!   units written on two lines stay two.
//! - White space collapses as CSS's `white-space: normal` says: a run is one space, none at
//!   the start or end of a line, and a run holding a line break between two wide (CJK)
//!   characters is no space at all (CSS Text 3, segment break transformation). U+00A0
//!   (`&nbsp;`) and U+3000 do not collapse: leading runs of them are the paragraph's
//!   `indent` (U+3000 counts 2 columns, U+00A0 and spaces 1), with `text-indent` added;
//!   inside a line `&nbsp;` reads as a space.
//! - A paragraph of only white space is a blank line, counted in the next paragraph's
//!   `blank_lines_before`; an empty element is nothing (browsers give it no height).
//! - `align` and `text-align` on a block (and `<center>`) are the paragraph's alignment; a
//!   paragraph is bold when all its characters are (`<b>`, `<strong>`, `font-weight`,
//!   headings); its font size is that of its first character.
//! - `<ol>` items show their number as the browser draws it ("1.", "a.", "一、" for
//!   `list-style-type: cjk-ideographic`), put in the text and in `list_label`; `<ul>`
//!   bullets are not text.
//! - Tables: a table with one column, a table whose nested tables hold most of its text,
//!   one whose single cell holds an article, or one holding the article container is page
//!   layout: its cells are read as blocks. Any other table is data: a [`Table`] with
//!   `rowspan`/`colspan` resolved as HTML's table model does (spans clamped to 1000
//!   columns and to the end of the row group, `rowspan="0"` to the group's end), a cell's
//!   paragraphs as lines of its text. A table nested in a data cell is flattened into that
//!   cell: cells joined by tabs, rows by line feeds (as the .docx reader does).
//! - Hidden elements (`display:none`, `hidden`) and chrome inside the article (share and
//!   print widgets, QR codes, breadcrumbs, pagers …) are dropped with a diagnostic naming
//!   them; scripts, styles, forms' controls and images are dropped silently.

use gongwen_blocks::numfmt::{NumFmt, push_number};
use gongwen_blocks::{Align, Block, Cell, Hints, Paragraph, Row, Table};
use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};
use html5ever::local_name;

use crate::article::Stats;
use crate::dom::{Data, Dom, Element, NONE, NodeId};
use crate::style::style_of;
use crate::tags::{chrome_kind, is_invisible, path};
use crate::{HtmlError, HtmlLimits};

/// What the walk inherits down the tree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Ctx {
    align: Option<Align>,
    bold: bool,
    font_size: Option<u16>,
    pre: bool,
    heading: Option<u8>,
    indent: u16,
    /// Offset of the nearest block element (where a paragraph starting here was written).
    offset: u64,
}

/// A finished piece of output, before block numbers are known.
#[derive(Debug)]
pub(crate) enum Item {
    Para(Paragraph),
    Table(Table),
}

/// A dropped element, noted at the item it preceded.
#[derive(Debug)]
pub(crate) struct Dropped {
    pub at: usize,
    pub offset: u64,
    pub what: String,
}

/// The paragraph being built.
#[derive(Debug, Default)]
struct Line {
    text: String,
    /// Collapsible white space seen since the last character, and whether it held a line
    /// break.
    space: bool,
    newline: bool,
    last: Option<char>,
    chars: usize,
    bold_chars: usize,
    ctx: Ctx,
    started: bool,
}

/// Walks a subtree and collects its paragraphs and tables.
pub(crate) struct Walker<'d> {
    dom: &'d Dom,
    stats: &'d Stats,
    skip: &'d [bool],
    limits: &'d HtmlLimits,
    /// The article container: a layout table holding it is walked through.
    container: NodeId,
    /// Inside a data cell: lines, not blocks.
    cell: bool,
    pub items: Vec<Item>,
    pub dropped: Vec<Dropped>,
    line: Line,
    blank: u16,
    page_break: bool,
    /// Offset of the `<br>` that started the current line.
    break_offset: Option<u64>,
    /// Open `<ol>`/`<ul>` counters: (next number, style), None for bullets.
    lists: Vec<Option<(u32, char)>>,
    pending_label: Option<String>,
}

#[derive(Debug, Clone, Copy)]
enum Frame {
    Enter(NodeId, Ctx),
    EndBlock,
    EndList,
}

impl<'d> Walker<'d> {
    pub fn new(
        dom: &'d Dom,
        stats: &'d Stats,
        skip: &'d [bool],
        limits: &'d HtmlLimits,
        container: NodeId,
    ) -> Self {
        Walker {
            dom,
            stats,
            skip,
            limits,
            container,
            cell: false,
            items: Vec::new(),
            dropped: Vec::new(),
            line: Line::default(),
            blank: 0,
            page_break: false,
            break_offset: None,
            lists: Vec::new(),
            pending_label: None,
        }
    }

    fn for_cell(&self) -> Walker<'d> {
        let mut w = Walker::new(self.dom, self.stats, self.skip, self.limits, self.container);
        w.cell = true;
        w
    }

    /// Reads `root` and everything in it.
    pub fn walk(&mut self, root: NodeId) -> Result<(), HtmlError> {
        let ctx = Ctx {
            offset: self.dom.offset(root),
            ..Ctx::default()
        };
        let mut stack = vec![Frame::Enter(root, ctx)];
        while let Some(frame) = stack.pop() {
            match frame {
                Frame::EndBlock => self.end_block(),
                Frame::EndList => {
                    self.lists.pop();
                    self.end_block();
                }
                Frame::Enter(id, ctx) => self.enter(id, ctx, id == root, &mut stack)?,
            }
        }
        self.end_block();
        Ok(())
    }

    fn enter(
        &mut self,
        id: NodeId,
        ctx: Ctx,
        is_root: bool,
        stack: &mut Vec<Frame>,
    ) -> Result<(), HtmlError> {
        let dom = self.dom;
        let Some(node) = dom.node(id) else {
            return Ok(());
        };
        let el = match &node.data {
            Data::Text(t) => {
                self.text(t, &ctx);
                return Ok(());
            }
            Data::Element(el) => el,
            Data::Document => {
                self.push_children(id, ctx, stack);
                return Ok(());
            }
            Data::Other => return Ok(()),
        };
        if !is_root && self.skip.get(id as usize).copied().unwrap_or(false) {
            return Ok(());
        }
        if is_invisible(el) {
            return Ok(());
        }
        let style = style_of(el);
        if style.hidden {
            self.drop_element(id, "hidden element");
            return Ok(());
        }
        if !is_root && let Some(kind) = chrome_kind(el) {
            self.drop_element(id, kind);
            return Ok(());
        }
        let block = self.stats.is_block(id);
        let mut c = ctx;
        if block {
            c.offset = node.offset;
            if let Some(a) = style.align {
                c.align = Some(a);
            }
            if let Some(i) = style.indent {
                c.indent = i;
            }
        }
        if let Some(b) = style.bold {
            c.bold = b;
        }
        if let Some(s) = style.font_size {
            c.font_size = Some(s);
        }
        c.pre |= style.pre;
        match el.name.local {
            local_name!("br") if el.is(&local_name!("br")) => {
                self.line_break(node.offset);
                // Word's page break: <br clear=all style='page-break-before:always'>.
                self.page_break |= style.page_break;
                return Ok(());
            }
            local_name!("hr") => {
                self.end_block();
                return Ok(());
            }
            local_name!("table") if el.is(&local_name!("table")) => {
                return self.table(id, c, stack);
            }
            local_name!("b") | local_name!("strong") => c.bold = style.bold.unwrap_or(true),
            local_name!("center") => c.align = Some(Align::Center),
            local_name!("pre") => c.pre = true,
            local_name!("h1") => heading(&mut c, 1, style.bold),
            local_name!("h2") => heading(&mut c, 2, style.bold),
            local_name!("h3") => heading(&mut c, 3, style.bold),
            local_name!("h4") => heading(&mut c, 4, style.bold),
            local_name!("h5") => heading(&mut c, 5, style.bold),
            local_name!("h6") => heading(&mut c, 6, style.bold),
            local_name!("ol") => {
                self.end_block();
                let start = el
                    .attr(&local_name!("start"))
                    .and_then(|s| s.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                let kind = if style.list_cjk {
                    '一'
                } else {
                    el.attr(&local_name!("type"))
                        .and_then(|t| t.chars().next())
                        .unwrap_or('1')
                };
                self.lists.push(Some((start, kind)));
                stack.push(Frame::EndList);
                self.push_children(id, c, stack);
                return Ok(());
            }
            local_name!("ul") | local_name!("menu") => {
                self.end_block();
                self.lists.push(None);
                stack.push(Frame::EndList);
                self.push_children(id, c, stack);
                return Ok(());
            }
            local_name!("li") => {
                self.end_block();
                if let Some(Some((n, kind))) = self.lists.last_mut() {
                    self.pending_label = Some(list_label(*n, *kind));
                    *n = n.saturating_add(1);
                }
            }
            _ => {}
        }
        if block {
            self.end_block();
            if style.page_break {
                self.page_break = true;
            }
            stack.push(Frame::EndBlock);
        }
        self.push_children(id, c, stack);
        Ok(())
    }

    fn push_children(&self, id: NodeId, ctx: Ctx, stack: &mut Vec<Frame>) {
        let start = stack.len();
        stack.extend(self.dom.children(id).map(|c| Frame::Enter(c, ctx)));
        stack[start..].reverse();
    }

    fn drop_element(&mut self, id: NodeId, kind: &str) {
        // Hidden subtrees are not counted in the stats: count their text here.
        let chars: usize = self
            .dom
            .descendants(id)
            .filter(|&d| {
                !self
                    .dom
                    .element(self.dom.parent(d))
                    .is_some_and(is_invisible)
            })
            .filter_map(|d| self.dom.text(d))
            .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        if chars == 0 {
            return;
        }
        self.dropped.push(Dropped {
            at: self.items.len(),
            offset: self.dom.offset(id),
            what: format!("{kind} {} ({chars} characters)", path(self.dom, id)),
        });
    }

    fn text(&mut self, text: &str, ctx: &Ctx) {
        for ch in text.chars() {
            if ctx.pre {
                match ch {
                    '\n' => {
                        self.line_break(ctx.offset);
                        continue;
                    }
                    '\t' => {
                        self.push_char(' ', ctx);
                        continue;
                    }
                    '\r' => continue,
                    _ => {}
                }
            } else if matches!(ch, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                if self.line.started {
                    self.line.space = true;
                    self.line.newline |= ch == '\n' || ch == '\r';
                }
                continue;
            }
            if self.line.space {
                let wide = |c: Option<char>| c.is_some_and(is_wide);
                if !(self.line.newline && wide(self.line.last) && is_wide(ch)) {
                    self.line.text.push(' ');
                }
                self.line.space = false;
                self.line.newline = false;
            }
            self.push_char(ch, ctx);
        }
    }

    fn push_char(&mut self, ch: char, ctx: &Ctx) {
        if !self.line.started {
            self.line.started = true;
            self.line.ctx = *ctx;
            if let Some(offset) = self.break_offset.take() {
                self.line.ctx.offset = offset;
            }
        }
        if !ch.is_whitespace() {
            self.line.chars += 1;
            if ctx.bold {
                self.line.bold_chars += 1;
            }
            if self.line.chars == 1 {
                self.line.ctx.font_size = ctx.font_size;
            }
        }
        self.line.text.push(ch);
        self.line.last = Some(ch);
    }

    /// A `<br>` (or a line feed in preformatted text).
    fn line_break(&mut self, offset: u64) {
        if self.line.started {
            self.finish_line();
        } else {
            self.blank = self.blank.saturating_add(1);
        }
        self.break_offset = Some(offset);
    }

    /// The end of a block: the line so far is a paragraph.
    fn end_block(&mut self) {
        if self.line.started {
            self.finish_line();
        }
        self.break_offset = None;
    }

    fn finish_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        let mut indent: u16 = 0;
        let mut start = line.text.len();
        for (i, c) in line.text.char_indices() {
            match c {
                '\u{3000}' | '\u{2003}' => indent = indent.saturating_add(2),
                c if c.is_whitespace() => indent = indent.saturating_add(1),
                _ => {
                    start = i;
                    break;
                }
            }
        }
        let body = line.text[start..].trim_end_matches(char::is_whitespace);
        if body.is_empty() {
            self.blank = self.blank.saturating_add(1);
            return;
        }
        let mut text: String = body.replace('\u{a0}', " ");
        let label = self.pending_label.take();
        if let Some(l) = &label {
            text.insert_str(0, l);
        }
        let hints = Hints {
            align: line.ctx.align,
            bold: line.chars > 0 && line.bold_chars == line.chars,
            font_size: line.ctx.font_size,
            heading_level: line.ctx.heading,
            list_label: label,
            indent: indent.saturating_add(line.ctx.indent),
            blank_lines_before: std::mem::take(&mut self.blank),
            page_break_before: std::mem::take(&mut self.page_break),
            in_text_box: false,
        };
        self.items.push(Item::Para(Paragraph {
            text,
            hints,
            loc: Loc::block(0).with_offset(line.ctx.offset),
        }));
    }

    // -----------------------------------------------------------------------------------
    // Tables.

    fn table(&mut self, id: NodeId, ctx: Ctx, stack: &mut Vec<Frame>) -> Result<(), HtmlError> {
        let rows = rows_of(self.dom, id);
        if self.cell {
            // Nested in a data cell: its text joins the cell's.
            let text = self.table_text(&rows)?;
            self.end_block();
            for line in text.split('\n') {
                self.text_line(line, &ctx);
            }
            return Ok(());
        }
        if is_layout(self.dom, self.stats, id, &rows, self.container) {
            self.end_block();
            stack.push(Frame::EndBlock);
            self.push_children(id, ctx, stack);
            return Ok(());
        }
        self.end_block();
        // A caption is a paragraph above the table.
        for child in self.dom.children(id) {
            if self
                .dom
                .element(child)
                .is_some_and(|e| e.is(&local_name!("caption")))
            {
                let mut w = self.for_cell();
                w.walk(child)?;
                let text = w.lines().join("\n");
                self.text_line(
                    &text,
                    &Ctx {
                        offset: self.dom.offset(child),
                        ..ctx
                    },
                );
                self.end_block();
            }
        }
        let table = self.build_table(id, &rows)?;
        self.items.push(Item::Table(table));
        self.blank = 0;
        self.page_break = false;
        Ok(())
    }

    /// One whole line of text as a paragraph (or a cell line).
    fn text_line(&mut self, text: &str, ctx: &Ctx) {
        if text.trim().is_empty() {
            return;
        }
        for ch in text.chars() {
            self.push_char(if ch == '\t' { ' ' } else { ch }, ctx);
        }
        self.finish_line();
    }

    /// The lines of a cell walker.
    fn lines(self) -> Vec<String> {
        self.items
            .into_iter()
            .filter_map(|i| match i {
                Item::Para(p) => Some(p.text),
                Item::Table(_) => None,
            })
            .collect()
    }

    fn cell_text(&self, cell: NodeId) -> Result<String, HtmlError> {
        let mut w = self.for_cell();
        w.walk(cell)?;
        Ok(w.lines().join("\n"))
    }

    /// A nested table as text: cells joined by tabs, rows by line feeds.
    fn table_text(&self, rows: &[RowNodes]) -> Result<String, HtmlError> {
        let mut out = String::new();
        for (r, row) in rows.iter().enumerate() {
            if r > 0 {
                out.push('\n');
            }
            for (c, &cell) in row.cells.iter().enumerate() {
                if c > 0 {
                    out.push('\t');
                }
                out.push_str(&self.cell_text(cell)?.replace('\n', " "));
            }
        }
        Ok(out)
    }

    fn build_table(&self, id: NodeId, rows: &[RowNodes]) -> Result<Table, HtmlError> {
        let dom = self.dom;
        let too_large = || HtmlError::TableTooLarge {
            limit: self.limits.max_table_cells,
            offset: dom.offset(id),
        };
        // The end (exclusive) of each row's group.
        let mut group_end = vec![rows.len(); rows.len()];
        for r in (0..rows.len()).rev() {
            if r + 1 < rows.len() && rows[r + 1].group == rows[r].group {
                group_end[r] = group_end[r + 1];
            } else {
                group_end[r] = r + 1;
            }
        }
        // For each grid column, the row before which it is covered by a span from above.
        let mut busy: Vec<usize> = Vec::new();
        let mut slots: usize = 0;
        let mut out_rows = Vec::with_capacity(rows.len());
        for (r, row) in rows.iter().enumerate() {
            if r > 0 && rows[r - 1].group != row.group {
                busy.clear();
            }
            let mut col = 0usize;
            let mut cells = Vec::with_capacity(row.cells.len());
            for &cell in &row.cells {
                while busy.get(col).is_some_and(|&until| until > r) {
                    col += 1;
                }
                let el = dom.element(cell);
                let span = |name| el.and_then(|e| e.attr(&name)).and_then(leading_number);
                let col_span = span(local_name!("colspan")).unwrap_or(1).clamp(1, 1000) as usize;
                let rows_left = group_end[r] - r;
                let row_span = match span(local_name!("rowspan")) {
                    Some(0) => rows_left,
                    Some(n) => (n.min(65534) as usize).min(rows_left),
                    None => 1,
                }
                .max(1);
                slots = slots
                    .saturating_add(col_span.saturating_mul(row_span))
                    .saturating_add(1);
                if slots > self.limits.max_table_cells {
                    return Err(too_large());
                }
                if busy.len() < col + col_span {
                    busy.resize(col + col_span, 0);
                }
                for b in &mut busy[col..col + col_span] {
                    *b = r + row_span;
                }
                let text = self.cell_text(cell)?;
                let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                cells.push(Cell {
                    text,
                    col: to_u32(col),
                    row_span: to_u32(row_span),
                    col_span: to_u32(col_span),
                    loc: Loc::block(0)
                        .with_cell(to_u32(r), to_u32(col))
                        .with_spans(to_u32(row_span), to_u32(col_span))
                        .with_offset(dom.offset(cell)),
                });
                col += col_span;
            }
            out_rows.push(Row {
                cells,
                repeat_header: row.head,
                loc: Loc::block(0)
                    .with_row(u32::try_from(r).unwrap_or(u32::MAX))
                    .with_offset(dom.offset(row.tr)),
            });
        }
        Ok(Table {
            rows: out_rows,
            loc: Loc::block(0).with_offset(dom.offset(id)),
        })
    }
}

fn heading(c: &mut Ctx, level: u8, bold: Option<bool>) {
    c.heading = Some(level);
    c.bold = bold.unwrap_or(true);
}

/// CJK ideographs, kana, full-width forms and CJK punctuation: no space between two of
/// them where the source broke a line.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// An ordered list's marker as browsers draw it (the numbers as the readers of Word's
/// lists render them: `gongwen_blocks::numfmt`).
fn list_label(n: u32, kind: char) -> String {
    let (fmt, suffix) = match kind {
        'a' if (1..=26).contains(&n) => (NumFmt::LowerLetter, '.'),
        'A' if (1..=26).contains(&n) => (NumFmt::UpperLetter, '.'),
        'i' => (NumFmt::LowerRoman, '.'),
        'I' => (NumFmt::UpperRoman, '.'),
        // Larger numbers in digits, as browsers draw them.
        '一' if n < 100 => (NumFmt::ChineseCounting, '、'),
        '一' => (NumFmt::Decimal, '、'),
        _ => (NumFmt::Decimal, '.'),
    };
    let mut label = String::new();
    push_number(n, fmt, &mut label);
    label.push(suffix);
    label
}

/// "3", " 2 ", "2px" → the leading number, as browsers parse span attributes.
fn leading_number(v: &str) -> Option<u32> {
    let v = v.trim_start();
    let end = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    let digits = &v[..end];
    if digits.is_empty() {
        return None;
    }
    Some(digits.parse::<u32>().unwrap_or(u32::MAX))
}

/// A table row's element and its cells, with its row group.
#[derive(Debug)]
pub(crate) struct RowNodes {
    pub tr: NodeId,
    pub cells: Vec<NodeId>,
    /// Which `<thead>`/`<tbody>`/`<tfoot>` (or the table itself) holds the row.
    pub group: NodeId,
    /// In a `<thead>`.
    pub head: bool,
}

/// The rows of `table` itself (not of tables nested in it), in order.
pub(crate) fn rows_of(dom: &Dom, table: NodeId) -> Vec<RowNodes> {
    let is = |id: NodeId, name| dom.element(id).is_some_and(|e: &Element| e.is(&name));
    let mut rows = Vec::new();
    let mut add = |tr: NodeId, group: NodeId, head: bool| {
        let cells = dom
            .children(tr)
            .filter(|&c| is(c, local_name!("td")) || is(c, local_name!("th")))
            .collect();
        rows.push(RowNodes {
            tr,
            cells,
            group,
            head,
        });
    };
    for child in dom.children(table) {
        if is(child, local_name!("tr")) {
            add(child, table, false);
        } else if is(child, local_name!("thead"))
            || is(child, local_name!("tbody"))
            || is(child, local_name!("tfoot"))
        {
            let head = is(child, local_name!("thead"));
            for tr in dom.children(child).filter(|&c| is(c, local_name!("tr"))) {
                add(tr, child, head);
            }
        }
    }
    rows
}

/// A table used for page layout, not for data.
fn is_layout(dom: &Dom, stats: &Stats, id: NodeId, rows: &[RowNodes], container: NodeId) -> bool {
    if container != NONE && container != id && dom.contains(id, container) {
        return true;
    }
    let Some(el) = dom.element(id) else {
        return true;
    };
    if el
        .attr(&local_name!("role"))
        .is_some_and(|r| r.eq_ignore_ascii_case("presentation") || r.eq_ignore_ascii_case("none"))
    {
        return true;
    }
    let width = rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|&c| {
                    dom.element(c)
                        .and_then(|e| e.attr(&local_name!("colspan")))
                        .and_then(leading_number)
                        .unwrap_or(1)
                        .clamp(1, 1000)
                })
                .sum::<u32>()
        })
        .max()
        .unwrap_or(0);
    if width <= 1 {
        return true;
    }
    let own = stats.own_text(id);
    if own == 0 {
        return false;
    }
    // Nested tables (the outermost ones) holding most of the text.
    let mut nested = 0u32;
    let mut cur = dom.node(id).map_or(NONE, |n| n.first);
    while cur != NONE && dom.contains(id, cur) {
        if dom
            .element(cur)
            .is_some_and(|e| e.is(&local_name!("table")))
        {
            nested = nested.saturating_add(stats.own_text(cur));
            cur = dom.next_skipping(cur, id);
        } else {
            cur = match dom.node(cur) {
                Some(n) if n.first != NONE => n.first,
                _ => dom.next_skipping(cur, id),
            };
        }
    }
    if u64::from(nested) * 2 >= u64::from(own) {
        return true;
    }
    // A few rows, one cell holding an article (several paragraphs, most of the text).
    if rows.len() <= 3 {
        for &cell in rows.iter().flat_map(|r| &r.cells) {
            let text = stats.own_text(cell);
            let blocks = dom
                .descendants(cell)
                .skip(1)
                .filter(|&d| {
                    dom.element(d).is_some_and(|e| {
                        e.is(&local_name!("p"))
                            || e.is(&local_name!("br"))
                            || e.is(&local_name!("div"))
                    })
                })
                .take(3)
                .count();
            if text >= 200 && u64::from(text) * 10 >= u64::from(own) * 6 && blocks >= 3 {
                return true;
            }
        }
    }
    false
}

/// The blocks of `items`, numbered from `base`.
pub(crate) fn number(items: Vec<Item>, base: usize) -> Vec<Block> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let block = u32::try_from(base + i).unwrap_or(u32::MAX);
            match item {
                Item::Para(mut p) => {
                    p.loc.block = block;
                    Block::Paragraph(p)
                }
                Item::Table(mut t) => {
                    t.loc.block = block;
                    for row in &mut t.rows {
                        row.loc.block = block;
                        for cell in &mut row.cells {
                            cell.loc.block = block;
                        }
                    }
                    Block::Table(t)
                }
            }
        })
        .collect()
}

/// A diagnostic for each element dropped inside the article, at the block it preceded.
pub(crate) fn dropped_diagnostics(
    dropped: &[Dropped],
    base: usize,
    blocks: usize,
) -> Vec<Diagnostic> {
    dropped
        .iter()
        .map(|d| {
            let block = (base + d.at).min((base + blocks).saturating_sub(1));
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::PageChromeDropped,
                format!("dropped from the article: {}", d.what),
            )
            .with_loc(Loc::block(u32::try_from(block).unwrap_or(u32::MAX)).with_offset(d.offset))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_labels() {
        let cases = [
            (1, '1', "1."),
            (3, 'a', "c."),
            (2, 'A', "B."),
            (4, 'i', "iv."),
            (14, 'I', "XIV."),
            (1, '一', "一、"),
            (10, '一', "十、"),
            (12, '一', "十二、"),
            (30, '一', "三十、"),
            (45, '一', "四十五、"),
        ];
        for (n, kind, want) in cases {
            assert_eq!(list_label(n, kind), want, "{n} {kind}");
        }
    }

    #[test]
    fn span_numbers() {
        assert_eq!(leading_number("3"), Some(3));
        assert_eq!(leading_number(" 2px"), Some(2));
        assert_eq!(leading_number("x"), None);
        assert_eq!(leading_number("99999999999"), Some(u32::MAX));
    }
}
