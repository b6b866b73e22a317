//! The piece table (CLX, [MS-DOC] 2.9.38): where each run of character positions (CPs)
//! is stored in the `WordDocument` stream, as 8-bit (cp1252) or UTF-16LE text, and the
//! property modifiers (Prm) that apply to it.

use crate::bytes::{i16_at, slice, u8_at, u16_at, u32_at};
use crate::error::DocError;

/// One piece: CPs `cp..cp_end` stored from byte `fc` of the `WordDocument` stream.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub(crate) cp: u32,
    pub(crate) cp_end: u32,
    /// Byte offset of the first character in the `WordDocument` stream.
    pub(crate) fc: u32,
    /// One byte per character (cp1252) rather than two (UTF-16LE).
    pub(crate) compressed: bool,
    /// The `Prm`: a `Prm1` (odd) names a grpprl of the CLX's `Prc` list.
    pub(crate) prm: u16,
}

impl Piece {
    /// Byte offset in the `WordDocument` stream of the character at `cp` (inside the piece).
    pub(crate) fn fc_of(&self, cp: u32) -> u32 {
        let k = cp.saturating_sub(self.cp);
        if self.compressed {
            self.fc.saturating_add(k)
        } else {
            self.fc.saturating_add(k.saturating_mul(2))
        }
    }
}

/// The piece table and the property lists its pieces refer to.
#[derive(Debug, Default)]
pub(crate) struct Pieces<'t> {
    pub(crate) pieces: Vec<Piece>,
    /// The grpprls of the CLX's `Prc` entries, for `Prm1`.
    prcs: Vec<&'t [u8]>,
}

impl<'t> Pieces<'t> {
    /// Reads the CLX at `clx` in the table stream and checks every piece against the
    /// `WordDocument` stream's length.
    pub(crate) fn parse(
        clx: &'t [u8],
        table_name: &'static str,
        word_len: usize,
    ) -> Result<Pieces<'t>, DocError> {
        let bad = |detail: String| DocError::BadPieceTable {
            stream: table_name,
            detail,
        };
        let mut prcs = Vec::new();
        let mut at = 0usize;
        loop {
            match u8_at(clx, at) {
                // Prc: clxt 1, cbGrpprl (i16), grpprl.
                Some(1) => {
                    let cb = i16_at(clx, at + 1)
                        .ok_or_else(|| bad(format!("truncated Prc at byte {at}")))?;
                    let cb = usize::try_from(cb)
                        .map_err(|_| bad(format!("negative Prc size at byte {at}")))?;
                    let grpprl = slice(clx, at + 3, cb)
                        .ok_or_else(|| bad(format!("Prc at byte {at} runs past the CLX")))?;
                    prcs.push(grpprl);
                    at += 3 + cb;
                }
                // Pcdt: clxt 2, lcb (u32), PlcPcd.
                Some(2) => break,
                Some(other) => {
                    return Err(bad(format!(
                        "unexpected clxt {other:#04x} at byte {at} (expected 1 or 2)"
                    )));
                }
                None => return Err(bad("no Pcdt (the piece table itself)".to_owned())),
            }
        }
        let lcb = u32_at(clx, at + 1).ok_or_else(|| bad("truncated Pcdt".to_owned()))? as usize;
        let plc = slice(clx, at + 5, lcb).ok_or_else(|| {
            bad(format!(
                "the PlcPcd's {lcb} bytes run past the CLX's {} bytes",
                clx.len()
            ))
        })?;
        // (n + 1) CPs of 4 bytes and n Pcds of 8 bytes.
        if plc.len() < 4 || (plc.len() - 4) % 12 != 0 {
            return Err(bad(format!("PlcPcd size {} is not 4 + 12n", plc.len())));
        }
        let n = (plc.len() - 4) / 12;
        let mut pieces = Vec::with_capacity(n);
        let mut last_end = 0u32;
        for i in 0..n {
            let cp = u32_at(plc, i * 4).unwrap_or(0);
            let cp_end = u32_at(plc, (i + 1) * 4).unwrap_or(0);
            // Pieces must tile the CPs from 0 in order: overlapping, reversed or looping
            // pieces would read text twice or forever, and a gap would shift every CP.
            if cp != last_end || cp_end < cp {
                return Err(bad(format!(
                    "piece {i} covers CPs {cp}..{cp_end}, but the previous one ends at {last_end}"
                )));
            }
            last_end = cp_end;
            let pcd = (n + 1) * 4 + i * 8;
            let fc_raw = u32_at(plc, pcd + 2).unwrap_or(0);
            let prm = u16_at(plc, pcd + 6).unwrap_or(0);
            let compressed = fc_raw & 0x4000_0000 != 0;
            let fc = fc_raw & 0x3FFF_FFFF;
            let piece = Piece {
                cp,
                cp_end,
                fc: if compressed { fc / 2 } else { fc },
                compressed,
                prm,
            };
            let bytes = u64::from(cp_end - cp) * if compressed { 1 } else { 2 };
            if u64::from(piece.fc) + bytes > word_len as u64 {
                return Err(DocError::OutOfRange {
                    what: "the text of a piece",
                    stream: "WordDocument",
                    offset: u64::from(piece.fc),
                    len: bytes,
                    stream_len: word_len as u64,
                });
            }
            if cp_end > cp {
                pieces.push(piece);
            }
        }
        Ok(Pieces { pieces, prcs })
    }

    /// The CP just past the last piece.
    pub(crate) fn end(&self) -> u32 {
        self.pieces.last().map_or(0, |p| p.cp_end)
    }

    /// The piece holding `cp`.
    pub(crate) fn find(&self, cp: u32) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.cp_end <= cp);
        self.pieces.get(i).filter(|p| p.cp <= cp)
    }

    /// The piece-level property modifiers of a piece (its `Prm1` grpprl), if any.
    pub(crate) fn grpprl(&self, piece: &Piece) -> &'t [u8] {
        if piece.prm & 1 == 1 {
            self.prcs
                .get(usize::from(piece.prm >> 1))
                .copied()
                .unwrap_or(&[])
        } else {
            &[]
        }
    }

    /// The text of CPs `0..end` as UTF-16 code units, one per CP (an 8-bit piece's bytes
    /// are decoded as cp1252, as [MS-DOC] 2.4.1 says).
    pub(crate) fn text(&self, word: &[u8], end: u32) -> Vec<u16> {
        let mut out = Vec::with_capacity(end.min(self.end()) as usize);
        for p in &self.pieces {
            if p.cp >= end {
                break;
            }
            let n = (p.cp_end.min(end) - p.cp) as usize;
            let start = p.fc as usize;
            if p.compressed {
                if let Some(bytes) = word.get(start..start + n) {
                    out.extend(bytes.iter().map(|&b| cp1252(b)));
                }
            } else if let Some(bytes) = word.get(start..start + 2 * n) {
                out.extend(
                    bytes
                        .chunks_exact(2)
                        .map(|c| u16::from_le_bytes([c[0], c[1]])),
                );
            }
        }
        out
    }
}

/// A cp1252 byte as a UTF-16 code unit (the five bytes cp1252 leaves undefined map to
/// the C1 controls of the same value, as in WHATWG's windows-1252).
fn cp1252(b: u8) -> u16 {
    const HIGH: [u16; 32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => u16::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp1252_matches_encoding_rs() {
        for b in 0..=255u8 {
            let byte = [b];
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            let expected: Vec<u16> = s.encode_utf16().collect();
            assert_eq!(vec![cp1252(b)], expected, "byte {b:#04x}");
        }
    }
}
