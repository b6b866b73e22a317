//! What a zip archive holds, from the names in its central directory: a Word document,
//! an OFD file, an OpenDocument file, another Office Open XML package, or none of these.
//!
//! Only the central directory is read (and the few bytes of an OpenDocument `mimetype`
//! entry): from a file, by seeking to its end, never reading the whole archive.

use std::io::{Read, Seek};

use super::Detection;
use crate::{Format, UnsupportedFormat};

/// The longest `mimetype` entry read ("application/vnd.oasis.opendocument.presentation-
/// template" is 56 bytes).
const MIMETYPE_MAX: u64 = 128;

/// What the zip archive `reader` holds. `ext` (lowercase) decides when the archive cannot
/// be opened (cut short, damaged): a file named .ofd, .xlsx, .zip … is what its name says;
/// anything else is left to the .docx reader, which says what is wrong.
pub(super) fn classify<R: Read + Seek>(reader: R, ext: Option<&str>) -> Detection {
    let Ok(mut archive) = zip::ZipArchive::new(reader) else {
        return match ext.and_then(UnsupportedFormat::from_extension) {
            Some(format) => Detection::Unsupported(format),
            None => Detection::Format(Format::Docx),
        };
    };
    let mut seen = Seen::default();
    for name in archive.file_names_raw() {
        seen.add(name);
    }
    // A folder such as word/ counts in an Office Open XML package ([Content_Types].xml,
    // _rels/) or beside its usual main part; a plain archive of a folder named "word" is
    // no Word document.
    let office = |folder: bool, main: bool| main || (folder && seen.package);
    if office(seen.word, seen.word_main) {
        return Detection::Format(Format::Docx);
    }
    if seen.ofd {
        return Detection::Unsupported(UnsupportedFormat::Ofd);
    }
    if seen.mimetype
        && let Some(format) = open_document(&mut archive)
    {
        return Detection::Unsupported(format);
    }
    if office(seen.xl, seen.xl_main) {
        return Detection::Unsupported(UnsupportedFormat::Xlsx);
    }
    if office(seen.ppt, seen.ppt_main) {
        return Detection::Unsupported(UnsupportedFormat::Pptx);
    }
    if seen.package {
        // An Office Open XML package without any of the parts above: the .docx reader
        // says it has no document part.
        return Detection::Format(Format::Docx);
    }
    Detection::Unsupported(UnsupportedFormat::Zip)
}

/// The names that matter, as the archive lists them (case-insensitive, `\` or `/`, with
/// or without a leading `/`, as the .docx reader takes them).
#[derive(Default)]
struct Seen {
    word: bool,
    word_main: bool,
    xl: bool,
    xl_main: bool,
    ppt: bool,
    ppt_main: bool,
    ofd: bool,
    mimetype: bool,
    package: bool,
}

impl Seen {
    fn add(&mut self, name: &[u8]) {
        let start = name
            .iter()
            .position(|b| !matches!(b, b'/' | b'\\'))
            .unwrap_or(name.len());
        let name = &name[start..];
        // Inside a folder of that name, any case: "word/document.xml", "Word\\styles.xml".
        let folder = |dir: &[u8]| {
            name.len() > dir.len() + 1
                && name[..dir.len()].eq_ignore_ascii_case(dir)
                && matches!(name[dir.len()], b'/' | b'\\')
        };
        let part = |dir: &[u8], file: &[u8]| {
            folder(dir) && name[dir.len() + 1..].eq_ignore_ascii_case(file)
        };
        self.word |= folder(b"word");
        self.word_main |= part(b"word", b"document.xml");
        self.xl |= folder(b"xl");
        self.xl_main |= part(b"xl", b"workbook.xml");
        self.ppt |= folder(b"ppt");
        self.ppt_main |= part(b"ppt", b"presentation.xml");
        self.ofd |= name.eq_ignore_ascii_case(b"OFD.xml");
        self.mimetype |= name == b"mimetype";
        self.package |= name.eq_ignore_ascii_case(b"[Content_Types].xml") || folder(b"_rels");
    }
}

/// An OpenDocument file by its `mimetype` entry ("application/vnd.oasis.opendocument.text").
fn open_document<R: Read + Seek>(archive: &mut zip::ZipArchive<R>) -> Option<UnsupportedFormat> {
    let entry = archive.by_name("mimetype").ok()?;
    let mut mime = Vec::new();
    entry.take(MIMETYPE_MAX).read_to_end(&mut mime).ok()?;
    let kind = mime
        .trim_ascii()
        .strip_prefix(b"application/vnd.oasis.opendocument.")?;
    Some(match kind {
        b"text" | b"text-template" => UnsupportedFormat::Odt,
        b"spreadsheet" | b"spreadsheet-template" => UnsupportedFormat::Ods,
        b"presentation" | b"presentation-template" => UnsupportedFormat::Odp,
        _ => UnsupportedFormat::OpenDocument,
    })
}
