//! Tasks written inline in numbered items rather than in a table: one task per marker
//! group — （牵头单位：…；责任单位：…）, 〔牵头单位：…，责任单位：…〕, "（X牵头，Y配合）",
//! "（A、B按职责分工负责）", "（X负责落实）", a sentence "由A负责，B配合。", labels in 【】
//! before their values, a "责任单位：…" line under the item (with a "完成时限：…" line after
//! it), a bare "（A、B）" where the document states that the first unit leads — and per
//! sentence asking named units to finish by a date ("请A、B在2019年2月底前完成").
//!
//! Decisions (each covered by a test):
//! - Every item, at any level, is read on its own (its heading and paragraphs, not its
//!   children's), depth first. Each marker group closes one task, whose requirement is the
//!   text since the previous group or the start of the item ([`item`]); an item closed by
//!   one group gives one task titled with its heading, an item holding several gives several
//!   untitled tasks grouped under it (the item is their last category).
//! - What a marker is and says: [`markers`]; the prose form: [`prose`].
//! - One marker line after the last of several sub-items (（1）…（4）, then "（责任单位：…）"
//!   on a line of its own) when no other sub-item has one covers them all: one task for the
//!   item above them, its requirement the item's text and its sub-items'.
//! - "以上任务由A牵头，B配合。" after items gives its units to each item since the last one
//!   with units of its own (one task each).
//! - 下同 at the end of a marker ("（责任单位：县教体局，下同）") gives the same units to the
//!   following items of the same level under the same parent that carry no marker of their
//!   own, until one does; "同上" as the unit list takes the units of the previous task. Such
//!   tasks have `units_inherited` set and a `filled_from_above` diagnostic.
//! - A stated rule "列第一位的为牵头单位" (or "首位单位为牵头单位") makes the first unit of
//!   each list the lead and the others support, from the marker stating it on (all tasks,
//!   when it is printed after every marker); lists with a stated role keep theirs.
//! - The deadline is a "完成时限：…" a marker states, the date a prose task asks for, else
//!   the one the task's own text states ([`deadline_text`](crate::parse::deadline_text)):
//!   dated phrases (all kept as milestones, the latest is due), else a repetition
//!   (每季度更新一次), else continuous work (长期坚持).

mod decisions;
mod item;

use std::cell::RefCell;
use std::rc::Rc;
mod markers;
mod prose;

use gongwen_model::{
    Category, Deadline, Diagnostic, DiagnosticCode, Level, Loc, Task, Unit, UnitRole,
};

use crate::body::outline::{Outline, SectionId};
use crate::parse::deadline::parse_deadline;
use crate::parse::deadline_text::deadline_in_text;
use crate::tasks::rows::TaskContext;
use crate::text::chars::is_space;
use item::{Item, Part, clean, may_hold_task, read_item, read_item_in, without_cuts};
use markers::{Forms, cut_markers};

/// Builds now the tables the marker reader derives from the lexicon on first use.
pub(crate) fn warm_up() {
    markers::warm_up();
}

/// Every numbered item of the tree (depth first) that carries a responsibility marker
/// becomes one task per marker group.
pub(crate) fn read_inline_tasks(
    outline: &Outline<'_>,
    ctx: TaskContext,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Task> {
    let forms = Forms {
        bare_lists: ctx.first_unit_leads.is_some(),
        decisions: ctx.minutes,
    };
    // Whether each item's own text may hold a task, asked once: the walk asks it of an
    // item, of its parent's covering line and of every subtree above it.
    let own_may: Vec<bool> = outline
        .ids()
        .map(|id| {
            let s = outline.section(id);
            s.heading
                .as_deref()
                .is_some_and(|h| may_hold_task(h, forms))
                || s.paragraphs.iter().any(|p| may_hold_task(&p.text, forms))
        })
        .collect();
    let sections = own_may.len();
    let mut walker = Walker {
        outline,
        ctx,
        forms,
        own_may,
        tasks: Vec::new(),
        last: None,
        read: RefCell::new(vec![None; sections]),
    };
    walker.walk(outline.roots(), diags);
    if let Some(from) = ctx.first_unit_leads {
        // Printed after every marker (a note at the end), the rule covers them all. It
        // speaks of lists: a sentence asking units for a task is none.
        let after_all = walker
            .tasks
            .iter()
            .flat_map(|(_, at)| at)
            .all(|at| *at < from);
        for (task, at) in &mut walker.tasks {
            if at.is_some_and(|at| after_all || at >= from) {
                first_unit_leads(&mut task.units);
            }
        }
    }
    walker.tasks.into_iter().map(|(t, _)| t).collect()
}

/// "列第一位的为牵头单位": the first unit leads, the others support — unless the list states
/// roles of its own.
fn first_unit_leads(units: &mut [Unit]) {
    if units.iter().all(|u| u.role == UnitRole::Responsible) {
        for (i, u) in units.iter_mut().enumerate() {
            u.role = if i == 0 {
                UnitRole::Lead
            } else {
                UnitRole::Support
            };
        }
    }
}

/// Units a task got, to be handed on by 下同 or 同上.
#[derive(Debug, Clone)]
struct Given {
    units: Vec<Unit>,
    open: bool,
    raw: Option<String>,
    /// The item that named them.
    from: SectionId,
    /// The block of the marker list that named them (none: a sentence asking for a task).
    at: Option<u32>,
}

impl Given {
    fn of(part: &Part, from: SectionId) -> Given {
        Given {
            units: part.units.clone(),
            open: part.open,
            raw: (!part.raws.is_empty()).then(|| part.raws.join("\n")),
            from,
            at: (!part.asked).then_some(part.marker_at),
        }
    }
}

/// What a task is made of besides its units.
struct Text<'a> {
    title: Option<String>,
    requirement: &'a str,
    stated: Option<String>,
    loc: Loc,
    /// The item holds several tasks: it is their group.
    grouped: bool,
}

struct Walker<'o, 's> {
    outline: &'o Outline<'s>,
    ctx: TaskContext,
    /// The marker forms the document uses.
    forms: Forms,
    /// Per section ([`Outline::index`]): its heading or paragraphs may hold a task.
    own_may: Vec<bool>,
    /// The tasks, each with the block of the marker list that named its units.
    tasks: Vec<(Task, Option<u32>)>,
    /// The item the last task was read from.
    last: Option<SectionId>,
    /// Items read so far, per section ([`Outline::index`]): the walk and the questions
    /// asked of sub-items ("does one hold a marker of its own?") read the same items.
    read: RefCell<Vec<Option<Rc<Item>>>>,
}

impl Walker<'_, '_> {
    fn walk(&mut self, siblings: impl Iterator<Item = SectionId>, diags: &mut Vec<Diagnostic>) {
        let outline = self.outline;
        // Units handed on by a 下同 among these siblings.
        let mut ditto: Option<Given> = None;
        // Siblings since the last one that gave a task, for an "以上任务由…" line.
        let mut untasked: Vec<SectionId> = Vec::new();
        for id in siblings {
            let s = outline.section(id);
            if let Some(part) = self.covering(id) {
                let text = self.covered_text(id, &part);
                let given = Given::of(&part, id);
                ditto = part.ditto.then(|| given.clone());
                let t = Text {
                    title: self.item(id).title.clone(),
                    requirement: &text,
                    stated: part.stated.clone(),
                    loc: s.loc,
                    grouped: false,
                };
                self.push(id, t, given, false, diags);
                untasked.clear();
                continue;
            }
            // Most items name no units: skip reading them unless a 下同 hands units on.
            let forms = self.forms;
            let own_may = self.own_may(id);
            let item = if ditto.is_none() && !own_may {
                Rc::new(Item::default())
            } else {
                self.item(id)
            };
            let grouped = item.parts.iter().filter(|p| !p.above).count() > 1;
            let mut gave = false;
            if item.parts.is_empty()
                && let Some(g) = ditto.clone()
            {
                let t = Text {
                    title: item.title.clone(),
                    requirement: &item.text,
                    stated: None,
                    loc: s.loc,
                    grouped: false,
                };
                self.push(id, t, g, true, diags);
                gave = true;
            }
            // A marker in a heading that stands over sub-items alone, none marked itself
            // ("二、健全商业网络（A牵头，B配合）" over "（一）…" "（二）…"): each sub-item is a
            // task of those units.
            if let [part] = item.parts.as_slice()
                && item.heading_marker_only
                && !part.units.is_empty()
                && self.covers_children(id)
            {
                let given = Given::of(part, id);
                for child in outline.children(id) {
                    let c = outline.section(child);
                    let child_item = read_item(c, forms);
                    let t = Text {
                        title: child_item.title.clone(),
                        requirement: &child_item.text,
                        stated: part.stated.clone(),
                        loc: c.loc,
                        grouped: false,
                    };
                    self.push(child, t, given.clone(), false, diags);
                }
                untasked.clear();
                self.walk(outline.children(id), diags);
                continue;
            }
            for part in &item.parts {
                if part.above {
                    self.cover_above(&untasked, part, diags);
                    untasked.clear();
                    if !part.text.is_empty() {
                        let t = Text {
                            title: item.title.clone(),
                            requirement: &part.text,
                            stated: covering_date(&part.text, part),
                            loc: part.loc,
                            grouped: false,
                        };
                        self.push(id, t, Given::of(part, id), false, diags);
                    }
                    gave = true;
                    continue;
                }
                let given = if !part.units.is_empty() {
                    let g = Given::of(part, id);
                    ditto = part.ditto.then(|| g.clone());
                    Some((g, false))
                } else if part.same {
                    self.last_given().map(|g| (g, true))
                } else {
                    ditto.clone().map(|g| (g, true))
                };
                let Some((given, inherited)) = given else {
                    continue;
                };
                // A 纪要's decision reads with its topic ("关于城区停车设施建设" over "会议原则
                // 同意该方案，由…"), and an item's one task with the heading standing above
                // its text and the markers on lines of their own below it ("1.新建社区服务
                // 设施6处" over "每处建筑面积…", then "牵头单位：…" lines: a card naming
                // one project): the heading opens the first task's requirement. An item
                // holding several tasks keeps its heading as their group, and so does one
                // whose markers close sentences of its paragraphs (a topic over them).
                let with_topic;
                let requirement = match &item.title {
                    Some(topic)
                        if (self.forms.decisions
                            || (item.title_apart
                                && !grouped
                                && (part.alone || !item.trailing)))
                            && !gave
                            && !part.text.starts_with(topic.as_str()) =>
                    {
                        with_topic = format!("{topic}\n{}", part.text);
                        with_topic.as_str()
                    }
                    _ => part.text.as_str(),
                };
                let t = Text {
                    title: if grouped { None } else { item.title.clone() },
                    requirement,
                    stated: part.stated.clone(),
                    loc: if grouped { part.loc } else { s.loc },
                    grouped,
                };
                self.push(id, t, given, inherited, diags);
                gave = true;
            }
            if gave {
                untasked.clear();
            } else if item.parts.is_empty() {
                untasked.push(id);
            }
            self.walk(outline.children(id), diags);
        }
    }

    /// The item `id` read, once.
    fn item(&self, id: SectionId) -> Rc<Item> {
        let at = Outline::index(id);
        if let Some(item) = self.read.borrow().get(at).and_then(Option::as_ref) {
            return Rc::clone(item);
        }
        let item = Rc::new(read_item(self.outline.section(id), self.forms));
        if let Some(slot) = self.read.borrow_mut().get_mut(at) {
            *slot = Some(Rc::clone(&item));
        }
        item
    }

    /// The item's heading or paragraphs may hold a task.
    fn own_may(&self, id: SectionId) -> bool {
        self.own_may
            .get(Outline::index(id))
            .copied()
            .unwrap_or(true)
    }

    /// The item has sub-items and none of them (nor any under them) holds a marker of its
    /// own.
    fn covers_children(&self, id: SectionId) -> bool {
        let s = self.outline.section(id);
        !s.children.is_empty() && !self.outline.children(id).any(|c| self.subtree_marked(c))
    }

    /// An item in the subtree of `id` holds a marker of its own: read only where the cheap
    /// test says it may.
    fn subtree_marked(&self, id: SectionId) -> bool {
        self.outline
            .subtree_ids(id)
            .any(|k| self.own_may(k) && !self.item(k).parts.is_empty())
    }

    /// A marker line after the last of several sub-items, none of which holds a marker
    /// before it, and nothing marked in the item itself: it covers the item.
    fn covering(&self, id: SectionId) -> Option<Part> {
        let s = self.outline.section(id);
        if s.children.len() < 2 || self.own_may(id) {
            return None;
        }
        let (last, others) = s.children.split_last()?;
        // The marker line is the last sub-item's own text: where the cheap test finds no
        // marker there, nothing is read.
        if !self
            .outline
            .children(id)
            .last()
            .is_some_and(|k| self.own_may(k))
        {
            return None;
        }
        if !last.children.is_empty()
            || self
                .outline
                .children(id)
                .take(others.len())
                .any(|c| self.subtree_marked(c))
        {
            return None;
        }
        // Sub-items sharing one place come from a body kept on one line.
        let flat = others.last().is_some_and(|o| o.loc == last.loc);
        match read_item_in(last, flat, self.forms).parts.as_slice() {
            [p] if p.alone && !p.above && !p.units.is_empty() => Some(p.clone()),
            _ => None,
        }
    }

    /// The text of an item covered by the marker line after its sub-items: its own text,
    /// then each sub-item with its number (the last one's without the marker line).
    fn covered_text(&self, id: SectionId, part: &Part) -> String {
        let s = self.outline.section(id);
        let mut lines: Vec<String> = Vec::with_capacity(s.children.len() + 1);
        let own = self.item(id).text.clone();
        if !own.is_empty() {
            lines.push(own);
        }
        let n = s.children.len();
        for (k, child) in s.children.iter().enumerate() {
            let text = if k + 1 == n {
                part.text.clone()
            } else {
                read_item(child, self.forms).text
            };
            lines.push(format!("{}{}", child.label.trim_matches(is_space), text));
        }
        lines.join("\n")
    }

    /// "以上任务由…": one task for each item since the last that gave one.
    fn cover_above(&mut self, items: &[SectionId], part: &Part, diags: &mut Vec<Diagnostic>) {
        for &id in items {
            let s = self.outline.section(id);
            let item = self.item(id);
            let t = Text {
                title: item.title.clone(),
                requirement: &item.text,
                stated: covering_date(&item.text, part),
                loc: s.loc,
                grouped: false,
            };
            self.push(id, t, Given::of(part, id), false, diags);
        }
    }

    fn last_given(&self) -> Option<Given> {
        let (t, at) = self.tasks.last()?;
        Some(Given {
            units: t.units.clone(),
            open: t.units_open,
            raw: t.units_raw.clone(),
            from: self.last?,
            at: *at,
        })
    }

    fn push(
        &mut self,
        id: SectionId,
        text: Text<'_>,
        given: Given,
        inherited: bool,
        diags: &mut Vec<Diagnostic>,
    ) {
        let outline = self.outline;
        let s = outline.section(id);
        if inherited {
            diags.push(
                Diagnostic::new(
                    Level::Info,
                    DiagnosticCode::FilledFromAbove,
                    format!(
                        "item {} names no units of its own: those of item {} are used (下同 / 同上)",
                        s.label.trim_matches(is_space),
                        outline.section(given.from).label.trim_matches(is_space)
                    ),
                )
                .with_loc(s.loc),
            );
        }
        let ancestors = outline.ancestors(id);
        let path = ancestors
            .iter()
            .chain([&id])
            .map(|&a| outline.section(a).label.clone())
            .collect();
        let mut category: Vec<Category> = ancestors
            .into_iter()
            .map(|a| category_of(outline, a))
            .collect();
        if text.grouped {
            category.push(category_of(outline, id));
        }
        // A sentence asking for the task, or a 纪要's decision, states its own dates or none.
        let deadline = text
            .stated
            .or_else(|| given.at.and(deadline_in_text(text.requirement)))
            .map(|raw| {
                let (kind, date) = parse_deadline(&raw, self.ctx.year);
                let mut deadline = Deadline::new(raw, kind, text.loc);
                deadline.date = date.and_then(|d| d.to_date());
                deadline
            });
        let mut task = Task::new(text.loc);
        task.category = category;
        task.title = text.title;
        task.requirement = (!text.requirement.is_empty()).then(|| text.requirement.to_owned());
        task.units = given.units;
        task.units_raw = given.raw;
        task.units_open = given.open;
        task.units_inherited = inherited;
        task.deadline = deadline;
        task.section = Some(path);
        task.attachment = self.ctx.attachment;
        self.tasks.push((task, given.at));
        self.last = Some(id);
    }
}

/// The date of a covering line ("上述任务由…，2025年12月底前完成") for a text it covers that
/// states none of its own (the text's own is found from it later).
fn covering_date(text: &str, covering: &Part) -> Option<String> {
    deadline_in_text(text)
        .is_none()
        .then(|| covering.stated.clone())
        .flatten()
}

/// An enclosing item as a task's group: its canonical label, its heading without markers.
fn category_of(outline: &Outline<'_>, id: SectionId) -> Category {
    let s = outline.section(id);
    let title = s
        .heading
        .as_deref()
        .map(|h| clean(&without_cuts(h, &cut_markers(h, Forms::default()))))
        .unwrap_or_default();
    Category::new(s.level, title, s.loc).with_number(outline.canonical_label(id), s.ordinal)
}

#[cfg(test)]
mod tests {
    use gongwen_model::{DeadlineKind, Loc};

    use super::*;
    use crate::body::sections::build_sections;
    use crate::filter::para::Para;

    /// The inline tasks of a body printed as `lines`, read with `ctx`.
    fn tasks_of(lines: &[&str], ctx: TaskContext) -> (Vec<Task>, Vec<Diagnostic>) {
        let blocks: Vec<gongwen_blocks::Paragraph> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let n = u32::try_from(i).unwrap_or(0);
                gongwen_blocks::Paragraph {
                    text: (*t).to_owned(),
                    loc: Loc::lines(n, Some(n + 1), None),
                    ..Default::default()
                }
            })
            .collect();
        let paras: Vec<Para<'_>> = blocks.iter().map(Para::from_block).collect();
        let mut diags = Vec::new();
        let (_, sections) = build_sections(&paras, &mut diags);
        let tasks = read_inline_tasks(&Outline::of(&sections), ctx, &mut diags);
        (tasks, diags)
    }

    fn year(y: u16) -> TaskContext {
        TaskContext {
            year: Some(y),
            ..TaskContext::default()
        }
    }

    fn names(units: &[Unit], role: Option<UnitRole>) -> Vec<&str> {
        units
            .iter()
            .filter(|u| role.is_none_or(|r| u.role == r))
            .map(|u| u.name.as_str())
            .collect()
    }

    /// A task in brief: the first characters of its requirement, its units, its leads, its
    /// deadline's kind and date.
    #[derive(Debug)]
    struct Brief {
        starts: String,
        units: Vec<String>,
        leads: Vec<String>,
        due: Option<(DeadlineKind, Option<String>)>,
    }

    /// Requirements compare by their first characters: the shorter is the other's start.
    impl PartialEq for Brief {
        fn eq(&self, o: &Brief) -> bool {
            let starts = !self.starts.is_empty()
                && !o.starts.is_empty()
                && (self.starts.starts_with(&o.starts) || o.starts.starts_with(&self.starts));
            starts && self.units == o.units && self.leads == o.leads && self.due == o.due
        }
    }

    fn brief(t: &Task) -> Brief {
        Brief {
            starts: t
                .requirement
                .as_deref()
                .unwrap_or_default()
                .chars()
                .take(10)
                .collect(),
            units: names(&t.units, None)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            leads: names(&t.units, Some(UnitRole::Lead))
                .into_iter()
                .map(str::to_owned)
                .collect(),
            due: t
                .deadline
                .as_ref()
                .map(|d| (d.kind, d.date.map(|d| d.to_string()))),
        }
    }

    fn want(
        starts: &str,
        units: &[&str],
        leads: &[&str],
        due: Option<(DeadlineKind, Option<&str>)>,
    ) -> Brief {
        Brief {
            starts: starts.chars().take(10).collect(),
            units: units.iter().map(|s| (*s).to_owned()).collect(),
            leads: leads.iter().map(|s| (*s).to_owned()).collect(),
            due: due.map(|(k, d)| (k, d.map(str::to_owned))),
        }
    }

    fn briefs(tasks: &[Task]) -> Vec<Brief> {
        tasks.iter().map(brief).collect()
    }

    use DeadlineKind::{ByDate, Ongoing, Recurring};

    /// A marker in a heading that stands over sub-items alone, none marked itself: each
    /// sub-item is a task of those units. Where a sub-item carries its own marker, or text
    /// stands under the heading, the heading's marker is one task of its own.
    #[test]
    fn a_heading_marker_over_unmarked_sub_items_covers_each() {
        let lines = [
            "二、完善县域商业网络（县商务局牵头，县财政局、县供销社配合）",
            "（一）改造县城商业设施。支持农贸市场改造升级。",
            "（二）建设乡镇商贸中心。改造建设乡镇商贸中心5个。",
            "三、畅通物流配送（县交通运输局牵头）",
            "（一）整合快递资源。推行统一配送。",
            "（二）建设配送中心。新建县级配送中心1个。（县邮政管理局负责）",
            "四、加强组织领导（县政府办公室牵头）",
            "建立工作专班，定期调度。",
            "（一）压实责任。各乡镇要明确专人。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2024));
        let got: Vec<(String, Vec<&str>)> = tasks
            .iter()
            .map(|t| {
                (
                    t.requirement
                        .as_deref()
                        .unwrap_or_default()
                        .chars()
                        .take(8)
                        .collect(),
                    names(&t.units, Some(UnitRole::Lead)),
                )
            })
            .collect();
        let want = |s: &str, l: &[&'static str]| (s.to_owned(), l.to_vec());
        assert_eq!(
            got,
            vec![
                want("改造县城商业设施", &["县商务局"]),
                want("建设乡镇商贸中心", &["县商务局"]),
                want("畅通物流配送", &["县交通运输局"]),
                want("建设配送中心。新", &[]),
                want("加强组织领导\n建", &["县政府办公室"]),
            ]
        );
        assert_eq!(
            names(&tasks[1].units, None),
            ["县商务局", "县财政局", "县供销社"]
        );
        assert_eq!(tasks[1].title.as_deref(), Some("建设乡镇商贸中心"));
    }

    /// "责任单位：A" over "配合单位：B" under an item: A answers for the task against B that
    /// helps (its lead), as a 责任单位 column beside a 配合单位 column is read; a 责任单位 line
    /// alone keeps its units responsible.
    #[test]
    fn a_responsible_line_over_a_support_line_leads() {
        let lines = [
            "一、续建项目",
            "1.城区雨污分流改造工程",
            "建设内容：改造雨污管网26公里。",
            "责任单位：县住建局",
            "配合单位：县城管局、县财政局",
            "完成时限：2024年11月底前",
            "2.城南农贸市场迁建",
            "建设内容：新建农贸市场1处。",
            "责任单位：县商务局、县市场监管局",
            "完成时限：2024年9月底前",
        ];
        let (tasks, _) = tasks_of(&lines, year(2024));
        assert_eq!(tasks.len(), 2);
        assert_eq!(names(&tasks[0].units, Some(UnitRole::Lead)), ["县住建局"]);
        assert_eq!(
            names(&tasks[0].units, Some(UnitRole::Support)),
            ["县城管局", "县财政局"]
        );
        assert!(names(&tasks[1].units, Some(UnitRole::Lead)).is_empty());
        assert_eq!(
            names(&tasks[1].units, Some(UnitRole::Responsible)),
            ["县商务局", "县市场监管局"]
        );
    }

    /// Project cards: a heading naming one project on its own line, a line describing it,
    /// then "牵头单位：/配合单位：/完成时限：" lines, or a paragraph its one marker closes. The
    /// heading opens the requirement (it is what the task is); a heading over a paragraph
    /// whose sentences end in markers, with text after the last, is their topic and does
    /// not.
    #[test]
    fn a_card_heading_opens_its_requirement_a_topic_does_not() {
        let lines = [
            "二、年度项目",
            "1.改造城区供水管网30公里",
            "更换老旧铸铁管，降低管网漏损率。",
            "牵头单位：县水务集团",
            "配合单位：县住建局、各乡镇人民政府",
            "完成时限：2025年10月底前",
            "2.建设乡镇养老服务中心4个",
            "牵头单位：县民政局",
            "完成时限：持续推进",
            "三、改善人居环境",
            "开展村庄清洁行动，清理房前屋后杂物。（县农业农村局牵头，各乡镇人民政府配合）推进厕所粪污治理，因地制宜建设",
            "四、开展汛前隐患排查",
            "重点排查水库、山塘和在建涉水工程。由县水利局负责，县住建局配合，5月15日前完成。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2025));
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "改造城区供水管网30",
                    &["县水务集团", "县住建局", "各乡镇人民政府"],
                    &["县水务集团"],
                    Some((ByDate, Some("2025-10-31")))
                ),
                want(
                    "建设乡镇养老服务中心4",
                    &["县民政局"],
                    &["县民政局"],
                    Some((Ongoing, None))
                ),
                want(
                    "开展村庄清洁行动，清理",
                    &["县农业农村局", "各乡镇人民政府"],
                    &["县农业农村局"],
                    None
                ),
                want(
                    "开展汛前隐患排查\n重点",
                    &["县水利局", "县住建局"],
                    &["县水利局"],
                    Some((ByDate, Some("2025-05-15")))
                ),
            ]
        );
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some("改造城区供水管网30公里\n更换老旧铸铁管，降低管网漏损率。")
        );
        assert_eq!(tasks[0].title.as_deref(), Some("改造城区供水管网30公里"));
        assert_eq!(tasks[2].title.as_deref(), Some("改善人居环境"));
    }

    /// A 纪要's decisions assign units in prose: one task per sentence that names them, its
    /// requirement opening with the topic, its deadline the sentence's own. The same lines in
    /// a notice are prose: no task.
    #[test]
    fn decisions_of_a_minutes_are_tasks_only_there() {
        let lines = [
            "一、关于汛期准备",
            "会议强调，各乡镇要压实责任，7月1日前完成隐患排查。县水务局要牵头修订预案，县气象台要做好预警。",
            "二、关于学校维修",
            "会议同意由县财政局统筹安排维修资金，于8月底前拨付到位；县教育局负责督促施工。",
            "三、关于决算草案",
            "会议原则同意县财政局提出的决算草案，按程序提请审议。",
        ];
        let minutes = TaskContext {
            minutes: true,
            ..year(2025)
        };
        let (tasks, _) = tasks_of(&lines, minutes);
        type Got<'a> = (String, Vec<(&'a str, UnitRole)>, Option<&'a str>);
        let got: Vec<Got<'_>> = tasks
            .iter()
            .map(|t| {
                (
                    t.requirement
                        .clone()
                        .unwrap_or_default()
                        .chars()
                        .take(6)
                        .collect(),
                    t.units.iter().map(|u| (u.name.as_str(), u.role)).collect(),
                    t.deadline.as_ref().map(|d| d.raw.as_str()),
                )
            })
            .collect();
        use UnitRole::{Lead, Responsible};
        assert_eq!(
            got,
            vec![
                (
                    "关于汛期准备".to_owned(),
                    vec![("县水务局", Lead), ("县气象台", Responsible)],
                    // Not the 7月1日前 of the sentence before.
                    None
                ),
                (
                    "关于学校维修".to_owned(),
                    vec![("县财政局", Responsible), ("县教育局", Responsible)],
                    Some("8月底前")
                ),
            ]
        );
        let (tasks, _) = tasks_of(&lines, year(2025));
        assert!(tasks.is_empty(), "a notice's prose is no task");
    }

    /// Several marker groups in one paragraph, joined by 、 or separated by 。: one task
    /// each, the first starting at the item's heading; deadlines from each task's text.
    #[test]
    fn groups_in_one_paragraph() {
        let lines = [
            "一、围绕稳增长加强信息公开",
            "（一）助力项目建设。及时公开县级重大项目年度计划，每季度更新一次项目进展（牵头单位：县发改局；责任单位：县自然资源局、县住建局）、推进专项债券信息公开，集中发布债券额度和资金用途（牵头单位：县财政局）、做好招商政策发布，6月底前完成招商政策汇编（牵头单位：县投资促进局；责任单位：各乡镇人民政府）。",
            "（二）稳定市场预期。动态更新惠企政策清单（牵头单位：县工信局；责任单位：县市场监管局）。完善政企沟通机制，长期坚持“政企面对面”座谈制度（牵头单位：县工商联）。",
            "（三）做好社会保障信息公开。集中发布稳岗返还政策，",
        ];
        let (tasks, _) = tasks_of(&lines, year(2023));
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "助力项目建设。及时公开",
                    &["县发改局", "县自然资源局", "县住建局"],
                    &["县发改局"],
                    Some((Recurring, None))
                ),
                want("推进专项债券信息公开", &["县财政局"], &["县财政局"], None),
                want(
                    "做好招商政策发布，6月",
                    &["县投资促进局", "各乡镇人民政府"],
                    &["县投资促进局"],
                    Some((ByDate, Some("2023-06-30")))
                ),
                want(
                    "稳定市场预期。动态更新",
                    &["县工信局", "县市场监管局"],
                    &["县工信局"],
                    None
                ),
                want(
                    "完善政企沟通机制，长期",
                    &["县工商联"],
                    &["县工商联"],
                    Some((Ongoing, None))
                ),
            ]
        );
        // Several tasks of one item: untitled, the item is their group.
        assert!(tasks.iter().all(|t| t.title.is_none()));
        let groups: Vec<&str> = tasks[0].category.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(groups, ["围绕稳增长加强信息公开", "助力项目建设"]);
        assert_eq!(tasks[1].units_raw.as_deref(), Some("牵头单位：县财政局"));
    }

    /// "（X负责落实）" / "（A、B分别负责落实）" closing each task of a paragraph; a bare year
    /// is no deadline; text after the last marker is no task.
    #[test]
    fn responsible_markers_in_a_row() {
        let lines = [
            "（一）围绕重点工作做好信息公开。制定发布城区控制性详细规划等规划信息。（县自然资源局负责落实）推进产业对接协作等信息公开。（县发改局、县经信局、县教育局分别负责落实）推进2025年省运会场馆改造情况等信息公开。（县体育局负责落实）协调发布金融领域政策措施，",
        ];
        let (tasks, _) = tasks_of(&lines, year(2024));
        assert_eq!(
            briefs(&tasks),
            vec![
                want("围绕重点工作做好信息公开", &["县自然资源局"], &[], None),
                want(
                    "推进产业对接协作等信息",
                    &["县发改局", "县经信局", "县教育局"],
                    &[],
                    None
                ),
                want("推进2025年省运会场", &["县体育局"], &[], None),
            ]
        );
    }

    /// One marker line after the last of several sub-items covers the item above them; a
    /// sub-item with a marker of its own is a task of its own.
    #[test]
    fn marker_line_after_sub_items() {
        let lines = [
            "1.完善应急预案体系",
            "（1）加强应急预案管理，规范预案编制和备案。",
            "（2）推进基层应急预案编制全覆盖。",
            "（责任单位：县直各有关单位、各乡镇人民政府）",
            "2.健全应急管理体制",
            "（1）推进乡镇应急管理机构建设。（责任单位：县应急局）",
            "（2）加强专项预案牵头部门建设。（责任单位：县公安局、县民政局）",
        ];
        let (tasks, _) = tasks_of(&lines, TaskContext::default());
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "完善应急预案体系",
                    &["县直各有关单位", "各乡镇人民政府"],
                    &[],
                    None
                ),
                want("推进乡镇应急管理机构建", &["县应急局"], &[], None),
                want(
                    "加强专项预案牵头部门建",
                    &["县公安局", "县民政局"],
                    &[],
                    None
                ),
            ]
        );
        assert_eq!(tasks[0].title.as_deref(), Some("完善应急预案体系"));
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some(
                "完善应急预案体系\n（1）加强应急预案管理，规范预案编制和备案\n（2）推进基层应急预案编制全覆盖"
            )
        );
        assert_eq!(tasks[0].section.as_deref(), Some(&["1.".to_owned()][..]));
        // On the same line as the last sub-item, the marker is that sub-item's own.
        let lines = [
            "1.完善应急预案体系",
            "（1）加强应急预案管理。",
            "（2）推进基层应急预案编制全覆盖。（责任单位：各乡镇人民政府）",
        ];
        let (tasks, _) = tasks_of(&lines, TaskContext::default());
        assert_eq!(
            briefs(&tasks),
            vec![want(
                "推进基层应急预案编制全",
                &["各乡镇人民政府"],
                &[],
                None
            )]
        );
    }

    /// "以上任务由…" gives its units to each item above it; a prose task asks named units
    /// for a date.
    #[test]
    fn tasks_above_and_prose_tasks() {
        let lines = [
            "（一）加快数字基础设施建设",
            "1．新建5G基站300个，实现重点行政村连续覆盖。",
            "2．推进千兆光网进村入户。",
            "以上任务由县工信局牵头，县数据资源局、各乡镇人民政府配合。",
            "（二）推动产业数字化",
            "3．实施规上企业数字化改造诊断，请县工信局、县科技局在2024年6月底前完成首批诊断服务。",
            "4．培育农村电商经营主体，请各乡镇、各部门高度重视。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2024));
        let units = ["县工信局", "县数据资源局", "各乡镇人民政府"];
        assert_eq!(
            briefs(&tasks),
            vec![
                want("新建5G基站300个", &units, &["县工信局"], None),
                want("推进千兆光网进村入户", &units, &["县工信局"], None),
                want(
                    "实施规上企业数字化改造",
                    &["县工信局", "县科技局"],
                    &[],
                    Some((ByDate, Some("2024-06-30")))
                ),
            ]
        );
        assert!(tasks.iter().all(|t| !t.units_inherited));
        assert_eq!(tasks[2].units_raw.as_deref(), Some("县工信局、县科技局"));
        // A date in the covering line goes to the items that state none of their own.
        let lines = [
            "（三）完善市政设施",
            "1．改造地下老旧管网22公里。",
            "2．打通断头路4条，9月底前通车。",
            "上述任务由县住建局牵头，县财政局配合，2024年12月底前完成。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2024));
        let dues: Vec<Option<&str>> = tasks
            .iter()
            .map(|t| t.deadline.as_ref().map(|d| d.raw.as_str()))
            .collect();
        assert_eq!(dues, [Some("2024年12月底前完成"), Some("9月底前")]);
    }

    /// A sentence "由A负责，B、C配合。" or "由A、B按职责分工负责。" closing an item is its
    /// marker, as the bracketed form is.
    #[test]
    fn sentence_markers_closing_items() {
        let lines = [
            "二、主要任务",
            "（一）完善排水设施。新建雨水管网8公里，改造易涝点6处。由区水务局负责，区财政局、区城管局配合。",
            "（二）推进海绵城市建设。2025年底前建成区20%以上面积达到要求。由区住建局、区自然资源局按职责分工负责。",
            "（三）加强汛期值守。汛期实行24小时值班，由区应急局统一调度。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2025));
        assert_eq!(
            briefs(&tasks),
            vec![
                // 负责 against 配合: the unit that answers for it leads.
                want(
                    "完善排水设施。新建雨水",
                    &["区水务局", "区财政局", "区城管局"],
                    &["区水务局"],
                    None
                ),
                want(
                    "推进海绵城市建设。20",
                    &["区住建局", "区自然资源局"],
                    &[],
                    Some((ByDate, Some("2025-12-31")))
                ),
            ]
        );
        assert_eq!(
            names(&tasks[0].units, Some(UnitRole::Support)),
            ["区财政局", "区城管局"]
        );
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some("完善排水设施。新建雨水管网8公里，改造易涝点6处。")
        );
    }

    /// Prose never becomes a task: rules for everybody, reporting rules, 牵头 in a sentence.
    #[test]
    fn prose_rules_are_no_tasks() {
        let lines = [
            "一、加强组织领导",
            "由县发改局牵头，县直各部门要按照职责分工负责抓好落实。",
            "二、强化督查",
            "请各责任单位于每季度末月20日前将完成情况书面报县政府督查室。",
            "三、按时报送",
            "各责任单位要制订工作方案，并于2023年1月15日前将工作方案报区人民政府办公室。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2023));
        assert_eq!(briefs(&tasks), vec![]);
    }

    /// "列第一位的为牵头单位，下同" printed in a unit line: from that item on, the first unit of
    /// each list leads; lists with roles of their own keep them; the rule is no unit.
    #[test]
    fn first_listed_unit_leads_from_the_rule_on() {
        let lines = [
            "一、扎实推进港产城融合",
            "1.全年完成港口货物吞吐量1500万吨。",
            "责任单位：县交通运输局、县发改局",
            "2.加快物流园建设。",
            "责任单位：县商务局、县投资促进中心（列第一位的为牵头单位，下同）",
            "3.推动渔业转型升级。",
            "责任单位：县海洋与渔业局",
            "4.落实惠企政策。",
            "责任单位：县财政局、县工信局分别牵头",
        ];
        let ctx = TaskContext {
            first_unit_leads: Some(4),
            ..TaskContext::default()
        };
        let (tasks, _) = tasks_of(&lines, ctx);
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "全年完成港口货物吞吐量",
                    &["县交通运输局", "县发改局"],
                    &[],
                    None
                ),
                want(
                    "加快物流园建设",
                    &["县商务局", "县投资促进中心"],
                    &["县商务局"],
                    None
                ),
                want(
                    "推动渔业转型升级",
                    &["县海洋与渔业局"],
                    &["县海洋与渔业局"],
                    None
                ),
                want(
                    "落实惠企政策",
                    &["县财政局", "县工信局"],
                    &["县财政局", "县工信局"],
                    None
                ),
            ]
        );
        // Printed after every marker (a closing note), the rule covers them all.
        let ctx = TaskContext {
            first_unit_leads: Some(99),
            ..TaskContext::default()
        };
        let (tasks, _) = tasks_of(&lines[..3], ctx);
        assert_eq!(
            names(&tasks[0].units, Some(UnitRole::Lead)),
            ["县交通运输局"]
        );
    }

    /// The rule "列在首位的单位为牵头单位" stated once: bare unit lists close tasks, their
    /// first unit leads; a list with its own roles keeps them.
    #[test]
    fn bare_lists_under_the_first_unit_rule() {
        let lines = [
            "一、主要目标",
            "1.全区生产总值增长6.5%。（区发改委、区统计局）",
            "2.实施城市更新行动，改造老旧小区42个。",
            "（区住建局、区财政局，各街道办事处）",
            "3.发展职业教育。（区教体局、区人社局分别牵头）",
            "4.优化营商环境（2024—2026年）。",
        ];
        let ctx = TaskContext {
            first_unit_leads: Some(0),
            ..TaskContext::default()
        };
        let (tasks, _) = tasks_of(&lines, ctx);
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "全区生产总值增长6.5",
                    &["区发改委", "区统计局"],
                    &["区发改委"],
                    None
                ),
                want(
                    "实施城市更新行动，改造",
                    &["区住建局", "区财政局", "各街道办事处"],
                    &["区住建局"],
                    None
                ),
                want(
                    "发展职业教育",
                    &["区教体局", "区人社局"],
                    &["区教体局", "区人社局"],
                    None
                ),
            ]
        );
        // Without the rule, a bare list is no marker.
        let (tasks, _) = tasks_of(&lines, TaskContext::default());
        assert_eq!(tasks.len(), 1);
    }

    /// A bracketed number inside a word ("小（二）型水库", a reservoir's class) is no
    /// sub-item: the task keeps its whole text.
    #[test]
    fn bracketed_number_inside_a_word() {
        let lines = [
            "二、集中力量整治山塘水库。对病险山塘和小（二）型水库实行清淤扩容。（各乡镇人民政府负责，2004年3月底前完成）",
        ];
        let (tasks, _) = tasks_of(&lines, year(2003));
        assert_eq!(tasks.len(), 1);
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some("集中力量整治山塘水库。对病险山塘和小（二）型水库实行清淤扩容。")
        );
    }

    /// Sub-items run together in one paragraph: each task starts after its number.
    #[test]
    fn sub_items_in_one_paragraph() {
        let lines = [
            "1.深化茶园提质改造。（1）实施低产茶园改造，全年改造2000亩。（县农业农村局牵头负责）（2）建设标准化示范基地。（县农业农村局、县林业局按职责分工负责）（3）推进加工升级，",
        ];
        let (tasks, _) = tasks_of(&lines, year(2023));
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "实施低产茶园改造",
                    &["县农业农村局"],
                    &["县农业农村局"],
                    None
                ),
                want(
                    "建设标准化示范基地",
                    &["县农业农村局", "县林业局"],
                    &[],
                    None
                ),
            ]
        );
        assert_eq!(
            tasks[1].requirement.as_deref(),
            Some("建设标准化示范基地。")
        );
    }

    /// One marker after several sub-items of a paragraph covers the item; a marker in a
    /// heading above the item's text covers that text too.
    #[test]
    fn markers_covering_an_item() {
        let lines = [
            "（一）完善配套政策。（1）梳理现行政策；（2）提出修订建议。（县发改局、县财政局等按职责分工负责）",
            "（二）加强组织领导（县政府办公室牵头）",
            "各部门要高度重视，建立工作机制。",
        ];
        let (tasks, _) = tasks_of(&lines, TaskContext::default());
        let req: Vec<&str> = tasks
            .iter()
            .map(|t| t.requirement.as_deref().unwrap_or_default())
            .collect();
        assert_eq!(
            req,
            [
                "完善配套政策。（1）梳理现行政策；（2）提出修订建议。",
                "加强组织领导\n各部门要高度重视，建立工作机制。",
            ]
        );
        assert_eq!(
            names(&tasks[1].units, Some(UnitRole::Lead)),
            ["县政府办公室"]
        );
    }

    /// An excerpt cut inside its last marker; target lines under a heading of their own.
    #[test]
    fn cut_marker_and_target_lines() {
        let lines = [
            "二、主要任务",
            "（一）约束性指标",
            "耕地保有量保持在50万亩。（县自然资源局牵头）",
            "单位工业增加值用水量达到省定标准。（县水利局、县发改局、县工信局等部门按职责分工负责）",
            "（二）夯实主动公开基础。依据条例规定，不断扩大公开范围。（县府办〔县大数据中心〕牵头，县政府各部门、各乡〔镇〕政府、各功能区管委",
        ];
        let (tasks, _) = tasks_of(&lines, TaskContext::default());
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "耕地保有量保持在50万",
                    &["县自然资源局"],
                    &["县自然资源局"],
                    None
                ),
                want(
                    "单位工业增加值用水量达",
                    &["县水利局", "县发改局", "县工信局"],
                    &[],
                    None
                ),
                want(
                    "夯实主动公开基础。依据",
                    &[
                        "县府办〔县大数据中心〕",
                        "县政府各部门",
                        "各乡〔镇〕政府",
                        "各功能区管委"
                    ],
                    &["县府办〔县大数据中心〕"],
                    None
                ),
            ]
        );
        assert!(tasks[1].units_open);
        assert_eq!(tasks[0].title, None);
        assert_eq!(
            tasks[0].category.last().map(|c| c.title.as_str()),
            Some("约束性指标")
        );
        // One task in the item: titled with its heading.
        assert_eq!(tasks[2].title.as_deref(), Some("夯实主动公开基础"));
    }

    #[test]
    fn ditto_same_and_labelled_lines() {
        let lines = [
            "一、重点任务",
            "（一）优化营商环境",
            "1.推进“一网通办”。2024年10月底前实现高频事项全程网办。（牵头单位：县行政审批局；责任单位：县大数据中心，下同）",
            "2.推行告知承诺制。年底前完成事项清单梳理。",
            "3.规范涉企检查。由县市场监管局牵头，会同有关部门制定检查计划。",
            "4.清理拖欠账款。全面排查清理。",
            "牵头单位：县财政局",
            "配合单位：县工信局、县审计局",
            "5.开展营商环境评价。6月底前启动。",
            "6.优化纳税服务。（同上）",
        ];
        let (tasks, diags) = tasks_of(&lines, year(2024));
        type Summary<'a> = (Option<&'a str>, Vec<&'a str>, bool, Option<String>);
        let summary: Vec<Summary<'_>> = tasks
            .iter()
            .map(|t| {
                (
                    t.title.as_deref(),
                    names(&t.units, None),
                    t.units_inherited,
                    t.deadline
                        .as_ref()
                        .and_then(|d| d.date.map(|d| d.to_string())),
                )
            })
            .collect();
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            summary,
            vec![
                (
                    Some("推进“一网通办”"),
                    vec!["县行政审批局", "县大数据中心"],
                    false,
                    s("2024-10-31")
                ),
                (
                    Some("推行告知承诺制"),
                    vec!["县行政审批局", "县大数据中心"],
                    true,
                    s("2024-12-31")
                ),
                // 3. carries 牵头 in prose only, but 下同 still covers it.
                (
                    Some("规范涉企检查"),
                    vec!["县行政审批局", "县大数据中心"],
                    true,
                    None
                ),
                (
                    Some("清理拖欠账款"),
                    vec!["县财政局", "县工信局", "县审计局"],
                    false,
                    None
                ),
                // 5. follows an item with its own marker and no 下同: no task.
                // 6. says 同上: the units of the task before.
                (
                    Some("优化纳税服务"),
                    vec!["县财政局", "县工信局", "县审计局"],
                    true,
                    None
                ),
            ]
        );
        let first = &tasks[0];
        assert_eq!(
            first.section,
            Some(vec![
                "一、".to_owned(),
                "（一）".to_owned(),
                "1.".to_owned()
            ])
        );
        assert_eq!(
            first.requirement.as_deref(),
            Some("推进“一网通办”。2024年10月底前实现高频事项全程网办。")
        );
        assert_eq!(
            first.units_raw.as_deref(),
            Some("牵头单位：县行政审批局；责任单位：县大数据中心，下同")
        );
        assert_eq!(
            tasks[3].units_raw.as_deref(),
            Some("牵头单位：县财政局\n配合单位：县工信局、县审计局")
        );
        assert_eq!(
            tasks[3].requirement.as_deref(),
            Some("清理拖欠账款。全面排查清理。")
        );
        assert_eq!(
            names(&tasks[3].units, Some(UnitRole::Support)),
            ["县工信局", "县审计局"]
        );
        assert_eq!(
            diags
                .iter()
                .filter(|d| d.code == DiagnosticCode::FilledFromAbove)
                .count(),
            3
        );
    }

    /// Unit labels of any role and kind of office (牵头股室, 协同单位, 责任主体), and a
    /// "完成时间：…" line right after them: that line is their task's deadline. Before the
    /// units, or with no units at all, it is the item's text.
    #[test]
    fn office_labels_and_deadline_lines() {
        let lines = [
            "二、工作措施",
            "1.开展燃气管道排查。对辖区内燃气管道逐一排查，建立问题台账。",
            "牵头股室：安全股",
            "配合股室：法规股、燃气站",
            "完成时间：2025年4月底前",
            "2.完善应急预案。修订燃气事故应急预案。",
            "责任主体：县城管局",
            "完成时限：长期坚持",
            "3.加强宣传引导。（主责单位：县城管局；协同单位：县融媒体中心、各镇人民政府）",
            "4.推进老旧管网改造。",
            "完成时限：2025年9月底前",
            "责任单位：县住建局",
            "5.开展业务培训。完成时限：2025年6月底前。全年培训200人次。",
        ];
        let (tasks, _) = tasks_of(&lines, year(2025));
        assert_eq!(
            briefs(&tasks),
            vec![
                want(
                    "开展燃气管道排查。对辖",
                    &["安全股", "法规股", "燃气站"],
                    &["安全股"],
                    Some((ByDate, Some("2025-04-30")))
                ),
                want(
                    "完善应急预案。修订燃气",
                    &["县城管局"],
                    &[],
                    Some((Ongoing, None))
                ),
                want(
                    "加强宣传引导",
                    &["县城管局", "县融媒体中心", "各镇人民政府"],
                    &["县城管局"],
                    None
                ),
                want(
                    "推进老旧管网改造",
                    &["县住建局"],
                    &[],
                    Some((ByDate, Some("2025-09-30")))
                ),
            ]
        );
        assert_eq!(
            names(&tasks[2].units, Some(UnitRole::Support)),
            ["县融媒体中心", "各镇人民政府"]
        );
        assert_eq!(
            tasks[0].units_raw.as_deref(),
            Some("牵头股室：安全股\n配合股室：法规股、燃气站\n完成时间：2025年4月底前")
        );
        assert_eq!(
            tasks[3].requirement.as_deref(),
            Some("推进老旧管网改造\n完成时限：2025年9月底前")
        );
        // Under a heading whose marker covers the item, a deadline label in the text is
        // the text's: the item's text is still the task's.
        let lines = [
            "（三）加强组织领导（县城管局牵头）",
            "各单位要建立工作机制。完成时限：长期坚持",
        ];
        let (tasks, _) = tasks_of(&lines, year(2025));
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some("加强组织领导\n各单位要建立工作机制。完成时限：长期坚持")
        );
        assert_eq!(tasks[0].deadline.as_ref().map(|d| d.kind), Some(Ongoing));
    }

    /// A marker after the sentence's full stop, itself followed by a full stop: the item's
    /// sentence is the requirement, not the stop left over.
    #[test]
    fn marker_between_full_stops() {
        let lines = [
            "1.绿色村镇绿化计划完成2392亩，重点是中心镇（村）绿化（责任单位：各乡镇（村）、县农村发展局）。",
        ];
        let (tasks, _) = tasks_of(&lines, TaskContext::default());
        assert_eq!(tasks.len(), 1);
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some("绿色村镇绿化计划完成2392亩，重点是中心镇（村）绿化")
        );
        assert_eq!(
            names(&tasks[0].units, None),
            ["各乡镇（村）", "县农村发展局"]
        );
        assert_eq!(clean("。"), "");
        assert_eq!(clean("完成。"), "完成。");
    }

    #[test]
    fn never_panics() {
        for text in [
            "（",
            "）",
            "（）",
            "〔〕",
            "牵头单位：",
            "（下同）",
            "下同",
            "前",
            "底前",
            "年内",
            "（县发改局牵头",
            "）县发改局牵头（",
            "同上",
            "以上任务由",
            "请",
            "请县发改局在前",
            "（1）",
            "1.（1）（县发改局负责）",
        ] {
            let lines = [
                "一、任务",
                text,
                "1.推进工作。",
                text,
                "以上任务由县发改局负责。",
            ];
            let _ = tasks_of(&lines, TaskContext::default());
        }
    }
}
