//! Parses the seed notice many times: a target for profilers (callgrind, perf).
//! `cargo run --release -p gongwen --example profile_seed -- fixtures/txt/seed-pingyin-2024-4.txt 200`
//! (with `READ_ONLY=1`, a .docx is only read into blocks: the reader's share alone).
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
    if std::env::var_os("READ_ONLY").is_some() {
        // The .docx reader alone, to split its cost from the structurer's.
        for _ in 0..n {
            if let Ok(blocks) =
                gongwen_docx::read_docx(&bytes, &gongwen_docx::DocxLimits::default())
            {
                tasks += blocks.len();
            }
        }
        println!("{tasks}");
        return;
    }
    for _ in 0..n {
        if let Ok(doc) = gongwen::parse_bytes_with(&bytes, &options) {
            tasks += doc.tasks.len();
        }
    }
    println!("{tasks}");
}
