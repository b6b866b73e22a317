//! Reads one .doc N times (a profiling target: `perf record` on it).
#![allow(clippy::print_stdout, clippy::unwrap_used, missing_docs)]
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap();
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let bytes = std::fs::read(path).unwrap();
    let mut total = 0;
    for _ in 0..n {
        total += gongwen_doc::read_doc(&bytes, &Default::default())
            .map(|b| b.len())
            .unwrap_or(0);
    }
    println!("{total}");
}
