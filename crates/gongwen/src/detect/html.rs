//! Web pages by their content: markup that opens an HTML page wins over a file's name
//! (sites serve pages named .doc, and "save as" gives .txt), and Word's "save as web page"
//! under a .doc name is told from a Word binary and from a MIME HTML archive.

/// How far into a file [`opens_page`] looks (comments and an XML declaration included).
const PAGE_HEAD: usize = 2048;
/// How far into a file named .doc [`sniff_word_web_page`] looks.
const WORD_HEAD: usize = 1024;

/// True when the first markup of `bytes` opens an HTML page: after a byte order mark
/// (UTF-8, or UTF-16 in either order), white space, comments and an XML declaration comes
/// `<!DOCTYPE html`, `<html`, `<head` or `<meta`. A text that only mentions `<html`
/// further on is text.
pub(super) fn opens_page(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(PAGE_HEAD)];
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

/// What kind of web page a file named .doc holds, beyond one [`opens_page`] already took.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum WordWebPage {
    /// Markup holding `<html`: read as HTML.
    Html,
    /// A MIME HTML archive (.mht): not read.
    Mime,
}

/// Looks at the start of a file named .doc (after a byte order mark and white space) for a
/// MIME HTML archive, or for markup holding `<html` near its start, as Word writes when it
/// saves a "web page" named .doc. Looser than [`opens_page`] because the name already says
/// a document, not a text, was meant.
pub(super) fn sniff_word_web_page(bytes: &[u8]) -> Option<WordWebPage> {
    let head = &bytes[..bytes.len().min(WORD_HEAD)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = head.get(start..)?.to_ascii_lowercase();
    if head.starts_with(b"mime-version:")
        || (head.starts_with(b"content-") && contains(&head, b"multipart/related"))
    {
        return Some(WordWebPage::Mime);
    }
    if head.starts_with(b"<") && contains(&head, b"<html") {
        return Some(WordWebPage::Html);
    }
    None
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_open_with_their_first_markup() {
        let cases = [
            ("<!DOCTYPE html>\n<html>", true),
            (
                "\u{feff}  <!doctype HTML PUBLIC \"-//W3C//DTD XHTML 1.0\">",
                true,
            ),
            ("<HTML xmlns=\"http://www.w3.org/1999/xhtml\">", true),
            (
                "<!-- saved from url=(0041)http://x.gov.cn/ -->\r\n<html>",
                true,
            ),
            ("<?xml version=\"1.0\"?>\n<!DOCTYPE html>", true),
            ("<meta charset=\"gbk\"><p>通知</p>", true),
            ("<head><title>x</title></head>", true),
            // Text that mentions markup is text.
            ("关于网站改版的通知\n页面以<html>开头……", false),
            ("<htmlx>", false),
            ("<!DOCTYPE svg>", false),
            ("<!-- never closed <html>", false),
            ("<p>a fragment</p>", false),
            ("", false),
        ];
        for (input, want) in cases {
            assert_eq!(opens_page(input.as_bytes()), want, "{input:?}");
        }
        for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
            let mut utf16 = bom.to_vec();
            for u in "<html><body>通知".encode_utf16() {
                utf16.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            assert!(opens_page(&utf16), "{bom:?}");
        }
    }

    #[test]
    fn word_web_pages_and_mime_archives() {
        let cases: [(&[u8], Option<WordWebPage>); 6] = [
            (
                b"<xml><o:DocumentProperties></o:DocumentProperties></xml>\r\n<html>",
                Some(WordWebPage::Html),
            ),
            (b"\xEF\xBB\xBF <HTML>", Some(WordWebPage::Html)),
            (
                b"MIME-Version: 1.0\r\nContent-Type: multipart/related;",
                Some(WordWebPage::Mime),
            ),
            (
                b"Content-Type: multipart/related; boundary=x",
                Some(WordWebPage::Mime),
            ),
            (b"<p>a fragment</p>", None),
            (b"garbage", None),
        ];
        for (bytes, want) in cases {
            assert_eq!(sniff_word_web_page(bytes), want, "{bytes:?}");
        }
    }
}
