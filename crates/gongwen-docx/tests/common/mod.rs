//! Helpers shared by the integration tests: small .docx packages built in memory.
#![allow(dead_code, missing_docs)]

use std::io::{Cursor, Write};

use gongwen_blocks::{Block, Hints, Loc, Paragraph};
use gongwen_docx::{DocxError, DocxLimits, read_docx};
use zip::write::SimpleFileOptions;

pub const NS: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#,
    r#"xmlns:v="urn:schemas-microsoft-com:vml" "#,
    r#"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math""#
);

/// A `word/document.xml` whose body is `body`.
pub fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    )
}

/// A `word/styles.xml` holding `styles`.
pub fn styles(styles: &str) -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>{styles}</w:styles>"#)
}

/// A `word/numbering.xml` holding `defs`.
pub fn numbering(defs: &str) -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}>{defs}</w:numbering>"#)
}

/// A zip archive of `(name, content)` entries, deflated.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        zip.start_file(*name, SimpleFileOptions::default())
            .expect("start entry");
        zip.write_all(data).expect("write entry");
    }
    zip.finish().expect("finish zip").into_inner()
}

/// A complete .docx package with relationships, content types, a header and a footnote
/// part (never read into the body), and optional styles and numbering parts.
pub fn docx_with(
    document_xml: &str,
    styles_xml: Option<&str>,
    numbering_xml: Option<&str>,
) -> Vec<u8> {
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"#;
    let doc_rels = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"#;
    let header = format!(r#"<w:hdr {NS}><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr>"#);
    let footnotes = format!(
        r#"<w:footnotes {NS}><w:footnote w:id="1"><w:p><w:r><w:t>脚注文字</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/_rels/document.xml.rels", doc_rels.as_bytes()),
        ("word/document.xml", document_xml.as_bytes()),
        ("word/header1.xml", header.as_bytes()),
        ("word/footnotes.xml", footnotes.as_bytes()),
    ];
    if let Some(s) = styles_xml {
        entries.push(("word/styles.xml", s.as_bytes()));
    }
    if let Some(n) = numbering_xml {
        entries.push(("word/numbering.xml", n.as_bytes()));
    }
    zip(&entries)
}

/// A .docx whose body is `body`.
pub fn docx(body: &str) -> Vec<u8> {
    docx_with(&document(body), None, None)
}

/// Reads with default limits, panicking on error.
pub fn read(bytes: &[u8]) -> Vec<Block> {
    match read_docx(bytes, &DocxLimits::default()) {
        Ok(blocks) => blocks,
        Err(e) => panic!("read_docx failed: {e}"),
    }
}

/// Reads a document made of `body`.
pub fn read_body(body: &str) -> Vec<Block> {
    read(&docx(body))
}

/// Reads, expecting an error.
pub fn read_err(bytes: &[u8], limits: &DocxLimits) -> DocxError {
    match read_docx(bytes, limits) {
        Ok(blocks) => panic!("expected an error, got {blocks:?}"),
        Err(e) => e,
    }
}

/// The paragraphs' texts (tables as "<table>").
pub fn texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => p.text.clone(),
            Block::Table(_) => "<table>".to_owned(),
            Block::Meta(m) => format!("<meta {}>", m.key),
        })
        .collect()
}

/// A paragraph block as the reader should emit it.
pub fn para(block: u32, text: &str, hints: Hints) -> Block {
    Block::Paragraph(Paragraph {
        text: text.to_owned(),
        hints,
        loc: Loc::block(block),
    })
}

/// A plain paragraph `<w:p><w:r><w:t>text</w:t></w:r></w:p>`.
pub fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

/// A hand-made zip archive with one entry whose compressed data, CRC and declared sizes are
/// given as is (to build zip bombs and lying headers the zip writer refuses to make).
pub fn raw_zip(name: &str, method: u16, crc: u32, data: &[u8], declared_size: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let compressed = u32::try_from(data.len()).expect("small enough");
    let name_len = u16::try_from(name.len()).expect("short name");
    // Local file header.
    out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    out.extend_from_slice(&20u16.to_le_bytes()); // version needed
    out.extend_from_slice(&0u16.to_le_bytes()); // flags
    out.extend_from_slice(&method.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes()); // time, date
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&compressed.to_le_bytes());
    out.extend_from_slice(&declared_size.to_le_bytes());
    out.extend_from_slice(&name_len.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // extra length
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(data);
    let central = out.len();
    // Central directory header.
    out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    out.extend_from_slice(&20u16.to_le_bytes()); // made by
    out.extend_from_slice(&20u16.to_le_bytes()); // needed
    out.extend_from_slice(&0u16.to_le_bytes()); // flags
    out.extend_from_slice(&method.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes()); // time, date
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&compressed.to_le_bytes());
    out.extend_from_slice(&declared_size.to_le_bytes());
    out.extend_from_slice(&name_len.to_le_bytes());
    out.extend_from_slice(&[0; 6]); // extra, comment length, disk number
    out.extend_from_slice(&[0; 6]); // internal, external attributes
    out.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    out.extend_from_slice(name.as_bytes());
    let central_len = u32::try_from(out.len() - central).expect("small");
    // End of central directory.
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&u32::try_from(central).expect("small").to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    out
}

/// A raw deflate stream (one fixed-Huffman block) that inflates to `zeros` zero bytes,
/// built directly so that a 300 MB bomb costs nothing to make: one literal 0, then
/// copies of 258 bytes at distance 1.
pub fn deflate_zeros(zeros: u64) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        n: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, count: u32) {
            self.acc |= u64::from(value) << self.n;
            self.n += count;
            while self.n >= 8 {
                self.out.push((self.acc & 0xFF) as u8);
                self.acc >>= 8;
                self.n -= 8;
            }
        }
        /// Huffman codes are sent most significant bit first.
        fn code(&mut self, code: u32, len: u32) {
            let mut reversed = 0;
            for i in 0..len {
                reversed |= ((code >> i) & 1) << (len - 1 - i);
            }
            self.put(reversed, len);
        }
    }
    let mut bits = Bits {
        out: Vec::new(),
        acc: 0,
        n: 0,
    };
    bits.put(1, 1); // BFINAL
    bits.put(1, 2); // BTYPE = fixed Huffman
    bits.code(0x30, 8); // literal 0
    let mut left = zeros.saturating_sub(1);
    while left >= 258 {
        bits.code(0b1100_0101, 8); // length code 285 = 258
        bits.code(0, 5); // distance code 0 = 1
        left -= 258;
    }
    while left > 0 {
        bits.code(0x30, 8); // literal 0
        left -= 1;
    }
    bits.code(0, 7); // end of block
    bits.put(0, 7); // flush
    bits.out
}
