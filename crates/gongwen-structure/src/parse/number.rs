//! The number that starts a paragraph, read once when the paragraph is made and carried
//! with it ([`crate::filter::para::Para::number`]): an item label (一、 （一） 1. （1） ①,
//! [`crate::parse::label`]) or a division (第一章, 第三条, 第一部分,
//! [`crate::parse::division`]). The phases ask it instead of parsing the text again.

use gongwen_model::SectionKind;

use crate::parse::division::parse_division;
use crate::parse::label::parse_label;

/// A paragraph's number, as offsets into the paragraph's text so that it needs no borrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    /// `Item` for labels; part, chapter, section or article for divisions.
    pub kind: SectionKind,
    /// Its value: 16 for "（十六）", 12 for "第十二条".
    pub ordinal: u32,
    /// 1–5 for items (一、 … ①), 0 for divisions.
    pub level: u8,
    /// Byte range of the number as printed.
    raw: (usize, usize),
    /// Byte where the text after it starts (white space, and a division's colon, skipped).
    rest: usize,
}

impl Number {
    /// The number starting `text`, if any: a division (第…章/条/节/编/部分) or a label.
    pub(crate) fn read(text: &str) -> Option<Number> {
        if let Some(d) = parse_division(text) {
            return Some(Number {
                kind: d.kind,
                ordinal: d.ordinal,
                level: 0,
                raw: span(text, d.raw),
                rest: text.len() - d.rest.len(),
            });
        }
        let l = parse_label(text)?;
        Some(Number {
            kind: SectionKind::Item,
            ordinal: l.ordinal,
            level: l.level,
            raw: span(text, l.raw),
            rest: text.len() - l.rest.len(),
        })
    }

    /// True for an item label (一、 …), false for a division (第一章 …).
    pub(crate) fn is_item(&self) -> bool {
        self.kind == SectionKind::Item
    }

    /// The number as printed, in `text` (the text it was read from, or that text grown).
    pub(crate) fn raw<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.raw.0..self.raw.1).unwrap_or("")
    }

    /// The text after the number.
    pub(crate) fn rest<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.rest..).unwrap_or("")
    }
}

/// The byte range of `part`, a slice of `text`, within `text`.
fn span(text: &str, part: &str) -> (usize, usize) {
    let start = (part.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len());
    (start, (start + part.len()).min(text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_paragraphs() {
        // (text, kind, ordinal, level, raw, rest)
        type Case<'a> = (&'a str, SectionKind, u32, u8, &'a str, &'a str);
        let cases: &[Case<'_>] = &[
            (
                "\u{3000}（十六)\u{3000}切实抓好",
                SectionKind::Item,
                16,
                2,
                "（十六)",
                "切实抓好",
            ),
            (
                "②、政务新媒体",
                SectionKind::Item,
                2,
                5,
                "②、",
                "政务新媒体",
            ),
            ("1.建立机制", SectionKind::Item, 1, 3, "1.", "建立机制"),
            ("第一章　总则", SectionKind::Chapter, 1, 0, "第一章", "总则"),
            (
                "第三条：为了规范管理。",
                SectionKind::Article,
                3,
                0,
                "第三条",
                "为了规范管理。",
            ),
        ];
        for &(text, kind, ordinal, level, raw, rest) in cases {
            let n = Number::read(text).unwrap_or_else(|| panic!("no number in {text:?}"));
            assert_eq!(
                (n.kind, n.ordinal, n.level),
                (kind, ordinal, level),
                "{text}"
            );
            assert_eq!((n.raw(text), n.rest(text)), (raw, rest), "{text}");
            assert_eq!(n.is_item(), kind == SectionKind::Item, "{text}");
        }
        for text in ["", "一是加强领导", "根据第五条规定", "1.5倍"] {
            assert_eq!(Number::read(text), None, "{text}");
        }
    }

    /// A number read from a line keeps its place when the line grows (a joined line).
    #[test]
    fn grown_text_keeps_the_number() {
        let line = "一、加强组织领导，各单位要";
        let n = Number::read(line).unwrap_or_else(|| panic!("a label"));
        let grown = format!("{line}成立工作专班。");
        assert_eq!(n.raw(&grown), "一、");
        assert_eq!(n.rest(&grown), "加强组织领导，各单位要成立工作专班。");
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            if let Some(n) = Number::read(t) {
                let _ = (n.raw(t), n.rest(t));
            }
        });
    }
}
