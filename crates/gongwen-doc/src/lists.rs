//! Automatic list numbering of a binary document ([MS-DOC] 2.9.147 LSTF, 2.9.150 LVL,
//! 2.9.131 LFO): the labels Word prints before numbered paragraphs ("一、", "（一）",
//! "1.") are not in the text; they are rebuilt here from the list definitions and
//! counted in reading order, as the .docx reader does from `numbering.xml`.
//!
//! A paragraph names its list through `ilfo` (1-based, into the LFOs; 0 is none), and its
//! level through `ilvl`. Each LFO points at one list (`lsid`), and every LFO of a list
//! shares its counters; an LFO that restarts a level (`fStartAt`) restarts it at the first
//! paragraph that uses it (LibreOffice writes a restarted list so: the first item on an
//! LFO of its own, the next ones on the list's usual LFO). A damaged table gives the lists read before the damage: numbering is a hint, never
//! a reason to refuse the file.

use std::collections::{HashMap, HashSet};

use gongwen_blocks::list::{Counters, LEVELS, LevelText};
use gongwen_blocks::numfmt::NumFmt;

use crate::bytes::{slice, u8_at, u16_at, u32_at};

/// Size of an LSTF, an LVLF and an LFO.
const LSTF_SIZE: usize = 28;
const LVLF_SIZE: usize = 28;
const LFO_SIZE: usize = 16;
/// `ilfo` value meaning "not numbered" set on top of a numbered style.
const NO_LIST: u16 = 0x07FF;
/// More lists or LFOs than this is no document Word wrote (Word caps lists far lower).
const MAX_LISTS: usize = 4096;

/// One level of a list.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    fmt: NumFmt,
    text: LevelText,
    legal: bool,
    /// Levels above this one whose advance restarts it (this level's index: all of them).
    restart_limit: Option<usize>,
    /// What follows the label: a space for 1, nothing for tab (0) and none (2).
    space_after: bool,
}

#[derive(Debug, Clone, Default)]
struct List {
    levels: Vec<Level>,
}

/// One LFO: its list and the levels it restarts.
#[derive(Debug, Clone, Default)]
struct Lfo {
    lsid: u32,
    starts: [Option<u32>; LEVELS],
}

/// The list definitions.
#[derive(Debug, Default)]
pub(crate) struct Lists {
    lists: HashMap<u32, List>,
    lfos: Vec<Lfo>,
}

/// The running counters of the lists (by `lsid`), in reading order, and the LFOs used.
#[derive(Debug, Default)]
pub(crate) struct ListCounters {
    lists: HashMap<u32, Counters>,
    used: HashSet<u16>,
}

impl Lists {
    /// Reads the lists at `lst` (the PlfLst, followed by its LVLs up to the end of the
    /// table stream) and the LFOs at `lfo`.
    pub(crate) fn parse(lst: &[u8], lfo: &[u8]) -> Lists {
        let mut lists = Lists::default();
        let count = usize::from(u16_at(lst, 0).unwrap_or(0) & 0x7FFF).min(MAX_LISTS);
        // The LVLs follow the LSTFs, in list order: one per simple list, nine otherwise.
        let mut at = 2 + count * LSTF_SIZE;
        for i in 0..count {
            let Some(lstf) = slice(lst, 2 + i * LSTF_SIZE, LSTF_SIZE) else {
                break;
            };
            let lsid = u32_at(lstf, 0).unwrap_or(0);
            let simple = u8_at(lstf, 26).unwrap_or(0) & 1 != 0;
            let mut list = List::default();
            for _ in 0..if simple { 1 } else { LEVELS } {
                let Some((level, next)) = parse_lvl(lst, at) else {
                    lists.lists.entry(lsid).or_insert(list);
                    return lists.with_lfos(lfo);
                };
                list.levels.push(level);
                at = next;
            }
            lists.lists.entry(lsid).or_insert(list);
        }
        lists.with_lfos(lfo)
    }

    fn with_lfos(mut self, lfo: &[u8]) -> Lists {
        let count = (u32_at(lfo, 0).unwrap_or(0) as usize).min(MAX_LISTS);
        let mut overrides = Vec::with_capacity(count);
        for i in 0..count {
            let Some(b) = slice(lfo, 4 + i * LFO_SIZE, LFO_SIZE) else {
                break;
            };
            self.lfos.push(Lfo {
                lsid: u32_at(b, 0).unwrap_or(0),
                starts: [None; LEVELS],
            });
            overrides.push(usize::from(u8_at(b, 12).unwrap_or(0)));
        }
        // Then one LFOData per LFO: a CP, and its LFOLVLs (each followed by an LVL when it
        // restates the level's formatting).
        let mut at = 4 + count * LFO_SIZE;
        for (i, &n) in overrides.iter().enumerate() {
            at += 4;
            for _ in 0..n {
                let (Some(start), Some(flags)) = (u32_at(lfo, at), u32_at(lfo, at + 4)) else {
                    return self;
                };
                at += 8;
                let ilvl = (flags & 0xF) as usize;
                if flags & 0x10 != 0
                    && let Some(slot) = self.lfos[i].starts.get_mut(ilvl)
                {
                    *slot = Some(start);
                }
                if flags & 0x20 != 0 {
                    match parse_lvl(lfo, at) {
                        Some((_, next)) => at = next,
                        None => return self,
                    }
                }
            }
        }
        self
    }

    /// Advances the counters for a paragraph numbered `ilfo` at level `ilvl`, and gives
    /// its label with what follows it.
    pub(crate) fn next_label(
        &self,
        counters: &mut ListCounters,
        ilfo: u16,
        ilvl: u8,
    ) -> Option<String> {
        if ilfo == 0 || ilfo == NO_LIST {
            return None;
        }
        let lfo = self.lfos.get(usize::from(ilfo) - 1)?;
        let list = self.lists.get(&lfo.lsid)?;
        // A simple list has one level, whatever level the paragraph names.
        let ilvl = if list.levels.len() == 1 {
            0
        } else {
            usize::from(ilvl)
        };
        let level = list.levels.get(ilvl)?;
        let starts: [u32; LEVELS] = std::array::from_fn(|i| {
            lfo.starts[i]
                .or(list.levels.get(i).map(|l| l.start))
                .unwrap_or(1)
        });
        let first_use = counters.used.insert(ilfo);
        let counters = counters.lists.entry(lfo.lsid).or_default();
        if first_use {
            for (i, start) in lfo.starts.iter().enumerate() {
                if start.is_some() {
                    counters.restart(i);
                }
            }
        }
        counters.advance(ilvl, starts[ilvl], |deeper| {
            list.levels
                .get(deeper)
                .and_then(|l| l.restart_limit)
                .unwrap_or(deeper)
        });
        let mut label = String::new();
        counters.render(
            &level.text,
            |i| {
                let fmt = list.levels.get(i).map_or(NumFmt::Decimal, |l| l.fmt);
                (starts[i], fmt)
            },
            level.legal,
            &mut label,
        );
        if label.is_empty() {
            return None;
        }
        if level.space_after {
            label.push(' ');
        }
        Some(label)
    }
}

/// One LVL at `at`: the LVLF, its paragraph and character sprms, its number text. Gives
/// the level and where the next LVL starts.
fn parse_lvl(b: &[u8], at: usize) -> Option<(Level, usize)> {
    let lvlf = slice(b, at, LVLF_SIZE)?;
    let start = u32_at(lvlf, 0)?;
    let nfc = u8_at(lvlf, 4)?;
    let flags = u8_at(lvlf, 5)?;
    let follow = u8_at(lvlf, 15)?;
    let cb_chpx = usize::from(u8_at(lvlf, 24)?);
    let cb_papx = usize::from(u8_at(lvlf, 25)?);
    let restart_lim = usize::from(u8_at(lvlf, 26)?);
    let xst = at + LVLF_SIZE + cb_papx + cb_chpx;
    let cch = usize::from(u16_at(b, xst)?);
    let units: Vec<u16> = (0..cch)
        .map(|i| u16_at(b, xst + 2 + i * 2))
        .collect::<Option<_>>()?;
    let level = Level {
        // iStartAt is signed; Word keeps it within 0..=0x7FFF.
        start: if (start as i32) < 0 { 0 } else { start },
        fmt: NumFmt::from_nfc(nfc),
        text: LevelText::from_utf16(&units),
        legal: flags & 0x04 != 0,
        // fNoRestart: ilvlRestartLim says which levels restart this one.
        restart_limit: (flags & 0x08 != 0).then_some(restart_lim),
        space_after: follow == 1,
    };
    Some((level, xst + 2 + cch * 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An LVL: start, nfc, flags, follow, number text.
    fn lvl(start: u32, nfc: u8, flags: u8, follow: u8, text: &[u16]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&start.to_le_bytes());
        b.push(nfc);
        b.push(flags);
        b.extend_from_slice(&[0; 9]); // rgbxchNums
        b.push(follow);
        b.extend_from_slice(&[0; 8]); // dxaIndentSav, unused
        b.extend_from_slice(&[2, 0, 0, 0]); // cbGrpprlChpx 2, cbGrpprlPapx 0
        b.extend_from_slice(&[0x2A, 0x08]); // a 2-byte grpprlChpx to skip
        b.extend_from_slice(&(text.len() as u16).to_le_bytes());
        for u in text {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b
    }

    fn utf16(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    /// One nine-level list: "一、", "（一）", "1.", then decimal.
    fn plf_lst(lsid: u32) -> Vec<u8> {
        let mut b = vec![1, 0];
        let mut lstf = vec![0u8; LSTF_SIZE];
        lstf[..4].copy_from_slice(&lsid.to_le_bytes());
        b.extend_from_slice(&lstf);
        let mut t0 = vec![0u16];
        t0.extend(utf16("、"));
        let t1 = [0xFF08, 1, 0xFF09];
        let t2 = [2, u16::from(b'.')];
        b.extend(lvl(1, 37, 0, 2, &t0));
        b.extend(lvl(1, 37, 0, 0, &t1));
        b.extend(lvl(1, 0, 0, 1, &t2));
        for i in 3..9u16 {
            b.extend(lvl(1, 0, 0, 0, &[i]));
        }
        b
    }

    fn plf_lfo(lsids: &[u32], restart: Option<(u16, u8, u32)>) -> Vec<u8> {
        let mut b = (lsids.len() as u32).to_le_bytes().to_vec();
        for (i, lsid) in lsids.iter().enumerate() {
            let mut lfo = vec![0u8; LFO_SIZE];
            lfo[..4].copy_from_slice(&lsid.to_le_bytes());
            if restart.is_some_and(|r| usize::from(r.0) == i + 1) {
                lfo[12] = 1;
            }
            b.extend_from_slice(&lfo);
        }
        for i in 0..lsids.len() {
            b.extend_from_slice(&[0xFF; 4]);
            if let Some((ilfo, ilvl, start)) = restart
                && usize::from(ilfo) == i + 1
            {
                b.extend_from_slice(&start.to_le_bytes());
                b.extend_from_slice(&(u32::from(ilvl) | 0x10).to_le_bytes());
            }
        }
        b
    }

    #[test]
    fn labels_count_and_restart_by_level() {
        let mut c = ListCounters::default();
        let lists = Lists::parse(&plf_lst(7), &plf_lfo(&[7], None));
        let got: Vec<_> = [(1, 0), (1, 1), (1, 1), (1, 2), (1, 0), (1, 1)]
            .into_iter()
            .map(|(f, l)| lists.next_label(&mut c, f, l))
            .collect();
        let want = ["一、", "（一）", "（二）", "1. ", "二、", "（一）"];
        assert_eq!(got, want.map(|s| Some(s.to_owned())));
    }

    #[test]
    fn lfos_of_one_list_share_counters_and_restart_where_first_used() {
        let mut c = ListCounters::default();
        let lists = Lists::parse(&plf_lst(7), &plf_lfo(&[7, 7], None));
        assert_eq!(lists.next_label(&mut c, 1, 0).as_deref(), Some("一、"));
        assert_eq!(lists.next_label(&mut c, 2, 0).as_deref(), Some("二、"));

        // The second LFO restarts level 0 at 5 where it is first used; the list's
        // paragraphs after it count on from there, whichever LFO they use.
        let mut c = ListCounters::default();
        let lists = Lists::parse(&plf_lst(7), &plf_lfo(&[7, 7], Some((2, 0, 5))));
        assert_eq!(lists.next_label(&mut c, 1, 0).as_deref(), Some("一、"));
        assert_eq!(lists.next_label(&mut c, 1, 0).as_deref(), Some("二、"));
        assert_eq!(lists.next_label(&mut c, 2, 0).as_deref(), Some("五、"));
        assert_eq!(lists.next_label(&mut c, 1, 0).as_deref(), Some("六、"));
        assert_eq!(lists.next_label(&mut c, 2, 0).as_deref(), Some("七、"));
    }

    #[test]
    fn no_list_unknown_list_and_damage_give_no_label() {
        let mut c = ListCounters::default();
        let lists = Lists::parse(&plf_lst(7), &plf_lfo(&[7, 9], None));
        assert_eq!(lists.next_label(&mut c, 0, 0), None);
        assert_eq!(lists.next_label(&mut c, NO_LIST, 0), None);
        assert_eq!(lists.next_label(&mut c, 2, 0), None); // lsid 9 is not defined
        assert_eq!(lists.next_label(&mut c, 3, 0), None); // no third LFO
        // Cut in the middle of the LVLs: the levels read before the cut still count.
        let lst = plf_lst(7);
        let mut c = ListCounters::default();
        let lists = Lists::parse(&lst[..lst.len() / 2], &plf_lfo(&[7], None));
        assert_eq!(lists.next_label(&mut c, 1, 1).as_deref(), Some("（一）"));
        assert_eq!(lists.next_label(&mut c, 1, 8), None);
        let mut c = ListCounters::default();
        let lists = Lists::parse(&[], &[]);
        assert_eq!(lists.next_label(&mut c, 1, 0), None);
    }
}
