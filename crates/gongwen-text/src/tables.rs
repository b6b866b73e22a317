//! The table shapes people save or paste as plain text. Recognising them is layout, not
//! 公文 knowledge: which row is a header and what a column means is left to the
//! structurer.
//!
//! - Word "save as text": every cell on its own line starting with a TAB, rows separated
//!   by blank lines, a cell continuing on a following line without a TAB.
//! - TAB-separated rows: one row per line, cells separated by TABs; a line without TABs
//!   between such rows is a row of one cell spanning the table (a group row).
//! - Pipe-delimited rows ("| a | b |", or "a | b |" as markdown-like web copies print
//!   them), with "|---|" or "+---+" separator lines skipped.
//! - One cell per line, rows between separator lines ("------").
//! - Columns aligned with spaces (a fixed-width export, an old site's `<pre>`): a header
//!   line of three fields or more, fields apart by two spaces or more, and rows whose
//!   fields start where the header's columns do (a missing field is a blank cell).
//! - Cells apart by runs of three spaces or more that do not line up (tabs or `&nbsp;`
//!   runs a copy turned into spaces): a header of short names, then rows that open with a
//!   row number; a row short of cells lost its blank ones in its widest gaps.

use std::borrow::Cow;

use crate::TextError;
use crate::lines::{Line, is_space};

/// A table recognised in the text, as cell texts with the lines they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextTable {
    pub rows: Vec<TextRow>,
    /// Index (into the line slice) one past the table's last line.
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextRow {
    pub cells: Vec<TextCell>,
    /// A single cell meant to span the whole table (a group row between TAB rows).
    pub spans_table: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextCell {
    pub text: String,
    pub first_line: u32,
    pub last_line: u32,
}

impl TextCell {
    fn new(text: &str, line: u32) -> Self {
        TextCell {
            text: text.trim_matches(is_space).to_owned(),
            first_line: line,
            last_line: line,
        }
    }

    /// Continues the cell with the next line of a cell wrapped by the page's width: no
    /// break between (a space only between two Latin words).
    fn push_wrapped(&mut self, text: &str, line: u32) {
        let text = text.trim_matches(is_space);
        if text.is_empty() {
            return;
        }
        if self.text.is_empty() {
            self.first_line = line;
        } else if self.text.ends_with(|c: char| c.is_ascii_alphabetic())
            && text.starts_with(|c: char| c.is_ascii_alphabetic())
        {
            self.text.push(' ');
        }
        self.text.push_str(text);
        self.last_line = line;
    }

    /// Adds a line of a cell broken over lines in a TAB export: on a line of its own after
    /// a piece that ends without punctuation (a cell's paragraphs: one unit a line, "区住建局
    /// （牵头）" over "区财政局"), straight after one that ends with a clause's or a list's
    /// punctuation ("…改造工程，" / "完成…", "住建局、" / "各街道办事处").
    fn push_cell_line(&mut self, text: &str, line: u32) {
        let punctuated = self
            .text
            .ends_with(['，', '、', '；', '：', '。', ',', ';', ':', '（', '(', '“']);
        if punctuated || self.text.is_empty() {
            self.push_wrapped(text, line);
        } else {
            self.push_line(text, line);
        }
    }

    fn push_line(&mut self, text: &str, line: u32) {
        let text = text.trim_matches(is_space);
        if text.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(text);
        self.last_line = line;
    }
}

impl TextRow {
    pub fn first_line(&self) -> u32 {
        self.cells.first().map_or(0, |c| c.first_line)
    }
    pub fn last_line(&self) -> u32 {
        self.cells.iter().map(|c| c.last_line).max().unwrap_or(0)
    }
}

/// What one pass of the reader has learnt about the text, so that no line is scanned over
/// and over: the cell limit, and how far the shapes whose scans are monotone are known to
/// fail.
#[derive(Debug, Clone)]
pub(crate) struct Scan {
    max_cells: usize,
    /// `word_cells` failed from a start before this index, and so fails from every TAB-led
    /// line up to it (a failed scan covers at most one row and the blank lines after it).
    word_fail_until: usize,
    /// `pipe_rows` failed from a start before this index, and so from every line up to it
    /// (its rows from a later start are a subset).
    pipe_fail_until: usize,
}

impl Scan {
    pub(crate) fn new(max_cells: usize) -> Self {
        Scan {
            max_cells,
            word_fail_until: 0,
            pipe_fail_until: 0,
        }
    }
}

/// Counts the cells of one table being read against the limit.
struct CellCount {
    n: usize,
    max: usize,
    start_line: u32,
}

impl CellCount {
    fn new(scan: &Scan, lines: &[Line<'_>], start: usize) -> Self {
        CellCount {
            n: 0,
            max: scan.max_cells,
            start_line: lines.get(start).map_or(0, |l| l.number),
        }
    }

    fn add(&mut self, cells: usize, line: u32) -> Result<(), TextError> {
        self.n = self.n.saturating_add(cells);
        if self.n > self.max {
            return Err(TextError::TableTooLarge {
                start_line: self.start_line,
                line,
                limit: self.max,
            });
        }
        Ok(())
    }
}

/// Tries every shape at `lines[start]`. A table of more cells than the limit is an error
/// as soon as the limit is passed.
pub(crate) fn table_at(
    lines: &[Line<'_>],
    start: usize,
    scan: &mut Scan,
) -> Result<Option<TextTable>, TextError> {
    let Some(line) = lines.get(start) else {
        return Ok(None);
    };
    if line.starts_with_tab() && start >= scan.word_fail_until {
        match word_cells(lines, start, scan)? {
            Ok(t) => return Ok(Some(t)),
            Err(scanned_to) => scan.word_fail_until = scanned_to,
        }
    }
    if line.raw.contains('\t')
        && let Some(t) = tab_rows(lines, start, scan)?
    {
        return Ok(Some(t));
    }
    let trimmed = line.trimmed();
    if (trimmed.starts_with(['|', '｜', '+']) || trimmed.ends_with(['|', '｜']))
        && start >= scan.pipe_fail_until
    {
        match pipe_rows(lines, start, scan)? {
            Ok(t) => return Ok(Some(t)),
            Err(scanned_to) => scan.pipe_fail_until = scanned_to,
        }
    }
    if trimmed.matches(['|', '｜']).nth(1).is_some() && start >= scan.pipe_fail_until {
        match inner_pipe_rows(lines, start, scan)? {
            Ok(t) => return Ok(Some(t)),
            Err(scanned_to) => scan.pipe_fail_until = scanned_to,
        }
    }
    if is_separator(trimmed) {
        return cell_per_line(lines, start, scan);
    }
    if trimmed.contains("  ") {
        // Counted by display width, else on pdftotext's grid of one column a character;
        // the reading that keeps more rows wins.
        let by_width = space_rows(lines, start, scan, Grid::Width)?;
        let by_chars = space_rows(lines, start, scan, Grid::Chars)?;
        let rows = |t: &Option<TextTable>| t.as_ref().map_or(0, |t| t.rows.len());
        let best = if rows(&by_chars) > rows(&by_width) {
            by_chars
        } else {
            by_width
        };
        if let Some(t) = best {
            return Ok(Some(t));
        }
        if let Some(t) = gap_rows(lines, start, scan)? {
            return Ok(Some(t));
        }
    }
    Ok(None)
}

/// Spaces a gap between the cells of a row must hold where the columns do not line up:
/// more than a space a sentence or a name may hold ("县住建局 县财政局").
const MIN_CELL_GAP: usize = 3;

/// The fields of a line apart by runs of [`MIN_CELL_GAP`] spaces or more, each with the
/// width of the gap before it (0 for the first).
fn gap_fields(raw: &str) -> Vec<(usize, &str)> {
    fields(raw, MIN_CELL_GAP)
        .into_iter()
        .map(|f| (f.gap, f.text))
        .collect()
}

/// A header of short column names, then numbered rows whose cells are apart by runs of
/// spaces that do not line up under the header (a page's tabs or `&nbsp;` runs turned
/// into spaces by a copy): "序号    工作任务    牵头单位 …" over "1    完成改造…    县住建局 …".
/// Every row opens with a row number and has more than one field and no more fields than
/// the header; a row short of fields lost its blank cells in its widest gaps (one cell
/// each). Two rows at least; blank lines between rows are skipped; the table ends at the
/// first other line.
fn gap_rows(lines: &[Line<'_>], start: usize, scan: &Scan) -> Result<Option<TextTable>, TextError> {
    let header = gap_fields(lines[start].raw);
    if header.len() < 3
        || header
            .iter()
            .any(|(_, t)| t.chars().count() > MAX_SPACED_HEADER_FIELD)
    {
        return Ok(None);
    }
    let width = header.len();
    let mut count = CellCount::new(scan, lines, start);
    let line_no = lines[start].number;
    count.add(width, line_no)?;
    let mut rows = vec![TextRow {
        cells: header
            .iter()
            .map(|(_, t)| TextCell::new(t, line_no))
            .collect(),
        spans_table: false,
    }];
    let mut i = start + 1;
    let mut end = i;
    while let Some(line) = lines.get(i) {
        if line.is_blank() {
            i += 1;
            continue;
        }
        let fields = gap_fields(line.raw);
        if fields.len() < 2
            || fields.len() > width
            || !fields.first().is_some_and(|(_, t)| is_row_number(t))
        {
            break;
        }
        // The widest gaps hide the blank cells.
        let missing = width - fields.len();
        let mut widest: Vec<usize> = (1..fields.len()).collect();
        widest.sort_by(|&a, &b| fields[b].0.cmp(&fields[a].0).then(a.cmp(&b)));
        widest.truncate(missing);
        let mut cells = Vec::with_capacity(width);
        for (k, (_, text)) in fields.iter().enumerate() {
            if widest.contains(&k) {
                cells.push(TextCell::new("", line.number));
            }
            cells.push(TextCell::new(text, line.number));
        }
        while cells.len() < width {
            cells.push(TextCell::new("", line.number));
        }
        count.add(cells.len(), line.number)?;
        rows.push(TextRow {
            cells,
            spans_table: false,
        });
        i += 1;
        end = i;
    }
    Ok((rows.len() >= 3).then_some(TextTable { rows, end }))
}

/// Longest field of a header line of space-aligned columns (characters): column names.
const MAX_SPACED_HEADER_FIELD: usize = 12;

/// The fields of a line of space-aligned columns: each with its start in half-width
/// columns (a CJK character is two wide) and its text; fields are apart by two spaces or
/// more (or one ideographic space and more).
fn spaced_fields(raw: &str, grid: Grid) -> Vec<(usize, &str)> {
    fields_in(raw, 2, grid)
        .into_iter()
        .map(|f| (f.col, f.text))
        .collect()
}

/// How a line's positions are counted: by display width (a CJK character two columns, as
/// a fixed-width export or a `<pre>` page prints), or by characters (`pdftotext -layout`
/// places each character, wide or not, on its grid of one column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grid {
    Width,
    Chars,
}

impl Grid {
    fn of(self, c: char) -> usize {
        match self {
            Grid::Width => char_width(c),
            Grid::Chars => 1,
        }
    }

    fn width(self, text: &str) -> usize {
        text.chars().map(|c| self.of(c)).sum()
    }
}

/// A field of a line: where it starts (half-width columns), the width of the blank run
/// before it (0 for the first) and its text.
struct Field<'a> {
    col: usize,
    gap: usize,
    text: &'a str,
}

/// The fields of a line apart by blank runs at least `min_gap` half-width columns wide (a
/// CJK space is two).
fn fields(raw: &str, min_gap: usize) -> Vec<Field<'_>> {
    fields_in(raw, min_gap, Grid::Width)
}

/// [`fields`], positions counted on `grid`.
fn fields_in(raw: &str, min_gap: usize, grid: Grid) -> Vec<Field<'_>> {
    let mut out: Vec<Field<'_>> = Vec::new();
    let mut col = 0usize;
    // The open field: its first byte, column and the gap before it.
    let mut start: Option<(usize, usize, usize)> = None;
    let mut gap = 0usize;
    let mut last_end = 0usize;
    for (i, c) in raw.char_indices() {
        let w = grid.of(c);
        if c == ' ' || c == '\u{3000}' {
            gap += w;
        } else {
            if gap >= min_gap || start.is_none() {
                if let Some((s_byte, s_col, s_gap)) = start.take() {
                    out.push(Field {
                        col: s_col,
                        gap: s_gap,
                        text: raw[s_byte..last_end].trim_end(),
                    });
                }
                start = Some((i, col, if out.is_empty() { 0 } else { gap }));
            }
            gap = 0;
            last_end = i + c.len_utf8();
        }
        col += w;
    }
    if let Some((s_byte, s_col, s_gap)) = start {
        out.push(Field {
            col: s_col,
            gap: s_gap,
            text: raw[s_byte..last_end].trim_end(),
        });
    }
    out
}

/// How far (half-width columns) a field may start right of where its column's name
/// starts, or end past the next column's start, and still be under it: a PDF's text laid
/// out by position (`pdftotext -layout`) shifts a cell by a character when the text beside
/// it is wider than the column.
const COLUMN_SLACK: usize = 2;

/// The display width of `c` in half-width columns: a CJK (any non-ASCII) character is two.
fn char_width(c: char) -> usize {
    if c.is_ascii() { 1 } else { 2 }
}

/// The column each field of a line falls under, or `None` when a field does not fit one
/// (it starts left of every column, or runs over into the next column: prose, not a row)
/// or two fields fall under one column.
///
/// `first`: the column the line's first field may start at (1 where the first column holds
/// row numbers only and the first field is none).
fn place_fields(
    starts: &[usize],
    fields: &[(usize, &str)],
    grid: Grid,
    first: usize,
) -> Option<Vec<usize>> {
    let mut placed: Vec<usize> = Vec::with_capacity(fields.len());
    for &(col, text) in fields {
        let under = starts.iter().rposition(|&s| s <= col + COLUMN_SLACK)?;
        // A cell left-aligned under a centred header name starts left of it, under the
        // column before, which the field before holds: it is the next column's.
        let mut c = match placed.last() {
            Some(&last) if last >= under => last + 1,
            Some(_) => under,
            None => under.max(first),
        };
        // So is one that starts in the gap before the next column (past where its own
        // column starts) and runs over the next column's start.
        let overruns = |c: usize| {
            starts
                .get(c + 1)
                .is_some_and(|&next| col + grid.width(text) > next + COLUMN_SLACK)
        };
        if overruns(c)
            && col > starts[c] + COLUMN_SLACK
            && starts.get(c + 1).is_some_and(|&next| col < next)
        {
            c += 1;
        }
        if c >= starts.len() || overruns(c) {
            return None;
        }
        placed.push(c);
    }
    Some(placed)
}

/// [`place_fields`], where a field that runs over the next column's start is split at a
/// single space after which the rest starts under that column: where text is dense a PDF
/// laid out by position leaves one space between two cells ("县住房城乡建设局 县财政局、"
/// under 牵头单位 and 配合单位).
#[allow(clippy::type_complexity)]
fn place_split<'a>(
    starts: &[usize],
    fields: Vec<(usize, &'a str)>,
    grid: Grid,
    first: usize,
) -> Option<(Vec<(usize, &'a str)>, Vec<usize>)> {
    if let Some(placed) = place_fields(starts, &fields, grid, first) {
        return Some((fields, placed));
    }
    let mut split: Vec<(usize, &'a str)> = Vec::with_capacity(fields.len() + 1);
    for (col, text) in fields {
        let end = col + grid.width(text);
        // The column start it runs over, if any, and the single space before it.
        let at = starts
            .iter()
            .copied()
            .filter(|&n| n > col + COLUMN_SLACK && end > n + COLUMN_SLACK)
            .find_map(|n| {
                text.match_indices(' ').map(|(i, _)| i).find(|&i| {
                    let rest_at = col + grid.width(&text[..=i]);
                    rest_at + COLUMN_SLACK >= n && rest_at <= n + COLUMN_SLACK
                })
            });
        match at {
            Some(i) => {
                split.push((col, text[..i].trim_end()));
                split.push((col + grid.width(&text[..=i]), text[i + 1..].trim_start()));
            }
            None => split.push((col, text)),
        }
    }
    let placed = place_fields(starts, &split, grid, first)?;
    Some((split, placed))
}

/// A row number in a table's first column: "1", "12", "一", "（3）", "4." — the first
/// field of a line that starts a numbered row.
fn is_row_number(text: &str) -> bool {
    let core = text
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）', '.', '．', '、']);
    !core.is_empty()
        && core.chars().count() <= 3
        && (core.chars().all(|c| c.is_ascii_digit())
            || core.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// A page number line of a text taken from a PDF or a printed page ("— 2 —", "- 3 -",
/// "－12－", "第 2 页", "第2页 共5页"): page furniture a table runs across.
pub(crate) fn is_page_number(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    let dashes = ['—', '-', '－', '–', '─'];
    if let Some(inner) = t.strip_prefix(dashes)
        && let Some(inner) = inner.strip_suffix(dashes)
    {
        let inner = inner.trim_matches(|c: char| is_space(c) || dashes.contains(&c));
        return !inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| c.is_ascii_digit());
    }
    let mut rest = t;
    for part in [("第", "页"), ("共", "页")] {
        let Some(r) = rest.strip_prefix(part.0) else {
            return rest.is_empty() && t != rest;
        };
        let r = r.trim_start_matches(is_space);
        let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || digits > 4 {
            return false;
        }
        let Some(r) = r[digits..]
            .trim_start_matches(is_space)
            .strip_prefix(part.1)
        else {
            return false;
        };
        rest = r.trim_start_matches(is_space);
    }
    rest.is_empty()
}

/// A row being gathered from the lines of a space-aligned table.
struct SpacedRow {
    cells: Vec<TextCell>,
}

impl SpacedRow {
    fn new(columns: usize, line: u32) -> Self {
        SpacedRow {
            cells: (0..columns).map(|_| TextCell::new("", line)).collect(),
        }
    }

    /// Adds a line's fields, each to the end of its column's cell: a cell wrapped over
    /// lines by the page's width is one text again.
    fn add(&mut self, fields: &[(usize, &str)], placed: &[usize], line: u32) {
        for (&(_, text), &c) in fields.iter().zip(placed) {
            if let Some(cell) = self.cells.get_mut(c) {
                cell.push_wrapped(text, line);
            }
        }
    }

    fn into_row(mut self) -> TextRow {
        while self.cells.len() > 1 && self.cells.last().is_some_and(|c| c.text.is_empty()) {
            self.cells.pop();
        }
        TextRow {
            cells: self.cells,
            spans_table: false,
        }
    }
}

/// A header line then rows of space-aligned columns ("序号  工作任务  牵头单位  …" over
/// "1     新引进…    市招商局  …"): each field placed under the header column it starts
/// under, the missing ones blank. Two rows at least.
///
/// Text laid out from a PDF by position (`pdftotext -layout`) wraps a cell over several
/// lines and may leave blank lines between rows and a page number between pages. So:
/// lines under the header whose first column is blank, before a blank line or a numbered
/// row, go on the header's cells ("总投资" over "（亿元）"); when the first data row opens
/// with a row number, a line whose first column is blank goes on the row above (its cells
/// wrapped), and blank lines between numbered rows do not end the table; a page number
/// line, and the header printed again on a new page, are skipped. Without row numbers
/// every line is a row, and a blank line ends the table. The table ends at a line that
/// does not fit the columns.
fn space_rows(
    lines: &[Line<'_>],
    start: usize,
    scan: &Scan,
    grid: Grid,
) -> Result<Option<TextTable>, TextError> {
    let header = spaced_fields(lines[start].raw, grid);
    if header.len() < 3
        || header
            .iter()
            .any(|(_, t)| t.chars().count() > MAX_SPACED_HEADER_FIELD)
    {
        return Ok(None);
    }
    let starts: Vec<usize> = header.iter().map(|(c, _)| *c).collect();
    let mut count = CellCount::new(scan, lines, start);
    let line_no = lines[start].number;
    count.add(header.len(), line_no)?;
    let mut head = SpacedRow::new(starts.len(), line_no);
    let all: Vec<usize> = (0..header.len()).collect();
    head.add(&header, &all, line_no);
    let mut i = start + 1;
    // The header's own wrapped lines.
    let mut k = i;
    let mut head_lines = Vec::new();
    while let Some(line) = lines.get(k)
        && !line.is_blank()
    {
        let fields = spaced_fields(line.raw, grid);
        match place_fields(&starts, &fields, grid, 0) {
            Some(placed)
                if placed.first().is_some_and(|&c| c > 0)
                    && fields
                        .iter()
                        .all(|(_, t)| t.chars().count() <= MAX_SPACED_HEADER_FIELD) =>
            {
                head_lines.push((fields, placed, line.number));
                k += 1;
            }
            _ => break,
        }
    }
    let next_is_row = |k: usize| {
        lines.get(k).is_none_or(|l| {
            l.is_blank()
                || spaced_fields(l.raw, grid)
                    .first()
                    .is_some_and(|(c, t)| *c <= starts[0] + COLUMN_SLACK && is_row_number(t))
        })
    };
    if !head_lines.is_empty() && next_is_row(k) {
        for (fields, placed, number) in &head_lines {
            head.add(fields, placed, *number);
        }
        i = k;
    }
    let mut rows = vec![head.into_row()];
    let mut current: Option<SpacedRow> = None;
    let mut numbered: Option<bool> = None;
    let mut after_blank = false;
    // The widest field each column held on a line opening a numbered row: a line after
    // blank lines goes on a row only with fields no wider than that or than the column's
    // room under the header (prose under the table, indented like a cell's wrapped line,
    // is wider than the cells).
    let mut widest: Vec<usize> = vec![0; starts.len()];
    let mut end = i;
    while let Some(line) = lines.get(i) {
        if line.is_blank() {
            if numbered == Some(false) {
                break;
            }
            after_blank = true;
            i += 1;
            continue;
        }
        if is_page_number(line.raw) {
            i += 1;
            continue;
        }
        // In a numbered table the first column holds the row numbers only: a line's
        // first field that is none, starting past the 序号 header's name, is the next
        // column's (a requirement's wrapped line, "8000 人" under "为全县…筛查").
        let fields = spaced_fields(line.raw, grid);
        let first = usize::from(
            numbered == Some(true)
                && fields.first().is_some_and(|(col, t)| {
                    !is_row_number(t) && *col >= starts[0] + grid.width(header[0].1)
                }),
        );
        let Some((fields, placed)) = place_split(&starts, fields, grid, first) else {
            break;
        };
        if fields.len() == header.len() && fields.iter().zip(&header).all(|(a, b)| a.1 == b.1) {
            // The header printed again at the top of a page.
            i += 1;
            end = i;
            continue;
        }
        let opens_with_number =
            placed.first() == Some(&0) && fields.first().is_some_and(|(_, t)| is_row_number(t));
        let first_blank = placed.first().is_none_or(|&c| c > 0);
        let is_numbered = *numbered.get_or_insert(opens_with_number);
        let new_row = match (is_numbered, current.is_some()) {
            (_, false) => true,
            (true, true) if opens_with_number => true,
            // A numbered table's line with a blank first column continues the row above:
            // right under it, or after blank lines when its fields fit the columns (a
            // PDF laid out by position leaves blank lines between a cell's lines).
            (true, true)
                if first_blank
                    && (!after_blank
                        || (grid == Grid::Chars
                            && fields.iter().zip(&placed).all(|((_, t), &c)| {
                                let room = starts
                                    .get(c + 1)
                                    .map_or(0, |&n| n.saturating_sub(starts[c]));
                                grid.width(t) <= room.max(widest[c]) + COLUMN_SLACK
                            }))) =>
            {
                false
            }
            (true, true) => break,
            (false, true) if after_blank => break,
            (false, true) => true,
        };
        if new_row {
            if fields.len() < 2 {
                break;
            }
            if let Some(row) = current.take() {
                let row = row.into_row();
                count.add(row.cells.len(), line.number)?;
                rows.push(row);
            }
            current = Some(SpacedRow::new(starts.len(), line.number));
        }
        if let Some(row) = current.as_mut() {
            row.add(&fields, &placed, line.number);
        }
        if opens_with_number {
            for ((_, t), &c) in fields.iter().zip(&placed) {
                if let Some(w) = widest.get_mut(c) {
                    *w = (*w).max(grid.width(t));
                }
            }
        }
        after_blank = false;
        i += 1;
        end = i;
    }
    if let Some(row) = current.take() {
        let row = row.into_row();
        count.add(
            row.cells.len(),
            lines.get(end.saturating_sub(1)).map_or(0, |l| l.number),
        )?;
        rows.push(row);
    }
    // Counted in characters, only a numbered table (pdftotext's) is read: lines of prose
    // apart by runs of spaces line up on that grid as often as not.
    if grid == Grid::Chars && numbered != Some(true) {
        return Ok(None);
    }
    Ok((rows.len() >= 3).then_some(TextTable { rows, end }))
}

/// "序号 | 工作内容 | 责任部门" rows with pipes only between the cells (no outer pipes, no
/// separator line): three lines at least in a row, each of three cells or more, the first two
/// of one width; a later row may hold fewer cells (merged cells lost, or the text cut inside
/// it), never more than one beyond. `Err(i)` when there is no table here.
fn inner_pipe_rows(
    lines: &[Line<'_>],
    start: usize,
    scan: &Scan,
) -> Result<Result<TextTable, usize>, TextError> {
    /// Fewest rows read as such a table: two lines with pipes may be prose.
    const MIN_ROWS: usize = 3;
    let mut count = CellCount::new(scan, lines, start);
    let mut rows: Vec<TextRow> = Vec::new();
    let mut width = 0;
    let mut i = start;
    while i < lines.len() {
        let t = lines[i].trimmed();
        if t.matches(['|', '｜']).nth(1).is_none() {
            break;
        }
        let cells: Vec<TextCell> = t
            .split(['|', '｜'])
            .map(|c| TextCell::new(c, lines[i].number))
            .collect();
        let fits = match rows.len() {
            0 => true,
            1 => cells.len() == width,
            _ => cells.len() <= width + 1,
        };
        if !fits {
            break;
        }
        if rows.is_empty() {
            width = cells.len();
        }
        count.add(cells.len(), lines[i].number)?;
        rows.push(TextRow {
            cells,
            spans_table: false,
        });
        i += 1;
    }
    Ok(if rows.len() >= MIN_ROWS {
        Ok(TextTable { rows, end: i })
    } else {
        Err(i.max(start + 1))
    })
}

/// Word "save as text": TAB-led cell lines, blank lines between rows. `Err(i)` when there
/// is no table here: the scan stopped at line index `i`.
fn word_cells(
    lines: &[Line<'_>],
    start: usize,
    scan: &Scan,
) -> Result<Result<TextTable, usize>, TextError> {
    let mut count = CellCount::new(scan, lines, start);
    let mut rows: Vec<TextRow> = Vec::new();
    let mut current: Vec<TextCell> = Vec::new();
    let mut i = start;
    let mut end = start;
    while i < lines.len() {
        let line = &lines[i];
        if line.is_blank() && !line.raw.starts_with('\t') {
            if !current.is_empty() {
                rows.push(TextRow {
                    cells: std::mem::take(&mut current),
                    spans_table: false,
                });
                end = i;
            }
            i += 1;
            continue;
        }
        if line.starts_with_tab() {
            // A line may hold several TAB-led cells ("\t1\t一、…").
            for part in line.raw[1..].split('\t') {
                count.add(1, line.number)?;
                current.push(TextCell::new(part, line.number));
            }
        } else if let Some(cell) = current.last_mut() {
            // A line without TAB right after a cell line continues that cell.
            cell.push_line(line.raw, line.number);
        } else {
            // After a blank line, a line without TAB ends the table.
            break;
        }
        i += 1;
    }
    if !current.is_empty() {
        rows.push(TextRow {
            cells: current,
            spans_table: false,
        });
        end = i;
    }
    // TAB-led lines are indented paragraphs, not a table, unless two rows at least have
    // several cells: one row is an indented line, and runs of one line (paragraphs) with one
    // of two (a signature over its date) are a page's indented text.
    let several = rows.iter().filter(|r| r.cells.len() >= 2).count();
    Ok(if several >= 2 {
        Ok(TextTable { rows, end })
    } else {
        Err(i)
    })
}

/// One row per line, cells separated by TABs.
fn tab_rows(lines: &[Line<'_>], start: usize, scan: &Scan) -> Result<Option<TextTable>, TextError> {
    // A blank (TAB-only) line never starts a table of its own: the table, if any, is read
    // from its first row when the reader gets there. Looking ahead from every such line
    // made a long run of TAB-only lines quadratic.
    if lines.get(start).is_none_or(Line::is_blank) {
        return Ok(None);
    }
    let mut count = CellCount::new(scan, lines, start);
    let mut rows: Vec<TextRow> = Vec::new();
    let mut i = start;
    let mut end = start;
    while i < lines.len() {
        let line = &lines[i];
        let trimmed = line.raw.trim_matches(|c: char| c != '\t' && is_space(c));
        if line.is_blank() {
            // Blank lines inside the table are tolerated when another TAB row follows:
            // jump over the whole blank run at once (looking ahead from each blank line
            // would make a long run quadratic).
            match next_nonblank(lines, i) {
                Some(j) if has_inner_tab(&lines[j]) => {
                    i = j;
                    continue;
                }
                _ => break,
            }
        }
        if has_inner_tab(line) {
            let mut cells: Vec<TextCell> = trimmed
                .split('\t')
                .map(|c| TextCell::new(c, line.number))
                .collect();
            // A cell broken over lines inside a row ("1⇥实施改造工程，" / "完成改造管网18公
            // 里。⇥住建局⇥10月底前"): the next TAB line, opening with no row number, goes on
            // the row's last cell while the row stays within the header's width.
            // Whole lines without a TAB may stand between two lines of a row: a list of
            // units broken at its separators ("县数字办、" / "县市场监管局、" / "县人社局⇥
            // 2026年第三季度"), or a cell's paragraphs when the TAB line after them ends
            // the row at the header's width ("区住建局（牵头）" / "区财政局" / "各街道⇥
            // 2025年11月底前"): they go on the cell too.
            let width = rows.first().map_or(0, |r| r.cells.len());
            while cells.len() < width {
                let Some((middle, fields)) = row_goes_on(lines, i + 1, &cells, width) else {
                    break;
                };
                let next = &lines[i + 1 + middle];
                if let Some(last) = cells.last_mut() {
                    for m in &lines[i + 1..i + 1 + middle] {
                        last.push_cell_line(m.raw, m.number);
                    }
                }
                let mut rest = fields.iter();
                if let (Some(last), Some(first)) = (cells.last_mut(), rest.next()) {
                    last.push_cell_line(first, next.number);
                }
                cells.extend(rest.map(|c| TextCell::new(c, next.number)));
                i += 1 + middle;
            }
            count.add(cells.len(), line.number)?;
            rows.push(TextRow {
                cells,
                spans_table: false,
            });
            end = i + 1;
        } else if !rows.is_empty()
            && groups_then_row(lines, i, rows.first().map_or(0, |r| r.cells.len()))
        {
            // A group row ("一、知识产权保护方面（共5项）") between TAB rows; a group with no
            // row under it is followed by the next group.
            count.add(1, line.number)?;
            rows.push(TextRow {
                cells: vec![TextCell::new(line.raw, line.number)],
                spans_table: true,
            });
        } else {
            break;
        }
        i += 1;
    }
    let with_tabs = rows.iter().filter(|r| !r.spans_table).count();
    // Word's list numbering saved as text puts a TAB after each paragraph's number ("1.⇥确保…",
    // "（一）⇥…"): rows of a number and a text are numbered paragraphs, not a table.
    let numbered_paragraphs = rows
        .iter()
        .filter(|r| !r.spans_table)
        .all(|r| matches!(r.cells.as_slice(), [label, _] if is_list_label(&label.text)));
    Ok((with_tabs >= 2 && !numbered_paragraphs).then_some(TextTable { rows, end }))
}

/// A paragraph's number as a list prints it, with its delimiter: "1.", "2．", "一、", "（一）",
/// "(3)". A table's 序号 is a bare number.
fn is_list_label(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    list_label_len(t, true) == Some(t.len())
}

/// The byte length of the list number `t` opens with and its delimiter ("1.", "一、",
/// "（一）"), Arabic digits too when `digits`; `None` when it opens with none.
fn list_label_len(t: &str, digits: bool) -> Option<usize> {
    let numeral = |c: char| (digits && c.is_ascii_digit()) || "一二三四五六七八九十".contains(c);
    let rest = t.strip_prefix(['（', '(']);
    let bracketed = rest.is_some();
    let rest = rest.unwrap_or(t);
    let n = rest
        .chars()
        .take_while(|&c| numeral(c))
        .map(char::len_utf8)
        .sum::<usize>();
    let close = rest[n..].chars().next().filter(|&c| {
        n > 0
            && if bracketed {
                matches!(c, '）' | ')')
            } else {
                matches!(c, '、' | '.' | '．')
            }
    })?;
    Some(t.len() - rest.len() + n + close.len_utf8())
}

/// Whether a TAB row short of the header's width (`cells`) goes on from line `from`: the
/// number of whole lines without a TAB before the TAB line that goes on with it, and that
/// line's fields. The TAB line opens with no row number and keeps the row within the
/// width; whole lines before it are taken when the cell so far and each of them end with a
/// list's separator (a unit list broken at them), or when the TAB line ends the row at the
/// header's width exactly (a cell's paragraphs, a line each); at most four of them, none
/// blank.
fn row_goes_on<'l>(
    lines: &'l [Line<'_>],
    from: usize,
    cells: &[TextCell],
    width: usize,
) -> Option<(usize, Vec<&'l str>)> {
    /// Most whole lines of one cell between two lines of its TAB row.
    const MAX_MIDDLE_LINES: usize = 4;
    let ends_list = |t: &str| {
        t.trim_end_matches(is_space)
            .ends_with(['、', '，', ',', '；', ';'])
    };
    let rest = lines.get(from..).unwrap_or_default();
    let middle = rest
        .iter()
        .take(MAX_MIDDLE_LINES + 1)
        .position(|l| l.is_blank() || l.raw.contains('\t'))?;
    let next = rest.get(middle).filter(|l| has_inner_tab(l))?;
    let fields: Vec<&'l str> = next
        .raw
        .trim_matches(|c: char| c != '\t' && is_space(c))
        .split('\t')
        .collect();
    let cells_after = cells.len() + fields.len() - 1;
    if fields
        .first()
        .is_some_and(|f| is_row_number(f.trim_matches(is_space)))
        || cells_after > width
    {
        return None;
    }
    let listed = cells.last().is_some_and(|c| ends_list(&c.text))
        && rest[..middle].iter().all(|l| ends_list(l.raw));
    (middle == 0 || listed || cells_after == width).then_some((middle, fields))
}

fn has_inner_tab(line: &Line<'_>) -> bool {
    let t = line.raw.trim_matches(|c: char| c != '\t' && is_space(c));
    let t = t.trim_matches('\t');
    t.contains('\t')
}

/// Line `i` (without a TAB) and at most [`MAX_EMPTY_GROUPS`] short lines like it after it
/// are followed by a TAB row: group rows between a table's rows, the first perhaps a group
/// with no row of its own ("三、加强法治保障（共3项）" over "四、强化监督评价（共2项）").
/// After several such lines the TAB row must be as wide as the table's first (`width`): a
/// narrower or wider one is another table's, under its own heading ("附件2" / "…名单").
fn groups_then_row(lines: &[Line<'_>], i: usize, width: usize) -> bool {
    /// Longest line read as a group row when another group row follows it (characters).
    const MAX_GROUP: usize = 40;
    let mut at = i;
    for k in 0..=MAX_EMPTY_GROUPS {
        let Some(j) = next_nonblank(lines, at) else {
            return false;
        };
        if has_inner_tab(&lines[j]) {
            let cells = lines[j].trimmed().split('\t').count();
            return k == 0 || cells == width;
        }
        // Several lines in a row are group rows only when each is a numbered heading (not
        // "附件2" over a list's title).
        let heading = |t: &str| t.chars().count() <= MAX_GROUP && opens_with_heading_number(t);
        if !heading(lines[j].trimmed()) || !heading(lines[at].trimmed()) {
            return false;
        }
        at = j;
    }
    false
}

/// "三、…", "（四）…": a line opening with a heading's number in Chinese numerals.
fn opens_with_heading_number(t: &str) -> bool {
    list_label_len(t, false).is_some()
}

/// Group rows with no row under them that may follow one another in a TAB table.
const MAX_EMPTY_GROUPS: usize = 2;

fn next_nonblank(lines: &[Line<'_>], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| !lines[j].is_blank())
}

/// "| a | b |" rows; "|---|---|" and "+---+---+" lines are separators. `Err(i)` when
/// there is no table here: the scan stopped at line index `i`.
fn pipe_rows(
    lines: &[Line<'_>],
    start: usize,
    scan: &Scan,
) -> Result<Result<TextTable, usize>, TextError> {
    let mut count = CellCount::new(scan, lines, start);
    let mut rows = Vec::new();
    let mut i = start;
    while i < lines.len() {
        let t = lines[i].trimmed();
        // Markdown-like copies drop the leading pipe ("索引号 | 000330185/2022-83945 |").
        if t.is_empty() || !(t.starts_with(['|', '｜', '+']) || t.ends_with(['|', '｜'])) {
            break;
        }
        if is_pipe_separator(t) {
            i += 1;
            continue;
        }
        // A row whose cell broke over lines (a web table's "<br>" between units, copied):
        // it opens with a pipe, and the line that closes it ends with one.
        let (row, last) = match open_row_end(lines, i, &rows) {
            Some(j) => {
                let mut joined = t.to_owned();
                for line in &lines[i + 1..=j] {
                    joined.push('\n');
                    joined.push_str(line.trimmed());
                }
                (Cow::Owned(joined), j)
            }
            None => (Cow::Borrowed(t), i),
        };
        let t = row.as_ref();
        let inner = t
            .trim_start_matches(['|', '｜'])
            .trim_end_matches(['|', '｜']);
        if inner.len() == t.len() {
            break;
        }
        let (first, last_number) = (lines[i].number, lines[last].number);
        let cells: Vec<TextCell> = inner
            .split(['|', '｜'])
            .map(|c| {
                let mut cell = TextCell::new("", first);
                for (k, piece) in c.split('\n').enumerate() {
                    if k == 0 {
                        cell = TextCell::new(piece, first);
                    } else {
                        cell.push_line(piece, last_number);
                    }
                }
                cell
            })
            .collect();
        if cells.len() < 2 {
            // "| 一、扩大有效投资 ||||": a group row across the table, its empty cells
            // printed as a run of pipes (a Markdown copy of a merged row); "| 一、扩大有效
            // 投资 |" between two rows of the table: its one merged cell alone.
            let pipes = t.chars().filter(|c| matches!(c, '|' | '｜')).count();
            let between_rows = pipes == 2
                && lines
                    .get(last + 1)
                    .is_some_and(|next| is_pipe_row(next.trimmed()));
            if rows.is_empty()
                || (pipes < 3 && !between_rows)
                || inner.trim_matches(is_space).is_empty()
            {
                break;
            }
            count.add(1, lines[i].number)?;
            rows.push(TextRow {
                cells,
                spans_table: true,
            });
            i += 1;
            continue;
        }
        count.add(cells.len(), lines[i].number)?;
        rows.push(TextRow {
            cells,
            spans_table: false,
        });
        i = last + 1;
    }
    // A table of group rows alone is none.
    Ok(if rows.iter().filter(|r| !r.spans_table).count() >= 2 {
        Ok(TextTable { rows, end: i })
    } else {
        Err(i)
    })
}

/// A line of several pipe-separated cells opening and closing with a pipe ("| 1 | … |").
fn is_pipe_row(t: &str) -> bool {
    t.starts_with(['|', '｜'])
        && t.ends_with(['|', '｜'])
        && t.matches(['|', '｜']).nth(2).is_some()
}

/// Lines a cell may break over before its row is taken for no row at all.
const MAX_ROW_LINES: usize = 12;

/// Where a pipe row that breaks over lines ends: `lines[i]` opens with a pipe and does not
/// end with one, rows before it in this table ended with one, and a later line (before a
/// blank line or a line opening with a pipe) ends with one.
fn open_row_end(lines: &[Line<'_>], i: usize, rows: &[TextRow]) -> Option<usize> {
    let t = lines[i].trimmed();
    if rows.is_empty() || !t.starts_with(['|', '｜']) || t.ends_with(['|', '｜']) {
        return None;
    }
    for (j, line) in lines.iter().enumerate().skip(i + 1).take(MAX_ROW_LINES) {
        let u = line.trimmed();
        if u.is_empty() || u.starts_with(['|', '｜', '+']) {
            return None;
        }
        if u.ends_with(['|', '｜']) {
            return Some(j);
        }
    }
    None
}

fn is_pipe_separator(t: &str) -> bool {
    t.chars().any(|c| c == '-' || c == '=')
        && t.chars()
            .all(|c| matches!(c, '|' | '｜' | '+' | '-' | '=' | ':' | ' '))
}

/// A line drawn with dashes or box-drawing characters, at least three long.
pub(crate) fn is_separator(t: &str) -> bool {
    let mut n = 0;
    for c in t.chars() {
        match c {
            '-' | '—' | '─' | '━' | '=' | '＝' | '_' | '－' | '–' => n += 1,
            ' ' | '\u{3000}' => {}
            _ => return false,
        }
    }
    n >= 3
}

/// Rows between separator lines, one cell per line.
fn cell_per_line(
    lines: &[Line<'_>],
    start: usize,
    scan: &Scan,
) -> Result<Option<TextTable>, TextError> {
    let mut count = CellCount::new(scan, lines, start);
    let mut rows: Vec<TextRow> = Vec::new();
    let mut i = start + 1;
    let mut end = start + 1;
    let mut group: Vec<TextCell> = Vec::new();
    while i < lines.len() {
        let line = &lines[i];
        let t = line.trimmed();
        if is_separator(t) {
            while group.last().is_some_and(|c| c.text.is_empty()) {
                group.pop();
            }
            if group.len() < 2 {
                break;
            }
            count.add(group.len(), line.number)?;
            rows.push(TextRow {
                cells: std::mem::take(&mut group),
                spans_table: false,
            });
            end = i + 1;
        } else if !(group.is_empty() && t.is_empty()) {
            group.push(TextCell::new(t, line.number));
        }
        i += 1;
    }
    Ok((rows.len() >= 2).then_some(TextTable { rows, end }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    /// The table that starts at the first line (the test fails when there is none).
    fn first_table(lines: &[Line<'_>]) -> TextTable {
        table_at(lines, 0, &mut Scan::new(usize::MAX))
            .ok()
            .flatten()
            .expect("a table")
    }

    fn texts(t: &TextTable) -> Vec<Vec<&str>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn tab_rows_with_a_cell_broken_over_lines() {
        let text = "序号\t任务内容\t责任单位\t完成时间\t备注\n\
                    1\t实施城区雨污分流改造工程，\n\
                    完成改造管网18公里。\t住建局、城管局\t2025年10月底前\t市级重点任务\n\
                    2\t推进老旧小区加装电梯40部。\t住建局、市场监管局、\n\
                    各街道办事处\t按序时推进\t\n\
                    3\t建立城市体检评估机制。\t住建局\n\
                    4\t改造背街小巷26条。\t城管局\t9月30日前\t\n";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t)[1..],
            [
                vec![
                    "1",
                    "实施城区雨污分流改造工程，完成改造管网18公里。",
                    "住建局、城管局",
                    "2025年10月底前",
                    "市级重点任务"
                ],
                vec![
                    "2",
                    "推进老旧小区加装电梯40部。",
                    "住建局、市场监管局、各街道办事处",
                    "按序时推进",
                    ""
                ],
                // A short row before a numbered one stays as printed.
                vec!["3", "建立城市体检评估机制。", "住建局"],
                vec!["4", "改造背街小巷26条。", "城管局", "9月30日前", ""],
            ]
        );
    }

    /// A unit list broken at its separators over whole lines without a TAB between the two
    /// lines of its row goes on the cell; a short row followed by a line that ends no list
    /// (a group's heading) stays short.
    #[test]
    fn tab_rows_with_a_list_broken_over_whole_lines() {
        let text = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n\
                    1\t深化“一件事一次办”。\t县行政服务中心\t县数字办、\n\
                    县市场监管局、\n\
                    县人社局\t2026年第三季度\n\
                    2\t优化水电气网报装服务。\t县工信局\n\
                    二、强化要素支撑保障\n\
                    3\t保障重点项目用地需求。\t县自然资源局\t县工信局\t2026年12月31日前\n";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t)[1..],
            [
                vec![
                    "1",
                    "深化“一件事一次办”。",
                    "县行政服务中心",
                    "县数字办、县市场监管局、县人社局",
                    "2026年第三季度"
                ],
                vec!["2", "优化水电气网报装服务。", "县工信局"],
                vec!["二、强化要素支撑保障"],
                vec![
                    "3",
                    "保障重点项目用地需求。",
                    "县自然资源局",
                    "县工信局",
                    "2026年12月31日前"
                ],
            ]
        );
    }

    /// A cell's paragraphs, a line each without a TAB ("区住建局（牵头）" / "区财政局"), go on
    /// the cell, a line apart, when the TAB line after them ends the row at the header's
    /// width; lines that would leave the row short are not taken.
    #[test]
    fn tab_rows_with_a_cell_of_several_paragraphs() {
        let text = "序号\t任务名称\t工作内容\t责任单位\t完成时限\n\
                    （1）\t老旧小区改造\t完成40个老旧小区改造。\t区住建局（牵头）\n\
                    区财政局\n\
                    各街道\t2025年11月底前\n\
                    （2）\t口袋公园建设\t新建口袋公园12个。\t区城管局\n\
                    以上任务请认真落实。\n\
                    （3）\t城市更新项目储备\t建立城市更新项目库。\t区发改局\t长期坚持\n";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t)[1..3],
            [
                vec![
                    "（1）",
                    "老旧小区改造",
                    "完成40个老旧小区改造。",
                    "区住建局（牵头）\n区财政局\n各街道",
                    "2025年11月底前"
                ],
                // The next TAB line is another row: the whole line stays out of it.
                vec!["（2）", "口袋公园建设", "新建口袋公园12个。", "区城管局"],
            ]
        );
    }

    #[test]
    fn cells_apart_by_space_runs_that_do_not_line_up() {
        let text = "序号    工作任务        牵头单位      配合单位      完成时限\n\
                    1    完成农村户厕改造1500座。    县乡村振兴局    县卫健局、各乡镇    2023年11月底前\n\
                    2    开展村庄清洁行动。      各乡镇人民政府                    长期坚持\n\
                    3    实施农村生活污水治理。    县生态环境局    县住建局 县财政局    10月31日前\n\
                    正文继续。";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t),
            vec![
                vec!["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
                vec![
                    "1",
                    "完成农村户厕改造1500座。",
                    "县乡村振兴局",
                    "县卫健局、各乡镇",
                    "2023年11月底前"
                ],
                // The widest gap hides the blank 配合单位 cell.
                vec!["2", "开展村庄清洁行动。", "各乡镇人民政府", "", "长期坚持"],
                // One space inside a cell separates no cells.
                vec![
                    "3",
                    "实施农村生活污水治理。",
                    "县生态环境局",
                    "县住建局 县财政局",
                    "10月31日前"
                ],
            ]
        );
        assert_eq!(t.end, 4);
        // Lines that open with no row number are no rows: no table.
        let prose = "主要任务    责任单位    完成时限\n全面推进改造工作    各乡镇    年底前\n加强督查    县政府办    长期\n";
        let lines = split_lines(prose);
        assert_eq!(
            table_at(&lines, 0, &mut Scan::new(usize::MAX))
                .ok()
                .flatten(),
            None
        );
    }

    #[test]
    fn word_save_as_text_with_continuation_and_blank_cells() {
        let text = "\t序号\n\t责任单位\n\n\t1\n\t各镇（街道）\n县政府办公室\n\n\t2\n\t\n \n正文";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t),
            vec![
                vec!["序号", "责任单位"],
                vec!["1", "各镇（街道）\n县政府办公室"],
                vec!["2", ""],
            ]
        );
        assert_eq!(lines[t.end].trimmed(), "");
        assert_eq!(t.rows[1].cells[1].first_line, 5);
        assert_eq!(t.rows[1].cells[1].last_line, 6);
    }

    /// The table `table_at` reads at the first line of `text`, if any.
    fn table_of(text: &str) -> Option<TextTable> {
        table_at(&split_lines(text), 0, &mut Scan::new(usize::MAX))
            .ok()
            .flatten()
    }

    #[test]
    fn tab_rows_with_a_group_without_rows() {
        // "三、…" has no row of its own: the next group follows it, then rows again.
        let t = table_of(
            "序号\t任务\t单位\n1\t甲\t县住建局\n三、法治保障\n四、监督评价\n2\t乙\t县财政局\n",
        )
        .expect("a table");
        assert_eq!(t.rows.len(), 5);
        assert!(t.rows[2].spans_table && t.rows[3].spans_table);
        // Another table under its own heading lines ("附件2" / "…名单"), as wide: the table
        // ends before them.
        let t = table_of(
            "序号\t任务\t单位\n1\t甲\t县住建局\n2\t丙\t县审计局\n附件2\n联络员名单\n序号\t姓名\t电话\n",
        )
        .expect("a table");
        assert_eq!(t.rows.len(), 3);
        // A long line after a group line is prose: the table ends before them.
        let t = table_of(
            "序号\t任务\t单位\n1\t甲\t县住建局\n2\t丙\t县审计局\n三、法治保障\n\
             各单位要高度重视，认真组织实施，确保各项任务按时保质完成，并及时报送工作进展情况和存在的问题。\n\
             2\t乙\t县财政局\n",
        )
        .expect("a table");
        assert_eq!(t.rows.len(), 3);
    }

    #[test]
    fn list_numbers_before_a_tab_are_paragraphs() {
        // Word's automatic numbering saved as text: "1.⇥…" rows are numbered paragraphs.
        assert!(table_of("一、\t提高认识\n1.\t确保农资供应。\n2.\t打击假冒伪劣农资。\n").is_none());
        // Negative: bare row numbers before their cells are a table's 序号.
        assert!(
            table_of("1\t确保农资供应。\t县农业局\n2\t打击假冒伪劣农资。\t县市场监管局\n")
                .is_some()
        );
    }

    #[test]
    fn tab_rows_with_group_row() {
        let text = "序号\t举措\t部门\n一、知识产权方面\n1\t审判\t法院\n2\t保险\t知识产权局\n后文";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(t.rows.len(), 4);
        assert!(t.rows[1].spans_table);
        assert_eq!(t.end, 4);
    }

    #[test]
    fn pipe_rows_skip_separators() {
        let text = "| 序号 | 任务 |\n|---|:---:|\n| 1 | 做好 |\n\n下文";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(texts(&t), vec![vec!["序号", "任务"], vec!["1", "做好"]]);
        assert_eq!(t.end, 3);
    }

    /// Group rows printed as one cell and a run of pipes ("| 一、扩大投资 ||||").
    #[test]
    fn pipe_rows_with_group_rows_of_empty_cells() {
        let lines = split_lines(
            "| 序号 | 重点任务 | 责任单位 |\n|:---:|---|---|\n| 一、扩大投资 ||||\n| 1 | 储备项目。 | 市发改委 |\n| 二、促进消费 |||\n| 2 | 促消费活动。 | 市商务局 |\n",
        );
        let t = first_table(&lines);
        assert_eq!(t.rows.len(), 5);
        assert!(t.rows[1].spans_table && t.rows[3].spans_table);
        assert_eq!(texts(&t)[1], ["一、扩大投资"]);
        // One pipe each side is a one-cell line, no group row: no table.
        let lines = split_lines("| 说明 |\n| 另见附件 |\n");
        let mut scan = Scan::new(1000);
        assert!(matches!(table_at(&lines, 0, &mut scan), Ok(None)));
    }

    /// A cell broken over lines ("<br>" between units in the page's table): the row goes on
    /// until a line ends with a pipe. A row left open by the end of an excerpt stays the
    /// line it was.
    #[test]
    fn pipe_rows_whose_cells_break_over_lines() {
        let lines = split_lines(
            "| 序号 | 重点任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建设冷链物流园 | 市发改委\n市商务局\n市交通运输局 | 2025年9月底前 |\n| 2 | 发放文旅消费券 | 市文旅局 | 2025年6月底前 |\n",
        );
        let t = first_table(&lines);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(
            texts(&t)[1],
            [
                "1",
                "建设冷链物流园",
                "市发改委\n市商务局\n市交通运输局",
                "2025年9月底前"
            ]
        );
        assert_eq!(t.rows[1].cells[2].first_line, 3);
        assert_eq!(t.rows[1].cells[2].last_line, 5);
        assert_eq!(texts(&t)[2][1], "发放文旅消费券");
        assert_eq!(t.end, 6);
        // Never closed (an excerpt cut inside the cell): the open line is the last row, as
        // printed, and the table ends after it.
        let lines = split_lines(
            "| 序号 | 重点任务 | 责任单位 |\n| 1 | 建设冷链物流园 | 市发改委 |\n| 2 | 发放文旅消费券 | 市文旅局\n市商务\n",
        );
        let t = first_table(&lines);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(texts(&t)[2], ["2", "发放文旅消费券", "市文旅局"]);
        assert_eq!(t.end, 3);
    }

    /// Pipes only between the cells: three rows or more of one width (a last row cut short
    /// kept); two lines of prose holding pipes are no table.
    #[test]
    fn pipes_only_between_cells() {
        let text = "序号 | 工作内容 | 责任部门\n1 | 改造老旧小区 | 区住建局\n2 | 建设口袋公园 | 区城管局\n3 | 推进街区保护 | 区文旅局（牵头）、区住\n下文";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(t.rows.len(), 4);
        assert_eq!(t.rows[3].cells.len(), 3);
        assert_eq!(t.end, 4);
        let prose = "全年受理 | 办结 | 回复三类事项共1200件。\n其中网上办理 | 现场办理 | 邮寄各占三分之一。\n下文";
        let lines = split_lines(prose);
        assert_eq!(table_at(&lines, 0, &mut Scan::new(usize::MAX)), Ok(None));
    }

    #[test]
    fn cell_per_line_between_separators() {
        let text = "------\n序号\n任务\n------\n1\n做好\n------\n正文";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(texts(&t), vec![vec!["序号", "任务"], vec!["1", "做好"]]);
        assert_eq!(t.end, 7);
    }

    #[test]
    fn colophon_rules_are_not_a_table() {
        let text = "──────\n抄送：县委办公室。\n──────\n县政府办公室　2024年6月28日印发\n──────";
        let lines = split_lines(text);
        assert_eq!(table_at(&lines, 0, &mut Scan::new(usize::MAX)), Ok(None));
    }

    #[test]
    fn a_single_tab_line_is_not_a_table() {
        let lines = split_lines("单位：\t人\n正文");
        assert_eq!(table_at(&lines, 0, &mut Scan::new(usize::MAX)), Ok(None));
    }

    /// Columns aligned with spaces: each field under the header column that starts where
    /// it does, a field missing in the middle a blank cell; the table ends at a line that
    /// does not fit (here, prose).
    #[test]
    fn space_aligned_columns() {
        let text = "序号  工作任务                牵头单位        协办单位            完成时间\n\
                    1     新开工保障性住房3800套  市住房保障局    市财政局            11月底前\n\
                    2     深化行政审批制度改革    市政务服务中心                      持续推进\n\
                    3     新增城镇就业1.2万人     市人社局        市财政局、市总工会  年底前\n\
                    以上任务请各单位认真落实。";
        let lines = split_lines(text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t),
            [
                vec!["序号", "工作任务", "牵头单位", "协办单位", "完成时间"],
                vec![
                    "1",
                    "新开工保障性住房3800套",
                    "市住房保障局",
                    "市财政局",
                    "11月底前"
                ],
                vec![
                    "2",
                    "深化行政审批制度改革",
                    "市政务服务中心",
                    "",
                    "持续推进"
                ],
                vec![
                    "3",
                    "新增城镇就业1.2万人",
                    "市人社局",
                    "市财政局、市总工会",
                    "年底前"
                ],
            ]
        );
        assert_eq!(t.end, 4);
    }

    /// `pdftotext -layout` places every character, wide or not, on a grid of one column:
    /// cells line up with their header names counted in characters, not in display width;
    /// a header name centred over its column stands right of its cells (a cell starting
    /// under the column before, which the row number holds, is the next column's); a
    /// cell's wrapped lines stand after blank lines; prose under the table, indented like
    /// a wrapped line but wider than the column, ends it.
    #[test]
    fn pdftotext_layout_grid_of_characters_and_centred_headers() {
        let text = [
            " 序号             民生实事               责任单位    完成时限",
            "",
            "",
            "  1    城区新增公共停车泊位 800 个           县住建局      10 月底前",
            "",
            "                                  县公安局",
            "",
            "  2    实施农村饮水安全巩固提升工程，解决 2.3        县水利局    6 月底前",
            "",
            "       万农村人口饮水问题",
            "",
            "                          — 1 —",
            "  3   建成县城智慧公交系统，新增新能源公交车     县交通运输局      9 月底前",
            "",
            "      30 辆",
            "",
            "      各责任单位要于每季度末将工作进展情况报县政府督查室，逾期未报的予以通报。",
        ]
        .join("\n");
        let text = text.as_str();
        let lines = split_lines(text);
        let start = lines
            .iter()
            .position(|l| l.raw.contains("序号"))
            .expect("header");
        let t = table_at(&lines, start, &mut Scan::new(usize::MAX))
            .ok()
            .flatten()
            .expect("a table");
        assert_eq!(
            texts(&t)[1..],
            [
                vec![
                    "1",
                    "城区新增公共停车泊位 800 个",
                    "县住建局县公安局",
                    "10 月底前"
                ],
                vec![
                    "2",
                    "实施农村饮水安全巩固提升工程，解决 2.3万农村人口饮水问题",
                    "县水利局",
                    "6 月底前"
                ],
                vec![
                    "3",
                    "建成县城智慧公交系统，新增新能源公交车30 辆",
                    "县交通运输局",
                    "9 月底前"
                ],
            ]
        );
        // The prose line is past the table.
        assert!(lines[t.end..].iter().any(|l| l.raw.contains("各责任单位")));
    }

    /// A table laid out from a PDF by position (`pdftotext -layout`): a header over two
    /// lines, cells wrapped over lines, blank lines between rows, a page number and the
    /// header printed again between pages, cells shifted by a wide neighbour; the table
    /// ends at the prose under it.
    #[test]
    fn space_aligned_columns_wrapped_by_a_fixed_layout() {
        let text = [
            "  序号   工作任务     具体措施                   牵头单位     完成时限",
            "                                                 （主责）",
            "",
            "  1      老旧小区改   2024年完成老旧小区改造30   区住建局     2024年12月",
            "         造           个，同步加装电梯。                      底前",
            "",
            "  2                   推进背街小巷整治，每年完   区城市管理   持续推进",
            "                      成14条。                   局",
            "                           — 2 —",
            "  序号   工作任务     具体措施                   牵头单位     完成时限",
            "  3      停车设施建   新增公共停车泊位3000个。     区交通运输局   2026年底前",
            "         设",
            "",
            "      三、保障措施",
        ]
        .join("\n");
        let lines = split_lines(&text);
        let t = first_table(&lines);
        assert_eq!(
            texts(&t),
            [
                vec![
                    "序号",
                    "工作任务",
                    "具体措施",
                    "牵头单位（主责）",
                    "完成时限"
                ],
                vec![
                    "1",
                    "老旧小区改造",
                    "2024年完成老旧小区改造30个，同步加装电梯。",
                    "区住建局",
                    "2024年12月底前"
                ],
                vec![
                    "2",
                    "",
                    "推进背街小巷整治，每年完成14条。",
                    "区城市管理局",
                    "持续推进"
                ],
                vec![
                    "3",
                    "停车设施建设",
                    "新增公共停车泊位3000个。",
                    "区交通运输局",
                    "2026年底前"
                ],
            ]
        );
        // The wrapped cell keeps the lines it came from; the table ends before the blank
        // line under its last row.
        let cell = &t.rows[1].cells[2];
        assert_eq!((cell.first_line, cell.last_line), (4, 5));
        assert_eq!(t.end, 12);
    }

    /// Without row numbers a line is a row and a blank line ends the table; after a blank
    /// line a numbered table goes on only with a numbered row.
    #[test]
    fn space_aligned_rows_that_do_not_go_on() {
        let text = [
            "工作任务    牵头单位    完成时限",
            "招商引资    市招商局    年底前",
            "            市发改委    9月底前",
            "项目建设    市发改委    持续推进",
            "",
            "社会治理    市民政局    6月底前",
        ]
        .join("\n");
        let lines = split_lines(&text);
        let t = first_table(&lines);
        assert_eq!(t.rows.len(), 4);
        assert_eq!(texts(&t)[2], ["", "市发改委", "9月底前"]);
        assert_eq!(t.end, 4);
        let text = [
            "序号  工作任务      牵头单位    完成时限",
            "1     招商引资      市招商局    年底前",
            "2     项目建设      市发改委    持续推进",
            "",
            "      各牵头单位要",
        ]
        .join("\n");
        let lines = split_lines(&text);
        assert_eq!(first_table(&lines).end, 3);
    }

    #[test]
    fn page_number_lines() {
        for t in [
            "— 2 —",
            "- 3 -",
            "－12－",
            "  — 4 —  ",
            "第 2 页",
            "第2页 共5页",
            "—2—",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in [
            "2024",
            "— —",
            "第二条",
            "- 2 - 3",
            "共5页",
            "第2章",
            "-2",
            "— 附件 —",
        ] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    /// Lines with wide gaps that are no table: a signature and its date, a header whose
    /// fields are sentences, a header with one row under it.
    #[test]
    fn spaced_lines_that_are_no_table() {
        for text in [
            "苍梧市人民政府办公室          2012年3月1日\n抄送：市委办公室。\n印发。",
            "各地要加强领导  明确责任  狠抓落实，确保各项工作按时完成并取得实效\n\
             一是加强领导  二是明确责任  三是狠抓落实\n\
             四是强化督查  五是严格考核  六是总结经验",
            "序号  工作任务  牵头单位\n1     招商引资  市招商局\n",
        ] {
            let lines = split_lines(text);
            assert_eq!(
                table_at(&lines, 0, &mut Scan::new(usize::MAX)),
                Ok(None),
                "{text}"
            );
        }
    }
}
