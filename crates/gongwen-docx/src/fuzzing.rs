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

/// Panics unless skipping elements finds the same ends with the byte search as event by
/// event: for `max_starts` start tags spread over `data` (when quick-xml alone
/// reads all of it without an error, and no tag holds a `<`), the events after a skip of
/// that element are the same either way.
pub fn skips_agree(data: &[u8], max_starts: usize) {
    let (all, error) = events(data, false, 256);
    // The byte search relies on what XML requires and quick-xml does not check: no `<`
    // inside a tag (in an attribute value, say). Such input is left out.
    let lt_in_tag = all.iter().any(|e| match e {
        Ev::Start(tag, _) | Ev::Empty(tag, _) | Ev::End(tag) => tag.contains('<'),
        _ => false,
    });
    if error.is_some() || lt_in_tag {
        return;
    }
    let starts = all.iter().filter(|e| matches!(e, Ev::Start(..))).count();
    let stride = starts.div_ceil(max_starts.max(1)).max(1);
    for k in (0..starts).step_by(stride) {
        let after_skip = |fast: bool| {
            let mut xml = if fast {
                Xml::new(data, "part.xml", 256)
            } else {
                Xml::without_fast_path(data, "part.xml", 256)
            };
            let mut seen = 0;
            loop {
                match xml.next() {
                    Ok(Event::Start(_)) if seen == k => break,
                    Ok(Event::Start(_)) => seen += 1,
                    Ok(Event::Eof) | Err(_) => return (Vec::new(), Some("lost".to_owned())),
                    Ok(_) => {}
                }
            }
            if let Err(e) = xml.skip() {
                return (Vec::new(), Some(e.to_string()));
            }
            let mut rest = Vec::new();
            loop {
                match xml.next() {
                    Ok(Event::Eof) => return (rest, None),
                    Ok(Event::Start(e)) => rest.push(Ev::Start(e.to_string(), 0)),
                    Ok(Event::End(e)) => rest.push(Ev::End(e.name().as_ref().to_owned())),
                    Ok(_) => rest.push(Ev::Other),
                    Err(e) => return (rest, Some(e.to_string())),
                }
            }
        };
        assert_eq!(
            after_skip(true),
            after_skip(false),
            "skipping start tag #{k} of {:?}",
            String::from_utf8_lossy(data)
        );
    }
}
