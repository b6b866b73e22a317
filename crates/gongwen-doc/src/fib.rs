//! The File Information Block at the start of the `WordDocument` stream ([MS-DOC] 2.5):
//! the flags (encryption, which table stream), the lengths of the text's stories and the
//! places of the structures in the table stream.

use crate::bytes::{u16_at, u32_at};
use crate::error::DocError;

/// `wIdent` of every Word 6 and later binary document.
const W_IDENT: u16 = 0xA5EC;
/// Smallest `nFib` of the Word 97 layout; Word 6.0 writes 0x0065 and Word 95 0x0068.
const MIN_NFIB: u16 = 0x0069;

/// Indexes of the fc/lcb pairs used, in FibRgFcLcb97 ([MS-DOC] 2.5.6).
#[derive(Debug, Clone, Copy)]
#[allow(clippy::enum_variant_names)] // the names [MS-DOC] gives them
pub(crate) enum Plc {
    PlcfSed = 6,
    PlcfBteChpx = 12,
    PlcfBtePapx = 13,
    Stshf = 1,
    Clx = 33,
    PlcSpaMom = 40,
    PlcftxbxTxt = 56,
    PlfLst = 73,
    PlfLfo = 74,
}

/// What the reader needs from the FIB.
#[derive(Debug, Clone)]
pub(crate) struct Fib {
    /// `fWhichTblStm`: the table stream is `1Table` (else `0Table`).
    pub(crate) table_1: bool,
    /// Character counts of the stories, in CP order: main text, footnotes, headers,
    /// macros, comments, endnotes, text boxes, header text boxes.
    pub(crate) ccp: [u32; 8],
    /// The fc/lcb pairs.
    fc_lcb: Vec<(u32, u32)>,
}

impl Fib {
    /// Reads the FIB, refusing encrypted and pre-Word 97 files.
    pub(crate) fn parse(stream: &[u8]) -> Result<Fib, DocError> {
        let bad = |detail: &str| DocError::BadFib {
            detail: detail.to_owned(),
        };
        let ident = u16_at(stream, 0).ok_or_else(|| bad("the stream is shorter than a FIB"))?;
        if ident != W_IDENT {
            return Err(bad(&format!(
                "wIdent is {ident:#06x}, not {W_IDENT:#06x}: not a Word 97-2003 document"
            )));
        }
        let nfib = u16_at(stream, 2).ok_or_else(|| bad("truncated"))?;
        let flags = u16_at(stream, 0x0A).ok_or_else(|| bad("truncated"))?;
        // fEncrypted (bit 8) and fObfuscated (bit 15, XOR obfuscation).
        if flags & 0x0100 != 0 {
            return Err(DocError::Encrypted {
                how: if flags & 0x8000 != 0 {
                    "XOR obfuscation, FIB fObfuscated"
                } else {
                    "RC4 encryption, FIB fEncrypted"
                },
            });
        }
        if nfib < MIN_NFIB {
            return Err(DocError::UnsupportedVersion { nfib });
        }
        let table_1 = flags & 0x0200 != 0;

        // FibBase (32 bytes), csw + FibRgW, cslw + FibRgLw, cbRgFcLcb + FibRgFcLcb.
        let mut at = 32usize;
        let csw = usize::from(u16_at(stream, at).ok_or_else(|| bad("truncated at csw"))?);
        at += 2 + csw * 2;
        let cslw = usize::from(u16_at(stream, at).ok_or_else(|| bad("truncated at cslw"))?);
        at += 2;
        let lw = |i: usize| {
            if i < cslw {
                u32_at(stream, at + i * 4)
            } else {
                Some(0)
            }
        };
        if cslw < 11 {
            return Err(bad(&format!(
                "cslw is {cslw}, fewer than the 11 story lengths"
            )));
        }
        let mut ccp = [0u32; 8];
        // FibRgLw97: ccpText is lw[3], then ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn,
        // ccpTxbx, ccpHdrTxbx.
        for (k, slot) in ccp.iter_mut().enumerate() {
            *slot = lw(3 + k).ok_or_else(|| bad("truncated in FibRgLw"))?;
            if *slot > i32::MAX as u32 {
                return Err(bad("a story length is negative"));
            }
        }
        at += cslw * 4;
        let cb = usize::from(u16_at(stream, at).ok_or_else(|| bad("truncated at cbRgFcLcb"))?);
        at += 2;
        if cb <= Plc::Clx as usize {
            return Err(bad(&format!(
                "cbRgFcLcb is {cb}, too small to locate the piece table"
            )));
        }
        let mut fc_lcb = Vec::with_capacity(cb);
        for i in 0..cb {
            let fc = u32_at(stream, at + i * 8);
            let lcb = u32_at(stream, at + i * 8 + 4);
            match (fc, lcb) {
                (Some(fc), Some(lcb)) => fc_lcb.push((fc, lcb)),
                _ => return Err(bad("truncated in FibRgFcLcb")),
            }
        }
        Ok(Fib {
            table_1,
            ccp,
            fc_lcb,
        })
    }

    /// The table stream's name.
    pub(crate) fn table_stream(&self) -> &'static str {
        if self.table_1 { "1Table" } else { "0Table" }
    }

    /// Where a structure lies in the table stream: (offset, length); `None` when absent.
    pub(crate) fn get(&self, plc: Plc) -> Option<(u32, u32)> {
        self.fc_lcb
            .get(plc as usize)
            .copied()
            .filter(|&(_, lcb)| lcb > 0)
    }

    /// The first CP of story `k` (0 = main text).
    pub(crate) fn story_start(&self, k: usize) -> u64 {
        self.ccp.iter().take(k).map(|&c| u64::from(c)).sum()
    }
}
