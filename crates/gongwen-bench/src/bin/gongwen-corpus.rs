//! `gongwen-corpus DIR [COUNT] [SEED] [txt|docx|both]`: writes the benchmark corpus
//! (default 2,000 notices, seed 2024, both formats) under DIR/txt and DIR/docx.

use std::path::PathBuf;
use std::process::ExitCode;

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: gongwen-corpus DIR [COUNT] [SEED] [txt|docx|both]");
        return ExitCode::from(2);
    };
    let count = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2024);
    let which = args.get(3).map_or("both", String::as_str);
    let (txt, docx) = (which != "docx", which != "txt");
    match gongwen_bench::write_corpus(&dir, count, seed, txt, docx) {
        Ok(files) => {
            eprintln!(
                "gongwen-corpus: wrote {} files under {}",
                files.len(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gongwen-corpus: {}: {e}", dir.display());
            ExitCode::from(1)
        }
    }
}
