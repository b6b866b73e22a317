//! The style sheet (STSH, [MS-DOC] 2.9.271): for each paragraph style, the alignment,
//! outline level and list it gives, inherited through `istdBase`.

use gongwen_blocks::Align;

use crate::bytes::{slice, u16_at};
use crate::props::Pap;

/// Longest chain of based-on styles followed (Word allows 10; a loop stops here).
const MAX_BASE_DEPTH: usize = 16;

/// One style as stored: its base and its own paragraph properties.
#[derive(Debug, Default, Clone)]
struct Style {
    base: Option<u16>,
    /// Built-in style identifier (1-9: heading 1-9).
    sti: u16,
    align: Option<Align>,
    outline: Option<u8>,
    /// The list the style numbers its paragraphs with (sprmPIlfo) and the level.
    ilfo: Option<u16>,
    ilvl: Option<u8>,
}

/// The paragraph styles, by `istd`.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    styles: Vec<Style>,
}

impl Styles {
    /// Reads the style sheet; a damaged one gives what precedes the damage.
    pub(crate) fn parse(stsh: &[u8]) -> Styles {
        let mut styles = Vec::new();
        let Some(cb_stshi) = u16_at(stsh, 0) else {
            return Styles { styles };
        };
        let stshi = 2usize;
        let cstd = usize::from(u16_at(stsh, stshi).unwrap_or(0));
        let cb_base = usize::from(u16_at(stsh, stshi + 2).unwrap_or(10));
        let mut at = stshi + usize::from(cb_stshi);
        for _ in 0..cstd {
            let Some(cb) = u16_at(stsh, at) else { break };
            let cb = usize::from(cb);
            let std = slice(stsh, at + 2, cb).unwrap_or(&[]);
            at += 2 + cb;
            styles.push(parse_std(std, cb_base).unwrap_or_default());
        }
        Styles { styles }
    }

    /// The alignment style `istd` gives, through its bases.
    pub(crate) fn align(&self, istd: u16) -> Option<Align> {
        self.chain(istd).find_map(|s| s.align)
    }

    /// The outline level style `istd` gives, through its bases; a built-in heading
    /// style without one gives its own level.
    pub(crate) fn outline(&self, istd: u16) -> Option<u8> {
        self.chain(istd).find_map(|s| {
            s.outline
                .or_else(|| (1..=9).contains(&s.sti).then(|| (s.sti - 1) as u8))
        })
    }

    /// The list (`ilfo`) and level a paragraph style numbers with, through its bases.
    pub(crate) fn list(&self, istd: u16) -> (Option<u16>, Option<u8>) {
        let ilfo = self.chain(istd).find_map(|s| s.ilfo);
        let ilvl = self.chain(istd).find_map(|s| s.ilvl);
        (ilfo, ilvl)
    }

    fn chain(&self, istd: u16) -> impl Iterator<Item = &Style> {
        let mut next = Some(istd);
        std::iter::from_fn(move || {
            let s = self.styles.get(usize::from(next?))?;
            next = s.base;
            Some(s)
        })
        .take(MAX_BASE_DEPTH)
    }
}

/// One STD: the fixed part (`cb_base` bytes), the name, then the UPXs.
fn parse_std(std: &[u8], cb_base: usize) -> Option<Style> {
    if std.is_empty() {
        return None;
    }
    let sti = u16_at(std, 0)? & 0x0FFF;
    let w = u16_at(std, 2)?;
    let stk = w & 0x000F;
    let base = w >> 4;
    let cupx = usize::from(u16_at(std, 4)? & 0x000F);
    // xstzName: a character count, the UTF-16 name, a terminating zero.
    let name_len = usize::from(u16_at(std, cb_base)?);
    let mut at = cb_base + 2 + name_len * 2 + 2;
    let mut style = Style {
        base: (base != 0x0FFF).then_some(base),
        sti,
        ..Style::default()
    };
    // A paragraph style's first UPX holds its paragraph properties: istd, grpprl.
    if stk == 1 && cupx >= 1 {
        at += at % 2;
        let cb = usize::from(u16_at(std, at)?);
        let upx = slice(std, at + 2, cb)?;
        let mut pap = Pap::default();
        pap.apply(upx.get(2..).unwrap_or(&[]));
        style.align = pap.align;
        style.outline = pap.outline;
        style.ilfo = pap.ilfo;
        style.ilvl = pap.ilvl;
    }
    Some(style)
}
