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

    /// The next event inside a property element, read without the depth bookkeeping of
    /// [`Xml::next`] (the caller counts its own nesting; depth is restored by
    /// [`Xml::leave`]).
    #[inline]
    pub(crate) fn next_inner(&mut self) -> Result<Event<'a>, DocxError> {
        match self.reader.read_event() {
            Ok(event) => Ok(event),
            Err(e) => Err(self.xml_error(&e)),
        }
    }

    /// Skips the rest of the element whose `Start` event was just read.
    pub(crate) fn skip(&mut self, start: &BytesStart<'_>) -> Result<(), DocxError> {
        self.skip_inner(start)?;
        self.leave();
        Ok(())
    }

    /// Skips an element whose `Start` was read by [`Xml::next_inner`] (not counted).
    pub(crate) fn skip_inner(&mut self, start: &BytesStart<'_>) -> Result<(), DocxError> {
        match self.reader.read_to_end(start.name()) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.xml_error(&e)),
        }
    }

    /// The element entered last (counted by [`Xml::next`]) was closed by an `End` read
    /// with [`Xml::next_inner`].
    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// The nesting limit.
    pub(crate) fn max_depth(&self) -> u32 {
        self.max_depth
    }

    /// The part ended with `extra` elements open beyond those counted.
    pub(crate) fn unclosed(&self, extra: u32) -> DocxError {
        self.error_here(format!(
            "unexpected end of part: {} element(s) not closed",
            self.depth.saturating_add(extra)
        ))
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
///
/// Values without references or line breaks (nearly all of them: `w:val="center"`) are
/// found by a direct scan of the tag and borrowed; the others go through quick-xml's
/// attribute parser, which resolves references and normalises white space. The scan ran
/// for every paragraph, run and cell and was the reader's largest cost after the XML
/// tokenizer itself.
pub(crate) fn attr<'e>(e: &'e BytesStart<'_>, local: &str) -> Option<Cow<'e, str>> {
    match scan_attr(e.attributes_raw(), local) {
        Scan::Found(v) => Some(Cow::Borrowed(v)),
        Scan::Absent => None,
        Scan::Unsure => attr_slow(e, local),
    }
}

/// What a direct scan of a tag's attributes found.
enum Scan<'a> {
    Found(&'a str),
    Absent,
    /// The value needs resolving, or the tag is not plain `name="value"` pairs.
    Unsure,
}

fn scan_attr<'a>(raw: &'a str, local: &str) -> Scan<'a> {
    // Byte by byte: every byte tested is ASCII, so slicing at those positions keeps to
    // char boundaries. (Tags hold a few short attributes; decoding chars or setting up
    // substring searches cost more than the scan itself.)
    let b = raw.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && is_space_byte(b[i]) {
            i += 1;
        }
        if i == b.len() {
            return Scan::Absent;
        }
        let name_start = i;
        while i < b.len() && b[i] != b'=' && !is_space_byte(b[i]) {
            i += 1;
        }
        let name_end = i;
        while i < b.len() && is_space_byte(b[i]) {
            i += 1;
        }
        if i == b.len() || b[i] != b'=' {
            return Scan::Unsure;
        }
        i += 1;
        while i < b.len() && is_space_byte(b[i]) {
            i += 1;
        }
        let quote = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => q,
            _ => return Scan::Unsure,
        };
        i += 1;
        let value_start = i;
        let mut plain = true;
        while i < b.len() && b[i] != quote {
            plain &= !matches!(b[i], b'&' | b'<' | b'\t' | b'\n' | b'\r');
            i += 1;
        }
        if i == b.len() {
            return Scan::Unsure;
        }
        let value_end = i;
        i += 1;
        if has_local_name(&raw[name_start..name_end], local) {
            return if plain {
                Scan::Found(&raw[value_start..value_end])
            } else {
                Scan::Unsure
            };
        }
    }
}

fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// `name` is `local` or `prefix:local`.
fn has_local_name(name: &str, local: &str) -> bool {
    match name.strip_suffix(local) {
        Some("") => true,
        Some(prefix) => prefix.ends_with(':'),
        None => false,
    }
}

/// quick-xml's attribute parser: references resolved, white space normalised.
fn attr_slow<'e>(e: &'e BytesStart<'_>, local: &str) -> Option<Cow<'e, str>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(xml: &str) -> BytesStart<'_> {
        let name_len = xml.find(' ').unwrap_or(xml.len());
        BytesStart::from_content(xml, name_len)
    }

    /// The direct scan and quick-xml's parser agree on every shape of attribute.
    #[test]
    fn scan_agrees_with_the_attribute_parser() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (r#"w:jc w:val="center""#, "val", Some("center")),
            (r#"w:jc w:val='both'"#, "val", Some("both")),
            (r#"w:jc  w:val = "right" "#, "val", Some("right")),
            (r#"w:t xml:space="preserve""#, "space", Some("preserve")),
            (r#"w:t xml:space="preserve""#, "val", None),
            (r#"w:vMerge"#, "val", None),
            (r#"w:x w:other="a&amp;b" w:val="c""#, "val", Some("c")),
            (r#"w:x w:val="a&amp;b""#, "val", Some("a&b")),
            (r#"w:x w:val="a&#x4E00;b""#, "val", Some("a一b")),
            (r#"w:x w:val="a	b""#, "val", Some("a b")),
            (r#"w:x w:vals="no" w:val="yes""#, "val", Some("yes")),
            (r#"w:x val="plain""#, "val", Some("plain")),
            (r#"w:x w:val="unterminated"#, "val", None),
            (r#"w:x w:val=unquoted"#, "val", None),
            (r#"w:x w:val="""#, "val", Some("")),
        ];
        for (xml, local, want) in cases {
            let e = tag(xml);
            assert_eq!(attr(&e, local).as_deref(), *want, "{xml} / {local}");
            if let Scan::Found(v) = scan_attr(e.attributes_raw(), local) {
                assert_eq!(attr_slow(&e, local).as_deref(), Some(v), "{xml}");
            }
        }
    }
}
