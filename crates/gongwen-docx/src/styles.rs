//! `word/styles.xml`: style definitions resolved through their `w:basedOn` chains into
//! compact per-style property sets, plus the document defaults.

use std::cell::Cell;

use gongwen_blocks::Align;
use quick_xml::events::Event;

use crate::error::DocxError;
use crate::props::{self, PProps, RProps};
use crate::xml::{Xml, attr};

/// Longest `w:basedOn` chain followed (guards against cycles).
const MAX_CHAIN: usize = 64;

/// Properties of a style, resolved through its `w:basedOn` chain.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct StyleProps {
    pub(crate) align: Option<Align>,
    /// Heading level 1-9 (from `w:outlineLvl` or a built-in heading name).
    pub(crate) heading: Option<u8>,
    pub(crate) bold: Option<bool>,
    pub(crate) size: Option<u16>,
    pub(crate) num_id: Option<u32>,
    pub(crate) ilvl: Option<u8>,
}

/// All styles of a document.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    /// (style id, index), sorted by id: looked up once per paragraph and run, where a
    /// binary search over a few dozen ids beats hashing with SipHash.
    ids: Vec<(String, u32)>,
    /// Style ids, by index.
    names: Vec<String>,
    /// Resolved properties, by index.
    props: Vec<StyleProps>,
    /// The default paragraph style.
    default_paragraph: Option<u32>,
    /// `w:docDefaults`.
    defaults: StyleProps,
    /// Where in `ids` the last lookup found its id: paragraphs in a row mostly share a
    /// style (every cell of a table, every paragraph of a body), so one comparison usually
    /// replaces a binary search's several.
    last_hit: Cell<usize>,
}

/// Where style id `id` sits in the sorted `ids`.
fn position(ids: &[(String, u32)], id: &str) -> Option<usize> {
    ids.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok()
}

/// The index stored for style id `id` in the sorted `ids`.
fn lookup(ids: &[(String, u32)], id: &str) -> Option<u32> {
    position(ids, id)
        .and_then(|at| ids.get(at))
        .map(|(_, i)| *i)
}

impl Styles {
    /// The index of the style with id `id`.
    pub(crate) fn index(&self, id: &str) -> Option<u32> {
        if let Some((last, index)) = self.ids.get(self.last_hit.get()) {
            if last == id {
                return Some(*index);
            }
        }
        let at = position(&self.ids, id)?;
        self.last_hit.set(at);
        self.ids.get(at).map(|(_, i)| *i)
    }

    /// The id of style `index`.
    pub(crate) fn id(&self, index: u32) -> Option<&str> {
        self.names.get(index as usize).map(String::as_str)
    }

    /// The resolved properties of style `index`.
    pub(crate) fn props(&self, index: u32) -> Option<&StyleProps> {
        self.props.get(index as usize)
    }

    /// The paragraph style in force: the stated one, else the default paragraph style.
    pub(crate) fn paragraph_style(&self, stated: Option<u32>) -> Option<u32> {
        stated.or(self.default_paragraph)
    }

    /// The document defaults.
    pub(crate) fn defaults(&self) -> &StyleProps {
        &self.defaults
    }

    /// Parses `styles.xml`.
    pub(crate) fn parse(data: &[u8], part: &str, max_depth: u32) -> Result<Styles, DocxError> {
        let empty = Styles::default();
        let mut xml = Xml::new(data, part, max_depth);
        let mut raw: Vec<RawStyle> = Vec::new();
        let mut defaults = (PProps::default(), RProps::default());
        // Where we are: inside w:style (index into raw), inside w:docDefaults.
        let mut current: Option<usize> = None;
        let mut in_defaults = false;
        loop {
            let (e, empty_element) = match xml.next()? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "style" => current = None,
                        "docDefaults" => in_defaults = false,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let local = e.local_name();
            match local.as_ref() {
                "style" => {
                    let kind = attr(&e, "type");
                    // A table style formats the cells of tables that name it in their
                    // w:tblPr, which the reader does not follow: its content (most of the
                    // styles part in Word's and python-docx's templates: conditional
                    // formatting for every band and corner) is skipped unread. It keeps its
                    // place, so that a basedOn chain through it resolves as before.
                    let table = kind.as_deref() == Some("table");
                    raw.push(RawStyle {
                        id: attr(&e, "styleId")
                            .map(|v| v.into_owned())
                            .unwrap_or_default(),
                        paragraph: kind.is_none_or(|t| t == "paragraph"),
                        default: attr(&e, "default").is_some_and(|v| v == "1" || v == "true"),
                        ..RawStyle::default()
                    });
                    current = (!empty_element && !table).then_some(raw.len() - 1);
                    if table && !empty_element {
                        xml.skip()?;
                    }
                }
                "docDefaults" => in_defaults = !empty_element,
                "name" | "basedOn" => {
                    if let Some(style) = current.and_then(|i| raw.get_mut(i)) {
                        let value = attr(&e, "val").map(|v| v.into_owned());
                        if local.as_ref() == "name" {
                            style.name = value;
                        } else {
                            style.based_on = value;
                        }
                    }
                }
                "pPr" if !empty_element && (current.is_some() || in_defaults) => {
                    let p = props::paragraph(&mut xml, &empty)?;
                    match current.and_then(|i| raw.get_mut(i)) {
                        Some(style) => style.ppr = p,
                        None => defaults.0 = p,
                    }
                }
                "rPr" if !empty_element && (current.is_some() || in_defaults) => {
                    let r = props::run(&mut xml, &empty)?;
                    match current.and_then(|i| raw.get_mut(i)) {
                        Some(style) => style.rpr = r,
                        None => defaults.1 = r,
                    }
                }
                // Conditional table formatting, latent styles, table properties: never
                // what a paragraph shows.
                "tblStylePr" | "latentStyles" | "tblPr" | "trPr" | "tcPr" | "pPr" | "rPr"
                    if !empty_element =>
                {
                    xml.skip()?;
                }
                _ => {}
            }
        }
        Ok(Styles::resolve(raw, defaults))
    }

    fn resolve(raw: Vec<RawStyle>, defaults: (PProps, RProps)) -> Styles {
        let mut ids: Vec<(String, u32)> = raw
            .iter()
            .enumerate()
            .map(|(i, style)| (style.id.clone(), i as u32))
            .collect();
        // Stable: for a duplicated id the first definition wins, as before.
        ids.sort_by(|a, b| a.0.cmp(&b.0));
        ids.dedup_by(|later, first| later.0 == first.0);
        let mut props = Vec::with_capacity(raw.len());
        for style in &raw {
            let mut resolved = StyleProps::default();
            let mut heading_done = false;
            let mut next = Some(style);
            for _ in 0..MAX_CHAIN {
                let Some(s) = next else { break };
                let (p, r) = (&s.ppr, &s.rpr);
                resolved.align = resolved.align.or(p.align);
                resolved.bold = resolved.bold.or(r.bold);
                resolved.size = resolved.size.or(r.size);
                if resolved.num_id.is_none() {
                    resolved.num_id = p.num_id;
                }
                resolved.ilvl = resolved.ilvl.or(p.ilvl);
                if !heading_done {
                    if let Some(level) = p.outline {
                        resolved.heading = (level < 9).then_some(level + 1);
                        heading_done = true;
                    } else if let Some(level) = s
                        .name
                        .as_deref()
                        .and_then(heading_from_name)
                        .or_else(|| heading_from_name(&s.id))
                    {
                        resolved.heading = Some(level);
                        heading_done = true;
                    }
                }
                next = s
                    .based_on
                    .as_deref()
                    .and_then(|b| lookup(&ids, b))
                    .and_then(|i| raw.get(i as usize));
            }
            props.push(resolved);
        }
        let default_paragraph = raw
            .iter()
            .position(|s| s.paragraph && s.default)
            .map(|i| i as u32);
        let (p, r) = defaults;
        Styles {
            ids,
            names: raw.into_iter().map(|s| s.id).collect(),
            props,
            default_paragraph,
            defaults: StyleProps {
                align: p.align,
                heading: None,
                bold: r.bold,
                size: r.size,
                num_id: None,
                ilvl: None,
            },
            last_hit: Cell::new(0),
        }
    }
}

/// A style as written.
#[derive(Debug, Default)]
struct RawStyle {
    id: String,
    name: Option<String>,
    based_on: Option<String>,
    paragraph: bool,
    default: bool,
    ppr: PProps,
    rpr: RProps,
}

/// The level of a built-in heading style name or id: "heading 1", "Heading1", "标题 1".
pub(crate) fn heading_from_name(name: &str) -> Option<u8> {
    let name = name.trim();
    let rest =
        if name.len() >= 7 && name.is_char_boundary(7) && name[..7].eq_ignore_ascii_case("heading")
        {
            &name[7..]
        } else {
            name.strip_prefix("标题")?
        };
    let rest = rest.trim_start();
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(d @ '1'..='9'), None) => Some(d as u8 - b'0'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::heading_from_name;

    #[test]
    fn heading_names() {
        assert_eq!(heading_from_name("heading 1"), Some(1));
        assert_eq!(heading_from_name("Heading3"), Some(3));
        assert_eq!(heading_from_name("标题 2"), Some(2));
        assert_eq!(heading_from_name("标题2"), Some(2));
        assert_eq!(heading_from_name("标题"), None);
        assert_eq!(heading_from_name("Heading 10"), None);
        assert_eq!(heading_from_name("Normal"), None);
    }
}
