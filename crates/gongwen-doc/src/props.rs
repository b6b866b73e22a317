//! Paragraph and table-row properties read from the sprms of a paragraph mark.

use gongwen_blocks::Align;

use crate::bytes::{i16_at, u8_at, u16_at, u32_at};
use crate::sprm::{self, prls};

/// What the reader uses of a paragraph's properties (PAP).
#[derive(Debug, Default, Clone)]
pub(crate) struct Pap {
    pub(crate) istd: u16,
    pub(crate) align: Option<Align>,
    /// Outline level 0-8 (9 is body text).
    pub(crate) outline: Option<u8>,
    pub(crate) page_break_before: bool,
    pub(crate) in_table: bool,
    pub(crate) ttp: bool,
    pub(crate) itap: Option<u32>,
    pub(crate) inner_cell: bool,
    pub(crate) inner_ttp: bool,
    pub(crate) ilfo: Option<u16>,
    pub(crate) ilvl: Option<u8>,
}

impl Pap {
    /// Applies a grpprl on top of these properties.
    pub(crate) fn apply(&mut self, grpprl: &[u8]) {
        for (s, op) in prls(grpprl) {
            let b = op.first().copied().unwrap_or(0);
            match s {
                sprm::P_JC | sprm::P_JC80 => self.align = Some(jc(b)),
                sprm::P_OUT_LVL => self.outline = Some(b),
                sprm::P_PAGE_BREAK_BEFORE => self.page_break_before = b != 0,
                sprm::P_IN_TABLE => self.in_table = b != 0,
                sprm::P_TTP => self.ttp = b != 0,
                sprm::P_INNER_CELL => self.inner_cell = b != 0,
                sprm::P_INNER_TTP => self.inner_ttp = b != 0,
                sprm::P_ITAP => self.itap = u32_at(op, 0).map(|v| v.min(i32::MAX as u32)),
                sprm::P_DTAP => {
                    let d = u32_at(op, 0).unwrap_or(0) as i32;
                    let base = self.itap.unwrap_or(u32::from(self.in_table)) as i64;
                    self.itap = Some((base + i64::from(d)).clamp(0, i64::from(i32::MAX)) as u32);
                }
                sprm::P_ILFO => self.ilfo = u16_at(op, 0),
                sprm::P_ILVL => self.ilvl = Some(b),
                _ => {}
            }
        }
    }

    /// The table depth of the paragraph: 0 outside tables.
    pub(crate) fn depth(&self) -> u32 {
        match self.itap {
            Some(d) => d,
            None => u32::from(self.in_table),
        }
    }
}

/// A `jc` value as an alignment (the logical sprmPJc and the older sprmPJc80 agree for
/// left-to-right text).
fn jc(v: u8) -> Align {
    match v {
        1 => Align::Center,
        2 => Align::Right,
        3..=9 => Align::Justify,
        _ => Align::Left,
    }
}

/// How a cell takes part in a vertical merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum VMerge {
    #[default]
    None,
    /// The first cell of a vertically merged set.
    Restart,
    /// A cell covered by the one above.
    Continue,
}

/// One cell of a row definition.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CellDef {
    /// Left and right boundaries, in twips.
    pub(crate) left: i16,
    pub(crate) right: i16,
    /// Merged into the cell before it (a Word 97 horizontal merge).
    pub(crate) h_merged: bool,
    pub(crate) v_merge: VMerge,
}

/// What the reader uses of a table row's properties (TAP).
#[derive(Debug, Default, Clone)]
pub(crate) struct Tap {
    pub(crate) cells: Vec<CellDef>,
    pub(crate) header: bool,
}

impl Tap {
    /// Reads the row definition from the grpprl of a row-end mark.
    pub(crate) fn from_grpprl(grpprl: &[u8]) -> Tap {
        let mut tap = Tap::default();
        for (s, op) in prls(grpprl) {
            match s {
                sprm::T_DEF_TABLE => tap.def_table(op),
                sprm::T_TABLE_HEADER => tap.header = op.first().is_some_and(|&b| b != 0),
                sprm::T_VERT_MERGE => {
                    // cb (2), itc, vertMergeFlags (0 none, 1 continue, 3 restart).
                    let itc = usize::from(u8_at(op, 1).unwrap_or(0));
                    let flags = u8_at(op, 2).unwrap_or(0);
                    if let Some(cell) = tap.cells.get_mut(itc) {
                        cell.v_merge = vmerge(flags);
                    }
                }
                _ => {}
            }
        }
        tap
    }

    /// sprmTDefTable ([MS-DOC] 2.9.321): cb, itcMac, rgdxaCenter[itcMac + 1], rgTc80.
    fn def_table(&mut self, op: &[u8]) {
        let Some(n) = u8_at(op, 2) else { return };
        let n = usize::from(n).min(255);
        let centers = 3;
        let tcs = centers + (n + 1) * 2;
        self.cells.clear();
        for i in 0..n {
            let (Some(left), Some(right)) = (
                i16_at(op, centers + i * 2),
                i16_at(op, centers + (i + 1) * 2),
            ) else {
                break;
            };
            // TC80: tcgrf (2 bytes), wWidth, four borders; TC80s may be left out.
            let tcgrf = u16_at(op, tcs + i * 20).unwrap_or(0);
            self.cells.push(CellDef {
                left,
                right,
                h_merged: tcgrf & 0x3 >= 2,
                v_merge: vmerge(((tcgrf >> 5) & 0x3) as u8),
            });
        }
    }
}

fn vmerge(v: u8) -> VMerge {
    match v {
        0 => VMerge::None,
        1 => VMerge::Continue,
        _ => VMerge::Restart,
    }
}
