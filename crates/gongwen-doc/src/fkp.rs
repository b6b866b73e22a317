//! Formatted disk pages ([MS-DOC] 2.9.133 ChpxFkp, 2.9.175 PapxFkp) and the bin tables
//! that list them (PlcBteChpx, PlcBtePapx): the character and paragraph properties of
//! every range of bytes of the `WordDocument` stream.

use crate::bytes::{slice, u8_at, u32_at};

/// Size of a formatted disk page.
const PAGE: usize = 512;

/// Which kind of page a bin table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Chpx,
    Papx,
}

/// The properties of `WordDocument` bytes `fc..fc_end`: a grpprl (for a paragraph, after
/// its 2-byte style index `istd`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Run<'w> {
    pub(crate) fc: u32,
    pub(crate) fc_end: u32,
    pub(crate) istd: u16,
    pub(crate) grpprl: &'w [u8],
}

/// Every run of the pages a bin table lists, sorted by `fc`, made disjoint.
///
/// A damaged page is skipped rather than refused: formatting is a hint, the text is read
/// from the piece table. The number of pages read is bounded by the stream's own page
/// count, so a bin table listing one page many times costs no more than the stream.
pub(crate) fn runs<'w>(plc: &[u8], word: &'w [u8], kind: Kind) -> Vec<Run<'w>> {
    let n = plc.len().saturating_sub(4) / 8;
    let max_pages = word.len() / PAGE + 1;
    let mut out = Vec::new();
    for i in 0..n.min(max_pages) {
        let Some(pn) = u32_at(plc, (n + 1) * 4 + i * 4) else {
            break;
        };
        let at = (pn & 0x003F_FFFF) as usize * PAGE;
        let Some(page) = slice(word, at, PAGE) else {
            continue;
        };
        read_page(page, kind, &mut out);
    }
    out.sort_by_key(|r| (r.fc, r.fc_end));
    // Overlapping runs (never written by Word) would make lookups ambiguous and let a
    // hostile file multiply the work: each byte keeps the first run that covers it.
    let mut last_end = 0u32;
    out.retain_mut(|r| {
        r.fc = r.fc.max(last_end);
        if r.fc >= r.fc_end {
            return false;
        }
        last_end = r.fc_end;
        true
    });
    out
}

fn read_page<'w>(page: &'w [u8], kind: Kind, out: &mut Vec<Run<'w>>) {
    let crun = usize::from(page[PAGE - 1]);
    // rgfc (crun + 1 FCs) then, per run, one byte (CHPX) or a 13-byte BxPap (PAPX).
    let entry = match kind {
        Kind::Chpx => 1,
        Kind::Papx => 13,
    };
    let table = (crun + 1) * 4;
    if table + crun * entry > PAGE - 1 {
        return;
    }
    for k in 0..crun {
        let (Some(fc), Some(fc_end)) = (u32_at(page, k * 4), u32_at(page, (k + 1) * 4)) else {
            return;
        };
        let Some(b) = u8_at(page, table + k * entry) else {
            return;
        };
        let off = usize::from(b) * 2;
        let (istd, grpprl) = if b == 0 {
            (0, &[][..])
        } else {
            match kind {
                Kind::Chpx => {
                    let cb = usize::from(u8_at(page, off).unwrap_or(0));
                    (0, slice(page, off + 1, cb).unwrap_or(&[]))
                }
                Kind::Papx => papx_in_fkp(page, off).unwrap_or((0, &[])),
            }
        };
        if fc < fc_end {
            out.push(Run {
                fc,
                fc_end,
                istd,
                grpprl,
            });
        }
    }
}

/// A PapxInFkp: a size byte (words, minus one byte) or a zero then a size byte (words),
/// then the style index and the grpprl.
fn papx_in_fkp(page: &[u8], off: usize) -> Option<(u16, &[u8])> {
    let cb = u8_at(page, off)?;
    let (start, len) = if cb != 0 {
        (off + 1, usize::from(cb) * 2 - 1)
    } else {
        (off + 2, usize::from(u8_at(page, off + 1)?) * 2)
    };
    let data = slice(page, start, len)?;
    let istd = crate::bytes::u16_at(data, 0)?;
    Some((istd, data.get(2..).unwrap_or(&[])))
}

/// The run covering byte `fc`, if any.
pub(crate) fn find<'r, 'w>(runs: &'r [Run<'w>], fc: u32) -> Option<&'r Run<'w>> {
    let i = runs.partition_point(|r| r.fc_end <= fc);
    runs.get(i).filter(|r| r.fc <= fc)
}
