//! Deadlines (完成时限): 2024年12月底前, 长期坚持, 每季度 …
//!
//! How a cell is read, in order:
//! 1. Empty → `Unknown`.
//! 2. A repetition (每年, 每季度, 每月, 定期, 按月 …) → `Recurring`, even when the cell also
//!    names a date ("每年12月底前" repeats every year; no single due date exists).
//! 3. Every date-like mention is resolved to the last day it allows (12月底 → 12-31,
//!    上半年 → 06-30, 三季度 → 09-30, 6月中旬 → 06-20, 2024年 → 2024-12-31) and the latest
//!    one wins, so ranges (6月—12月) and milestones (6月底前启动，12月底前完成) give the
//!    final date. A year written in the text wins over `default_year`; a mention without
//!    a year takes the year last written before it, or the first one in the text, or
//!    `default_year`; 次年 / 明年 add one year. → `ByDate` with the date, or with `None`
//!    when no year is known.
//! 4. A mention followed by 起 / 开始 / 以来 ("2024年6月起") starts work rather than ending
//!    it; such cells, and continuous work (长期坚持, 持续推进, 常态化 …), → `Ongoing`.
//!    When a cell has both a due date and an ongoing phrase ("6月底前完成并长期坚持"),
//!    the date wins: it is the only deadline the text states.
//! 5. Anything else (including durations such as 3个月内, 30日内) → `Unknown`.

use std::sync::LazyLock;

use gongwen_model::DeadlineKind;

use crate::lex::deadlines::{DeadlineWord, MONTH_PARTS, Sense, YEAR_CLOSERS, words};
use crate::lex::index::WordIndex;
use crate::parse::date::{Ymd, last_day_of_month};
use crate::parse::numerals::{arabic_digit, chinese_digit, is_chinese_numeral_char, parse_number};

/// Interprets a deadline cell. `default_year` is the document's year, used when the text
/// names no year (10月底前, 年底前).
pub fn parse_deadline(raw: &str, default_year: Option<u16>) -> (DeadlineKind, Option<Ymd>) {
    let text = raw.trim();
    if text.is_empty() {
        return (DeadlineKind::Unknown, None);
    }
    if RECURRING_INDEX.holds_any(text) {
        return (DeadlineKind::Recurring, None);
    }
    let scan = Scan::run(text, default_year);
    if let Some(date) = scan.latest {
        return (DeadlineKind::ByDate, Some(date));
    }
    if scan.yearless {
        return (DeadlineKind::ByDate, None);
    }
    if scan.start || ONGOING_INDEX.holds_any(text) {
        return (DeadlineKind::Ongoing, None);
    }
    (DeadlineKind::Unknown, None)
}

/// The words of one sense, gathered from the lexicon once.
fn of_sense(sense: fn(Sense) -> bool) -> Vec<&'static DeadlineWord> {
    words(sense).collect()
}

/// Phrases of repeated work (每年, 定期 …).
static RECURRING: LazyLock<Vec<&'static DeadlineWord>> =
    LazyLock::new(|| of_sense(|s| s == Sense::Recurring));
/// Phrases of continuous work without a due date (长期, 持续 …).
static ONGOING: LazyLock<Vec<&'static DeadlineWord>> =
    LazyLock::new(|| of_sense(|s| s == Sense::Ongoing));
/// The same two lists indexed by first character: a deadline cell is searched for them
/// on every task and every dated phrase (one substring search per word was 4% of the
/// structurer on an inline-task notice, callgrind).
static RECURRING_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(RECURRING.iter().map(|w| w.word)));
static ONGOING_INDEX: LazyLock<WordIndex> =
    LazyLock::new(|| WordIndex::of(ONGOING.iter().map(|w| w.word)));
/// Words after a mention that make it a start rather than a deadline (起, 开始 …).
static START_MARKERS: LazyLock<Vec<&'static DeadlineWord>> =
    LazyLock::new(|| of_sense(|s| s == Sense::Start));
/// Year words relative to the document's (or the last written) year, and half years.
static RELATIVE: LazyLock<Vec<&'static DeadlineWord>> =
    LazyLock::new(|| of_sense(|s| matches!(s, Sense::Year(_) | Sense::HalfYear(..))));
/// Words meaning "by the end of the year" when no year number stands before them.
static YEAR_END_WORDS: LazyLock<Vec<&'static DeadlineWord>> =
    LazyLock::new(|| of_sense(|s| s == Sense::YearEnd));

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn skip_space(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

fn is_latin_o(c: char) -> bool {
    matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ')
}

/// The run of numeral characters at the start of `s` (Arabic, or Chinese with units),
/// or "" when `s` does not start with one. A Latin O only continues a Chinese run.
fn numeral_run(s: &str) -> &str {
    let Some(first) = s.chars().next() else {
        return "";
    };
    let pred: fn(char) -> bool = if arabic_digit(first).is_some() {
        |c| arabic_digit(c).is_some()
    } else if is_chinese_numeral_char(first) && !is_latin_o(first) {
        is_chinese_numeral_char
    } else {
        return "";
    };
    let len = s
        .char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| i);
    &s[..len]
}

/// A four-digit year (2024, ２０２４, 二〇二四).
fn as_year(run: &str) -> Option<u16> {
    if run.chars().count() != 4 {
        return None;
    }
    let digitwise = run
        .chars()
        .all(|c| arabic_digit(c).is_some() || chinese_digit(c).is_some());
    if !digitwise {
        return None;
    }
    let y = u16::try_from(parse_number(run)?).ok()?;
    (1000..=9999).contains(&y).then_some(y)
}

/// A month or day number: at most two Arabic digits or three Chinese characters.
fn as_small(run: &str, max: u32) -> Option<u8> {
    let arabic = run
        .chars()
        .next()
        .is_some_and(|c| arabic_digit(c).is_some());
    let limit = if arabic { 2 } else { 3 };
    if run.is_empty() || run.chars().count() > limit {
        return None;
    }
    let n = parse_number(run)?;
    if (1..=max).contains(&n) {
        u8::try_from(n).ok()
    } else {
        None
    }
}

fn starts_with_start_marker(s: &str) -> bool {
    let s = skip_space(s);
    START_MARKERS.iter().any(|m| s.starts_with(m.word))
}

/// The first year written in `text` (a four-digit numeral followed by 年).
fn first_written_year(text: &str) -> Option<u16> {
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        let run = numeral_run(rest);
        if run.is_empty() {
            i += rest.chars().next()?.len_utf8();
            continue;
        }
        if skip_space(&rest[run.len()..]).starts_with('年')
            && let Some(y) = as_year(run)
        {
            return Some(y);
        }
        i += run.len();
    }
    None
}

/// The state of one left-to-right pass over a deadline cell.
#[derive(Default)]
struct Scan {
    /// The year mentions resolve against.
    year: Option<u16>,
    /// The year 次年 / 明年 count from: the last written year, else the default.
    anchor: Option<u16>,
    /// A year read but not yet refined by a month or quarter ("2024年" alone → 12-31).
    pending_year: bool,
    /// The month of the last mention, for a following day alone (13日至15日).
    month: Option<u8>,
    /// The latest date found.
    latest: Option<Ymd>,
    /// A date-like mention was found but no year was known.
    yearless: bool,
    /// A mention marked as a start (2024年6月起).
    start: bool,
}

impl Scan {
    fn run(text: &str, default_year: Option<u16>) -> Scan {
        let first = first_written_year(text);
        let mut scan = Scan {
            year: first.or(default_year),
            anchor: first.or(default_year),
            ..Scan::default()
        };
        let mut i = 0;
        while let Some(rest) = text.get(i..) {
            let Some(c) = rest.chars().next() else {
                break;
            };
            let prev = text.get(..i).and_then(|s| s.chars().next_back());
            let used = scan.step(rest, prev);
            i += if used == 0 { c.len_utf8() } else { used };
        }
        scan.flush_pending();
        scan
    }

    /// Reads one mention at the start of `rest`; returns the bytes used (0 for none).
    fn step(&mut self, rest: &str, prev: Option<char>) -> usize {
        for w in RELATIVE.iter() {
            let Some(tail) = rest.strip_prefix(w.word) else {
                continue;
            };
            match w.sense {
                Sense::HalfYear(month, day) => {
                    self.push(month, Some(day));
                    return w.word.len();
                }
                Sense::Year(delta) => {
                    self.flush_pending();
                    self.year = self.anchor.and_then(|a| a.checked_add(delta));
                    self.month = None;
                    return w.word.len() + self.after_year(tail);
                }
                _ => {}
            }
        }
        // 年底 / 年内 right after a numeral is a duration (三年内) or already handled as
        // part of a written year; after 半 / 每 / 几 it is not a year end either.
        let blocked = prev.is_some_and(|p| {
            arabic_digit(p).is_some() || is_chinese_numeral_char(p) || "半每几多个周数".contains(p)
        });
        if !blocked && let Some(w) = YEAR_END_WORDS.iter().find(|w| rest.starts_with(w.word)) {
            self.push(12, Some(31));
            return w.word.len();
        }
        let run = numeral_run(rest);
        if run.is_empty() {
            return 0;
        }
        self.after_numeral(rest, run)
    }

    /// A numeral run at the start of `rest`: a year, a month, a quarter, a day or a
    /// duration. Returns the bytes used (at least the run).
    fn after_numeral(&mut self, rest: &str, run: &str) -> usize {
        let after = skip_space(&rest[run.len()..]);
        let mut used = rest.len() - after.len();
        if let Some(tail) = after.strip_prefix('年') {
            used += '年'.len_utf8();
            if let Some(y) = as_year(run) {
                self.flush_pending();
                self.year = Some(y);
                self.anchor = Some(y);
                self.month = None;
                return used + self.after_year(tail);
            }
            // 三年内, 2年: a duration, not a year.
            let rest_after = tail.strip_prefix(['内', '底']).unwrap_or(tail);
            return used + (tail.len() - rest_after.len());
        }
        if let Some(tail) = after.strip_prefix('月') {
            used += '月'.len_utf8();
            let Some(month) = as_small(run, 12) else {
                self.pending_year = false;
                return used;
            };
            let (day, more) = day_in_month(tail);
            used += more;
            self.month = Some(month);
            if starts_with_start_marker(&tail[more..]) {
                self.start = true;
                self.pending_year = false;
            } else {
                self.push(month, day);
            }
            return used;
        }
        if let Some(tail) = after.strip_prefix('季') {
            used += '季'.len_utf8();
            let rest_after = tail.strip_prefix('度').unwrap_or(tail);
            let rest_after = rest_after.strip_prefix('末').unwrap_or(rest_after);
            if let Some(q) = as_small(run, 4) {
                self.push(q * 3, None);
            }
            return used + (tail.len() - rest_after.len());
        }
        if let Some(tail) = after.strip_prefix(['日', '号']) {
            used = rest.len() - tail.len();
            // 30日内 is a duration; a day alone only makes sense after a month (13日至15日).
            if tail.starts_with('内') || starts_with_start_marker(tail) {
                return used;
            }
            if let (Some(month), Some(day)) = (self.month, as_small(run, 31)) {
                self.push(month, Some(day));
            }
            return used;
        }
        run.len()
    }

    /// What follows a year: 底 / 末 / 内 / 度 close it at 12-31, 起 makes it a start,
    /// anything else leaves it pending until a month or quarter refines it.
    fn after_year(&mut self, tail: &str) -> usize {
        let trimmed = skip_space(tail);
        let gap = tail.len() - trimmed.len();
        for word in YEAR_CLOSERS {
            if trimmed.starts_with(word) {
                self.push(12, Some(31));
                return gap + word.len();
            }
        }
        if starts_with_start_marker(trimmed) {
            self.start = true;
            return gap;
        }
        match self.year {
            Some(_) => self.pending_year = true,
            None => self.yearless = true,
        }
        gap
    }

    /// Records the last day of `month` (or `day` in it) in the current year.
    fn push(&mut self, month: u8, day: Option<u8>) {
        self.pending_year = false;
        let Some(year) = self.year else {
            // Check the month and day against a leap year: 2月29日 may be valid.
            let d = day.unwrap_or_else(|| last_day_of_month(2000, month));
            if Ymd::new(2000, month, d).is_some() {
                self.yearless = true;
            }
            return;
        };
        let d = day.unwrap_or_else(|| last_day_of_month(year, month));
        if let Some(date) = Ymd::new(year, month, d) {
            self.latest = Some(self.latest.map_or(date, |l| l.max(date)));
        }
    }

    /// A year that nothing refined stands for its last day.
    fn flush_pending(&mut self) {
        if self.pending_year {
            self.push(12, Some(31));
        }
    }
}

/// The day a month mention allows (`None` for the month's last day) and the bytes used
/// after 月: 30日, 底, 末, 上旬 10, 中旬 20, 下旬 last, 初 10, 中 15, 份.
fn day_in_month(tail: &str) -> (Option<u8>, usize) {
    let mut used = 0;
    let mut t = tail;
    if let Some(rest) = t.strip_prefix('份') {
        used += '份'.len_utf8();
        t = rest;
    }
    let trimmed = skip_space(t);
    let run = numeral_run(trimmed);
    if !run.is_empty() {
        let after = skip_space(&trimmed[run.len()..]);
        if let Some(rest) = after.strip_prefix(['日', '号'])
            && let Some(day) = as_small(run, 31)
        {
            return (Some(day), used + (t.len() - rest.len()));
        }
    }
    for (word, day) in MONTH_PARTS {
        if t.starts_with(word) {
            return (day, used + word.len());
        }
    }
    (None, used)
}

/// Builds this module's derived tables now ([`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&RECURRING);
    LazyLock::force(&ONGOING);
    LazyLock::force(&RECURRING_INDEX);
    LazyLock::force(&ONGOING_INDEX);
    LazyLock::force(&START_MARKERS);
    LazyLock::force(&RELATIVE);
    LazyLock::force(&YEAR_END_WORDS);
}

#[cfg(test)]
mod tests {
    use super::*;

    use DeadlineKind::{ByDate, Ongoing, Recurring, Unknown};

    fn ymd(year: u16, month: u8, day: u8) -> Option<Ymd> {
        Some(Ymd { year, month, day })
    }

    #[test]
    fn by_date() {
        let cases: &[(&str, Option<u16>, Option<Ymd>)] = &[
            ("2024年12月底前", Some(2024), ymd(2024, 12, 31)),
            ("2024年12月底前", None, ymd(2024, 12, 31)),
            ("2024年12月底前", Some(2023), ymd(2024, 12, 31)),
            ("10月底前", Some(2024), ymd(2024, 10, 31)),
            ("年底前", Some(2024), ymd(2024, 12, 31)),
            ("年内", Some(2024), ymd(2024, 12, 31)),
            ("本年度内", Some(2024), ymd(2024, 12, 31)),
            ("今年年底", Some(2024), ymd(2024, 12, 31)),
            ("6月30日前", Some(2024), ymd(2024, 6, 30)),
            ("6月30日之前", Some(2024), ymd(2024, 6, 30)),
            ("于7月20日前", Some(2024), ymd(2024, 7, 20)),
            ("上半年", Some(2024), ymd(2024, 6, 30)),
            ("2024年上半年", None, ymd(2024, 6, 30)),
            ("下半年", Some(2024), ymd(2024, 12, 31)),
            ("第三季度", Some(2024), ymd(2024, 9, 30)),
            ("三季度末", Some(2024), ymd(2024, 9, 30)),
            ("三季度", Some(2024), ymd(2024, 9, 30)),
            ("一季度", Some(2024), ymd(2024, 3, 31)),
            ("二季度", Some(2024), ymd(2024, 6, 30)),
            ("2024年第四季度", None, ymd(2024, 12, 31)),
            ("6月中旬", Some(2024), ymd(2024, 6, 20)),
            ("6月上旬", Some(2024), ymd(2024, 6, 10)),
            ("2月下旬", Some(2024), ymd(2024, 2, 29)),
            ("2月底前", Some(2023), ymd(2023, 2, 28)),
            ("9月份", Some(2024), ymd(2024, 9, 30)),
            ("9月", Some(2024), ymd(2024, 9, 30)),
            ("次年1月底前", Some(2024), ymd(2025, 1, 31)),
            ("明年1月底前", Some(2024), ymd(2025, 1, 31)),
            ("2024年12月启动，次年3月底前完成", None, ymd(2025, 3, 31)),
            ("2024年6月—12月", None, ymd(2024, 12, 31)),
            ("2024年6月-12月", None, ymd(2024, 12, 31)),
            ("2024年6月–12月", None, ymd(2024, 12, 31)),
            ("2024年6月―12月", None, ymd(2024, 12, 31)),
            ("2024年6月~12月", None, ymd(2024, 12, 31)),
            ("2024年6月至12月", None, ymd(2024, 12, 31)),
            ("2024年6月到2025年3月", None, ymd(2025, 3, 31)),
            ("6月底前启动，12月底前完成", Some(2024), ymd(2024, 12, 31)),
            ("二〇二四年十二月底前", None, ymd(2024, 12, 31)),
            ("二O二四年六月", None, ymd(2024, 6, 30)),
            ("2024年", Some(2023), ymd(2024, 12, 31)),
            ("2024年底", None, ymd(2024, 12, 31)),
            ("2024年度", None, ymd(2024, 12, 31)),
            ("2024年—2025年", None, ymd(2025, 12, 31)),
            ("２０２４年１２月３１日前", None, ymd(2024, 12, 31)),
            ("2004年4月13日至15日", None, ymd(2004, 4, 15)),
            ("即日起至2024年底", None, ymd(2024, 12, 31)),
            ("2024年6月底前完成，并长期坚持", None, ymd(2024, 6, 30)),
            (
                "持续推进，2024年底前取得阶段性成果",
                None,
                ymd(2024, 12, 31),
            ),
            ("12月底前", Some(2024), ymd(2024, 12, 31)),
        ];
        for &(raw, default_year, want) in cases {
            assert_eq!(
                parse_deadline(raw, default_year),
                (ByDate, want),
                "{raw:?} / {default_year:?}"
            );
        }
    }

    #[test]
    fn by_date_without_a_year() {
        let cases: &[&str] = &[
            "10月底前",
            "年底前",
            "上半年",
            "第三季度",
            "6月30日前",
            "次年1月底前",
        ];
        for &raw in cases {
            assert_eq!(parse_deadline(raw, None), (ByDate, None), "{raw:?}");
        }
    }

    #[test]
    fn other_kinds() {
        let cases: &[(&str, DeadlineKind)] = &[
            ("长期坚持", Ongoing),
            ("长期", Ongoing),
            ("持续推进", Ongoing),
            ("持续开展", Ongoing),
            ("常态化", Ongoing),
            ("常态化开展", Ongoing),
            ("长期开展", Ongoing),
            ("持续", Ongoing),
            ("2024年6月起", Ongoing),
            ("2024年起持续推进", Ongoing),
            ("每年", Recurring),
            ("每季度", Recurring),
            ("每月", Recurring),
            ("每半年", Recurring),
            ("每周", Recurring),
            ("每学期", Recurring),
            ("定期", Recurring),
            ("每年12月底前", Recurring),
            ("按季度报送", Recurring),
            ("每两年一次", Recurring),
            ("", Unknown),
            ("   ", Unknown),
            ("立即", Unknown),
            ("按要求", Unknown),
            ("3个月内", Unknown),
            ("三年内", Unknown),
            ("30日内", Unknown),
            ("2月30日前", Unknown),
            ("2024年13月", Unknown),
        ];
        for &(raw, kind) in cases {
            assert_eq!(parse_deadline(raw, Some(2024)), (kind, None), "{raw:?}");
        }
    }

    /// Every char-boundary slice of awkward inputs: nothing may panic.
    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = (
                parse_deadline(t, Some(2024)),
                parse_deadline(t, None),
                parse_deadline(t, Some(u16::MAX)),
            );
        });
    }
}
