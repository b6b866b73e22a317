use std::path::Path;

use crate::{ErrorKind, Format};

/// The format of an input: magic bytes first, then the file extension, then plain text.
///
/// A zip archive is taken for .docx (the reader then says if it holds no document); an
/// OLE compound file (a legacy .doc or an encrypted Office file) and other known binary
/// formats are refused with an error that says what they are.
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
    let ext = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("docx" | "docm" | "dotx") => Ok(Format::Docx),
        Some("doc" | "wps") => Err(ErrorKind::LegacyOrEncrypted),
        Some("pdf") => Err(ErrorKind::Unsupported("PDF")),
        Some("ofd") => Err(ErrorKind::Unsupported("OFD")),
        Some("html" | "htm") => Err(ErrorKind::Unsupported("HTML")),
        // Anything else is tried as text; the decoder refuses binary data plainly.
        _ => Ok(Format::Txt),
    }
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
}
