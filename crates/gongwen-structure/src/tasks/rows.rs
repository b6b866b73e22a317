//! Rows of a task table → [`Task`]s: categories filled down, units split, deadlines read.
//!
//! A blank cell is a merged one (filled from the row above, marked inherited) save a blank
//! 配合单位 cell beside a lead the row prints itself: a task always has whoever leads it, not
//! always anyone to help, so that blank is empty. A column of groups (类别) never gives the
//! requirement of a table that has no 具体要求 column.

use std::collections::{BTreeMap, HashMap};

use gongwen_model::{
    Category, Deadline, DeadlineKind, Diagnostic, DiagnosticCode, Level, Task, Unit, UnitRole,
};

use crate::filter::tables::same_cells;
use crate::lex::document::{TABLE_NOTES, TABLE_TOTALS};
use crate::parse::date::Ymd;
use crate::parse::deadline::parse_deadline;
use crate::parse::deadline_text::deadline_in_text;
use crate::parse::label::parse_label;
use crate::parse::numerals::parse_number;
use crate::parse::units::{UnitList, split_units, states_first_unit_leads};
use crate::tasks::tables::{Layout, Role, Slot};
use crate::text::chars::{is_space, squeeze};

/// What the rest of the document tells the task reader.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TaskContext {
    /// The document's year, for deadlines that name none.
    pub year: Option<u16>,
    /// The block where the document first states that the first unit listed leads
    /// (列第一位的为牵头单位): a table anywhere follows it, inline tasks from there on.
    pub first_unit_leads: Option<u32>,
    /// Number of the attachment holding the table.
    pub attachment: Option<u32>,
    /// The document is a 纪要, whose decisions assign units in prose.
    pub minutes: bool,
}

/// A table naming each row's task in a column of its own (工作任务 / 具体措施, 重点任务 /
/// 工作措施, every row its own name, none merged down several rows and none repeated):
/// the name opens the requirement — "深化“高效办成一件事”改革" over "新增企业信息变更…" —
/// and stays the title. Names merged down several rows are groups of the detail rows
/// under them, whose requirement is the detail alone.
fn names_open_requirements(tasks: &mut [Task], titles_own: &[bool]) {
    let named = |t: &Task| t.title.is_some() && t.requirement.is_some();
    if tasks.len() < 2 || !tasks.iter().all(named) || titles_own.iter().any(|own| !own) {
        return;
    }
    let mut seen = std::collections::BTreeSet::new();
    if !tasks
        .iter()
        .all(|t| seen.insert(t.title.as_deref().unwrap_or_default()))
    {
        return;
    }
    for t in tasks {
        if let (Some(title), Some(req)) = (&t.title, &mut t.requirement)
            && !req.starts_with(title.as_str())
        {
            *req = format!("{title}\n{req}");
        }
    }
}

/// Blank cells filled from the row above, per column, for one diagnostic per column.
#[derive(Default)]
struct Filled {
    by_col: BTreeMap<usize, Vec<u32>>,
}

impl Filled {
    fn note(&mut self, col: usize, row: u32) {
        self.by_col.entry(col).or_default().push(row);
    }
}

/// Task tables repeat the same unit lists and deadlines row after row ("各镇（街道）、
/// 县政府各部门", "2024年12月底前"): each distinct text is read once per table.
#[derive(Default)]
struct Memo {
    units: HashMap<String, UnitList>,
    deadlines: HashMap<String, (DeadlineKind, Option<Ymd>)>,
}

impl Memo {
    /// The units of `text`, split once per distinct text (cells repeat down a table).
    fn units(&mut self, text: &str) -> &UnitList {
        static NONE: UnitList = UnitList {
            units: Vec::new(),
            open: false,
        };
        if !self.units.contains_key(text) {
            self.units.insert(text.to_owned(), split_units(text));
        }
        self.units.get(text).unwrap_or(&NONE)
    }

    fn deadline(&mut self, raw: &str, year: Option<u16>) -> (DeadlineKind, Option<Ymd>) {
        if let Some(v) = self.deadlines.get(raw) {
            return *v;
        }
        let v = parse_deadline(raw, year);
        self.deadlines.insert(raw.to_owned(), v);
        v
    }
}

/// Reads the tasks of a task table.
pub(crate) fn read_tasks<'t>(
    lay: &Layout<'t>,
    ctx: TaskContext,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Task> {
    let Some(h) = lay.header else {
        return Vec::new();
    };
    // Every row of the header (a two-row header repeats both after a page break).
    let header_rows = &lay.table.rows[h..(h + lay.header_rows).min(lay.table.rows.len())];
    let seq_cols = lay.cols_with(|r| *r == Role::Seq);
    let task_cols = lay.cols_with(|r| matches!(r, Role::Task | Role::Group));
    let req_cols = lay.cols_with(|r| *r == Role::Requirement);
    let unit_cols = lay.cols_with(|r| matches!(r, Role::Units | Role::Lead | Role::Support));
    let deadline_col = lay.cols_with(|r| *r == Role::Deadline).first().copied();
    let extra_cols = lay.cols_with(|r| matches!(r, Role::Extra(_)));
    let has_lead_column = unit_cols.iter().any(|&c| lay.roles[c] == Some(Role::Lead));
    // "责任单位（排在第一位的为牵头单位）": the header states the rule for its column.
    let header_states_first_leads = unit_cols
        .iter()
        .any(|&c| states_first_unit_leads(&lay.header_texts[c]));
    let has_role_columns = unit_cols
        .iter()
        .any(|&c| matches!(lay.roles[c], Some(Role::Lead | Role::Support)));

    let mut tasks = Vec::new();
    // Per task: its title is its row's own (see `names_open_requirements`).
    let mut titles_own: Vec<bool> = Vec::new();
    let mut categories: Vec<Category> = Vec::new();
    // Texts borrowed from the table until they are joined into a task's own strings.
    let mut prev_units: BTreeMap<usize, &'t str> = BTreeMap::new();
    let mut prev_titles: BTreeMap<usize, &'t str> = BTreeMap::new();
    let mut prev_deadline: Option<Deadline> = None;
    let mut filled = Filled::default();
    let mut memo = Memo::default();
    // The printed cells of the row being read (one buffer for all rows).
    let mut origins: Vec<(usize, &gongwen_blocks::Cell)> = Vec::new();

    for r in (h + lay.header_rows)..lay.table.rows.len() {
        let row = &lay.table.rows[r];
        let slots = &lay.grid[r];
        let row_idx = u32::try_from(r).unwrap_or(u32::MAX);
        if row.repeat_header
            || header_rows
                .iter()
                .any(|hr| same_cells(&row.cells, &hr.cells))
        {
            continue; // a header repeated after a page break
        }
        origins.clear();
        origins.extend(slots.iter().enumerate().filter_map(|(c, s)| match s {
            Slot::Origin(cell) if !cell.text.trim().is_empty() => Some((c, *cell)),
            _ => None,
        }));
        if origins.is_empty() {
            continue;
        }
        // A note under the table ("注：牵头单位负责…") spanning several columns is no task.
        if let [(_, cell)] = origins.as_slice()
            && cell.col_span > 1
            && category_of(cell).is_none()
        {
            continue;
        }
        if origins
            .first()
            .is_some_and(|(_, c)| is_note(&c.text) && seq_cols.iter().all(|&s| slots[s].is_blank()))
        {
            continue;
        }
        // A group row: one printed cell that is a numbered heading, nothing else.
        // (It may sit in the 序号 column when it spans the row: "一、提升政务服务效能".)
        if let [(c, cell)] = origins.as_slice()
            && (cell.col_span > 1 || !seq_cols.contains(c))
            && let Some(cat) = category_of(cell)
        {
            set_category(&mut categories, cat);
            continue;
        }

        // "1", "1.", "（1）", "①": the number alone in its cell.
        let mut seq = seq_cols.iter().find_map(|&c| {
            let text = squeeze(slots[c].text());
            parse_number(text.trim_end_matches(['.', '．', '、'])).or_else(|| {
                parse_label(&text)
                    .filter(|l| l.rest.trim_matches(is_space).is_empty())
                    .map(|l| l.ordinal)
            })
        });

        // A group row by its number: "1 | 老旧小区改造" over rows numbered "1-1", "1-2" (or
        // "1.1"), its other cells blank: the number's own rows are its tasks.
        if let [(sc, _), (_, name)] = origins.as_slice()
            && seq_cols.contains(sc)
            && let Some(n) = seq
            && next_seq(lay, r, &seq_cols).is_some_and(|next| is_sub_number(&next, n))
        {
            let title = name.text.trim_matches(is_space);
            set_category(
                &mut categories,
                Category::new(1, title, name.loc).with_number(n.to_string(), n),
            );
            continue;
        }

        // A totals row ("合计 | | 2912"): its first printed cell says so.
        if origins
            .first()
            .is_some_and(|(_, c)| TABLE_TOTALS.contains(&squeeze(&c.text).as_ref()))
        {
            continue;
        }

        // 工作任务: group levels (filled down) or the task's own title.
        // A blank cell under a task title (not a group) repeats that title: a merged cell.
        let mut title_parts: Vec<&'t str> = Vec::new();
        // The title is this row's own: printed in this row, in a cell of one row.
        let mut title_own = true;
        for (k, &c) in task_cols.iter().enumerate() {
            // A column named as groups (类别, 领域) holds groups even unnumbered ("教育").
            let group_col = lay.roles[c] == Some(Role::Group);
            let level = u8::try_from(k + 1).unwrap_or(u8::MAX);
            match slots[c] {
                Slot::Origin(cell) if !cell.text.trim().is_empty() => match category_of(cell)
                    .or_else(|| group_col.then(|| unnumbered_category(cell, level)))
                {
                    Some(cat) => {
                        set_category(&mut categories, cat);
                        prev_titles.remove(&c);
                    }
                    None => {
                        let t = cell.text.trim_matches(is_space);
                        prev_titles.insert(c, t);
                        title_parts.push(t);
                        title_own &= cell.row_span <= 1;
                    }
                },
                Slot::Covered(cell) => {
                    // Merged: a group was set when its first row was read; anything else
                    // is the merged task title.
                    if !categories.iter().any(|g| g.loc == cell.loc) {
                        title_parts.push(cell.text.trim_matches(is_space));
                        title_own = false;
                    }
                }
                _ => {
                    if let Some(&t) = prev_titles.get(&c) {
                        title_parts.push(t);
                        title_own = false;
                        filled.note(c, row_idx);
                    } else if !categories.is_empty() {
                        filled.note(c, row_idx);
                    }
                }
            }
        }
        let mut requirement = join_texts(req_cols.iter().map(|&c| slots[c].text()));
        let mut title = (!title_parts.is_empty()).then(|| title_parts.join("\n"));
        if req_cols.is_empty() {
            // No 具体要求 column: the task column's own text is the requirement; a value
            // filled from a merged cell above would repeat another task's text, and a column
            // of groups (类别) holds groups, never the task.
            title = None;
            let own = |c: &usize| match slots[*c] {
                Slot::Origin(cell) if category_of(cell).is_none() => Some(cell.text.as_str()),
                _ => None,
            };
            let tasks_only = || {
                task_cols
                    .iter()
                    .filter(|&&c| lay.roles[c] != Some(Role::Group))
                    .filter_map(own)
            };
            requirement = if tasks_only().next().is_some() {
                join_texts(tasks_only())
            } else {
                join_texts(task_cols.iter().filter_map(own))
            };
        }

        // A requirement printed with its own number ("1.全面公开…") in a table with no 序号
        // of its own: the number is the 序号, the text the requirement.
        if let (None, Some(text)) = (seq, requirement.as_deref())
            && let Some(label) = parse_label(text).filter(|l| l.level >= 3 && !l.rest.is_empty())
        {
            seq = Some(label.ordinal);
            requirement = Some(label.rest.trim_matches(is_space).to_owned());
        }

        // Units, per column, blank cells filled from the row above.
        let mut units: Vec<Unit> = Vec::new();
        let mut raws: Vec<&'t str> = Vec::new();
        let mut open = false;
        let mut units_inherited = false;
        // A blank 配合单位 cell beside a lead the row prints itself is empty, not merged: a
        // task always has whoever leads it, not always anyone to help.
        let own_lead = unit_cols.iter().any(|&c| {
            matches!(lay.roles[c], Some(Role::Lead | Role::Units))
                && matches!(slots[c], Slot::Origin(_))
                && !slots[c].is_blank()
        });
        for &c in &unit_cols {
            let slot = slots[c];
            // No cell at all (a short row, Word's gridAfter) is not a blank to fill.
            if matches!(slot, Slot::Empty) {
                continue;
            }
            if slot.is_blank() && own_lead && lay.roles[c] == Some(Role::Support) {
                continue;
            }
            let text = if slot.is_blank() {
                match prev_units.get(&c) {
                    Some(&t) => {
                        filled.note(c, row_idx);
                        units_inherited = true;
                        t
                    }
                    None => continue,
                }
            } else {
                let t = slot.text().trim_matches(is_space);
                prev_units.insert(c, t);
                t
            };
            let list = memo.units(text);
            open |= list.open;
            // A leads' column names its leads, unless the cell marks them itself
            // ("区数据局（牵头）、区行政审批局" in a 责任单位 column read as the leads'
            // beside 配合单位): then the others in it are responsible, not leads.
            let marks_leads = list.units.iter().any(|u| u.role == UnitRole::Lead);
            let forced = match lay.roles[c] {
                Some(Role::Lead) if marks_leads => None,
                Some(Role::Lead) => Some(UnitRole::Lead),
                Some(Role::Support) => Some(UnitRole::Support),
                _ => None,
            };
            units.extend(list.units.iter().cloned().map(|mut u| {
                if let Some(role) = forced {
                    u.role = role;
                } else if has_lead_column
                    && u.role == UnitRole::Lead
                    && lay.roles[c] != Some(Role::Lead)
                {
                    // A table with a 牵头单位 column names its leads there; "综合处牵头"
                    // in another units column leads only within that unit's own office.
                    u.role = UnitRole::Responsible;
                }
                u
            }));
            raws.push(text);
        }
        if (ctx.first_unit_leads.is_some() || header_states_first_leads)
            && !has_role_columns
            && units.iter().all(|u| u.role == UnitRole::Responsible)
        {
            for (i, u) in units.iter_mut().enumerate() {
                u.role = if i == 0 {
                    UnitRole::Lead
                } else {
                    UnitRole::Support
                };
            }
        }

        let deadline = match deadline_col {
            Some(c) => read_deadline(
                slots[c],
                &mut prev_deadline,
                ctx.year,
                (c, row_idx),
                &mut filled,
                &mut memo,
                diags,
            ),
            // No deadline column: the date the task's own text states, if any.
            None => requirement
                .as_deref()
                .or(title.as_deref())
                .and_then(deadline_in_text)
                .map(|raw| {
                    let (kind, date) = memo.deadline(&raw, ctx.year);
                    let mut deadline = Deadline::new(raw, kind, row.loc);
                    deadline.date = date.and_then(|d| d.to_date());
                    deadline
                }),
        };

        let extra: BTreeMap<String, String> = extra_cols
            .iter()
            .filter_map(|&c| {
                let text = slots[c].text().trim_matches(is_space);
                (!text.is_empty()).then(|| (lay.header_texts[c].clone(), text.to_owned()))
            })
            .collect();

        let mut task = Task::new(row.loc);
        task.seq = seq;
        task.category = categories.clone();
        task.title = title;
        task.requirement = requirement;
        task.units = units;
        task.units_raw = (!raws.is_empty()).then(|| raws.join("\n"));
        task.units_open = open;
        task.units_inherited = units_inherited;
        task.deadline = deadline;
        task.extra = extra;
        task.attachment = ctx.attachment;
        tasks.push(task);
        titles_own.push(title_own);
    }
    names_open_requirements(&mut tasks, &titles_own);
    for (col, rows) in filled.by_col {
        let name = lay.header_texts.get(col).cloned().unwrap_or_default();
        diags.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::FilledFromAbove,
                format!(
                    "column {col} ({name}): {} blank cells filled from the row above (table rows {})",
                    rows.len(),
                    list_rows(&rows)
                ),
            )
            .with_loc(lay.table.loc),
        );
    }
    tasks
}

fn read_deadline(
    slot: Slot<'_>,
    prev: &mut Option<Deadline>,
    year: Option<u16>,
    (col, row): (usize, u32),
    filled: &mut Filled,
    memo: &mut Memo,
    diags: &mut Vec<Diagnostic>,
) -> Option<Deadline> {
    if matches!(slot, Slot::Empty) {
        return None;
    }
    if slot.is_blank() {
        let mut d = prev.clone()?;
        d.inherited = true;
        filled.note(col, row);
        return Some(d);
    }
    let cell = slot.cell()?;
    let raw = cell.text.trim_matches(is_space).to_owned();
    let (kind, date) = memo.deadline(&raw, year);
    if kind == DeadlineKind::Unknown {
        diags.push(
            Diagnostic::new(
                Level::Warning,
                DiagnosticCode::UnknownDeadline,
                format!("deadline {raw:?} not understood; kept as printed"),
            )
            .with_loc(cell.loc),
        );
    }
    let mut d = Deadline::new(raw, kind, cell.loc);
    d.date = date.and_then(|d| d.to_date());
    *prev = Some(d.clone());
    Some(d)
}

/// A group printed without a number in a column of groups: label empty, ordinal 0.
fn unnumbered_category(cell: &gongwen_blocks::Cell, level: u8) -> Category {
    Category::new(level, cell.text.trim_matches(is_space), cell.loc)
}

/// A cell that is a numbered group heading ("一、深入落实…", "(十六）切实抓好监督落实").
fn category_of(cell: &gongwen_blocks::Cell) -> Option<Category> {
    let text = cell.text.trim_matches(is_space);
    let label = parse_label(text)?;
    if label.level > 2 {
        return None;
    }
    let title = label
        .rest
        .trim_matches(is_space)
        .trim_end_matches(['。', '；']);
    Some(Category::new(label.level, title, cell.loc).with_number(label.canonical(), label.ordinal))
}

/// The 序号 printed in the next row below `r` that prints one.
fn next_seq(lay: &Layout<'_>, r: usize, seq_cols: &[usize]) -> Option<String> {
    lay.grid.get(r + 1..)?.iter().find_map(|slots| {
        seq_cols.iter().find_map(|&c| match slots.get(c) {
            Some(Slot::Origin(cell)) if !cell.text.trim().is_empty() => {
                Some(squeeze(&cell.text).into_owned())
            }
            _ => None,
        })
    })
}

/// "1-1", "1-2", "1.1", "1．2" under "1": a sub-number of `n`.
fn is_sub_number(text: &str, n: u32) -> bool {
    let head = n.to_string();
    text.strip_prefix(head.as_str())
        .and_then(|rest| rest.strip_prefix(['-', '－', '—', '.', '．']))
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
}

/// "注：…", "备注：…", "说明：…" under a table.
fn is_note(text: &str) -> bool {
    let t = text.trim_start_matches(is_space);
    TABLE_NOTES.iter().any(|w| {
        t.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(['：', ':']))
    })
}

fn set_category(stack: &mut Vec<Category>, cat: Category) {
    stack.retain(|c| c.level < cat.level);
    stack.push(cat);
}

fn join_texts<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut out: Option<String> = None;
    for t in texts
        .map(|t| t.trim_matches(is_space))
        .filter(|t| !t.is_empty())
    {
        match &mut out {
            Some(s) => {
                s.push('\n');
                s.push_str(t);
            }
            None => out = Some(t.to_owned()),
        }
    }
    out
}

fn list_rows(rows: &[u32]) -> String {
    const SHOWN: usize = 12;
    let mut s: Vec<String> = rows.iter().take(SHOWN).map(u32::to_string).collect();
    if rows.len() > SHOWN {
        s.push("…".into());
    }
    s.join(", ")
}
