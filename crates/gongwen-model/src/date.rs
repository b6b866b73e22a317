//! A calendar date, written `YYYY-MM-DD` in the JSON (since 0.2; the JSON is unchanged).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the (proleptic Gregorian) calendar: the 成文日期, an 印发日期, a deadline, a
/// meeting's day.
///
/// Always valid: no 2月30日, 29 February only in leap years, years 1 to 9999. It prints,
/// parses and serializes as `YYYY-MM-DD` (`"2024-06-28"`), which sorts like the date, and
/// its JSON Schema is `{"type": "string", "format": "date"}`.
///
/// ```
/// use gongwen_model::Date;
///
/// let date = Date::new(2024, 6, 28)?;
/// assert_eq!(date.to_string(), "2024-06-28");
/// assert_eq!((date.year(), date.month(), date.day()), (2024, 6, 28));
/// assert_eq!("2024-06-28".parse::<Date>()?, date);
/// assert_eq!(serde_json::to_string(&date)?, "\"2024-06-28\"");
/// assert!(Date::new(2023, 2, 29).is_err());
/// assert!("2024-6-28".parse::<Date>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order makes the derived ordering chronological.
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year`-`month`-`day`, when it is a day of the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Year(year));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(month));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(Date { year, month, day })
    }

    /// The year, 1 to 9999.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The ten ASCII bytes of `YYYY-MM-DD`, written without `format!` (dates are
    /// serialized for every task of every document).
    fn iso_bytes(self) -> [u8; 10] {
        let digit = |v: u16| b'0' + (v % 10) as u8;
        let y = self.year;
        let (m, d) = (u16::from(self.month), u16::from(self.day));
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

/// Days in `month` of `year` (Gregorian leap years); `month` must be 1-12.
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// Why a [`Date`] could not be made or parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateError {
    /// The text is not of the form `YYYY-MM-DD` (four, two and two ASCII digits).
    Syntax(String),
    /// The year is 0 (years run from 1 to 9999).
    Year(u16),
    /// The month is not 1 to 12.
    Month(u8),
    /// The month has no such day.
    Day {
        /// The year.
        year: u16,
        /// The month.
        month: u8,
        /// The day that does not exist.
        day: u8,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Syntax(text) => write!(f, "{text:?} is not a date of the form YYYY-MM-DD"),
            DateError::Year(year) => write!(f, "year {year} is not 1 to 9999"),
            DateError::Month(month) => write!(f, "month {month} is not 1 to 12"),
            DateError::Day { year, month, day } => {
                write!(f, "{year:04}-{month:02} has no day {day}")
            }
        }
    }
}

impl std::error::Error for DateError {}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.iso_bytes();
        // The bytes are ASCII digits and dashes.
        f.pad(std::str::from_utf8(&bytes).unwrap_or_default())
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses exactly `YYYY-MM-DD`: four, two and two ASCII digits, dashes between.
    fn from_str(text: &str) -> Result<Date, DateError> {
        let syntax = || DateError::Syntax(text.to_owned());
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(syntax());
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            b[range].iter().try_fold(0u16, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
            })
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(syntax());
        };
        // Two digits always fit in a u8.
        Date::new(year, month as u8, day as u8)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = self.iso_bytes();
        serializer.serialize_str(std::str::from_utf8(&bytes).unwrap_or_default())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "gongwen_model::Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_of_the_calendar_are_dates() {
        assert!(Date::new(2024, 2, 29).is_ok());
        assert!(Date::new(2000, 2, 29).is_ok());
        assert_eq!(
            Date::new(1900, 2, 29),
            Err(DateError::Day {
                year: 1900,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            Date::new(2024, 4, 31).map_err(|e| e.to_string()),
            Err("2024-04 has no day 31".into())
        );
        assert_eq!(Date::new(2024, 13, 1), Err(DateError::Month(13)));
        assert_eq!(Date::new(2024, 0, 1), Err(DateError::Month(0)));
        assert_eq!(Date::new(0, 1, 1), Err(DateError::Year(0)));
        assert!(Date::new(2024, 12, 0).is_err());
        assert!(Date::new(9999, 12, 31).is_ok());
        assert!(Date::new(10000, 1, 1).is_err());
    }

    #[test]
    fn prints_and_parses_yyyy_mm_dd() {
        let cases = [
            ((2024, 6, 28), "2024-06-28"),
            ((1996, 12, 1), "1996-12-01"),
            ((33, 1, 9), "0033-01-09"),
        ];
        for ((y, m, d), text) in cases {
            let date = Date::new(y, m, d).expect("valid");
            assert_eq!(date.to_string(), text);
            assert_eq!(text.parse::<Date>(), Ok(date));
            assert_eq!(format!("{date:?}"), format!("Date({text})"));
        }
        for bad in [
            "2024-6-28",
            "2024/06/28",
            "2024-06-28 ",
            "２０２４-06-28",
            "+024-06-28",
            "2024-0a-28",
            "",
        ] {
            assert_eq!(
                bad.parse::<Date>(),
                Err(DateError::Syntax(bad.to_owned())),
                "{bad:?}"
            );
        }
        assert_eq!(
            "2023-02-29".parse::<Date>().map_err(|e| e.to_string()),
            Err("2023-02 has no day 29".into())
        );
    }

    #[test]
    fn orders_chronologically() {
        let d = |y, m, day| Date::new(y, m, day).expect("valid");
        assert!(d(2023, 12, 31) < d(2024, 1, 1));
        assert!(d(2024, 1, 31) < d(2024, 2, 1));
    }

    #[test]
    fn serde_uses_the_string() {
        let date = Date::new(2024, 6, 8).expect("valid");
        assert_eq!(
            serde_json::to_string(&date).expect("json"),
            "\"2024-06-08\""
        );
        let back: Date = serde_json::from_str("\"2024-06-08\"").expect("json");
        assert_eq!(back, date);
        let err = serde_json::from_str::<Date>("\"2024-02-30\"").expect_err("no such day");
        assert!(err.to_string().contains("2024-02 has no day 30"), "{err}");
        assert!(serde_json::from_str::<Date>("20240608").is_err());
    }

    #[test]
    fn schema_is_a_string_of_format_date() {
        let schema = schemars::schema_for!(Option<Date>).to_value();
        assert_eq!(schema["format"], "date");
        assert_eq!(schema["type"], serde_json::json!(["string", "null"]));
    }
}
