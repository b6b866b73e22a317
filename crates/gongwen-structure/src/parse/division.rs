//! The number of a division at the start of a paragraph: 第一编, 第一章, 第一节 and 第一条 of
//! 办法, 规定, 细则 and 章程, and the 第一部分 of 方案, 规划 and 报告, which are parts in the
//! same sense as a 编. [`crate::body::articles`] says how they nest.
//!
//! Decisions taken here (each covered by a test):
//! - Only at the start of a paragraph: "根据第五条规定" never qualifies, and neither does a
//!   paragraph that starts with a reference to an article rather than with the article
//!   itself: "第五条规定的…", "第五条所称…", "第五条第二款…", "第五条、第六条…" (the number is
//!   directly followed by a word that continues a reference).
//! - The number is Chinese in the positional style (第十二条, 第一百零一条, financial forms
//!   too) or Arabic (第12条); digit-by-digit forms (第二〇条) and 0 are not numbers.
//! - A 编, 章 or 节 is a heading line: what follows the number is short and is not a
//!   sentence ("第一章　总则"); "第一章规定了……。" is running text.
//! - A 部分 is a heading line too, and is set apart from its heading by white space or a
//!   colon, or stands alone ("第一部分　总体要求", "第二部分："): "第一部分为……" and
//!   "第一部分内容" are running text.

use gongwen_model::SectionKind;

use crate::lex::document::{DIVISIONS, REFERENCE_STARTS};
use crate::parse::label::run_len;
use crate::parse::numerals::{arabic_digit, parse_number};
use crate::text::chars::is_space;

/// A 编, 章, 节 or 条 found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Division<'a> {
    /// Part, chapter, section or article.
    pub kind: SectionKind,
    /// The number as printed, e.g. "第十二条", "第 3 章".
    pub raw: &'a str,
    /// Its value.
    pub ordinal: u32,
    /// The text after the number and the white space or colon after it.
    pub rest: &'a str,
}

/// The 编/章/节/条 starting `text`, if any.
pub(crate) fn parse_division(text: &str) -> Option<Division<'_>> {
    let body = text.trim_start_matches(is_space);
    let after_di = body.strip_prefix('第')?;
    let inner = after_di.trim_start_matches(is_space);
    let digits = run_len(inner, |c| is_number_char(c) || arabic_digit(c).is_some());
    // 第一百二十三 is seven characters; a longer run is not an article number.
    if digits == 0 || inner[..digits].chars().nth(MAX_NUMBER_CHARS).is_some() {
        return None;
    }
    let ordinal = number_value(&inner[..digits])?;
    let after_number = inner[digits..].trim_start_matches(is_space);
    let (word, kind) = DIVISIONS
        .iter()
        .find(|(w, _)| after_number.starts_with(w))?;
    let (kind, unit_len) = (*kind, word.len());
    // A 部分 is set apart from its heading: "第一部分　总体要求", not "第一部分为…".
    if *word == "部分" {
        let after_part = &after_number[unit_len..];
        let set_apart = after_part.is_empty()
            || after_part.starts_with(is_space)
            || after_part.starts_with(['：', ':']);
        if !set_apart {
            return None;
        }
    }
    let label_end = body.len() - after_number.len() + unit_len;
    let raw = &body[..label_end];
    let after = &body[label_end..];
    let spaced = after.starts_with(is_space);
    let rest = after
        .trim_start_matches(is_space)
        .trim_start_matches(['：', ':'])
        .trim_start_matches(is_space);
    // "第五条规定的…" refers to an article; "第五条 规定…" (spaced) would be odd but is one.
    if !spaced && REFERENCE_STARTS.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    if kind != SectionKind::Article && !is_division_heading(rest) {
        return None;
    }
    Some(Division {
        kind,
        raw,
        ordinal,
        rest,
    })
}

/// What may follow "第一章": nothing, or a short heading that is not a sentence, nor a
/// clock time ("第一节 8:00—8:45" is a class period in a schedule, not a 节).
fn is_division_heading(rest: &str) -> bool {
    rest.chars().count() <= MAX_DIVISION_HEADING
        && !rest.contains(['。', '，', '；', '！', '？', ',', ';'])
        && !has_clock_time(rest)
}

/// A colon between two digits: "8:00", "14：30".
fn has_clock_time(text: &str) -> bool {
    let digit = |c: Option<char>| c.and_then(arabic_digit).is_some();
    let (mut before, mut colon) = (None, None);
    for c in text.chars() {
        if digit(before) && matches!(colon, Some(':' | '：')) && digit(Some(c)) {
            return true;
        }
        (before, colon) = (colon, Some(c));
    }
    false
}

/// Characters of a Chinese numeral in the positional style, financial forms included.
pub(crate) fn is_number_char(c: char) -> bool {
    "一二三四五六七八九十百千零〇两壹贰叁肆伍陆柒捌玖拾佰仟".contains(c)
}

/// The value of an article number: Arabic (1–4 digits) or Chinese in the positional
/// style. "二〇" (digit by digit) and "零…" are not article numbers.
fn number_value(s: &str) -> Option<u32> {
    let arabic = s.chars().all(|c| arabic_digit(c).is_some());
    if arabic {
        if s.chars().count() > 4 {
            return None;
        }
    } else {
        if !s.chars().all(is_number_char) || s.starts_with(['零', '〇']) {
            return None;
        }
        let has_unit = s.chars().any(|c| "十百千拾佰仟".contains(c));
        if s.chars().count() > 1 && !has_unit {
            return None;
        }
    }
    let n = parse_number(s)?;
    (1..=MAX_ORDINAL).contains(&n).then_some(n)
}

/// Longest heading of a 编, 章 or 节 (characters).
const MAX_DIVISION_HEADING: usize = 30;

/// Largest article number accepted.
const MAX_ORDINAL: u32 = 9999;

/// Most characters of an article number (九千九百九十九 has seven).
const MAX_NUMBER_CHARS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divisions() {
        use SectionKind::{Article, Chapter, Part, Section};
        // (input, kind, raw, ordinal, rest)
        let cases: &[(&str, SectionKind, &str, u32, &str)] = &[
            ("第一章　总则", Chapter, "第一章", 1, "总则"),
            ("\u{3000}第二章 设计", Chapter, "第二章", 2, "设计"),
            ("第十章附则", Chapter, "第十章", 10, "附则"),
            ("第三章", Chapter, "第三章", 3, ""),
            ("第一节　一般规定", Section, "第一节", 1, "一般规定"),
            ("第二编 分则", Part, "第二编", 2, "分则"),
            ("第一部分　总体要求", Part, "第一部分", 1, "总体要求"),
            ("第三部分：保障措施", Part, "第三部分", 3, "保障措施"),
            ("第二部分", Part, "第二部分", 2, ""),
            (
                "第一章 2024年工作回顾",
                Chapter,
                "第一章",
                1,
                "2024年工作回顾",
            ),
            (
                "第一条　为了加强绿色建筑管理，制定本办法。",
                Article,
                "第一条",
                1,
                "为了加强绿色建筑管理，制定本办法。",
            ),
            (
                "第十二条 建设单位不得擅自修改设计文件。",
                Article,
                "第十二条",
                12,
                "建设单位不得擅自修改设计文件。",
            ),
            (
                "第一百零一条　本办法自公布之日起施行。",
                Article,
                "第一百零一条",
                101,
                "本办法自公布之日起施行。",
            ),
            (
                "第二十条本办法由市住建局负责解释。",
                Article,
                "第二十条",
                20,
                "本办法由市住建局负责解释。",
            ),
            (
                "第12条 本办法自2025年1月1日起施行。",
                Article,
                "第12条",
                12,
                "本办法自2025年1月1日起施行。",
            ),
            ("第 3 条 适用范围。", Article, "第 3 条", 3, "适用范围。"),
            (
                "第一条：为了规范管理，制定本办法。",
                Article,
                "第一条",
                1,
                "为了规范管理，制定本办法。",
            ),
            (
                "第三条【适用范围】本办法适用于全县。",
                Article,
                "第三条",
                3,
                "【适用范围】本办法适用于全县。",
            ),
            ("第五条", Article, "第五条", 5, ""),
            (
                "第拾贰条　财务形式的数字。",
                Article,
                "第拾贰条",
                12,
                "财务形式的数字。",
            ),
        ];
        for &(input, kind, raw, ordinal, rest) in cases {
            let d = parse_division(input).unwrap_or_else(|| panic!("no division in {input:?}"));
            assert_eq!(d.kind, kind, "kind of {input:?}");
            assert_eq!(d.raw, raw, "raw of {input:?}");
            assert_eq!(d.ordinal, ordinal, "ordinal of {input:?}");
            assert_eq!(d.rest, rest, "rest of {input:?}");
        }
    }

    #[test]
    fn not_divisions() {
        for input in [
            "",
            "第",
            "第一",
            "根据第五条规定，制定本细则。",
            "第五条规定的情形，按照本办法处理。",
            "第五条所称绿色建筑，是指……",
            "第五条第二款规定的期限届满的，",
            "第五条、第六条规定的事项",
            "第五条至第八条的规定适用于",
            "第五条的规定适用于",
            "第五条中的“单位”是指",
            "第五条和第六条",
            "第五条款",
            "第一章规定了总的原则，第二章规定了设计要求。",
            "第二章的内容很长，这里不是标题，因为它是一个完整的句子，有逗号。",
            "第一批试点单位名单",
            "第一次全体会议",
            "第二〇条 数字逐位书写的不是条号",
            "第零条 零不是条号",
            "第0条 零不是条号",
            "第12345条 太大",
            "第十十十十十十十十十十十十条 太长",
            "第一季度",
            "第一部分为总体要求，第二部分为重点任务。",
            "第一部分内容",
            "第一部分为总体要求",
            "第一节 8:00",
            "第二节　8:50—9:35 语文",
            "第三节 １４：３０",
            "第二个条件",
            "一、第一条",
            "（一）第三章",
        ] {
            assert_eq!(parse_division(input), None, "input {input:?}");
        }
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = parse_division(t);
        });
    }
}
