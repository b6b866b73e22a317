//! Responsibility markers: where they stand in a text and what they say.
//!
//! A marker is
//! - a bracketed group （…） (…) 〔…〕 […] 【…】 ［…］ whose whole content is a labelled unit
//!   list ("牵头单位：A；责任单位：B，C", "牵头：A；配合：B") or a list of unit groups each
//!   ending with a role word ("A牵头，B、C配合", "A牵头、B配合", "A、B按职责分工负责", "X牵头
//!   负责", "A、B分别负责落实", "由A牵头，B配合"), one group after the first perhaps its
//!   deadline ("…，2024年底前完成"); places (城关镇, 高新区) are units like organs;
//! - a group left open at the end of the text, when its content reads so with its last group
//!   cut short (an excerpt that stops inside "（A牵头，B、C");
//! - a label ("责任单位：…") at the start of the text or after a full stop, to the end; a
//!   "完成时限：…" label alone is the deadline of the marker right before it;
//! - labels in 【】 before their values ("【牵头单位】A【配合单位】B【完成时间】…"), to the end;
//! - a sentence wholly made of role-word groups after 由 ("由A负责，B、C配合。");
//! - where the document states that the first unit listed leads ([`Forms`]), a bracketed
//!   list of units naming no role after a full stop ("（A、B）");
//! - a line "以上任务由A牵头，B配合。" giving the items above it their units.
//!
//! Inside a marker, a prose tail after a full stop ("…开发区管委。以下任务均需…落实，不再
//! 一一列出") and a bracketed rule about the list ("（列第一位的为牵头单位，下同）") are
//! not units and are dropped; a 下同 at the end ("，下同", "（下同）") hands the units on. Prose that mentions 牵头 or
//! 负责 ("由县发改局牵头，会同…"), brackets holding anything else (（试行）, （以下简称…）) and
//! units "指导"-ing are no markers.

use std::borrow::Cow;
use std::sync::LazyLock;

use gongwen_model::{DeadlineKind, Unit, UnitRole};

use crate::lex::brackets::{BRACKETS, closes_marker, closes_name, opens_marker, opens_name};
use crate::lex::chrome::LABEL_BRACKETS;
use crate::lex::deadlines::DUE_VERBS;
use crate::lex::index::CharSet;
use crate::lex::organs::{COLLECTIVE_STARTS, OWN_LEVEL_ENDINGS};
use crate::lex::roles::{
    self, ABOVE_NOUNS, ABOVE_OPENERS, ABOVE_WORDS, ALL_WORD, ASIDE_STARTS, DITTO_TAILS, Field,
    ITEMS_WORD, MARKER_BY, PROSE_ROLE_ENDING, PROSE_STARTS, PROSE_VERBS, PROSE_WORDS, ROLE_ADVERBS,
    SAME_AS_ABOVE, SUPPORT_COLUMN_WORDS,
};
use crate::parse::deadline::parse_deadline;
use crate::parse::field_label::field_label_at;
use crate::parse::units::{UnitList, split_units, states_first_unit_leads};
use crate::text::chars::{is_cjk, is_organ_name, is_space};

/// Longest marker read (characters).
const MAX_MARKER: usize = 300;
/// Longest unit name accepted in a role-word marker (characters).
pub(super) const MAX_UNIT: usize = 30;
/// Longest name of a district or county acting as a unit (高新区, 平阴县; characters).
const MAX_PLACE: usize = 8;
/// How the name of a district, county or city ends.
const PLACE_ENDINGS: [char; 3] = ['区', '县', '市'];

/// What a marker says.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Marker {
    /// The marker text as printed, without its brackets.
    pub raw: String,
    pub units: Vec<Unit>,
    pub open: bool,
    /// A deadline the marker states ("完成时限：2024年10月底前").
    pub deadline: Option<String>,
    /// Ends with 下同: the units go to the following items too.
    pub ditto: bool,
    /// Says 同上: the units of the task before.
    pub same: bool,
    /// "以上任务由…": the units of the items above it.
    pub above: bool,
    /// Read from a sentence asking for the task ("请A、B在…前完成"), not from a marker.
    pub asked: bool,
}

impl Marker {
    /// Names no units, only a deadline ("完成时限：2024年3月底前"): it belongs to the marker
    /// just before it, and is text anywhere else.
    pub fn deadline_only(&self) -> bool {
        self.units.is_empty() && !self.same && self.deadline.is_some()
    }
}

/// A marker and the byte range it takes in its text (brackets included).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Cut {
    pub start: usize,
    pub end: usize,
    pub marker: Marker,
}

/// The marker forms a document uses beyond those every document may.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Forms {
    /// The document states that the first unit listed leads ("列在首位的单位为牵头单位"):
    /// a bracketed list of units with no role word after a full stop ("…增长6%左右。（市发展改
    /// 革委、市统计局）") is a marker too.
    pub bare_lists: bool,
    /// The document is a 纪要: its decisions assign units in prose ([`super::decisions`]).
    pub decisions: bool,
}

/// A text can hold a marker only with a marker word and a bracket, a colon, 由 (a sentence
/// "由A负责…", "以上任务由…") or a role word closing a clause (a sentence opening with the
/// units it follows: "A牵头，B配合。"). (Most items that say 负责 or 落实 say it in prose,
/// "负责做好…": they are not read further.)
pub(super) fn may_hold_marker(text: &str, forms: Forms) -> bool {
    if forms.decisions && super::decisions::may_assign(text) {
        return true;
    }
    if forms.bare_lists
        && BRACKETS
            .iter()
            .filter(|b| b.marker)
            .any(|b| text.contains(b.open))
    {
        return true;
    }
    has_marker_word(text) && (MARKER_SIGNS.any_in(text) || role_word_closes_clause(text))
}

/// What a text holding a marker word must also hold, unless a role word closes a clause:
/// a marker's opening bracket, a colon, 由. (One pass over the text, not one search per
/// character: this is asked of every paragraph.)
static MARKER_SIGNS: LazyLock<CharSet> = LazyLock::new(|| {
    let opens = BRACKETS.iter().filter(|b| b.marker).map(|b| b.open);
    CharSet::of(opens.chain(['：', ':']).chain(MARKER_BY.chars()))
});

/// Builds the table above now (see [`crate::warm_up`]).
pub(super) fn warm_up() {
    LazyLock::force(&MARKER_SIGNS);
}

/// A role word ends a clause of `text` ("…牵头，", "…配合。"): looked for only where a
/// clause ends. "落实" closes clauses of prose everywhere ("认真抓好落实。"): a list marked
/// by it alone is read when brackets or 由 say so.
fn role_word_closes_clause(text: &str) -> bool {
    text.char_indices()
        .filter(|(_, c)| matches!(c, '，' | '。' | '；' | ',' | ';'))
        .map(|(i, _)| &text[..i])
        .chain([text.trim_end_matches(is_space)])
        .any(|before| ending_role(before).is_some_and(|w| !w.word.ends_with(PROSE_ROLE_ENDING)))
}

/// A responsibility marker word in `text` ([`MARKER_WORDS`]).
pub(super) fn has_marker_word(text: &str) -> bool {
    // One pass over the characters, a word compared only where its first character stands:
    // fewer instructions than a substring search per word now that there are seventeen.
    roles::marker_word_index().holds_any(text)
}

/// `text` after an opener giving the items above their units: "以上任务由", "上述工作均由"
/// ([`ABOVE_OPENERS`]), or one counting them, "以上两项由", "以上3项任务由".
fn strip_above_opener(text: &str) -> Option<&str> {
    if let Some(rest) = ABOVE_OPENERS.iter().find_map(|w| text.strip_prefix(w)) {
        return Some(rest);
    }
    let rest = ABOVE_WORDS.iter().find_map(|w| text.strip_prefix(w))?;
    // "以上第1至3项由", "以上第4、5项由": the items named by their numbers (the items
    // above since the last with units of its own, as for a count).
    let numbered = rest.strip_prefix(ORDINAL_WORD);
    let rest = numbered.unwrap_or(rest);
    let count = rest
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_ascii_digit()
                || "两二三四五六七八九十".contains(c)
                || (numbered.is_some() && ITEM_RANGE_JOINTS.contains(&c)))
        })
        .map_or(rest.len(), |(i, _)| i);
    if count == 0 {
        return None;
    }
    let rest = rest[count..].strip_prefix(ITEMS_WORD)?;
    let rest = ABOVE_NOUNS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let rest = rest.strip_prefix(ALL_WORD).unwrap_or(rest);
    rest.strip_prefix(MARKER_BY)
}

/// What opens an item's number ("以上**第**1至3项").
const ORDINAL_WORD: &str = "第";
/// What joins the numbers of the items above ("第1**至**3项", "第4**、**5项", "第1-3项").
const ITEM_RANGE_JOINTS: [char; 6] = ['至', '、', '-', '－', '—', '~'];

/// Every marker of `text`, in order, none overlapping.
pub(super) fn cut_markers(text: &str, forms: Forms) -> Vec<Cut> {
    let trimmed = text.trim_matches(is_space);
    // "以上任务由县工信局牵头，…配合。": the whole line.
    if strip_above_opener(trimmed).is_some() {
        return parse_marker(trimmed, false)
            .map(|marker| Cut {
                start: 0,
                end: text.len(),
                marker,
            })
            .into_iter()
            .collect();
    }
    let mut cuts: Vec<Cut> = Vec::new();
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
                let bare = || {
                    (forms.bare_lists && after_stop(&text[..open_at]))
                        .then(|| bare_list(inner))
                        .flatten()
                };
                if let Some(marker) = parse_marker(inner, false).or_else(bare) {
                    cuts.push(Cut {
                        start: open_at,
                        end: i + c.len_utf8(),
                        marker,
                    });
                }
            }
        }
    }
    // A group still open at the end: an excerpt cut inside its marker.
    if depth > 0 {
        let inner = &text[open_at + c_len(text, open_at)..];
        if let Some(marker) = parse_marker(inner, true) {
            cuts.push(Cut {
                start: open_at,
                end: text.len(),
                marker,
            });
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
        } else if depth == 0 && boundary && !is_space(c) && field_label_at(&text[i..]).is_some() {
            if cuts.iter().any(|cut| cut.start >= i) {
                break;
            }
            if let Some(marker) = parse_marker(&text[i..], false).and_then(without_stub) {
                cuts.push(Cut {
                    start: i,
                    end: text.len(),
                    marker,
                });
            }
            break;
        }
        if depth == 0 && !is_space(c) {
            boundary = matches!(c, '。' | '；' | ';');
        } else if depth == 0 && i == 0 {
            boundary = true;
        }
    }
    // Sentences wholly a marker, where no marker of another form stands: opened by 由, or
    // by units a role word follows at a clause's end.
    let sentences =
        has_marker_word(text) && (text.contains(MARKER_BY) || role_word_closes_clause(text));
    let found = if sentences {
        sentence_markers(text)
    } else {
        Vec::new()
    };
    for cut in found {
        if !cuts.iter().any(|c| c.start < cut.end && cut.start < c.end) {
            cuts.push(cut);
        }
    }
    // A 纪要's decisions, where no marker of another form stands in their sentence.
    if forms.decisions {
        for d in super::decisions::decision_markers(text) {
            let sentence_start = text[..d.start]
                .trim_end_matches(['。', '！', '？'])
                .rfind(['。', '！', '？'])
                .map_or(0, |i| i + '。'.len_utf8());
            if !cuts
                .iter()
                .any(|c| c.end > sentence_start && c.start <= d.start)
            {
                cuts.push(d);
            }
        }
    }
    // "【牵头单位】A【配合单位】B": labels in brackets before their values, to the end.
    if let Some((start, labelled)) = bracketed_labels(text)
        && !cuts.iter().any(|cut| cut.end > start)
        && let Some(mut marker) = parse_marker(&labelled, false).and_then(without_stub)
    {
        marker.raw = text[start..].trim_matches(is_space).to_owned();
        cuts.push(Cut {
            start,
            end: text.len(),
            marker,
        });
    }
    cuts.sort_by_key(|c| c.start);
    let mut out: Vec<Cut> = Vec::with_capacity(cuts.len());
    for cut in cuts {
        if out.last().is_none_or(|last| cut.start >= last.end) {
            out.push(cut);
        }
    }
    out
}

/// `before` is empty or ends with a full stop: what follows starts a sentence.
fn after_stop(before: &str) -> bool {
    before
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '。' | '；' | ';' | '！' | '？'))
}

/// "市发展改革委、市统计局", "市发展改革委、市住房城乡建设局，各县〔市、区〕政府": a list of
/// units naming no role, every group of it units ([`names_units`]), none opening an aside
/// ("含县直各部门", "详见附件"). Its units are responsible; a rule of the document gives
/// the first the lead.
fn bare_list(inner: &str) -> Option<Marker> {
    let raw = inner.trim_matches(is_space);
    if raw.is_empty() || raw.chars().count() > MAX_MARKER {
        return None;
    }
    let groups = raw
        .split(['，', ',', '；', ';'])
        .map(|g| g.trim_matches(is_space));
    for g in groups {
        if g.is_empty() || ASIDE_STARTS.iter().any(|a| g.starts_with(a)) || !names_units(g) {
            return None;
        }
    }
    let list = split_units(raw);
    (!list.units.is_empty()).then(|| Marker {
        raw: raw.to_owned(),
        units: list.units,
        open: list.open,
        ..Marker::default()
    })
}

/// Sentences outside brackets that are wholly a marker opened by 由: "由县水利局负责，县财政
/// 局配合。", "由A、B按职责分工负责。" Each runs from the start of the text or a stop (。；)
/// to the next stop or the end, its stop included. Prose goes on after its groups ("由县发改
/// 局牵头，会同…", "由A牵头，B配合，完成了…") and is none.
fn sentence_markers(text: &str) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    let mut check = |from: usize, to: usize, end: usize| {
        let sentence = &text[from..to];
        let trimmed = sentence.trim_start_matches(is_space);
        if !has_marker_word(trimmed) {
            return;
        }
        // The marker opens the sentence ("由A负责，B配合", "A牵头，B、C配合"), or follows
        // the work it assigns ("此项工作由A负责", "专席建设由A负责"), which stays text.
        let at = subject_before_by(trimmed).unwrap_or(0);
        let body = &trimmed[at..];
        // Opened by 由 the sentence says it assigns; otherwise each of its names must be a
        // unit's beyond doubt ("各村要明确专人负责" names nobody). Most sentences are
        // neither: refused before they are parsed.
        let by = at == 0 && body.starts_with(MARKER_BY);
        if !(body.starts_with(MARKER_BY) || opens_with_unit(body)) {
            return;
        }
        if let Some(marker) = parse_marker(body, false).filter(|m| {
            !m.units.is_empty() && !m.above && (by || m.units.iter().all(|u| firm_unit(&u.name)))
        }) {
            cuts.push(Cut {
                start: from + (sentence.len() - trimmed.len()) + at,
                end,
                marker,
            });
        }
    };
    for (i, c) in text.char_indices() {
        if opens_marker(c) {
            depth += 1;
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && matches!(c, '。' | '；' | ';') {
            let end = i + c.len_utf8();
            check(start, i, end);
            start = end;
        }
    }
    if start < text.len() {
        check(start, text.len(), text.len());
    }
    cuts
}

/// Longest subject before 由 in a sentence assigning it ("清单汇总和公开工作由…").
const MAX_SUBJECT: usize = 12;

/// Where 由 stands after the short subject a sentence opens with ("此项工作由A负责",
/// "专席建设由A负责"): a few words, no punctuation, no digit (a year: "2023年由我局…" tells
/// what was done), not a unit itself.
fn subject_before_by(sentence: &str) -> Option<usize> {
    let at = sentence.find(MARKER_BY)?;
    let subject = &sentence[..at];
    let n = subject.chars().count();
    let plain = subject
        .chars()
        .all(|c| c.is_alphabetic() && !c.is_ascii() && !is_space(c));
    ((2..=MAX_SUBJECT).contains(&n) && plain && !names_units(subject)).then_some(at)
}

/// A name that is a unit's beyond doubt: an organ's or a place's, with no word of prose in
/// it ("各村要明确专人" is a sentence's subject and verb).
fn firm_unit(name: &str) -> bool {
    !name.contains(['要', '须']) && (is_organ_name(name) || is_place(name))
}

/// A place's name: a town, a street, a village (their own level), or a short name ending
/// in 区, 县 or 市.
fn is_place(name: &str) -> bool {
    OWN_LEVEL_ENDINGS.iter().any(|s| name.ends_with(s))
        || (name.chars().count() <= MAX_PLACE && name.ends_with(PLACE_ENDINGS))
}

/// The sentence opens with units and a role word closing its first clause ("县财政局负责，
/// …", "A、B牵头。"), not with prose ("要加强…", "县财政局负责做好…").
fn opens_with_unit(body: &str) -> bool {
    let first = body
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or_default()
        .trim_end_matches(is_space);
    without_role(first).is_some_and(names_units)
}

/// A labelled marker that runs to the end of its text and stops inside its last name, as an
/// excerpt cut there does ("…【牵头单位】人事", "责任单位：县发改局、县财"): that stub — a
/// few characters that name no unit — is none, and the list was cut open. `None` when
/// nothing is left.
fn without_stub(mut m: Marker) -> Option<Marker> {
    /// Longest stub (characters): a longer name is kept even when it reads like no organ
    /// ("县气象台").
    const MAX_STUB: usize = 3;
    let raw = m.raw.trim_end_matches(is_space);
    let stub = m.units.last().is_some_and(|u| {
        raw.ends_with(u.name.as_str())
            && u.name.chars().count() <= MAX_STUB
            && !names_units(&u.name)
    });
    if stub {
        m.units.pop();
        m.open = true;
    }
    (!m.units.is_empty() || m.same || m.deadline.is_some()).then_some(m)
}

/// Where the first bracketed label of units or a deadline stands in `text` ("…增长。
/// 【牵头单位】县医保局【配合单位】财务股【完成时间】2024年10月"), and the text from there with
/// each such label written with its colon ("牵头单位：县医保局；配合单位：财务股；完成时间：
/// 2024年10月").
fn bracketed_labels(text: &str) -> Option<(usize, String)> {
    if !LABEL_BRACKETS.iter().any(|(open, _)| text.contains(*open)) {
        return None;
    }
    // (start of the bracket, end of the bracket, the label)
    let labels: Vec<(usize, usize, &str)> = text
        .char_indices()
        .filter_map(|(i, _)| label_in_brackets(&text[i..]).map(|(len, word)| (i, i + len, word)))
        .collect();
    let &(start, _, _) = labels.first()?;
    let mut out = String::with_capacity(text.len() - start + 8 * labels.len());
    for (k, &(_, end, word)) in labels.iter().enumerate() {
        let value_end = labels.get(k + 1).map_or(text.len(), |next| next.0);
        if k > 0 {
            out.push('；');
        }
        out.push_str(word);
        out.push('：');
        out.push_str(text.get(end..value_end).unwrap_or_default());
    }
    Some((start, out))
}

/// A label of units or a deadline in [`LABEL_BRACKETS`] at the start of `s`
/// ("【配合单位】"): the length of the bracketed text in bytes, and the label.
fn label_in_brackets(s: &str) -> Option<(usize, &'static str)> {
    let (open, close) = LABEL_BRACKETS.iter().find(|(o, _)| s.starts_with(*o))?;
    let inner = &s[open.len_utf8()..];
    let at = inner.find(*close)?;
    let word = inner[..at].trim_matches(is_space);
    let name = roles::labels()
        .find(|n| n.word == word && matches!(n.field, Field::Units(_) | Field::Deadline))?;
    Some((open.len_utf8() + at + close.len_utf8(), name.word))
}

fn c_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

/// Reads a marker's text (without brackets): a labelled list, role-word groups, 同上, or
/// an "以上任务由…" line. `cut_short`: the text stops inside the marker (an excerpt), so its
/// last group may have lost its role word.
pub(super) fn parse_marker(inner: &str, cut_short: bool) -> Option<Marker> {
    let raw = inner.trim_matches(is_space);
    if raw.is_empty() || raw.chars().count() > MAX_MARKER {
        return None;
    }
    let (body, above) = match strip_above_opener(raw) {
        Some(rest) => (rest, true),
        None => (raw, false),
    };
    // "（由县财政局牵头，县审计局配合）": the same groups after 由.
    let body = body.strip_prefix(MARKER_BY).unwrap_or(body);
    // Most bracketed groups are no marker ("（以下简称…）"): ruled out before anything is
    // copied.
    let labelled = field_label_at(body).is_some();
    if !labelled && body != SAME_AS_ABOVE && !has_marker_word(body) {
        return None;
    }
    // "（首位单位为牵头单位，下同）": a rule about the lists, no list.
    if !labelled && states_first_unit_leads(body) {
        return None;
    }
    let body = without_rules(body);
    let body = without_rule_sentence(&body);
    let body = without_prose_tail(body);
    let (body, ditto) = strip_ditto(body);
    if body.is_empty() {
        return None;
    }
    let mut deadline_group = None;
    if !labelled && body != SAME_AS_ABOVE {
        deadline_group = role_word_groups(body, cut_short)?;
    }
    let mut m = Marker {
        raw: raw.to_owned(),
        ditto,
        above,
        ..Marker::default()
    };
    if labelled {
        read_labelled(body, &mut m);
        // "责任单位：A；配合单位：B": A answers for the task against B that helps.
        answerable_leads(&mut m.units, body);
    } else if body == SAME_AS_ABOVE {
        m.same = true;
        return Some(m);
    } else {
        // The units without the deadline group: it names no unit.
        let list = match deadline_group {
            Some(d) => {
                m.deadline = Some(d.to_owned());
                split_units(&body.replacen(d, "", 1))
            }
            None => split_units(body),
        };
        m.units = list.units;
        m.open = list.open;
        answerable_leads(&mut m.units, body);
    }
    // An excerpt cut inside a name leaves a stub ("责任单位：市"): no unit.
    m.units.retain(|u| u.name.chars().count() >= 2);
    // "完成时限：长期坚持" alone: the deadline of the units labelled before it.
    (!m.units.is_empty() || m.same || (labelled && m.deadline.is_some())).then_some(m)
}

/// "A、B负责，C配合": with no unit said to lead, those that answer for the task against
/// those that help (配合, 协助, 协同 …) are its leads — as a single 责任单位 column beside a
/// 配合单位 column is read in a table. A list of responsible units alone stays responsible,
/// and so do those beside an organ that guides ("A指导，B负责落实").
pub(super) fn answerable_leads(units: &mut [Unit], text: &str) {
    let has = |role| units.iter().any(|u| u.role == role);
    let helps = SUPPORT_COLUMN_WORDS.iter().any(|w| text.contains(w));
    if helps && !has(UnitRole::Lead) && has(UnitRole::Support) {
        for u in units.iter_mut().filter(|u| u.role == UnitRole::Responsible) {
            u.role = UnitRole::Lead;
        }
    }
}

/// `s` without the bracketed groups that state a rule about the list ("（列第一位的为牵头
/// 单位，下同）", "(首位单位为牵头单位,下同)"): the rule is read from the document's text,
/// and its words are no unit.
fn without_rules(s: &str) -> Cow<'_, str> {
    if !s.contains("牵头") {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut open_at = 0usize;
    let mut from = 0usize;
    for (i, c) in s.char_indices() {
        if opens_marker(c) {
            if depth == 0 {
                open_at = i;
            }
            depth += 1;
        } else if closes_marker(c) && depth > 0 {
            depth -= 1;
            if depth == 0 && states_first_unit_leads(&s[open_at..i]) {
                out.push_str(&s[from..open_at]);
                from = i + c.len_utf8();
            }
        }
    }
    if from == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[from..]);
    Cow::Owned(out)
}

/// `s` without a last sentence that states the rule about the list, unbracketed ("责任单位：
/// A、B。列第一位的为牵头单位，下同"): the rule is read from the document's text, its words
/// are no unit, and its 下同 carries the rule, not the units.
fn without_rule_sentence(s: &str) -> &str {
    if !s.contains("牵头") {
        return s;
    }
    top_level(s)
        .filter(|&(_, c)| matches!(c, '。' | '；' | ';'))
        .find(|&(i, c)| states_first_unit_leads(&s[i + c.len_utf8()..]))
        .map_or(s, |(i, _)| &s[..i])
}

/// The characters of `s` outside brackets (the brackets themselves left out), with their
/// byte positions.
fn top_level(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut depth = 0usize;
    s.char_indices().filter(move |&(_, c)| {
        if opens_marker(c) {
            depth += 1;
            false
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
            false
        } else {
            depth == 0
        }
    })
}

/// `s` up to its first full stop outside brackets when prose follows it that labels no
/// units: "…开发区管委。以下任务均需各区市政府落实" → "…开发区管委".
fn without_prose_tail(s: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        if opens_name(c) {
            depth += 1;
        } else if closes_name(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && c == '。' {
            let tail = s[i + c.len_utf8()..].trim_matches(is_space);
            let labels_units = roles::labels().any(|n| tail.contains(n.word));
            if !tail.is_empty() && !labels_units {
                return &s[..i];
            }
        }
    }
    s
}

/// "…，下同" or "…（下同）" → ("…", true).
fn strip_ditto(s: &str) -> (&str, bool) {
    let s = s.trim_matches(|c: char| is_space(c) || matches!(c, '。' | '.'));
    for tail in DITTO_TAILS {
        let bracketed = s
            .strip_suffix(|c: char| closes_marker(c))
            .and_then(|t| t.strip_suffix(tail))
            .and_then(|t| t.strip_suffix(|c: char| opens_marker(c)));
        if let Some(rest) = bracketed.or_else(|| s.strip_suffix(tail)) {
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
        if depth == 0
            && i >= skip_to
            && let Some((slot, rest)) = field_label_at(&text[i..])
        {
            skip_to = text.len() - rest.len();
            found.push((slot, skip_to, i));
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
                // "责任单位：A、B，2024年10月底前完成": the last group a deadline of its own.
                let (value, deadline) = trailing_deadline(value);
                if let Some(d) = deadline {
                    m.deadline.get_or_insert_with(|| d.to_owned());
                }
                let list: UnitList = split_units(value);
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

/// A labelled unit list without the deadline its last group states, and that deadline:
/// "A、B，2024年10月底前完成" → ("A、B", "2024年10月底前完成"). Only a short group after a
/// comma (or ；) outside brackets that reads as a deadline and names no unit.
fn trailing_deadline(value: &str) -> (&str, Option<&str>) {
    /// Longest deadline group read after a unit list (characters).
    const MAX_DEADLINE: usize = 20;
    let Some((at, after)) = top_level(value)
        .filter(|&(_, c)| matches!(c, '，' | '；' | ',' | ';'))
        .last()
        .map(|(i, c)| (i, i + c.len_utf8()))
    else {
        return (value, None);
    };
    let group = value[after..].trim_matches(|c: char| is_space(c) || c == '。');
    let units = value[..at].trim_matches(is_space);
    let is_deadline = !group.is_empty()
        && !units.is_empty()
        && group.chars().count() <= MAX_DEADLINE
        && !names_units(group)
        && parse_deadline(group, None).0 != DeadlineKind::Unknown;
    if is_deadline {
        (units, Some(group))
    } else {
        (value, None)
    }
}

/// The groups of a role-word marker when every group of `text` (split at ，；) names units
/// and ends with a role word: "县发改局牵头，县财政局、各镇（街道）按职责分工负责". One group
/// after the first may be the marker's deadline instead ("…按职责分工负责，2024年底前完成"):
/// it is returned. When the text was `cut_short`, its last group only has to name units, and
/// an earlier one must end with a role word.
fn role_word_groups(text: &str, cut_short: bool) -> Option<Option<&str>> {
    /// Longest deadline group read in a role-word marker (characters).
    const MAX_DEADLINE: usize = 20;
    let mut groups: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        if opens_marker(c) {
            depth += 1;
        } else if closes_marker(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && matches!(c, '，' | '；' | ',' | ';') {
            groups.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    groups.push(&text[start..]);
    let mut groups: Vec<&str> = groups
        .into_iter()
        .map(|g| g.trim_matches(|c: char| is_space(c) || c == '。'))
        .filter(|g| !g.is_empty())
        .collect();
    let with_role = |group: &str| {
        without_role(group).is_some_and(|n| {
            // "县发改局牵头、县财政局配合": roles between the entries too.
            let entries: Vec<&str> = split_entries(n)
                .into_iter()
                .map(|e| without_role(e).unwrap_or(e))
                .collect();
            !n.is_empty() && names_units(&entries.join("、"))
        })
    };
    let is_deadline = |group: &str| {
        group.chars().count() <= MAX_DEADLINE
            && !with_role(group)
            && (parse_deadline(group, None).0 != DeadlineKind::Unknown || before_event(group))
    };
    let deadline = groups
        .iter()
        .skip(1)
        .position(|g| is_deadline(g))
        .map(|k| groups.remove(k + 1));
    let ok = match groups.split_last() {
        None => false,
        Some((last, before)) if cut_short => {
            before.iter().all(|g| with_role(g))
                && (with_role(last) || (!before.is_empty() && names_units(last)))
        }
        // "A牵头，B、C，D配合", "A、B，C按职责分工负责": a list of units broken by a comma
        // before a group with a role.
        Some(_) => groups.iter().enumerate().all(|(k, g)| {
            with_role(g) || (names_units(g) && groups[k + 1..].iter().any(|a| with_role(a)))
        }),
    };
    // One group at least ends with a role word that marks a group alone.
    let alone = |group: &str| roles::role_word_ending(group).is_some_and(|w| w.alone);
    (ok && groups.iter().any(|g| alone(g))).then_some(deadline)
}

/// "汛期前完成", "春节前": a deadline set by an event, not a date (kept as printed, of no
/// known kind): a short group of ideographs ending with 前, perhaps then a word of finishing,
/// naming no unit.
fn before_event(group: &str) -> bool {
    /// Longest event named (characters): 主汛期, 秋季开学, 供暖季开始.
    const MAX_EVENT: usize = 6;
    let g = DUE_VERBS
        .iter()
        .find_map(|v| group.strip_suffix(v))
        .unwrap_or(group);
    g.strip_suffix('前').is_some_and(|event| {
        let n = event.chars().count();
        (2..=MAX_EVENT).contains(&n)
            && event.chars().all(is_cjk)
            && !is_organ_name(event)
            && !names_units(event)
    })
}

/// `group` without the role word it ends with (and the adverb before it: "A、B分别负责落实"),
/// or `None` when it ends with none.
fn without_role(group: &str) -> Option<&str> {
    ending_role(group)
        .and_then(|w| group.strip_suffix(w.word))
        .map(|n| {
            let n = n.trim_matches(is_space);
            ROLE_ADVERBS
                .iter()
                .find_map(|a| n.strip_suffix(a))
                .unwrap_or(n)
                .trim_matches(is_space)
        })
}

/// The role word `s` ends with, if any (the first of [`role_words`], longer before shorter).
fn ending_role(s: &str) -> Option<&'static roles::RoleWord> {
    roles::role_word_ending(s)
}

/// The entries of a list, split at 、 outside brackets.
fn split_entries(list: &str) -> Vec<&str> {
    let mut depth = 0usize;
    let mut start = 0;
    let mut entries = Vec::new();
    for (i, c) in list.char_indices() {
        if opens_name(c) {
            depth += 1;
        } else if closes_name(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && c == '、' {
            entries.push(&list[start..i]);
            start = i + c.len_utf8();
        }
    }
    entries.push(&list[start..]);
    entries
}

/// "县财政局、各镇（街道）" names units: every entry is short, reads like an organ, a place
/// (城关镇, 高新区) or a collective, and is not prose ("由县政府", "此项工作").
pub(super) fn names_units(list: &str) -> bool {
    split_entries(list).iter().all(|e| {
        let e = e.trim_matches(is_space);
        let n = e.chars().count();
        let prose = PROSE_STARTS.iter().any(|p| e.starts_with(p))
            || PROSE_VERBS.iter().any(|p| e.starts_with(p))
            || (e.contains('由') && !e.contains("自由"))
            // "未标注的单位按职责配合": a clause about units, no name (no organ's name
            // holds 的).
            || e.contains(['。', '：', ':', '“', '”', '的'])
            || PROSE_WORDS.iter().any(|w| e.contains(w));
        (2..=MAX_UNIT).contains(&n)
            && !prose
            && (is_organ_name(e)
                || is_organ_name(before_trailing_group(e))
                || is_place(e)
                || COLLECTIVE_STARTS.iter().any(|s| e.starts_with(s))
                || e.ends_with('等'))
    })
}

/// "市府办〔市大数据局〕" → "市府办": a name without the bracketed group it ends with.
fn before_trailing_group(name: &str) -> &str {
    let Some(last) = name.chars().next_back().filter(|&c| closes_name(c)) else {
        return name;
    };
    let body = &name[..name.len() - last.len_utf8()];
    let mut depth = 1usize;
    for (i, c) in body.char_indices().rev() {
        if closes_name(c) {
            depth += 1;
        } else if opens_name(c) {
            depth -= 1;
            if depth == 0 {
                return &name[..i];
            }
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use gongwen_model::UnitRole;

    use super::*;

    /// The items above named by their numbers ("以上第1至3项由…", "以上第4、5项由…").
    #[test]
    fn items_above_named_by_number() {
        for text in [
            "以上第1至3项由市生态环境局牵头，市发展改革委配合。",
            "以上第4、5项由市公安局交警支队、市交通运输局按职责分工负责。",
        ] {
            let m = parse_marker(text, false).expect("a marker");
            assert!(m.above, "{text}");
        }
        // Negative: "以上" before no count or number is no opener.
        assert!(strip_above_opener("以上第一批由市财政局拨付").is_none());
    }

    /// A deadline set by an event ("汛期前完成") closes a role-word marker as its deadline;
    /// a group naming units before 前 is no such deadline.
    #[test]
    fn a_deadline_set_by_an_event() {
        let m = parse_marker(
            "以上任务由区水务局牵头，区城管局、区应急管理局配合，汛期前完成。",
            false,
        )
        .expect("a marker");
        assert!(m.above);
        assert_eq!(m.deadline.as_deref(), Some("汛期前完成"));
        assert_eq!(
            names(&m.units, None),
            ["区水务局", "区城管局", "区应急管理局"]
        );
        assert!(before_event("春节前"));
        assert!(!before_event("区水务局前"));
        assert!(!before_event("前"));
        assert!(!before_event("2025年前完成"));
    }

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
            // The organs that guide a task (a State Council plan names them so), with the
            // units that carry it or alone.
            (
                "生态环境部、国家发展改革委指导",
                &["生态环境部", "国家发展改革委"],
                &[],
                false,
            ),
            (
                "柏岩市生态环境局指导，各县（区）人民政府负责落实",
                &["柏岩市生态环境局", "各县（区）人民政府"],
                &[],
                false,
            ),
            // 督导 as 指导: the organ that oversees supports.
            (
                "各县（区）农业农村局负责，县农业执法大队督导",
                &["各县（区）农业农村局", "县农业执法大队"],
                &[],
                false,
            ),
            (
                "县发改局统筹，县财政局配合",
                &["县发改局", "县财政局"],
                &["县发改局"],
                false,
            ),
            (
                "牵头单位：县发改局；责任单位：县财政局、县住建局",
                &["县发改局", "县财政局", "县住建局"],
                &["县发改局"],
                false,
            ),
            // A rectification notice's labels.
            (
                "整改责任单位：县市场监管局、县税务局；整改时限：2024年6月30日前",
                &["县市场监管局", "县税务局"],
                &[],
                false,
            ),
            (
                "牵头单位：县发改局，责任单位：县财政局、县住建局",
                &["县发改局", "县财政局", "县住建局"],
                &["县发改局"],
                false,
            ),
            // Commas both between the roles and between the units.
            (
                "牵头单位:县城管局,责任单位:县发改局,县财政局,县自然资源局",
                &["县城管局", "县发改局", "县财政局", "县自然资源局"],
                &["县城管局"],
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
            // X牵头负责 names a lead; 负责落实 / 分别负责落实 responsible units.
            (
                "市农业农村局牵头负责",
                &["市农业农村局"],
                &["市农业农村局"],
                false,
            ),
            ("县司法局负责落实", &["县司法局"], &[], false),
            (
                "县司法局、县政府办公室分别负责落实",
                &["县司法局", "县政府办公室"],
                &[],
                false,
            ),
            // Brackets inside the names.
            (
                "各县（市、区）人民政府负责",
                &["各县（市、区）人民政府"],
                &[],
                false,
            ),
            // A prose tail after the full stop is no unit.
            (
                "牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出",
                &[
                    "市行政审批服务局",
                    "市直有关部门",
                    "单位",
                    "各区市政府",
                    "开发区管委",
                ],
                &["市行政审批服务局"],
                false,
            ),
            // A rule about the list is no unit, and its 下同 is the rule's.
            (
                "责任单位:区港航服务中心、区交通运输局、区发展改革局(列第一位的为牵头单位,下同)",
                &["区港航服务中心", "区交通运输局", "区发展改革局"],
                &[],
                false,
            ),
            (
                "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局",
                &["县发改局", "县财政局", "县税务局"],
                &[],
                false,
            ),
            // Organs that end in 机关, 联, 协.
            (
                "县纪委监委机关、县直机关工委按职责分工负责",
                &["县纪委监委机关", "县直机关工委"],
                &[],
                false,
            ),
            (
                "县妇联牵头，县残联、县科协配合",
                &["县妇联", "县残联", "县科协"],
                &["县妇联"],
                false,
            ),
            // Roles between entries, after 由, as labels, as 为…单位; places as units.
            (
                "县发改局牵头、县财政局配合",
                &["县发改局", "县财政局"],
                &["县发改局"],
                false,
            ),
            (
                "由县财政局牵头，县审计局配合",
                &["县财政局", "县审计局"],
                &["县财政局"],
                false,
            ),
            (
                "牵头：县发改局；配合：县财政局",
                &["县发改局", "县财政局"],
                &["县发改局"],
                false,
            ),
            (
                "县发改局为牵头单位，县财政局为配合单位",
                &["县发改局", "县财政局"],
                &["县发改局"],
                false,
            ),
            (
                "县发改局主责，县财政局协办",
                &["县发改局", "县财政局"],
                &["县发改局"],
                false,
            ),
            (
                "城关镇、河西镇、高新区负责",
                &["城关镇", "河西镇", "高新区"],
                &[],
                false,
            ),
            ("各乡镇抓好落实", &["各乡镇"], &[], false),
            // 下同 in brackets of its own.
            ("责任单位：县发改局（下同）", &["县发改局"], &[], true),
            // Any unit label after 为; 按分工 before the role word; labels of any role
            // and kind of office.
            (
                "各街道办事处为责任主体，区城管局为牵头单位",
                &["各街道办事处", "区城管局"],
                &["区城管局"],
                false,
            ),
            (
                "区住建局为牵头部门，区财政局为配合部门",
                &["区住建局", "区财政局"],
                &["区住建局"],
                false,
            ),
            (
                "区商务局、区税务局按分工负责",
                &["区商务局", "区税务局"],
                &[],
                false,
            ),
            (
                "主责单位：区教育局；协同单位：区财政局、各街道办事处",
                &["区教育局", "区财政局", "各街道办事处"],
                &["区教育局"],
                false,
            ),
            (
                "牵头股室：规划股；配合股室：城建股",
                &["规划股", "城建股"],
                &["规划股"],
                false,
            ),
            // A deadline group after the units is the marker's deadline.
            (
                "县发改局牵头，县财政局、各乡镇人民政府按职责分工负责，2024年底前完成",
                &["县发改局", "县财政局", "各乡镇人民政府"],
                &["县发改局"],
                false,
            ),
            // 以上任务由…: the units of the items above.
            (
                "以上任务由县工信局牵头，县数据资源局、各乡镇人民政府配合",
                &["县工信局", "县数据资源局", "各乡镇人民政府"],
                &["县工信局"],
                false,
            ),
        ];
        for (text, all, leads, ditto) in cases {
            let m = parse_marker(text, false).unwrap_or_else(|| panic!("{text:?} is a marker"));
            assert_eq!(names(&m.units, None), *all, "{text:?}");
            assert_eq!(names(&m.units, Some(UnitRole::Lead)), *leads, "{text:?}");
            assert_eq!(m.ditto, *ditto, "{text:?}");
            assert_eq!(m.above, text.starts_with("以上"), "{text:?}");
        }
        // Not markers.
        for text in [
            "试行",
            "以下简称“领导小组”",
            // 统筹 gives a role beside another role word, never alone.
            "国家发展改革委统筹",
            "由县发改局牵头，会同有关部门研究制定实施细则",
            "此项工作由各镇负责",
            "2024年6月底前完成",
            "负责",
            "详见附件2",
            "含县直各部门",
            "列第一位的为牵头单位，下同",
            "首位单位为牵头单位,下同",
            "以上任务要认真负责",
            "由各乡镇负责组织实施",
            "政策落实",
            "重点区域负责",
        ] {
            assert_eq!(parse_marker(text, false), None, "{text:?}");
        }
        // Older and ministry documents name the units that take part with 参加.
        let m =
            parse_marker("规划计划司牵头，河湖保护司、各流域管理局参加", false).unwrap_or_default();
        assert_eq!(
            names(&m.units, None),
            ["规划计划司", "河湖保护司", "各流域管理局"]
        );
        assert_eq!(names(&m.units, Some(UnitRole::Lead)), ["规划计划司"]);
        assert_eq!(
            names(&m.units, Some(UnitRole::Support)),
            ["河湖保护司", "各流域管理局"]
        );
        // Taking part in a meeting is no marker.
        assert_eq!(parse_marker("各乡镇分管负责同志参加会议", false), None);
        let m = parse_marker("县住建局负责；长期坚持", false).unwrap_or_default();
        assert_eq!(m.deadline.as_deref(), Some("长期坚持"));
        assert_eq!(names(&m.units, None), ["县住建局"]);
        // A deadline alone is no marker.
        assert_eq!(parse_marker("2024年底前完成", false), None);
        let m = parse_marker("牵头单位：同上", false).unwrap_or_default();
        assert!(m.same);
        let m =
            parse_marker("牵头单位：县商务局；完成时限：2024年10月底前", false).unwrap_or_default();
        assert_eq!(m.deadline.as_deref(), Some("2024年10月底前"));
        // A labelled list whose last group is its deadline; a last group that is a unit,
        // or a long clause, stays in the list.
        let m = parse_marker(
            "责任单位：柏岩县自然资源局、县住建局，2025年3月底前完成",
            false,
        )
        .unwrap_or_default();
        assert_eq!(m.deadline.as_deref(), Some("2025年3月底前完成"));
        assert_eq!(names(&m.units, None), ["柏岩县自然资源局", "县住建局"]);
        // The rule about the list as the marker's last sentence: no unit, no 下同 of units.
        let m = parse_marker(
            "责任单位：柏岩市发改委、市统计局。列第一位的为牵头单位，下同",
            false,
        )
        .unwrap_or_default();
        assert_eq!(names(&m.units, None), ["柏岩市发改委", "市统计局"]);
        assert!(!m.ditto);
        let m = parse_marker("责任单位：县财政局，各乡镇人民政府", false).unwrap_or_default();
        assert_eq!(m.deadline, None);
        assert_eq!(names(&m.units, None), ["县财政局", "各乡镇人民政府"]);
    }

    /// A text that stops inside a marker: its last group may lack the role word.
    #[test]
    fn cut_short() {
        let m = parse_marker(
            "市府办〔市大数据局〕牵头,市政府各部门、各县〔区〕政府、各功能区管委",
            true,
        )
        .unwrap_or_default();
        assert_eq!(
            names(&m.units, None),
            [
                "市府办〔市大数据局〕",
                "市政府各部门",
                "各县〔区〕政府",
                "各功能区管委"
            ]
        );
        assert_eq!(
            names(&m.units, Some(UnitRole::Lead)),
            ["市府办〔市大数据局〕"]
        );
        // Complete, the same text is no marker: its last group has no role word.
        assert_eq!(
            parse_marker("市府办牵头,市政府各部门、各县〔区〕政府", false),
            None
        );
        // Cut short, prose still is none.
        for text in ["由县发改局牵头，会同", "县发改局", "详见附件"] {
            assert_eq!(parse_marker(text, true), None, "{text:?}");
        }
    }

    /// Only a text with a marker word is read for markers (whether it holds one is for
    /// [`cut_markers`]: `cutting`).
    #[test]
    fn texts_that_may_hold_a_marker() {
        for yes in [
            "（县发改局牵头，各镇配合）",
            "牵头单位：县发改局",
            "责任单位:县财政局",
            "〔责任单位：县教体局〕",
            "加强监管。（下同）",
            "以上任务由县工信局牵头，县数据资源局配合。",
            "县财政局负责，6月30日前完成。",
        ] {
            assert!(may_hold_marker(yes, Forms::default()), "{yes}");
        }
        for no in [
            "（一）加强政策解读",
            "统一受理企业通过热线、网站、移动端等渠道反映的诉求。",
            "",
        ] {
            assert!(!may_hold_marker(no, Forms::default()), "{no}");
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
        // (text, the markers' texts as printed, brackets included)
        let cases: &[(&str, &[&str])] = &[
            (
                "加快推进项目建设，2024年10月底前完成。（牵头单位：县发改局；责任单位：县财政局）",
                &["（牵头单位：县发改局；责任单位：县财政局）"],
            ),
            (
                "完善标准体系。（市场监管总局、工业和信息化部负责）推广先进技术。（工业和信息化部负责）",
                &[
                    "（市场监管总局、工业和信息化部负责）",
                    "（工业和信息化部负责）",
                ],
            ),
            (
                "建立联席会议制度〔牵头单位：县政府办公室，责任单位：各镇（街道）〕",
                &["〔牵头单位：县政府办公室，责任单位：各镇（街道）〕"],
            ),
            (
                "牵头单位：县住建局；配合单位：县城管局、县公安局",
                &["牵头单位：县住建局；配合单位：县城管局、县公安局"],
            ),
            (
                "做好统筹衔接。责任单位：县发改局、县统计局",
                &["责任单位：县发改局、县统计局"],
            ),
            ("由县发改局牵头，会同县财政局研究制定实施细则。", &[]),
            ("对各县（市、区）开展督导（详见附件）。", &[]),
            // Open at the end: an excerpt cut inside the marker.
            (
                "形成基本框架。(市府办〔市大数据局〕牵头,市政府各部门、各县〔区〕政府",
                &["(市府办〔市大数据局〕牵头,市政府各部门、各县〔区〕政府"],
            ),
            ("未闭合的括号（县发改局负责", &["（县发改局负责"]),
            ("未闭合的括号（详见附件", &[]),
            // A rule in brackets inside a labelled list: the list is the marker.
            (
                "责任单位:县发改局(首位单位为牵头单位,下同)、县经信局",
                &["责任单位:县发改局(首位单位为牵头单位,下同)、县经信局"],
            ),
            // Several groups joined by 、 in one sentence.
            (
                "公开年度计划（牵头单位：县发展改革局）、推进债券公开（牵头单位：县财政局）、做好政策发布",
                &["（牵头单位：县发展改革局）", "（牵头单位：县财政局）"],
            ),
            (
                "以上任务由县工信局牵头，县数据资源局配合。",
                &["以上任务由县工信局牵头，县数据资源局配合。"],
            ),
            // A sentence that is wholly a marker opened by 由, closing the text or not.
            (
                "推进污水管网建设，新建管网12公里。由区水务局负责，区财政局、区住建局配合。",
                &["由区水务局负责，区财政局、区住建局配合。"],
            ),
            (
                "完善排水防涝设施。由区水务局、区城管局按职责分工负责。推进海绵城市建设。由区住建局负责",
                &["由区水务局、区城管局按职责分工负责。", "由区住建局负责"],
            ),
            // After the work it assigns (which stays text), or opening with the units:
            // blind labellers of held-out sets 7 and 8 read such sentences as the item's
            // units, as they read a bracketed marker.
            (
                "排查工作由区应急局负责，区消防救援大队配合。",
                &["由区应急局负责，区消防救援大队配合。"],
            ),
            (
                "分年度制定改造计划。该项工作由省住建厅负责，省发改委、省财政厅予以支持。",
                &["由省住建厅负责，省发改委、省财政厅予以支持。"],
            ),
            (
                "三年改造老旧小区320个。(市住建局牵头,市发改委、市财政局,各区县人民政府配合)",
                &["(市住建局牵头,市发改委、市财政局,各区县人民政府配合)"],
            ),
            (
                "公开涉农资金使用情况。(县农业农村局、县乡村振兴局,各乡镇人民政府按职责分工负责)",
                &["(县农业农村局、县乡村振兴局,各乡镇人民政府按职责分工负责)"],
            ),
            (
                "以上两项由县政府办牵头，县大数据中心配合。",
                &["以上两项由县政府办牵头，县大数据中心配合。"],
            ),
            ("以上两项工作已全部完成。", &[]),
            ("以上内容由县政府办负责解释。", &[]),
            (
                "逐户登记造册。县财政局负责，6月30日前完成。",
                &["县财政局负责，6月30日前完成。"],
            ),
            (
                "引导居民安装自闭阀。省住房城乡建设厅牵头，省市场监管局、省商务厅配合。",
                &["省住房城乡建设厅牵头，省市场监管局、省商务厅配合。"],
            ),
            // Prose goes on after the groups; a year or a comma before 由 (what was done);
            // everybody asked in prose.
            (
                "全年梳理项目86个。由区发改局牵头，区财政局配合，完成了全区项目库更新。",
                &[],
            ),
            (
                "依法实施联合惩戒。区发改局牵头，区市场监管局配合，推动抽查结果与信用监管衔接。",
                &[],
            ),
            ("2023年，由我局牵头，会同区住建局开展专项整治。", &[]),
            ("2023年由我局牵头，区住建局配合。", &[]),
            ("各单位要负责做好本系统的政务公开工作。", &[]),
            ("压实主体责任，落实属地管理责任。", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = cut_markers(text, Forms::default())
                .iter()
                .map(|c| &text[c.start..c.end])
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    /// Units asked to back a task (予以支持) help it: the one that answers for it leads.
    #[test]
    fn backing_units_support() {
        let m =
            parse_marker("由省住建厅负责，省发改委、省财政厅予以支持", false).expect("a marker");
        let roles: Vec<(&str, UnitRole)> =
            m.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
        assert_eq!(
            roles,
            [
                ("省住建厅", UnitRole::Lead),
                ("省发改委", UnitRole::Support),
                ("省财政厅", UnitRole::Support)
            ]
        );
    }

    /// Where the document states that the first unit listed leads, a bracketed list of units
    /// naming no role after a full stop is a marker; asides, and a bracket after a word,
    /// are not; without the rule, no bare list is.
    #[test]
    fn bare_lists_under_a_stated_rule() {
        let rule = Forms {
            bare_lists: true,
            ..Forms::default()
        };
        let cases: &[(&str, &[&str])] = &[
            (
                "全年新增城镇就业1.2万人。（区人社局、区统计局）",
                &["区人社局", "区统计局"],
            ),
            (
                "（区发改委、区住建局，各街道办事处）",
                &["区发改委", "区住建局", "各街道办事处"],
            ),
            (
                "推进老旧小区改造。（区住建局）完善物业管理。",
                &["区住建局"],
            ),
        ];
        for (text, want) in cases {
            let cuts = cut_markers(text, rule);
            assert_eq!(cuts.len(), 1, "{text:?}");
            assert_eq!(names(&cuts[0].marker.units, None), *want, "{text:?}");
            assert!(
                cuts[0]
                    .marker
                    .units
                    .iter()
                    .all(|u| u.role == UnitRole::Responsible)
            );
            assert_eq!(cut_markers(text, Forms::default()), vec![], "{text:?}");
        }
        for text in [
            "制定实施细则。（试行）",
            "加强基层治理。（含区直各部门）",
            "完成改造任务。（详见附件2）",
            "各镇（街道）要加强领导。",
            "开展专项行动。（2024—2026年）",
            "做好区政府办公室（区大数据中心）的工作。",
            "建设智慧社区。（以下简称“智慧社区”）",
        ] {
            assert_eq!(cut_markers(text, rule), vec![], "{text:?}");
        }
    }

    /// Labels in 【】 before their values: the marker runs from the first to the end; an
    /// excerpt cut inside the last name leaves no unit of it.
    #[test]
    fn bracketed_labels_before_values() {
        let text = "完善家庭医生签约服务。【牵头单位】基层卫生股【配合单位】县人民医院、各镇卫生院【完成时间】2025年6月";
        let cuts = cut_markers(text, Forms::default());
        assert_eq!(cuts.len(), 1);
        let cut = &cuts[0];
        assert_eq!(
            &text[cut.start..cut.end],
            &text["完善家庭医生签约服务。".len()..]
        );
        let m = &cut.marker;
        assert_eq!(
            names(&m.units, None),
            ["基层卫生股", "县人民医院", "各镇卫生院"]
        );
        assert_eq!(names(&m.units, Some(UnitRole::Lead)), ["基层卫生股"]);
        assert_eq!(m.deadline.as_deref(), Some("2025年6月"));
        assert_eq!(m.raw, &text[cut.start..]);
        // [责任单位] works the same; a label of something else is none.
        let cuts = cut_markers(
            "开展义诊活动。[责任单位]县卫健局[完成时限]长期坚持",
            Forms::default(),
        );
        assert_eq!(
            cuts.first().map(|c| names(&c.marker.units, None)),
            Some(vec!["县卫健局".to_owned()])
        );
        for text in [
            "【附件】县卫生工作要点",
            "【发文字号】县卫发〔2025〕3号",
            "详见【通知】",
        ] {
            assert_eq!(cut_markers(text, Forms::default()), vec![], "{text:?}");
        }
        // Cut inside the last name.
        let cuts = cut_markers(
            "实施人才引育工程。【牵头单位】县卫健局【配合单位】人事",
            Forms::default(),
        );
        let m = &cuts[0].marker;
        assert_eq!(names(&m.units, None), ["县卫健局"]);
        assert!(m.open);
        assert_eq!(
            cut_markers("实施人才引育工程。【牵头单位】人事", Forms::default()),
            vec![]
        );
        // A name that reads like no organ but is long is kept.
        let cuts = cut_markers("做好气象服务。责任单位：柏岩县气象台", Forms::default());
        assert_eq!(names(&cuts[0].marker.units, None), ["柏岩县气象台"]);
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
            "（县发改局牵头",
            "）县发改局牵头（",
            "同上",
            "以上任务由",
            "以上任务由。",
        ] {
            let _ = cut_markers(text, Forms::default());
            let _ = parse_marker(text, false);
            let _ = parse_marker(text, true);
        }
        crate::test_support::each_slice(|t| {
            let _ = cut_markers(t, Forms::default());
        });
    }
}
