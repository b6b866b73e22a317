//! The seed notice parsed from memory to a `Document`, .docx and .txt, side by side with
//! the raw floor: inflating `word/document.xml` and scanning it with quick-xml while
//! building nothing. `cargo bench -p gongwen --bench seed`.
#![allow(missing_docs)]

use std::io::{Cursor, Read};

use divan::{Bencher, black_box};
use quick_xml::Reader;
use quick_xml::events::Event;

fn main() {
    divan::main();
}

fn fixture(rel: &str) -> Vec<u8> {
    let path = format!("{}/../../fixtures/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[divan::bench]
fn seed_docx_to_document(bencher: Bencher) {
    let bytes = fixture("docx/seed-pingyin-2024-4.docx");
    bencher.bench(|| {
        gongwen::parse_bytes(black_box(&bytes), gongwen::Format::Docx).map(|d| d.tasks.len())
    });
}

#[divan::bench]
fn seed_txt_to_document(bencher: Bencher) {
    let bytes = fixture("txt/seed-pingyin-2024-4.txt");
    bencher.bench(|| {
        gongwen::parse_bytes(black_box(&bytes), gongwen::Format::Txt).map(|d| d.tasks.len())
    });
}

/// The floor: what any .docx reader must do at least (open the zip, inflate the main
/// part, tokenize its XML), with no text, blocks or document built.
#[divan::bench]
fn seed_docx_floor_inflate_and_scan(bencher: Bencher) {
    let bytes = fixture("docx/seed-pingyin-2024-4.docx");
    let mut data = Vec::new();
    let mut buf = Vec::new();
    bencher.bench_local(|| {
        let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(black_box(&bytes[..]))) else {
            return 0;
        };
        data.clear();
        if let Ok(mut file) = archive.by_name("word/document.xml") {
            let _ = file.read_to_end(&mut data);
        }
        let mut reader = Reader::from_reader(&data[..]);
        let mut events = 0usize;
        loop {
            buf.clear();
            match reader.read_event_into(&mut buf) {
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => events += 1,
            }
        }
        events
    });
}
