//! 发文字号: 平政办字〔2024〕4号.
//!
//! Shape: 机关代字 + year in brackets + serial + 号. GB/T 9704 prints the year in 〔〕,
//! but copies use every bracket in the font ([ 【 （ ［ 〖 ﹝, often mismatched) and stray
//! spaces; all are accepted and `normalized` restores the standard form.
//!
//! The 机关代字 is the run of CJK characters (Latin letters and digits mixed in allowed)
//! right before the bracket, up to white space, punctuation or the start of the text.
//! In running text a citation is often introduced by a verb (根据中发〔1994〕8号,
//! 按照国办发〔1993〕71号); such introducing words are cut off the prefix. The old form
//! with the code after the year (〔1996〕武司字第82号) has no prefix and is skipped.

use std::ops::Range;

use gongwen_model::DocNumber;

use crate::lex::brackets::{closes_year, opens_year};
use crate::lex::document::NUMBER_INTRODUCERS;
use crate::parse::numerals::arabic_digit;
use crate::text::chars::{is_cjk, is_space};

/// Finds the first 发文字号 in `text` and returns it with its byte range in `text`.
pub fn find_doc_number(text: &str) -> Option<(DocNumber, Range<usize>)> {
    text.char_indices()
        .filter(|&(_, c)| opens_year(c))
        .find_map(|(i, _)| at_bracket(text, i))
}

/// True when `text` is wholly one 发文字号, bracketed or not ("蕙府办〔2022〕45号",
/// "（柏政办〔2025〕7号）"): a number printed on a line (or as a value) of its own.
pub(crate) fn is_whole_doc_number(text: &str) -> bool {
    let t = text
        .trim_matches(is_space)
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    find_doc_number(t).is_some_and(|(_, at)| at.start == 0 && at.end == t.len())
}

/// The longest 机关代字 accepted; a longer run of CJK characters is a sentence.
const MAX_PREFIX_CHARS: usize = 16;

/// Characters a 机关代字 may contain: CJK ideographs plus Latin letters and digits
/// (half or full width) that some codes mix in.
fn is_prefix_char(c: char) -> bool {
    is_cjk(c) || c.is_ascii_alphanumeric() || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９')
}

/// Space that may stand between the parts of a number.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}'
}

/// Horizontal space between the prefix and the bracket (a line break there means the
/// bracket starts a new line, not a number).
fn is_inline_gap(c: char) -> bool {
    is_gap(c) && c != '\n' && c != '\r'
}

/// Tries to read a doc number whose year bracket opens at byte `open` of `text`.
fn at_bracket(text: &str, open: usize) -> Option<(DocNumber, Range<usize>)> {
    let (year, serial, end) = after_prefix(text.get(open..)?)?;
    let end = open + end;

    let before = text.get(..open)?;
    let before = before.trim_end_matches(is_inline_gap);
    let run_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_prefix_char(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    let run = &before[run_start..];
    let start = run_start + prefix_offset(run);
    let prefix = &before[start..];
    if !prefix.chars().any(is_cjk) || prefix.chars().count() > MAX_PREFIX_CHARS {
        return None;
    }

    let raw = text.get(start..end)?;
    let number = DocNumber::new(raw, prefix, year, serial);
    Some((number, start..end))
}

/// Where the 机关代字 starts inside the run of prefix characters: after the last
/// introducing word, if any.
fn prefix_offset(run: &str) -> usize {
    NUMBER_INTRODUCERS
        .iter()
        .filter_map(|w| run.rfind(w).map(|i| i + w.len()))
        .filter(|&end| end < run.len())
        .max()
        .unwrap_or(0)
}

/// Reads "〔2024〕4号" (brackets, year, optional 第, serial, 号, with stray spaces) at the
/// start of `s`. Returns year, serial and the byte length read.
fn after_prefix(s: &str) -> Option<(u16, u32, usize)> {
    let mut chars = s.char_indices().peekable();
    let skip_gaps = |chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>| {
        while chars.next_if(|&(_, c)| is_gap(c)).is_some() {}
    };

    chars.next_if(|&(_, c)| opens_year(c))?;
    skip_gaps(&mut chars);
    let mut year: u32 = 0;
    let mut year_digits = 0;
    while let Some((_, c)) = chars.next_if(|&(_, c)| arabic_digit(c).is_some()) {
        year = year * 10 + arabic_digit(c)?;
        year_digits += 1;
        if year_digits > 4 {
            return None;
        }
    }
    if year_digits != 4 || !(1949..=2100).contains(&year) {
        return None;
    }
    skip_gaps(&mut chars);
    chars.next_if(|&(_, c)| closes_year(c))?;
    skip_gaps(&mut chars);
    if chars.next_if(|&(_, c)| c == '第').is_some() {
        skip_gaps(&mut chars);
    }
    let mut serial: u32 = 0;
    let mut serial_digits = 0;
    while let Some((_, c)) = chars.next_if(|&(_, c)| arabic_digit(c).is_some()) {
        serial = serial.checked_mul(10)?.checked_add(arabic_digit(c)?)?;
        serial_digits += 1;
    }
    if serial_digits == 0 || serial == 0 {
        return None;
    }
    skip_gaps(&mut chars);
    let (i, c) = chars.next_if(|&(_, c)| matches!(c, '号' | '號'))?;
    let year = u16::try_from(year).ok()?;
    Some((year, serial, i + c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, raw, prefix, year, serial, normalized)
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        u16,
        u32,
        &'static str,
    );

    /// Codes that start with a character that also works as a conjunction (和政县).
    const EXTRA: &[Case] = &[
        (
            "和政发〔2020〕5号",
            "和政发〔2020〕5号",
            "和政发",
            2020,
            5,
            "和政发〔2020〕5号",
        ),
        (
            "及时转发鲁政办字〔2024〕7号文件",
            "鲁政办字〔2024〕7号",
            "鲁政办字",
            2024,
            7,
            "鲁政办字〔2024〕7号",
        ),
    ];

    #[test]
    fn finds_doc_numbers() {
        let cases: &[Case] = &[
            (
                "平政办字〔2024〕4号",
                "平政办字〔2024〕4号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "\n\n平政办字〔2024〕4号\n\n平阴县人民政府办公室",
                "平政办字〔2024〕4号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "平政办字[2024]4号",
                "平政办字[2024]4号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "鲁政办字【2023】12号",
                "鲁政办字【2023】12号",
                "鲁政办字",
                2023,
                12,
                "鲁政办字〔2023〕12号",
            ),
            (
                "国办发（2018）126号",
                "国办发（2018）126号",
                "国办发",
                2018,
                126,
                "国办发〔2018〕126号",
            ),
            (
                "国函［1996］95号",
                "国函［1996］95号",
                "国函",
                1996,
                95,
                "国函〔1996〕95号",
            ),
            (
                "国办发明电〖2018〗15号",
                "国办发明电〖2018〗15号",
                "国办发明电",
                2018,
                15,
                "国办发明电〔2018〕15号",
            ),
            (
                "新质监办发(2012)24号",
                "新质监办发(2012)24号",
                "新质监办发",
                2012,
                24,
                "新质监办发〔2012〕24号",
            ),
            (
                "平政办字〔2024]4号",
                "平政办字〔2024]4号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "平政办字 〔 2024 〕 4 号",
                "平政办字 〔 2024 〕 4 号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "平政办字〔２０２４〕４号",
                "平政办字〔２０２４〕４号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "平政办字〔2024〕第004号",
                "平政办字〔2024〕第004号",
                "平政办字",
                2024,
                4,
                "平政办字〔2024〕4号",
            ),
            (
                "（国办发〔2018〕126号）",
                "国办发〔2018〕126号",
                "国办发",
                2018,
                126,
                "国办发〔2018〕126号",
            ),
            (
                "你院《关于申请的请示》（路中医发〔2011〕10号）收悉。",
                "路中医发〔2011〕10号",
                "路中医发",
                2011,
                10,
                "路中医发〔2011〕10号",
            ),
            (
                "根据中发〔1994〕8号文件",
                "中发〔1994〕8号",
                "中发",
                1994,
                8,
                "中发〔1994〕8号",
            ),
            (
                "要按照国办发〔1993〕71号文件的规定",
                "国办发〔1993〕71号",
                "国办发",
                1993,
                71,
                "国办发〔1993〕71号",
            ),
            (
                "（〔1996〕武司字第82号）经研究，同意国办函〔2004〕80号",
                "国办函〔2004〕80号",
                "国办函",
                2004,
                80,
                "国办函〔2004〕80号",
            ),
            (
                "京ICP办发〔2020〕3号",
                "京ICP办发〔2020〕3号",
                "京ICP办发",
                2020,
                3,
                "京ICP办发〔2020〕3号",
            ),
            (
                "浙人才〔1993〕73\n号",
                "浙人才〔1993〕73\n号",
                "浙人才",
                1993,
                73,
                "浙人才〔1993〕73号",
            ),
            (
                "抄送：县委办公室。平政办发〔2024〕10號",
                "平政办发〔2024〕10號",
                "平政办发",
                2024,
                10,
                "平政办发〔2024〕10号",
            ),
        ];
        for &(text, raw, prefix, year, serial, normalized) in cases.iter().chain(EXTRA) {
            let (number, range) =
                find_doc_number(text).unwrap_or_else(|| panic!("no number in {text:?}"));
            assert_eq!(number.raw, raw, "raw in {text:?}");
            assert_eq!(&text[range.clone()], raw, "range in {text:?}");
            assert_eq!(number.prefix, prefix, "prefix in {text:?}");
            assert_eq!(number.year, year, "year in {text:?}");
            assert_eq!(number.serial, serial, "serial in {text:?}");
            assert_eq!(number.normalized, normalized, "normalized in {text:?}");
        }
    }

    #[test]
    fn rejects_non_numbers() {
        let cases: &[&str] = &[
            "",
            "〔1996〕武司字第82号",
            "直属单位迁址新建的请示（〔1996〕武司字第82号）",
            "（2020年）",
            "2024年平阴县政务公开工作要点（2024）",
            "平政办字〔24〕4号",
            "平政办字〔1900〕4号",
            "平政办字〔2024〕号",
            "平政办字〔2024〕0号",
            "平政办字〔2024〕4",
            "平政办字〔2024〕99999999999号",
            "〔2024〕4号",
            "123〔2024〕4号",
            "平政办字\n〔2024〕4号",
            "（此件公开发布）",
        ];
        for &text in cases {
            assert_eq!(find_doc_number(text), None, "text {text:?}");
        }
    }

    /// Every char-boundary slice of awkward inputs: nothing may panic.
    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = find_doc_number(t);
        });
    }
}
