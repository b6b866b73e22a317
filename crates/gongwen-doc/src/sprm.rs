//! Property modifiers (Prl: a sprm and its operand, [MS-DOC] 2.2.5.1) in a grpprl.

use crate::bytes::{u8_at, u16_at};

pub(crate) const P_JC80: u16 = 0x2403;
pub(crate) const P_JC: u16 = 0x2461;
pub(crate) const P_PAGE_BREAK_BEFORE: u16 = 0x2407;
pub(crate) const P_IN_TABLE: u16 = 0x2416;
pub(crate) const P_TTP: u16 = 0x2417;
pub(crate) const P_ITAP: u16 = 0x6649;
pub(crate) const P_DTAP: u16 = 0x664A;
pub(crate) const P_INNER_CELL: u16 = 0x244B;
pub(crate) const P_INNER_TTP: u16 = 0x244C;
pub(crate) const P_OUT_LVL: u16 = 0x2640;
pub(crate) const P_ILVL: u16 = 0x260A;
pub(crate) const P_ILFO: u16 = 0x460B;
/// sprmPHugePapx: the paragraph's real grpprl is in the `Data` stream.
pub(crate) const P_HUGE_PAPX: u16 = 0x6646;
pub(crate) const T_DEF_TABLE: u16 = 0xD608;
pub(crate) const T_TABLE_HEADER: u16 = 0x3404;
pub(crate) const T_VERT_MERGE: u16 = 0xD62B;
pub(crate) const C_R_MARK_DEL: u16 = 0x0800;
pub(crate) const C_VANISH: u16 = 0x083C;
/// sprmPChgTabs: its operand has a size of its own form.
const P_CHG_TABS: u16 = 0xC615;

/// The Prls of a grpprl, in order: `(sprm, operand)`. Stops at the first Prl that does
/// not fit (a truncated grpprl yields what precedes the damage).
pub(crate) fn prls(grpprl: &[u8]) -> Prls<'_> {
    Prls { grpprl, at: 0 }
}

/// Iterator over the Prls of a grpprl.
pub(crate) struct Prls<'a> {
    grpprl: &'a [u8],
    at: usize,
}

impl<'a> Iterator for Prls<'a> {
    type Item = (u16, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let sprm = u16_at(self.grpprl, self.at)?;
        let start = self.at + 2;
        let len = operand_len(sprm, self.grpprl, start)?;
        let operand = self.grpprl.get(start..start.checked_add(len)?)?;
        self.at = start + len;
        Some((sprm, operand))
    }
}

/// The size of a sprm's operand, from its `spra` bits (and, for variable sizes, from
/// the operand's own leading bytes).
fn operand_len(sprm: u16, b: &[u8], at: usize) -> Option<usize> {
    Some(match sprm >> 13 {
        0 | 1 => 1,
        2 | 4 | 5 => 2,
        3 => 4,
        7 => 3,
        _ => match sprm {
            // TDefTableOperand: a u16 cb that counts the rest plus one.
            T_DEF_TABLE => usize::from(u16_at(b, at)?) + 1,
            P_CHG_TABS => {
                let cb = u8_at(b, at)?;
                if cb == 255 {
                    // PChgTabsDelClose (cTabs, 4 bytes each) then PChgTabsAdd
                    // (cTabs, 3 bytes each).
                    let del = usize::from(u8_at(b, at + 1)?);
                    let add_at = at + 2 + del * 4;
                    let add = usize::from(u8_at(b, add_at)?);
                    1 + 1 + del * 4 + 1 + add * 3
                } else {
                    usize::from(cb) + 1
                }
            }
            _ => usize::from(u8_at(b, at)?) + 1,
        },
    })
}

/// A toggle operand (0/1, or 128/129 for "as the style"/"not as the style") read
/// against a style value of false.
pub(crate) fn toggle(operand: &[u8]) -> bool {
    matches!(operand.first(), Some(1 | 129))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operand_sizes_follow_spra() {
        // sprmPJc (1 byte), sprmPItap (4 bytes), sprmPDyaLine (4), a variable sprmPShd
        // (length byte 2), then sprmTDefTable with cb = 3.
        let grpprl = [
            0x61, 0x24, 1, //
            0x49, 0x66, 2, 0, 0, 0, //
            0x4D, 0xC6, 2, 9, 9, //
            0x08, 0xD6, 3, 0, 7, 7,    //
            0x03, // a truncated Prl: ignored
        ];
        let got: Vec<(u16, Vec<u8>)> = prls(&grpprl).map(|(s, o)| (s, o.to_vec())).collect();
        assert_eq!(
            got,
            vec![
                (P_JC, vec![1]),
                (P_ITAP, vec![2, 0, 0, 0]),
                (0xC64D, vec![2, 9, 9]),
                (T_DEF_TABLE, vec![3, 0, 7, 7]),
            ]
        );
    }

    #[test]
    fn chg_tabs_255_has_its_own_size() {
        // cb 255, 1 tab deleted (4 bytes), 2 added (6 bytes), then sprmPJc.
        let mut grpprl = vec![0x15, 0xC6, 255, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0];
        grpprl.extend_from_slice(&[0x61, 0x24, 2]);
        let got: Vec<u16> = prls(&grpprl).map(|(s, _)| s).collect();
        assert_eq!(got, vec![P_CHG_TABS, P_JC]);
    }
}
