//! Per-document parse time from memory (bytes already read): the seed notice as .txt
//! and as .docx, and a generated notice of each format. Run with
//! `cargo bench -p gongwen-bench --bench parse`.

use gongwen::{Format, parse_bytes};

fn main() {
    divan::main();
}

const SEED_TXT: &[u8] = include_bytes!("../../../fixtures/txt/seed-pingyin-2024-4.txt");
const SEED_DOCX: &[u8] = include_bytes!("../../../fixtures/docx/seed-pingyin-2024-4.docx");

#[divan::bench]
fn seed_txt() -> usize {
    parse_bytes(divan::black_box(SEED_TXT), Format::Txt).map_or(0, |d| d.tasks.len())
}

#[divan::bench]
fn seed_docx() -> usize {
    parse_bytes(divan::black_box(SEED_DOCX), Format::Docx).map_or(0, |d| d.tasks.len())
}

#[divan::bench]
fn generated_txt(bencher: divan::Bencher) {
    let bytes = gongwen_bench::notice(7, 2024).to_txt().into_bytes();
    bencher
        .bench(|| parse_bytes(divan::black_box(&bytes), Format::Txt).map_or(0, |d| d.tasks.len()));
}

#[divan::bench]
fn generated_docx(bencher: divan::Bencher) {
    let bytes = gongwen_bench::notice(7, 2024).to_docx().unwrap_or_default();
    bencher
        .bench(|| parse_bytes(divan::black_box(&bytes), Format::Docx).map_or(0, |d| d.tasks.len()));
}
