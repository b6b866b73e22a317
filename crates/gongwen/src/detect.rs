use std::path::Path;

use crate::{Error, ErrorKind, Format};

/// The format of an input: magic bytes first, then the file extension, then plain text.
///
/// A zip archive is taken for .docx (the reader then says if it holds no document); an
/// OLE compound file (a legacy .doc or an encrypted Office file) and other known binary
/// formats are refused with an error that says what they are.
///
/// The error has no path: the caller knows it.
pub fn detect_format(bytes: &[u8], path: Option<&Path>) -> Result<Format, Error> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Format::Docx);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(legacy_or_encrypted());
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(unsupported("PDF"));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(unsupported("RTF"));
    }
    let ext = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("docx" | "docm" | "dotx") => Ok(Format::Docx),
        Some("doc" | "wps") => Err(legacy_or_encrypted()),
        Some("pdf") => Err(unsupported("PDF")),
        Some("ofd") => Err(unsupported("OFD")),
        Some("html" | "htm") => Err(unsupported("HTML")),
        // Anything else is tried as text; the decoder refuses binary data plainly.
        _ => Ok(Format::Txt),
    }
}

/// An OLE compound file.
fn legacy_or_encrypted() -> Error {
    Error::new(
        ErrorKind::LegacyOrEncrypted,
        "encrypted or legacy Word .doc file: not supported, save it as .docx",
    )
}

/// A format gongwen does not read (yet).
pub(crate) fn unsupported(what: &str) -> Error {
    Error::new(
        ErrorKind::UnsupportedFormat,
        format!("{what} is not a supported format (gongwen reads .txt and .docx)"),
    )
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
        assert_eq!(
            detect_format(&ole, Some(Path::new("a.docx"))).map_err(|e| e.kind()),
            Err(ErrorKind::LegacyOrEncrypted)
        );
        assert_eq!(
            detect_format("通知".as_bytes(), Some(Path::new("a"))).ok(),
            Some(Format::Txt)
        );
        let pdf = detect_format(b"%PDF-1.7", None).map_err(|e| (e.kind(), e.to_string()));
        assert_eq!(
            pdf,
            Err((
                ErrorKind::UnsupportedFormat,
                "<memory>: PDF is not a supported format (gongwen reads .txt and .docx)".into()
            ))
        );
    }
}
