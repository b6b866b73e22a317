//! The article structure of 办法, 规定, 细则 and 章程 once a paragraph's number is read
//! ([`crate::parse::division`]): the heading of a 条, and how 编, 章, 节, 条 and the
//! numbered items nest.
//!
//! Decisions taken here (each covered by a test):
//! - A 条 takes the rest of its paragraph as its text: "第一条　为了……" is the article 第一条
//!   with the paragraph "为了……". A heading is taken only when printed in brackets right
//!   after the number ("第三条【适用范围】…", "第三条（适用范围）…").
//! - 编 ⊃ 章 ⊃ 节 ⊃ 条 ⊃ items: a chapter holds its articles, an article its items.

use gongwen_model::SectionKind;

use crate::parse::division::is_number_char;
use crate::parse::numerals::arabic_digit;
use crate::text::chars::is_space;

/// Longest bracketed article heading (characters).
const MAX_ARTICLE_HEADING: usize = 20;

/// The heading and the text of an article's paragraph after its number: a bracketed
/// heading "【适用范围】" / "（适用范围）" when printed, the rest as text.
pub(crate) fn split_article(rest: &str) -> (Option<&str>, &str) {
    let rest = rest.trim_matches(is_space);
    let Some(open) = rest.chars().next() else {
        return (None, "");
    };
    let closers: &[char] = match open {
        '【' => &['】'],
        '（' | '(' => &['）', ')'],
        '[' => &[']'],
        '〔' => &['〕'],
        _ => return (None, rest),
    };
    let inner_start = open.len_utf8();
    let Some(end) = rest[inner_start..].find(closers).map(|i| i + inner_start) else {
        return (None, rest);
    };
    let heading = rest[inner_start..end].trim_matches(is_space);
    let n = heading.chars().count();
    let is_heading = n > 0
        && n <= MAX_ARTICLE_HEADING
        && !heading.contains(['。', '，', '；', ',', ';', '：', ':'])
        && !heading
            .chars()
            .all(|c| is_number_char(c) || arabic_digit(c).is_some());
    if !is_heading {
        return (None, rest);
    }
    let after = rest[end..]
        .chars()
        .next()
        .map_or("", |c| &rest[end + c.len_utf8()..]);
    (Some(heading), after.trim_matches(is_space))
}

/// The nesting rank of a section for building the tree: 编 0, 章 1, 节 2, 条 3, then the
/// items 一、 … ① at 4 … 8, so that a chapter holds its articles and an article its items.
pub(crate) fn rank(kind: SectionKind, level: u8) -> u8 {
    match kind {
        SectionKind::Part => 0,
        SectionKind::Chapter => 1,
        SectionKind::Section => 2,
        SectionKind::Article => 3,
        // `SectionKind` is non-exhaustive (kinds are added in minor versions): an item, and
        // any kind this crate does not make yet, nest by their level.
        _ => 3u8.saturating_add(level.max(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_headings() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "为了规范管理，制定本办法。",
                None,
                "为了规范管理，制定本办法。",
            ),
            (
                "【适用范围】本办法适用于全县。",
                Some("适用范围"),
                "本办法适用于全县。",
            ),
            (
                "（适用范围）本办法适用于全县。",
                Some("适用范围"),
                "本办法适用于全县。",
            ),
            ("(定义) 本办法所称……", Some("定义"), "本办法所称……"),
            ("【目的依据】", Some("目的依据"), ""),
            // A bracketed clause that is running text, or a numbered item, is no heading.
            (
                "（一）新建国家机关办公建筑；",
                None,
                "（一）新建国家机关办公建筑；",
            ),
            (
                "（以下简称县住建局，负责全县管理工作）",
                None,
                "（以下简称县住建局，负责全县管理工作）",
            ),
            ("（未闭合的括号", None, "（未闭合的括号"),
            ("", None, ""),
        ];
        for &(rest, heading, text) in cases {
            assert_eq!(split_article(rest), (heading, text), "rest {rest:?}");
        }
    }

    #[test]
    fn ranks_nest_articles_above_items() {
        use SectionKind::{Article, Chapter, Item, Part, Section};
        let order = [
            rank(Part, 0),
            rank(Chapter, 0),
            rank(Section, 0),
            rank(Article, 0),
            rank(Item, 1),
            rank(Item, 2),
            rank(Item, 5),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = split_article(t);
        });
    }
}
