//! Responsible-unit lists (责任单位): 县发改局、投促局等相关部门.
//!
//! A cell is read in three steps:
//! 1. Groups and entries. Strong separators (， , ； ; 。 line breaks, tabs, U+3000, runs of
//!    two or more spaces) end a group; 、 separates entries inside a group. Nothing splits
//!    inside brackets or quotes, so 各镇（街道） stays whole. A cell wholly in brackets,
//!    "（X牵头，Y按职责分工负责）", is unwrapped first.
//! 2. Roles. A group ending in 牵头 makes all its entries `Lead`, one ending in 配合 / 参与 /
//!    协助 makes them `Support`, and 按职责分工负责 / 负责 keeps them `Responsible`
//!    ("县发改局、县财政局牵头" names two leads). A group may also start with a label
//!    (牵头单位：, 配合单位：). A marker on one entry, "（牵头）" or a trailing 牵头 / 配合
//!    before a 、, overrides its group's role. Markers are removed from the names.
//! 3. Jurisdiction. The last entry that starts with a jurisdiction (县 市 区 省 州 盟 旗 镇 乡,
//!    or a named place such as 平阴县 / 济南市) lends that prefix to following entries
//!    without one: 县发改局、投促局 → 县发改局, 县投促局. Entries starting with 各 or 全,
//!    collectives, place names themselves (XX镇, XX街道) and entries naming their own
//!    level (团县委, 中共XX县委…) never receive it. Words that merely start with such a
//!    character (市场监管局, 城市管理局, 区块链…, 乡村振兴局) are organ names, not
//!    prefixes.
//!
//! An open tail (等相关部门, 等有关单位, 等部门, 等) is cut from the last entry of a group
//! and sets `open`.

use std::sync::LazyLock;

use gongwen_model::{Unit, UnitRole};

use crate::lex::brackets::{closes_group, closes_name, opens_group, opens_marker, opens_name};
use crate::lex::index::WordIndex;
use crate::lex::organs::{
    BRANCH_WORDS, COLLECTIVE_CHARS, COLLECTIVE_STARTS, COLLECTIVE_WORDS, DIVISION_ENDINGS,
    ELIDED_HEADS, ENTERPRISE_ENDINGS, ENTERPRISE_WORDS, GROUP_BRANCH, HEADLESS,
    KIND_OF_ENTERPRISES, NATIONAL_SYSTEMS, NOT_AFTER_LEVEL, NOT_PLACE_STARTS, NOT_PLACE_WORDS,
    NOT_PLACES, OPEN_TAIL_NOUNS, ORGAN_CHARS, OWN_BODY_STARTS, OWN_LEVEL_ENDINGS, OWN_LEVEL_STARTS,
    OWN_LEVEL_WORDS, PLACE_GOVERNMENTS, REGISTERED_COMPANY, SYSTEM_WORDS, UNIT_JOINTS, ZONE_WORDS,
    level,
};
use crate::lex::roles::{
    self, ASIDE_STARTS, FIRST_UNIT_LEADS, Field, GENERIC_QUALIFIERS, GENERIC_UNITS, ROLE_ADVERBS,
    role_words,
};
use crate::text::chars::{is_cjk, is_organ_name, is_space};

/// A unit cell split into units.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnitList {
    /// The units in printed order.
    pub units: Vec<Unit>,
    /// True when the list ended open (等相关部门, 等有关单位 …).
    pub open: bool,
}

/// Splits a unit cell into units (role `Responsible` unless a 牵头/配合 marker says otherwise).
pub fn split_units(raw: &str) -> UnitList {
    let text = strip_outer_brackets(raw.trim());
    let mut entries: Vec<(String, UnitRole)> = Vec::new();
    let mut open = false;

    // Each group without its label and role word, and the role they give.
    let groups: Vec<(&str, &str, Option<UnitRole>)> =
        split_outside_brackets(text, is_strong_separator_at)
            .into_iter()
            .map(|printed| {
                let printed = clean(printed);
                let (group, label_role) = strip_group_label(printed);
                let (group, prose_role) = cut_at_role_word(group);
                let (group, suffix_role) = strip_role_suffix(group);
                (printed, group, suffix_role.or(prose_role).or(label_role))
            })
            .collect();
    for (g, &(printed, group, role)) in groups.iter().enumerate() {
        // A unit's name broken before its bracketed part, one paragraph each in a cell
        // ("区党工委管委会办公室" / "（政策法规处）"): the part goes on the name.
        if let Some((prev, _)) = entries.last_mut()
            && is_bracketed_part(printed)
            && !printed.contains(['、', '，', ','])
        {
            prev.push_str(printed);
            continue;
        }
        // A bureau's name broken before its branch, a line each in a narrow cell
        // ("鹤沙市生态环境局" / "枫渚分局"): the branch goes on the name.
        if let Some((prev, _)) = entries.last_mut()
            && g > 0
            && is_branch_line(printed)
            && prev.ends_with(['局', '厅'])
            && text.contains(&format!("\n{printed}"))
        {
            prev.push_str(printed);
            continue;
        }
        // "A牵头，B、C，D配合": a list broken by a comma between two groups naming roles
        // takes the role of the group that ends it.
        let role = role.or_else(|| {
            let before = groups[..g].iter().any(|(_, _, r)| r.is_some());
            let after = groups[g + 1..].iter().find_map(|(_, _, r)| *r);
            after.filter(|_| before)
        });
        let group_role = role.unwrap_or(UnitRole::Responsible);
        let items: Vec<&str> = split_outside_brackets(group, |s| s.starts_with('、'))
            .into_iter()
            .flat_map(split_spaced)
            .flat_map(split_joined)
            .collect();
        let last = items.len().saturating_sub(1);
        // The group opens a line of a cell: its first entry may end a name the line before
        // began.
        let after_break = g > 0 && text.contains(&format!("\n{printed}"));
        for (k, item) in items.into_iter().enumerate() {
            let mut name = clean(item);
            let mut role = group_role;
            // A name broken by a cell's width ("县税务局、县公安" / "局", "市经济和信息" /
            // "化局、…"): the piece goes on the name.
            if k == 0
                && after_break
                && let Some((prev, _)) = entries.last_mut()
                && ends_broken_name(prev, name)
            {
                prev.push_str(name);
                continue;
            }
            // "★市旅游和文化广电体育局": a star before a name marks the lead ("标★的为牵头
            // 单位").
            if let Some(rest) = name.strip_prefix(LEAD_STARS) {
                name = rest.trim_start_matches(is_space);
                role = UnitRole::Lead;
            }
            // Marker and open tail may come in either order ("X等部门（牵头）",
            // "X（牵头）等部门"); two rounds cover both.
            for _ in 0..2 {
                let (stripped, marker) = strip_entry_marker(without_aside(name));
                name = stripped;
                if let Some(r) = marker {
                    role = r;
                }
                // 等相关部门 may close an inner entry too ("A、B等相关区直部门、各镇").
                if (k == last || name.contains('等'))
                    && let Some(stripped) = strip_open_tail(name)
                {
                    name = stripped;
                    open = true;
                }
            }
            // One character is no name: a stub left where an excerpt cut a list ("…，有").
            if name.chars().nth(1).is_none() {
                continue;
            }
            // "县直、驻县有关单位": 县直 shares the elided head of the next entry, so the
            // two stay one (collective) entry instead of inventing the fragment 县直.
            match entries.last_mut() {
                Some((prev, _))
                    if k > 0
                        && (is_elided_head(prev)
                            || (is_each_level(prev) && !name.starts_with('各'))) =>
                {
                    prev.push('、');
                    prev.push_str(name);
                }
                _ => entries.push((name.to_string(), role)),
            }
        }
    }

    UnitList {
        units: spread_prefixes(entries),
        open,
    }
}

/// Longest piece of a name broken off by a cell's width ("局", "化局").
const MAX_BROKEN_END: usize = 3;

/// `end`, a short piece opening a cell's line, ends the name `prev` began: `prev` names no
/// organ, and the piece opens with an organ's last word ("局") or makes `prev` one
/// ("市经济和信息" + "化局").
fn ends_broken_name(prev: &str, end: &str) -> bool {
    let n = end.chars().count();
    (1..=MAX_BROKEN_END).contains(&n)
        && !is_organ_name(prev)
        && !is_collective(prev)
        && (end.starts_with(HEADLESS) || is_organ_name(&format!("{prev}{end}")))
}

/// Stars printed before a unit's name to mark the lead ("标★的为牵头单位").
const LEAD_STARS: [char; 2] = ['★', '☆'];

/// Names apart by single spaces ("★市旅游和文化广电体育局 市公安局 市市场监督管理局"): one
/// entry each when every piece names an organ or a collective (a name holding a space,
/// "平阴县 人民政府办公室", is no list: its first piece names no organ).
fn split_spaced(item: &str) -> Vec<&str> {
    let item = item.trim_matches(is_space);
    if !item.contains([' ', '\u{a0}']) {
        return vec![item];
    }
    let pieces: Vec<&str> = item
        .split([' ', '\u{a0}'])
        .filter(|p| !p.is_empty())
        .collect();
    let names = pieces.iter().all(|p| {
        let p = p.trim_start_matches(LEAD_STARS);
        p.chars().nth(2).is_some() && (is_organ_name(p) || p.starts_with('各'))
    });
    if pieces.len() >= 2 && names {
        pieces
    } else {
        vec![item]
    }
}

/// The last entry joined by 和 or 及 to the one before ("县公安局和各乡镇人民政府"): two
/// units where both sides name one and the second opens with a level or 各; a name holding
/// 和 ("人力资源和社会保障局", "市文化和旅游局") stays whole, its first part no organ.
fn split_joined(item: &str) -> Vec<&str> {
    // A text holding a joint holds its last character: most items hold none, ruled out by
    // character searches instead of a substring search per joint.
    if !UNIT_JOINTS
        .iter()
        .filter_map(|j| j.chars().next_back())
        .any(|c| item.contains(c))
    {
        return vec![item];
    }
    for joint in UNIT_JOINTS {
        let Some(at) = item.find(joint) else {
            continue;
        };
        let (left, right) = (item[..at].trim(), item[at + joint.len()..].trim());
        let opens_level = right
            .chars()
            .next()
            .is_some_and(|c| c == '各' || is_level_char(c));
        if is_organ_name(left) && is_organ_name(right) && opens_level {
            return vec![left, right];
        }
    }
    vec![item]
}

/// "枫渚分局", "城西派出所": a place of two or three characters without a level, then a
/// branch's word ([`BRANCH_WORDS`]) — a branch named without the bureau it belongs to.
fn is_branch_line(group: &str) -> bool {
    BRANCH_WORDS.iter().any(|w| {
        group.strip_suffix(w).is_some_and(|place| {
            (2..=3).contains(&place.chars().count())
                && place
                    .chars()
                    .all(|c| is_cjk(c) && !is_level_char(c) && !is_organ_char(c))
        })
    })
}

/// True for a unit that names no organ: "各责任单位", "有关部门", "单位" — what is left
/// once the qualifiers are stripped is a bare [`GENERIC_UNITS`] noun.
pub(crate) fn is_generic_unit(name: &str) -> bool {
    let mut n = name.trim_matches(is_space).trim_end_matches('等');
    while let Some(rest) = GENERIC_QUALIFIERS.iter().find_map(|q| n.strip_prefix(q)) {
        n = rest;
    }
    GENERIC_UNITS.contains(&n)
}

/// "列第一位的为牵头单位", "首位单位为牵头单位", "除标注“分别牵头”外，列第一位为牵头或汇总
/// 单位": the text states that the first unit listed leads. A [`FIRST_UNIT_LEADS`] word is
/// followed closely by 为 and 牵头 ("居全省首位，由县发改局牵头" is no such rule).
pub(crate) fn states_first_unit_leads(text: &str) -> bool {
    /// How far after the "first" word its 牵头 may stand (characters).
    const WINDOW: usize = 12;
    // Runs over every paragraph: rule out the common case before copying anything.
    if !text.contains("牵头") {
        return false;
    }
    let t: String = text.chars().filter(|c| !is_space(*c)).collect();
    FIRST_UNIT_LEADS.iter().any(|w| {
        t.match_indices(w).any(|(at, _)| {
            let after: String = t[at + w.len()..].chars().take(WINDOW).collect();
            after
                .find('为')
                .is_some_and(|v| after[v..].contains("牵头"))
        })
    })
}

/// A group wholly in one pair of brackets naming no role: "（政策法规处）".
fn is_bracketed_part(group: &str) -> bool {
    let mut chars = group.chars();
    let (Some(first), Some(last)) = (chars.next(), group.chars().next_back()) else {
        return false;
    };
    opens_group(first)
        && closes_group(last)
        && group.chars().filter(|&c| opens_group(c)).count() == 1
        && strip_entry_marker(group).1.is_none()
        && !roles::holds_role_word(group)
}

/// A fragment whose head noun is elided: 县直, 市直, 省直, 区直, 驻县, 驻市.
/// "各市" before "县（市、区）人民政府": each city shares the elided 人民政府 of the entry
/// after it ("各市、县（市、区）人民政府" is one collective, not 各市 and 县…).
fn is_each_level(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next() == Some('各')
        && chars.next().is_some_and(|c| level(c).is_some())
        && chars.next().is_none()
}

fn is_elided_head(name: &str) -> bool {
    let (ends, starts) = ELIDED_HEADS;
    let n = name.chars().count();
    n <= 3 && (name.ends_with(|c| ends.contains(c)) || name.starts_with(|c| starts.contains(c)))
}

// ---------------------------------------------------------------------------------------
// Splitting.

fn is_hspace(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\n' | '\r')
}

/// True when `s` starts with a strong separator. A single ASCII space is not one: it may
/// sit inside a name; two or more are a column gap.
fn is_strong_separator_at(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('，' | ',' | '；' | ';' | '。' | '\n' | '\r' | '\t' | '\u{3000}') => true,
        Some(c) if is_hspace(c) => chars.next().is_some_and(is_hspace),
        _ => false,
    }
}

/// Splits `text` at every position where `is_sep` holds, outside brackets and quotes.
/// The separator char itself is dropped (a run of spaces leaves spaces that `clean`
/// trims).
fn split_outside_brackets(text: &str, is_sep: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if opens_name(c) {
            depth += 1;
        } else if closes_name(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_sep(&text[i..]) {
            parts.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts
}

/// "（X牵头，Y按职责分工负责）" → "X牵头，Y按职责分工负责", when the brackets enclose the
/// whole cell (not "各镇（街道）" nor "（一）…（二）").
fn strip_outer_brackets(text: &str) -> &str {
    let mut text = text;
    loop {
        let Some(first) = text.chars().next() else {
            return text;
        };
        if !opens_marker(first) {
            return text;
        }
        let mut depth = 0usize;
        let mut close_at = None;
        for (i, c) in text.char_indices() {
            if opens_name(c) {
                depth += 1;
            } else if closes_name(c) {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    close_at = Some((i, c));
                    break;
                }
            }
        }
        match close_at {
            Some((i, c)) if i + c.len_utf8() == text.len() => {
                text = text[first.len_utf8()..i].trim();
            }
            _ => return text,
        }
    }
}

/// Trims white space and stray punctuation around an entry.
fn clean(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '.' | '、' | '：' | ':'))
}

// ---------------------------------------------------------------------------------------
// Roles and open tails.

/// A label that opens a group ("牵头单位：县发改局"), and the role it gives (责任单位: as
/// the group says).
fn strip_group_label(group: &str) -> (&str, Option<UnitRole>) {
    if !roles::label_ends().may_start(group) {
        return (group, None);
    }
    for &(word, role) in UNIT_LABELS.iter() {
        if let Some(rest) = group.strip_prefix(word)
            && let Some(rest) = rest.trim_start().strip_prefix(['：', ':'])
        {
            return (clean(rest), Some(role.unwrap_or(UnitRole::Responsible)));
        }
    }
    (group, None)
}

/// The labels of units ("牵头单位", "责任单位") and the role each gives (none: as listed),
/// gathered from the lexicon once.
static UNIT_LABELS: LazyLock<Vec<(&'static str, Option<UnitRole>)>> = LazyLock::new(|| {
    roles::labels()
        .filter_map(|n| match n.field {
            Field::Units(role) => Some((n.word, role)),
            _ => None,
        })
        .collect()
});

/// What may mark one entry in brackets: the unit labels that give a role (牵头单位, 配合单位
/// …) and the role words that may (牵头, 配合 …), gathered from the lexicon once.
static ENTRY_MARKS: LazyLock<Vec<(&'static str, UnitRole)>> = LazyLock::new(|| {
    let labels = UNIT_LABELS
        .iter()
        .filter_map(|&(word, role)| Some((word, role?)));
    let words = role_words().filter(|w| w.entry).map(|w| (w.word, w.role));
    labels.chain(words).collect()
});

/// Strips a role word from the end of `s` (leaving a non-empty name), with the adverb
/// before it ("A、B分别牵头落实", "A、B共同负责").
fn strip_role_suffix(s: &str) -> (&str, Option<UnitRole>) {
    for w in roles::role_words_ending(s) {
        if let Some(rest) = s.strip_suffix(w.word) {
            let rest = strip_adverb(clean(rest));
            if !rest.is_empty() {
                return (rest, Some(w.role));
            }
        }
    }
    (s, None)
}

/// `s` without a trailing 分别 / 共同 / 具体.
fn strip_adverb(s: &str) -> &str {
    ROLE_ADVERBS
        .iter()
        .find_map(|a| s.strip_suffix(a))
        .map_or(s, clean)
}

/// A clause that names units and then what they do, "区司法局牵头区级规范性文件集中公开工作"
/// or "各成员单位负责做好本单位…": the units before the first role word outside brackets,
/// with its role. A clause ending in its role word is left to [`strip_role_suffix`]; one
/// whose words before the role word do not end like a unit is prose, left whole.
fn cut_at_role_word(group: &str) -> (&str, Option<UnitRole>) {
    let mut depth = 0i32;
    let mut found = None;
    for (i, c) in group.char_indices() {
        if opens_group(c) {
            depth += 1;
        } else if closes_group(c) {
            depth -= 1;
        } else if depth == 0 {
            let at = &group[i..];
            if let Some(w) = roles::role_word_starting(at) {
                found = Some((i, w));
                break;
            }
        }
    }
    let Some((at, word)) = found else {
        return (group, None);
    };
    let rest = &group[at + word.word.len()..];
    let ends_with_role = roles::role_word_ending(group).is_some();
    if at == 0 || rest.is_empty() || ends_with_role {
        return (group, None);
    }
    let head = strip_adverb(clean(&group[..at]));
    let last = head.rsplit('、').next().unwrap_or(head);
    // "各中小学负责本校信息公开": a collective does things too.
    let collective = COLLECTIVE_STARTS.iter().any(|s| last.starts_with(s));
    if is_organ_name(last) || last.ends_with("主体") || collective {
        (head, Some(word.role))
    } else {
        (group, None)
    }
}

/// An entry without a bracketed aside it ends with: "各乡镇人民政府（含芷坪街道办事处，下同）"
/// → 各乡镇人民政府 (the aside says what the name covers; its 下同 is about the name).
fn without_aside(s: &str) -> &str {
    let Some(close) = s.chars().next_back().filter(|&c| closes_group(c)) else {
        return s;
    };
    let body = &s[..s.len() - close.len_utf8()];
    let Some(open_at) = body.rfind(|c: char| opens_group(c)) else {
        return s;
    };
    let open_len = body[open_at..].chars().next().map_or(0, char::len_utf8);
    let inner = body[open_at + open_len..].trim_start_matches(is_space);
    if open_at > 0 && ASIDE_STARTS.iter().any(|a| inner.starts_with(a)) {
        clean(&s[..open_at])
    } else {
        s
    }
}

/// A marker on one entry: "县发改局（牵头）", "县发改局(牵头单位)", or a trailing 牵头 / 配合.
fn strip_entry_marker(s: &str) -> (&str, Option<UnitRole>) {
    if let Some(close) = s.chars().next_back().filter(|&c| closes_group(c)) {
        let inner_end = s.len() - close.len_utf8();
        for &(word, role) in ENTRY_MARKS.iter() {
            if let Some(before) = s[..inner_end].strip_suffix(word)
                && let Some(open) = before.chars().next_back().filter(|&c| opens_group(c))
            {
                return (clean(&before[..before.len() - open.len_utf8()]), Some(role));
            }
        }
    }
    strip_role_suffix(s)
}

/// Cuts an open tail from the end of `s`: 等, or 等 followed by a generic group of organs
/// (等相关部门, 等有关单位, 等部门（单位）, 等行业主管部门). Whatever follows 等 closes an
/// enumeration, so any short phrase ending in a generic noun qualifies.
fn strip_open_tail(s: &str) -> Option<&str> {
    /// Longer text after 等 is a sentence, not a tail.
    const MAX_TAIL_CHARS: usize = 10;
    let at = s.rfind('等')?;
    if at == 0 {
        return None;
    }
    let tail = &s[at + '等'.len_utf8()..];
    let generic = tail.is_empty()
        || (tail.chars().count() <= MAX_TAIL_CHARS
            && OPEN_TAIL_NOUNS.iter().any(|n| tail.ends_with(n)));
    generic.then(|| clean(&s[..at]))
}

// ---------------------------------------------------------------------------------------
// Jurisdiction prefixes and collectives.

/// Characters that name a level of government at the start of a unit (县发改局).
pub(crate) fn is_level_char(c: char) -> bool {
    level(c).is_some()
}

/// Characters that end a named place (平阴县, 济南市, 市中区).
fn is_place_suffix(c: char) -> bool {
    level(c).is_some_and(|l| l.ends_place)
}

/// Characters never found in the place part of a name: they belong to the organ
/// (县政府, 发改局区…), so a "place" containing them is a false match.
fn is_organ_char(c: char) -> bool {
    ORGAN_CHARS.contains(c)
}

/// The length in chars of a named place (2-4 chars ending in 省/市/县/区/州/盟/旗) at the
/// start of `chars`, requiring something after it when `need_rest`.
fn named_place_len(chars: &[char], need_rest: bool) -> Option<usize> {
    (2..=4).rev().find(|&k| {
        let Some(place) = chars.get(..k) else {
            return false;
        };
        if need_rest && chars.len() <= k {
            return false;
        }
        let (last, before) = (place[k - 1], place[k - 2]);
        if !is_place_suffix(last) || before == last {
            return false;
        }
        // 县市, 市区, 县区: plurals of levels, not a place.
        if is_level_char(place[0]) && is_level_char(place[1]) {
            return false;
        }
        if NOT_PLACE_STARTS.contains(&place[0]) {
            return false;
        }
        if !place.iter().all(|&c| is_cjk(c)) || place.iter().any(|&c| is_organ_char(c)) {
            return false;
        }
        !NOT_PLACES.iter().any(|w| ends_with_chars(place, w))
    })
}

/// `chars` ends with the characters of `word` (no string is built for the test).
fn ends_with_chars(chars: &[char], word: &str) -> bool {
    let mut tail = chars.iter().rev();
    word.chars().rev().all(|w| tail.next() == Some(&w))
}

/// True when the single level char `c` at the start of a name, followed by `next` and
/// `after`, is a jurisdiction (县发改局) rather than part of a word (市场, 区块链, 乡村).
fn single_level_ok(c: char, next: char, after: Option<char>) -> bool {
    if NOT_AFTER_LEVEL.contains(&next) || !is_cjk(next) {
        return false;
    }
    // 县市场监管局 is 县 + 市场监管局; 县市 / 县市区 are plurals.
    let market = next == '市' && matches!(after, Some('场' | '政'));
    let Some(level) = level(c) else {
        return false;
    };
    if next == '市' && c != '市' {
        // 区市场监管局 too: a level before 市场/市政 is a prefix whatever else may follow it.
        return market;
    }
    if !level.not_before.contains(next) {
        return true;
    }
    level.yet_before.iter().any(|w| {
        let mut w = w.chars();
        w.next() == Some(next) && w.next() == after
    })
}

/// The jurisdiction prefix a name starts with (县, 平阴县, 济南市平阴县), if any.
fn jurisdiction_prefix(name: &str) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut used = 0;
    while let Some(k) = named_place_len(&chars[used..], true) {
        used += k;
        if used >= chars.len() {
            break;
        }
    }
    if used == 0 {
        let (&c, &next) = (chars.first()?, chars.get(1)?);
        if is_level_char(c) && single_level_ok(c, next, chars.get(2).copied()) {
            used = 1;
        }
    }
    (used > 0 && used < chars.len()).then(|| chars[..used].iter().collect())
}

/// True for a collective such as 各镇（街道）, 县政府各部门, 相关部门.
fn is_collective(name: &str) -> bool {
    if COLLECTIVE_STARTS.iter().any(|s| name.starts_with(s)) {
        return true;
    }
    // Every word holds one of these characters: most names are rejected by one scan
    // instead of eighteen substring searches (this runs for every unit of every task).
    name.chars().any(|c| COLLECTIVE_CHARS.contains(&c))
        && COLLECTIVE_WORDS.iter().any(|s| name.contains(s))
}

/// An organ's internal division ([`DIVISION_ENDINGS`]), not an office (办事处).
fn is_division(name: &str) -> bool {
    DIVISION_ENDINGS.iter().any(|e| name.ends_with(e)) && !name.ends_with("办事处")
}

/// True for names that stand on their own level and must not receive a prefix: places
/// (XX镇, XX街道, 长清区), party and national bodies, names holding their own level
/// (团县委, 中共平阴县委组织部).
fn has_own_level(name: &str) -> bool {
    if OWN_LEVEL_ENDINGS.iter().any(|e| name.ends_with(e))
        || OWN_LEVEL_STARTS.iter().any(|s| name.starts_with(s))
        || OWN_LEVEL_HELD.holds_any(name)
        || (name.contains(GROUP_BRANCH.0) && name.ends_with(GROUP_BRANCH.1))
    {
        return true;
    }
    // Every such word starts with a level character: compared only where one is, instead
    // of fourteen substring searches per name.
    let inner = name
        .char_indices()
        .any(|(i, c)| is_level_char(c) && OWN_LEVEL_WORDS.iter().any(|s| name[i..].starts_with(s)));
    if inner {
        return true;
    }
    let chars: Vec<char> = name.chars().collect();
    named_place_len(&chars, false) == Some(chars.len())
        || system_body_of_place(name)
        || place_government(name)
}

/// "蓼城区人民政府", "东城区政府": the government of a district, county or city named in
/// full, whatever its name ends with (…城区 is no place in "老城区改造", but a district's
/// government is one).
fn place_government(name: &str) -> bool {
    let Some(place) = PLACE_GOVERNMENTS.iter().find_map(|g| name.strip_suffix(g)) else {
        return false;
    };
    let mut chars = place.chars();
    let (Some(first), Some(level)) = (chars.next(), place.chars().next_back()) else {
        return false;
    };
    place.chars().count() >= 3
        && matches!(level, '区' | '县' | '市')
        && !is_level_char(first)
        && !NOT_PLACE_STARTS.contains(&first)
        && place.chars().all(is_cjk)
}

/// "瑶川金融监管分局", "梧岭调查队": a place of two or three characters printed without its
/// level, then a vertical system's organ ([`SYSTEM_WORDS`]) or a development zone ([`ZONE_WORDS`]). The place holds no level or
/// organ character and is no word of a name's own ([`NOT_PLACE_WORDS`]).
fn system_body_of_place(name: &str) -> bool {
    let Some(first) = name.chars().next() else {
        return false;
    };
    if NOT_PLACE_STARTS.contains(&first) {
        return false;
    }
    let company = ENTERPRISE_ENDINGS.iter().any(|e| name.ends_with(e));
    name.char_indices().skip(2).take(2).any(|(at, _)| {
        let (place, rest) = name.split_at(at);
        let trade = company && ENTERPRISE_WORDS.iter().any(|w| rest.starts_with(w));
        (trade
            || SYSTEM_WORDS
                .iter()
                .chain(ZONE_WORDS.iter())
                .any(|w| rest.starts_with(w)))
            && place
                .chars()
                .all(|c| is_cjk(c) && !is_level_char(c) && !is_organ_char(c))
            && !NOT_PLACE_WORDS.contains(&place)
    })
}

/// Gives each entry without a jurisdiction the prefix of the last entry that had one.
fn spread_prefixes(entries: Vec<(String, UnitRole)>) -> Vec<Unit> {
    let mut current: Option<String> = None;
    entries
        .into_iter()
        .map(|(name, role)| {
            let name = if let Some(prefix) = jurisdiction_prefix(&name) {
                current = Some(prefix);
                name
            } else {
                match &current {
                    // "市直有关部门、单位": a bare 单位 shares the qualifier before it, not
                    // the jurisdiction.
                    // "区12345热线服务中心": a name opening with the prefix before a digit
                    // or a letter names its jurisdiction already ("市场监管局" does not:
                    // 市场 is a word).
                    Some(prefix)
                        if !name
                            .strip_prefix(prefix.as_str())
                            .is_some_and(|rest| rest.starts_with(|c: char| !is_cjk(c)))
                            && !is_collective(&name)
                            && !has_own_level(&name)
                            && !is_division(&name)
                            && !GENERIC_UNITS.contains(&name.as_str())
                            && !OWN_BODY_STARTS.iter().any(|s| name.starts_with(s))
                            && !name.ends_with(KIND_OF_ENTERPRISES) =>
                    {
                        format!("{prefix}{name}")
                    }
                    _ => name,
                }
            };
            let collective = is_collective(&name) || is_generic_unit(&name);
            let mut unit = Unit::new(name, role);
            unit.collective = collective;
            unit
        })
        .collect()
}

/// The words whose presence anywhere in a name gives it its own level: a national system's
/// (人民银行, 海关) and a registered company's (有限公司), indexed by first character (one
/// pass over each name instead of a substring search per word: this is asked of every
/// unit).
static OWN_LEVEL_HELD: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(NATIONAL_SYSTEMS.iter().chain(&REGISTERED_COMPANY).copied()));

/// Builds this module's derived tables now ([`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&UNIT_LABELS);
    LazyLock::force(&ENTRY_MARKS);
    LazyLock::force(&OWN_LEVEL_HELD);
}

#[cfg(test)]
mod tests {
    use super::*;

    use UnitRole::{Lead, Responsible, Support};

    /// (raw, [(name, role, collective)], open)
    type Case = (
        &'static str,
        &'static [(&'static str, UnitRole, bool)],
        bool,
    );

    #[test]
    fn splits_units() {
        let cases: &[Case] = &[
            // Names apart by single spaces, a star marking the lead ("标★的为牵头单位").
            (
                "★市旅游和文化广电体育局 市公安局 市市场监督管理局",
                &[
                    ("市旅游和文化广电体育局", Lead, false),
                    ("市公安局", Responsible, false),
                    ("市市场监督管理局", Responsible, false),
                ],
                false,
            ),
            (
                "★市综合行政执法局 各镇人民政府",
                &[
                    ("市综合行政执法局", Lead, false),
                    ("各镇人民政府", Responsible, true),
                ],
                false,
            ),
            // A name's last word broken onto a line of its own by a cell's width.
            (
                "县税务局、县公安\n局",
                &[
                    ("县税务局", Responsible, false),
                    ("县公安局", Responsible, false),
                ],
                false,
            ),
            (
                "市发展改革委、市经济和信息\n化局、各县（市、区）政府",
                &[
                    ("市发展改革委", Responsible, false),
                    ("市经济和信息化局", Responsible, false),
                    ("各县（市、区）政府", Responsible, true),
                ],
                false,
            ),
            // Negative: a whole name on the next line stays a unit of its own.
            (
                "县财政局\n县审计局",
                &[
                    ("县财政局", Responsible, false),
                    ("县审计局", Responsible, false),
                ],
                false,
            ),
            // A port's company named by its place takes no shared prefix; a trade's company
            // named by no place does.
            (
                "市港航局、凌屿港集团、城投集团",
                &[
                    ("市港航局", Responsible, false),
                    ("凌屿港集团", Responsible, false),
                    ("市城投集团", Responsible, false),
                ],
                false,
            ),
            // Enterprises named by kind are units.
            (
                "县国资局负责，县属国有企业配合",
                &[
                    ("县国资局", Responsible, false),
                    ("县属国有企业", Support, false),
                ],
                false,
            ),
            // A name opening with its level as a word takes no shared prefix.
            (
                "县司法局、县级各行政执法部门",
                &[
                    ("县司法局", Responsible, false),
                    ("县级各行政执法部门", Responsible, false),
                ],
                false,
            ),
            // A name holding a space whose first piece names no organ stays one name.
            (
                "平阴县 人民政府办公室",
                &[("平阴县 人民政府办公室", Responsible, false)],
                false,
            ),
            // A name opening with the shared prefix before digits keeps it once; a name
            // without it takes it.
            (
                "区营商办、区12345热线服务中心、数据局、市场监管局",
                &[
                    ("区营商办", Responsible, false),
                    ("区12345热线服务中心", Responsible, false),
                    ("区数据局", Responsible, false),
                    ("区市场监管局", Responsible, false),
                ],
                false,
            ),
            // A bureau's name broken before its branch, a line each: one unit; a branch
            // line after a 、 list, or under a name that is no bureau, stays apart.
            (
                "鹤沙市生态环境局\n枫渚分局",
                &[("鹤沙市生态环境局枫渚分局", Responsible, false)],
                false,
            ),
            (
                "区公安局\n城西派出所",
                &[("区公安局城西派出所", Responsible, false)],
                false,
            ),
            (
                "区应急管理局、区公安局\n区消防救援大队",
                &[
                    ("区应急管理局", Responsible, false),
                    ("区公安局", Responsible, false),
                    ("区消防救援大队", Responsible, false),
                ],
                false,
            ),
            // A village's committee is on its own level: no 镇 from the entry before it; an
            // office of the town still takes it.
            (
                "镇生态环境办、石桥村委会、建设办",
                &[
                    ("镇生态环境办", Responsible, false),
                    ("石桥村委会", Responsible, false),
                    ("镇建设办", Responsible, false),
                ],
                false,
            ),
            // The issuing body's own organs and enterprises of a kind take no jurisdiction
            // from the entry before them; an organ still does.
            (
                "市农业综合行政执法支队、局机关各科室",
                &[
                    ("市农业综合行政执法支队", Responsible, false),
                    ("局机关各科室", Responsible, false),
                ],
                false,
            ),
            (
                "县住建局、县供电公司、通信运营企业",
                &[
                    ("县住建局", Responsible, false),
                    ("县供电公司", Responsible, false),
                    ("通信运营企业", Responsible, false),
                ],
                false,
            ),
            (
                "县住建局、交通运输局",
                &[
                    ("县住建局", Responsible, false),
                    ("县交通运输局", Responsible, false),
                ],
                false,
            ),
            // A list broken by a comma between a lead group and a support group goes with
            // the group that ends it; with no role before it, it keeps none.
            (
                "市住建局牵头,市发改委、市财政局,各区县人民政府配合",
                &[
                    ("市住建局", Lead, false),
                    ("市发改委", Support, false),
                    ("市财政局", Support, false),
                    ("各区县人民政府", Support, true),
                ],
                false,
            ),
            (
                "县发改局，县财政局配合",
                &[
                    ("县发改局", Responsible, false),
                    ("县财政局", Support, false),
                ],
                false,
            ),
            // A district's government named in full takes no 市, though its name ends
            // like 城区 (an urban area); 老城区改造办公室 is the city's office.
            (
                "市文化广电旅游局、市住建局、蓼城区人民政府、老城区改造办公室",
                &[
                    ("市文化广电旅游局", Responsible, false),
                    ("市住建局", Responsible, false),
                    ("蓼城区人民政府", Responsible, false),
                    ("市老城区改造办公室", Responsible, false),
                ],
                false,
            ),
            // A company's registered name is whole: it takes no 县 from the list.
            (
                "县商务局、县供销社、澜江冷链物流有限公司青漪分公司",
                &[
                    ("县商务局", Responsible, false),
                    ("县供销社", Responsible, false),
                    ("澜江冷链物流有限公司青漪分公司", Responsible, false),
                ],
                false,
            ),
            (
                "市商务局，澜江交通投资集团梧溪分公司、城投集团",
                &[
                    ("市商务局", Responsible, false),
                    ("澜江交通投资集团梧溪分公司", Responsible, false),
                    ("市城投集团", Responsible, false),
                ],
                false,
            ),
            (
                "县商务局、城投公司",
                &[
                    ("县商务局", Responsible, false),
                    ("县城投公司", Responsible, false),
                ],
                false,
            ),
            // The last two units joined by 和 or 及; names holding 和 stay whole.
            (
                "县自然资源局、县公安局和各乡镇人民政府",
                &[
                    ("县自然资源局", Responsible, false),
                    ("县公安局", Responsible, false),
                    ("各乡镇人民政府", Responsible, true),
                ],
                false,
            ),
            (
                "县人力资源和社会保障局、县文化和旅游局及县卫生健康局",
                &[
                    ("县人力资源和社会保障局", Responsible, false),
                    ("县文化和旅游局", Responsible, false),
                    ("县卫生健康局", Responsible, false),
                ],
                false,
            ),
            (
                "县住房和城乡建设局",
                &[("县住房和城乡建设局", Responsible, false)],
                false,
            ),
            // A scope note after a name is no part of it; the People's Bank abbreviated
            // (人行) is a vertical system's branch, its own level.
            (
                "县商务局、各乡镇人民政府（含城关街道办事处，下同）、人行岱梁市分行",
                &[
                    ("县商务局", Responsible, false),
                    ("各乡镇人民政府", Responsible, true),
                    ("人行岱梁市分行", Responsible, false),
                ],
                false,
            ),
            // 各市、县（市、区）人民政府 is one collective; 省外办 carries its own 省.
            (
                "省水利厅、各市、县（市、区）人民政府",
                &[
                    ("省水利厅", Responsible, false),
                    ("各市、县（市、区）人民政府", Responsible, true),
                ],
                false,
            ),
            (
                "省商务厅、省外办",
                &[
                    ("省商务厅", Responsible, false),
                    ("省外办", Responsible, false),
                ],
                false,
            ),
            // 省外汇管理局 and 市外办 carry their own level; a unit after a level-less one
            // still takes the list's.
            (
                "省国税局、地税局、省外汇管理局",
                &[
                    ("省国税局", Responsible, false),
                    ("省地税局", Responsible, false),
                    ("省外汇管理局", Responsible, false),
                ],
                false,
            ),
            // A grid company named by its group keeps no level of the list.
            (
                "省住房城乡建设厅、省能源局、国网郯阳省电力公司",
                &[
                    ("省住房城乡建设厅", Responsible, false),
                    ("省能源局", Responsible, false),
                    ("国网郯阳省电力公司", Responsible, false),
                ],
                false,
            ),
            (
                "市商务局、市外办",
                &[
                    ("市商务局", Responsible, false),
                    ("市外办", Responsible, false),
                ],
                false,
            ),
            // Each entry its own: 各县 before 各乡镇 is no elided head.
            (
                "各县、各乡镇",
                &[("各县", Responsible, true), ("各乡镇", Responsible, true)],
                false,
            ),
            // An internal division takes no level from the agency before it; a bureau does.
            (
                "省林业监测中心、资源保护处、财务科",
                &[
                    ("省林业监测中心", Responsible, false),
                    ("资源保护处", Responsible, false),
                    ("财务科", Responsible, false),
                ],
                false,
            ),
            (
                "县财政局、住建局",
                &[
                    ("县财政局", Responsible, false),
                    ("县住建局", Responsible, false),
                ],
                false,
            ),
            // 区 before 市场: a prefix, not a place 区市.
            (
                "区办公室\n区经济发展局\n区市场监督管理局",
                &[
                    ("区办公室", Responsible, false),
                    ("区经济发展局", Responsible, false),
                    ("区市场监督管理局", Responsible, false),
                ],
                false,
            ),
            // 市民政局 and 市政务服务管理局 carry their own 市 (市民, 市政 are words, yet
            // these are 市 + 民政局 and 市 + 政务…); 市场监管局 and 市政公用局 after a
            // county unit still take its 县.
            (
                "市市场监管局、市民政局、市政务服务管理局",
                &[
                    ("市市场监管局", Responsible, false),
                    ("市民政局", Responsible, false),
                    ("市政务服务管理局", Responsible, false),
                ],
                false,
            ),
            (
                "县民政局、县乡村振兴局",
                &[
                    ("县民政局", Responsible, false),
                    ("县乡村振兴局", Responsible, false),
                ],
                false,
            ),
            (
                "县住建局、市政公用局、市场监管局",
                &[
                    ("县住建局", Responsible, false),
                    ("县市政公用局", Responsible, false),
                    ("县市场监管局", Responsible, false),
                ],
                false,
            ),
            // A name broken before its bracketed part, one paragraph each; the division
            // after it takes no 区 (as the labelled page prints and reads it).
            (
                "区党工委管委会办公室\n（政策法规处）\n综合处",
                &[
                    ("区党工委管委会办公室（政策法规处）", Responsible, false),
                    ("综合处", Responsible, false),
                ],
                false,
            ),
            // Units doing something, in prose; adverbs before the role word.
            (
                "区司法局牵头区级规范性文件集中公开工作,区各决策承办单位具体落实;各成员单位负责本单位事项",
                &[
                    ("区司法局", Lead, false),
                    ("区各决策承办单位", Responsible, false),
                    ("各成员单位", Responsible, true),
                ],
                false,
            ),
            // A guiding unit supports; a coordinating one leads. 指导 inside a task's
            // words ("指导各乡镇开展…") gives no role.
            (
                "各乡镇（街道）具体落实，县民政局指导",
                &[
                    ("各乡镇（街道）", Responsible, true),
                    ("县民政局", Support, false),
                ],
                false,
            ),
            (
                "县发改局统筹，县财政局、县自然资源局业务指导",
                &[
                    ("县发改局", Lead, false),
                    ("县财政局", Support, false),
                    ("县自然资源局", Support, false),
                ],
                false,
            ),
            (
                "市金融办、人民银行霁川市中心支行、霁川银保监分局分别牵头落实",
                &[
                    ("市金融办", Lead, false),
                    ("人民银行霁川市中心支行", Lead, false),
                    ("霁川银保监分局", Lead, false),
                ],
                false,
            ),
            // A vertical system's body named by its place without a level takes no
            // prefix; the city's own bureaus, and a system's bare name, do.
            (
                "市金融办、柘原金融监管分局、市财政局、地方金融监管局、柘原调查队、气象局",
                &[
                    ("市金融办", Responsible, false),
                    ("柘原金融监管分局", Responsible, false),
                    ("市财政局", Responsible, false),
                    ("市地方金融监管局", Responsible, false),
                    ("柘原调查队", Responsible, false),
                    ("市气象局", Responsible, false),
                ],
                false,
            ),
            // A zone named by its own place keeps its name; one named by no place, or by an
            // industry, is the county's.
            (
                "县工信局、蓟峪工业园区管委会、经济开发区管委会、化工园区管委会",
                &[
                    ("县工信局", Responsible, false),
                    ("蓟峪工业园区管委会", Responsible, false),
                    ("县经济开发区管委会", Responsible, false),
                    ("县化工园区管委会", Responsible, false),
                ],
                false,
            ),
            // A state-owned company named by its place keeps its name; a trade alone, or a
            // place before no company, is the county's.
            (
                "县住建局、蓟峪燃气集团、城投公司、蓟峪水务站",
                &[
                    ("县住建局", Responsible, false),
                    ("蓟峪燃气集团", Responsible, false),
                    ("县城投公司", Responsible, false),
                    ("县蓟峪水务站", Responsible, false),
                ],
                false,
            ),
            // "按分工" before the role word, "为" with a unit label as the role.
            (
                "市公安局、市司法局按分工负责",
                &[
                    ("市公安局", Responsible, false),
                    ("市司法局", Responsible, false),
                ],
                false,
            ),
            (
                "各乡镇人民政府为责任主体,县农业农村局为牵头单位",
                &[
                    ("各乡镇人民政府", Responsible, true),
                    ("县农业农村局", Lead, false),
                ],
                false,
            ),
            // An open tail closing an inner entry.
            (
                "区数据局、区发改委等相关区直部门、各镇（办）",
                &[
                    ("区数据局", Responsible, false),
                    ("区发改委", Responsible, false),
                    ("各镇（办）", Responsible, true),
                ],
                true,
            ),
            // Negative: prose whose words before 负责 are no unit stays whole.
            (
                "此项工作负责到底",
                &[("此项工作负责到底", Responsible, false)],
                false,
            ),
            (
                "县发改局、投促局、商务事业发展中心、生态环境局等相关部门",
                &[
                    ("县发改局", Responsible, false),
                    ("县投促局", Responsible, false),
                    ("县商务事业发展中心", Responsible, false),
                    ("县生态环境局", Responsible, false),
                ],
                true,
            ),
            (
                "各镇（街道）、县政府各部门",
                &[
                    ("各镇（街道）", Responsible, true),
                    ("县政府各部门", Responsible, true),
                ],
                false,
            ),
            (
                "各镇（街道）\n县政府办公室、行政审批局",
                &[
                    ("各镇（街道）", Responsible, true),
                    ("县政府办公室", Responsible, false),
                    ("县行政审批局", Responsible, false),
                ],
                false,
            ),
            (
                "生态环境局、环卫绿化管护中心",
                &[
                    ("生态环境局", Responsible, false),
                    ("环卫绿化管护中心", Responsible, false),
                ],
                false,
            ),
            (
                "县住建局、城市更新中心、住房保障服务中心",
                &[
                    ("县住建局", Responsible, false),
                    ("县城市更新中心", Responsible, false),
                    ("县住房保障服务中心", Responsible, false),
                ],
                false,
            ),
            (
                "县人社局、农业农村局、财政局、民政局",
                &[
                    ("县人社局", Responsible, false),
                    ("县农业农村局", Responsible, false),
                    ("县财政局", Responsible, false),
                    ("县民政局", Responsible, false),
                ],
                false,
            ),
            (
                "县发改局牵头，县财政局、县商务局配合",
                &[
                    ("县发改局", Lead, false),
                    ("县财政局", Support, false),
                    ("县商务局", Support, false),
                ],
                false,
            ),
            (
                "县发改局牵头，财政局、商务局配合",
                &[
                    ("县发改局", Lead, false),
                    ("县财政局", Support, false),
                    ("县商务局", Support, false),
                ],
                false,
            ),
            ("县发改局牵头", &[("县发改局", Lead, false)], false),
            (
                "县发改局（牵头）、市场监管局、城市管理局",
                &[
                    ("县发改局", Lead, false),
                    ("县市场监管局", Responsible, false),
                    ("县城市管理局", Responsible, false),
                ],
                false,
            ),
            (
                "市场监管局、城市管理局、区块链发展中心、乡村振兴局",
                &[
                    ("市场监管局", Responsible, false),
                    ("城市管理局", Responsible, false),
                    ("区块链发展中心", Responsible, false),
                    ("乡村振兴局", Responsible, false),
                ],
                false,
            ),
            (
                "（生态环境部牵头，国家发展改革委、工业和信息化部、住房城乡建设部参与）",
                &[
                    ("生态环境部", Lead, false),
                    ("国家发展改革委", Support, false),
                    ("工业和信息化部", Support, false),
                    ("住房城乡建设部", Support, false),
                ],
                false,
            ),
            (
                "（县发改局牵头，县直各部门按职责分工负责）",
                &[("县发改局", Lead, false), ("县直各部门", Responsible, true)],
                false,
            ),
            (
                "平阴县发改局、财政局；济南市生态环境局、自然资源和规划局",
                &[
                    ("平阴县发改局", Responsible, false),
                    ("平阴县财政局", Responsible, false),
                    ("济南市生态环境局", Responsible, false),
                    ("济南市自然资源和规划局", Responsible, false),
                ],
                false,
            ),
            (
                "县教育和体育局、锦水街道、榆山街道、各镇",
                &[
                    ("县教育和体育局", Responsible, false),
                    ("锦水街道", Responsible, false),
                    ("榆山街道", Responsible, false),
                    ("各镇", Responsible, true),
                ],
                false,
            ),
            (
                "县委宣传部、网信办、团县委",
                &[
                    ("县委宣传部", Responsible, false),
                    ("县网信办", Responsible, false),
                    ("团县委", Responsible, false),
                ],
                false,
            ),
            (
                "各有关单位，相关部门",
                &[
                    ("各有关单位", Responsible, true),
                    ("相关部门", Responsible, true),
                ],
                false,
            ),
            (
                "各部门（单位）",
                &[("各部门（单位）", Responsible, true)],
                false,
            ),
            ("各成员单位", &[("各成员单位", Responsible, true)], false),
            (
                "县政府相关部门、各镇街",
                &[
                    ("县政府相关部门", Responsible, true),
                    ("各镇街", Responsible, true),
                ],
                false,
            ),
            (
                "市应急管理局、市工业和信息化局、市住房和城乡建设局等行业主管部门",
                &[
                    ("市应急管理局", Responsible, false),
                    ("市工业和信息化局", Responsible, false),
                    ("市住房和城乡建设局", Responsible, false),
                ],
                true,
            ),
            (
                "县财政局、县等级评定委员会",
                &[
                    ("县财政局", Responsible, false),
                    ("县等级评定委员会", Responsible, false),
                ],
                false,
            ),
            (
                "县卫健局、医保局等",
                &[
                    ("县卫健局", Responsible, false),
                    ("县医保局", Responsible, false),
                ],
                true,
            ),
            (
                "县财政局，县审计局；县统计局",
                &[
                    ("县财政局", Responsible, false),
                    ("县审计局", Responsible, false),
                    ("县统计局", Responsible, false),
                ],
                false,
            ),
            (
                "县发改局  县财政局\u{3000}县商务局",
                &[
                    ("县发改局", Responsible, false),
                    ("县财政局", Responsible, false),
                    ("县商务局", Responsible, false),
                ],
                false,
            ),
            (
                "牵头单位：县发改局；配合单位：县财政局、交通运输局",
                &[
                    ("县发改局", Lead, false),
                    ("县财政局", Support, false),
                    ("县交通运输局", Support, false),
                ],
                false,
            ),
            (
                "县发改局、县财政局牵头，各镇（街道）配合",
                &[
                    ("县发改局", Lead, false),
                    ("县财政局", Lead, false),
                    ("各镇（街道）", Support, true),
                ],
                false,
            ),
            (
                "市中区发改局、财政局",
                &[
                    ("市中区发改局", Responsible, false),
                    ("市中区财政局", Responsible, false),
                ],
                false,
            ),
            (
                "县市场监管局、公安局等有关部门配合",
                &[
                    ("县市场监管局", Support, false),
                    ("县公安局", Support, false),
                ],
                true,
            ),
            // 共同负责 ends a group like 负责 (it was missing from this copy of the list).
            (
                "县发改局、县财政局共同负责",
                &[
                    ("县发改局", Responsible, false),
                    ("县财政局", Responsible, false),
                ],
                false,
            ),
            (
                "县发改局（牵头单位）、县财政局（配合单位）",
                &[("县发改局", Lead, false), ("县财政局", Support, false)],
                false,
            ),
            // 区市场监管局 is 区 + 市场监管局: its prefix is not spread onto it again.
            (
                "区行政审批局、区市场监管局、区人社局",
                &[
                    ("区行政审批局", Responsible, false),
                    ("区市场监管局", Responsible, false),
                    ("区人社局", Responsible, false),
                ],
                false,
            ),
            // Units as prose: a collective does things too; a one-character stub where an
            // excerpt cut the list is no unit.
            (
                "区教育局牵头全区招生信息发布工作，各中小学负责本校信息公开，有",
                &[("区教育局", Lead, false), ("各中小学", Responsible, true)],
                false,
            ),
            // A bare 单位 shares the qualifier before it, not the jurisdiction.
            (
                "市直有关部门、单位，各区市政府",
                &[
                    ("市直有关部门", Responsible, true),
                    ("单位", Responsible, true),
                    ("各区市政府", Responsible, true),
                ],
                false,
            ),
            (
                "县政府办公室。",
                &[("县政府办公室", Responsible, false)],
                false,
            ),
            ("", &[], false),
            (" ， 、 ", &[], false),
        ];
        for &(raw, want, open) in cases {
            let got = split_units(raw);
            let got_units: Vec<(&str, UnitRole, bool)> = got
                .units
                .iter()
                .map(|u| (u.name.as_str(), u.role, u.collective))
                .collect();
            assert_eq!(got_units, want, "units of {raw:?}");
            assert_eq!(got.open, open, "open of {raw:?}");
        }
    }

    #[test]
    fn prefixes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("县发改局", Some("县")),
            ("平阴县发改局", Some("平阴县")),
            ("济南市生态环境局", Some("济南市")),
            ("济南市平阴县发改局", Some("济南市平阴县")),
            ("济南市市场监管局", Some("济南市")),
            ("县市场监管局", Some("县")),
            ("市政府办公室", Some("市")),
            ("市中区发改局", Some("市中区")),
            ("市中医院", Some("市")),
            ("市中心医院", Some("市")),
            ("市中级人民法院", Some("市")),
            ("市中区人民医院", Some("市中区")),
            ("区市场监管局", Some("区")),
            ("区市政工程中心", Some("区")),
            ("区市", None),
            ("市场监管局", None),
            ("市政工程中心", None),
            ("城市管理局", None),
            ("区块链发展中心", None),
            ("乡村振兴局", None),
            ("社区卫生服务中心", None),
            ("县市区政府", None),
            ("县级医院", None),
            ("镇街", None),
            ("县", None),
            ("团县委", None),
            ("平阴县", None),
            ("各镇（街道）", None),
        ];
        for &(name, want) in cases {
            assert_eq!(jurisdiction_prefix(name).as_deref(), want, "{name:?}");
        }
    }

    #[test]
    fn generic_units() {
        for yes in [
            "各责任单位",
            "各部门",
            "有关单位",
            "各有关单位",
            "相关部门",
            "单位",
            "各成员单位",
        ] {
            assert!(is_generic_unit(yes), "{yes}");
        }
        for no in [
            "各乡镇人民政府",
            "县政府各部门",
            "县发改局",
            "各街道办事处",
            "科技部",
        ] {
            assert!(!is_generic_unit(no), "{no}");
        }
    }

    #[test]
    fn first_unit_rules() {
        for yes in [
            "列第一位的为牵头单位，下同",
            "（首位单位为牵头单位,下同）",
            "除标注“分别牵头”外，列第一位为牵头或汇总单位，下同",
            "排名第一的单位为牵头单位",
            "排在第一位的为牵头单位",
        ] {
            assert!(states_first_unit_leads(yes), "{yes}");
        }
        for no in [
            "力争排名全市首位，由县发改局牵头推进",
            "县发改局牵头，县财政局配合",
            "列第一位的单位要高度重视",
            "",
        ] {
            assert!(!states_first_unit_leads(no), "{no}");
        }
    }

    /// Every char-boundary slice of awkward inputs: nothing may panic.
    #[test]
    fn elided_heads_stay_whole() {
        let list = split_units("县直、驻县有关单位");
        let names: Vec<&str> = list.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["县直、驻县有关单位"]);
        assert!(list.units[0].collective);
        let list = split_units("县发改局、县直、驻县各单位");
        let names: Vec<&str> = list.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["县发改局", "县直、驻县各单位"]);
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = split_units(t);
            let _ = states_first_unit_leads(t);
            let _ = is_generic_unit(t);
        });
    }
}
