//! Tasks written inline in numbered items rather than in a table: （牵头单位：…；责任单位：…）,
//! 〔牵头单位：…，责任单位：…〕, "牵头单位：…" lines under an item, "（X牵头，Y按职责分工负责）",
//! "（责任单位：…）" and 下同.
//!
//! Decisions (each covered by a test):
//! - An item's text is its heading and its own paragraphs (not its children's). Every item,
//!   at any level, is read on its own, depth first.
//! - A marker is either a bracketed group （…） 〔…〕 【…】 (…) whose whole content is a
//!   labelled unit list (牵头单位：…；责任单位：…；配合单位：…) or a list of unit groups each
//!   ending with a role word (牵头, 负责, 配合, 参与, 按职责分工负责 …) and naming organs; or
//!   a paragraph (or the last sentences of one) starting with such a label. Prose that
//!   mentions 牵头 or 负责 ("由县发改局牵头，会同…"), brackets holding anything else
//!   (（试行）, （以下简称…）, （指导）) and units "指导"-ing are not markers.
//! - An item with several markers (one per sentence, as national plans print them) is one
//!   task with the units of all of them, each named once, in printed order.
//! - 下同 at the end of a marker ("（责任单位：县教体局，下同）") gives the same units to the
//!   following items of the same level under the same parent that carry no marker of their
//!   own, until one does; "同上" as the unit list takes the units of the previous task. Such
//!   tasks have `units_inherited` set and a `filled_from_above` diagnostic.
//! - The deadline is read from the item's own text without its markers: each phrase ending
//!   in 底前 / 末前 / 月前 / 日前 / 旬前 / 季度前 (2024年10月底前, 6月底前, 年底前) or 年内,
//!   with a following 完成. Several phrases are milestones: all are kept in `raw`, and the
//!   latest is the due date. A "完成时限：…" label inside a marker wins over the text.
//! - `title` is the heading without markers; `requirement` the paragraphs without markers
//!   (the heading when the item is a single line).

use std::collections::HashSet;

use gongwen_model::{
    Category, Deadline, DeadlineKind, Diagnostic, DiagnosticCode, Level, Section, Task, Unit,
    UnitRole,
};

use crate::body::outline::{Outline, SectionId};
use crate::lex::brackets::{BRACKETS, closes_marker, opens_marker};
use crate::lex::deadlines::{DEADLINE_WORDS, DUE_BEFORE, PHRASE_CHARS};
use crate::lex::organs::COLLECTIVE_STARTS;
use crate::lex::roles::{
    self, DITTO_TAILS, Field, MARKER_WORDS, PROSE_STARTS, PROSE_WORDS, ROLE_WORDS, SAME_AS_ABOVE,
};
use crate::parse::deadline::parse_deadline;
use crate::parse::units::split_units;
use crate::tasks::rows::TaskContext;
use crate::text::chars::{is_organ_name, is_space};

/// Longest marker read (characters).
const MAX_MARKER: usize = 300;
/// Longest unit name accepted in a role-word marker (characters).
const MAX_UNIT: usize = 30;
/// Most deadline phrases kept from one item (milestones); keeps the scan linear.
const MAX_PHRASES: usize = 8;

/// Every numbered item of the tree (depth first) that carries a responsibility marker
/// becomes a task.
pub(crate) fn read_inline_tasks(
    outline: &Outline<'_>,
    ctx: TaskContext,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Task> {
    let mut walker = Walker {
        outline,
        ctx,
        tasks: Vec::new(),
        last: None,
    };
    walker.walk(outline.roots(), diags);
    walker.tasks
}

/// Units a task got, to be handed on by 下同 or 同上.
#[derive(Debug, Clone)]
struct Given {
    units: Vec<Unit>,
    open: bool,
    raw: Option<String>,
    /// The item that named them.
    from: SectionId,
}

struct Walker<'o, 's> {
    outline: &'o Outline<'s>,
    ctx: TaskContext,
    tasks: Vec<Task>,
    /// The item the last task was read from.
    last: Option<SectionId>,
}

impl Walker<'_, '_> {
    fn walk(&mut self, siblings: impl Iterator<Item = SectionId>, diags: &mut Vec<Diagnostic>) {
        let outline = self.outline;
        // Units handed on by a 下同 among these siblings.
        let mut ditto: Option<Given> = None;
        for id in siblings {
            let s = outline.section(id);
            // Most items name no units: skip reading them unless a 下同 hands units on.
            let paragraphs_may = s.paragraphs.iter().any(|p| may_hold_marker(&p.text));
            let heading_may = s.heading.as_deref().is_some_and(may_hold_marker);
            let item = if ditto.is_none() && !heading_may && !paragraphs_may {
                Item::default()
            } else {
                read_item(s, ditto.is_some(), paragraphs_may)
            };
            let own = (!item.units.is_empty()).then(|| Given {
                units: item.units.clone(),
                open: item.open,
                raw: (!item.raws.is_empty()).then(|| item.raws.join("\n")),
                from: id,
            });
            let given = match own {
                Some(g) => {
                    ditto = item.ditto.then(|| g.clone());
                    Some((g, false))
                }
                None if item.same => self.last_given().map(|g| (g, true)),
                None if item.has_marker => None,
                None => ditto.clone().map(|g| (g, true)),
            };
            if let Some((given, inherited)) = given {
                if inherited {
                    diags.push(Diagnostic {
                        level: Level::Info,
                        code: DiagnosticCode::FilledFromAbove,
                        message: format!(
                            "item {} names no units of its own: those of item {} are used (下同 / 同上)",
                            s.label.trim_matches(is_space),
                            outline.section(given.from).label.trim_matches(is_space)
                        ),
                        loc: Some(s.loc),
                    });
                }
                let task = self.task(id, &item, given, inherited);
                self.tasks.push(task);
                self.last = Some(id);
            }
            self.walk(outline.children(id), diags);
        }
    }

    fn last_given(&self) -> Option<Given> {
        let t = self.tasks.last()?;
        Some(Given {
            units: t.units.clone(),
            open: t.units_open,
            raw: t.units_raw.clone(),
            from: self.last?,
        })
    }

    fn task(&self, id: SectionId, item: &Item, given: Given, inherited: bool) -> Task {
        let s = self.outline.section(id);
        let ancestors = self.outline.ancestors(id);
        let path = ancestors
            .iter()
            .chain([&id])
            .map(|&a| self.outline.section(a).label.clone())
            .collect();
        let mut units = given.units;
        if self.ctx.first_unit_leads && units.iter().all(|u| u.role == UnitRole::Responsible) {
            for (i, u) in units.iter_mut().enumerate() {
                u.role = if i == 0 {
                    UnitRole::Lead
                } else {
                    UnitRole::Support
                };
            }
        }
        let deadline = item.deadline.as_ref().map(|raw| {
            let (kind, date) = parse_deadline(raw, self.ctx.year);
            Deadline {
                raw: raw.clone(),
                kind,
                date: date.and_then(|d| d.to_date()),
                inherited: false,
                loc: s.loc,
            }
        });
        Task {
            seq: None,
            category: ancestors
                .into_iter()
                .map(|a| category_of(self.outline, a))
                .collect(),
            title: item.title.clone(),
            requirement: item.requirement.clone(),
            units,
            units_raw: given.raw,
            units_open: given.open,
            units_inherited: inherited,
            deadline,
            section: Some(path),
            extra: Default::default(),
            attachment: self.ctx.attachment,
            loc: s.loc,
        }
    }
}

/// An enclosing item as a task's group: its canonical label, its heading without markers.
fn category_of(outline: &Outline<'_>, id: SectionId) -> Category {
    let s = outline.section(id);
    let title = s
        .heading
        .as_deref()
        .map(|h| clean(&cut_markers(h).0))
        .unwrap_or_default();
    Category {
        label: outline.canonical_label(id),
        ordinal: s.ordinal,
        level: s.level,
        title,
        loc: s.loc,
    }
}

// ---------------------------------------------------------------------------------------
// One item.

/// What an item's own text says.
#[derive(Debug, Default)]
struct Item {
    title: Option<String>,
    requirement: Option<String>,
    units: Vec<Unit>,
    open: bool,
    raws: Vec<String>,
    deadline: Option<String>,
    /// A marker ends with 下同.
    ditto: bool,
    /// A marker says 同上.
    same: bool,
    /// Some marker was found (a deadline-only or 同上 marker names no units).
    has_marker: bool,
}

/// A text can hold a marker only with a marker word and a bracket or a colon: a marker is
/// a bracketed group or a label followed by a colon. (Most items that say 负责 or 责任 say
/// it in prose; they are not read further.)
fn may_hold_marker(text: &str) -> bool {
    // One search per character: each is a fast byte search, unlike a test of every char.
    has_marker_word(text)
        && BRACKETS
            .iter()
            .filter(|b| b.marker)
            .map(|b| b.open)
            .chain(['：', ':'])
            .any(|c| text.contains(c))
}

/// A responsibility marker word in `text` ([`MARKER_WORDS`]).
fn has_marker_word(text: &str) -> bool {
    MARKER_WORDS.iter().any(|w| text.contains(w))
}

/// Reads an item's markers, title, requirement and deadline. Without a marker the item
/// becomes a task only through a 下同 above it (`inherits`); otherwise the rest is not read.
/// `paragraphs_may` says whether any paragraph may hold a marker (see [`may_hold_marker`]).
fn read_item(s: &Section, inherits: bool, paragraphs_may: bool) -> Item {
    let mut item = Item::default();
    let mut markers: Vec<Marker> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    if let Some(h) = &s.heading {
        let (rest, found) = cut_markers(h);
        markers.extend(found);
        let t = clean(&rest);
        item.title = (!t.is_empty()).then(|| t.clone());
        texts.push(t);
    }
    if !inherits && markers.is_empty() && !paragraphs_may {
        return Item::default();
    }
    let mut paragraphs: Vec<String> = Vec::new();
    for p in &s.paragraphs {
        let (rest, found) = cut_markers(&p.text);
        markers.extend(found);
        let t = clean(&rest);
        if !t.is_empty() {
            paragraphs.push(t.clone());
            texts.push(t);
        }
    }
    if !inherits && markers.is_empty() {
        return Item::default();
    }
    item.requirement = if paragraphs.is_empty() {
        item.title.clone()
    } else {
        Some(paragraphs.join("\n"))
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut stated_deadline: Option<String> = None;
    for m in markers {
        item.has_marker = true;
        item.ditto |= m.ditto;
        item.same |= m.same;
        item.open |= m.open;
        if !m.units.is_empty() {
            item.raws.push(m.raw);
        }
        for u in m.units {
            if seen.insert(u.name.clone()) {
                item.units.push(u);
            }
        }
        if stated_deadline.is_none() {
            stated_deadline = m.deadline;
        }
    }
    item.deadline = stated_deadline.or_else(|| {
        let mut phrases: Vec<String> = Vec::new();
        for t in &texts {
            deadline_phrases(t, &mut phrases);
        }
        (!phrases.is_empty()).then(|| phrases.join("，"))
    });
    item
}

/// Trims white space and the punctuation left where a marker was cut.
fn clean(s: &str) -> String {
    let t = s.trim_matches(|c: char| is_space(c) || matches!(c, '，' | '；' | ',' | ';'));
    let t = t.trim_end_matches(|c: char| is_space(c) || matches!(c, '，' | '；' | ',' | ';'));
    // A marker printed after the sentence's full stop leaves that stop behind its own:
    // "…景观绿化。（责任单位：…）。" — the lone "。" is no requirement.
    if t.chars().all(|c| matches!(c, '。' | '.' | '．')) {
        return String::new();
    }
    t.to_owned()
}

// ---------------------------------------------------------------------------------------
// Markers.

#[derive(Debug, Default, PartialEq)]
struct Marker {
    /// The marker text as printed, without its brackets.
    raw: String,
    units: Vec<Unit>,
    open: bool,
    deadline: Option<String>,
    ditto: bool,
    same: bool,
}

/// The label (with its colon) at the start of `s`, and the text after the colon.
fn label_at(s: &str) -> Option<(Field, &str)> {
    roles::labels().find_map(|name| {
        let rest = s.strip_prefix(name.word)?;
        let rest = rest
            .trim_start_matches(is_space)
            .strip_prefix(['：', ':'])?;
        Some((name.field, rest))
    })
}

/// Cuts every marker out of `text`: bracketed markers anywhere, and a labelled marker
/// that starts the text or follows a full stop. Returns the text left and the markers.
fn cut_markers(text: &str) -> (String, Vec<Marker>) {
    let mut cuts: Vec<(usize, usize, Marker)> = Vec::new();
    // Bracketed groups at the top level.
    let mut depth = 0usize;
    let mut open_at = 0usize;
    for (i, c) in text.char_indices() {
        if opens_marker(c) {
            if depth == 0 {
                open_at = i;
            }
            depth += 1;
        } else if closes_marker(c) && depth > 0 {
            depth -= 1;
            if depth == 0 {
                let inner = &text[open_at + c_len(text, open_at)..i];
                if let Some(m) = parse_marker(inner) {
                    cuts.push((open_at, i + c.len_utf8(), m));
                }
            }
        }
    }
    // A labelled marker at the start or after a full stop, outside brackets, to the end.
    let mut depth = 0usize;
    let mut boundary = true;
    for (i, c) in text.char_indices() {
        if opens_marker(c) {
            depth += 1;
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && boundary && !is_space(c) && label_at(&text[i..]).is_some() {
            if cuts.iter().any(|(a, _, _)| *a >= i) {
                break;
            }
            if let Some(m) = parse_marker(&text[i..]) {
                cuts.push((i, text.len(), m));
            }
            break;
        }
        if depth == 0 && !is_space(c) {
            boundary = matches!(c, '。' | '；' | ';');
        } else if depth == 0 && i == 0 {
            boundary = true;
        }
    }
    if cuts.is_empty() {
        return (text.to_owned(), Vec::new());
    }
    cuts.sort_by_key(|(a, _, _)| *a);
    let mut rest = String::with_capacity(text.len());
    let mut from = 0;
    let mut markers = Vec::with_capacity(cuts.len());
    for (a, b, m) in cuts {
        if a < from {
            continue;
        }
        rest.push_str(&text[from..a]);
        from = b;
        markers.push(m);
    }
    rest.push_str(&text[from..]);
    (rest, markers)
}

fn c_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

/// Reads a marker's text (without brackets): a labelled list, role-word groups, or 同上.
fn parse_marker(inner: &str) -> Option<Marker> {
    let raw = inner.trim_matches(is_space);
    if raw.is_empty() || raw.chars().count() > MAX_MARKER {
        return None;
    }
    let (body, ditto) = strip_ditto(raw);
    if body.is_empty() {
        return None;
    }
    // Most bracketed groups are no marker ("（以下简称…）"): tested before anything is
    // copied.
    let labelled = label_at(body).is_some();
    // Every role word holds a marker word: the automaton rules most groups out before the
    // groups are split and named.
    if !labelled && body != SAME_AS_ABOVE && !(has_marker_word(body) && role_word_groups(body)) {
        return None;
    }
    let mut m = Marker {
        raw: raw.to_owned(),
        ditto,
        ..Marker::default()
    };
    if labelled {
        read_labelled(body, &mut m);
        return (!m.units.is_empty() || m.same).then_some(m);
    }
    if body == SAME_AS_ABOVE {
        m.same = true;
        return Some(m);
    }
    let list = split_units(body);
    if list.units.is_empty() {
        return None;
    }
    m.units = list.units;
    m.open = list.open;
    Some(m)
}

/// "…，下同" → ("…", true).
fn strip_ditto(s: &str) -> (&str, bool) {
    for tail in DITTO_TAILS {
        if let Some(rest) = s.strip_suffix(tail) {
            let rest = rest.trim_end_matches(|c: char| {
                is_space(c) || matches!(c, '，' | '；' | '。' | ',' | ';')
            });
            return (rest, true);
        }
    }
    (s, false)
}

/// "牵头单位：县发改局；责任单位：县财政局、县住建局" → units with their roles. A label
/// may stand anywhere outside brackets (a label with its colon is never part of a name,
/// and two label lines may have been joined as one broken line); its value runs to the
/// next label.
fn read_labelled(text: &str, m: &mut Marker) {
    // (slot, value start, start of the label)
    let mut found: Vec<(Field, usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if opens_marker(c) {
            depth += 1;
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
        }
        if depth == 0 && i >= skip_to {
            if let Some((slot, rest)) = label_at(&text[i..]) {
                skip_to = text.len() - rest.len();
                found.push((slot, skip_to, i));
            }
        }
    }
    for (k, (slot, start, _)) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(text.len(), |(_, _, next)| *next);
        let value = text[*start..end]
            .trim_matches(|c: char| is_space(c) || matches!(c, '，' | '；' | '。' | ',' | ';'));
        if value.is_empty() {
            continue;
        }
        match slot {
            Field::Units(role) => {
                if value == SAME_AS_ABOVE {
                    m.same = true;
                    continue;
                }
                let list = split_units(value);
                m.open |= list.open;
                m.units.extend(list.units.into_iter().map(|mut u| {
                    if let Some(r) = role {
                        u.role = *r;
                    }
                    u
                }));
            }
            Field::Deadline => {
                if m.deadline.is_none() {
                    m.deadline = Some(value.to_owned());
                }
            }
            Field::People | Field::Seq | Field::Task | Field::Requirement => {}
        }
    }
}

/// True when every group of `text` (split at ，；) names units and ends with a role word:
/// "县发改局牵头，县财政局、各镇（街道）按职责分工负责".
fn role_word_groups(text: &str) -> bool {
    let mut groups = 0;
    let mut start = 0;
    let mut depth = 0usize;
    let mut ok = true;
    let mut check = |group: &str| {
        let group = group.trim_matches(|c: char| is_space(c) || c == '。');
        if group.is_empty() {
            return;
        }
        groups += 1;
        let name = ROLE_WORDS
            .iter()
            .find_map(|w| group.strip_suffix(w.word))
            .map(|n| n.trim_matches(is_space));
        ok &= name.is_some_and(|n| !n.is_empty() && names_units(n));
    };
    for (i, c) in text.char_indices() {
        if opens_marker(c) {
            depth += 1;
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && matches!(c, '，' | '；' | ',' | ';') {
            check(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    check(&text[start..]);
    ok && groups > 0
}

/// "县财政局、各镇（街道）" names units: every entry is short, reads like an organ or a
/// collective, and is not prose ("由县政府", "此项工作").
fn names_units(list: &str) -> bool {
    let mut depth = 0usize;
    let mut start = 0;
    let mut entries = Vec::new();
    for (i, c) in list.char_indices() {
        if opens_marker(c) {
            depth += 1;
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && c == '、' {
            entries.push(&list[start..i]);
            start = i + c.len_utf8();
        }
    }
    entries.push(&list[start..]);
    entries.iter().all(|e| {
        let e = e.trim_matches(is_space);
        let n = e.chars().count();
        let prose = PROSE_STARTS.iter().any(|p| e.starts_with(p))
            || (e.contains('由') && !e.contains("自由"))
            || e.contains(['。', '：', ':', '“', '”'])
            || PROSE_WORDS.iter().any(|w| e.contains(w));
        (2..=MAX_UNIT).contains(&n)
            && !prose
            && (is_organ_name(e)
                || COLLECTIVE_STARTS.iter().any(|s| e.starts_with(s))
                || e.ends_with("等"))
    })
}

// ---------------------------------------------------------------------------------------
// Deadlines in running text.

/// Characters a date phrase is made of, read backwards from 前 / 内.
fn is_date_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || PHRASE_CHARS.contains(c)
}

fn is_chinese_numeral(c: char) -> bool {
    "〇○零一二三四五六七八九十".contains(c)
}

/// Where a date phrase may start: a number, a Chinese numeral before 年/月/季, or a
/// year word.
fn valid_start(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        return true;
    }
    if is_chinese_numeral(first) {
        let after = s.trim_start_matches(is_chinese_numeral);
        return after.starts_with(['年', '月', '季']);
    }
    DEADLINE_WORDS
        .iter()
        .any(|w| w.opens && s.starts_with(w.word))
}

/// Appends the deadline phrases of `text` ("2024年10月底前完成", "6月底前", "年底前",
/// "年内") that read as a due date.
fn deadline_phrases(text: &str, out: &mut Vec<String>) {
    // Every phrase ends in 前 or 年内: most texts hold neither and need no char table.
    if !text.contains('前') && !text.contains("年内") {
        return;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 1..chars.len() {
        if out.len() >= MAX_PHRASES {
            return;
        }
        let (at, c) = chars[k];
        let before = chars[k - 1].1;
        let ends = match c {
            '前' => DUE_BEFORE.contains(&before),
            '内' => before == '年',
            _ => false,
        };
        if !ends {
            continue;
        }
        let end = at + c.len_utf8();
        // Back over date characters (a bounded walk), then forward to a valid start.
        let mut s = k;
        while s > 0 && k - s < 16 && is_date_char(chars[s - 1].1) {
            s -= 1;
        }
        let Some(start) = (s..k)
            .map(|j| chars[j].0)
            .find(|&b| valid_start(&text[b..end]))
        else {
            continue;
        };
        let mut phrase = text[start..end].to_owned();
        if text[end..].starts_with("完成") {
            phrase.push_str("完成");
        }
        if parse_deadline(&phrase, None).0 == DeadlineKind::ByDate && !out.contains(&phrase) {
            out.push(phrase);
        }
    }
}

#[cfg(test)]
mod tests {
    use gongwen_model::{Loc, Paragraph};

    use super::*;

    fn names(units: &[Unit], role: Option<UnitRole>) -> Vec<String> {
        units
            .iter()
            .filter(|u| role.is_none_or(|r| u.role == r))
            .map(|u| u.name.clone())
            .collect()
    }

    #[test]
    fn markers() {
        // (marker text without brackets, all units, lead units, ditto)
        type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str], bool);
        let cases: &[Case<'_>] = &[
            (
                "牵头单位：县发改局；责任单位：县财政局、县住建局",
                &["县发改局", "县财政局", "县住建局"],
                &["县发改局"],
                false,
            ),
            (
                "牵头单位：县发改局，责任单位：县财政局、县住建局",
                &["县发改局", "县财政局", "县住建局"],
                &["县发改局"],
                false,
            ),
            (
                "牵头单位：县发改局、县财政局，配合单位：各镇（街道）",
                &["县发改局", "县财政局", "各镇（街道）"],
                &["县发改局", "县财政局"],
                false,
            ),
            (
                "县发改局牵头，县财政局、县自然资源局按职责分工负责",
                &["县发改局", "县财政局", "县自然资源局"],
                &["县发改局"],
                false,
            ),
            (
                "市场监管总局、工业和信息化部负责",
                &["市场监管总局", "工业和信息化部"],
                &[],
                false,
            ),
            ("责任单位：县教体局", &["县教体局"], &[], false),
            ("责任单位：县教体局，下同", &["县教体局"], &[], true),
            (
                "县卫健局牵头，各镇（街道）配合；下同",
                &["县卫健局", "各镇（街道）"],
                &["县卫健局"],
                true,
            ),
            (
                "生态环境部牵头，国家发展改革委、工业和信息化部参与",
                &["生态环境部", "国家发展改革委", "工业和信息化部"],
                &["生态环境部"],
                false,
            ),
            (
                "牵头单位：县行政审批服务局、县发改局配合单位：县财政局",
                &["县行政审批服务局", "县发改局", "县财政局"],
                &["县行政审批服务局", "县发改局"],
                false,
            ),
            // 协办 marks support inline as it does in a table cell.
            (
                "县水利局牵头，县财政局协办",
                &["县水利局", "县财政局"],
                &["县水利局"],
                false,
            ),
            ("县财政局协办", &["县财政局"], &[], false),
            (
                "县发改局、县财政局共同负责",
                &["县发改局", "县财政局"],
                &[],
                false,
            ),
            (
                "牵头单位：县商务局；配合单位：县财政局；完成时限：2024年10月底前",
                &["县商务局", "县财政局"],
                &["县商务局"],
                false,
            ),
        ];
        for (text, all, leads, ditto) in cases {
            let m = parse_marker(text).unwrap_or_else(|| panic!("{text:?} is a marker"));
            assert_eq!(names(&m.units, None), *all, "{text:?}");
            assert_eq!(names(&m.units, Some(UnitRole::Lead)), *leads, "{text:?}");
            assert_eq!(m.ditto, *ditto, "{text:?}");
        }
        // Not markers.
        for text in [
            "试行",
            "以下简称“领导小组”",
            "工业和信息化部指导",
            "由县发改局牵头，会同有关部门研究制定实施细则",
            "此项工作由各镇负责",
            "2024年6月底前完成",
            "负责",
            "详见附件2",
            "含县直各部门",
        ] {
            assert_eq!(parse_marker(text), None, "{text:?}");
        }
        let m = parse_marker("牵头单位：同上").unwrap_or_default();
        assert!(m.same);
        let m = parse_marker("牵头单位：县商务局；完成时限：2024年10月底前").unwrap_or_default();
        assert_eq!(m.deadline.as_deref(), Some("2024年10月底前"));
    }

    /// Only a text with a marker word and a bracket or colon is read for markers.
    #[test]
    fn texts_that_may_hold_a_marker() {
        for yes in [
            "（县发改局牵头，各镇配合）",
            "牵头单位：县发改局",
            "责任单位:县财政局",
            "〔责任单位：县教体局〕",
            "加强监管。（下同）",
        ] {
            assert!(may_hold_marker(yes), "{yes}");
        }
        for no in [
            "压实主体责任，落实属地管理责任",
            "各单位要负责做好本系统的政务公开工作。",
            "（一）加强政策解读",
            "",
        ] {
            assert!(!may_hold_marker(no), "{no}");
        }
    }

    /// Marker words are found wherever they are.
    #[test]
    fn marker_words_found() {
        let texts = [
            "（县发改局牵头，各镇配合）",
            "压实主体责任",
            "由县财政局负责",
            "下同",
            "同上。",
            "加强协同",
            "主动公开政府信息",
            "承接省级下放事项",
            "",
            "无关文字",
            "牵",
        ];
        let want = [
            true, true, true, true, true, true, false, false, false, false, false,
        ];
        for (t, want) in texts.iter().zip(want) {
            assert_eq!(has_marker_word(t), want, "{t}");
        }
    }

    #[test]
    fn cutting() {
        // (text, text left, number of markers)
        let cases: &[(&str, &str, usize)] = &[
            (
                "加快推进项目建设，2024年10月底前完成。（牵头单位：县发改局；责任单位：县财政局）",
                "加快推进项目建设，2024年10月底前完成。",
                1,
            ),
            (
                "完善标准体系。（市场监管总局、工业和信息化部负责）推广先进技术。（工业和信息化部负责）",
                "完善标准体系。推广先进技术。",
                2,
            ),
            (
                "建立联席会议制度〔牵头单位：县政府办公室，责任单位：各镇（街道）〕",
                "建立联席会议制度",
                1,
            ),
            ("牵头单位：县住建局；配合单位：县城管局、县公安局", "", 1),
            (
                "做好统筹衔接。责任单位：县发改局、县统计局",
                "做好统筹衔接。",
                1,
            ),
            (
                "由县发改局牵头，会同县财政局研究制定实施细则。",
                "由县发改局牵头，会同县财政局研究制定实施细则。",
                0,
            ),
            (
                "对各县（市、区）开展督导（详见附件）。",
                "对各县（市、区）开展督导（详见附件）。",
                0,
            ),
            (
                "未闭合的括号（县发改局负责",
                "未闭合的括号（县发改局负责",
                0,
            ),
        ];
        for (text, left, n) in cases {
            let (rest, markers) = cut_markers(text);
            assert_eq!(clean(&rest), *left, "{text:?}");
            assert_eq!(markers.len(), *n, "{text:?}");
        }
    }

    #[test]
    fn deadlines() {
        let cases: &[(&str, &[&str])] = &[
            ("2024年10月底前完成平台建设。", &["2024年10月底前完成"]),
            ("于6月底前报送县政府。", &["6月底前"]),
            ("力争年底前全面建成。", &["年底前"]),
            ("年内完成改造任务。", &["年内完成"]),
            ("6月底前启动，12月底前完成。", &["6月底前", "12月底前完成"]),
            ("2025年6月30日前完成验收。", &["2025年6月30日前完成"]),
            ("三季度末前完成招标。", &["三季度末前完成"]),
            ("二〇二四年九月底前完成", &["二〇二四年九月底前完成"]),
            ("目前已完成前期工作，当前要提前谋划。", &[]),
            ("节日前开展安全检查。", &[]),
            ("在专家指导下6月底前完成", &["6月底前完成"]),
            ("统一6月底前报送", &["6月底前"]),
            // 翌年 and 下一年 open a phrase like 次年: the year after the document's.
            ("翌年6月底前完成验收。", &["翌年6月底前完成"]),
            ("下一年3月底前完成。", &["下一年3月底前完成"]),
            ("翌日前完成报送。", &[]),
        ];
        for (text, want) in cases {
            let mut got = Vec::new();
            deadline_phrases(text, &mut got);
            assert_eq!(got, *want, "{text:?}");
        }
    }

    fn section(label: &str, level: u8, ordinal: u32, heading: &str, paras: &[&str]) -> Section {
        let block = ordinal + u32::from(level) * 100;
        Section {
            label: label.to_owned(),
            ordinal,
            level,
            heading: (!heading.is_empty()).then(|| heading.to_owned()),
            paragraphs: paras
                .iter()
                .map(|t| Paragraph {
                    text: (*t).to_owned(),
                    loc: Loc::block(block),
                })
                .collect(),
            children: Vec::new(),
            kind: Default::default(),
            loc: Loc::block(block),
        }
    }

    #[test]
    fn items() {
        let mut top = section("一、", 1, 1, "重点任务", &[]);
        let mut sub = section("（一）", 2, 1, "优化营商环境", &[]);
        sub.children = vec![
            section(
                "1.",
                3,
                1,
                "推进“一网通办”",
                &[
                    "2024年10月底前实现高频事项全程网办。（牵头单位：县行政审批局；责任单位：县大数据中心，下同）",
                ],
            ),
            section("2.", 3, 2, "推行告知承诺制", &["年底前完成事项清单梳理。"]),
            section(
                "3.",
                3,
                3,
                "规范涉企检查",
                &["由县市场监管局牵头，会同有关部门制定检查计划。"],
            ),
            section(
                "4.",
                3,
                4,
                "清理拖欠账款",
                &[
                    "全面排查清理。",
                    "牵头单位：县财政局",
                    "配合单位：县工信局、县审计局",
                ],
            ),
            section("5.", 3, 5, "开展营商环境评价", &["6月底前启动。"]),
        ];
        top.children = vec![sub];
        let ctx = TaskContext {
            year: Some(2024),
            ..TaskContext::default()
        };
        let mut diags = Vec::new();
        let tree = [top];
        let tasks = read_inline_tasks(&Outline::of(&tree), ctx, &mut diags);
        type Summary = (Option<String>, Vec<String>, bool, Option<String>);
        let summary: Vec<Summary> = tasks
            .iter()
            .map(|t| {
                (
                    t.title.clone(),
                    names(&t.units, None),
                    t.units_inherited,
                    t.deadline
                        .as_ref()
                        .and_then(|d| d.date.map(|d| d.to_string())),
                )
            })
            .collect();
        let s = |x: &str| x.to_owned();
        assert_eq!(
            summary,
            vec![
                (
                    Some(s("推进“一网通办”")),
                    vec![s("县行政审批局"), s("县大数据中心")],
                    false,
                    Some(s("2024-10-31"))
                ),
                (
                    Some(s("推行告知承诺制")),
                    vec![s("县行政审批局"), s("县大数据中心")],
                    true,
                    Some(s("2024-12-31"))
                ),
                // 3. carries 牵头 in prose only, but 下同 still covers it.
                (
                    Some(s("规范涉企检查")),
                    vec![s("县行政审批局"), s("县大数据中心")],
                    true,
                    None
                ),
                (
                    Some(s("清理拖欠账款")),
                    vec![s("县财政局"), s("县工信局"), s("县审计局")],
                    false,
                    None
                ),
                // 5. follows an item with its own marker and no 下同: no task.
            ]
        );
        let first = &tasks[0];
        assert_eq!(first.section, Some(vec![s("一、"), s("（一）"), s("1.")]));
        assert_eq!(
            first
                .category
                .iter()
                .map(|c| (c.label.clone(), c.title.clone()))
                .collect::<Vec<_>>(),
            vec![(s("一、"), s("重点任务")), (s("（一）"), s("优化营商环境"))]
        );
        assert_eq!(
            first.requirement.as_deref(),
            Some("2024年10月底前实现高频事项全程网办。")
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
            names(&tasks[3].units, Some(UnitRole::Support)),
            vec![s("县工信局"), s("县审计局")]
        );
        assert_eq!(
            diags
                .iter()
                .filter(|d| d.code == DiagnosticCode::FilledFromAbove)
                .count(),
            2
        );
    }

    /// A marker after the sentence's full stop, itself followed by a full stop: the item's
    /// sentence is the requirement, not the stop left over.
    #[test]
    fn marker_between_full_stops() {
        let items = vec![section(
            "1.",
            3,
            1,
            "绿色村镇绿化计划完成2392亩，重点是中心镇（村）绿化",
            &["（责任单位：各乡镇（村）、县农村发展局）。"],
        )];
        let mut diags = Vec::new();
        let tasks = read_inline_tasks(&Outline::of(&items), TaskContext::default(), &mut diags);
        assert_eq!(tasks.len(), 1);
        assert_eq!(
            tasks[0].requirement.as_deref(),
            Some("绿色村镇绿化计划完成2392亩，重点是中心镇（村）绿化")
        );
        assert_eq!(
            names(&tasks[0].units, None),
            vec!["各乡镇（村）".to_owned(), "县农村发展局".to_owned()]
        );
        assert_eq!(clean("。"), "");
        assert_eq!(clean("完成。"), "完成。");
    }

    #[test]
    fn prose_items_make_no_tasks() {
        let items = vec![
            section(
                "（四）",
                2,
                4,
                "科研单位要健全完善内部管理制度",
                &["请科技部、工业和信息化部等部门在2019年2月底前完成。"],
            ),
            section(
                "（五）",
                2,
                5,
                "加强组织领导",
                &["由县发改局牵头，县直各部门要按照职责分工负责抓好落实。"],
            ),
        ];
        let mut diags = Vec::new();
        let tasks = read_inline_tasks(&Outline::of(&items), TaskContext::default(), &mut diags);
        assert!(tasks.is_empty());
    }

    #[test]
    fn never_panics() {
        for text in [
            "（",
            "）",
            "（）",
            "〔〕",
            "牵头单位：",
            "牵头单位：；责任单位：",
            "（下同）",
            "下同",
            "前",
            "底前",
            "年内",
            "（县发改局牵头",
            "）县发改局牵头（",
            "同上",
        ] {
            let _ = cut_markers(text);
            let _ = parse_marker(text);
            let mut out = Vec::new();
            deadline_phrases(text, &mut out);
        }
    }
}
