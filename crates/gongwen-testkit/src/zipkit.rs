//! Writing and reading zip packages in memory: the minimal valid .docx, and a fixture's
//! parts taken apart so that one can be mutated and the package put back together.

use std::io::{Cursor, Read, Write};

use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

/// `[Content_Types].xml` of a minimal .docx.
pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

/// `_rels/.rels` of a minimal .docx: the officeDocument relationship.
pub const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// The `w:document` start tag with the WordprocessingML namespace.
pub const DOCUMENT_OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;

/// The end of a `w:document` opened with [`DOCUMENT_OPEN`].
pub const DOCUMENT_CLOSE: &str = "</w:body></w:document>";

/// A zip archive of `parts` (name, bytes), in order. `deflate` compresses every part,
/// otherwise they are stored.
pub fn zip_parts<N: AsRef<str>, D: AsRef<[u8]>>(parts: &[(N, D)], deflate: bool) -> Vec<u8> {
    let method = if deflate {
        CompressionMethod::Deflated
    } else {
        CompressionMethod::Stored
    };
    let options = SimpleFileOptions::default()
        .compression_method(method)
        .large_file(false);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in parts {
        // Writing to memory only fails on a duplicate name, which callers never pass.
        if zip.start_file(name.as_ref(), options).is_ok() {
            let _ = zip.write_all(data.as_ref());
        }
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// A minimal valid .docx whose `word/document.xml` is `document_xml`.
pub fn minimal_docx(document_xml: &[u8]) -> Vec<u8> {
    zip_parts(
        &[
            ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            ("_rels/.rels", ROOT_RELS.as_bytes()),
            ("word/document.xml", document_xml),
        ],
        true,
    )
}

/// The parts of a zip archive (name, inflated bytes), in archive order; `None` when the
/// bytes are not a readable zip.
pub fn unzip_parts(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut out = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).ok()?;
        let name = file.name().ok()?.into_owned();
        let mut data = Vec::new();
        file.read_to_end(&mut data).ok()?;
        out.push((name, data));
    }
    Some(out)
}
