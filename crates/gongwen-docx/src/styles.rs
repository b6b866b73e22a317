//! `word/styles.xml`: the document defaults, and the styles the document uses, resolved
//! through their `w:basedOn` chains into compact property sets.
//!
//! The part is read in two steps. First, one pass over its top level: the document
//! defaults are parsed, and each `w:style` records its id, type, default flag and where its
//! content lies, which is skipped by a byte search (as are the latent styles). Then a
//! style's content is parsed the first time the body asks for its properties (a paragraph
//! or run names it, or a style based on it, or a list links to it). Word's, WPS's and
//! python-docx's styles parts are 300 KB and more, of which a document uses a handful of
//! styles: the rest is never tokenized. A style that is used and malformed (or nested too
//! deep) is still an error; one that is never used is not read, so it is not judged.

use std::cell::{Cell, RefCell};
use std::ops::Range;

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

/// A style as found in the first pass.
#[derive(Debug)]
struct Entry {
    id: String,
    paragraph: bool,
    default: bool,
    /// Where its content (between its start and end tags) lies in the part; empty for an
    /// empty element, and for a table style (whose content is never read: it formats
    /// tables that name it in their `w:tblPr`, which the reader does not follow).
    content: Range<usize>,
}

/// A style's content, parsed on first use.
#[derive(Debug, Default)]
struct Parsed {
    name: Option<String>,
    based_on: Option<String>,
    ppr: PProps,
    rpr: RProps,
}

/// All styles of a document.
#[derive(Debug, Default)]
pub(crate) struct Styles<'a> {
    /// The styles part, and its name and nesting limit for errors.
    data: &'a [u8],
    part: &'a str,
    max_depth: u32,
    /// (style id, index), sorted by id: looked up once per paragraph and run, where a
    /// binary search over a few dozen ids beats hashing with SipHash.
    ids: Vec<(String, u32)>,
    /// The styles, by index.
    entries: Vec<Entry>,
    /// Their content once parsed, and their resolved properties once asked for.
    parsed: RefCell<Vec<Option<Parsed>>>,
    resolved: RefCell<Vec<Option<StyleProps>>>,
    /// The first error met parsing a style's content (reported after the body is read).
    error: RefCell<Option<DocxError>>,
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

impl<'a> Styles<'a> {
    /// The index of the style with id `id`.
    pub(crate) fn index(&self, id: &str) -> Option<u32> {
        if let Some((last, index)) = self.ids.get(self.last_hit.get())
            && last == id
        {
            return Some(*index);
        }
        let at = position(&self.ids, id)?;
        self.last_hit.set(at);
        self.ids.get(at).map(|(_, i)| *i)
    }

    /// The id of style `index`.
    pub(crate) fn id(&self, index: u32) -> Option<&str> {
        self.entries.get(index as usize).map(|e| e.id.as_str())
    }

    /// The resolved properties of style `index` (its content, and that of the styles it is
    /// based on, parsed now if they were not yet).
    pub(crate) fn props(&self, index: u32) -> Option<StyleProps> {
        let i = index as usize;
        if let Some(Some(done)) = self.resolved.borrow().get(i) {
            return Some(*done);
        }
        self.entries.get(i)?;
        let props = self.resolve(i);
        if let Some(slot) = self.resolved.borrow_mut().get_mut(i) {
            *slot = Some(props);
        }
        Some(props)
    }

    /// The paragraph style in force: the stated one, else the default paragraph style.
    pub(crate) fn paragraph_style(&self, stated: Option<u32>) -> Option<u32> {
        stated.or(self.default_paragraph)
    }

    /// The document defaults.
    pub(crate) fn defaults(&self) -> &StyleProps {
        &self.defaults
    }

    /// The first error met parsing the content of a style the document used.
    pub(crate) fn take_error(&self) -> Option<DocxError> {
        self.error.borrow_mut().take()
    }

    /// Reads the top level of `styles.xml`: the document defaults, and where each style is.
    pub(crate) fn parse(data: &'a [u8], part: &'a str, max_depth: u32) -> Result<Self, DocxError> {
        let empty = Styles::default();
        let mut xml = Xml::new(data, part, max_depth);
        let mut entries: Vec<Entry> = Vec::new();
        let mut defaults = (PProps::default(), RProps::default());
        let mut in_defaults = false;
        loop {
            let (e, empty_element) = match xml.next()? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    if e.local_name().as_ref() == "docDefaults" {
                        in_defaults = false;
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
                    let table = kind.as_deref() == Some("table");
                    let mut entry = Entry {
                        id: attr(&e, "styleId")
                            .map(|v| v.into_owned())
                            .unwrap_or_default(),
                        paragraph: kind.is_none_or(|t| t == "paragraph"),
                        default: attr(&e, "default").is_some_and(|v| v == "1" || v == "true"),
                        content: 0..0,
                    };
                    if !empty_element {
                        let start = xml.position();
                        xml.skip()?;
                        // The content ends where the end tag (which holds no `<`) starts.
                        let end = data
                            .get(..xml.position())
                            .and_then(|d| memchr::memrchr(b'<', d))
                            .unwrap_or(start)
                            .max(start);
                        if !table {
                            entry.content = start..end;
                        }
                    }
                    entries.push(entry);
                }
                "docDefaults" => in_defaults = !empty_element,
                "pPr" if !empty_element && in_defaults => {
                    defaults.0 = props::paragraph(&mut xml, &empty)?;
                }
                "rPr" if !empty_element && in_defaults => {
                    defaults.1 = props::run(&mut xml, &empty)?;
                }
                // Latent styles (Word's list of its built-in styles and how to show them)
                // and anything else beside the styles: never what a paragraph shows. (The
                // root element, at depth 1, is entered.)
                _ if !empty_element && !in_defaults && xml.depth() >= 2 => xml.skip()?,
                _ => {}
            }
        }
        let mut ids: Vec<(String, u32)> = entries
            .iter()
            .enumerate()
            .map(|(i, style)| (style.id.clone(), i as u32))
            .collect();
        // Stable: for a duplicated id the first definition wins.
        ids.sort_by(|a, b| a.0.cmp(&b.0));
        ids.dedup_by(|later, first| later.0 == first.0);
        let default_paragraph = entries
            .iter()
            .position(|s| s.paragraph && s.default)
            .map(|i| i as u32);
        let (p, r) = defaults;
        let n = entries.len();
        Ok(Styles {
            data,
            part,
            max_depth,
            ids,
            entries,
            parsed: RefCell::new(std::iter::repeat_with(|| None).take(n).collect()),
            resolved: RefCell::new(vec![None; n]),
            error: RefCell::new(None),
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
        })
    }

    /// Style `i`'s properties through its basedOn chain.
    fn resolve(&self, i: usize) -> StyleProps {
        let mut resolved = StyleProps::default();
        let mut heading_done = false;
        let mut next = Some(i);
        for _ in 0..MAX_CHAIN {
            let Some(at) = next else { break };
            self.ensure_parsed(at);
            let parsed = self.parsed.borrow();
            let (Some(Some(s)), Some(entry)) = (parsed.get(at), self.entries.get(at)) else {
                break;
            };
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
                    .or_else(|| heading_from_name(&entry.id))
                {
                    resolved.heading = Some(level);
                    heading_done = true;
                }
            }
            next = s
                .based_on
                .as_deref()
                .and_then(|b| position(&self.ids, b))
                .and_then(|at| self.ids.get(at))
                .map(|(_, index)| *index as usize);
        }
        resolved
    }

    /// Parses style `i`'s content, unless it was already.
    fn ensure_parsed(&self, i: usize) {
        if self.parsed.borrow().get(i).is_none_or(Option::is_some) {
            return;
        }
        let parsed = match self.entries.get(i) {
            Some(entry) => self
                .parse_content(entry.content.clone())
                .unwrap_or_else(|e| {
                    self.error.borrow_mut().get_or_insert(e);
                    Parsed::default()
                }),
            None => return,
        };
        if let Some(slot) = self.parsed.borrow_mut().get_mut(i) {
            *slot = Some(parsed);
        }
    }

    /// The name, basedOn and properties in one style's content.
    fn parse_content(&self, content: Range<usize>) -> Result<Parsed, DocxError> {
        let mut out = Parsed::default();
        if content.is_empty() {
            return Ok(out);
        }
        let empty = Styles::default();
        let mut xml = Xml::starting_at(self.data, content.start, self.part, self.max_depth);
        while xml.position() < content.end {
            let (e, empty_element) = match xml.next()? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::Eof => break,
                _ => continue,
            };
            let local = e.local_name();
            match local.as_ref() {
                "name" => out.name = attr(&e, "val").map(|v| v.into_owned()),
                "basedOn" => out.based_on = attr(&e, "val").map(|v| v.into_owned()),
                "pPr" if !empty_element => out.ppr = props::paragraph(&mut xml, &empty)?,
                "rPr" if !empty_element => out.rpr = props::run(&mut xml, &empty)?,
                _ if !empty_element => xml.skip()?,
                _ => {}
            }
        }
        Ok(out)
    }
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
