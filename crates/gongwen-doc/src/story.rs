//! The document's text with what the reader needs to know about every character
//! position: its UTF-16 unit, whether it is deleted or hidden, the properties of the
//! paragraph it ends, section ends, styles and text boxes.

use crate::body::{Gathered, Mark, trim, walk};
use crate::bytes::{slice, u32_at};
use crate::error::DocError;
use crate::fib::{Fib, Plc};
use crate::fkp::{self, Run};
use crate::lists::{ListCounters, Lists};
use crate::pieces::Pieces;
use crate::props::Pap;
use crate::sprm::{self, prls, toggle};
use crate::styles::Styles;

/// Flag: the character is a tracked deletion (sprmCFRMarkDel).
pub(crate) const DELETED: u8 = 1;
/// Flag: the character is hidden (sprmCFVanish).
pub(crate) const HIDDEN: u8 = 2;

/// A text box: the shape it belongs to and its CPs in the text-box story.
#[derive(Debug, Clone, Copy)]
struct TextBox {
    lid: u32,
    cp: u32,
    cp_end: u32,
}

/// The text and its properties.
pub(crate) struct Story<'a> {
    text: Vec<u16>,
    flags: Vec<u8>,
    main_end: u32,
    pieces: Pieces<'a>,
    papx: Vec<Run<'a>>,
    section_ends: Vec<u32>,
    /// Shape anchors in the main text: (CP, shape id), sorted by CP.
    anchors: Vec<(u32, u32)>,
    boxes: Vec<TextBox>,
    styles: Styles,
    lists: Lists,
    /// The `Data` stream, where paragraph properties too large for their page live.
    data: &'a [u8],
}

impl<'a> Story<'a> {
    /// Gathers the text and properties from the two streams.
    pub(crate) fn read(
        fib: &Fib,
        word: &'a [u8],
        table: &'a [u8],
        data: &'a [u8],
        table_name: &'static str,
    ) -> Result<Story<'a>, DocError> {
        let (fc, lcb) = fib.get(Plc::Clx).ok_or_else(|| DocError::BadPieceTable {
            stream: table_name,
            detail: "the FIB gives the piece table no size".to_owned(),
        })?;
        let clx = plc(table, table_name, "the piece table (CLX)", fc, lcb)?;
        let pieces = Pieces::parse(clx, table_name, word.len())?;

        // Every story the FIB declares, bounded by the piece table.
        let declared: u64 = fib.ccp.iter().map(|&c| u64::from(c)).sum();
        let end = u32::try_from(declared.saturating_add(1))
            .unwrap_or(u32::MAX)
            .min(pieces.end());
        // Pieces may legitimately be few and long, but not longer together than the
        // stream that holds them: overlapping pieces would multiply the text.
        if u64::from(end) > word.len() as u64 {
            return Err(DocError::BadPieceTable {
                stream: table_name,
                detail: format!(
                    "the pieces hold {end} characters, more than the WordDocument stream's {} bytes",
                    word.len()
                ),
            });
        }
        let text = pieces.text(word, end);
        let main_end = fib.ccp[0].min(text.len() as u32);

        let chpx = match fib.get(Plc::PlcfBteChpx) {
            Some((fc, lcb)) => fkp::runs(
                plc(table, table_name, "the character bin table", fc, lcb)?,
                word,
                fkp::Kind::Chpx,
            ),
            None => Vec::new(),
        };
        let papx = match fib.get(Plc::PlcfBtePapx) {
            Some((fc, lcb)) => fkp::runs(
                plc(table, table_name, "the paragraph bin table", fc, lcb)?,
                word,
                fkp::Kind::Papx,
            ),
            None => Vec::new(),
        };
        let flags = char_flags(&pieces, &chpx, text.len());

        let section_ends = match fib.get(Plc::PlcfSed) {
            Some((fc, lcb)) => {
                let b = plc(table, table_name, "the section table", fc, lcb)?;
                let n = b.len().saturating_sub(4) / 16;
                (1..=n).filter_map(|i| u32_at(b, i * 4)).collect()
            }
            None => Vec::new(),
        };

        let mut anchors = Vec::new();
        if let Some((fc, lcb)) = fib.get(Plc::PlcSpaMom) {
            // (n + 1) CPs, then n FSPAs of 26 bytes whose first field is the shape id.
            let b = plc(table, table_name, "the shape anchors", fc, lcb)?;
            let n = b.len().saturating_sub(4) / 30;
            for i in 0..n {
                if let (Some(cp), Some(spid)) = (u32_at(b, i * 4), u32_at(b, (n + 1) * 4 + i * 26))
                {
                    anchors.push((cp, spid));
                }
            }
            anchors.sort_unstable();
        }
        let mut boxes = Vec::new();
        if let Some((fc, lcb)) = fib.get(Plc::PlcftxbxTxt) {
            // (n + 1) CPs in the text-box story, then n FTXBXSs of 22 bytes; the last
            // one only closes the list, and reusable (free) slots hold no text box.
            let b = plc(table, table_name, "the text boxes", fc, lcb)?;
            let n = b.len().saturating_sub(4) / 26;
            let base = u32::try_from(fib.story_start(6)).unwrap_or(u32::MAX);
            for i in 0..n.saturating_sub(1) {
                let f = (n + 1) * 4 + i * 22;
                let reusable = crate::bytes::u16_at(b, f + 8).unwrap_or(0) != 0;
                if let (Some(cp), Some(cp_end), Some(lid), false) = (
                    u32_at(b, i * 4),
                    u32_at(b, (i + 1) * 4),
                    u32_at(b, f + 14),
                    reusable,
                ) {
                    boxes.push(TextBox {
                        lid,
                        cp: base.saturating_add(cp),
                        cp_end: base.saturating_add(cp_end),
                    });
                }
            }
        }

        let styles = match fib.get(Plc::Stshf) {
            Some((fc, lcb)) => Styles::parse(plc(table, table_name, "the style sheet", fc, lcb)?),
            None => Styles::default(),
        };

        // The list tables: the LVLs follow the PlfLst past its stated length.
        let lists = match (fib.get(Plc::PlfLst), fib.get(Plc::PlfLfo)) {
            (Some((fc, _)), Some((lfo_fc, lfo_lcb))) => Lists::parse(
                table.get(fc as usize..).unwrap_or(&[]),
                plc(table, table_name, "the list overrides", lfo_fc, lfo_lcb)?,
            ),
            _ => Lists::default(),
        };

        Ok(Story {
            text,
            flags,
            main_end,
            pieces,
            papx,
            section_ends,
            anchors,
            boxes,
            styles,
            lists,
            data,
        })
    }

    /// Number of CPs read.
    pub(crate) fn len(&self) -> u32 {
        self.text.len() as u32
    }

    /// The CP just past the main text.
    pub(crate) fn main_end(&self) -> u32 {
        self.main_end
    }

    /// The UTF-16 unit at `cp` (0 past the end).
    pub(crate) fn unit(&self, cp: u32) -> u16 {
        self.text.get(cp as usize).copied().unwrap_or(0)
    }

    /// The [`DELETED`] / [`HIDDEN`] flags at `cp`.
    pub(crate) fn flags(&self, cp: u32) -> u8 {
        self.flags.get(cp as usize).copied().unwrap_or(0)
    }

    /// Whether the character at `cp` is the last of a section.
    pub(crate) fn is_section_end(&self, cp: u32) -> bool {
        self.section_ends.binary_search(&(cp + 1)).is_ok()
    }

    /// The style index and grpprl of the mark at `cp`, and its piece's own grpprl.
    fn mark_run(&self, cp: u32) -> Option<(u16, &'a [u8], &'a [u8])> {
        let piece = self.pieces.find(cp)?;
        let run = fkp::find(&self.papx, piece.fc_of(cp))?;
        Some((run.istd, self.huge(run.grpprl), self.pieces.grpprl(piece)))
    }

    /// A paragraph grpprl too large for its page (a row defining many cells) is stored in
    /// the `Data` stream, named by sprmPHugePapx: the grpprl found there, else `grpprl`.
    fn huge(&self, grpprl: &'a [u8]) -> &'a [u8] {
        // When present, sprmPHugePapx is the grpprl's only Prl.
        let huge = prls(grpprl).next().filter(|&(s, _)| s == sprm::P_HUGE_PAPX);
        let Some((_, op)) = huge else { return grpprl };
        let Some(at) = u32_at(op, 0) else {
            return grpprl;
        };
        let at = at as usize;
        let cb = crate::bytes::u16_at(self.data, at).map_or(0, usize::from);
        slice(self.data, at + 2, cb).unwrap_or(grpprl)
    }

    /// The properties of the paragraph whose mark is at `cp`.
    pub(crate) fn pap(&self, cp: u32) -> Pap {
        let mut pap = Pap::default();
        if let Some((istd, grpprl, piece)) = self.mark_run(cp) {
            pap.istd = istd;
            pap.apply(grpprl);
            pap.apply(piece);
        }
        pap
    }

    /// The grpprl of the mark at `cp` (a row's definition sits on its row-end mark).
    pub(crate) fn mark_grpprl(&self, cp: u32) -> &'a [u8] {
        self.mark_run(cp).map_or(&[], |(_, grpprl, _)| grpprl)
    }

    /// The alignment a paragraph style gives.
    pub(crate) fn style_align(&self, istd: u16) -> Option<gongwen_blocks::Align> {
        self.styles.align(istd)
    }

    /// The outline level (0-8) a paragraph style gives.
    pub(crate) fn style_outline(&self, istd: u16) -> Option<u8> {
        self.styles.outline(istd)
    }

    /// The label Word prints before the paragraph of properties `pap` (its own list, or
    /// its style's), counted in `counters`; `None` when it is not numbered.
    pub(crate) fn list_label(&self, pap: &Pap, counters: &mut ListCounters) -> Option<String> {
        let (style_ilfo, style_ilvl) = self.styles.list(pap.istd);
        let ilfo = pap.ilfo.or(style_ilfo)?;
        self.lists
            .next_label(counters, ilfo, pap.ilvl.or(style_ilvl).unwrap_or(0))
    }

    /// The paragraphs of the text boxes anchored at CPs `from..to` of the main text, with
    /// their alignment.
    pub(crate) fn text_boxes_in(
        &self,
        from: u32,
        to: u32,
        max_depth: u32,
    ) -> Result<Vec<(String, Option<gongwen_blocks::Align>)>, DocError> {
        let mut out = Vec::new();
        if self.boxes.is_empty() {
            return Ok(out);
        }
        let start = self.anchors.partition_point(|a| a.0 < from);
        for &(_, spid) in self.anchors[start..].iter().take_while(|a| a.0 < to) {
            for b in self.boxes.iter().filter(|b| b.lid == spid) {
                walk(
                    self,
                    b.cp,
                    b.cp_end,
                    max_depth,
                    |para: &mut Gathered, mark| {
                        let text = trim(&para.text);
                        if !text.is_empty() {
                            let align = match mark {
                                Mark::Char(cp, _) | Mark::Section(cp) => {
                                    let pap = self.pap(cp);
                                    pap.align.or_else(|| self.style_align(pap.istd))
                                }
                                Mark::End => None,
                            };
                            out.push((text.to_owned(), align));
                        }
                        Ok(())
                    },
                )?;
            }
        }
        Ok(out)
    }
}

/// `lcb` bytes at `fc` of the table stream, or an error naming the structure.
fn plc<'t>(
    table: &'t [u8],
    stream: &'static str,
    what: &'static str,
    fc: u32,
    lcb: u32,
) -> Result<&'t [u8], DocError> {
    slice(table, fc as usize, lcb as usize).ok_or(DocError::OutOfRange {
        what,
        stream,
        offset: u64::from(fc),
        len: u64::from(lcb),
        stream_len: table.len() as u64,
    })
}

/// The deleted and hidden flags of every CP, from the character runs and the pieces'
/// own modifiers.
fn char_flags(pieces: &Pieces<'_>, chpx: &[Run<'_>], len: usize) -> Vec<u8> {
    let mut flags = vec![0u8; len];
    for piece in &pieces.pieces {
        let cp_end = (piece.cp_end as usize).min(len);
        if piece.cp as usize >= cp_end {
            continue;
        }
        let piece_flags = run_flags(pieces.grpprl(piece));
        let bpc = if piece.compressed { 1 } else { 2 };
        let fc0 = piece.fc;
        let fc1 = piece.fc_of(cp_end as u32);
        let first = chpx.partition_point(|r| r.fc_end <= fc0);
        for run in chpx.get(first..).unwrap_or(&[]) {
            if run.fc >= fc1 {
                break;
            }
            let f = run_flags(run.grpprl);
            if f == 0 {
                continue;
            }
            let a = piece.cp as usize + (run.fc.max(fc0) - fc0).div_ceil(bpc) as usize;
            let b = piece.cp as usize + (run.fc_end.min(fc1) - fc0).div_ceil(bpc) as usize;
            if let Some(s) = flags.get_mut(a.min(cp_end)..b.min(cp_end)) {
                s.iter_mut().for_each(|x| *x |= f);
            }
        }
        if piece_flags != 0
            && let Some(s) = flags.get_mut(piece.cp as usize..cp_end)
        {
            s.iter_mut().for_each(|x| *x |= piece_flags);
        }
    }
    flags
}

fn run_flags(grpprl: &[u8]) -> u8 {
    let mut f = 0;
    for (s, op) in prls(grpprl) {
        match s {
            sprm::C_R_MARK_DEL if toggle(op) => f |= DELETED,
            sprm::C_VANISH if toggle(op) => f |= HIDDEN,
            _ => {}
        }
    }
    f
}
