//! What a 印发 / 转发 notice says it carries, and how to know the carried document's
//! heading when it comes: the names its title gives ("关于印发《A》和《B》的通知", "关于印发
//! 2024年工作要点的通知") and the names its text gives ("《X》已经市政府同意，现印发给你们",
//! "现将X印发给你们"). A notice copied from a website often starts at its 主送 with no
//! title: its sentence alone tells that it carries a document.
//!
//! A printed heading may add or drop the region's name or the years the name states
//! ("2023年区《政府工作报告》确定的…方案" for 《区〈政府工作报告〉确定的…方案》,
//! "梧溪县2022—2024年农村生活垃圾分类处理实施方案" for 《梧溪县农村生活垃圾分类处理实施方案》),
//! and prints inner book-title marks either way (《》 or 〈〉): [`heading_match`] allows
//! for both.

use std::sync::LazyLock;

use crate::filter::para::Para;
use crate::header::title::doc_type_of;
use crate::lex::document::{CARRY_PHRASES, CARRY_SUBJECT, CARRY_VERBS, DOC_TYPES, TITLE_WORDS};
use crate::lex::index::WordIndex;
use crate::parse::doc_number::find_doc_number;
use crate::text::chars::is_space;

/// How many paragraphs of the text are searched for the sentence that carries.
const SENTENCE_WINDOW: usize = 4;
/// The shortest name (characters, marks removed) matched by its start or end alone.
const MIN_PARTIAL: usize = 6;

/// The names of the documents a notice carries, in order (none may be known), or `None`
/// when neither its title nor the start of its text says it carries any.
pub(crate) fn carried_names(title: Option<&str>, text: &[Para<'_>]) -> Option<Vec<String>> {
    let from_title = title.and_then(title_subject);
    let sentence = text
        .iter()
        .take(SENTENCE_WINDOW)
        .find_map(|p| carrying_sentence(p.text()));
    if from_title.is_none() && sentence.is_none() {
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    for name in from_title
        .into_iter()
        .flatten()
        .chain(sentence.into_iter().flatten())
    {
        if name.is_empty() || names.iter().any(|n| bare(n) == bare(&name)) {
            continue;
        }
        // A 转发 title drops the 的 of the notice it forwards ("转发…工作通知的通知"); the
        // sentence quoting it in 《》 keeps the title as printed ("…工作的通知").
        match names.iter_mut().find(|n| drops_de(n, &name)) {
            Some(n) => *n = name,
            None => names.push(name),
        }
    }
    Some(names)
}

/// `short` is `full` without the 的 before its 文种 ("…工作通知" against "…工作的通知").
fn drops_de(short: &str, full: &str) -> bool {
    let full = full.trim_matches(is_space);
    DOC_TYPES.iter().any(|(_, kind)| {
        full.strip_suffix(kind)
            .and_then(|head| head.strip_suffix('的'))
            .is_some_and(|head| {
                let a = bare(short);
                !a.is_empty() && a == bare(&format!("{head}{kind}"))
            })
    })
}

/// The documents a transmitting title names: "关于印发《A》和《B》的通知" → A, B; "关于印发
/// 2024年工作要点的通知" → 2024年工作要点. `None` when the title carries nothing.
fn title_subject(title: &str) -> Option<Vec<String>> {
    let verb = TITLE_WORDS
        .iter()
        .filter(|w| w.transmits)
        .filter_map(|w| title.find(w.word).map(|at| at + w.word.len()))
        .min()?;
    let rest = &title[verb..];
    doc_type_of(title)?;
    // The subject runs to the last 的 before the 文种.
    let end = rest.rfind('的').unwrap_or(rest.len());
    Some(split_subject(&rest[..end]))
}

/// The names a sentence gives of the documents it carries: "《X》已经市政府同意，现印发给你们"
/// → X; "现将《X》责任分解印发给你们" → X责任分解; "现将X印发给你们" → X. `None` for a
/// sentence that carries nothing ("根据《…关于印发…的通知》…").
fn carrying_sentence(text: &str) -> Option<Vec<String>> {
    let phrase = top_level_first(text, &CARRY_PHRASE_INDEX);
    // "现将…印发", the verb outside any book title.
    let subject = text.find(CARRY_SUBJECT).and_then(|at| {
        let from = at + CARRY_SUBJECT.len();
        let verb = top_level_first(&text[from..], &CARRY_VERB_INDEX)?;
        Some(&text[from..from + verb])
    });
    match (subject, phrase) {
        (Some(s), _) => Some(split_subject(s)),
        (None, Some(at)) => Some(book_names(&text[..at])),
        (None, None) => None,
    }
}

/// A subject of one or more documents: "《A》和《B》" → A, B (each book title alone);
/// anything else is one name as printed.
fn split_subject(subject: &str) -> Vec<String> {
    let s = subject.trim_matches(is_space);
    let names = book_names(s);
    let mut rest: String = strip_books(s);
    // "《X》（琅政办明电〔2025〕8号）": the number after a book title is no part of a name.
    if let Some((_, range)) = find_doc_number(&rest) {
        let before =
            rest[..range.start].trim_end_matches(|c: char| is_space(c) || matches!(c, '（' | '('));
        let after =
            rest[range.end..].trim_start_matches(|c: char| is_space(c) || matches!(c, '）' | ')'));
        rest = format!("{before}{after}");
    }
    let joiners = rest
        .chars()
        .all(|c| is_space(c) || matches!(c, '和' | '及' | '与' | '、' | '，' | ','));
    if !names.is_empty() && joiners {
        names
    } else {
        vec![s.to_owned()]
    }
}

/// The top-level book titles of `text` ("《A〈B〉C》" → "A〈B〉C").
fn book_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '《' => {
                if depth == 0 {
                    start = i + c.len_utf8();
                }
                depth += 1;
            }
            '》' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    names.push(text[start..i].trim_matches(is_space).to_owned());
                }
            }
            _ => {}
        }
    }
    names
}

/// `text` without its top-level book titles.
fn strip_books(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '《' => depth += 1,
            '》' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Where a word of `words` first stands outside any book title: one pass over `text`,
/// counting the book-title depth, each place compared only with the words starting with
/// its character (a substring search per word was most of this phase's time).
fn top_level_first(text: &str, words: &WordIndex) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '《' => depth += 1,
            '》' if depth > 0 => depth -= 1,
            _ if depth == 0 && words.starting(c, &text[at..]).is_some() => return Some(at),
            _ => {}
        }
    }
    None
}

static CARRY_PHRASE_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(CARRY_PHRASES.iter().copied()));
static CARRY_VERB_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(CARRY_VERBS.iter().copied()));

/// Builds the indexes above now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&CARRY_PHRASE_INDEX);
    LazyLock::force(&CARRY_VERB_INDEX);
}

/// How a printed heading names a document: [`Match::Exact`] when the same words (years
/// aside), [`Match::Partial`] when one ends or starts with the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Match {
    Partial,
    Exact,
}

/// Whether a printed heading is the document named `name`, and how: the same words once
/// white space and book-title marks are dropped, or once the years are dropped too
/// (exact); or one ending or starting with the other (a region's name or a year added or
/// dropped: partial).
pub(crate) fn heading_match(heading: &str, name: &str) -> Option<Match> {
    let (h, n) = (bare(heading), bare(name));
    if h.is_empty() || n.is_empty() {
        return None;
    }
    if h == n || without_years(&h) == without_years(&n) {
        return Some(Match::Exact);
    }
    let short = h.chars().count().min(n.chars().count());
    (short >= MIN_PARTIAL
        && (h.ends_with(&n) || n.ends_with(&h) || h.starts_with(&n) || n.starts_with(&h)))
    .then_some(Match::Partial)
}

/// `s` without white space, book-title and quotation marks.
fn bare(s: &str) -> String {
    s.chars()
        .filter(|c| !is_space(*c) && !matches!(c, '《' | '》' | '〈' | '〉' | '<' | '>'))
        .collect()
}

/// `s` without the years it states: "2022—2024年", "2023年度", "2023年".
fn without_years(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(len) = years_at(&chars[i..]) {
            i += len;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The length (characters) of a year or a span of years at the start of `c`, with its 年
/// (and 度).
fn years_at(c: &[char]) -> Option<usize> {
    let digits = |from: usize| {
        c.get(from..from + 4)
            .is_some_and(|d| d.iter().all(char::is_ascii_digit))
    };
    if !digits(0) {
        return None;
    }
    let mut len = 4;
    if c.get(4)
        .is_some_and(|d| matches!(d, '—' | '-' | '－' | '–' | '至' | '~' | '～'))
        && digits(5)
    {
        len = 9;
    }
    if c.get(len) != Some(&'年') {
        return None;
    }
    len += 1;
    if c.get(len) == Some(&'度') {
        len += 1;
    }
    Some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(lines: &[&str]) -> Vec<Para<'static>> {
        static HINTS: std::sync::OnceLock<gongwen_blocks::Hints> = std::sync::OnceLock::new();
        let hints = HINTS.get_or_init(gongwen_blocks::Hints::default);
        lines
            .iter()
            .map(|t| Para::new((*t).to_owned(), gongwen_model::Loc::block(0), hints))
            .collect()
    }

    #[test]
    fn names_carried() {
        // (title, text, names)
        type Case<'a> = (Option<&'a str>, &'a [&'a str], Option<&'a [&'a str]>);
        let cases: &[Case<'_>] = &[
            // A 转发 title drops the forwarded notice's 的; the sentence quoting it (with
            // its number after it) gives the title as printed.
            (
                Some(
                    "涔阳市人民政府办公室转发琅嶂省人民政府办公厅关于加强森林防灭火工作通知的通知",
                ),
                &[
                    "现将《琅嶂省人民政府办公厅关于加强森林防灭火工作的通知》（琅政办明电〔2025〕8号）转发给你们，请认真贯彻落实。",
                ],
                Some(&["琅嶂省人民政府办公厅关于加强森林防灭火工作的通知"]),
            ),
            // A 的 elsewhere than before the 文种 is no 的 a title dropped.
            (
                Some("柏岩县人民政府关于印发柏岩县甲方案的通知"),
                &["现将《柏岩县的甲方案》印发给你们，请认真贯彻执行。"],
                Some(&["柏岩县甲方案", "柏岩县的甲方案"]),
            ),
            (
                Some("柏岩县人民政府关于印发《柏岩县甲方案》和《柏岩县乙计划》的通知"),
                &["现将《柏岩县甲方案》和《柏岩县乙计划》印发给你们，请认真贯彻执行。"],
                Some(&["柏岩县甲方案", "柏岩县乙计划"]),
            ),
            (
                Some(
                    "柏岩县人民政府办公室关于印发2023年区《政府工作报告》确定的任务分解方案的通知",
                ),
                &["2023年《区〈政府工作报告〉确定的任务分解方案》已经区政府同意，现印发给你们。"],
                Some(&[
                    "2023年区《政府工作报告》确定的任务分解方案",
                    "区〈政府工作报告〉确定的任务分解方案",
                ]),
            ),
            // No title: the sentence says it.
            (
                None,
                &[
                    "各镇人民政府：",
                    "《柏岩县2023年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。",
                ],
                Some(&["柏岩县2023年政务公开工作要点"]),
            ),
            (
                None,
                &["经县人民政府同意，现将《柏岩县防汛规划》责任分解印发给你们。"],
                Some(&["《柏岩县防汛规划》责任分解"]),
            ),
            (
                None,
                &["经县人民政府同意，现将柏岩县春季森林防灭火工作方案印发给你们。"],
                Some(&["柏岩县春季森林防灭火工作方案"]),
            ),
            // The negative cases: a 印发 inside a cited title, a 《纲要》 being divided, a
            // short name.
            (
                None,
                &[
                    "为贯彻落实《国务院办公厅关于印发2017年政务公开工作要点的通知》（以下简称《通知》）精神，现就有关事项通知如下：",
                ],
                None,
            ),
            (
                Some(
                    "柏岩县人民政府办公厅关于落实《柏岩县“十四五”规划纲要》主要目标任务分工的通知",
                ),
                &[
                    "《纲要》明确了今后五年的目标任务，为确保《纲要》顺利实施，现将有关事项通知如下。",
                ],
                None,
            ),
        ];
        for (title, text, want) in cases {
            let got = carried_names(*title, &paras(text));
            let want = want.map(|w| w.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
            assert_eq!(got, want, "{title:?} {text:?}");
        }
    }

    #[test]
    fn headings_named() {
        // (heading, name, same?)
        let cases = [
            (
                "2023年区《政府工作报告》确定的任务分解方案",
                "区〈政府工作报告〉确定的任务分解方案",
                true,
            ),
            (
                "梧溪县2022—2024年农村生活垃圾分类处理实施方案",
                "梧溪县农村生活垃圾分类处理实施方案",
                true,
            ),
            (
                "落实《霁川市政府工作报告》重点任务分工方案",
                "汐浦区落实〈霁川市政府工作报告〉重点任务分工方案",
                true,
            ),
            (
                "舟山市贯彻《浙江省政务公开五年行动计划》实施方案",
                "舟山市贯彻〈浙江省政务公开五年行动计划〉实施方案",
                true,
            ),
            ("2023年5月16日", "柏岩县城市内涝治理任务分解", false),
            (
                "为系统解决城市内涝问题，制定本方案。",
                "柏岩县城市内涝治理任务分解",
                false,
            ),
            ("一、总体要求", "柏岩县2023年工作要点", false),
        ];
        for (heading, name, want) in cases {
            assert_eq!(
                heading_match(heading, name).is_some(),
                want,
                "{heading} / {name}"
            );
        }
        // A heading run on into the text's first line names the document in part only.
        let name = "柏岩市2021年大气污染防治攻坚实施方案";
        assert_eq!(heading_match(name, name), Some(Match::Exact));
        assert_eq!(
            heading_match("柏岩市大气污染防治攻坚实施方案", name),
            Some(Match::Exact)
        );
        assert_eq!(
            heading_match(&format!("{name}为持续改善全市环境空气质量，根据"), name),
            Some(Match::Partial)
        );
    }
}
