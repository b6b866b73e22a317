//! People named in a document: an official's title and name in a 令's signature
//! ("市长　周明远"), and the entries of a 纪要's attendance lists ("县发改局　钱凯",
//! "副县长　李强", "马志远（在省委党校学习）").
//!
//! Formal documents pad two-character names to the width of three ("陈　晨"), so a lone
//! character followed by another lone character is one name, not two.

use std::borrow::Cow;

use crate::lex::brackets::{closes_group, opens_group};
use crate::lex::organs::TITLE_ENDINGS;
use crate::text::chars::{is_cjk, is_organ_name, is_space, squeeze};

/// Longest title taken (characters): "县人民政府党组成员、副县长" is about as long as they get.
const MAX_TITLE: usize = 16;
/// Longest entry split into unit, title and name (characters); a longer one is kept whole,
/// which also keeps the search for a title's end linear on hostile input.
const MAX_PERSON_ENTRY: usize = 40;

/// True when `s` has more than `n` characters, without counting past `n`.
fn longer_than(s: &str, n: usize) -> bool {
    s.chars().nth(n).is_some()
}

/// A person's name: 2–4 CJK characters (after removing padding), or a transliterated
/// name with a middle dot (阿不都·热合曼); never an organ or a title.
pub(crate) fn is_person_name(s: &str) -> bool {
    if longer_than(s, 12) {
        return false;
    }
    let n = s.chars().count();
    let dotted = s.contains(['·', '•', '・']);
    let all_cjk = s
        .chars()
        .all(|c| is_cjk(c) || (dotted && matches!(c, '·' | '•' | '・')));
    all_cjk
        && if dotted {
            (3..=12).contains(&n)
        } else {
            (2..=4).contains(&n)
        }
        && !is_organ_name(s)
        && !is_title(s)
}

/// An official title: ends like one, not an organ name, only CJK characters.
pub(crate) fn is_title(s: &str) -> bool {
    if longer_than(s, MAX_TITLE) {
        return false;
    }
    let n = s.chars().count();
    n >= 2
        && s.chars().all(is_cjk)
        && TITLE_ENDINGS.iter().any(|e| s.ends_with(e))
        && !is_organ_name(s)
}

/// Splits at white space outside brackets, and joins the halves of a padded name
/// ("陈　晨" → "陈晨").
pub(crate) fn tokens(text: &str) -> Vec<Cow<'_, str>> {
    let mut raw: Vec<&str> = Vec::new();
    let mut depth = 0i32;
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if opens_group(c) {
            depth += 1;
        } else if closes_group(c) {
            depth = (depth - 1).max(0);
        }
        if depth == 0 && is_space(c) {
            if let Some(s) = start.take() {
                raw.push(&text[s..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        raw.push(&text[s..]);
    }
    let single = |t: &str| t.chars().count() == 1 && t.chars().all(is_cjk);
    let mut out: Vec<Cow<'_, str>> = Vec::with_capacity(raw.len());
    let mut k = 0;
    while k < raw.len() {
        match (raw.get(k), raw.get(k + 1)) {
            (Some(a), Some(b)) if single(a) && single(b) => {
                out.push(Cow::Owned(format!("{a}{b}")));
                k += 2;
            }
            (Some(a), _) => {
                out.push(Cow::Borrowed(a));
                k += 1;
            }
            _ => break,
        }
    }
    out
}

/// One person (or group) as an attendance list prints it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Person {
    pub name: String,
    pub unit: Option<String>,
    pub title: Option<String>,
    pub note: Option<String>,
}

/// Reads one list entry: "县发改局　钱　凯", "副县长　李强", "县长周鹏",
/// "马志远（在省委党校学习）", "各镇（街道）分管负责同志".
pub(crate) fn parse_person(entry: &str) -> Option<Person> {
    let entry = entry.trim_matches(is_space);
    if entry.is_empty() {
        return None;
    }
    if longer_than(entry, MAX_PERSON_ENTRY) {
        return Some(whole(entry));
    }
    let (body, note) = split_note(entry);
    let toks = tokens(body);
    let mut person = match toks.as_slice() {
        [] => return None,
        [one] => glued(one),
        [head, name] if is_person_name(name) => match unit_title(head) {
            Some((unit, title)) => Person {
                name: name.to_string(),
                unit,
                title,
                note: None,
            },
            None => whole(body),
        },
        [unit, title, name] if is_organ_name(unit) && is_title(title) && is_person_name(name) => {
            Person {
                name: name.to_string(),
                unit: Some(unit.to_string()),
                title: Some(title.to_string()),
                note: None,
            }
        }
        _ => whole(body),
    };
    person.note = note;
    Some(person)
}

/// Groups the tokens of a list printed with spaces only ("周鹏　刘建军　县发改局　钱凯")
/// into entries: a unit or title is joined to the name that follows it.
pub(crate) fn group_spaced(text: &str) -> Vec<String> {
    let toks = tokens(text);
    let mut out = Vec::with_capacity(toks.len());
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let next = toks.get(k + 1);
        let after = toks.get(k + 2);
        let lead = is_organ_name(t) || is_title(t);
        match (next, after) {
            (Some(title), Some(name))
                if is_organ_name(t) && is_title(title) && is_person_name(name) =>
            {
                out.push(format!("{t}　{title}　{name}"));
                k += 3;
            }
            (Some(name), _) if lead && is_person_name(name) => {
                out.push(format!("{t}　{name}"));
                k += 2;
            }
            _ => {
                out.push(t.to_string());
                k += 1;
            }
        }
    }
    out
}

/// The people of a signature line printed as title and name pairs: "市长　周明远",
/// "总理　李明　主席　王强". None when any part is not such a pair.
pub(crate) fn title_name_pairs(line: &str) -> Option<Vec<(String, String)>> {
    let toks = tokens(line);
    if toks.is_empty() || !toks.len().is_multiple_of(2) {
        return None;
    }
    toks.chunks(2)
        .map(|pair| match pair {
            [title, name] if titles(title) && is_person_name(name) => {
                Some((title.to_string(), name.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// One title, or several held at once ("县委副书记、县长").
fn titles(text: &str) -> bool {
    text.split('、').all(|t| !t.is_empty() && is_title(t))
}

/// A trailing bracketed remark: "马志远（在省委党校学习）" → ("马志远", "在省委党校学习").
/// Brackets inside a group's name ("各县（市、区）") are kept: only a remark after a name.
fn split_note(entry: &str) -> (&str, Option<String>) {
    let Some(inner_end) = entry.strip_suffix(['）', ')']) else {
        return (entry, None);
    };
    let Some(open) = inner_end.rfind(['（', '(']) else {
        return (entry, None);
    };
    let before = entry[..open].trim_end_matches(is_space);
    let inner = inner_end[open..]
        .trim_start_matches(['（', '('])
        .trim_matches(is_space);
    // A group's own bracket ("各县（市、区）", "各镇（街道）") is part of its name.
    let group = before.starts_with(['各', '全']) || inner.contains(['、', '，', ',']);
    let named = tokens(before)
        .last()
        .is_some_and(|t| is_person_name(t) || glued_title(t).is_some());
    if named && !group && !inner.is_empty() {
        (before, Some(inner.to_owned()))
    } else {
        (entry, None)
    }
}

/// What stands before a name: a unit, a title, or a unit then a title ("县发改局局长").
/// None when it is neither (the entry is then kept whole).
fn unit_title(head: &str) -> Option<(Option<String>, Option<String>)> {
    if is_title(head) {
        return Some(match organ_then_title(head) {
            Some((unit, title)) => (Some(unit.to_owned()), Some(title.to_owned())),
            None => (None, Some(head.to_owned())),
        });
    }
    is_organ_name(head).then(|| (Some(head.to_owned()), None))
}

/// "县发改局局长" → ("县发改局", "局长"): the longest organ name the text starts with that
/// leaves a title of at least two characters.
fn organ_then_title(text: &str) -> Option<(&str, &str)> {
    text.char_indices()
        .skip(1)
        .map(|(i, _)| (&text[..i], &text[i..]))
        .filter(|(unit, title)| {
            title.chars().count() >= 2 && is_organ_name(unit) && is_title(title)
        })
        .last()
}

/// An entry printed without spaces: "县长周鹏" is split into title and name; anything else
/// ("县直有关部门负责同志", "刘建军") is kept whole.
fn glued(text: &str) -> Person {
    match glued_title(text) {
        Some((head, name)) => {
            let (unit, title) = unit_title(head).unwrap_or((None, Some(head.to_owned())));
            Person {
                name: name.to_owned(),
                unit,
                title,
                note: None,
            }
        }
        None => whole(text),
    }
}

/// "县长周鹏" → ("县长", "周鹏"): a title followed by a name of two or three characters.
fn glued_title(text: &str) -> Option<(&str, &str)> {
    text.char_indices()
        .skip(1)
        .map(|(i, _)| (&text[..i], &text[i..]))
        .find(|(head, name)| {
            (2..=3).contains(&name.chars().count()) && is_title(head) && is_person_name(name)
        })
}

fn whole(text: &str) -> Person {
    Person {
        name: squeeze(text).into_owned(),
        ..Person::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str, unit: Option<&str>, title: Option<&str>, note: Option<&str>) -> Person {
        Person {
            name: name.to_owned(),
            unit: unit.map(str::to_owned),
            title: title.map(str::to_owned),
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn list_entries() {
        let cases: &[(&str, Person)] = &[
            ("刘建军", p("刘建军", None, None, None)),
            ("陈　晨", p("陈晨", None, None, None)),
            ("县发改局　钱　凯", p("钱凯", Some("县发改局"), None, None)),
            (
                "县政府办公室 林海涛",
                p("林海涛", Some("县政府办公室"), None, None),
            ),
            ("副县长　李强", p("李强", None, Some("副县长"), None)),
            ("县长周鹏", p("周鹏", None, Some("县长"), None)),
            (
                "县发改局局长　钱凯",
                p("钱凯", Some("县发改局"), Some("局长"), None),
            ),
            (
                "县委　副书记　王强",
                p("王强", Some("县委"), Some("副书记"), None),
            ),
            (
                "马志远（在省委党校学习）",
                p("马志远", None, None, Some("在省委党校学习")),
            ),
            (
                "各镇（街道）分管负责同志",
                p("各镇（街道）分管负责同志", None, None, None),
            ),
            (
                "县直有关部门负责同志",
                p("县直有关部门负责同志", None, None, None),
            ),
            ("各县（市、区）", p("各县（市、区）", None, None, None)),
            ("阿不都·热合曼", p("阿不都·热合曼", None, None, None)),
            // A name holding 长 is not cut into a title: 县长 + 张长江.
            ("县长张长江", p("张长江", None, Some("县长"), None)),
            // Not a name after the unit: kept whole.
            (
                "县发改局　有关科室",
                p("县发改局有关科室", None, None, None),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_person(input).as_ref(), Some(want), "{input}");
        }
        assert_eq!(parse_person("　"), None);
    }

    #[test]
    fn spaced_lists() {
        assert_eq!(
            group_spaced("周　鹏　刘建军　孙丽华　陈　晨"),
            ["周鹏", "刘建军", "孙丽华", "陈晨"]
        );
        assert_eq!(
            group_spaced("县政府办公室　林海涛　县发改局　钱　凯"),
            ["县政府办公室　林海涛", "县发改局　钱凯"]
        );
        assert_eq!(group_spaced("副县长　李强　王五"), ["副县长　李强", "王五"]);
    }

    #[test]
    fn signature_pairs() {
        let pair = |t: &str, n: &str| (t.to_owned(), n.to_owned());
        assert_eq!(
            title_name_pairs("市长　周明远"),
            Some(vec![pair("市长", "周明远")])
        );
        assert_eq!(
            title_name_pairs("代理县长　陈　晨"),
            Some(vec![pair("代理县长", "陈晨")])
        );
        assert_eq!(
            title_name_pairs("总理　李明　主席　王强"),
            Some(vec![pair("总理", "李明"), pair("主席", "王强")])
        );
        // Titles held at once, apart by 、.
        assert_eq!(
            title_name_pairs("县委副书记、县长　贺承舟"),
            Some(vec![pair("县委副书记、县长", "贺承舟")])
        );
        assert_eq!(title_name_pairs("县委副书记、　贺承舟"), None);
        for organ_lines in [
            "国务院　中央军委",
            "云岫市人民政府",
            "县财政局　县发改局",
            "周明远",
            "市长",
            "市长　县财政局",
        ] {
            assert_eq!(title_name_pairs(organ_lines), None, "{organ_lines}");
        }
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|s| {
            let _ = parse_person(s);
            let _ = group_spaced(s);
            let _ = title_name_pairs(s);
        });
    }
}
