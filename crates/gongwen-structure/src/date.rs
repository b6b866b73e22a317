//! Dates: 2024年6月28日, 二〇二四年六月二十八日.

use std::ops::Range;

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
    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses `text` when it is entirely a date (white space around it allowed).
pub fn parse_date(text: &str) -> Option<Ymd> {
    let _ = text;
    todo!("helper: dates")
}

/// Finds the first full date (year, month and day) inside running text.
pub fn find_date(text: &str) -> Option<(Ymd, Range<usize>)> {
    let _ = text;
    todo!("helper: dates")
}

/// The last day of `month` in `year`.
pub fn last_day_of_month(year: u16, month: u8) -> u8 {
    let _ = (year, month);
    todo!("helper: dates")
}
