//! Hooks for the fuzz targets (feature `fuzzing`; not a public API): the XML cursor's fast
//! path against quick-xml alone.

use quick_xml::events::Event;

use crate::xml::Xml;

/// One event, reduced to what the reader uses.
#[derive(Debug, PartialEq, Eq)]
pub enum Ev {
    /// A start tag: its text and the length of its name.
    Start(String, usize),
    /// An empty-element tag: its text and the length of its name.
    Empty(String, usize),
    /// An end tag's name.
    End(String),
    /// Text, line ends normalised.
    Text(String),
    /// An entity or character reference's name.
    Ref(String),
    /// Anything else (declaration, comment, CDATA, PI, DOCTYPE).
    Other,
    /// The end of the part.
    Eof,
}

/// Every event of `data` read by the cursor (fast path on or off), and the first error's
/// message if reading stopped at one.
pub fn events(data: &[u8], fast: bool, max_depth: u32) -> (Vec<Ev>, Option<String>) {
    let mut xml = if fast {
        Xml::new(data, "part.xml", max_depth)
    } else {
        Xml::without_fast_path(data, "part.xml", max_depth)
    };
    let mut out = Vec::new();
    loop {
        let event = match xml.next() {
            Ok(event) => event,
            Err(e) => return (out, Some(e.to_string())),
        };
        out.push(match event {
            Event::Start(e) => Ev::Start(e.to_string(), e.name().as_ref().len()),
            Event::Empty(e) => Ev::Empty(e.to_string(), e.name().as_ref().len()),
            Event::End(e) => Ev::End(e.name().as_ref().to_owned()),
            Event::Text(t) => Ev::Text(t.xml10_content().into_owned()),
            Event::GeneralRef(r) => Ev::Ref(r.to_string()),
            Event::Eof => {
                out.push(Ev::Eof);
                return (out, None);
            }
            _ => Ev::Other,
        });
    }
}

/// Panics unless the fast path and quick-xml alone read `data` to the same events and the
/// same error (message and byte offset), under a small and a default nesting limit.
pub fn xml_paths_agree(data: &[u8]) {
    for max_depth in [3, 256] {
        let slow = events(data, false, max_depth);
        let fast = events(data, true, max_depth);
        assert_eq!(
            fast,
            slow,
            "input: {:?} (max depth {max_depth})",
            String::from_utf8_lossy(data)
        );
    }
}
