use std::path::Path;

use crate::{ErrorKind, Format};

/// The format of an input: magic bytes first, then markup that opens an HTML page, then the
/// file extension, then plain text.
///
/// A zip archive is taken for .docx (the reader then says if it holds no document); an
/// OLE compound file (a legacy .doc or an encrypted Office file) and other known binary
/// formats are refused with an error that says what they are. A file whose first markup
/// (after a byte-order mark, white space, comments and an XML declaration) is
/// `<!DOCTYPE html`, `<html`, `<head` or `<meta` is a web page whatever its name (sites
/// serve pages named .doc, and save-as gives .txt); a text that only mentions `<html`
/// further on is text. Files named .html, .htm, .shtml or .xhtml are web pages too.
pub fn detect_format(bytes: &[u8], path: Option<&Path>) -> Result<Format, ErrorKind> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Format::Docx);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ErrorKind::LegacyOrEncrypted);
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(ErrorKind::Unsupported("PDF"));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ErrorKind::Unsupported("RTF"));
    }
    if opens_html(bytes) {
        return Ok(Format::Html);
    }
    let ext = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("docx" | "docm" | "dotx") => Ok(Format::Docx),
        Some("doc" | "wps") => Err(ErrorKind::LegacyOrEncrypted),
        Some("pdf") => Err(ErrorKind::Unsupported("PDF")),
        Some("ofd") => Err(ErrorKind::Unsupported("OFD")),
        Some("html" | "htm" | "shtml" | "xhtml") => Ok(Format::Html),
        // Anything else is tried as text; the decoder refuses binary data plainly.
        _ => Ok(Format::Txt),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_wins_over_extension() {
        let zip = b"PK\x03\x04rest";
        assert_eq!(
            detect_format(zip, Some(Path::new("a.txt"))).ok(),
            Some(Format::Docx)
        );
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0];
        assert!(matches!(
            detect_format(&ole, Some(Path::new("a.docx"))),
            Err(ErrorKind::LegacyOrEncrypted)
        ));
        assert_eq!(
            detect_format("通知".as_bytes(), Some(Path::new("a"))).ok(),
            Some(Format::Txt)
        );
        assert!(matches!(
            detect_format(b"%PDF-1.7", None),
            Err(ErrorKind::Unsupported("PDF"))
        ));
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
        // A page served under a .doc name is a page.
        assert_eq!(
            detect_format(b"<html><body>x</body></html>", Some(Path::new("a.doc"))).ok(),
            Some(Format::Html)
        );
    }
}
