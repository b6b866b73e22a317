//! The OLE compound file (MS-CFB) around a Word binary document: what kind of file it is,
//! and its `WordDocument` and table streams read into memory under the limits.
//!
//! The container is read with the `cfb` crate in its permissive mode, which accepts what
//! real producers write (WPS Office's short last sector, zero-padded FAT sectors) and still
//! refuses sector chains that loop or point past the end of the file.

use std::io::{Cursor, Read};

use crate::error::DocError;
use crate::limits::DocLimits;

/// The first eight bytes of every OLE compound file.
pub const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// An opened compound file that holds a Word document.
pub(crate) struct Container<'a> {
    file: cfb::CompoundFile<Cursor<&'a [u8]>>,
    limits: DocLimits,
}

impl<'a> Container<'a> {
    /// Opens the compound file and checks that it is a Word document: an Excel or
    /// PowerPoint file, an encrypted Office Open XML package and any other OLE file are
    /// refused with their own errors.
    pub(crate) fn open(bytes: &'a [u8], limits: &DocLimits) -> Result<Self, DocError> {
        if !bytes.starts_with(&OLE_SIGNATURE) {
            return Err(DocError::NotOle);
        }
        let file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(corrupt)?;
        let has = |name: &str| file.is_stream(format!("/{name}"));
        if !has("WordDocument") {
            // Office writes a password-protected .docx/.xlsx/.pptx as an OLE file holding
            // the encrypted package.
            if has("EncryptionInfo") || has("EncryptedPackage") {
                return Err(DocError::Encrypted {
                    how: "an encrypted Office Open XML package, EncryptionInfo stream",
                });
            }
            if has("Workbook") || has("Book") {
                return Err(DocError::Excel);
            }
            if has("PowerPoint Document") {
                return Err(DocError::PowerPoint);
            }
            let mut names: Vec<String> = file
                .read_root_storage()
                .take(12)
                .map(|e| e.name().escape_debug().to_string())
                .collect();
            if names.is_empty() {
                names.push("none".to_owned());
            }
            return Err(DocError::NoWordDocument {
                streams: names.join(", "),
            });
        }
        Ok(Container {
            file,
            limits: *limits,
        })
    }

    /// Whether a top-level stream exists.
    pub(crate) fn has_stream(&self, name: &str) -> bool {
        self.file.is_stream(format!("/{name}"))
    }

    /// Reads a whole top-level stream, refusing one larger than `max_stream_bytes`.
    pub(crate) fn read_stream(&mut self, name: &str) -> Result<Vec<u8>, DocError> {
        let path = format!("/{name}");
        let len = self.file.entry(&path).map_err(corrupt)?.len();
        let limit = self.limits.max_stream_bytes;
        if len > limit {
            return Err(DocError::StreamTooLarge {
                stream: name.to_owned(),
                limit,
            });
        }
        let mut stream = self.file.open_stream(&path).map_err(corrupt)?;
        let mut out = Vec::new();
        // The directory's length is checked above; `take` keeps a stream whose chain
        // disagrees with it from reading more.
        (&mut stream)
            .take(len)
            .read_to_end(&mut out)
            .map_err(corrupt)?;
        Ok(out)
    }
}

fn corrupt(e: std::io::Error) -> DocError {
    DocError::CorruptContainer {
        detail: e.to_string(),
    }
}
