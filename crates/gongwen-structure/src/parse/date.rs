//! Dates: 2024年6月28日, 二〇二四年六月二十八日.
//!
//! Accepted forms: year, month and day with 年 月 日 (or 号) in Arabic digits (half or
//! full width) or Chinese numerals (year digit by digit with 〇 ○ O 零; month and day
//! positional, 二十八), white space allowed between the parts; and the numeric forms
//! 2024-06-28, 2024.6.28, 2024/6/28 (same separator twice, also full width). The year
//! must have four digits, as GB/T 9704 requires it written in full.

use std::ops::Range;

use gongwen_model::Date;

use crate::parse::numerals::{arabic_digit, chinese_digit, is_chinese_numeral_char, parse_number};
use crate::text::chars::strip_entity_junk;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year, e.g. 2024.
    pub year: u16,
    /// Month 1-12.
    pub month: u8,
    /// Day 1-31 (valid for the month).
    pub day: u8,
}

impl Ymd {
    /// The model's [`Date`] (written `YYYY-MM-DD`); `None` only for a `Ymd` built by hand
    /// outside the calendar, as [`Ymd::new`] never makes one.
    pub fn to_date(self) -> Option<Date> {
        Date::new(self.year, self.month, self.day).ok()
    }

    /// The date when it exists in the calendar (no 2月30日, 29 February only in leap years).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Ymd> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= last_day_of_month(year, month);
        valid.then_some(Ymd { year, month, day })
    }
}

/// Parses `text` when it is entirely a date (white space around it allowed).
pub fn parse_date(text: &str) -> Option<Ymd> {
    let trimmed = text.trim();
    let (ymd, len) = parse_at(trimmed)?;
    (len == trimmed.len()).then_some(ymd)
}

/// Finds the first full date (year, month and day) inside running text.
pub fn find_date(text: &str) -> Option<(Ymd, Range<usize>)> {
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        // A year starts a digit run: never try from the middle of 12024 or 一二〇二四.
        let starts_run = match (arabic_digit(c).is_some(), chinese_digit(c).is_some()) {
            (true, _) => prev.is_none_or(|p| arabic_digit(p).is_none()),
            (_, true) => prev.is_none_or(|p| chinese_digit(p).is_none()),
            _ => false,
        };
        prev = Some(c);
        if !starts_run {
            continue;
        }
        if let Some((ymd, len)) = parse_at(&text[i..]) {
            return Some((ymd, i..i + len));
        }
    }
    None
}

/// The last day of `month` in `year` (Gregorian leap years); 0 for a month outside 1-12.
pub fn last_day_of_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Horizontal white space that may separate the parts (2024 年 6 月 28 日).
fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

/// A small cursor over `s` that only ever stops on char boundaries.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches(is_space);
        self.pos += rest.len() - trimmed.len();
    }

    /// Consumes the longest run of chars satisfying `pred` and returns it.
    fn take_while(&mut self, pred: impl Fn(char) -> bool) -> &'a str {
        let rest = self.rest();
        let len = rest
            .char_indices()
            .find(|&(_, c)| !pred(c))
            .map_or(rest.len(), |(i, _)| i);
        self.pos += len;
        &rest[..len]
    }

    fn eat(&mut self, pred: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| pred(c))?;
        self.pos += c.len_utf8();
        Some(c)
    }
}

/// A four-digit year at the cursor: Arabic (2024, ２０２４) or Chinese digit by digit.
fn year(cur: &mut Cursor<'_>) -> Option<(u16, bool)> {
    let first = cur.peek()?;
    let (run, arabic) = if arabic_digit(first).is_some() {
        (cur.take_while(|c| arabic_digit(c).is_some()), true)
    } else {
        (cur.take_while(|c| chinese_digit(c).is_some()), false)
    };
    if run.chars().count() != 4 {
        return None;
    }
    let y = u16::try_from(parse_number(run)?).ok()?;
    (1000..=9999).contains(&y).then_some((y, arabic))
}

/// A month or day number at the cursor: one or two Arabic digits, or a short Chinese
/// numeral (六, 十二, 二十八, 廿八).
fn small_number(cur: &mut Cursor<'_>) -> Option<u8> {
    let first = cur.peek()?;
    let run = if arabic_digit(first).is_some() {
        cur.take_while(|c| arabic_digit(c).is_some())
    } else {
        cur.take_while(is_chinese_numeral_char)
    };
    if run.is_empty() || run.chars().count() > 3 {
        return None;
    }
    u8::try_from(parse_number(run)?).ok()
}

/// Parses a date at the start of `s`; returns it and the number of bytes it spans.
pub(crate) fn parse_at(s: &str) -> Option<(Ymd, usize)> {
    let mut cur = Cursor { s, pos: 0 };
    let (y, arabic) = year(&mut cur)?;
    cur.skip_space();
    let sep = cur.eat(|c| matches!(c, '年' | '-' | '.' | '/' | '－' | '．' | '／' | '—' | '–'))?;
    if sep != '年' && !arabic {
        return None;
    }
    cur.skip_space();
    let m = small_number(&mut cur)?;
    cur.skip_space();
    let want = if sep == '年' { '月' } else { sep };
    cur.eat(|c| c == want)?;
    cur.skip_space();
    let d = small_number(&mut cur)?;
    if sep == '年' {
        cur.skip_space();
        cur.eat(|c| matches!(c, '日' | '号'))?;
    } else if cur.peek().is_some_and(|c| arabic_digit(c).is_some()) {
        return None;
    }
    let ymd = Ymd::new(y, m, d)?;
    Some((ymd, cur.pos))
}

/// The date of a line that holds only a date (junk such as a broken "&sp;" entity from a
/// web page is ignored).
pub(crate) fn date_line(text: &str) -> Option<Ymd> {
    let t = strip_entity_junk(text);
    if t.chars().count() > 24 {
        return None;
    }
    parse_date(&t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: u16, month: u8, day: u8) -> Ymd {
        Ymd { year, month, day }
    }

    #[test]
    fn parses_whole_dates() {
        let cases: &[(&str, Option<Ymd>)] = &[
            ("2024年6月28日", Some(ymd(2024, 6, 28))),
            ("  2024年6月28日\u{3000}", Some(ymd(2024, 6, 28))),
            ("2024 年 6 月 28 日", Some(ymd(2024, 6, 28))),
            ("2024年06月08日", Some(ymd(2024, 6, 8))),
            ("２０２４年６月２８日", Some(ymd(2024, 6, 28))),
            ("二〇二四年六月二十八日", Some(ymd(2024, 6, 28))),
            ("二○一二年一月九日", Some(ymd(2012, 1, 9))),
            ("一九九六年六月二十九日", Some(ymd(1996, 6, 29))),
            ("二O二四年十二月三十一日", Some(ymd(2024, 12, 31))),
            ("二零二四年十月十日", Some(ymd(2024, 10, 10))),
            ("二〇〇四年十一月四日", Some(ymd(2004, 11, 4))),
            ("二〇二〇年二月廿九日", Some(ymd(2020, 2, 29))),
            ("2024年6月28号", Some(ymd(2024, 6, 28))),
            ("2024-06-28", Some(ymd(2024, 6, 28))),
            ("2024.6.28", Some(ymd(2024, 6, 28))),
            ("2024/6/28", Some(ymd(2024, 6, 28))),
            ("２０２４．６．２８", Some(ymd(2024, 6, 28))),
            ("2020年2月29日", Some(ymd(2020, 2, 29))),
            ("2000年2月29日", Some(ymd(2000, 2, 29))),
            // Invalid calendar dates and incomplete or decorated text.
            ("2024年2月30日", None),
            ("2023年2月29日", None),
            ("1900年2月29日", None),
            ("2024年13月1日", None),
            ("2024年4月31日", None),
            ("2024年0月10日", None),
            ("2024年6月", None),
            ("2024年6月28日印发", None),
            ("24年6月28日", None),
            ("2024-6/28", None),
            ("二〇二四-六-二十八", None),
            ("2024.6.280", None),
            ("", None),
            ("年月日", None),
        ];
        for &(input, want) in cases {
            assert_eq!(parse_date(input), want, "input {input:?}");
        }
    }

    #[test]
    fn finds_dates_in_text() {
        let cases: &[(&str, Option<(Ymd, &str)>)] = &[
            (
                "测试符路桥区卫生局办公室    2011年3月10日印发",
                Some((ymd(2011, 3, 10), "2011年3月10日")),
            ),
            (
                "平阴县人民政府办公室\n2024年6月28日\n",
                Some((ymd(2024, 6, 28), "2024年6月28日")),
            ),
            (
                "国务院办公厅\n一九九六年七月十七日",
                Some((ymd(1996, 7, 17), "一九九六年七月十七日")),
            ),
            (
                "于2004年3月8日至7月7日举办",
                Some((ymd(2004, 3, 8), "2004年3月8日")),
            ),
            (
                "2003年12月18日、19日召开",
                Some((ymd(2003, 12, 18), "2003年12月18日")),
            ),
            (
                "2024年是关键之年，定于2024年7月20日前报送",
                Some((ymd(2024, 7, 20), "2024年7月20日")),
            ),
            ("编号12024年6月1日", None),
            ("截至2024.6.30，共", Some((ymd(2024, 6, 30), "2024.6.30"))),
            ("于7月20日前编制", None),
            ("2024年2月30日", None),
            (
                "二〇〇四年九月二十三日印发",
                Some((ymd(2004, 9, 23), "二〇〇四年九月二十三日")),
            ),
            (
                "（二○一二年一月九日）",
                Some((ymd(2012, 1, 9), "二○一二年一月九日")),
            ),
            ("", None),
        ];
        for &(input, want) in cases {
            let got = find_date(input).map(|(d, r)| (d, &input[r]));
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn last_days() {
        let cases: &[(u16, u8, u8)] = &[
            (2024, 1, 31),
            (2024, 2, 29),
            (2023, 2, 28),
            (2000, 2, 29),
            (1900, 2, 28),
            (2100, 2, 28),
            (2024, 4, 30),
            (2024, 6, 30),
            (2024, 9, 30),
            (2024, 11, 30),
            (2024, 12, 31),
            (2024, 7, 31),
            (2024, 8, 31),
            (2024, 0, 0),
            (2024, 13, 0),
        ];
        for &(y, m, want) in cases {
            assert_eq!(last_day_of_month(y, m), want, "{y}-{m}");
        }
    }

    #[test]
    fn iso_form() {
        assert_eq!(
            ymd(2024, 6, 8).to_date().map(|d| d.to_string()).as_deref(),
            Some("2024-06-08")
        );
        assert_eq!(ymd(2023, 2, 29).to_date(), None);
    }

    /// Every char-boundary slice of awkward inputs: nothing may panic.
    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = (parse_date(t), find_date(t));
        });
    }
}
