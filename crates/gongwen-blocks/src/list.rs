//! Automatic list numbering shared by the readers of formats that number paragraphs
//! themselves (.docx's `numbering.xml`, a .doc's list tables): the text of a level with
//! its number places, and the counters of one list.
//!
//! ```
//! use gongwen_blocks::list::{Counters, LevelText};
//! use gongwen_blocks::numfmt::NumFmt;
//!
//! // "（%2）" under a "%1、" level, both counted in Chinese.
//! let level = |_: usize| (1, NumFmt::ChineseCounting);
//! let mut counters = Counters::default();
//! let mut label = String::new();
//! counters.advance(0, 1, |deeper| deeper);
//! counters.advance(1, 1, |deeper| deeper);
//! counters.advance(1, 1, |deeper| deeper);
//! counters.render(&LevelText::from_ooxml("（%2）"), level, false, &mut label);
//! assert_eq!(label, "（二）");
//! ```

use crate::numfmt::{NumFmt, push_number};

/// Levels of one list (Word's nine).
pub const LEVELS: usize = 9;

/// Longest level text kept, in characters: Word's own number formats are a few
/// characters ("%1.%2.", "（%1）"); past this a level text is hostile, not a format, and
/// the label is repeated into every numbered paragraph.
pub const MAX_LEVEL_TEXT: usize = 255;

/// One piece of a level's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Printed as it is.
    Char(char),
    /// The current number of this level (0-based).
    Number(u8),
}

/// The text of a level: characters and number places.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LevelText(Vec<Piece>);

impl LevelText {
    /// Reads OOXML's `w:lvlText`, where `%1` … `%9` are the number places.
    pub fn from_ooxml(text: &str) -> LevelText {
        let mut pieces = Vec::new();
        let mut chars = text.chars().take(MAX_LEVEL_TEXT).peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek()) {
                ('%', Some(&d @ '1'..='9')) => {
                    chars.next();
                    pieces.push(Piece::Number(d as u8 - b'1'));
                }
                _ => pieces.push(Piece::Char(c)),
            }
        }
        LevelText(pieces)
    }

    /// Reads a binary document's number text (`xst` of an LVL), where a character below
    /// 9 is the number place of that level.
    pub fn from_utf16(units: &[u16]) -> LevelText {
        let pieces = char::decode_utf16(units.iter().copied().take(MAX_LEVEL_TEXT))
            .map(|c| match c {
                Ok(c) if (c as u32) < LEVELS as u32 => Piece::Number(c as u8),
                Ok(c) => Piece::Char(c),
                Err(_) => Piece::Char(char::REPLACEMENT_CHARACTER),
            })
            .collect();
        LevelText(pieces)
    }

    /// Whether the text prints nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The running numbers of one list's levels; `None` for a level not yet used since it
/// last restarted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters([Option<u32>; LEVELS]);

impl Counters {
    /// Advances level `ilvl` (to `start` when it is not running) and restarts the deeper
    /// levels that restart after it: `restart_limit(deeper)` is the number of levels above
    /// `deeper` whose advance restarts it (`deeper` itself when every higher level does,
    /// 0 when none does).
    pub fn advance(&mut self, ilvl: usize, start: u32, restart_limit: impl Fn(usize) -> usize) {
        let Some(counter) = self.0.get_mut(ilvl) else {
            return;
        };
        *counter = Some(match *counter {
            None => start,
            Some(v) => v.saturating_add(1),
        });
        for (deeper, counter) in self.0.iter_mut().enumerate().skip(ilvl + 1) {
            if ilvl < restart_limit(deeper).min(deeper) {
                *counter = None;
            }
        }
    }

    /// Restarts level `ilvl`: its next advance starts it again.
    pub fn restart(&mut self, ilvl: usize) {
        if let Some(counter) = self.0.get_mut(ilvl) {
            *counter = None;
        }
    }

    /// Appends the label `text` prints now. `level(i)` gives level `i`'s start and
    /// format; `legal` prints every number in decimal (Word's "legal style"), except a
    /// level whose format prints nothing.
    pub fn render(
        &self,
        text: &LevelText,
        level: impl Fn(usize) -> (u32, NumFmt),
        legal: bool,
        out: &mut String,
    ) {
        for piece in &text.0 {
            match *piece {
                Piece::Char(c) => out.push(c),
                Piece::Number(i) => {
                    let i = usize::from(i);
                    let (start, fmt) = level(i);
                    let value = self.0.get(i).copied().flatten().unwrap_or(start);
                    let fmt = match fmt {
                        NumFmt::None => NumFmt::None,
                        _ if legal => NumFmt::Decimal,
                        fmt => fmt,
                    };
                    push_number(value, fmt, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decimal(_: usize) -> (u32, NumFmt) {
        (1, NumFmt::Decimal)
    }

    #[test]
    fn deeper_levels_restart_unless_told_not_to() {
        let mut c = Counters::default();
        let text = LevelText::from_ooxml("%1.%2");
        let mut out = Vec::new();
        for ilvl in [0, 1, 1, 0, 1] {
            c.advance(ilvl, 1, |d| d);
            let mut s = String::new();
            c.render(&text, decimal, false, &mut s);
            out.push(s);
        }
        assert_eq!(out, ["1.1", "1.1", "1.2", "2.1", "2.1"]);

        // Level 1 never restarts (limit 0): it counts on across level 0.
        let mut c = Counters::default();
        for ilvl in [0, 1, 1, 0, 1] {
            c.advance(ilvl, 1, |_| 0);
        }
        let mut s = String::new();
        c.render(&text, decimal, false, &mut s);
        assert_eq!(s, "2.3");
    }

    #[test]
    fn binary_number_text_marks_places_below_nine() {
        // "（" level-0 place "）" as a .doc stores it.
        let text = LevelText::from_utf16(&[0xFF08, 0, 0xFF09]);
        let mut c = Counters::default();
        c.advance(0, 3, |d| d);
        let mut s = String::new();
        c.render(&text, |_| (3, NumFmt::ChineseCounting), false, &mut s);
        assert_eq!(s, "（三）");
        // Legal style prints decimal; a level that prints nothing stays empty.
        let mut s = String::new();
        c.render(&text, |_| (3, NumFmt::ChineseCounting), true, &mut s);
        assert_eq!(s, "（3）");
        let mut s = String::new();
        c.render(&text, |_| (3, NumFmt::None), true, &mut s);
        assert_eq!(s, "（）");
    }

    #[test]
    fn hostile_level_text_is_capped() {
        let long = "%1".repeat(1000);
        let text = LevelText::from_ooxml(&long);
        assert!(text.0.len() <= MAX_LEVEL_TEXT);
        assert!(LevelText::from_ooxml("").is_empty());
    }
}
