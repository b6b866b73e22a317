//! Parses the seed notice many times: a target for profilers (callgrind, perf).
//! `cargo run --release -p gongwen --example profile_seed -- fixtures/txt/seed-pingyin-2024-4.txt 200`
#![allow(missing_docs, clippy::print_stdout)]

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "fixtures/txt/seed-pingyin-2024-4.txt".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let bytes = std::fs::read(&path).unwrap_or_default();
    let options = gongwen::Options::default();
    let mut tasks = 0;
    for _ in 0..n {
        if let Ok(doc) = gongwen::parse_bytes_with(&bytes, &options) {
            tasks += doc.tasks.len();
        }
    }
    println!("{tasks}");
}
