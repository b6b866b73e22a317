//! Task tables that reached us as lines of text: a header printed one column name per line
//! (序号 / 工作任务 / 责任单位 / 完成时限), then every cell on a line of its own, with or
//! without a " |" after it, blank lines or "||||" debris between, merged cells simply
//! missing. Web copies and some PDF and Word exports print tables this way.
//!
//! Decisions:
//! - A table starts at a run of at least three short lines that each name a column (by the
//!   lexicon's column words, [`header_role`]), among them a requirement and units; pipe-only
//!   lines between them are debris. Two names do not make a header: "工作任务" and
//!   "责任单位" alone on lines are as likely headings of the text.
//! - Every following line is a cell, or goes on the cell above; [`crate::grid`] finds the
//!   columns and rows by what each line says (a number, a unit list, a deadline, a sentence),
//!   and the table ends at the first line that fits it worse than leaving it.
//! - What separates the lines says where cells and rows end, as far as the table keeps to
//!   it ([`line_infos`]): the header shows the cell separator (" |", a line "|", a blank
//!   line); a pipe always ends a cell; more pipes than end a cell in the header ("|" after
//!   "text |", "||||") end a row; cells separated by pipes and rows by blank lines make a
//!   row of each run between blank lines; a line that lacks the separator goes on with its
//!   cell, or is past the table. The header's separator counts only where the first rows
//!   keep it.
//! - A numbered heading that goes on with the document's outline after the heading just
//!   before the table ("一、整治任务" … "二、保障措施") is past the table, unless the table
//!   holds headings of that level itself.
//! - A group column takes in several cells ended by pipes ("主动公开 | 基础信息公开 | 机构
//!   职能" under one "工作任务" header cell: levels of groups); a row holding only a numbered
//!   heading is a group row across the table.
//! - A column the header does not name, numbers on lines of their own (1, 2, 3 …), is a
//!   序号 column placed before the main requirement column; a diagnostic says so.
//! - A row with no cell of its own in a column shares the cell above (a merged cell): the
//!   rebuilt table spans that cell over the row, so the task reader marks the value
//!   inherited.
//! - A text that stops inside the last row (its last line ends on a comma) lost the cells
//!   after it: they are left out, not merged from above.
//! - The rebuilt table replaces its lines, with a diagnostic naming the rows found.

use std::borrow::Cow;

use gongwen_blocks::{Cell, Row, Table};
use gongwen_model::{DeadlineKind, Diagnostic, DiagnosticCode, Level, Loc, UnitRole};

use crate::filter::colophon::is_colophon_line;
use crate::filter::para::Para;
use crate::filter::tables::PageTable;
use crate::lex::chrome::TABLE_BORDERS;
use crate::lex::deadlines::DUE_BEFORE;
use crate::lex::organs::{HEADLESS, NOT_PLACE_ENDINGS};
use crate::lex::roles::{BROKEN_HEADER_STEMS, BROKEN_HEADER_TAILS};
use crate::parse::attachment::is_attachment_header;
use crate::parse::column::{self, column_of, is_column_name};
use crate::parse::deadline::parse_deadline;
use crate::parse::label::parse_label;
use crate::parse::person::{is_person_name, is_title};
use crate::parse::units::{is_level_char, split_units};
use crate::text::chars::{display_width, ends_sentence, is_organ_name, is_space, squeeze};
use crate::text::grid::{self, Break, Column, Costs, LineInfo};

/// Longest group name that fits a column of groups (characters).
const MAX_GROUP_NAME: usize = 12;
/// Longest task name that fits a column naming tasks (characters): "加强政府网站和政务新媒体
/// 管理" is fourteen.
const MAX_TASK_NAME: usize = 24;

/// What a column of a text table holds, as far as aligning its cells goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColKind {
    Seq,
    /// Headings of the groups the rows fall in (一、…, 主动公开, 类别).
    Category,
    /// What is to be done, named before the main requirement column (目标任务 before
    /// 工作举措, 工作任务 before 具体措施): a task's name or its group, merged down the rows
    /// like a group, but as long as a task's name may be.
    TaskName,
    /// The main text of a task.
    Requirement,
    Units,
    Deadline,
    /// The people in charge (责任领导, 牵头领导): titles and names, never the task.
    People,
    /// Anything else (进度, 备注, 地址 …).
    Extra,
}

impl ColKind {
    fn column(self) -> Column {
        let (multi_line, missing) = match self {
            ColKind::Seq => (false, 1.0),
            ColKind::Category | ColKind::TaskName => (true, 0.2),
            ColKind::Requirement => (true, 3.0),
            ColKind::Units => (true, 1.0),
            ColKind::Deadline => (false, 0.8),
            // A leader is often merged down the rows of his tasks.
            ColKind::People => (true, 0.6),
            ColKind::Extra => (true, 0.6),
        };
        Column {
            multi_line,
            missing,
            // Levels of groups under one header cell, each cell ended by a pipe.
            merge: matches!(self, ColKind::Category | ColKind::TaskName).then_some(1.0),
        }
    }
}

/// What a column of a text table holds, by its name (`parse::column`); `None` for a text
/// that is no column name.
pub(crate) fn header_role(text: &str) -> Option<ColKind> {
    Some(match column_of(text)? {
        column::Column::Seq => ColKind::Seq,
        // 工作任务 and 具体要求 both hold what is to be done; of several, the last before
        // the units is the requirement (`groups_before_requirement`).
        column::Column::Task | column::Column::Requirement => ColKind::Requirement,
        column::Column::Group => ColKind::Category,
        column::Column::Units(_) => ColKind::Units,
        column::Column::Deadline => ColKind::Deadline,
        column::Column::People => ColKind::People,
        column::Column::Other | column::Column::Result => ColKind::Extra,
    })
}

/// Of several requirement columns the last before the units is the main one; those before
/// it hold groups (目标 / 任务 / 主要内容, 工作任务 / 具体措施).
fn groups_before_requirement(kinds: &mut [ColKind]) {
    let first_units = kinds
        .iter()
        .position(|k| *k == ColKind::Units)
        .unwrap_or(kinds.len());
    if let Some(main) = kinds[..first_units]
        .iter()
        .rposition(|k| *k == ColKind::Requirement)
    {
        for k in &mut kinds[..main] {
            if *k == ColKind::Requirement {
                *k = ColKind::TaskName;
            }
        }
    }
}

/// A line of a candidate table, its text cleaned of " |" debris.
struct Line<'p> {
    /// Index of the paragraph.
    para: usize,
    text: Cow<'p, str>,
    /// What separates it from the line before (the header's last line for the first).
    gap: Gap,
}

/// What stands between two lines of a table printed one cell per line: the pipes and blank
/// lines that separate its cells and rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Gap {
    /// Pipe characters: ending the line before, on lines of their own, opening the line.
    pipes: usize,
    /// The most pipes on one line of pipes only ("||||": the rest of a row left empty).
    pipe_run: usize,
    /// Blank lines.
    blanks: usize,
}

impl Gap {
    fn blank_only(self) -> bool {
        self.blanks > 0 && self.pipes == 0
    }

    fn none(self) -> bool {
        self.blanks == 0 && self.pipes == 0
    }
}

/// The gap between paragraphs `a` and `b` (`a < b`); the paragraphs between hold pipes only,
/// and the lines dropped before each ([`crate::filter::para::Dropped`]) are counted.
fn gap_between(paras: &[Para<'_>], a: usize, b: usize) -> Gap {
    let bar = |c: &char| TABLE_BORDERS.contains(c);
    let pipes = |t: &str| t.chars().filter(bar).count();
    let edge = |t: &str, tail: bool| {
        let run = |c: &char| bar(c) || is_space(*c);
        if tail {
            t.chars().rev().take_while(run).filter(bar).count()
        } else {
            t.chars().take_while(run).filter(bar).count()
        }
    };
    let mut gap = Gap::default();
    if a >= b || b >= paras.len() {
        return gap;
    }
    gap.pipes += edge(paras[a].text(), true);
    for (k, p) in paras[a + 1..=b].iter().enumerate() {
        // The lines of pipes the filter dropped, then a line of debris it kept.
        let d = p.dropped;
        gap.pipes += usize::from(d.pipes);
        gap.pipe_run = gap.pipe_run.max(usize::from(d.pipe_run));
        gap.blanks += usize::from(d.blanks) + usize::from(p.hints.blank_lines_before);
        if a + 1 + k < b {
            let n = pipes(p.text());
            gap.pipes += n;
            gap.pipe_run = gap.pipe_run.max(n);
        }
    }
    gap.pipes += edge(paras[b].text(), false);
    gap
}

/// How the table separates its cells, as its header shows (the gaps between its column
/// names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// A pipe after every cell (" |", or a line "|" between cells).
    Pipe,
    /// A blank line between cells.
    Blank,
    /// Nothing, or no one thing.
    Unmarked,
}

impl Sep {
    fn of(header_gaps: &[Gap]) -> (Sep, usize) {
        let most_pipes = header_gaps.iter().map(|g| g.pipes).max().unwrap_or(0);
        (Sep::kind(header_gaps), most_pipes)
    }

    fn kind(header_gaps: &[Gap]) -> Sep {
        if header_gaps.is_empty() {
            Sep::Unmarked
        } else if header_gaps.iter().all(|g| g.pipes > 0) {
            Sep::Pipe
        } else if header_gaps.iter().all(|g| g.blank_only()) {
            Sep::Blank
        } else {
            Sep::Unmarked
        }
    }
}

/// What the separators say of each line: where a cell may go on and where a row starts.
///
/// - A pipe ends a cell: the line after it starts one.
/// - More pipes than end a cell in the header ("|" on a line of its own after "text |", a
///   line "||||" standing for the empty cells left in the row) end a row.
/// - Cells separated by pipes and rows by blank lines (a blank line and no pipe where the
///   header has pipes): a row is the run of cells between blank lines.
/// - Where the header separates its names, the line that lacks the separator goes on with
///   the cell before it (or is past the table).
/// - Otherwise a finished sentence is seldom continued on the next line; a unit name often
///   is.
///
/// `wrapped` (cells wrapped over a few lines between blank lines, as
/// [`wrapped_cells_between_blanks`] found): the body keeps the header's blank lines.
fn line_infos(
    lines: &[Line<'_>],
    (sep, cell_pipes): (Sep, usize),
    width: usize,
    wrapped: bool,
) -> Vec<LineInfo> {
    // The header's separator counts where the body's first cells keep it too.
    let sep = if wrapped || body_keeps(lines, sep, width) {
        sep
    } else {
        Sep::Unmarked
    };
    let rows_by_blank = sep == Sep::Pipe && rows_between_blank_lines(lines, width);
    let bars_end_rows = extra_bars_end_rows(lines, cell_pipes);
    lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let g = line.gap;
            let after_sentence = k
                .checked_sub(1)
                .is_some_and(|p| lines[p].text.ends_with(['。', '；', ';', '！', '？']));
            let mut info = LineInfo {
                continuation: if after_sentence { 2.5 } else { 0.4 },
                ..LineInfo::default()
            };
            if g.pipes > 0 {
                info.continuation = f32::INFINITY;
            }
            match sep {
                Sep::Pipe if g.none() => {
                    info.continuation = info.continuation.min(0.2);
                    info.new_cell = 2.0;
                }
                Sep::Blank if g.none() => {
                    info.continuation = info.continuation.min(0.2);
                    info.new_cell = 2.5;
                }
                _ => {}
            }
            let row_end =
                bars_end_rows && g.pipes > cell_pipes && (sep == Sep::Pipe || g.pipe_run >= 2);
            if row_end || (rows_by_blank && g.blank_only()) {
                info.brk = Break::Forced;
            } else if rows_by_blank && g.pipes > 0 {
                info.brk = Break::Forbidden;
            }
            info
        })
        .collect()
}

/// "底前", "月底前", "日前": what a deadline ends with, too short to be a cell ("前" after a
/// [`DUE_BEFORE`] character).
fn is_deadline_tail(text: &str) -> bool {
    text.chars().count() <= 3
        && text
            .strip_suffix('前')
            .is_some_and(|head| head.chars().all(|c| DUE_BEFORE.contains(&c)))
}

/// A deadline broken inside its numbers by the cell's width ("2014年8月3" / "1日前"): the
/// first piece ends with a digit, the second is short and opens with one, and the two
/// together give a date.
fn broken_deadline(prev: &str, next: &str) -> bool {
    /// Longest end of a broken deadline (characters): "1日前", "0日之前".
    const MAX_TAIL: usize = 5;
    prev.ends_with(|c: char| c.is_ascii_digit())
        && next.starts_with(|c: char| c.is_ascii_digit())
        && next.chars().count() <= MAX_TAIL
        && parse_deadline(&format!("{prev}{next}"), None).1.is_some()
}

/// A unit's name broken by the cell's width ("县交通运输" / "局", "县国土资源局、沿" /
/// "线各乡镇人民政府", "县市场" / "监管局"): the name's start on the first line is no organ,
/// the start and the next line's first name together are one, one of the two pieces is a
/// stub of a few characters, and the start opens a unit (a level, 各) or an entry of a list.
fn broken_unit_name(prev: &str, next: &str) -> bool {
    /// Longest stub of a broken name (characters).
    const MAX_STUB: usize = 3;
    /// Longest start of a broken name (characters).
    const MAX_START: usize = 12;
    /// Longest end of a name that stands as no cell alone, whatever precedes it.
    const MAX_BARE_STUB: usize = 2;
    if prev.ends_with(ENTRY_SEPARATORS) || ends_sentence(prev) {
        return false;
    }
    let start = last_entry(prev);
    let entry = start.len() < prev.len();
    let end = next.split(ENTRY_SEPARATORS).next().unwrap_or(next);
    let (n_start, n_end) = (start.chars().count(), end.chars().count());
    // "…分局、县" / "住房和城乡建设": a level alone is no name, only a name's start.
    if n_start == 1
        && entry
        && start.starts_with(is_level_char)
        && (1..=MAX_START).contains(&n_end)
        && !ends_sentence(next)
    {
        return true;
    }
    // "澜州市生态环境" / "局桐溪分局": no name opens with an organ's last word, however
    // long the rest.
    let headless = end.starts_with(HEADLESS);
    if n_start == 0
        || n_end == 0
        || n_start > MAX_START
        || (n_start.min(n_end) > MAX_STUB && !headless)
    {
        return false;
    }
    // A stub of a character or two ("行", "局") is no cell of its own, whatever the
    // name's start.
    let opens_unit = entry
        || headless
        || n_end <= MAX_BARE_STUB
        || start.starts_with(|c| c == '各' || is_level_char(c));
    opens_unit && !is_organ_name(start) && is_organ_name(&format!("{start}{end}"))
}

/// Lines a cell may wrap over where blank lines separate the cells (text taken from a
/// PDF without its layout: `pdftotext` prints each cell's wrapped lines together, a blank
/// line between cells).
const MAX_WRAPPED_CELL_LINES: usize = 5;

/// Whether more bars than end a cell end a row: they do where the rows' numbers mostly
/// follow such a gap ("持续推进 |" / "|" / "2 |"); where the numbers mostly follow a cell's
/// one bar, a line of a bar alone between cells is an empty cell ("市人社局 |" / " |" /
/// "长期坚持 |"), and the alignment places the cells around it.
fn extra_bars_end_rows(lines: &[Line<'_>], cell_pipes: usize) -> bool {
    let (mut numbered, mut after_bars) = (0usize, 0usize);
    for line in lines.iter().skip(1) {
        if is_seq(
            line.text
                .trim_matches(|c: char| is_space(c) || TABLE_BORDERS.contains(&c)),
        ) {
            numbered += 1;
            after_bars += usize::from(line.gap.pipes > cell_pipes);
        }
    }
    numbered < 2 || after_bars * 2 >= numbered
}

/// True when two in three of the gaps between the body's first lines (three rows' worth)
/// hold the header's separator, or a blank line where the header has pipes (rows between
/// blank lines).
fn body_keeps(lines: &[Line<'_>], sep: Sep, width: usize) -> bool {
    let sample = lines.iter().skip(1).take(3 * width.max(1));
    let (mut n, mut kept) = (0usize, 0usize);
    for line in sample {
        let g = line.gap;
        n += 1;
        kept += usize::from(match sep {
            Sep::Pipe => !g.none(),
            Sep::Blank => g.blanks > 0,
            Sep::Unmarked => false,
        });
    }
    n > 0 && kept * 3 >= n * 2
}

/// What separates the entries of a list of units on a line (and the lines of a cell).
const ENTRY_SEPARATORS: [char; 6] = ['、', '，', ',', '；', ';', '\n'];

/// The last entry of a list (after its last 、，,；), or the whole text.
fn last_entry(text: &str) -> &str {
    text.rsplit(ENTRY_SEPARATORS).next().unwrap_or(text)
}

/// The text's last name (after its last 、，,；) is an organ's: a list of units may go on
/// under it on the next line.
fn ends_with_organ(text: &str) -> bool {
    is_organ_name(last_entry(text).trim_matches(is_space))
}

/// How many display columns a line may fall short of its column's printed width and still
/// have filled it (a wide character that did not fit, a digit set narrower).
const FULL_CELL_SLACK: usize = 3;
/// Fewest lines of a column as wide as its widest that show a printed width.
const MIN_FULL_LINES: usize = 3;
/// Narrowest printed width a column of running text is wrapped at (display columns):
/// narrower lines of equal width are names stacked in a merged cell ("主动公开" /
/// "决策公开" / "重大决策"), each a line of its own.
const MIN_WRAP_WIDTH: usize = 16;

/// For each column of running text (requirements, task names), the width its cells were
/// wrapped at when the text keeps a printed table's lines (a PDF's or OFD's text, one cell
/// per line): the widest line of the column, when several lines reach it and two in three
/// of the lines a cell goes on after reach it too. Such a line break is the page's, not
/// the writer's: the lines join without one ("…全流程办理时间压缩至1个" / "工作日以内").
/// Cells of paragraphs a line each (a web page's) vary in width and keep their breaks.
fn wrap_widths(
    placed: &[grid::Placed],
    cells: &[(&str, Loc)],
    kinds: &[ColKind],
) -> Vec<Option<usize>> {
    kinds
        .iter()
        .enumerate()
        .map(|(col, kind)| {
            if !matches!(kind, ColKind::Requirement | ColKind::TaskName) {
                return None;
            }
            let in_col = || {
                placed
                    .iter()
                    .zip(cells)
                    .enumerate()
                    .filter(move |(_, (p, _))| p.col == col)
            };
            let widest = in_col()
                .map(|(_, (_, (t, _)))| display_width(t))
                .max()
                .filter(|&w| w >= MIN_WRAP_WIDTH)?;
            let full = |t: &str| fills_width(t, Some(widest));
            if in_col().filter(|(_, (_, (t, _)))| full(t)).count() < MIN_FULL_LINES {
                return None;
            }
            // The lines a continuation follows.
            let (mut broken, mut at_width) = (0usize, 0usize);
            for (k, _) in in_col().filter(|(_, (p, _))| p.continues) {
                if let Some((t, _)) = k.checked_sub(1).and_then(|b| cells.get(b)) {
                    broken += 1;
                    at_width += usize::from(full(t));
                }
            }
            (broken > 0 && at_width * 3 >= broken * 2).then_some(widest)
        })
        .collect()
}

/// True when `line` reaches `width` (within [`FULL_CELL_SLACK`]).
fn fills_width(line: &str, width: Option<usize>) -> bool {
    width.is_some_and(|w| display_width(line) + FULL_CELL_SLACK >= w)
}

/// The body's lines up to three rows' worth of cells fall into runs between blank lines,
/// each run a cell wrapped over a few lines.
fn wrapped_cells_between_blanks(lines: &[Line<'_>], width: usize) -> bool {
    let (mut runs, mut run, mut longest) = (0usize, 0usize, 0usize);
    for line in lines.iter().skip(1) {
        if line.gap.blanks > 0 {
            if runs == 3 * width.max(1) {
                break;
            }
            runs += 1;
            run = 1;
        } else {
            run += 1;
        }
        longest = longest.max(run);
    }
    runs >= 2 * width.max(1) && longest <= MAX_WRAPPED_CELL_LINES
}

/// True when the table's rows are the runs of pipe-separated cells between blank lines, as
/// far as pipes go: two runs at least, none with more cells than the table has columns, two
/// in three with several cells.
fn rows_between_blank_lines(lines: &[Line<'_>], width: usize) -> bool {
    let Some(last_pipe) = lines.iter().rposition(|l| l.gap.pipes > 0) else {
        return false;
    };
    let (mut runs, mut several, mut cells) = (0usize, 0usize, 0usize);
    for (k, line) in lines[..=last_pipe].iter().enumerate() {
        if k == 0 || line.gap.blank_only() {
            runs += 1;
            cells = 1;
        } else if line.gap.pipes > 0 {
            cells += 1;
            if cells == 2 {
                several += 1;
            }
        }
        if cells > width {
            return false;
        }
    }
    runs >= 2 && several * 3 >= runs * 2
}

/// The numbered heading just before a table's header ("一、整治任务"), by level and ordinal:
/// a heading after it that goes on with the outline ("二、保障措施") is past the table.
fn heading_before(paras: &[Para<'_>], header: usize) -> Option<(u8, u32)> {
    paras[header.saturating_sub(3)..header]
        .iter()
        .rev()
        .filter_map(|p| clean(p.text()))
        .find_map(|t| parse_label(t).filter(|l| l.level <= 2 && !l.rest.is_empty()))
        .map(|l| (l.level, l.ordinal))
}

/// Cleans a line: surrounding white space and pipes removed. `None` for a line of debris
/// only ("|", "||||", "| | |").
fn clean(text: &str) -> Option<&str> {
    let t = text.trim_matches(|c: char| TABLE_BORDERS.contains(&c) || is_space(c));
    (!t.is_empty()).then_some(t)
}

/// Finds text tables among `paras` and replaces their lines by tables, added to `tables`
/// (each with the number of paragraphs before it, which this keeps right for the tables
/// already there).
pub(crate) fn lift_text_tables<'b>(
    paras: &mut Vec<Para<'b>>,
    tables: &mut Vec<PageTable<'b>>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut found: Vec<(usize, usize, Table)> = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        match table_at(paras, i, diags) {
            Some((table, next)) => {
                found.push((i, next, table));
                i = next;
            }
            None => i += 1,
        }
    }
    if found.is_empty() {
        return;
    }
    // Paragraph positions after the lines are taken out.
    let spans: Vec<(usize, usize)> = found.iter().map(|(a, b, _)| (*a, *b)).collect();
    let removed_before = |pos: usize| -> usize {
        spans
            .iter()
            .map(|(a, b)| pos.min(*b).saturating_sub(*a))
            .sum()
    };
    for t in tables.iter_mut() {
        t.at -= removed_before(t.at);
    }
    let mut kept = Vec::with_capacity(paras.len());
    let mut next = 0;
    for (a, b, _) in &found {
        kept.extend(paras[next..*a].iter().cloned());
        next = *b;
    }
    kept.extend(paras[next..].iter().cloned());
    for (a, _, table) in found {
        let pos = a - removed_before(a);
        let k = tables
            .iter()
            .position(|t| t.at > pos)
            .unwrap_or(tables.len());
        tables.insert(
            k,
            PageTable {
                at: pos,
                table: Cow::Owned(table),
            },
        );
    }
    *paras = kept;
}

/// The header run starting at paragraph `i`: its column kinds and texts, and the index
/// after it.
fn header_at(paras: &[Para<'_>], i: usize) -> Option<(Vec<(ColKind, usize)>, usize)> {
    // Cheap refusal for the common case: a text line that names no column.
    clean(paras[i].text()).and_then(header_role)?;
    let mut cols: Vec<(ColKind, usize)> = Vec::new();
    let mut k = i;
    while k < paras.len() {
        let Some(t) = clean(paras[k].text()) else {
            k += 1;
            continue;
        };
        // A name broken over two lines where its column was narrow ("责任" / "单位",
        // "完成" / "时限"): two short pieces that are one column name together and the
        // first is none alone.
        if let Some(kind) = paras
            .get(k + 1)
            .and_then(|p| clean(p.text()))
            .and_then(|next| broken_name(t, next))
        {
            cols.push((kind, k + 1));
            k += 2;
            continue;
        }
        let Some(kind) = header_role(t) else { break };
        cols.push((kind, k));
        k += 1;
    }
    let has = |f: fn(ColKind) -> bool| cols.iter().any(|(c, _)| f(*c));
    let ok = cols.len() >= 3
        && cols.len() <= 12
        && has(|c| c == ColKind::Requirement)
        && has(|c| c == ColKind::Units);
    ok.then_some((cols, k))
}

/// The name of the header column [`header_at`] found ending at paragraph `p`: its line,
/// or the two lines of a name broken over them ("牵头" / "单位" → 牵头单位).
fn header_name(paras: &[Para<'_>], p: usize) -> String {
    let last = clean(paras[p].text()).unwrap_or_default();
    match p
        .checked_sub(1)
        .and_then(|q| clean(paras[q].text()))
        .filter(|first| broken_name(first, last).is_some())
    {
        Some(first) => format!("{first}{last}"),
        None => last.to_owned(),
    }
}

/// The column `first` and `next` name together when a narrow header cell broke its name
/// over two lines: both pieces short, the joined text a column name of the lexicon, and
/// the first piece names no column alone ("责任" / "单位") or both pieces name the
/// deadline ("完成" / "时限": a table has one deadline column, while "项目" / "内容" may be
/// two columns).
fn broken_name(first: &str, next: &str) -> Option<ColKind> {
    /// Longest piece of a broken name (characters).
    const MAX_PIECE: usize = 3;
    let short = |t: &str| t.chars().count() <= MAX_PIECE;
    // "牵头" / "单位", "时间" / "节点": a stem and its noun, one name whatever each names
    // alone.
    let stem_and_tail = BROKEN_HEADER_STEMS.contains(&first) && BROKEN_HEADER_TAILS.contains(&next);
    if !short(first) || !short(next) || (is_column_name(first) && !stem_and_tail) {
        return None;
    }
    let joined = format!("{first}{next}");
    let kind = is_column_name(&joined)
        .then(|| header_role(&joined))
        .flatten()?;
    let deadline = |t: &str| header_role(t) == Some(ColKind::Deadline);
    (stem_and_tail
        || header_role(first).is_none()
        || (kind == ColKind::Deadline && deadline(first) && deadline(next)))
    .then_some(kind)
}

fn table_at(paras: &[Para<'_>], i: usize, diags: &mut Vec<Diagnostic>) -> Option<(Table, usize)> {
    let (header, body_start) = header_at(paras, i)?;
    let mut kinds: Vec<ColKind> = header.iter().map(|(k, _)| *k).collect();
    groups_before_requirement(&mut kinds);
    // The candidate lines: up to the next header run, 附件 line or heading that goes on
    // with the document's outline after the table.
    let outline = heading_before(paras, i);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut own_levels: Vec<u8> = Vec::new();
    let mut k = body_start;
    let mut prev = header.last().map_or(i, |(_, p)| *p);
    while k < paras.len() {
        if k > body_start && header_at(paras, k).is_some() {
            break;
        }
        if let Some(t) = clean(paras[k].text()) {
            if is_attachment_header(t).is_some() || is_colophon_line(t) {
                break;
            }
            if let Some(label) = parse_label(t).filter(|l| l.level <= 2) {
                if outline.is_some_and(|(level, ordinal)| {
                    label.level == level
                        && label.ordinal == ordinal + 1
                        && !own_levels.contains(&level)
                }) {
                    break;
                }
                own_levels.push(label.level);
            }
            let gap = gap_between(paras, prev, k);
            match lines.last_mut() {
                // The end of a deadline broken by the cell's width ("2024 年 4 月" / "底前"):
                // no cell of its own.
                // A unit's name or a date broken inside by the cell's width ("县交通运输" /
                // "局", "2014年8月3" / "1日前"): one line again.
                Some(last)
                    if gap.none()
                        && (is_deadline_tail(t)
                            || broken_deadline(&last.text, t)
                            || broken_unit_name(&last.text, t)) =>
                {
                    last.text.to_mut().push_str(t);
                }
                _ => lines.push(Line {
                    para: k,
                    text: Cow::Borrowed(t),
                    gap,
                }),
            }
            prev = k;
        }
        k += 1;
    }
    // A 序号 column the header does not name.
    let numbers = lines.iter().filter(|l| is_seq(&l.text)).count();
    let implicit_seq = !kinds.contains(&ColKind::Seq) && numbers >= 1;
    let mut seq_at = None;
    if implicit_seq {
        let at = kinds
            .iter()
            .position(|k| *k == ColKind::Requirement)
            .unwrap_or(0);
        kinds.insert(at, ColKind::Seq);
        seq_at = Some(at);
    }
    let mut cols: Vec<Column> = kinds.iter().map(|k| k.column()).collect();
    // Beside a column of the leaders in charge (责任县领导), of two unit columns the
    // leads' is the one a row more likely lost: a leader and the department leading for
    // him are merged down the same rows, so a row printing neither its leader nor a second
    // unit cell keeps that cell as its other units and takes its lead from the row above.
    // (Without such a column a row's one unit cell stays its lead: a blank line may stand
    // for its empty 配合单位.)
    let header_leads = header
        .iter()
        .position(|(_, p)| names_leads(&header_name(paras, *p)))
        .map(|c| c + usize::from(seq_at.is_some_and(|at| at <= c)));
    let unit_columns = kinds.iter().filter(|k| **k == ColKind::Units).count();
    if unit_columns >= 2
        && kinds.contains(&ColKind::People)
        && let Some(col) = header_leads.and_then(|c| cols.get_mut(c))
    {
        col.missing *= LEAD_MISSING;
    }
    let fit: Vec<Vec<f32>> = lines
        .iter()
        .map(|l| {
            let f = Features::of(&l.text);
            kinds.iter().map(|k| f.fit(*k)).collect()
        })
        .collect();
    let header_gaps: Vec<Gap> = header
        .windows(2)
        .map(|w| gap_between(paras, w[0].1, w[1].1))
        .collect();
    let sep = Sep::of(&header_gaps);
    // Cells wrapped by the width of a PDF's column: their lines are one text again.
    let wrapped = sep.0 == Sep::Blank && wrapped_cells_between_blanks(&lines, kinds.len());
    let mut info = line_infos(&lines, sep, kinds.len(), wrapped);
    // Without a 序号 column a row starts at its first cell, and a group's heading
    // ("一、强化政策发布解读（3项）") is a row of its own: rows start at it and after it,
    // or the heading runs into the first cell of the row under it.
    if !kinds.contains(&ColKind::Seq) {
        for (k, line) in lines.iter().enumerate() {
            if is_group_heading(&line.text) {
                for at in [k, k + 1] {
                    if let Some(i) = info.get_mut(at) {
                        i.brk = Break::Forced;
                    }
                }
            }
        }
    }
    let placed = grid::align(&fit, &cols, &info, Costs::default());
    let rows = placed.last().map_or(0, |p| p.row + 1);
    // A table needs a row with a requirement and units of its own.
    let req = kinds.iter().position(|k| *k == ColKind::Requirement)?;
    let units = kinds.iter().position(|k| *k == ColKind::Units)?;
    let complete_row = (0..rows).any(|r| {
        let in_row = |c: usize| placed.iter().any(|p| p.row == r && p.col == c);
        in_row(req) && in_row(units)
    });
    if !complete_row {
        return None;
    }
    let end = placed
        .len()
        .checked_sub(1)
        .and_then(|last| lines.get(last))
        .map_or(body_start, |l| l.para + 1);

    let block = paras[i].loc.block;
    let mut table = Table {
        rows: Vec::with_capacity(rows + 1),
        loc: paras[i].loc.through(paras[end.max(i + 1) - 1].loc),
    };
    // The header row as printed (the inferred 序号 column gets the name it stands for).
    let mut header_cells = Vec::with_capacity(kinds.len());
    let mut printed = header.iter();
    for (c, _) in kinds.iter().enumerate() {
        let (text, loc) = if Some(c) == seq_at {
            ("序号".to_owned(), paras[i].loc)
        } else {
            let Some((_, p)) = printed.next() else { break };
            (squeeze(&header_name(paras, *p)).into_owned(), paras[*p].loc)
        };
        header_cells.push(cell(text, c, 0, loc, block));
    }
    table.rows.push(Row {
        cells: header_cells,
        repeat_header: false,
        loc: row_loc(block, 0, paras[i].loc),
    });
    let cells: Vec<(&str, Loc)> = lines
        .iter()
        .map(|l| (l.text.as_ref(), paras[l.para].loc))
        .collect();
    push_rows(&mut table, &placed, &cells, &kinds, block, 1, wrapped);
    // A text that stops inside the table's last row (an excerpt cut after a comma) lost the
    // cells after the last it prints: they are not merged from above.
    let cut = end == paras.len()
        && lines
            .get(placed.len().saturating_sub(1))
            .is_some_and(|l| l.text.ends_with(['，', ',', '、', '：', ':']));
    if let (true, Some(row)) = (cut, table.rows.last_mut()) {
        let last = row
            .cells
            .iter()
            .filter(|c| !c.text.is_empty())
            .map(|c| c.col)
            .max();
        row.cells
            .retain(|c| !c.text.is_empty() || Some(c.col) < last);
    }
    diags.push(
        Diagnostic::new(
            Level::Info,
            DiagnosticCode::TableRebuilt,
            format!(
                "a table printed one cell per line was rebuilt: {} column(s), {} row(s){}",
                kinds.len(),
                rows,
                if implicit_seq {
                    "; the numbers on lines of their own were read as a 序号 column the header does not name"
                } else {
                    ""
                }
            ),
        )
        .with_loc(table.loc),
    );
    Some((table, end))
}

/// Appends the placed cells to `table` as rows, the first numbered `first_row`: each row's
/// cells in column order (the alignment moves right within a row), continuation lines
/// joined to their cell with a line break (`wrapped`: with none, unless the line before
/// ends with an organ's name — a cell wrapped by a PDF's column width breaks anywhere,
/// "县公安" / "局"; and with none after a line that filled its column's printed width,
/// [`wrap_widths`]), and the cells the text lost put back.
fn push_rows(
    table: &mut Table,
    placed: &[grid::Placed],
    cells: &[(&str, Loc)],
    kinds: &[ColKind],
    block: u32,
    first_row: usize,
    wrapped: bool,
) {
    let widths = wrap_widths(placed, cells, kinds);
    for (k, (placed, (text, loc))) in placed.iter().zip(cells).enumerate() {
        let r = placed.row + first_row;
        while table.rows.len() <= r {
            table.rows.push(Row {
                cells: Vec::new(),
                repeat_header: false,
                loc: row_loc(block, table.rows.len(), *loc),
            });
        }
        if placed.continues
            && let Some(c) = table.rows[r]
                .cells
                .iter_mut()
                .rev()
                .find(|c| c.col as usize == placed.col)
        {
            let filled = k
                .checked_sub(1)
                .and_then(|before| cells.get(before))
                .is_some_and(|(line, _)| {
                    fills_width(line, widths.get(placed.col).copied().flatten())
                });
            // A running text's line ends anywhere ("…社会" / "投资…" is no organ's name).
            if !filled && (!wrapped || ends_with_organ(&c.text)) {
                c.text.push('\n');
            }
            c.text.push_str(text);
            c.loc = c.loc.through(*loc);
            continue;
        }
        table.rows[r]
            .cells
            .push(cell((*text).to_owned(), placed.col, r, *loc, block));
    }
    // The cells the text lost. A 序号 or group cell spans the rows below it (the same
    // number or group, merged); any other column gets a blank cell, which the task reader
    // fills from the row above and marks inherited: the alignment guessed that merge.
    // A row of one numbered heading is a group row across the table, which ends the
    // merges above it.
    let mut open: Vec<Option<(usize, usize)>> = vec![None; kinds.len()];
    for r in first_row..table.rows.len() {
        if let Some(group) = group_row(&mut table.rows[r], kinds) {
            let width = u32::try_from(kinds.len()).unwrap_or(u32::MAX);
            group.col = 0;
            group.col_span = width;
            group.loc.col = Some(0);
            group.loc.col_span = Some(width);
            open.fill(None);
            continue;
        }
        for (c, kind) in kinds.iter().enumerate() {
            if let Some(k) = table.rows[r].cells.iter().position(|x| x.col as usize == c) {
                open[c] = Some((r, k));
                continue;
            }
            match (kind, open[c]) {
                (ColKind::Seq | ColKind::Category | ColKind::TaskName, Some((or, ok))) => {
                    if let Some(above) = table.rows[or].cells.get_mut(ok) {
                        above.row_span += 1;
                        above.loc.row_span = Some(above.row_span);
                    }
                }
                (ColKind::Seq | ColKind::Category | ColKind::TaskName, None) => {}
                _ => {
                    let loc = table.rows[r].loc;
                    table.rows[r]
                        .cells
                        .push(cell(String::new(), c, r, loc, block));
                }
            }
        }
        table.rows[r].cells.sort_by_key(|x| x.col);
    }
}

/// A table read from text whose rows lost their merged cells ("类别 | 序号 | 项目 | …" then
/// "2 | 项目 | 单位 | … | |", the merged 类别 missing and every cell shifted left): the rows
/// put back under the header's columns by what their cells say, the missing cells covered
/// by the cell above. `None` when every row is whole, the table has no header of known
/// columns, or its cells do not fit it.
/// A row of one cell across the table: a group heading between the rows.
fn is_group_row(row: &Row) -> bool {
    matches!(row.cells.as_slice(), [c] if c.col_span > 1)
}

/// What a leads' column costs to miss in a row, against another column of units.
const LEAD_MISSING: f32 = 0.8;

/// A header naming the leads' column (牵头单位, 牵头部门 …).
fn names_leads(header: &str) -> bool {
    column_of(header) == Some(column::Column::Units(Some(UnitRole::Lead)))
}

/// A header row a text export broke inside its cells ("序号⇥重点任务⇥牵头" / "单位⇥责任" /
/// "单位⇥完成时限⇥备注": a header cell's own line break, kept, ends the row): the rows
/// joined again, each broken cell's two pieces one column name ([`broken_name`]), when
/// the joined row is no wider than the rows under it. `None` when the table does not open
/// so.
pub(crate) fn join_broken_header(table: &Table) -> Option<Table> {
    /// Most lines a header is broken over.
    const MAX_PIECES: usize = 4;
    // Only text breaks rows at a cell's line break.
    table.rows.first()?.loc.line?;
    let width = table.rows.iter().map(|r| r.cells.len()).max()?;
    let mut header: Vec<String> = table.rows[0].cells.iter().map(|c| c.text.clone()).collect();
    let mut used = 1;
    while header.len() < width && used < MAX_PIECES.min(table.rows.len()) {
        let next = &table.rows[used].cells;
        let (Some(last), Some(first)) = (header.last_mut(), next.first()) else {
            break;
        };
        if next.len() >= width || broken_name(last.trim(), first.text.trim()).is_none() {
            break;
        }
        let joined = format!("{}{}", last.trim(), first.text.trim());
        *last = joined;
        header.extend(next.iter().skip(1).map(|c| c.text.clone()));
        used += 1;
    }
    if used == 1 || header.len() != width {
        return None;
    }
    let first = &table.rows[0];
    let through = table.rows[used - 1].loc;
    let block = first.loc.block;
    let cells = header
        .into_iter()
        .enumerate()
        .map(|(c, text)| cell(text, c, 0, first.loc.through(through), block))
        .collect();
    let mut rows = Vec::with_capacity(table.rows.len() - used + 1);
    rows.push(Row {
        cells,
        repeat_header: false,
        loc: first.loc.through(through),
    });
    rows.extend(table.rows[used..].iter().cloned());
    Some(Table {
        rows,
        loc: table.loc,
    })
}

/// `ends_text`: no text follows the table, so a short last row may be an excerpt's cut.
pub(crate) fn realign_rows(
    table: &Table,
    ends_text: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Table> {
    // Only text loses the grid: readers of .docx and .html know where every cell sits.
    let first = table.rows.first()?;
    first.loc.line?;
    // Spans already known (a table this module rebuilt); a TAB export's or a Markdown
    // copy's group rows — one cell across the table — stay as they are, and the rows
    // between them are aligned.
    if table
        .rows
        .iter()
        .filter(|r| !is_group_row(r))
        .flat_map(|r| &r.cells)
        .any(|c| c.row_span > 1 || c.col_span > 1)
    {
        return None;
    }
    let header = table.rows.iter().take(4).position(|r| {
        r.cells
            .iter()
            .filter(|c| header_role(&c.text).is_some())
            .count()
            >= 3
    })?;
    let mut kinds: Vec<ColKind> = table.rows[header]
        .cells
        .iter()
        .map(|c| header_role(&c.text).unwrap_or(ColKind::Extra))
        .collect();
    groups_before_requirement(&mut kinds);
    let width = kinds.len();
    let data = &table.rows[header + 1..];
    if width > 16 || data.iter().any(|r| r.cells.len() > width + 1) {
        return None;
    }
    // A row may have been shifted when it has fewer cells than columns or ends in a blank
    // cell (the cells moved left, the last one left over); a full row whose last cell is
    // printed sits where it is, blank cells (a merged cell printed empty) included.
    let shifted: Vec<bool> = data
        .iter()
        .map(|r| {
            !is_group_row(r)
                && (r.cells.len() < width
                    || r.cells.last().is_some_and(|c| c.text.trim().is_empty()))
        })
        .collect();
    if !shifted.contains(&true) {
        return None;
    }
    // Every printed cell of every row, each row kept whole by the breaks.
    let mut cells: Vec<(&str, Loc)> = Vec::new();
    let mut origin: Vec<(usize, usize)> = Vec::new();
    let mut info: Vec<LineInfo> = Vec::new();
    for (r, row) in data.iter().enumerate() {
        if is_group_row(row) {
            continue;
        }
        for (k, c) in row
            .cells
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .enumerate()
        {
            cells.push((c.text.trim(), c.loc));
            origin.push((r, c.col as usize));
            info.push(LineInfo {
                brk: if k == 0 {
                    Break::Forced
                } else {
                    Break::Forbidden
                },
                continuation: f32::INFINITY,
                ..LineInfo::default()
            });
        }
    }
    let fit: Vec<Vec<f32>> = cells
        .iter()
        .zip(&origin)
        .map(|((t, _), &(r, col))| {
            let f = Features::of(t);
            kinds
                .iter()
                .enumerate()
                .map(|(c, k)| match (shifted[r], c == col) {
                    // A row in place keeps its cells where they are.
                    (false, true) => f.fit(*k).max(0.0),
                    (false, false) => f32::NEG_INFINITY,
                    (true, _) => f.fit(*k),
                })
                .collect()
        })
        .collect();
    let mut cols: Vec<Column> = kinds.iter().map(|k| k.column()).collect();
    // Of two unit columns, the leads' is the one a row more likely lost: consecutive tasks
    // share their lead department (a merged cell) far more often than a whole list of
    // units. A row short of one unit cell keeps its units under the other column and takes
    // the lead from the row above.
    let lead_col = table.rows[header]
        .cells
        .iter()
        .position(|h| names_leads(&h.text));
    if let Some(col) = lead_col.and_then(|c| cols.get_mut(c)) {
        col.missing *= LEAD_MISSING;
    }
    let placed = grid::align(&fit, &cols, &info, Costs::default());
    if placed.len() < cells.len() {
        return None;
    }
    // The rows whose cells the alignment moved; the others stay exactly as read.
    // A row short of cells whose cells stay where they are lost its last ones to merges
    // with the row above (a TAB export drops a merged cell): it is rebuilt too, so that the
    // cells it lost are put back; not the last row of a table that ends the text when it
    // stops mid-list or mid-requirement (an excerpt's cut: its cells are lost, not merged).
    let last = data.len().saturating_sub(1);
    let cut = |row: &Row| {
        row.cells.last().is_some_and(|c| {
            let t = c.text.trim_end_matches(is_space);
            let requirement = kinds.get(c.col as usize) == Some(&ColKind::Requirement);
            t.ends_with(['，', ',', '、', '：', ':']) || (requirement && !ends_sentence(t))
        })
    };
    let mut moved: Vec<bool> = data
        .iter()
        .enumerate()
        .map(|(r, row)| {
            !is_group_row(row) && row.cells.len() < width && !(ends_text && r == last && cut(row))
        })
        .collect();
    for (p, (r, col)) in placed.iter().zip(&origin) {
        moved[*r] |= p.col != *col;
    }
    if !moved.contains(&true) {
        return None;
    }
    let block = table.loc.block;
    let mut out = Table {
        rows: table.rows[..=header].to_vec(),
        loc: table.loc,
    };
    for (r, row) in data.iter().enumerate() {
        let out_row = out.rows.len();
        if !moved[r] {
            out.rows.push(row.clone());
            continue;
        }
        let mine: Vec<(grid::Placed, (&str, Loc))> = placed
            .iter()
            .zip(&cells)
            .zip(&origin)
            .filter(|(_, (or, _))| *or == r)
            .map(|((p, c), _)| (grid::Placed { row: 0, ..*p }, *c))
            .collect();
        let (ps, cs): (Vec<grid::Placed>, Vec<(&str, Loc)>) = mine.into_iter().unzip();
        push_rows(&mut out, &ps, &cs, &kinds, block, out_row, false);
        if let Some(new) = out.rows.get_mut(out_row) {
            new.loc = row.loc;
        }
    }
    if let Some(lead_col) = lead_col {
        unrepeat_lead(&mut out.rows[header + 1..], &moved, &kinds, lead_col);
    }
    let rows: Vec<String> = (0..data.len())
        .filter(|&r| moved[r])
        .map(|r| (r + header + 1).to_string())
        .collect();
    diags.push(
        Diagnostic::new(
            Level::Info,
            DiagnosticCode::TableRebuilt,
            format!(
                "row(s) {} did not fill the header's {width} columns in order (merged cells lost in the text): put back under their columns by what they say",
                rows.join(", ")
            ),
        )
        .with_loc(table.loc),
    );
    Some(out)
}

/// A merged cell is not printed again in the rows it covers: in a rebuilt row without a
/// lead of its own, a cell the alignment put under another unit column that repeats the
/// lead above ("市城管局" under "市城管局") is the row's lead, printed, and the units it
/// lacks are the merged ones ("市城管局" alone in a row short of two cells).
fn unrepeat_lead(rows: &mut [Row], rebuilt: &[bool], kinds: &[ColKind], lead_col: usize) {
    let text_at = |row: &Row, col: usize| {
        row.cells
            .iter()
            .find(|c| c.col as usize == col)
            .map(|c| squeeze(c.text.trim()).into_owned())
            .filter(|t| !t.is_empty())
    };
    let mut lead_above: Option<String> = None;
    for (r, row) in rows.iter_mut().enumerate() {
        if is_group_row(row) {
            lead_above = None;
            continue;
        }
        if let Some(own) = text_at(row, lead_col) {
            lead_above = Some(own);
            continue;
        }
        let Some(above) = lead_above.as_deref() else {
            continue;
        };
        if !rebuilt.get(r).copied().unwrap_or(false) {
            continue;
        }
        let repeat = row.cells.iter().position(|c| {
            c.col as usize != lead_col
                && kinds.get(c.col as usize) == Some(&ColKind::Units)
                && squeeze(c.text.trim()) == above
        });
        let lead = row.cells.iter().position(|c| c.col as usize == lead_col);
        if let (Some(k), Some(l)) = (repeat, lead) {
            let text = std::mem::take(&mut row.cells[k].text);
            row.cells[l].text = text;
        }
    }
}

/// The heading cell of a row that holds nothing else, a group's numbered heading ("一、耕地
/// 保护") printed in a group or requirement column: a group row.
fn group_row<'r>(row: &'r mut Row, kinds: &[ColKind]) -> Option<&'r mut Cell> {
    let [only] = row.cells.as_mut_slice() else {
        return None;
    };
    let kind = kinds.get(only.col as usize)?;
    let heading = !only.text.contains('\n') && is_group_heading(&only.text);
    let spans = matches!(
        kind,
        ColKind::Category | ColKind::TaskName | ColKind::Requirement
    );
    (heading && spans).then_some(only)
}

/// A group's numbered heading in a table ("一、优化政务服务（8项）", "（二）…"): a heading
/// by its form, numbered at the first or second level.
fn is_group_heading(text: &str) -> bool {
    Features::of(text).heading && parse_label(text).is_some_and(|l| l.level <= 2)
}

fn cell(text: String, col: usize, row: usize, loc: Loc, block: u32) -> Cell {
    let col = u32::try_from(col).unwrap_or(u32::MAX);
    Cell {
        text,
        col,
        row_span: 1,
        col_span: 1,
        loc: Loc::lines(block, loc.line, loc.line_end)
            .with_cell(u32::try_from(row).unwrap_or(u32::MAX), col),
    }
}

fn row_loc(block: u32, row: usize, loc: Loc) -> Loc {
    Loc::lines(block, loc.line, loc.line_end).with_row(u32::try_from(row).unwrap_or(u32::MAX))
}

/// A number on a line of its own: "1", "12", "3、", "五".
fn is_seq(text: &str) -> bool {
    let t = text.trim_end_matches(['、', '.', '．']);
    let number = |t: &str| {
        let n = t.chars().count();
        (1..=3).contains(&n)
            && (t.chars().all(|c| c.is_ascii_digit())
                || t.chars().all(|c| "一二三四五六七八九十".contains(c)))
    };
    // A row standing for several numbers ("3-4": two items merged into one).
    number(t)
        || t.split_once(SEQ_RANGE_DASHES)
            .is_some_and(|(a, b)| number(a) && number(b))
}

/// What joins the two numbers of a row standing for several ("3-4", "3～4").
const SEQ_RANGE_DASHES: [char; 5] = ['-', '－', '—', '～', '~'];

/// What a line looks like, for scoring it against each kind of column.
#[derive(Debug, Clone, Copy)]
struct Features {
    chars: usize,
    seq: bool,
    /// A numbered heading (一、…, （一）…) short enough to be a group's name.
    heading: bool,
    sentence: bool,
    /// Only unit names (县水务局, 县住建局、县财政局).
    units: bool,
    /// Units with what they do (区司法局牵头…, 市发改委牵头落实).
    unit_prose: bool,
    deadline: bool,
    /// Only officials' titles and names ("副区长 罗静", "区委常委、副区长 周明远").
    people: bool,
}

impl Features {
    fn of(text: &str) -> Self {
        let chars = text.chars().count();
        let seq = is_seq(text);
        let heading = !seq
            && chars <= 40
            && !text.ends_with('。')
            && parse_label(text).is_some_and(|l| !l.rest.is_empty());
        let sentence = ends_sentence(text) || (chars > 15 && text.contains(['，', ',']));
        let list = if seq || chars > 300 {
            Default::default()
        } else {
            split_units(text)
        };
        // Unit lists name places and bodies that do not end like organs (经开区, 各镇（办）):
        // most names, the first among them, must.
        let organ_like = list.units.iter().filter(|u| is_unit_name(&u.name)).count();
        let units = !list.units.is_empty()
            && list.units.first().is_some_and(|u| is_unit_name(&u.name))
            && organ_like * 2 >= list.units.len()
            // A sentence ends there, or goes on past a comma (an excerpt cut mid-row).
            && !text.ends_with(['。', '，', ',']);
        let unit_prose = !units && starts_with_unit_doing(text);
        let deadline = chars <= 30 && parse_deadline(text, None).0 != DeadlineKind::Unknown;
        let people = !seq && chars <= 40 && {
            let mut pieces = text
                .split(|c: char| is_space(c) || matches!(c, '、' | '，' | ',' | '；' | ';'))
                .filter(|p| !p.is_empty())
                .peekable();
            pieces.peek().is_some() && pieces.all(|p| is_person_name(p) || is_title(p))
        };
        Features {
            chars,
            seq,
            heading,
            sentence,
            units,
            unit_prose,
            deadline,
            people,
        }
    }

    fn fit(self, kind: ColKind) -> f32 {
        let f = self;
        match kind {
            ColKind::Seq => {
                if f.seq {
                    4.0
                } else {
                    f32::NEG_INFINITY
                }
            }
            ColKind::Category | ColKind::TaskName => {
                // A group's name is short; a task's name may run to a line of text.
                let longest = if kind == ColKind::TaskName {
                    MAX_TASK_NAME
                } else {
                    MAX_GROUP_NAME
                };
                if f.seq || f.units || f.deadline {
                    -3.0
                } else if f.heading {
                    3.0
                } else if f.chars <= longest && !f.sentence {
                    1.0
                } else {
                    -2.0
                }
            }
            ColKind::Requirement => {
                if f.seq {
                    -3.0
                } else if f.units || (f.deadline && f.chars <= 12) {
                    -2.0
                } else if f.unit_prose {
                    -0.5
                } else if f.sentence || f.chars >= 15 {
                    2.5
                } else if f.chars >= 8 {
                    1.0
                } else {
                    0.3
                }
            }
            ColKind::Units => {
                if f.units {
                    3.5
                } else if f.unit_prose {
                    2.5
                } else if f.seq {
                    f32::NEG_INFINITY
                } else {
                    -3.0
                }
            }
            ColKind::Deadline => {
                if f.deadline {
                    3.5
                } else if f.chars <= 10 && !f.seq {
                    -1.0
                } else {
                    -3.0
                }
            }
            ColKind::People => {
                if f.people {
                    3.0
                } else if f.seq {
                    f32::NEG_INFINITY
                } else {
                    -2.0
                }
            }
            ColKind::Extra => {
                if f.seq {
                    -1.0
                } else if f.chars <= 30 {
                    1.0
                } else {
                    -1.5
                }
            }
        }
    }
}

/// "区司法局牵头…", "市发改委牵头落实", "各成员单位负责做好…": a clause that opens with units
/// and says what they do.
fn starts_with_unit_doing(text: &str) -> bool {
    const VERBS: [&str; 7] = ["牵头", "负责", "落实", "配合", "协助", "协办", "参与"];
    let clause = text
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or_default();
    VERBS.iter().any(|v| {
        clause.find(v).is_some_and(|pos| {
            let head = &clause[..pos];
            !head.is_empty()
                && split_units(head)
                    .units
                    .iter()
                    .all(|u| is_unit_name(&u.name))
        })
    })
}

/// A name a unit list may hold: an organ (县财政局), a collective (各镇（街道）) or a body
/// without an organ ending (经开区, 各成员单位), a bureau's section (法规科) or a village
/// (白沙村, 东城社区).
fn is_unit_name(name: &str) -> bool {
    // "美丽乡村", "和美乡村": the countryside, no village.
    if NOT_PLACE_ENDINGS.iter().any(|s| name.ends_with(s)) {
        return false;
    }
    is_organ_name(name)
        || name.starts_with('各')
        || [
            "区", "县", "镇", "街道", "集团", "分局", "组织", "科", "村", "社区",
        ]
        .iter()
        .any(|s| name.ends_with(s) && name.chars().count() <= 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PIPE: Gap = Gap {
        pipes: 1,
        pipe_run: 1,
        blanks: 0,
    };
    const BLANK: Gap = Gap {
        pipes: 0,
        pipe_run: 0,
        blanks: 1,
    };
    const NONE: Gap = Gap {
        pipes: 0,
        pipe_run: 0,
        blanks: 0,
    };

    fn lines(cells: &[(&'static str, Gap)]) -> Vec<Line<'static>> {
        cells
            .iter()
            .enumerate()
            .map(|(para, (text, gap))| Line {
                para,
                text: Cow::Borrowed(text),
                gap: *gap,
            })
            .collect()
    }

    /// A table of text rows, each a line of its own.
    fn text_table(rows: &[&[&str]]) -> Table {
        let rows = rows
            .iter()
            .enumerate()
            .map(|(r, cells)| {
                let line = u32::try_from(r).unwrap_or(0);
                let loc = Loc::lines(0, Some(line), None);
                Row {
                    cells: cells
                        .iter()
                        .enumerate()
                        .map(|(c, t)| cell((*t).to_owned(), c, r, loc, 0))
                        .collect(),
                    repeat_header: false,
                    loc,
                }
            })
            .collect();
        Table {
            rows,
            loc: Loc::lines(0, Some(0), None),
        }
    }

    #[test]
    fn a_header_broken_inside_its_cells_is_joined() {
        let t = text_table(&[
            &["序号", "重点任务", "牵头"],
            &["单位", "责任"],
            &["单位", "完成时限", "备注"],
            &["1", "完成改造。", "区住建局", "区财政局", "6月底前", ""],
        ]);
        let joined = join_broken_header(&t).expect("a broken header");
        let header: Vec<&str> = joined.rows[0]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(
            header,
            [
                "序号",
                "重点任务",
                "牵头单位",
                "责任单位",
                "完成时限",
                "备注"
            ]
        );
        assert_eq!(joined.rows.len(), 2);
        // A short first row whose last cell and the next row's first make no column name
        // (a group row under a header short of its last name) stays.
        let t = text_table(&[
            &["序号", "重点任务", "牵头单位"],
            &["一、城市建设"],
            &["1", "完成改造。", "区住建局", "6月底前"],
        ]);
        assert!(join_broken_header(&t).is_none());
        // Nor does a header as wide as the rows.
        let t = text_table(&[
            &["序号", "重点任务", "牵头单位"],
            &["1", "完成改造。", "区住建局"],
        ]);
        assert!(join_broken_header(&t).is_none());
    }

    #[test]
    fn the_header_shows_the_cell_separator() {
        assert_eq!(Sep::of(&[PIPE, PIPE, PIPE]), (Sep::Pipe, 1));
        assert_eq!(Sep::of(&[BLANK, BLANK]), (Sep::Blank, 0));
        assert_eq!(Sep::of(&[PIPE, BLANK]).0, Sep::Unmarked);
        assert_eq!(Sep::of(&[NONE, NONE]).0, Sep::Unmarked);
        assert_eq!(Sep::of(&[]).0, Sep::Unmarked);
    }

    #[test]
    fn pipes_within_rows_and_blank_lines_between_them() {
        let body = lines(&[
            ("政策解读", BLANK),
            ("同步发布解读材料。", PIPE),
            ("法规科", PIPE),
            ("长期坚持", PIPE),
            ("开展多元化解读。", BLANK),
            ("宣传科、信息中心", PIPE),
            ("6月底前", PIPE),
        ]);
        let info = line_infos(&body, (Sep::Pipe, 1), 4, false);
        let brk: Vec<Break> = info.iter().map(|i| i.brk).collect();
        use Break::{Forbidden as N, Forced as F};
        assert_eq!(brk[1..], [N, N, N, F, N, N]);
        assert!(info[5].continuation.is_infinite(), "a pipe ends the cell");
        // A run longer than the table is wide: the blank lines are not its rows.
        let wide = lines(&[
            ("a", BLANK),
            ("b", PIPE),
            ("c", PIPE),
            ("d", BLANK),
            ("e", PIPE),
            ("f", PIPE),
        ]);
        assert!(!rows_between_blank_lines(&wide, 2));
        assert!(rows_between_blank_lines(&wide, 3));
        // Runs of single cells (paragraphs between blank lines) are no rows.
        let single = lines(&[("a", BLANK), ("b", BLANK), ("c", BLANK), ("d", PIPE)]);
        assert!(!rows_between_blank_lines(&single, 4));
    }

    #[test]
    fn more_pipes_than_end_a_cell_end_the_row() {
        let two = Gap { pipes: 2, ..PIPE };
        let run = Gap {
            pipes: 5,
            pipe_run: 4,
            blanks: 0,
        };
        let body = lines(&[
            ("重大决策", PIPE),
            ("编制目录。", PIPE),
            ("征求意见不少于30日。", two),
            ("公开决策文件。", run),
        ]);
        let info = line_infos(&body, (Sep::Pipe, 1), 3, false);
        assert_eq!(info[1].brk, Break::Free);
        assert_eq!(info[2].brk, Break::Forced);
        assert_eq!(info[3].brk, Break::Forced);
        // Where the header's own cells are ended by two pipes, two are no row end.
        let info = line_infos(&body, (Sep::Pipe, 2), 3, false);
        assert_eq!(info[2].brk, Break::Free);
    }

    #[test]
    fn a_bar_alone_between_cells_is_an_empty_cell_where_rows_end_with_one_bar() {
        let two = Gap { pipes: 2, ..PIPE };
        // Rows "1 | 任务 | 单位 | 时限 |" one cell per line, the next number after one bar;
        // row 2's middle cell printed as a bar alone.
        let body = lines(&[
            ("1", PIPE),
            ("完成改造。", PIPE),
            ("县住建局", PIPE),
            ("6月底前", PIPE),
            ("2", PIPE),
            ("新增就业。", PIPE),
            ("县人社局", PIPE),
            ("长期坚持", two),
            ("3", PIPE),
        ]);
        let info = line_infos(&body, (Sep::Pipe, 1), 4, false);
        assert_eq!(info[7].brk, Break::Free);
        // Where the numbers follow two bars, two bars end the row.
        let body = lines(&[
            ("1", PIPE),
            ("完成改造。", PIPE),
            ("县住建局", PIPE),
            ("2", two),
            ("新增就业。", PIPE),
            ("县人社局", PIPE),
            ("3", two),
        ]);
        let info = line_infos(&body, (Sep::Pipe, 1), 3, false);
        assert_eq!(info[3].brk, Break::Forced);
        assert_eq!(info[6].brk, Break::Forced);
    }

    #[test]
    fn a_line_without_the_separator_goes_on_with_its_cell() {
        let body = lines(&[
            ("垃圾治理", BLANK),
            ("清理积存垃圾。", BLANK),
            ("各村（社区）", BLANK),
            ("每月", BLANK),
            ("二、保障措施", NONE),
        ]);
        let info = line_infos(&body, (Sep::Blank, 0), 4, false);
        assert_eq!(info[1].new_cell, 0.0);
        assert!(info[4].new_cell > 2.0);
        assert!(info[4].continuation < 0.5);
        // A body that does not keep the header's blank lines: no cost anywhere.
        let dense = lines(&[
            ("垃圾治理", NONE),
            ("清理积存垃圾。", NONE),
            ("各村（社区）", NONE),
            ("每月", NONE),
        ]);
        let info = line_infos(&dense, (Sep::Blank, 0), 4, false);
        assert!(info.iter().all(|i| i.new_cell == 0.0));
    }

    /// Pieces of one name or one date broken by a cell's width join; whole names, a
    /// sentence's end, counts and lines opening no unit do not.
    #[test]
    fn names_and_dates_broken_by_the_width() {
        for (prev, next) in [
            ("县交通运输", "局"),
            ("县国土资源局、沿", "线各乡镇人民政府"),
            ("县公安局、县市场", "监管局"),
            ("各乡镇人民", "政府"),
            ("人民银行汶澜市分", "行、市发改委"),
        ] {
            assert!(broken_unit_name(prev, next), "{prev} + {next}");
        }
        for (prev, next) in [
            ("县国土资源局", "县财政局"),
            ("县国土资源局、", "县财政局"),
            ("落实到各乡镇", "县委办"),
            ("开展县城主次干道占道经营", "专项整治"),
            ("责任单位为县", "财政局，配合单位为县审计局"),
            ("县交通运输", "2024年8月底前"),
        ] {
            assert!(!broken_unit_name(prev, next), "{prev} + {next}");
        }
        assert!(broken_deadline("2014年8月3", "1日前"));
        assert!(broken_deadline("2024年1", "2月底前"));
        assert!(!broken_deadline("新建农村公路45", "公里"));
        assert!(!broken_deadline("完成1", "5个"));
        assert!(!broken_deadline("2024年8月底前", "1"));
    }

    #[test]
    fn sections_and_villages_are_unit_names() {
        assert!(is_unit_name("法规与标准科"));
        assert!(is_unit_name("白沙村"));
        assert!(is_unit_name("东城社区"));
        assert!(!is_unit_name("美丽乡村"));
        assert!(!is_unit_name("和美乡村"));
        assert!(!is_unit_name(
            "全面清理村庄内外积存垃圾做到垃圾不落地的学科"
        ));
        assert!(Features::of("宣传教育科、信息中心").units);
        assert!(Features::of("镇村镇建设办、白沙村、枫林村").units);
    }
}
