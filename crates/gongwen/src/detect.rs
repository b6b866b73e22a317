//! What a file is: the one place that tells formats apart, by content first (the table
//! of signatures in `magic.rs`, the look into zip archives in `zip.rs`, markup that opens
//! a web page in `html.rs`), then by name. The .doc reader, which has to open an OLE file
//! anyway, tells Word documents from Excel and PowerPoint files; `reader_errors.rs` gives
//! those errors their format.

mod html;
mod magic;
mod zip;

use std::path::Path;

use crate::{Error, ErrorKind, Format, UnsupportedFormat};

/// What the formats gongwen reads are, for messages.
const READS: &str = ".txt, .docx, .doc/.wps and .html";

/// How many bytes [`detect_path`] reads from the start of a file.
const HEAD_BYTES: u64 = 4096;

/// What [`detect`] makes of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detection {
    /// A format gongwen reads.
    Format(Format),
    /// A format gongwen recognises and does not read.
    Unsupported(UnsupportedFormat),
    /// No known signature and no known extension: perhaps text, perhaps not a document at
    /// all. [`detect_format`] and the parse functions try it as text; `gongwen batch`
    /// skips such a file unless it is named like a document.
    Unknown,
}

/// What a file is, by its content first, then by its extension.
///
/// In order:
///
/// 1. a zip archive is looked into (its central directory): a Word document (`word/`
///    parts) is [`Format::Docx`]; `OFD.xml` is OFD; a `mimetype` entry naming
///    OpenDocument is .odt/.ods/.odp; `xl/` and `ppt/` parts are .xlsx and .pptx; another
///    Office Open XML package is left to the .docx reader (which says it has no document
///    part); any other archive is a zip archive. A zip that cannot be opened is what its
///    extension says, else .docx (the reader says what is wrong);
/// 2. an OLE compound file is [`Format::Doc`]: the .doc reader opens it, and refuses an
///    Excel or PowerPoint file or another OLE file with an error naming its format
///    ([`Error::unsupported_format`]);
/// 3. a signature from the table of other formats: PDF, RTF, PNG, JPEG, GIF, BMP, TIFF,
///    WebP, 7z, RAR, gzip;
/// 4. markup that opens an HTML page — the first markup after a byte order mark, white
///    space, comments and an XML declaration is `<!DOCTYPE html`, `<html`, `<head` or
///    `<meta` — is [`Format::Html`] whatever the file's name (sites serve pages named
///    .doc, and "save as" gives .txt); a text that only mentions `<html` further on is no
///    page;
/// 5. a file named .doc, .wps, .dot or .wpt is [`Format::Doc`], unless it starts with
///    markup holding `<html` near its start ([`Format::Html`]: Word's "save as web page"
///    under a .doc name) or is a MIME HTML archive (.mht, not read);
/// 6. the extension: .txt, .docx/.docm/.dotx/.dotm, .html/.htm/.shtml/.xhtml, and those of
///    the formats above (.ofd, .pdf, .xlsx, .et, .pptx, .png, .zip …);
/// 7. otherwise [`Detection::Unknown`].
///
/// ```
/// use gongwen::{Detection, Format, UnsupportedFormat};
/// use std::path::Path;
///
/// assert_eq!(gongwen::detect(b"%PDF-1.7", None), Detection::Unsupported(UnsupportedFormat::Pdf));
/// assert_eq!(gongwen::detect("通知".as_bytes(), Some(Path::new("a.txt"))), Detection::Format(Format::Txt));
/// assert_eq!(gongwen::detect("通知".as_bytes(), Some(Path::new("a.md"))), Detection::Unknown);
/// assert_eq!(gongwen::detect(b"", Some(Path::new("scan.ofd"))), Detection::Unsupported(UnsupportedFormat::Ofd));
/// assert_eq!(gongwen::detect(b"<!DOCTYPE html><html>", Some(Path::new("a.doc"))), Detection::Format(Format::Html));
/// ```
pub fn detect(bytes: &[u8], path: Option<&Path>) -> Detection {
    let ext = extension(path);
    let ext = ext.as_deref();
    if is_zip(bytes) {
        return zip::classify(std::io::Cursor::new(bytes), ext);
    }
    if bytes.starts_with(&gongwen_doc::OLE_SIGNATURE) {
        return Detection::Format(Format::Doc);
    }
    if let Some(format) = magic::sniff(bytes) {
        return Detection::Unsupported(format);
    }
    if html::opens_page(bytes) {
        return Detection::Format(Format::Html);
    }
    if ext.is_some_and(is_word_binary_name) {
        return match html::sniff_word_web_page(bytes) {
            Some(html::WordWebPage::Mime) => Detection::Unsupported(UnsupportedFormat::Mht),
            // A web page saved by Word under a .doc name is read as the page it is.
            Some(html::WordWebPage::Html) => Detection::Format(Format::Html),
            // The reader says what is wrong with a file named .doc that is no OLE file.
            None => Detection::Format(Format::Doc),
        };
    }
    match ext {
        Some("txt") => Detection::Format(Format::Txt),
        Some("docx" | "docm" | "dotx" | "dotm") => Detection::Format(Format::Docx),
        Some("html" | "htm" | "shtml" | "xhtml") => Detection::Format(Format::Html),
        Some(ext) => UnsupportedFormat::from_extension(ext)
            .map_or(Detection::Unknown, Detection::Unsupported),
        None => Detection::Unknown,
    }
}

/// What the file at `path` is ([`detect`]), reading only its first bytes (and, for a zip
/// archive, its central directory): cheap on a large file that is no document.
///
/// Fails with the kind `io` when the file cannot be read, `is_a_directory` for a folder.
pub fn detect_path(path: impl AsRef<Path>) -> Result<Detection, Error> {
    use std::io::{Read, Seek};
    let path = path.as_ref();
    let at = |e: Error| e.at(Some(path));
    let mut file = std::fs::File::open(path).map_err(|e| at(Error::io(e)))?;
    if file.metadata().map_err(|e| at(Error::io(e)))?.is_dir() {
        return Err(at(Error::new(
            ErrorKind::IsADirectory,
            "is a directory, not a file",
        )));
    }
    let mut head = Vec::with_capacity(HEAD_BYTES as usize);
    (&mut file)
        .take(HEAD_BYTES)
        .read_to_end(&mut head)
        .map_err(|e| at(Error::io(e)))?;
    if is_zip(&head) {
        file.rewind().map_err(|e| at(Error::io(e)))?;
        let ext = extension(Some(path));
        return Ok(zip::classify(std::io::BufReader::new(file), ext.as_deref()));
    }
    Ok(detect(&head, Some(path)))
}

/// The format of an input ([`detect`]): a format gongwen does not read is an error of the
/// kind `unsupported_format` naming it ([`Error::unsupported_format`]), and an input
/// detection does not know is taken as text (the text reader refuses binary data
/// plainly).
///
/// The error has no path: the caller knows it.
pub fn detect_format(bytes: &[u8], path: Option<&Path>) -> Result<Format, Error> {
    match detect(bytes, path) {
        Detection::Format(format) => Ok(format),
        Detection::Unsupported(format) => Err(refusal(format, path)),
        Detection::Unknown => Ok(Format::Txt),
    }
}

fn is_zip(bytes: &[u8]) -> bool {
    // A local file header, or the end of an empty archive.
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The lowercase extension of `path`.
fn extension(path: Option<&Path>) -> Option<String> {
    path.and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The extensions of the formats gongwen reads, other than Word binary names.
fn reads_by_name(ext: &str) -> bool {
    matches!(
        ext,
        "txt" | "docx" | "docm" | "dotx" | "dotm" | "html" | "htm" | "shtml" | "xhtml"
    )
}

/// The names of Word 97-2003 and WPS Writer files and templates.
fn is_word_binary_name(ext: &str) -> bool {
    matches!(ext, "doc" | "wps" | "dot" | "wpt")
}

/// The error for a file in `format`, which gongwen does not read: "OFD (GB/T 33190) is
/// not supported yet (gongwen reads …)", saying so when the file's name claims a format
/// gongwen reads ("PDF (the file is named .docx) is …").
pub(crate) fn refusal(format: UnsupportedFormat, path: Option<&Path>) -> Error {
    let ext = extension(path);
    let named = match ext.as_deref() {
        Some(ext)
            if is_word_binary_name(ext)
                && matches!(format, UnsupportedFormat::Rtf | UnsupportedFormat::Mht) =>
        {
            format!(
                " (the file is named like a Word .doc but {})",
                format.as_found()
            )
        }
        Some(ext) if is_word_binary_name(ext) || reads_by_name(ext) => {
            format!(" (the file is named .{ext})")
        }
        _ => String::new(),
    };
    Error::new(
        ErrorKind::UnsupportedFormat,
        format!(
            "{}{named} is not supported yet (gongwen reads {READS})",
            format.name()
        ),
    )
    .in_format(format)
}

/// A format of the model that has no reader in this build.
pub(crate) fn unsupported(what: &str) -> Error {
    Error::new(
        ErrorKind::UnsupportedFormat,
        format!("{what} is not supported yet (gongwen reads {READS})"),
    )
}

#[cfg(test)]
mod tests {
    use gongwen_testkit::zipkit::{self, zip_parts};

    use super::*;

    fn refused(bytes: &[u8], name: Option<&str>) -> (ErrorKind, String) {
        match detect_format(bytes, name.map(Path::new)) {
            Err(e) => (e.kind(), e.message().to_owned()),
            Ok(f) => panic!("{f:?} for {bytes:?}"),
        }
    }

    fn code(bytes: &[u8], name: Option<&str>) -> &'static str {
        match detect(bytes, name.map(Path::new)) {
            Detection::Format(f) => f.as_str(),
            Detection::Unsupported(u) => u.code(),
            Detection::Unknown => "unknown",
        }
    }

    #[test]
    fn magic_wins_over_extension() {
        // Not a readable zip: the .docx reader says what is wrong.
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
            refused(b"%PDF-1.7", None),
            (
                ErrorKind::UnsupportedFormat,
                "PDF is not supported yet (gongwen reads .txt, .docx, .doc/.wps and .html)".into()
            )
        );
        assert_eq!(
            refused(b"%PDF-1.7", Some("notice.docx")).1,
            "PDF (the file is named .docx) is not supported yet (gongwen reads .txt, .docx, \
             .doc/.wps and .html)"
        );
        // A signature wins over a web page's name.
        assert_eq!(code(b"%PDF-1.7", Some("a.html")), "pdf");
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
        assert_eq!(html("<!DOCTYPE html>\n<html>"), Some(Format::Html));
        assert_eq!(
            html("<meta charset=\"gbk\"><p>通知</p>"),
            Some(Format::Html)
        );
        // Text that mentions markup is text.
        assert_eq!(
            html("关于网站改版的通知\n页面以<html>开头……"),
            Some(Format::Txt)
        );
        assert_eq!(html("<p>a fragment</p>"), Some(Format::Txt));
        assert_eq!(code(b"<p>a fragment</p>", None), "unknown");
        // By name: the fragment above is a page when named so.
        for name in ["a.html", "a.HTM", "a.shtml", "a.xhtml"] {
            assert_eq!(
                detect_format(b"<p>a fragment</p>", Some(Path::new(name))).ok(),
                Some(Format::Html),
                "{name}"
            );
        }
        // Markup opening a page wins over the name: a page saved as .txt, served as .pdf.
        for name in ["a.txt", "a.pdf", "a.md"] {
            assert_eq!(
                detect_format(b"<html><body>x</body></html>", Some(Path::new(name))).ok(),
                Some(Format::Html),
                "{name}"
            );
        }
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
            (
                b"{\\rtf1\\ansi",
                "RTF (the file is named like a Word .doc but holds RTF) is not supported yet",
            ),
            (
                b"MIME-Version: 1.0\r\nContent-Type: multipart/related;",
                "MIME HTML (.mht) (the file is named like a Word .doc but is a single-file web \
                 page, .mht) is not supported yet",
            ),
        ];
        for (bytes, start) in cases {
            let (kind, message) = refused(bytes, Some("通知.doc"));
            assert_eq!(kind, ErrorKind::UnsupportedFormat);
            assert!(message.starts_with(start), "{message:?} for {bytes:?}");
        }
        assert_eq!(code(cases[1].0, Some("通知.wps")), "mht");
        // Not named .doc: an RTF file is plainly RTF, a MIME header is text.
        assert!(
            refused(b"{\\rtf1", Some("a.txt"))
                .1
                .starts_with("RTF (the file is named .txt) is not supported yet")
        );
        assert_eq!(
            detect_format(b"MIME-Version: 1.0\r\n", Some(Path::new("a.txt"))).ok(),
            Some(Format::Txt)
        );
    }

    #[test]
    fn zip_archives_by_what_they_hold() {
        let stored = |parts: &[(&str, &[u8])]| zip_parts(parts, false);
        let ct = zipkit::CONTENT_TYPES.as_bytes();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (zipkit::minimal_docx(b"<w:document/>"), "docx"),
            // The main part alone, without [Content_Types].xml.
            (stored(&[("word/document.xml", b"<w:document/>")]), "docx"),
            (
                stored(&[("OFD.xml", b"<ofd:OFD/>"), ("Doc_0/Document.xml", b"")]),
                "ofd",
            ),
            (stored(&[("/ofd.XML", b"")]), "ofd"),
            (
                stored(&[
                    ("mimetype", b"application/vnd.oasis.opendocument.text"),
                    ("content.xml", b""),
                ]),
                "odt",
            ),
            (
                stored(&[(
                    "mimetype",
                    b"application/vnd.oasis.opendocument.spreadsheet",
                )]),
                "ods",
            ),
            (
                stored(&[(
                    "mimetype",
                    b"application/vnd.oasis.opendocument.presentation",
                )]),
                "odp",
            ),
            (
                stored(&[("mimetype", b"application/vnd.oasis.opendocument.graphics")]),
                "odf",
            ),
            // An EPUB also starts with a mimetype: an archive.
            (stored(&[("mimetype", b"application/epub+zip")]), "zip"),
            (
                stored(&[("[Content_Types].xml", ct), ("xl/workbook.xml", b"")]),
                "xlsx",
            ),
            (stored(&[("xl/workbook.xml", b"")]), "xlsx"),
            (
                stored(&[("[Content_Types].xml", ct), ("ppt/presentation.xml", b"")]),
                "pptx",
            ),
            // An Office package without a known main part: the .docx reader says so.
            (
                stored(&[("[Content_Types].xml", ct), ("docProps/app.xml", b"")]),
                "docx",
            ),
            // A folder that happens to be named word/ in a plain archive.
            (
                stored(&[("word/notes.txt", b"x"), ("photo.jpg", b"")]),
                "zip",
            ),
            (stored(&[("通知.docx", b"PK")]), "zip"),
            (zip_parts::<&str, &[u8]>(&[], false), "zip"),
        ];
        for (bytes, want) in &cases {
            assert_eq!(code(bytes, None), *want, "{:?}", zipkit::unzip_parts(bytes));
            // The name does not matter when the archive can be read.
            assert_eq!(code(bytes, Some("a.docx")), *want);
        }
        // Cut short: the name decides, else the .docx reader says what is wrong.
        let ofd = &cases[2].0;
        let cut = &ofd[..ofd.len() - 10];
        assert_eq!(code(cut, Some("发票.ofd")), "ofd");
        assert_eq!(code(cut, Some("a.zip")), "zip");
        assert_eq!(code(cut, Some("a.bin")), "docx");
    }

    #[test]
    fn extensions_when_the_content_says_nothing() {
        for (name, want) in [
            ("a.txt", "txt"),
            ("a.DOCX", "docx"),
            ("a.docm", "docx"),
            ("a.ofd", "ofd"),
            ("a.pdf", "pdf"),
            ("a.xlsx", "xlsx"),
            ("a.et", "xls"),
            ("a.jpg", "jpeg"),
            ("a.html", "html"),
            ("a.htm", "html"),
            ("a.shtml", "html"),
            ("a.xhtml", "html"),
            ("a.mht", "mht"),
            ("a.md", "unknown"),
            ("README", "unknown"),
        ] {
            assert_eq!(code(b"some bytes", Some(name)), want, "{name}");
        }
        assert_eq!(code(b"some bytes", None), "unknown");
    }

    #[test]
    fn detect_path_reads_only_what_it_needs() {
        let dir = std::env::temp_dir().join(format!("gongwen-detect-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let ofd = zip_parts(&[("OFD.xml", b"<ofd:OFD/>")], true);
        let files: [(&str, &[u8], &str); 4] = [
            ("a.bin", &ofd, "ofd"),
            ("b.docx", &zipkit::minimal_docx(b"<w:document/>"), "docx"),
            ("scan.jpg", b"\xFF\xD8\xFF\xE0", "jpeg"),
            ("notes.md", b"# notes", "unknown"),
        ];
        for (name, bytes, want) in files {
            let path = dir.join(name);
            std::fs::write(&path, bytes).expect("write");
            let got = match detect_path(&path).expect("detects") {
                Detection::Format(f) => f.as_str(),
                Detection::Unsupported(u) => u.code(),
                _ => "unknown",
            };
            assert_eq!(got, want, "{name}");
        }
        let err = detect_path(&dir).expect_err("a folder");
        assert_eq!(err.code(), "is_a_directory");
        let err = detect_path(dir.join("missing")).expect_err("no file");
        assert_eq!(err.code(), "io");
        assert_eq!(err.path(), Some(dir.join("missing").as_path()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn unsupported_errors_carry_their_format() {
        let err = detect_format(b"Rar!\x1A\x07\x00", Some(Path::new("材料.rar")))
            .expect_err("an archive");
        assert_eq!(err.code(), "unsupported_format");
        assert_eq!(err.unsupported_format(), Some(UnsupportedFormat::Rar));
        assert_eq!(
            err.message(),
            "RAR archive is not supported yet (gongwen reads .txt, .docx, .doc/.wps and .html)"
        );
    }
}
