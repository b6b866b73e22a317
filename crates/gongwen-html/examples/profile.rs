//! Reads a page N times, for profiling: `cargo run --release -p gongwen-html --example
//! profile -- PAGE.html 500`.
#![allow(clippy::print_stdout)]

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let bytes = std::fs::read(&path).unwrap_or_default();
    let limits = gongwen_html::HtmlLimits::default();
    let mut blocks = 0;
    for _ in 0..n {
        blocks += gongwen_html::read_html(&bytes, None, &limits).map_or(0, |o| o.blocks.len());
    }
    println!("{blocks}");
}
