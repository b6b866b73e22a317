//! Parsers for property elements (`w:pPr`, `w:rPr`, `w:trPr`, `w:tcPr`), shared by the
//! body, styles and numbering parts. Each reads up to its element's end without recursion;
//! revision records (`w:pPrChange`, `w:rPrChange`, …) and nested run properties are
//! skipped so that only the current formatting counts.

use gongwen_blocks::Align;
use quick_xml::events::{BytesStart, Event};

use crate::error::DocxError;
use crate::styles::Styles;
use crate::xml::{Xml, attr, on_off, val_u32};

/// Paragraph properties as stated in one `w:pPr`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PProps {
    /// `w:pStyle`, as an index into [`Styles`].
    pub(crate) style: Option<u32>,
    pub(crate) align: Option<Align>,
    /// `w:outlineLvl` as written: 0-8 are heading levels 1-9, 9 is body text.
    pub(crate) outline: Option<u8>,
    /// `w:numId`; 0 switches numbering off.
    pub(crate) num_id: Option<u32>,
    pub(crate) ilvl: Option<u8>,
    pub(crate) page_break_before: bool,
    /// The paragraph mark is a tracked deletion (`w:pPr/w:rPr/w:del` or `w:moveFrom`):
    /// with changes accepted, the paragraph joins the next one.
    pub(crate) mark_deleted: bool,
    /// The paragraph ends a section that the next one starts on a new page (a `w:sectPr`
    /// whose `w:type` is absent, `nextPage`, `oddPage` or `evenPage`).
    pub(crate) section_page_break: bool,
}

/// Run properties as stated in one `w:rPr`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RProps {
    /// `w:rStyle`, as an index into [`Styles`].
    pub(crate) style: Option<u32>,
    pub(crate) bold: Option<bool>,
    /// `w:sz`, in half-points.
    pub(crate) size: Option<u16>,
    /// `w:vanish`: hidden text.
    pub(crate) hidden: bool,
}

/// Table row properties.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TrProps {
    pub(crate) grid_before: u32,
    pub(crate) header: bool,
}

/// How a cell takes part in a vertical merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum VMerge {
    #[default]
    None,
    Restart,
    Continue,
}

/// Table cell properties.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TcProps {
    pub(crate) grid_span: u32,
    pub(crate) v_merge: VMerge,
    /// Legacy `w:hMerge w:val="continue"`: the cell extends the one before it.
    pub(crate) h_merge_continue: bool,
}

/// Elements inside property elements whose content never counts. (The paragraph mark's
/// `w:rPr` inside `w:pPr` is walked only to see whether the mark is deleted, and a
/// `w:sectPr` only for its `w:type`.)
fn skipped(local: &str) -> bool {
    matches!(
        local,
        "pPrChange" | "rPrChange" | "trPrChange" | "tcPrChange" | "sectPrChange" | "tblPrEx"
    )
}

/// Walks the children of a property element whose `Start` was just read, calling `f` for
/// each element start (nested or not) that is not skipped. Returns at the matching end.
fn walk<'a>(
    xml: &mut Xml<'a, '_>,
    mut f: impl FnMut(&str, &BytesStart<'a>),
) -> Result<(), DocxError> {
    // The property element is the innermost open one (the cursor checks the limit and
    // the tags); its end closes one level below this.
    let inside = xml.depth();
    loop {
        match xml.next()? {
            Event::Start(e) => {
                let local = e.local_name();
                if skipped(local.as_ref()) {
                    xml.skip()?;
                } else {
                    f(local.as_ref(), &e);
                }
            }
            Event::Empty(e) => f(e.local_name().as_ref(), &e),
            Event::End(_) if xml.depth() < inside => return Ok(()),
            // The cursor refuses an end of part with elements open: not reached.
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Parses a `w:pPr` whose `Start` was just read.
pub(crate) fn paragraph(xml: &mut Xml<'_, '_>, styles: &Styles) -> Result<PProps, DocxError> {
    let mut p = PProps::default();
    walk(xml, |local, e| match local {
        "pStyle" => p.style = attr(e, "val").and_then(|v| styles.index(&v)),
        "jc" => p.align = attr(e, "val").and_then(|v| align(&v)),
        "outlineLvl" => p.outline = val_u32(e).map(|v| v.min(9) as u8),
        "numId" => p.num_id = val_u32(e),
        "ilvl" => p.ilvl = val_u32(e).map(|v| v.min(8) as u8),
        "pageBreakBefore" => p.page_break_before = on_off(e),
        "del" | "moveFrom" => p.mark_deleted = true,
        "sectPr" => p.section_page_break = true,
        "type" => {
            p.section_page_break =
                !matches!(attr(e, "val").as_deref(), Some("continuous" | "nextColumn"))
        }
        _ => {}
    })?;
    Ok(p)
}

/// Parses a `w:rPr` whose `Start` was just read.
pub(crate) fn run(xml: &mut Xml<'_, '_>, styles: &Styles) -> Result<RProps, DocxError> {
    let mut r = RProps::default();
    walk(xml, |local, e| match local {
        "rStyle" => r.style = attr(e, "val").and_then(|v| styles.index(&v)),
        "b" => r.bold = Some(on_off(e)),
        "sz" => r.size = val_u32(e).map(|v| v.min(u32::from(u16::MAX)) as u16),
        "vanish" => r.hidden = on_off(e),
        _ => {}
    })?;
    Ok(r)
}

/// Parses a `w:trPr` whose `Start` was just read.
pub(crate) fn row(xml: &mut Xml<'_, '_>) -> Result<TrProps, DocxError> {
    let mut r = TrProps::default();
    walk(xml, |local, e| match local {
        "gridBefore" => r.grid_before = val_u32(e).unwrap_or(0),
        "tblHeader" => r.header = on_off(e),
        _ => {}
    })?;
    Ok(r)
}

/// Parses a `w:tcPr` whose `Start` was just read.
pub(crate) fn cell(xml: &mut Xml<'_, '_>) -> Result<TcProps, DocxError> {
    let mut c = TcProps {
        grid_span: 1,
        ..TcProps::default()
    };
    walk(xml, |local, e| match local {
        "gridSpan" => c.grid_span = val_u32(e).unwrap_or(1).max(1),
        "vMerge" => {
            c.v_merge = match attr(e, "val").as_deref() {
                Some("restart") => VMerge::Restart,
                _ => VMerge::Continue,
            }
        }
        "hMerge" => c.h_merge_continue = attr(e, "val").as_deref() != Some("restart"),
        _ => {}
    })?;
    Ok(c)
}

/// `w:jc` values.
pub(crate) fn align(value: &str) -> Option<Align> {
    match value {
        "center" => Some(Align::Center),
        "right" | "end" => Some(Align::Right),
        "both" | "distribute" | "thaiDistribute" | "lowKashida" | "mediumKashida"
        | "highKashida" => Some(Align::Justify),
        "left" | "start" => Some(Align::Left),
        _ => None,
    }
}
