//! A depth-checked cursor over one XML part, and attribute helpers.
//!
//! Reads borrow from the inflated part: no buffer, no copy. Nesting is tracked without
//! recursion and refused past `max_depth`; end tags are checked against their start tags
//! here; every error names the part and the byte offset.
//!
//! Two tokenizers share the work. A part that is valid UTF-8 (any part Word writes) is
//! checked once, and its plain markup (start, end and empty tags, and text without
//! references) is then read by [`Xml::fast`]: a few byte searches per tag and no further
//! UTF-8 checks. Everything else (the XML declaration, comments, CDATA, processing
//! instructions, DOCTYPE, text with references, odd tag shapes, and any part that is not
//! UTF-8) is read by quick-xml, which also produces the error messages for what is
//! malformed. The fast path hands over to quick-xml and takes back only where quick-xml is
//! between markup and text, so each byte is read by exactly one of them. This is what
//! brought the reader from 1.4–1.65× to about 1.0× the floor of inflating the part and
//! scanning it with quick-xml (`cargo bench -p gongwen-docx --bench read`).

use std::borrow::Cow;

use quick_xml::errors::{Error as QxError, IllFormedError};
use quick_xml::events::{BytesEnd, BytesRef, BytesStart, BytesText, Event};
use quick_xml::{Reader, XmlVersion};

use crate::error::DocxError;

/// A cursor over one XML part.
pub(crate) struct Xml<'a, 'p> {
    /// quick-xml's reader over the unread rest of the part; the fast path consumes from
    /// its input directly.
    reader: Reader<&'a [u8]>,
    data: &'a [u8],
    /// The whole part as text when it is valid UTF-8: the fast path reads from it.
    text: Option<&'a str>,
    /// quick-xml is between markup and text (its last event was not text), where the fast
    /// path may read and hand back. After a text event quick-xml expects to read the markup
    /// that ended it itself.
    handoff: bool,
    part: &'p str,
    /// Names of the open elements, for the end-tag check (quick-xml's own is off, since it
    /// does not see the tags the fast path reads).
    open: Vec<&'a [u8]>,
    max_depth: u32,
}

impl<'a, 'p> Xml<'a, 'p> {
    /// A cursor that reads everything with quick-xml: the reference the fast path is
    /// tested against.
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn without_fast_path(data: &'a [u8], part: &'p str, max_depth: u32) -> Self {
        Xml {
            text: None,
            ..Xml::new(data, part, max_depth)
        }
    }

    /// A cursor over `data`, the inflated part named `part`.
    pub(crate) fn new(data: &'a [u8], part: &'p str, max_depth: u32) -> Self {
        let mut reader = Reader::from_reader(data);
        let config = reader.config_mut();
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.trim_text(false);
        config.expand_empty_elements = false;
        Xml {
            reader,
            data,
            // simdutf8: the one check of the whole part costs a tenth of std's.
            text: simdutf8::basic::from_utf8(data).ok(),
            // quick-xml reads the start of the part (byte order mark, declaration).
            handoff: false,
            part,
            open: Vec::with_capacity(16),
            max_depth,
        }
    }

    /// The next event. `Start` deepens, `End` closes (and must match); `Eof` with open
    /// elements is an error.
    pub(crate) fn next(&mut self) -> Result<Event<'a>, DocxError> {
        self.read(true)
    }

    /// The next event; the nesting limit is checked when `limited` (content being skipped
    /// is not limited: it is never held, only counted).
    fn read(&mut self, limited: bool) -> Result<Event<'a>, DocxError> {
        let at = self.position();
        let event = match self.fast() {
            Some(event) => event,
            None => {
                // quick-xml counts only the bytes it read itself: its offsets are shifted
                // by what the fast path consumed (taken before the read, since a failed read
                // moves quick-xml's count but not its input).
                let shift = (at as u64).saturating_sub(self.reader.buffer_position());
                match self.reader.read_event() {
                    Ok(event) => {
                        self.handoff = !matches!(event, Event::Text(_));
                        event
                    }
                    Err(e) => return Err(self.xml_error(&e, shift)),
                }
            }
        };
        match &event {
            Event::Start(e) => {
                if limited && self.open.len() >= self.max_depth as usize {
                    return Err(self.too_deep());
                }
                let name = self.in_data(e.name().as_ref().as_bytes());
                self.open.push(name);
            }
            Event::End(e) => {
                let found = e.name();
                let found = found.as_ref();
                match self.open.pop() {
                    Some(expected) if expected == found.as_bytes() => {}
                    Some(expected) => {
                        let error = IllFormedError::MismatchedEndTag {
                            expected: String::from_utf8_lossy(expected).into_owned(),
                            found: found.to_owned(),
                        };
                        return Err(self.error_at(at, QxError::IllFormed(error).to_string()));
                    }
                    None => {
                        let error = IllFormedError::UnmatchedEndTag(found.to_owned());
                        return Err(self.error_at(at, QxError::IllFormed(error).to_string()));
                    }
                }
            }
            Event::Eof if !self.open.is_empty() => {
                return Err(self.error_here(format!(
                    "unexpected end of part: {} element(s) not closed",
                    self.open.len()
                )));
            }
            _ => {}
        }
        Ok(event)
    }

    /// How many elements are open.
    pub(crate) fn depth(&self) -> usize {
        self.open.len()
    }

    /// Skips the rest of the element whose `Start` event was just read.
    ///
    /// In a UTF-8 part its end is found by a byte search ([`Xml::raw_end`]): content that is
    /// skipped is never tokenized, only searched for `<`. Elsewhere, or when the search
    /// meets something it does not judge, the content is read event by event.
    pub(crate) fn skip(&mut self) -> Result<(), DocxError> {
        if let Some(end) = self.raw_end() {
            self.consume(end - self.position());
            self.open.pop();
            // quick-xml is after markup (an end tag), where the fast path may read.
            self.handoff = true;
            return Ok(());
        }
        let level = self.open.len();
        loop {
            if let Event::End(_) = self.read(false)?
                && self.open.len() < level
            {
                return Ok(());
            }
        }
    }

    /// The fast path: the next event when it is plain markup or reference-free text and
    /// quick-xml is where it can be handed back, else `None` (quick-xml reads it).
    fn fast(&mut self) -> Option<Event<'a>> {
        if !self.handoff {
            return None;
        }
        let text = self.text?;
        let bytes = text.as_bytes();
        let pos = self.position();
        let &first = bytes.get(pos)?;
        if first != b'<' {
            // Text up to the next tag. Text with a reference, and text at the end of the
            // part (which quick-xml reports with the end), are left to quick-xml.
            let end = pos + memchr::memchr2(b'<', b'&', bytes.get(pos..)?)?;
            if bytes[end] == b'&' {
                return None;
            }
            let content = text.get(pos..end)?;
            self.consume(end - pos);
            return Some(Event::Text(BytesText::from_escaped(content)));
        }
        match *bytes.get(pos + 1)? {
            b'/' => {
                let gt = pos
                    + 2
                    + bytes
                        .get(pos + 2..)?
                        .iter()
                        .position(|&b| matches!(b, b'>' | b'"' | b'\''))?;
                // quick-xml reads a quote in an end tag as opening a quoted stretch.
                if bytes[gt] != b'>' {
                    return None;
                }
                // White space after the name is trimmed, as quick-xml does (which keeps a name
                // of white space only as it is).
                let raw = text.get(pos + 2..gt)?;
                let name = match raw.trim_end_matches(is_xml_space) {
                    "" => raw,
                    name => name,
                };
                self.consume(gt + 1 - pos);
                Some(Event::End(BytesEnd::new(name)))
            }
            b'!' | b'?' => None,
            _ => {
                let name_start = pos + 1;
                let name_end = name_start
                    + bytes.get(name_start..)?.iter().position(|&b| {
                        matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>' | b'"' | b'\'')
                    })?;
                // An empty name, or a quote in it (which quick-xml treats as opening a
                // quoted stretch), is for quick-xml to judge.
                if name_end == name_start || matches!(bytes[name_end], b'"' | b'\'') {
                    return None;
                }
                let gt = tag_end(bytes, name_end)?;
                // `<a/>` is empty; a `/` right after the name but not before `>` is an odd
                // shape quick-xml judges.
                if bytes[name_end] == b'/' && gt != name_end + 1 {
                    return None;
                }
                let empty = bytes[gt - 1] == b'/';
                let content = text.get(name_start..if empty { gt - 1 } else { gt })?;
                self.consume(gt + 1 - pos);
                let tag = BytesStart::from_content(content, name_end - name_start);
                Some(if empty {
                    Event::Empty(tag)
                } else {
                    Event::Start(tag)
                })
            }
        }
    }

    /// Where the element whose `Start` was just read ends (the offset just after its end
    /// tag), found without tokenizing its content: the search stops only at `<`, and looks
    /// only at tags of the element's own name (to count nesting) and at comments, CDATA
    /// sections and processing instructions (which may hold a `<` that is not markup).
    /// `None` when the fast path cannot be used here (a part that is not UTF-8, quick-xml
    /// mid-text), at a DOCTYPE, or at the end of the part: the caller then reads the content
    /// event by event, which also words the error of a part cut short.
    ///
    /// For well-formed content this is the end the event-by-event skip finds (a test holds
    /// the two to it on every fixture part and on random markup). Malformed markup inside a
    /// skipped element (a mismatched end tag of another name, say) is not reported: it is
    /// never read. Linear: each byte is passed once.
    fn raw_end(&self) -> Option<usize> {
        if !self.handoff {
            return None;
        }
        let bytes = self.text?.as_bytes();
        let name = *self.open.last()?;
        if name.is_empty() {
            return None;
        }
        let mut depth = 1usize;
        let mut i = self.position();
        loop {
            i += memchr::memchr(b'<', bytes.get(i..)?)?;
            let rest = bytes.get(i + 1..)?;
            match *rest.first()? {
                b'/' => {
                    let mut j = i + 2;
                    if rest.get(1..)?.starts_with(name) {
                        j += name.len();
                        while bytes.get(j).copied().is_some_and(is_space_byte) {
                            j += 1;
                        }
                        if *bytes.get(j)? == b'>' {
                            depth -= 1;
                            if depth == 0 {
                                return Some(j + 1);
                            }
                        }
                    }
                    i = j;
                }
                b'!' if rest.starts_with(b"!--") => {
                    i += 4 + memchr::memmem::find(bytes.get(i + 4..)?, b"-->")? + 3;
                }
                b'!' if rest.starts_with(b"![CDATA[") => {
                    i += 9 + memchr::memmem::find(bytes.get(i + 9..)?, b"]]>")? + 3;
                }
                b'!' => return None,
                b'?' => i += 2 + memchr::memmem::find(bytes.get(i + 2..)?, b"?>")? + 2,
                _ => {
                    let after = rest.get(name.len()).copied();
                    if rest.starts_with(name)
                        && after.is_some_and(|b| is_space_byte(b) || b == b'/' || b == b'>')
                    {
                        let gt = tag_end(bytes, i + 1 + name.len())?;
                        if bytes[gt - 1] != b'/' {
                            depth += 1;
                        }
                        i = gt + 1;
                    } else {
                        i += 1;
                    }
                }
            }
        }
    }

    /// Consumes `n` bytes of quick-xml's input (read by the fast path).
    fn consume(&mut self, n: usize) {
        let rest = self.reader.get_mut();
        *rest = rest.get(n..).unwrap_or_default();
    }

    /// The name as a slice of the part. quick-xml's slice reader borrows every name from
    /// the part; a name that is not (never seen) is kept as an empty name, which fails the
    /// end-tag check instead of passing it.
    fn in_data(&self, name: &[u8]) -> &'a [u8] {
        let offset = (name.as_ptr() as usize).wrapping_sub(self.data.as_ptr() as usize);
        offset
            .checked_add(name.len())
            .and_then(|end| self.data.get(offset..end))
            .unwrap_or_default()
    }

    /// A cursor over `data` that starts reading at byte `start` (the content of an element
    /// read earlier): offsets in its errors count from the start of the part.
    pub(crate) fn starting_at(data: &'a [u8], start: usize, part: &'p str, max_depth: u32) -> Self {
        let mut xml = Xml::new(data, part, max_depth);
        xml.consume(start.min(data.len()));
        xml
    }

    /// Byte offset of the next unread byte.
    pub(crate) fn position(&self) -> usize {
        self.data.len() - self.reader.get_ref().len()
    }

    /// A "too deep" error at the current position.
    pub(crate) fn too_deep(&self) -> DocxError {
        DocxError::TooDeep {
            part: self.part.to_owned(),
            offset: self.position() as u64,
            limit: self.max_depth,
        }
    }

    /// A "table too large" error at the current position.
    pub(crate) fn table_too_large(&self, limit: usize) -> DocxError {
        DocxError::TableTooLarge {
            part: self.part.to_owned(),
            offset: self.position() as u64,
            limit,
        }
    }

    /// An XML error with `message` at the current position.
    pub(crate) fn error_here(&self, message: String) -> DocxError {
        self.error_at(self.position(), message)
    }

    fn error_at(&self, offset: usize, message: String) -> DocxError {
        DocxError::Xml {
            part: self.part.to_owned(),
            offset: offset as u64,
            message,
        }
    }

    fn xml_error(&self, e: &QxError, shift: u64) -> DocxError {
        DocxError::Xml {
            part: self.part.to_owned(),
            offset: self.reader.error_position() + shift,
            message: e.to_string(),
        }
    }
}

/// The `>` that closes a tag, searched from `from` (after its name): quoted attribute
/// values may hold `>`. A byte loop: tags are a few dozen bytes, shorter than a vector
/// search's set-up.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        match *bytes.get(i)? {
            b'>' => return Some(i),
            quote @ (b'"' | b'\'') => {
                i += 1 + bytes.get(i + 1..)?.iter().position(|&b| b == quote)?;
            }
            _ => {}
        }
        i += 1;
    }
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
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
