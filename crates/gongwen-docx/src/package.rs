//! The zip package: opening it, finding parts (case-insensitively), inflating them under
//! the size limits, and following relationships to the main document, styles and
//! numbering parts.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use zip::ZipArchive;
use zip::result::ZipError;

use crate::error::DocxError;
use crate::limits::DocxLimits;
use crate::xml::{Xml, attr};

/// First bytes of an OLE compound file (legacy .doc, or an encrypted .docx).
const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// One inflated part. Its buffer goes back to this thread's pool when it is dropped.
pub(crate) struct Part {
    /// Its name as stored in the archive.
    pub(crate) name: String,
    /// Its inflated bytes.
    pub(crate) data: Vec<u8>,
}

impl Drop for Part {
    fn drop(&mut self) {
        give_back(std::mem::take(&mut self.data));
    }
}

/// Buffers kept on a thread between documents, at most this many…
const POOL_BUFFERS: usize = 6;
/// …and none larger than this (a hostile or huge part's buffer is not kept).
const POOL_MAX_CAPACITY: usize = 4 << 20;

thread_local! {
    /// Inflated parts' buffers, reused from one document to the next on the same thread.
    ///
    /// A Word or WPS package inflates to half a megabyte and more (document, styles and
    /// numbering). Allocated afresh for every document, such buffers are beyond malloc's
    /// mmap threshold or are handed back to the system when freed (glibc trims a worker
    /// thread's heap), so that every document paid for hundreds of page faults: `gongwen
    /// batch` spent a quarter more per Word-shaped document than the same parse repeated in
    /// one loop (20,884 minor faults for 200 copies; 586 with the buffers kept).
    static POOL: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// An empty buffer of at least `capacity` bytes: the smallest pooled one that holds it,
/// else the roomiest (grown), else a new one.
fn take_buffer(capacity: usize) -> Vec<u8> {
    let pooled = POOL
        .try_with(|pool| {
            let mut pool = pool.try_borrow_mut().ok()?;
            let fits = (0..pool.len())
                .filter(|&i| pool[i].capacity() >= capacity)
                .min_by_key(|&i| pool[i].capacity());
            let best = fits.or_else(|| (0..pool.len()).max_by_key(|&i| pool[i].capacity()))?;
            Some(pool.swap_remove(best))
        })
        .ok()
        .flatten();
    match pooled {
        Some(mut buffer) => {
            buffer.clear();
            buffer.reserve(capacity);
            buffer
        }
        None => Vec::with_capacity(capacity),
    }
}

fn give_back(mut buffer: Vec<u8>) {
    if buffer.capacity() == 0 || buffer.capacity() > POOL_MAX_CAPACITY {
        return;
    }
    buffer.clear();
    let _ = POOL.try_with(|pool| {
        if let Ok(mut pool) = pool.try_borrow_mut()
            && pool.len() < POOL_BUFFERS
        {
            pool.push(buffer);
        }
    });
}

/// The parts the reader needs.
pub(crate) struct Parts {
    pub(crate) document: Part,
    pub(crate) styles: Option<Part>,
    pub(crate) numbering: Option<Part>,
}

/// An opened package.
struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Normalised (lower-case, no leading `/`) part name → archive index.
    names: HashMap<String, usize>,
    limits: DocxLimits,
    total: u64,
}

/// Opens the package and reads the document, styles and numbering parts.
pub(crate) fn read_parts(bytes: &[u8], limits: &DocxLimits) -> Result<Parts, DocxError> {
    let mut package = Package::open(bytes, limits)?;

    let root_rels = package.read("_rels/.rels")?;
    let mut main = None;
    if let Some(rels) = &root_rels {
        for (kind, target) in relationships(rels, limits)? {
            if kind.ends_with("/officeDocument") {
                let name = resolve_target("", &target);
                if package.find(&name).is_some() {
                    main = Some(name);
                    break;
                }
            }
        }
    }
    let main = match main {
        Some(name) => name,
        None if package.find("word/document.xml").is_some() => "word/document.xml".to_owned(),
        None => return Err(DocxError::MissingDocumentPart),
    };
    let document = package.read(&main)?.ok_or(DocxError::MissingDocumentPart)?;

    let (dir, file) = match main.rfind('/') {
        Some(i) => (&main[..=i], &main[i + 1..]),
        None => ("", main.as_str()),
    };
    let mut styles_name = None;
    let mut numbering_name = None;
    if let Some(rels) = package.read(&format!("{dir}_rels/{file}.rels"))? {
        for (kind, target) in relationships(&rels, limits)? {
            if kind.ends_with("/styles") && styles_name.is_none() {
                styles_name = Some(resolve_target(dir, &target));
            } else if kind.ends_with("/numbering") && numbering_name.is_none() {
                numbering_name = Some(resolve_target(dir, &target));
            }
        }
    }
    let styles = package.read_first(&[styles_name, Some(format!("{dir}styles.xml"))])?;
    let numbering = package.read_first(&[numbering_name, Some(format!("{dir}numbering.xml"))])?;
    Ok(Parts {
        document,
        styles,
        numbering,
    })
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &DocxLimits) -> Result<Self, DocxError> {
        if bytes.starts_with(&OLE_SIGNATURE) {
            return Err(DocxError::LegacyOrEncrypted);
        }
        let archive = match ZipArchive::new(Cursor::new(bytes)) {
            Ok(archive) => archive,
            Err(e) if bytes.starts_with(b"PK") => {
                return Err(DocxError::CorruptZip {
                    detail: e.to_string(),
                });
            }
            Err(_) => return Err(DocxError::NotZip),
        };
        let mut names = HashMap::with_capacity(archive.len());
        for (index, name) in archive.file_names().enumerate() {
            if let Ok(name) = name {
                names.entry(normalize(&name)).or_insert(index);
            }
        }
        Ok(Package {
            archive,
            names,
            limits: *limits,
            total: 0,
        })
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.names.get(&normalize(name)).copied()
    }

    /// Reads the first of `names` that exists.
    fn read_first(&mut self, names: &[Option<String>]) -> Result<Option<Part>, DocxError> {
        for name in names.iter().flatten() {
            if let Some(part) = self.read(name)? {
                return Ok(Some(part));
            }
        }
        Ok(None)
    }

    /// Inflates the part `name` (case-insensitive), or `None` when it does not exist.
    ///
    /// Inflation goes through a reader capped at the smaller of the part and the total
    /// limit, plus one byte to detect the excess: the header's declared size is never
    /// trusted. It only sizes the first allocation (saving the copies of a growing buffer),
    /// and then only up to what deflate can produce from the compressed size and at most
    /// [`MAX_SIZE_HINT`], so a lying header costs no more than that.
    fn read(&mut self, name: &str) -> Result<Option<Part>, DocxError> {
        let Some(index) = self.find(name) else {
            return Ok(None);
        };
        let remaining_total = self.limits.max_total_bytes.saturating_sub(self.total);
        let cap = self.limits.max_part_bytes.min(remaining_total);
        let mut file = match self.archive.by_index(index) {
            Ok(file) => file,
            Err(e) => return Err(part_error(name, e)),
        };
        let stored_name = file
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| name.to_owned());
        if file.encrypted() {
            return Err(DocxError::EncryptedPart { part: stored_name });
        }
        let hint = file
            .size()
            .min(
                file.compressed_size()
                    .saturating_mul(MAX_DEFLATE_RATIO)
                    .saturating_add(64),
            )
            .min(cap)
            .min(MAX_SIZE_HINT);
        let mut data = take_buffer(usize::try_from(hint).unwrap_or(0));
        let read = (&mut file)
            .take(cap.saturating_add(1))
            .read_to_end(&mut data);
        let len = data.len() as u64;
        if len > cap {
            return Err(if len > self.limits.max_part_bytes {
                DocxError::PartTooLarge {
                    part: stored_name,
                    limit: self.limits.max_part_bytes,
                }
            } else {
                DocxError::TotalTooLarge {
                    part: stored_name,
                    limit: self.limits.max_total_bytes,
                }
            });
        }
        if let Err(e) = read {
            return Err(DocxError::CorruptPart {
                part: stored_name,
                detail: e.to_string(),
            });
        }
        self.total = self.total.saturating_add(len);
        Ok(Some(Part {
            name: stored_name,
            data,
        }))
    }
}

fn part_error(name: &str, e: ZipError) -> DocxError {
    match e {
        ZipError::UnsupportedArchive(msg) if msg == ZipError::PASSWORD_REQUIRED => {
            DocxError::EncryptedPart {
                part: name.to_owned(),
            }
        }
        e => DocxError::CorruptPart {
            part: name.to_owned(),
            detail: e.to_string(),
        },
    }
}

/// Deflate expands at most about 1032:1; a declared size beyond that is a lie.
const MAX_DEFLATE_RATIO: u64 = 1032;
/// The largest first allocation a part's declared size may ask for (bytes).
const MAX_SIZE_HINT: u64 = 16 << 20;

/// A part name as looked up: lower case, `/` separators, no leading `/`.
fn normalize(name: &str) -> String {
    name.trim_start_matches(['/', '\\'])
        .replace('\\', "/")
        .to_lowercase()
}

/// Resolves a relationship target against the directory of its source part
/// (`dir` ends with `/` or is empty). Absolute targets start at the package root.
fn resolve_target(dir: &str, target: &str) -> String {
    let target = target.replace('\\', "/");
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("{dir}{target}"),
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

/// The internal relationships (type, target) of a `.rels` part.
fn relationships(part: &Part, limits: &DocxLimits) -> Result<Vec<(String, String)>, DocxError> {
    let mut xml = Xml::new(&part.data, &part.name, limits.max_depth);
    let mut out = Vec::new();
    loop {
        match xml.next()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let external = attr(&e, "TargetMode").is_some_and(|m| m == "External");
                if let (false, Some(kind), Some(target)) =
                    (external, attr(&e, "Type"), attr(&e, "Target"))
                {
                    out.push((kind.into_owned(), target.into_owned()));
                }
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_the_source_directory() {
        assert_eq!(resolve_target("", "word/document.xml"), "word/document.xml");
        assert_eq!(
            resolve_target("", "/word/document.xml"),
            "word/document.xml"
        );
        assert_eq!(resolve_target("word/", "styles.xml"), "word/styles.xml");
        assert_eq!(
            resolve_target("word/", "../custom/styles.xml"),
            "custom/styles.xml"
        );
        assert_eq!(
            resolve_target("word/", "/word/numbering.xml"),
            "word/numbering.xml"
        );
        assert_eq!(
            resolve_target("word/", "./a/../numbering.xml"),
            "word/numbering.xml"
        );
    }

    #[test]
    fn names_are_matched_case_insensitively() {
        assert_eq!(normalize("/Word/Document.XML"), "word/document.xml");
    }
}
