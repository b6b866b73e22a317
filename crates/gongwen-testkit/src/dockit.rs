//! Word 97-2003 binary documents (.doc) built in memory, for tests, hostile inputs and
//! fuzz seeds: a compound file holding a `WordDocument` stream (a FIB, the text as one
//! UTF-16 piece, formatted disk pages of paragraph properties) and a `0Table` stream (the
//! piece table and the paragraph bin table). Each part can be replaced to build a broken
//! file.

use std::io::{Cursor, Write};

/// Offset of the text in the `WordDocument` stream (the FIB comes first).
pub const TEXT_AT: usize = 1024;

/// sprmPFInTable = 1.
pub const IN_TABLE: &[u8] = &[0x16, 0x24, 1];
/// sprmPFInTable = 1, sprmPFTtp = 1 (a row-end mark).
pub const ROW_END: &[u8] = &[0x16, 0x24, 1, 0x17, 0x24, 1];
/// sprmPJc = 1 (centred).
pub const CENTER: &[u8] = &[0x61, 0x24, 1];

/// The parts of a .doc, to be assembled by [`DocParts::build`].
#[derive(Debug, Clone)]
pub struct DocParts {
    /// The whole `WordDocument` stream.
    pub word: Vec<u8>,
    /// The whole table stream.
    pub table: Vec<u8>,
    /// Its name (`0Table` unless the FIB says `1Table`).
    pub table_name: String,
    /// Other streams.
    pub extra: Vec<(String, Vec<u8>)>,
}

/// FIB field offsets used by the builders (and by tests that break them).
pub mod fib {
    /// `nFib`.
    pub const NFIB: usize = 0x02;
    /// The flags word (fEncrypted 0x0100, fWhichTblStm 0x0200).
    pub const FLAGS: usize = 0x0A;
    /// `ccpText` in FibRgLw97.
    pub const CCP_TEXT: usize = 64 + 3 * 4;
    /// The fc/lcb pair of the piece table (CLX).
    pub const CLX: usize = 154 + 33 * 8;
    /// The fc/lcb pair of the paragraph bin table.
    pub const PLCF_BTE_PAPX: usize = 154 + 13 * 8;
}

fn put16(b: &mut [u8], at: usize, v: u16) {
    b[at..at + 2].copy_from_slice(&v.to_le_bytes());
}

fn put32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// A .doc whose main text is `text`: paragraphs end with `\r` (or a cell mark `\x07`),
/// each mark listed in `marks` gets the grpprl given (others none). The text is one
/// UTF-16 piece.
pub fn doc_parts(text: &str, marks: &[(usize, &[u8])]) -> DocParts {
    let units: Vec<u16> = text.encode_utf16().collect();
    let n = units.len();
    let mut word = vec![0u8; TEXT_AT];
    put16(&mut word, 0, 0xA5EC);
    put16(&mut word, fib::NFIB, 0x00C1);
    put16(&mut word, 32, 14); // csw
    put16(&mut word, 62, 22); // cslw
    put32(
        &mut word,
        fib::CCP_TEXT,
        u32::try_from(n).unwrap_or(u32::MAX),
    );
    put16(&mut word, 152, 93); // cbRgFcLcb
    for u in &units {
        word.extend_from_slice(&u.to_le_bytes());
    }
    // Paragraph runs: from one mark to the next, in bytes of the stream.
    let mut runs: Vec<(u32, u32, &[u8])> = Vec::new();
    let mut start = 0usize;
    for (i, &u) in units.iter().enumerate() {
        if u == 0x0D || u == 0x07 {
            let grpprl = marks
                .iter()
                .find(|(cp, _)| *cp == i)
                .map_or(&[][..], |(_, g)| *g);
            let fc = |cp: usize| u32::try_from(TEXT_AT + cp * 2).unwrap_or(u32::MAX);
            runs.push((fc(start), fc(i + 1), grpprl));
            start = i + 1;
        }
    }
    // PapxFkp pages, 10 runs each (far under the page's room).
    while !word.len().is_multiple_of(512) {
        word.push(0);
    }
    let mut bin_fcs = Vec::new();
    let mut bin_pns = Vec::new();
    for chunk in runs.chunks(10) {
        let mut page = vec![0u8; 512];
        let crun = chunk.len();
        let mut data_at = 511usize;
        for (k, (fc, fc_end, grpprl)) in chunk.iter().enumerate() {
            put32(&mut page, k * 4, *fc);
            put32(&mut page, (k + 1) * 4, *fc_end);
            // PapxInFkp: cb = 0, cb' words, istd 0, grpprl (padded to words).
            let body = 2 + grpprl.len();
            let words = body.div_ceil(2);
            let size = 2 + words * 2;
            data_at = (data_at - size) & !1;
            page[data_at] = 0;
            page[data_at + 1] = u8::try_from(words).unwrap_or(u8::MAX);
            page[data_at + 4..data_at + 4 + grpprl.len()].copy_from_slice(grpprl);
            page[(crun + 1) * 4 + k * 13] = u8::try_from(data_at / 2).unwrap_or(0);
        }
        page[511] = u8::try_from(crun).unwrap_or(0);
        bin_fcs.push(chunk[0].0);
        bin_pns.push(u32::try_from(word.len() / 512).unwrap_or(0));
        word.extend_from_slice(&page);
    }
    if let Some(last) = runs.last() {
        bin_fcs.push(last.1);
    }

    // The table stream: CLX (one piece), then the paragraph bin table.
    let mut table = vec![0x02];
    table.extend_from_slice(&16u32.to_le_bytes());
    table.extend_from_slice(&0u32.to_le_bytes());
    table.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
    table.extend_from_slice(&0u16.to_le_bytes());
    table.extend_from_slice(&u32::try_from(TEXT_AT).unwrap_or(0).to_le_bytes());
    table.extend_from_slice(&0u16.to_le_bytes());
    let clx_len = table.len();
    let bte_at = table.len();
    for fc in &bin_fcs {
        table.extend_from_slice(&fc.to_le_bytes());
    }
    for pn in &bin_pns {
        table.extend_from_slice(&pn.to_le_bytes());
    }
    let bte_len = table.len() - bte_at;
    put32(&mut word, fib::CLX, 0);
    put32(&mut word, fib::CLX + 4, u32::try_from(clx_len).unwrap_or(0));
    if bte_len > 4 {
        put32(
            &mut word,
            fib::PLCF_BTE_PAPX,
            u32::try_from(bte_at).unwrap_or(0),
        );
        put32(
            &mut word,
            fib::PLCF_BTE_PAPX + 4,
            u32::try_from(bte_len).unwrap_or(0),
        );
    }
    DocParts {
        word,
        table,
        table_name: "0Table".to_owned(),
        extra: Vec::new(),
    }
}

/// A .doc of plain paragraphs (`\r`-terminated text, no properties).
pub fn simple_doc(text: &str) -> Vec<u8> {
    doc_parts(text, &[]).build()
}

impl DocParts {
    /// The compound file.
    pub fn build(&self) -> Vec<u8> {
        let mut streams: Vec<(&str, &[u8])> = vec![
            ("WordDocument", &self.word),
            (&self.table_name, &self.table),
        ];
        streams.extend(self.extra.iter().map(|(n, d)| (n.as_str(), d.as_slice())));
        ole(&streams)
    }
}

/// An OLE compound file holding these top-level streams.
pub fn ole(streams: &[(&str, &[u8])]) -> Vec<u8> {
    let mut file = match cfb::CompoundFile::create(Cursor::new(Vec::new())) {
        Ok(f) => f,
        Err(e) => panic!("cfb create: {e}"),
    };
    for (name, data) in streams {
        let mut s = match file.create_stream(format!("/{name}")) {
            Ok(s) => s,
            Err(e) => panic!("cfb stream {name}: {e}"),
        };
        if let Err(e) = s.write_all(data) {
            panic!("cfb write {name}: {e}");
        }
    }
    if let Err(e) = file.flush() {
        panic!("cfb flush: {e}");
    }
    file.into_inner().into_inner()
}
