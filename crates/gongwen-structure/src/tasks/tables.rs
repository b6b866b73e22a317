//! Tables: merged cells laid out on a grid, header rows recognised by synonyms, and each
//! column given a role. Whether a table holds tasks follows from its roles.

use gongwen_blocks::{Cell, Table};
use gongwen_model::{Diagnostic, DiagnosticCode, Level, TableCell, TableKind, TableRow, UnitRole};

use crate::filter::tables::same_cells;
use crate::lex::roles::{
    ANSWERING_COLUMN_WORDS, MONEY_COLUMN_WORDS, PROBLEM_COLUMN_WORD, SCHEDULE_COLUMN_WORDS,
};
use crate::parse::column::{Column, column_of};
use crate::parse::label::parse_label;
use crate::parse::person::{is_person_name, is_title};
use crate::text::chars::squeeze;

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    Seq,
    /// 工作任务: the enclosing group (一、 / （一）) or the task's own title.
    Task,
    /// A column of group headings under another name (整治内容: 一、城区环境整治).
    Group,
    Requirement,
    /// 责任单位 with no lead/support distinction.
    Units,
    Lead,
    Support,
    Deadline,
    /// Any other column, by its header text.
    Extra(String),
    /// A result reported of each row (得分, 等次): the table is an assessment's, not a task
    /// table.
    Result,
}

/// The role a header text names, if any: by the lexicon's column names, else by what its
/// words mean (`parse::column`).
pub(crate) fn role_of(header: &str) -> Option<Role> {
    Some(match column_of(header)? {
        Column::Seq => Role::Seq,
        Column::Task => Role::Task,
        Column::Group => Role::Group,
        Column::Requirement => Role::Requirement,
        Column::Units(Some(UnitRole::Lead)) => Role::Lead,
        Column::Units(Some(UnitRole::Support)) => Role::Support,
        Column::Units(_) => Role::Units,
        Column::Deadline => Role::Deadline,
        Column::People => return None,
        Column::Other => Role::Extra(squeeze(header).trim_matches('|').trim().to_owned()),
        Column::Result => Role::Result,
    })
}

/// A table cell position after merged cells are laid out.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Slot<'t> {
    /// Nothing there (a short row).
    Empty,
    /// The cell starts here.
    Origin(&'t Cell),
    /// Covered by a cell that starts in an earlier row (vertical merge) or column.
    Covered(&'t Cell),
}

impl<'t> Slot<'t> {
    pub fn cell(self) -> Option<&'t Cell> {
        match self {
            Slot::Empty => None,
            Slot::Origin(c) | Slot::Covered(c) => Some(c),
        }
    }

    /// The text at this position: a covered slot shows its merged cell's text.
    pub fn text(self) -> &'t str {
        self.cell().map_or("", |c| c.text.as_str())
    }

    /// True when the position was printed blank (not merged): a value to fill from above.
    pub fn is_blank(self) -> bool {
        match self {
            Slot::Empty => true,
            Slot::Origin(c) => c.text.trim().is_empty(),
            Slot::Covered(_) => false,
        }
    }
}

/// A table laid out on its grid, with the roles of its columns.
pub(crate) struct Layout<'t> {
    pub table: &'t Table,
    pub width: usize,
    pub grid: Vec<Vec<Slot<'t>>>,
    /// Index of the header row (a second header row, if any, is `header + 1`).
    pub header: Option<usize>,
    pub header_rows: usize,
    pub roles: Vec<Option<Role>>,
    /// Header text per grid column.
    pub header_texts: Vec<String>,
    /// Where each cell of the header row sits on the grid (start column, span), when that
    /// differs from what the reader reported (a header span lost in a text export).
    pub header_placement: Option<Vec<(u32, u32)>>,
}

impl<'t> Layout<'t> {
    pub fn is_task_table(&self) -> bool {
        let has = |f: &dyn Fn(&Role) -> bool| self.roles.iter().flatten().any(f);
        let units = |r: &Role| matches!(r, Role::Units | Role::Lead | Role::Support);
        let extra_holds = |words: &[&str]| {
            has(&|r| matches!(r, Role::Extra(t) if words.iter().any(|w| t.contains(w))))
        };
        // A schedule (时间 | 内容 | 地点 | 主持人) names no units; an allocation (单位 | 项目 |
        // 金额（万元）) names the money's recipients in a bare 单位 column and no deadline.
        let schedule = !has(&units) && extra_holds(&SCHEDULE_COLUMN_WORDS);
        let allocation = !has(&|r| *r == Role::Deadline)
            && extra_holds(&MONEY_COLUMN_WORDS)
            && !self.roles.iter().zip(&self.header_texts).any(|(r, text)| {
                r.as_ref().is_some_and(units)
                    && (ANSWERING_COLUMN_WORDS.iter().any(|w| text.contains(w))
                        || !matches!(r, Some(Role::Units)))
            });
        let findings = !has(&|r| matches!(r, Role::Deadline | Role::Requirement))
            && has(&|r| *r == Role::Task)
            && self
                .roles
                .iter()
                .zip(&self.header_texts)
                .filter(|(r, _)| matches!(r, Some(Role::Task)))
                .all(|(_, text)| text.contains(PROBLEM_COLUMN_WORD));
        has(&|r| units(r) || *r == Role::Deadline)
            && has(&|r| matches!(r, Role::Requirement | Role::Task | Role::Group))
            && !has(&|r| *r == Role::Result)
            && !schedule
            && !allocation
            && !findings
    }

    pub fn cols_with(&self, pred: impl Fn(&Role) -> bool) -> Vec<usize> {
        (0..self.width)
            .filter(|&c| self.roles[c].as_ref().is_some_and(&pred))
            .collect()
    }
}

/// Lays the table out and recognises its header.
pub(crate) fn layout<'t>(table: &'t Table, diags: &mut Vec<Diagnostic>) -> Layout<'t> {
    let n_rows = table.rows.len();
    let width = usize::try_from(table.grid_width()).unwrap_or(0).min(1024);
    let mut grid = vec![vec![Slot::Empty; width]; n_rows];
    for (r, row) in table.rows.iter().enumerate() {
        for cell in &row.cells {
            let col = usize::try_from(cell.col).unwrap_or(usize::MAX);
            let rs = usize::try_from(cell.row_span.max(1)).unwrap_or(1);
            let cs = usize::try_from(cell.col_span.max(1)).unwrap_or(1);
            for (dr, grid_row) in grid.iter_mut().skip(r).take(rs).enumerate() {
                for dc in 0..cs {
                    let Some(slot) = col.checked_add(dc).and_then(|c| grid_row.get_mut(c)) else {
                        continue;
                    };
                    *slot = if dr == 0 && dc == 0 {
                        Slot::Origin(cell)
                    } else {
                        Slot::Covered(cell)
                    };
                }
            }
        }
    }
    let mut lay = Layout {
        table,
        width,
        grid,
        header: None,
        header_rows: 0,
        roles: vec![None; width],
        header_texts: vec![String::new(); width],
        header_placement: None,
    };
    let Some(h) = (0..n_rows.min(4)).find(|&r| count_roles(table, r) >= 2) else {
        return lay;
    };
    lay.header = Some(h);
    lay.header_rows = 1;
    assign_roles(&mut lay, h, diags);
    one_requirement_column(&mut lay, h);
    promote_group_columns(&mut lay, h);
    // A header printed over two lines, each cell's words broken where the column was too
    // narrow ("牵头 | 配合 | 完成" above "单位 | 单位 | 时限").
    if h + 1 < n_rows && header_goes_on(&mut lay, h) {
        lay.header_rows = 2;
    } else if h + 1 < n_rows && count_roles(table, h + 1) >= 2 && !looks_like_data(table, h + 1) {
        // A second header row splitting a column (责任单位 → 牵头单位 | 配合单位).
        lay.header_rows = 2;
        for cell in &table.rows[h + 1].cells {
            if let Some(role) = role_of(&cell.text) {
                let c = usize::try_from(cell.col).unwrap_or(usize::MAX);
                if let Some(slot) = lay.roles.get_mut(c) {
                    *slot = Some(role);
                    lay.header_texts[c] = squeeze(&cell.text).into_owned();
                }
            }
        }
    }
    responsible_against_support(&mut lay);
    lay
}

/// One units column (责任单位, 责任科室) beside a supporters' column (配合单位) and no lead
/// column: the units that answer for the task against those that help, its leads.
fn responsible_against_support(lay: &mut Layout<'_>) {
    let has = |r: &Role| lay.roles.iter().any(|x| x.as_ref() == Some(r));
    if !has(&Role::Support) || has(&Role::Lead) {
        return;
    }
    let mut units = (0..lay.width).filter(|&c| lay.roles[c] == Some(Role::Units));
    let Some(first) = units.next() else {
        return;
    };
    let text = lay.header_texts[first].clone();
    if units.any(|c| lay.header_texts[c] != text) {
        return;
    }
    for c in 0..lay.width {
        if lay.roles[c] == Some(Role::Units) {
            lay.roles[c] = Some(Role::Lead);
        }
    }
}

/// How a table says which column holds the requirement, when several may.
///
/// Of several requirement columns before the units, the first whose cells are the rows'
/// own (one per row, not numbered group headings) holds the requirement: those before it
/// hold the groups the rows fall in (目标 / 任务 / 主要内容), those after it say more of the
/// same task (实事项目 / 工作举措及实施计划) and are kept as other columns. A table whose
/// only requirement column stands after the units (工作任务 / 牵头部门 / 责任处 / 工作要求)
/// has the task's text in its 工作任务 column when that column's cells are the rows' own:
/// what stands before the units says what the task is, what follows says more of it.
fn one_requirement_column(lay: &mut Layout<'_>, h: usize) {
    let units = (0..lay.width)
        .find(|&c| matches!(lay.roles[c], Some(Role::Units | Role::Lead | Role::Support)))
        .unwrap_or(lay.width);
    let data = lay.grid.len().saturating_sub(h + 1).max(1);
    // The cells a column prints of its own (not merged from above), and how many of them
    // are numbered group headings.
    let own = |c: usize| {
        let (mut own, mut headings) = (0usize, 0usize);
        for row in lay.grid.iter().skip(h + 1) {
            if let Slot::Origin(cell) = row[c] {
                let t = cell.text.trim();
                if !t.is_empty() {
                    own += 1;
                    headings += usize::from(parse_label(t).is_some_and(|l| l.level <= 2));
                }
            }
        }
        (own, headings)
    };
    let per_row = |c: usize| {
        let (own, headings) = own(c);
        own * 5 >= data * 3 && headings * 2 < own.max(1)
    };
    let mut req: Vec<usize> = (0..units)
        .filter(|&c| lay.roles[c] == Some(Role::Requirement))
        .collect();
    // A requirement spanning several grid columns is one column, not several.
    req.dedup_by(|b, a| lay.header_texts[*a] == lay.header_texts[*b]);
    if req.is_empty() {
        let after = (units..lay.width).any(|c| lay.roles[c] == Some(Role::Requirement));
        let task = (0..units).find(|&c| lay.roles[c] == Some(Role::Task) && per_row(c));
        if let (true, Some(task)) = (after, task) {
            lay.roles[task] = Some(Role::Requirement);
            for c in units..lay.width {
                if lay.roles[c] == Some(Role::Requirement) {
                    lay.roles[c] = Some(Role::Extra(lay.header_texts[c].clone()));
                }
            }
            return;
        }
        // Several task columns (工作事项 / 工作内容): one whose cells are the rows' own,
        // printed in more rows than any before it (merged down the rows) or as often with
        // twice the text (short names before the detail), holds the requirement; those
        // before it name the rows' task or group.
        let mut tasks: Vec<usize> = (0..units)
            .filter(|&c| lay.roles[c] == Some(Role::Task))
            .collect();
        tasks.dedup_by(|b, a| lay.header_texts[*a] == lay.header_texts[*b]);
        let chars = |c: usize| -> usize {
            lay.grid
                .iter()
                .skip(h + 1)
                .filter_map(|row| match row[c] {
                    Slot::Origin(cell) => Some(cell.text.trim().chars().count()),
                    _ => None,
                })
                .sum()
        };
        // Counted once per column: a hostile header may name hundreds of task columns.
        let sizes: Vec<(usize, usize)> = tasks.iter().map(|&c| (own(c).0, chars(c))).collect();
        let detail = tasks.iter().enumerate().skip(1).find(|&(k, &c)| {
            let (d, dc) = sizes[k];
            per_row(c)
                && sizes[..k]
                    .iter()
                    .all(|&(b, bc)| b < d || (b == d && bc * 2 <= dc))
        });
        if let Some((_, &c)) = detail {
            let text = lay.header_texts[c].clone();
            for d in c..units {
                if lay.header_texts[d] == text {
                    lay.roles[d] = Some(Role::Requirement);
                }
            }
        }
        return;
    }
    if req.len() < 2 {
        return;
    }
    // The first column of the rows' own, unless a later one is printed in more rows (the
    // earlier merged down them: a group, 项目 over 具体措施).
    let mut main = req.iter().copied().find(|&c| per_row(c));
    if let Some(first) = main
        && let Some(&later) = req
            .iter()
            .filter(|&&c| c > first && per_row(c))
            .max_by_key(|&&c| (own(c).0, std::cmp::Reverse(c)))
        && own(later).0 > own(first).0
    {
        main = Some(later);
    }
    let main = main.unwrap_or(req[req.len() - 1]);
    let main_text = lay.header_texts[main].clone();
    for c in 0..units {
        if lay.roles[c] != Some(Role::Requirement) || lay.header_texts[c] == main_text {
            continue;
        }
        lay.roles[c] = Some(if c < main {
            Role::Task
        } else {
            Role::Extra(lay.header_texts[c].clone())
        });
    }
}

/// A column of any other name ("整治内容", "类别") whose cells are mostly numbered group
/// headings (一、城区环境整治) holds the groups of the rows: it is read like 工作任务.
fn promote_group_columns(lay: &mut Layout<'_>, h: usize) {
    for c in 0..lay.width {
        // Any other column, or a requirement-like one with the task's text further right
        // ("整治内容" before "工作任务").
        let text_right = || {
            (c + 1..lay.width).any(|d| {
                matches!(lay.roles[d], Some(Role::Requirement | Role::Task))
                    && lay.header_texts[d] != lay.header_texts[c]
            })
        };
        let candidate = match lay.roles[c] {
            Some(Role::Extra(_)) => true,
            Some(Role::Requirement | Role::Task) => text_right(),
            _ => false,
        };
        if !candidate {
            continue;
        }
        let (mut texts, mut labels) = (0usize, 0usize);
        for row in lay.grid.iter().skip(h + 1) {
            if let Slot::Origin(cell) = row[c] {
                let t = cell.text.trim();
                if !t.is_empty() {
                    texts += 1;
                    labels += usize::from(parse_label(t).is_some_and(|l| l.level <= 2));
                }
            }
        }
        if texts > 0 && labels * 2 >= texts {
            lay.roles[c] = Some(Role::Group);
        }
    }
}

/// The row under the header `h` finishes its cells' words: every cell it fills is a short
/// piece without digits, under a header cell of its own column, and each joined pair
/// names a column — at least one naming one the header's words alone did not, or another
/// ("牵头" + "单位", "完成" + "时限") — and no header cell above a piece spans columns.
/// Then the joined words give the columns their roles.
fn header_goes_on(lay: &mut Layout<'_>, h: usize) -> bool {
    let table = lay.table;
    let mut joined = Vec::new();
    for cell in &table.rows[h + 1].cells {
        let piece = squeeze(&cell.text);
        if piece.is_empty() {
            continue;
        }
        let c = usize::try_from(cell.col).unwrap_or(usize::MAX);
        let Some(above) = lay.header_texts.get(c) else {
            return false;
        };
        // Under a cell spanning several columns (责任分工 over 牵头单位 | 配合单位) the row
        // splits that cell into columns of their own names: the rule below.
        let spans = lay.grid[h]
            .get(c)
            .and_then(|slot| slot.cell())
            .is_some_and(|above| above.col_span > 1);
        if above.is_empty()
            || spans
            || piece.chars().count() > 4
            || piece
                .chars()
                .any(|ch| ch.is_ascii_digit() || !ch.is_alphanumeric())
        {
            return false;
        }
        let whole = format!("{above}{piece}");
        let Some(role) = role_of(&whole) else {
            return false;
        };
        if matches!(role, Role::Extra(_)) {
            return false;
        }
        joined.push((c, whole, role));
    }
    let changes = joined
        .iter()
        .any(|(c, _, role)| lay.roles[*c].as_ref() != Some(role));
    if !changes {
        return false;
    }
    for (c, whole, role) in joined {
        lay.roles[c] = Some(role);
        lay.header_texts[c] = whole;
    }
    true
}

fn count_roles(table: &Table, r: usize) -> usize {
    table.rows[r]
        .cells
        .iter()
        .filter(|c| role_of(&c.text).is_some())
        .count()
}

fn looks_like_data(table: &Table, r: usize) -> bool {
    table.rows[r]
        .cells
        .iter()
        .any(|c| !c.text.is_empty() && c.text.chars().all(|ch| ch.is_ascii_digit()))
}

/// The header cell (by index) over a leaders' column printed as two cells when the rows
/// have one cell more than the header: in two data rows in three, the cell under it holds
/// a person's name and the next one a title ("黄志刚" | "副县长": a text export that kept
/// the line break between them as a cell break).
fn people_split(lay: &Layout<'_>, h: usize) -> Option<usize> {
    let header = &lay.table.rows[h];
    let data = lay.grid.get(h + lay.header_rows.max(1)..)?;
    fn text<'t>(row: &[Slot<'t>], c: usize) -> Option<&'t str> {
        row.get(c)
            .and_then(|s| s.cell())
            .map(|cell| cell.text.trim())
            .filter(|t| !t.is_empty())
    }
    let mut col = 0usize;
    for (i, cell) in header.cells.iter().enumerate() {
        let span = usize::try_from(cell.col_span.max(1)).unwrap_or(1);
        let (mut pairs, mut rows) = (0usize, 0usize);
        for row in data {
            if row.iter().filter(|s| s.cell().is_some()).count() < lay.width {
                continue;
            }
            rows += 1;
            pairs += usize::from(
                text(row, col).is_some_and(is_person_name)
                    && text(row, col + 1).is_some_and(is_title),
            );
        }
        if rows > 0 && pairs * 3 >= rows * 2 {
            return Some(i);
        }
        col += span;
    }
    None
}

/// Gives each grid column the role of the header cell above it. When the header row has
/// fewer columns than the data (text saved from Word loses the header's merged span), the
/// 工作任务 column is taken to span the extra columns: they hold its group levels.
fn assign_roles(lay: &mut Layout<'_>, h: usize, diags: &mut Vec<Diagnostic>) {
    let header = &lay.table.rows[h];
    let covered: usize = header
        .cells
        .iter()
        .map(|c| usize::try_from(c.col_span.max(1)).unwrap_or(1))
        .sum();
    let extra = lay.width.saturating_sub(covered);
    // The column that spans the extra ones: a leaders' column whose names and titles
    // stand in two cells ("黄志刚" | "副县长"), else the 工作任务 column (its group levels).
    let task_cell = (extra == 1)
        .then(|| people_split(lay, h))
        .flatten()
        .or_else(|| {
            header
                .cells
                .iter()
                .position(|c| role_of(&c.text) == Some(Role::Task))
        });
    let mut col = 0usize;
    let mut placement = Vec::with_capacity(header.cells.len());
    for (i, cell) in header.cells.iter().enumerate() {
        let mut span = usize::try_from(cell.col_span.max(1)).unwrap_or(1);
        // Cells from a grid-aware reader sit at their own column.
        let start = if extra == 0 {
            usize::try_from(cell.col).unwrap_or(col)
        } else {
            col
        };
        if extra > 0 && Some(i) == task_cell {
            span += extra;
            diags.push(
                Diagnostic::new(
                    Level::Info,
                    DiagnosticCode::UnexpectedCellCount,
                    format!(
                        "the header row has {covered} cells but rows have {}: column {:?} taken to span {span} columns",
                        lay.width,
                        squeeze(&cell.text)
                    ),
                )
                .with_loc(header.loc),
            );
        }
        let role =
            role_of(&cell.text).unwrap_or_else(|| Role::Extra(squeeze(&cell.text).into_owned()));
        for c in start..(start + span).min(lay.width) {
            lay.roles[c] = Some(role.clone());
            lay.header_texts[c] = squeeze(&cell.text).into_owned();
        }
        placement.push((
            u32::try_from(start).unwrap_or(u32::MAX),
            u32::try_from(span).unwrap_or(1),
        ));
        col = start + span;
    }
    if extra > 0 {
        lay.header_placement = Some(placement);
    }
    if extra > 0 && task_cell.is_none() {
        diags.push(
            Diagnostic::new(
                Level::Warning,
                DiagnosticCode::UnknownColumn,
                format!(
                    "the header row has {covered} cells but rows have {}: the last {extra} columns have no header",
                    lay.width
                ),
            )
            .with_loc(header.loc),
        );
    }
}

/// The table as it goes into the JSON.
pub(crate) fn to_model(lay: &Layout<'_>, kind: TableKind) -> gongwen_model::Table {
    let header_end = lay.header.map_or(0, |h| h + lay.header_rows);
    let header_cells = lay.header.map(|h| &lay.table.rows[h].cells);
    let mut table = gongwen_model::Table::new(kind, lay.table.loc);
    if lay.header.is_some() {
        table.header = lay.header_texts.clone();
    }
    table.rows = lay
        .table
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let cells = row
                .cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    // The header as interpreted: 工作任务 over the two group columns.
                    let placed = (Some(r) == lay.header)
                        .then_some(lay.header_placement.as_ref())
                        .flatten()
                        .and_then(|p| p.get(i));
                    let (col, col_span) = placed.copied().unwrap_or((c.col, c.col_span));
                    TableCell::new(c.text.clone(), col).with_spans(c.row_span, col_span)
                })
                .collect();
            let mut out = TableRow::new(cells, row.loc);
            out.header = (lay.header.is_some() && r < header_end)
                || row.repeat_header
                || header_cells.is_some_and(|h| same_cells(&row.cells, h));
            out
        })
        .collect();
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_synonyms() {
        assert_eq!(role_of("序号"), Some(Role::Seq));
        assert_eq!(role_of("主 要 内 容"), Some(Role::Requirement));
        assert_eq!(role_of("牵头单位"), Some(Role::Lead));
        assert_eq!(role_of("配合单位"), Some(Role::Support));
        assert_eq!(role_of("责任单位（部门）"), Some(Role::Units));
        assert_eq!(role_of("完成时限"), Some(Role::Deadline));
        assert_eq!(role_of("时间节点"), Some(Role::Deadline));
        assert_eq!(role_of("重点任务"), Some(Role::Task));
        assert_eq!(role_of("推广范围"), None);
        assert_eq!(
            role_of("重点围绕扩大有效投资、招商引资等方面的重要政策"),
            None
        );
    }

    fn table_of(rows: &[&[&str]]) -> Table {
        crate::test_support::grid_table(rows, 0)
    }

    /// A 通报's table of units and the scores they got (单位 / 网站名称 / 得分 / 等次) reports
    /// results: no task table, though it has a units column and a name column. A target
    /// table weighting each task (分值) still is one.
    #[test]
    fn score_tables_are_no_task_tables() {
        assert_eq!(role_of("得分"), Some(Role::Result));
        assert_eq!(role_of("等次"), Some(Role::Result));
        let mut diags = Vec::new();
        let scores = table_of(&[
            &["序号", "单位", "网站名称", "得分", "等次"],
            &["1", "柘陂县人民政府", "柘陂县人民政府网", "93.5", "优秀"],
            &["2", "市交通运输局", "苕溪市交通运输局网站", "78", "合格"],
        ]);
        assert!(!layout(&scores, &mut diags).is_task_table());
        let targets = table_of(&[
            &["序号", "目标任务", "责任单位", "分值"],
            &["1", "全年新增城镇就业5000人。", "县人力社保局", "10"],
            &["2", "完成老旧小区改造12个。", "县住建局", "8"],
        ]);
        assert!(layout(&targets, &mut diags).is_task_table());
    }
}
