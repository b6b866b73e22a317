//! A 纪要's decisions assign units in prose, not in markers: "会议要求，由县农业农村局牵头，
//! 县财政局、县水利局配合，2024年6月底前完成招标", "会议同意由县财政局统筹安排资金…；县卫生
//! 健康局负责督促…", "各乡镇人民政府要落实属地责任，县林业局、县应急管理局按职责分工加强巡查".
//!
//! Decisions (each covered by a test):
//! - Only in a 纪要 (the header's layout): in a notice the same words are prose ("各乡镇要高度
//!   重视", "由县发改局牵头，完成了…" reporting what was done).
//! - A clause (between stops and commas, outside brackets) assigns when it opens — after a
//!   lead-in the meeting speaks with ("会议要求，", "会议同意") — with 由 and a list of named
//!   units, or with a list of named units followed by an assigning word ([`ASSIGNING`]:
//!   要, 负责, 牵头, 配合, 按职责分工 …). A list naming no organ ("各有关部门要…") assigns
//!   to nobody.
//! - The units of one sentence (to its 。) make one task: its text, the sentence included,
//!   is the requirement (after the item's topic), and the sentence's own dated phrases are
//!   the deadline — never a date of another sentence of the item. The role is the word after
//!   the list: 牵头 leads, 配合 / 协助 support, anything else is responsible.

use gongwen_model::{Unit, UnitRole};

use crate::lex::organs::PERSON_TITLES;
use crate::lex::roles::{ASSIGNING, Assigning, DECISION_OPENERS, MARKER_BY, MEETING_LEADS, WITH};
use crate::parse::deadline_text::deadline_in_text;
use crate::parse::label::parse_label;
use crate::parse::units::{is_generic_unit, split_units};
use crate::tasks::inline::markers::{Cut, MAX_UNIT, Marker, answerable_leads, names_units};
use crate::text::chars::{is_organ_name, is_space};

/// Longest list of units read at a clause's start (entries).
const MAX_ENTRIES: usize = 12;

/// A text may hold a decision: a 由 or an assigning word.
pub(super) fn may_assign(text: &str) -> bool {
    text.contains(MARKER_BY) || ASSIGNING.iter().any(|w| text.contains(w.word))
}

/// One zero-width cut at the end of each sentence of `text` that assigns units, the units
/// of all its clauses together.
pub(super) fn decision_markers(text: &str) -> Vec<Cut> {
    let mut out: Vec<Cut> = Vec::new();
    for (from, to, end) in sentences(text) {
        let sentence = &text[from..to];
        let mut marker: Option<Marker> = None;
        for clause in clauses(sentence) {
            let mut named = false;
            for (list, role) in assignment(clause) {
                let units = split_units(list);
                if units.units.is_empty() || units.units.iter().all(|u| is_generic_unit(&u.name)) {
                    continue;
                }
                let m = marker.get_or_insert_with(Marker::default);
                if !named {
                    if !m.raw.is_empty() {
                        m.raw.push('；');
                    }
                    m.raw.push_str(clause.trim_matches(is_space));
                    named = true;
                }
                m.open |= units.open;
                for mut u in units.units {
                    u.role = role;
                    add_unit(&mut m.units, u);
                }
            }
        }
        if let Some(mut marker) = marker {
            answerable_leads(&mut marker.units, sentence);
            // The decision's own dates, not those of the meeting's other sentences.
            marker.deadline = deadline_in_text(sentence);
            marker.asked = true;
            out.push(Cut {
                start: end,
                end,
                marker,
            });
        }
    }
    out
}

/// Adds `u` unless named already; a lead named again as responsible stays the lead.
fn add_unit(units: &mut Vec<Unit>, u: Unit) {
    match units.iter_mut().find(|x| x.name == u.name) {
        Some(x) if x.role == UnitRole::Responsible => x.role = u.role,
        Some(_) => {}
        None => units.push(u),
    }
}

/// The lists of units a clause assigns, as printed, each with the role its word gives.
fn assignment(clause: &str) -> Vec<(&str, UnitRole)> {
    let mut c = clause.trim_matches(is_space);
    // "会议要求，由…" comes as two clauses; "会议同意由…" as one.
    if let Some(rest) = MEETING_LEADS.iter().find_map(|w| c.strip_prefix(w)) {
        c = rest.trim_start_matches(is_space);
    }
    // Decisions numbered inside the line: "会议议定：（一）国网供电公司要…；（二）…".
    if let Some(label) = parse_label(c) {
        c = label.rest;
    }
    // "由县财政局统筹…", "请县商务局根据会议意见…": the units after the word.
    let (by, c) = match DECISION_OPENERS.iter().find_map(|w| c.strip_prefix(w)) {
        Some(rest) => (true, rest),
        None => (false, c),
    };
    if let Some(end) = unit_list_end(c) {
        let (list, after) = (&c[..end], c[end..].trim_start_matches(is_space));
        match (assigning_word(after), by) {
            // "县住建局要会同县城管局、县自然资源局，加快…": the first leads, those it
            // works with support.
            (Some((w, rest)), _) if w.word == WITH => {
                let mut out = vec![(list, UnitRole::Lead)];
                if let Some(n) = unit_list_end(rest) {
                    out.push((&rest[..n], UnitRole::Support));
                }
                return out;
            }
            (Some((w, _)), _) => return vec![(list, w.role)],
            // "由县住建局根据会议意见修改完善后…": 由 alone assigns.
            (None, true) => return vec![(list, UnitRole::Responsible)],
            (None, false) => {}
        }
    }
    // "项目配套资金由县财政局负责落实": 由 inside the clause, its units then an assigning
    // word.
    for (at, _) in c.match_indices(MARKER_BY).filter(|&(at, _)| at > 0) {
        let rest = &c[at + MARKER_BY.len()..];
        if let Some(end) = unit_list_end(rest)
            && let Some((w, _)) = assigning_word(rest[end..].trim_start_matches(is_space))
        {
            return vec![(&rest[..end], w.role)];
        }
    }
    Vec::new()
}

/// The assigning word `after` opens with (after a 要: "要牵头修订…" leads), and the text
/// after it.
fn assigning_word(after: &str) -> Option<(&'static Assigning, &str)> {
    fn find(t: &str) -> Option<(&'static Assigning, &str)> {
        ASSIGNING
            .iter()
            .find(|w| t.starts_with(w.word))
            .map(|w| (w, t[w.word.len()..].trim_start_matches(is_space)))
    }
    after
        .strip_prefix('要')
        .and_then(find)
        .or_else(|| find(after))
}

/// The byte length of the list of named units `text` opens with: entries joined by 、.
fn unit_list_end(text: &str) -> Option<usize> {
    let mut at = 0;
    let mut end = None;
    for _ in 0..MAX_ENTRIES {
        at += entry_end(&text[at..])?;
        end = Some(at);
        match text[at..].strip_prefix('、') {
            Some(_) => at += '、'.len_utf8(),
            None => break,
        }
    }
    end
}

/// The byte length of the organ's name `text` opens with. Of the prefixes that read as
/// one: the shortest that an assigning word follows ("县住建局|要会同县城管局", not "县住建局
/// 要会同县城管局"), else the longest that a 、 or the clause's end follows ("县公安局交通管理
/// 大队|、"), else the shortest ("县民政局|根据会议意见", not "县民政局根据会").
fn entry_end(text: &str) -> Option<usize> {
    let ends: Vec<usize> = text
        .char_indices()
        .take(MAX_UNIT)
        .take_while(|(_, c)| !matches!(c, '、' | '，' | ',' | '。' | '；'))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&n| {
            let name = &text[..n];
            is_organ_name(name)
                && names_units(name)
                && !PERSON_TITLES.iter().any(|t| name.contains(t))
        })
        .collect();
    let after = |n: usize| text[n..].trim_start_matches(is_space);
    let assigns = |n: &usize| assigning_word(after(*n)).is_some();
    let ends_list = |n: &usize| {
        let a = after(*n);
        a.is_empty() || a.starts_with(['、', '，', ',', '。', '；'])
    };
    ends.iter()
        .find(|n| assigns(n))
        .or_else(|| ends.iter().rev().find(|n| ends_list(n)))
        .or_else(|| ends.first())
        .copied()
}

/// The sentences of `text` outside brackets: (start, end without its stop, end with it).
fn sentences(text: &str) -> Vec<(usize, usize, usize)> {
    let mut out = split_outside(text, |c| matches!(c, '。' | '！' | '？'));
    if out
        .last()
        .is_some_and(|&(from, to, _)| text[from..to].trim_matches(is_space).is_empty())
    {
        out.pop();
    }
    out
}

/// The clauses of a sentence, split at commas, semicolons and colons outside brackets.
fn clauses(sentence: &str) -> Vec<&str> {
    split_outside(sentence, |c| {
        matches!(c, '，' | ',' | '；' | ';' | '：' | ':')
    })
    .into_iter()
    .map(|(from, to, _)| &sentence[from..to])
    .collect()
}

/// `text` cut at the characters `stop` accepts outside brackets, book titles and quotes:
/// (start, end without the stop, end with it), the last piece running to the end.
fn split_outside(text: &str, stop: impl Fn(char) -> bool) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '（' | '(' | '《' | '“' => depth += 1,
            '）' | ')' | '》' | '”' => depth = depth.saturating_sub(1),
            c if depth == 0 && stop(c) => {
                out.push((start, i, i + c.len_utf8()));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push((start, text.len(), text.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (units with roles, deadline-free) of each decision of `text`.
    fn decisions(text: &str) -> Vec<Vec<(String, UnitRole)>> {
        decision_markers(text)
            .into_iter()
            .map(|c| {
                assert_eq!(c.start, c.end, "zero width");
                c.marker
                    .units
                    .into_iter()
                    .map(|u| (u.name, u.role))
                    .collect()
            })
            .collect()
    }

    fn names(list: &[(&str, UnitRole)]) -> Vec<(String, UnitRole)> {
        list.iter().map(|(n, r)| ((*n).to_owned(), *r)).collect()
    }

    #[test]
    fn decisions_assign_units_in_prose() {
        use UnitRole::{Lead, Responsible, Support};
        type Case<'a> = (&'a str, Vec<Vec<(String, UnitRole)>>);
        let cases: &[Case<'_>] = &[
            (
                "会议听取了汇报。会议要求，由县交通运输局牵头，县财政局、县公路中心配合，2025年9月底前完成改造。",
                vec![names(&[
                    ("县交通运输局", Lead),
                    ("县财政局", Support),
                    ("县公路中心", Support),
                ])],
            ),
            (
                "会议同意由县财政局统筹安排资金500万元，于5月底前拨付到位；县教育局负责督促施工进度。",
                vec![names(&[
                    ("县财政局", Responsible),
                    ("县教育局", Responsible),
                ])],
            ),
            (
                "各镇人民政府要落实属地责任，县林业局、县消防救援大队按职责分工加强巡查。",
                vec![names(&[
                    ("各镇人民政府", Responsible),
                    ("县林业局", Responsible),
                    ("县消防救援大队", Responsible),
                ])],
            ),
            (
                "原则同意该方案，由县民政局根据会议意见修改完善后印发实施。",
                vec![names(&[("县民政局", Responsible)])],
            ),
            // Decisions numbered inside the line.
            (
                "会议议定：（一）国网城东供电公司要在9月15日前拿出方案；（二）区住建局牵头，每周召开协调会。",
                vec![names(&[
                    ("国网城东供电公司", Responsible),
                    ("区住建局", Lead),
                ])],
            ),
            (
                "县应急管理局要牵头修订预案，县水利局要加强巡查。",
                vec![names(&[("县应急管理局", Lead), ("县水利局", Responsible)])],
            ),
            // 会同: the first leads, those it works with support.
            (
                "会议要求，县住建局要会同县城管局、县自然资源局，加快施工进度。",
                vec![names(&[
                    ("县住建局", Lead),
                    ("县城管局", Support),
                    ("县自然资源局", Support),
                ])],
            ),
            // 由 inside the clause, after what is assigned; 请 opening it.
            (
                "会议明确，项目配套资金由县财政局负责落实，于7月15日前拨付。",
                vec![names(&[("县财政局", Responsible)])],
            ),
            (
                "会议原则同意该方案，请县商务局根据会议意见修改完善后印发。",
                vec![names(&[("县商务局", Responsible)])],
            ),
            // Two sentences, two decisions.
            (
                "由县水务局牵头推进。县环保局要加强监测。",
                vec![
                    names(&[("县水务局", Lead)]),
                    names(&[("县环保局", Responsible)]),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&decisions(text), want, "{text}");
        }
    }

    #[test]
    fn prose_that_assigns_nobody_is_no_decision() {
        for text in [
            // No named unit.
            "各有关部门要按照职责分工，加强协调配合。",
            "会议强调，当前正值防汛关键期，要压紧压实责任。",
            // Figures and a report, no assigning word after the units.
            "会议听取了县财政局关于决算草案的汇报。会议原则同意决算草案。",
            "2024年全县一般公共预算收入完成9.86亿元。",
            // A unit named inside the clause, not opening it; 由 inside a clause without an
            // assigning word after its units.
            "会议同意县卫生健康局提出的方案。",
            "会议听取了由县教育局提交的汇报。",
            // A person, not a unit.
            "会议决定成立工作专班，由李明远副县长任组长。",
            "",
        ] {
            assert!(decisions(text).is_empty(), "{text}");
        }
    }
}
