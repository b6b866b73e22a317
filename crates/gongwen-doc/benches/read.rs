//! `read_doc` on the seed .doc against its floor: opening the compound file and reading the
//! `WordDocument` and table streams into memory, building nothing.
//!
//! `cargo bench -p gongwen-doc`. Uses `fixtures/doc/seed-pingyin-2024-4.doc`; the benches
//! do nothing when it is absent.
#![allow(missing_docs)]

use std::io::{Cursor, Read};

use divan::{Bencher, black_box};
use gongwen_doc::{DocLimits, read_doc};

fn main() {
    divan::main();
}

fn input() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/doc/seed-pingyin-2024-4.doc"
    );
    std::fs::read(path).unwrap_or_default()
}

#[divan::bench]
fn read_doc_to_blocks(bencher: Bencher) {
    let bytes = input();
    let limits = DocLimits::default();
    bencher.bench(|| read_doc(black_box(&bytes), &limits).map(|b| b.len()));
}

#[divan::bench]
fn floor_open_and_read_streams(bencher: Bencher) {
    let bytes = input();
    bencher.bench(|| {
        let Ok(mut file) = cfb::CompoundFile::open(Cursor::new(black_box(&bytes[..]))) else {
            return 0;
        };
        let mut total = 0;
        for name in ["/WordDocument", "/1Table", "/0Table"] {
            if let Ok(mut stream) = file.open_stream(name) {
                let mut data = Vec::new();
                total += stream.read_to_end(&mut data).unwrap_or(0);
            }
        }
        total
    });
}
