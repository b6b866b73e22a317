//! Pathological inputs at two sizes each, to show that the time grows linearly with the
//! input (double the size, double the time): a single huge line, a sea of blank lines,
//! 10,000-deep XML, huge tables (.txt and .docx), a zip of many tiny parts, an endless run
//! of TAB-led lines, web pages (50 MB, a sea of `<br>`, deep nesting, a huge table). Limits
//! are raised so the whole input is read, not refused.
//! `cargo bench -p gongwen --bench hostile`.
#![allow(missing_docs)]

use divan::{Bencher, black_box};
use gongwen::{Format, Limits, Options};
use gongwen_testkit::hostile;

fn main() {
    divan::main();
}

fn options(format: Format) -> Options {
    let mut limits = Limits::default();
    limits.max_line_bytes = usize::MAX;
    limits.max_xml_depth = u32::MAX;
    limits.max_table_cells = usize::MAX;
    Options::new().format(format).limits(limits)
}

fn run(bencher: Bencher, bytes: Vec<u8>, format: Format) {
    let options = options(format);
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| gongwen::parse_bytes_with(black_box(&bytes), &options).map(|d| d.tasks.len()));
}

#[divan::bench(args = [2_500_000, 5_000_000], sample_count = 5, sample_size = 1)]
fn single_line_txt(bencher: Bencher, bytes: usize) {
    run(bencher, hostile::single_line_txt(bytes), Format::Txt);
}

#[divan::bench(args = [100_000, 200_000], sample_count = 5, sample_size = 1)]
fn blank_lines_txt(bencher: Bencher, lines: usize) {
    run(bencher, hostile::blank_lines_txt(lines), Format::Txt);
}

#[divan::bench(args = [25_000, 50_000], sample_count = 5, sample_size = 1)]
fn table_rows_txt(bencher: Bencher, rows: usize) {
    run(bencher, hostile::big_table_txt(rows), Format::Txt);
}

#[divan::bench(args = [25_000, 50_000], sample_count = 5, sample_size = 1)]
fn table_rows_docx(bencher: Bencher, rows: usize) {
    run(bencher, hostile::big_table_docx(rows), Format::Docx);
}

#[divan::bench(args = [5_000, 10_000], sample_count = 5, sample_size = 1)]
fn deep_xml_docx(bencher: Bencher, depth: usize) {
    run(bencher, hostile::deep_xml_docx(depth), Format::Docx);
}

#[divan::bench(args = [5_000, 10_000], sample_count = 5, sample_size = 1)]
fn tiny_parts_docx(bencher: Bencher, parts: usize) {
    run(bencher, hostile::many_parts_docx(parts), Format::Docx);
}

#[divan::bench(args = [25_000, 50_000], sample_count = 5, sample_size = 1)]
fn tab_led_run_txt(bencher: Bencher, lines: usize) {
    run(bencher, hostile::tab_led_run_txt(lines), Format::Txt);
}

#[divan::bench(args = [25_000, 50_000], sample_count = 5, sample_size = 1)]
fn page_breaks_docx(bencher: Bencher, breaks: usize) {
    run(bencher, hostile::page_breaks_docx(breaks), Format::Docx);
}

#[divan::bench(args = [4_000, 8_000], sample_count = 5, sample_size = 1)]
fn broken_lines_txt(bencher: Bencher, lines: usize) {
    run(bencher, hostile::broken_paragraph_txt(lines), Format::Txt);
}

#[divan::bench(args = [1_000, 2_000], sample_count = 5, sample_size = 1)]
fn sparse_grid_docx(bencher: Bencher, rows: usize) {
    run(bencher, hostile::wide_grid_docx(rows), Format::Docx);
}

#[divan::bench(args = [25 << 20, 50 << 20], sample_count = 3, sample_size = 1)]
fn big_page_html(bencher: Bencher, bytes: usize) {
    run(bencher, hostile::big_page_html(bytes), Format::Html);
}

#[divan::bench(args = [1_000_000, 2_000_000], sample_count = 3, sample_size = 1)]
fn line_breaks_html(bencher: Bencher, n: usize) {
    run(bencher, hostile::line_breaks_html(n), Format::Html);
}

#[divan::bench(args = [5_000, 10_000], sample_count = 5, sample_size = 1)]
fn deep_html(bencher: Bencher, depth: usize) {
    run(bencher, hostile::deep_html(depth), Format::Html);
}

#[divan::bench(args = [25_000, 50_000], sample_count = 5, sample_size = 1)]
fn big_table_html(bencher: Bencher, rows: usize) {
    run(bencher, hostile::big_table_html(rows), Format::Html);
}
