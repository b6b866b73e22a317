//! A thin, depth-checked cursor over one XML part, and attribute helpers.
//!
//! Reads borrow from the inflated part (quick-xml's slice reader: no buffer, no copy).
//! Nesting is tracked without recursion and refused past `max_depth`; every error names
//! the part and the byte offset.

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::error::DocxError;

/// A cursor over one XML part.
pub(crate) struct Xml<'a, 'p> {
    reader: Reader<&'a [u8]>,
    part: &'p str,
    depth: u32,
    max_depth: u32,
}

impl<'a, 'p> Xml<'a, 'p> {
    /// A cursor over `data`, the inflated part named `part`.
    pub(crate) fn new(data: &'a [u8], part: &'p str, max_depth: u32) -> Self {
        let mut reader = Reader::from_reader(data);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.trim_text(false);
        config.expand_empty_elements = false;
        Xml {
            reader,
            part,
            depth: 0,
            max_depth,
        }
    }

    /// The next event. `Start` deepens, `End` closes; `Eof` with open elements is an error.
    pub(crate) fn next(&mut self) -> Result<Event<'a>, DocxError> {
        match self.reader.read_event() {
            Ok(event) => {
                match &event {
                    Event::Start(_) => {
                        self.depth += 1;
                        if self.depth > self.max_depth {
                            return Err(self.too_deep());
                        }
                    }
                    Event::End(_) => self.depth = self.depth.saturating_sub(1),
                    Event::Eof if self.depth > 0 => {
                        return Err(self.error_here(format!(
                            "unexpected end of part: {} element(s) not closed",
                            self.depth
                        )));
                    }
                    _ => {}
                }
                Ok(event)
            }
            Err(e) => Err(self.xml_error(&e)),
        }
    }

    /// Skips the rest of the element whose `Start` event was just read.
    pub(crate) fn skip(&mut self, start: &BytesStart<'_>) -> Result<(), DocxError> {
        match self.reader.read_to_end(start.name()) {
            Ok(_) => {
                self.depth = self.depth.saturating_sub(1);
                Ok(())
            }
            Err(e) => Err(self.xml_error(&e)),
        }
    }

    /// Current nesting depth (open elements).
    pub(crate) fn depth(&self) -> u32 {
        self.depth
    }

    /// A "too deep" error at the current position.
    pub(crate) fn too_deep(&self) -> DocxError {
        DocxError::TooDeep {
            part: self.part.to_owned(),
            offset: self.reader.buffer_position(),
            limit: self.max_depth,
        }
    }

    /// A "table too large" error at the current position.
    pub(crate) fn table_too_large(&self, limit: usize) -> DocxError {
        DocxError::TableTooLarge {
            part: self.part.to_owned(),
            offset: self.reader.buffer_position(),
            limit,
        }
    }

    /// An XML error with `message` at the current position.
    pub(crate) fn error_here(&self, message: String) -> DocxError {
        DocxError::Xml {
            part: self.part.to_owned(),
            offset: self.reader.buffer_position(),
            message,
        }
    }

    fn xml_error(&self, e: &quick_xml::Error) -> DocxError {
        DocxError::Xml {
            part: self.part.to_owned(),
            offset: self.reader.error_position(),
            message: e.to_string(),
        }
    }
}

/// The value of the attribute whose local name is `local` (any prefix), entities resolved.
/// Malformed attributes are ignored.
pub(crate) fn attr<'e>(e: &'e BytesStart<'_>, local: &str) -> Option<Cow<'e, str>> {
    let mut attrs = e.attributes();
    attrs.with_checks(false);
    for a in attrs.flatten() {
        if a.key.local_name().as_ref() == local {
            return a.normalized_value(XmlVersion::Implicit1_0).ok();
        }
    }
    None
}

/// `w:val` as an unsigned number.
pub(crate) fn val_u32(e: &BytesStart<'_>) -> Option<u32> {
    attr(e, "val").and_then(|v| v.trim().parse().ok())
}

/// An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): absent `w:val` means on.
pub(crate) fn on_off(e: &BytesStart<'_>) -> bool {
    match attr(e, "val") {
        None => true,
        Some(v) => !matches!(v.trim(), "false" | "0" | "off" | "none"),
    }
}

/// Appends the text of an entity or character reference (`&amp;`, `&#x4E00;`) to `out`.
/// An unknown entity is kept as written, so no character is lost.
pub(crate) fn push_reference(r: &BytesRef<'_>, out: &mut String) {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        out.push(c);
        return;
    }
    match &**r {
        "amp" => out.push('&'),
        "lt" => out.push('<'),
        "gt" => out.push('>'),
        "quot" => out.push('"'),
        "apos" => out.push('\''),
        other => {
            out.push('&');
            out.push_str(other);
            out.push(';');
        }
    }
}
