//! What a file is: the one place that tells formats apart, by content first (the table
//! of signatures in `magic.rs`, the look into zip archives in `zip.rs`), then by name.
//! The .doc reader, which has to open an OLE file anyway, tells Word documents from
//! Excel and PowerPoint files; `reader_errors.rs` gives those errors their format.

mod magic;
mod zip;

use std::path::Path;

use crate::{Error, ErrorKind, Format, UnsupportedFormat};

/// Where HTML content goes: `None` until the HTML reader lands (branch `html`), then
/// `Some(Format::Html)`. A .doc that is really a web page (Word 2003's "save as web page",
/// common among government attachments) is then read as HTML; until then it is refused
/// with an error that says what it is. The one line to change at merge time.
const HTML_FORMAT: Option<Format> = None;

/// What the formats gongwen reads are, for messages.
const READS: &str = ".txt, .docx and .doc/.wps";

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
/// 4. a file named .doc, .wps, .dot or .wpt is [`Format::Doc`], unless it is an HTML page
///    or a MIME HTML archive (Word's "save as web page");
/// 5. the extension: .txt, .docx/.docm/.dotx/.dotm, and those of the formats above
///    (.ofd, .pdf, .xlsx, .et, .pptx, .png, .zip …);
/// 6. otherwise [`Detection::Unknown`].
///
/// ```
/// use gongwen::{Detection, Format, UnsupportedFormat};
/// use std::path::Path;
///
/// assert_eq!(gongwen::detect(b"%PDF-1.7", None), Detection::Unsupported(UnsupportedFormat::Pdf));
/// assert_eq!(gongwen::detect("通知".as_bytes(), Some(Path::new("a.txt"))), Detection::Format(Format::Txt));
/// assert_eq!(gongwen::detect("通知".as_bytes(), Some(Path::new("a.md"))), Detection::Unknown);
/// assert_eq!(gongwen::detect(b"", Some(Path::new("scan.ofd"))), Detection::Unsupported(UnsupportedFormat::Ofd));
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
    if ext.is_some_and(is_word_binary_name) {
        return match sniff_web_page(bytes) {
            Some(WebPage::Mime) => Detection::Unsupported(UnsupportedFormat::Mht),
            Some(WebPage::Html) => html(),
            // The reader says what is wrong with a file named .doc that is no OLE file.
            None => Detection::Format(Format::Doc),
        };
    }
    match ext {
        Some("txt") => Detection::Format(Format::Txt),
        Some("docx" | "docm" | "dotx" | "dotm") => Detection::Format(Format::Docx),
        Some("html" | "htm") => html(),
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

/// An HTML page: read once the HTML reader lands, named until then.
fn html() -> Detection {
    HTML_FORMAT.map_or(
        Detection::Unsupported(UnsupportedFormat::Html),
        Detection::Format,
    )
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
                && matches!(
                    format,
                    UnsupportedFormat::Rtf | UnsupportedFormat::Html | UnsupportedFormat::Mht
                ) =>
        {
            format!(
                " (the file is named like a Word .doc but {})",
                format.as_found()
            )
        }
        Some(ext)
            if is_word_binary_name(ext)
                || matches!(ext, "txt" | "docx" | "docm" | "dotx" | "dotm") =>
        {
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
        assert_eq!(detect_format(&ole, None).ok(), Some(Format::Doc));
        assert_eq!(
            detect_format("通知".as_bytes(), Some(Path::new("a"))).ok(),
            Some(Format::Txt)
        );
        assert_eq!(
            refused(b"%PDF-1.7", None),
            (
                ErrorKind::UnsupportedFormat,
                "PDF is not supported yet (gongwen reads .txt, .docx and .doc/.wps)".into()
            )
        );
        assert_eq!(
            refused(b"%PDF-1.7", Some("notice.docx")).1,
            "PDF (the file is named .docx) is not supported yet (gongwen reads .txt, .docx \
             and .doc/.wps)"
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
            (
                b"{\\rtf1\\ansi",
                "RTF (the file is named like a Word .doc but holds RTF)",
            ),
            (
                b"\xEF\xBB\xBF<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">",
                "HTML (the file is named like a Word .doc but is a web page saved by Word)",
            ),
            (b"\r\n<!DOCTYPE html><html>", "HTML"),
            (
                b"MIME-Version: 1.0\r\nContent-Type: multipart/related;",
                "MIME HTML (.mht) (the file is named like a Word .doc but is a single-file",
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
                .starts_with("RTF (the file is named .txt) is not supported yet")
        );
        assert_eq!(
            detect_format(b"<html>", Some(Path::new("a.txt"))).ok(),
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
            "RAR archive is not supported yet (gongwen reads .txt, .docx and .doc/.wps)"
        );
    }
}
