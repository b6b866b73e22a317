//! Section labels: 一、 （一） 1. （1） ①.
//!
//! Decisions taken here (each covered by a test):
//! - White space before the label is skipped: paragraphs are often indented with U+3000.
//! - "一、二级医院…" / "二、三产业…" is an enumeration of two numerals ("first- and
//!   second-class"), not label 一 followed by a heading; it is rejected when the text
//!   after 、 starts with another Chinese numeral directly followed by a grading word
//!   (级 类 等 档 星 批 期 轮 季度 产 线 …). A heading such as "一、二〇二四年工作回顾"
//!   is still accepted.
//! - Arabic labels (1. 1、 （1）) have at most three digits, so years and phone numbers
//!   never qualify; "1.5倍", "1、2号楼" are rejected because a digit follows the
//!   delimiter, except a four-digit year ("1.2024年重点任务").
//! - Chinese label numerals must be written positionally (一 … 十 … 九十九, 一百 …);
//!   digit-by-digit forms such as 二〇二〇 are years, not labels.
//! - "1）" / "1)" without an opening bracket is read as level 4, like "（1）".
//! - ⒈ … ⒛ (digit full stop) are level 3, ⑴ … ⒇ level 4, ㈠ … ㈩ level 2.

use crate::lex::document::GRADE_WORDS;
use crate::parse::numerals::{arabic_digit, parse_number, to_chinese};

/// A section label found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label<'a> {
    /// The label exactly as printed, e.g. "(十六）".
    pub raw: &'a str,
    /// Its value, e.g. 16.
    pub ordinal: u32,
    /// 1 for 一、, 2 for （一）/㈠, 3 for 1., 4 for （1）/⑴, 5 for ①.
    pub level: u8,
    /// The text after the label, leading white space removed.
    pub rest: &'a str,
}

/// The largest ordinal accepted for a label; beyond it a number is data, not a list item.
const MAX_ORDINAL: u32 = 999;

/// Parses the section label at the start of `text`, if any.
pub fn parse_label(text: &str) -> Option<Label<'_>> {
    let body = trim_start_space(text);
    let first = body.chars().next()?;

    let (level, ordinal, len) = if let Some((level, ordinal)) = single_char_label(first) {
        let mut len = first.len_utf8();
        // "①、" and "⑴." occasionally carry a redundant delimiter: keep it in `raw`.
        if level == 5
            && let Some(c @ ('、' | '.' | '．')) = body[len..].chars().next()
        {
            len += c.len_utf8();
        }
        (level, ordinal, len)
    } else if is_open_bracket(first) {
        bracketed(body)?
    } else if arabic_digit(first).is_some() {
        arabic(body)?
    } else {
        chinese(body)?
    };

    let raw = &body[..len];
    let rest = trim_start_space(&body[len..]);
    Some(Label {
        raw,
        ordinal,
        level,
        rest,
    })
}

impl Label<'_> {
    /// The canonical form: "十六、", "（十六）", "16.", "（16）"; a circled level-5 label
    /// ("⑯") is kept as printed. Built on demand: most labels parsed are only tested.
    pub fn canonical(&self) -> String {
        canonical_label(self.level, self.ordinal, self.raw)
    }
}

/// The canonical form of a label of `level` and `ordinal` printed as `raw`.
pub(crate) fn canonical_label(level: u8, ordinal: u32, raw: &str) -> String {
    match level {
        1 => format!("{}、", to_chinese(ordinal)),
        2 => format!("（{}）", to_chinese(ordinal)),
        3 => format!("{ordinal}."),
        4 => format!("（{ordinal}）"),
        _ => raw.chars().next().map(String::from).unwrap_or_default(),
    }
}

/// Skips white space, including U+3000, NBSP, tabs and the invisible characters Word
/// and web pages leave in front of paragraphs.
fn trim_start_space(s: &str) -> &str {
    s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}'))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

fn is_open_bracket(c: char) -> bool {
    matches!(c, '(' | '（')
}

fn is_close_bracket(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// ①…⑳ ㉑…㊿ (level 5), ⑴…⒇ (level 4), ⒈…⒛ (level 3), ㈠…㈩ (level 2).
fn single_char_label(c: char) -> Option<(u8, u32)> {
    let cp = c as u32;
    match cp {
        0x2460..=0x2473 => Some((5, cp - 0x2460 + 1)),
        0x3251..=0x325F => Some((5, cp - 0x3251 + 21)),
        0x32B1..=0x32BF => Some((5, cp - 0x32B1 + 36)),
        0x2474..=0x2487 => Some((4, cp - 0x2474 + 1)),
        0x2488..=0x249B => Some((3, cp - 0x2488 + 1)),
        0x3220..=0x3229 => Some((2, cp - 0x3220 + 1)),
        _ => None,
    }
}

/// Characters a Chinese label numeral may use: positional digits and units, with the
/// financial forms. Zero forms are allowed only inside (一百零五).
fn is_label_chinese_char(c: char) -> bool {
    matches!(
        c,
        '一' | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '零'
            | '〇'
            | '壹'
            | '贰'
            | '叁'
            | '肆'
            | '伍'
            | '陆'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '廿'
            | '卅'
    )
}

fn is_unit_char(c: char) -> bool {
    matches!(c, '十' | '百' | '拾' | '佰' | '廿' | '卅')
}

/// The value of a Chinese label numeral, or `None` when it is written digit by digit
/// (二〇二〇) or starts with a zero.
fn chinese_label_value(s: &str) -> Option<u32> {
    let mut chars = s.chars();
    let first = chars.next()?;
    if matches!(first, '零' | '〇') {
        return None;
    }
    if s.chars().count() > 1 && !s.chars().any(is_unit_char) {
        return None;
    }
    let n = parse_number(s)?;
    (1..=MAX_ORDINAL).contains(&n).then_some(n)
}

/// The value of an Arabic label numeral: 1-3 digits, not 0.
fn arabic_label_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().count() > 3 || !s.chars().all(|c| arabic_digit(c).is_some()) {
        return None;
    }
    let n = parse_number(s)?;
    (1..=MAX_ORDINAL).contains(&n).then_some(n)
}

/// "2.4个小区改造工程照片": a list's number (1., 2．, 3、) and the text after it, even where a
/// digit follows the delimiter — which [`parse_label`] reads as a decimal ("1.5倍"), no
/// label. Only where the list's next number is expected does that reading hold.
pub(crate) fn list_number(text: &str) -> Option<(u32, &str)> {
    let body = trim_start_space(text);
    let len = run_len(body, |c| arabic_digit(c).is_some());
    let n = arabic_label_value(&body[..len])?;
    let rest = body[len..].strip_prefix(['.', '．', '、'])?;
    Some((n, trim_start_space(rest)))
}

/// Length in bytes of the leading run of `s` whose chars satisfy `pred`.
pub(crate) fn run_len(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| i)
}

/// （一） (1) （十六) （ 一 ）: level 2 for Chinese, 4 for Arabic.
fn bracketed(body: &str) -> Option<(u8, u32, usize)> {
    let open = body.chars().next()?;
    let mut pos = open.len_utf8();
    pos += run_len(&body[pos..], is_space);
    let inner_start = pos;
    let first = body[pos..].chars().next()?;
    let (level, len) = if arabic_digit(first).is_some() {
        (4, run_len(&body[pos..], |c| arabic_digit(c).is_some()))
    } else {
        (2, run_len(&body[pos..], is_label_chinese_char))
    };
    if len == 0 {
        return None;
    }
    let inner = &body[inner_start..inner_start + len];
    let ordinal = if level == 4 {
        arabic_label_value(inner)?
    } else {
        chinese_label_value(inner)?
    };
    pos = inner_start + len;
    pos += run_len(&body[pos..], is_space);
    let close = body[pos..].chars().next()?;
    if !is_close_bracket(close) {
        return None;
    }
    Some((level, ordinal, pos + close.len_utf8()))
}

/// 1. 12、 ３． and 1） (level 3, or 4 for a lone closing bracket).
fn arabic(body: &str) -> Option<(u8, u32, usize)> {
    let len = run_len(body, |c| arabic_digit(c).is_some());
    let ordinal = arabic_label_value(&body[..len])?;
    let delim = body[len..].chars().next()?;
    let level = match delim {
        '.' | '．' | '、' => 3,
        ')' | '）' => 4,
        _ => return None,
    };
    let end = len + delim.len_utf8();
    if level == 3 && digit_follows(&body[end..]) {
        return None;
    }
    Some((level, ordinal, end))
}

/// True when `after` starts with a digit that makes the label part of a number (1.5倍,
/// 1、2号楼); a four-digit year followed by 年 is a heading's text, not a number.
fn digit_follows(after: &str) -> bool {
    let digits = run_len(after, |c| arabic_digit(c).is_some());
    if digits == 0 {
        return false;
    }
    let is_year = after[..digits].chars().count() == 4 && after[digits..].starts_with('年');
    !is_year
}

/// 一、 十六． 二.
fn chinese(body: &str) -> Option<(u8, u32, usize)> {
    let len = run_len(body, is_label_chinese_char);
    if len == 0 {
        return None;
    }
    let ordinal = chinese_label_value(&body[..len])?;
    let mut pos = len + run_len(&body[len..], is_space);
    let delim = body[pos..].chars().next()?;
    if !matches!(delim, '、' | '.' | '．') {
        return None;
    }
    pos += delim.len_utf8();
    if delim == '、' && is_enumeration(&body[pos..]) {
        return None;
    }
    // "一.5" is not a label (a decimal written with a Chinese digit is garbage anyway).
    if delim != '、'
        && body[pos..]
            .chars()
            .next()
            .is_some_and(|c| arabic_digit(c).is_some())
    {
        return None;
    }
    Some((1, ordinal, pos))
}

/// "二级…", "三产业…", "四线城市": the text after "一、" continues an enumeration of
/// grades rather than starting a heading.
fn is_enumeration(after: &str) -> bool {
    let len = run_len(after, |c| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    });
    if len == 0 {
        return false;
    }
    let mut tail = &after[len..];
    // 一、二、三级: skip further "、N" before the grade word.
    while let Some(next) = tail.strip_prefix('、') {
        let l = run_len(next, |c| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        });
        if l == 0 {
            break;
        }
        tail = &next[l..];
    }
    GRADE_WORDS.iter().any(|g| tail.starts_with(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, raw, ordinal, level, canonical, rest)
    type Case = (
        &'static str,
        &'static str,
        u32,
        u8,
        &'static str,
        &'static str,
    );

    #[test]
    fn parses_labels() {
        let cases: &[Case] = &[
            (
                "一、深入落实高质量主动公开",
                "一、",
                1,
                1,
                "一、",
                "深入落实高质量主动公开",
            ),
            (
                "十六、切实抓好监督落实",
                "十六、",
                16,
                1,
                "十六、",
                "切实抓好监督落实",
            ),
            ("三．工作要求", "三．", 3, 1, "三、", "工作要求"),
            ("二. 保障措施", "二.", 2, 1, "二、", "保障措施"),
            (
                "\u{3000}\u{3000}四、组织实施",
                "四、",
                4,
                1,
                "四、",
                "组织实施",
            ),
            ("壹、总则", "壹、", 1, 1, "一、", "总则"),
            (
                "一、二〇二四年工作回顾",
                "一、",
                1,
                1,
                "一、",
                "二〇二四年工作回顾",
            ),
            (
                "（一）聚焦重点任务，推进高质量公开。",
                "（一）",
                1,
                2,
                "（一）",
                "聚焦重点任务，推进高质量公开。",
            ),
            ("(一)加强领导", "(一)", 1, 2, "（一）", "加强领导"),
            (
                "(十六）切实抓好监督落实",
                "(十六）",
                16,
                2,
                "（十六）",
                "切实抓好监督落实",
            ),
            (
                "（十六)切实抓好监督落实",
                "（十六)",
                16,
                2,
                "（十六）",
                "切实抓好监督落实",
            ),
            (
                "（ 一 ）加强组织领导",
                "（ 一 ）",
                1,
                2,
                "（一）",
                "加强组织领导",
            ),
            ("（二十一）其他", "（二十一）", 21, 2, "（二十一）", "其他"),
            ("㈢完善制度", "㈢", 3, 2, "（三）", "完善制度"),
            ("（一）", "（一）", 1, 2, "（一）", ""),
            ("1.建立健全机制", "1.", 1, 3, "1.", "建立健全机制"),
            ("12、强化考核", "12、", 12, 3, "12.", "强化考核"),
            ("３．加强宣传", "３．", 3, 3, "3.", "加强宣传"),
            ("1.\u{A0}\t提高质量", "1.", 1, 3, "1.", "提高质量"),
            ("1.2024年重点任务", "1.", 1, 3, "1.", "2024年重点任务"),
            ("⒉明确责任", "⒉", 2, 3, "2.", "明确责任"),
            ("（1）政策解读", "（1）", 1, 4, "（1）", "政策解读"),
            ("(2)公开平台", "(2)", 2, 4, "（2）", "公开平台"),
            ("（1)混合括号", "（1)", 1, 4, "（1）", "混合括号"),
            ("（１２）全角数字", "（１２）", 12, 4, "（12）", "全角数字"),
            ("⑴统筹推进", "⑴", 1, 4, "（1）", "统筹推进"),
            ("⒇最后一项", "⒇", 20, 4, "（20）", "最后一项"),
            ("3）半括号", "3）", 3, 4, "（3）", "半括号"),
            ("①政府网站", "①", 1, 5, "①", "政府网站"),
            ("⑳第二十项", "⑳", 20, 5, "⑳", "第二十项"),
            ("②、政务新媒体", "②、", 2, 5, "②", "政务新媒体"),
        ];
        for &(input, raw, ordinal, level, canonical, rest) in cases {
            let label = parse_label(input).unwrap_or_else(|| panic!("no label in {input:?}"));
            assert_eq!(label.raw, raw, "raw of {input:?}");
            assert_eq!(label.ordinal, ordinal, "ordinal of {input:?}");
            assert_eq!(label.level, level, "level of {input:?}");
            assert_eq!(label.canonical(), canonical, "canonical of {input:?}");
            assert_eq!(label.rest, rest, "rest of {input:?}");
        }
    }

    #[test]
    fn rejects_non_labels() {
        let cases: &[&str] = &[
            "",
            "   ",
            "一是加强领导",
            "一方面要加强",
            "一、二级医院要加强管理",
            "二、三产业融合发展",
            "一、二、三级公立医院",
            "（2020年）",
            "(此件公开发布)",
            "（此件主动公开）",
            "（2024）",
            "（二〇二〇）",
            "1.5倍",
            "1、2号楼",
            "2024年是平阴全方位推进高质量发展的关键之年。",
            "2024.6.28",
            "12345热线",
            "0.总则",
            "（0）",
            "（一",
            "（）",
            "十六号文件",
            "一.5",
            "各镇街、各部门（单位）要",
            "附件：1.",
        ];
        for &input in cases {
            assert_eq!(parse_label(input), None, "input {input:?}");
        }
    }

    #[test]
    fn raw_is_a_slice_of_the_input() {
        let text = "\u{3000}（十六)\u{3000}切实抓好";
        let label = parse_label(text).unwrap_or_else(|| panic!("no label"));
        let start = text.find(label.raw).unwrap_or(usize::MAX);
        assert_eq!(start, "\u{3000}".len());
        assert_eq!(label.rest, "切实抓好");
    }

    /// Every char-boundary slice of awkward inputs: nothing may panic.
    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = parse_label(t);
        });
    }
}
