//! Rows of a task table → [`Task`]s: categories filled down, units split, deadlines read.

use std::collections::{BTreeMap, HashMap};

use gongwen_model::{
    Category, Deadline, DeadlineKind, Diagnostic, DiagnosticCode, Level, Loc, Task, Unit, UnitRole,
};

use crate::date::Ymd;
use crate::deadline::parse_deadline;
use crate::label::parse_label;
use crate::numerals::parse_number;
use crate::para::{is_space, same_squeezed, squeeze};
use crate::tables::{Layout, Role, Slot};
use crate::units::{UnitList, split_units};

/// What the rest of the document tells the task reader.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TaskContext {
    /// The document's year, for deadlines that name none.
    pub year: Option<u16>,
    /// The document states that the first unit listed leads (列第一位的为牵头单位).
    pub first_unit_leads: bool,
    /// Number of the attachment holding the table.
    pub attachment: Option<u32>,
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
    let header_cells = &lay.table.rows[h].cells;
    let seq_cols = lay.cols_with(|r| *r == Role::Seq);
    let task_cols = lay.cols_with(|r| matches!(r, Role::Task | Role::Group));
    let req_cols = lay.cols_with(|r| *r == Role::Requirement);
    let unit_cols = lay.cols_with(|r| matches!(r, Role::Units | Role::Lead | Role::Support));
    let deadline_col = lay.cols_with(|r| *r == Role::Deadline).first().copied();
    let extra_cols = lay.cols_with(|r| matches!(r, Role::Extra(_)));
    let has_role_columns = unit_cols
        .iter()
        .any(|&c| matches!(lay.roles[c], Some(Role::Lead | Role::Support)));

    let mut tasks = Vec::new();
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
        if row.repeat_header || same_cells(&row.cells, header_cells) {
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
        if let [(_, cell)] = origins.as_slice() {
            if cell.col_span > 1 && category_of(cell).is_none() {
                continue;
            }
        }
        if origins
            .first()
            .is_some_and(|(_, c)| is_note(&c.text) && seq_cols.iter().all(|&s| slots[s].is_blank()))
        {
            continue;
        }
        // A group row: one printed cell that is a numbered heading, nothing else.
        // (It may sit in the 序号 column when it spans the row: "一、提升政务服务效能".)
        if let [(c, cell)] = origins.as_slice() {
            if cell.col_span > 1 || !seq_cols.contains(c) {
                if let Some(cat) = category_of(cell) {
                    set_category(&mut categories, cat);
                    continue;
                }
            }
        }

        let seq = seq_cols.iter().find_map(|&c| {
            parse_number(squeeze(slots[c].text()).trim_end_matches(['.', '．', '、']))
        });

        // 工作任务: group levels (filled down) or the task's own title.
        // A blank cell under a task title (not a group) repeats that title: a merged cell.
        let mut title_parts: Vec<&'t str> = Vec::new();
        for &c in &task_cols {
            match slots[c] {
                Slot::Origin(cell) if !cell.text.trim().is_empty() => match category_of(cell) {
                    Some(cat) => {
                        set_category(&mut categories, cat);
                        prev_titles.remove(&c);
                    }
                    None => {
                        let t = cell.text.trim_matches(is_space);
                        prev_titles.insert(c, t);
                        title_parts.push(t);
                    }
                },
                Slot::Covered(cell) => {
                    // Merged: a group was set when its first row was read; anything else
                    // is the merged task title.
                    if !categories.iter().any(|g| g.loc == cell.loc) {
                        title_parts.push(cell.text.trim_matches(is_space));
                    }
                }
                _ => {
                    if let Some(&t) = prev_titles.get(&c) {
                        title_parts.push(t);
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
            // filled from a merged cell above would repeat another task's text.
            title = None;
            requirement = join_texts(task_cols.iter().filter_map(|&c| match slots[c] {
                Slot::Origin(cell) if category_of(cell).is_none() => Some(cell.text.as_str()),
                _ => None,
            }));
        }

        // Units, per column, blank cells filled from the row above.
        let mut units: Vec<Unit> = Vec::new();
        let mut raws: Vec<&'t str> = Vec::new();
        let mut open = false;
        let mut units_inherited = false;
        for &c in &unit_cols {
            let slot = slots[c];
            // No cell at all (a short row, Word's gridAfter) is not a blank to fill.
            if matches!(slot, Slot::Empty) {
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
            let forced = match lay.roles[c] {
                Some(Role::Lead) => Some(UnitRole::Lead),
                Some(Role::Support) => Some(UnitRole::Support),
                _ => None,
            };
            units.extend(list.units.iter().cloned().map(|mut u| {
                if let Some(role) = forced {
                    u.role = role;
                }
                u
            }));
            raws.push(text);
        }
        if ctx.first_unit_leads
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

        let deadline = deadline_col.and_then(|c| {
            read_deadline(
                slots[c],
                &mut prev_deadline,
                ctx.year,
                (c, row_idx),
                &mut filled,
                &mut memo,
                diags,
            )
        });

        let extra: BTreeMap<String, String> = extra_cols
            .iter()
            .filter_map(|&c| {
                let text = slots[c].text().trim_matches(is_space);
                (!text.is_empty()).then(|| (lay.header_texts[c].clone(), text.to_owned()))
            })
            .collect();

        tasks.push(Task {
            seq,
            category: categories.clone(),
            title,
            requirement,
            units,
            units_raw: (!raws.is_empty()).then(|| raws.join("\n")),
            units_open: open,
            units_inherited,
            deadline,
            section: None,
            extra,
            attachment: ctx.attachment,
            loc: row.loc,
        });
    }
    for (col, rows) in filled.by_col {
        let name = lay.header_texts.get(col).cloned().unwrap_or_default();
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::FilledFromAbove,
            message: format!(
                "column {col} ({name}): {} blank cells filled from the row above (table rows {})",
                rows.len(),
                list_rows(&rows)
            ),
            loc: Some(lay.table.loc),
        });
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
        diags.push(Diagnostic {
            level: Level::Warning,
            code: DiagnosticCode::UnknownDeadline,
            message: format!("deadline {raw:?} not understood; kept as printed"),
            loc: Some(cell.loc),
        });
    }
    let d = Deadline {
        raw,
        kind,
        date: date.and_then(|d| d.to_date()),
        inherited: false,
        loc: cell.loc,
    };
    *prev = Some(d.clone());
    Some(d)
}

/// A cell that is a numbered group heading ("一、深入落实…", "(十六）切实抓好监督落实").
fn category_of(cell: &gongwen_blocks::Cell) -> Option<Category> {
    let text = cell.text.trim_matches(is_space);
    let label = parse_label(text)?;
    if label.level > 2 {
        return None;
    }
    Some(Category {
        label: label.canonical(),
        ordinal: label.ordinal,
        level: label.level,
        title: label
            .rest
            .trim_matches(is_space)
            .trim_end_matches(['。', '；'])
            .to_owned(),
        loc: cell.loc,
    })
}

/// Rows printing the same texts (a header repeated after a page break).
pub(crate) fn same_cells(a: &[gongwen_blocks::Cell], b: &[gongwen_blocks::Cell]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| same_squeezed(&x.text, &y.text))
}

/// "注：…", "备注：…", "说明：…" under a table.
fn is_note(text: &str) -> bool {
    let t = text.trim_start_matches(is_space);
    ["注：", "注:", "备注：", "备注:", "说明：", "说明:"]
        .iter()
        .any(|p| t.starts_with(p))
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

/// Links each task to the body section its groups name, when the table's groups match
/// the sections of the document the table belongs to: by number and title along the path
/// (一、 → （一）), else by title anywhere in the tree (a table whose groups are the
/// document's second level), else, for a table without groups, by the task's own title.
pub(crate) fn link_sections(
    tasks: &mut [Task],
    sections: &[gongwen_model::Section],
    diags: &mut Vec<Diagnostic>,
    table_loc: Loc,
) {
    // Rows of one group share its categories: the path found for the previous row is
    // reused while the groups are the same ones (same source locations).
    let mut previous: Option<(&[Category], Option<Vec<String>>)> = None;
    let mut paths: Vec<Option<Vec<String>>> = Vec::with_capacity(tasks.len());
    for t in tasks.iter() {
        let path = match (t.category.last(), t.title.as_deref()) {
            (Some(last), _) => match &previous {
                Some((cats, path)) if same_groups(cats, &t.category) => path.clone(),
                _ => {
                    let path = section_path(&t.category, sections)
                        .or_else(|| path_by_heading(&last.title, sections));
                    previous = Some((&t.category, path.clone()));
                    path
                }
            },
            (None, Some(title)) => path_by_heading(title, sections),
            (None, None) => None,
        };
        paths.push(path);
    }
    let candidates = tasks
        .iter()
        .filter(|t| !t.category.is_empty() || t.title.is_some())
        .count();
    if candidates == 0 || sections.is_empty() {
        return;
    }
    let matched = paths.iter().filter(|p| p.is_some()).count();
    // Most rows must match: a table whose groups are not the body's sections is not linked.
    if matched * 5 < candidates * 4 {
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::CategoryUnmatched,
            message: format!(
                "only {matched} of {candidates} task rows have groups matching the document's sections; tasks are not linked to sections"
            ),
            loc: Some(table_loc),
        });
        return;
    }
    for (task, path) in tasks.iter_mut().zip(paths) {
        if path.is_none() && (!task.category.is_empty() || task.title.is_some()) {
            diags.push(Diagnostic {
                level: Level::Warning,
                code: DiagnosticCode::CategoryUnmatched,
                message: format!(
                    "task {} has group {} that matches no section",
                    task.seq.map_or_else(|| "?".to_owned(), |s| s.to_string()),
                    task.category
                        .iter()
                        .map(|c| format!("{}{}", c.label, c.title))
                        .chain(task.title.clone())
                        .collect::<Vec<_>>()
                        .join(" / ")
                ),
                loc: Some(task.loc),
            });
        }
        task.section = path;
    }
}

/// The same group headings: read from the same cells (a cell's location identifies it).
fn same_groups(a: &[Category], b: &[Category]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.loc == y.loc)
}

fn section_path(cats: &[Category], sections: &[gongwen_model::Section]) -> Option<Vec<String>> {
    if cats.is_empty() {
        return None;
    }
    let mut level = sections;
    let mut path = Vec::with_capacity(cats.len());
    for cat in cats {
        let s = level
            .iter()
            .find(|s| s.ordinal == cat.ordinal && s.level == cat.level && titles_match(s, cat))?;
        path.push(s.label.clone());
        level = &s.children;
    }
    Some(path)
}

/// The label path of the first section (depth first) whose heading is `title`.
fn path_by_heading(title: &str, sections: &[gongwen_model::Section]) -> Option<Vec<String>> {
    let want = plain(title);
    if want.chars().count() < 2 {
        return None;
    }
    for s in sections {
        if s.heading.as_deref().is_some_and(|h| plain(h) == want) {
            return Some(vec![s.label.clone()]);
        }
        if let Some(mut rest) = path_by_heading(title, &s.children) {
            rest.insert(0, s.label.clone());
            return Some(rest);
        }
    }
    None
}

/// Text without white space and punctuation, for comparing headings.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !is_space(*c) && !is_punct(*c))
        .collect()
}

fn titles_match(section: &gongwen_model::Section, cat: &Category) -> bool {
    let heading = section.heading.as_deref().unwrap_or("");
    let mut a = heading.chars().filter(|c| !is_space(*c) && !is_punct(*c));
    let mut b = cat.title.chars().filter(|c| !is_space(*c) && !is_punct(*c));
    // Equal, one a prefix of the other, or a common start of four characters; an empty
    // side matches anything. Compared char by char: this runs for every task.
    let mut common = 0;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => common += 1,
            (None, _) | (_, None) => return true,
            _ => return common >= 4,
        }
    }
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '，' | '。'
                | '、'
                | '；'
                | '：'
                | '！'
                | '？'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '（'
                | '）'
                | '《'
                | '》'
                | '【'
                | '】'
                | '〔'
                | '〕'
        )
}
