//! The table of signatures: the first bytes that name a format gongwen does not read.
//! Zip archives and OLE compound files are containers, looked into elsewhere
//! (`zip.rs`; the .doc reader for OLE).

use crate::UnsupportedFormat;

/// A prefix check, or a check on the first bytes that a prefix alone cannot make.
enum Sig {
    Prefix(&'static [u8]),
    Test(fn(&[u8]) -> bool),
}

/// Signatures in the order they are tried. Every one is at least four bytes or checked
/// beyond its prefix, so that no text file is taken for one.
const SIGNATURES: &[(Sig, UnsupportedFormat)] = &[
    (Sig::Prefix(b"%PDF-"), UnsupportedFormat::Pdf),
    (Sig::Prefix(b"{\\rtf"), UnsupportedFormat::Rtf),
    (Sig::Prefix(b"\x89PNG\r\n\x1a\n"), UnsupportedFormat::Png),
    (Sig::Prefix(b"\xFF\xD8\xFF"), UnsupportedFormat::Jpeg),
    (Sig::Prefix(b"GIF87a"), UnsupportedFormat::Gif),
    (Sig::Prefix(b"GIF89a"), UnsupportedFormat::Gif),
    (Sig::Test(is_bmp), UnsupportedFormat::Bmp),
    (Sig::Prefix(b"II*\0"), UnsupportedFormat::Tiff),
    (Sig::Prefix(b"MM\0*"), UnsupportedFormat::Tiff),
    (Sig::Test(is_webp), UnsupportedFormat::Webp),
    (
        Sig::Prefix(b"7z\xBC\xAF\x27\x1C"),
        UnsupportedFormat::SevenZip,
    ),
    // RAR 1.5 to 4.x, and RAR 5 (which adds a byte).
    (Sig::Prefix(b"Rar!\x1A\x07"), UnsupportedFormat::Rar),
    // gzip with its only compression method, deflate.
    (Sig::Prefix(b"\x1F\x8B\x08"), UnsupportedFormat::Gzip),
];

/// The format whose signature `bytes` starts with, if any.
pub(super) fn sniff(bytes: &[u8]) -> Option<UnsupportedFormat> {
    SIGNATURES.iter().find_map(|(sig, format)| {
        let hit = match sig {
            Sig::Prefix(p) => bytes.starts_with(p),
            Sig::Test(f) => f(bytes),
        };
        hit.then_some(*format)
    })
}

/// "BM", the file size, four reserved zero bytes, the pixel offset, then a DIB header of
/// one of the sizes Windows and OS/2 write.
fn is_bmp(b: &[u8]) -> bool {
    let u32_at = |i: usize| {
        b.get(i..i + 4)
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map(u32::from_le_bytes)
    };
    b.starts_with(b"BM")
        && b.get(6..10) == Some(&[0, 0, 0, 0])
        && matches!(u32_at(14), Some(12 | 40 | 52 | 56 | 64 | 108 | 124))
}

/// "RIFF", a size, then "WEBP".
fn is_webp(b: &[u8]) -> bool {
    b.starts_with(b"RIFF") && b.get(8..12) == Some(b"WEBP")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_signature_names_its_format() {
        let mut bmp =
            b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00".to_vec();
        bmp.extend_from_slice(&[0; 16]);
        let cases: [(&[u8], &str); 13] = [
            (b"%PDF-1.4\n", "pdf"),
            (b"{\\rtf1\\ansi", "rtf"),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "png"),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "jpeg"),
            (b"GIF89a\x01\0", "gif"),
            (&bmp, "bmp"),
            (b"II*\0\x08\0\0\0", "tiff"),
            (b"MM\0*\0\0\0\x08", "tiff"),
            (b"RIFF\x24\0\0\0WEBPVP8 ", "webp"),
            (b"7z\xBC\xAF\x27\x1C\0\x04", "7z"),
            (b"Rar!\x1A\x07\x00", "rar"),
            (b"Rar!\x1A\x07\x01\x00", "rar"),
            (b"\x1F\x8B\x08\0\0\0\0\0", "gzip"),
        ];
        for (bytes, code) in cases {
            assert_eq!(
                sniff(bytes).map(UnsupportedFormat::code),
                Some(code),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn text_that_starts_like_a_signature_is_not_one() {
        for text in [
            "BMW车辆管理办法的通知".as_bytes(),
            b"RIFF and WEBP are words",
            b"GIF87",
            b"%PDF",
            b"MM*",
            b"",
        ] {
            assert_eq!(sniff(text), None, "{text:?}");
        }
    }
}
