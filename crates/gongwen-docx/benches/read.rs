//! `read_docx` on the seed-size fixture against the floor: inflating `word/document.xml`
//! and scanning it with quick-xml, building nothing.
//!
//! `cargo bench -p gongwen-docx`. Uses `fixtures/docx/seed-pingyin-2024-4.docx` when present,
//! else a synthetic document of similar size.
#![allow(missing_docs)]

use std::io::{Cursor, Read, Write};

use divan::{Bencher, black_box};
use gongwen_docx::{DocxLimits, read_docx};
use quick_xml::Reader;
use quick_xml::events::Event;

fn main() {
    divan::main();
}

fn input() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/docx/seed-pingyin-2024-4.docx"
    );
    if let Ok(bytes) = std::fs::read(path) {
        return bytes;
    }
    let paragraph = r#"<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t>（一）聚焦重点任务，推进高质量公开。重点围绕扩大有效投资、招商引资、对外开放等方面的重要政策，做好政策发布和宣传推送。</w:t></w:r></w:p>"#;
    let document = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>"#,
        paragraph.repeat(400)
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let _ = zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    );
    let _ = zip.write_all(document.as_bytes());
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

#[divan::bench]
fn read_docx_to_blocks(bencher: Bencher) {
    let bytes = input();
    let limits = DocxLimits::default();
    bencher.bench(|| read_docx(black_box(&bytes), &limits).map(|b| b.len()));
}

#[divan::bench]
fn floor_inflate_and_scan(bencher: Bencher) {
    let bytes = input();
    bencher.bench(|| {
        let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(black_box(&bytes[..]))) else {
            return 0;
        };
        let mut data = Vec::new();
        if let Ok(mut file) = archive.by_name("word/document.xml") {
            let _ = file.read_to_end(&mut data);
        }
        let mut reader = Reader::from_reader(&data[..]);
        let mut events = 0usize;
        loop {
            match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => events += 1,
            }
        }
        events
    });
}
