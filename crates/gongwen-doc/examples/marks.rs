#![allow(missing_docs, clippy::print_stdout, clippy::unwrap_used)]
fn main() {
    let b = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    for l in gongwen_doc::debug_marks(&b) {
        println!("{l}");
    }
}
