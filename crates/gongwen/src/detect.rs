use std::path::Path;

use crate::{Error, ErrorKind, Format};

/// The format of an input: magic bytes first, then markup that opens an HTML page, then the
/// file extension, then plain text.
///
/// A zip archive is taken for .docx (the reader then says if it holds no document), and
/// an OLE compound file for a Word binary .doc/.wps (the reader then says if it is an
/// Excel or PowerPoint file, an encrypted document or another OLE file).
///
/// A file whose first markup (after a byte-order mark, white space, comments and an XML
/// declaration) is `<!DOCTYPE html`, `<html`, `<head` or `<meta` is a web page whatever its
/// name (sites serve pages named .doc, and save-as gives .txt); a text that only mentions
/// `<html` further on is text. Files named .html, .htm, .shtml or .xhtml are web pages too,
/// and so is a file named .doc, .wps, .dot or .wpt that starts with markup and holds
/// `<html` near its start (Word's "save as web page" under a .doc name). Such a file that
/// is really RTF or MIME HTML (.mht) is named plainly in the error; other known formats
/// gongwen does not read are refused with an error that says what they are.
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
    if opens_html(bytes) {
        return Ok(Format::Html);
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
        return match sniff_word_web_page(bytes) {
            Some(WebPage::Mime) => Err(unsupported(
                "MIME HTML (the file is named like a Word .doc but is a single-file web page, \
                 .mht)",
            )),
            // A web page saved by Word under a .doc name is read as the page it is.
            Some(WebPage::Html) => Ok(Format::Html),
            // The reader says what is wrong with a file named .doc that is no OLE file.
            None => Ok(Format::Doc),
        };
    }
    match ext.as_deref() {
        Some("docx" | "docm" | "dotx") => Ok(Format::Docx),
        Some("html" | "htm" | "shtml" | "xhtml") => Ok(Format::Html),
        Some("pdf") => Err(unsupported("PDF")),
        Some("ofd") => Err(unsupported("OFD")),
        // Anything else is tried as text; the decoder refuses binary data plainly.
        _ => Ok(Format::Txt),
    }
}

/// A format gongwen does not read (yet).
pub(crate) fn unsupported(what: &str) -> Error {
    Error::new(
        ErrorKind::UnsupportedFormat,
        format!(
            "{what} is not a supported format (gongwen reads .txt, .docx, .doc/.wps and .html)"
        ),
    )
}

/// True when the first markup of `bytes` opens an HTML page.
fn opens_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    // UTF-16 pages: look at the ASCII of their code units.
    let narrowed: Vec<u8>;
    let mut s: &[u8] = if let Some(rest) = head.strip_prefix(&[0xFF, 0xFE]) {
        narrowed = rest
            .chunks_exact(2)
            .map(|u| if u[1] == 0 { u[0] } else { 0x80 })
            .collect();
        &narrowed
    } else if let Some(rest) = head.strip_prefix(&[0xFE, 0xFF]) {
        narrowed = rest
            .chunks_exact(2)
            .map(|u| if u[0] == 0 { u[1] } else { 0x80 })
            .collect();
        &narrowed
    } else {
        head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head)
    };
    loop {
        s = s.trim_ascii_start();
        if let Some(rest) = s.strip_prefix(b"<!--") {
            match rest.windows(3).position(|w| w == b"-->") {
                Some(end) => s = &rest[end + 3..],
                None => return false,
            }
        } else if let Some(rest) = s.strip_prefix(b"<?") {
            match rest.windows(2).position(|w| w == b"?>") {
                Some(end) => s = &rest[end + 2..],
                None => return false,
            }
        } else {
            break;
        }
    }
    let starts = |prefix: &[u8]| {
        s.len() > prefix.len()
            && s[..prefix.len()].eq_ignore_ascii_case(prefix)
            && matches!(
                s[prefix.len()],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/'
            )
    };
    starts(b"<!doctype") && s.len() > 14 && s[10..14].eq_ignore_ascii_case(b"html")
        || starts(b"<html")
        || starts(b"<head")
        || starts(b"<meta")
}

/// What kind of web page a file named .doc holds, beyond one [`opens_html`] already took.
enum WebPage {
    Html,
    Mime,
}

/// Looks at the start of a file named .doc (after a byte order mark and white space) for a
/// MIME HTML archive, or for markup holding `<html` near its start, as Word writes when it
/// saves a "web page" named .doc. Looser than [`opens_html`] because the name already says
/// a document, not a text, was meant.
fn sniff_word_web_page(bytes: &[u8]) -> Option<WebPage> {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = head.get(start..)?.to_ascii_lowercase();
    if head.starts_with(b"mime-version:")
        || (head.starts_with(b"content-") && contains(&head, b"multipart/related"))
    {
        return Some(WebPage::Mime);
    }
    if head.starts_with(b"<") && contains(&head, b"<html") {
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
        assert_eq!(
            detect_format(&ole, Some(Path::new("a.html"))).ok(),
            Some(Format::Doc)
        );
        assert_eq!(detect_format(&ole, None).ok(), Some(Format::Doc));
        assert_eq!(
            detect_format("通知".as_bytes(), Some(Path::new("a"))).ok(),
            Some(Format::Txt)
        );
        assert_eq!(
            refused(b"%PDF-1.7", Some("a.html")),
            (
                ErrorKind::UnsupportedFormat,
                "PDF is not a supported format (gongwen reads .txt, .docx, .doc/.wps and .html)"
                    .into()
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
        // Markup that opens no page and never says <html is no web page.
        assert_eq!(
            detect_format(b"<p>a fragment</p>", Some(Path::new("a.doc"))).ok(),
            Some(Format::Doc)
        );
    }

    #[test]
    fn web_pages_by_content_and_by_name() {
        let html = |s: &str| detect_format(s.as_bytes(), None).ok();
        let cases = [
            ("<!DOCTYPE html>\n<html>", Some(Format::Html)),
            (
                "\u{feff}  <!doctype HTML PUBLIC \"-//W3C//DTD XHTML 1.0\">",
                Some(Format::Html),
            ),
            (
                "<HTML xmlns=\"http://www.w3.org/1999/xhtml\">",
                Some(Format::Html),
            ),
            (
                "<!-- saved from url=(0041)http://x.gov.cn/ -->\r\n<html>",
                Some(Format::Html),
            ),
            (
                "<?xml version=\"1.0\"?>\n<!DOCTYPE html>",
                Some(Format::Html),
            ),
            ("<meta charset=\"gbk\"><p>通知</p>", Some(Format::Html)),
            ("<head><title>x</title></head>", Some(Format::Html)),
            // Text that mentions markup is text.
            ("关于网站改版的通知\n页面以<html>开头……", Some(Format::Txt)),
            ("<htmlx>", Some(Format::Txt)),
            ("<!DOCTYPE svg>", Some(Format::Txt)),
            ("<!-- never closed <html>", Some(Format::Txt)),
            ("<p>a fragment</p>", Some(Format::Txt)),
        ];
        for (input, want) in cases {
            assert_eq!(html(input), want, "{input:?}");
        }
        // UTF-16LE with a BOM.
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "<html><body>通知".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(detect_format(&utf16, None).ok(), Some(Format::Html));
        // By name: the fragment above is a page when named so.
        for name in ["a.html", "a.HTM", "a.shtml", "a.xhtml"] {
            assert_eq!(
                detect_format(b"<p>a fragment</p>", Some(Path::new(name))).ok(),
                Some(Format::Html),
                "{name}"
            );
        }
        // Markup opening a page wins over a .txt name (a page saved as text).
        assert_eq!(
            detect_format(b"<html><body>x</body></html>", Some(Path::new("a.txt"))).ok(),
            Some(Format::Html)
        );
    }

    #[test]
    fn web_pages_named_doc_are_read_as_html() {
        let pages: [&[u8]; 4] = [
            b"<html><body>x</body></html>",
            b"\xEF\xBB\xBF<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">",
            b"\r\n<!DOCTYPE html><html>",
            // Markup before <html> that opens no page: the .doc name lets the looser test
            // take it.
            b"<xml><o:DocumentProperties></o:DocumentProperties></xml>\r\n<html>",
        ];
        for bytes in pages {
            for name in ["通知.doc", "通知.wps", "a.DOT", "a.wpt"] {
                assert_eq!(
                    detect_format(bytes, Some(Path::new(name))).ok(),
                    Some(Format::Html),
                    "{name}: {bytes:?}"
                );
            }
        }
        // Not named .doc, the looser test does not apply: the last one is text.
        assert_eq!(
            detect_format(pages[3], Some(Path::new("a.txt"))).ok(),
            Some(Format::Txt)
        );
    }

    #[test]
    fn rtf_and_mime_html_named_doc_are_named_plainly() {
        let cases: [(&[u8], &str); 2] = [
            (b"{\\rtf1\\ansi", "RTF (the file is named like a Word .doc"),
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
        // Not named .doc: an RTF file is plainly RTF, a MIME header is text.
        assert!(
            refused(b"{\\rtf1", Some("a.txt"))
                .1
                .starts_with("RTF is not")
        );
        assert_eq!(
            detect_format(b"MIME-Version: 1.0\r\n", Some(Path::new("a.txt"))).ok(),
            Some(Format::Txt)
        );
    }
}
