use std::path::Path;

use crate::{Error, ErrorKind, Format};

/// Where HTML content goes: `None` until the HTML reader lands (branch `html`), then
/// `Some(Format::Html)`. A .doc that is really a web page (Word 2003's "save as web page",
/// common among government attachments) is then read as HTML; until then it is refused
/// with an error that says what it is. The one line to change at merge time.
const HTML_FORMAT: Option<Format> = None;

/// The format of an input: magic bytes first, then the file extension, then plain text.
///
/// A zip archive is taken for .docx (the reader then says if it holds no document), and
/// an OLE compound file for a Word binary .doc/.wps (the reader then says if it is an
/// Excel or PowerPoint file, an encrypted document or another OLE file). A file named
/// .doc, .wps, .dot or .wpt that is really RTF, HTML or MIME HTML is named plainly in
/// the error; other known binary formats are refused with an error that says what they
/// are.
///
/// The error has no path: the caller knows it.
pub fn detect_format(bytes: &[u8], path: Option<&Path>) -> Result<Format, Error> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Format::Docx);
    }
    if bytes.starts_with(&gongwen_doc::OLE_SIGNATURE) {
        return Ok(Format::Doc);
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(unsupported("PDF"));
    }
    let ext = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let word_name = matches!(ext.as_deref(), Some("doc" | "wps" | "dot" | "wpt"));
    if bytes.starts_with(b"{\\rtf") {
        return Err(unsupported(if word_name {
            "RTF (the file is named like a Word .doc but holds RTF)"
        } else {
            "RTF"
        }));
    }
    if word_name {
        return match sniff_web_page(bytes) {
            Some(WebPage::Mime) => Err(unsupported(
                "MIME HTML (the file is named like a Word .doc but is a single-file web page, \
                 .mht)",
            )),
            Some(WebPage::Html) => HTML_FORMAT.ok_or_else(|| {
                unsupported(
                    "HTML (the file is named like a Word .doc but is a web page saved by Word)",
                )
            }),
            // The reader says what is wrong with a file named .doc that is no OLE file.
            None => Ok(Format::Doc),
        };
    }
    match ext.as_deref() {
        Some("docx" | "docm" | "dotx") => Ok(Format::Docx),
        Some("pdf") => Err(unsupported("PDF")),
        Some("ofd") => Err(unsupported("OFD")),
        Some("html" | "htm") => HTML_FORMAT.ok_or_else(|| unsupported("HTML")),
        // Anything else is tried as text; the decoder refuses binary data plainly.
        _ => Ok(Format::Txt),
    }
}

/// A format gongwen does not read (yet).
pub(crate) fn unsupported(what: &str) -> Error {
    Error::new(
        ErrorKind::UnsupportedFormat,
        format!("{what} is not a supported format (gongwen reads .txt, .docx and .doc/.wps)"),
    )
}

/// What kind of web page a file named .doc holds.
enum WebPage {
    Html,
    Mime,
}

/// Looks at the start of a file (after a byte order mark and white space) for an HTML
/// page or a MIME HTML archive, as Word writes when it saves a "web page" named .doc.
fn sniff_web_page(bytes: &[u8]) -> Option<WebPage> {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = head.get(start..)?.to_ascii_lowercase();
    if head.starts_with(b"mime-version:")
        || (head.starts_with(b"content-") && contains(&head, b"multipart/related"))
    {
        return Some(WebPage::Mime);
    }
    if head.starts_with(b"<html")
        || head.starts_with(b"<!doctype html")
        || (head.starts_with(b"<") && contains(&head, b"<html"))
    {
        return Some(WebPage::Html);
    }
    None
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(bytes: &[u8], name: Option<&str>) -> (ErrorKind, String) {
        match detect_format(bytes, name.map(Path::new)) {
            Err(e) => (e.kind(), e.message().to_owned()),
            Ok(f) => panic!("{f:?} for {bytes:?}"),
        }
    }

    #[test]
    fn magic_wins_over_extension() {
        let zip = b"PK\x03\x04rest";
        assert_eq!(
            detect_format(zip, Some(Path::new("a.txt"))).ok(),
            Some(Format::Docx)
        );
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0];
        assert_eq!(
            detect_format(&ole, Some(Path::new("a.docx"))).ok(),
            Some(Format::Doc)
        );
        assert_eq!(detect_format(&ole, None).ok(), Some(Format::Doc));
        assert_eq!(
            detect_format("通知".as_bytes(), Some(Path::new("a"))).ok(),
            Some(Format::Txt)
        );
        assert_eq!(
            refused(b"%PDF-1.7", None),
            (
                ErrorKind::UnsupportedFormat,
                "PDF is not a supported format (gongwen reads .txt, .docx and .doc/.wps)".into()
            )
        );
    }

    #[test]
    fn word_extensions_are_doc() {
        for name in ["a.doc", "a.WPS", "a.dot", "a.wpt"] {
            assert_eq!(
                detect_format(b"garbage", Some(Path::new(name))).ok(),
                Some(Format::Doc),
                "{name}"
            );
        }
    }

    #[test]
    fn web_pages_and_rtf_named_doc_are_named_plainly() {
        let cases: [(&[u8], &str); 4] = [
            (b"{\\rtf1\\ansi", "RTF (the file is named like a Word .doc"),
            (
                b"\xEF\xBB\xBF<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">",
                "HTML",
            ),
            (b"\r\n<!DOCTYPE html><html>", "HTML"),
            (
                b"MIME-Version: 1.0\r\nContent-Type: multipart/related;",
                "MIME HTML",
            ),
        ];
        for (bytes, start) in cases {
            let (kind, message) = refused(bytes, Some("通知.doc"));
            assert_eq!(kind, ErrorKind::UnsupportedFormat);
            assert!(message.starts_with(start), "{message:?} for {bytes:?}");
        }
        // Not named .doc: an RTF file is plainly RTF, a page of text is text.
        assert!(
            refused(b"{\\rtf1", Some("a.txt"))
                .1
                .starts_with("RTF is not")
        );
        assert_eq!(
            detect_format(b"<html>", Some(Path::new("a.txt"))).ok(),
            Some(Format::Txt)
        );
    }
}
