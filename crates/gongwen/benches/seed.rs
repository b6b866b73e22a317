//! The seed notice parsed from memory to a `Document`, .docx and .txt, side by side with
//! the raw floor: inflating `word/document.xml` and scanning it with quick-xml while
//! building nothing. `cargo bench -p gongwen --bench seed`.
#![allow(missing_docs)]
//!
//! With the system allocator, as a program using the library gets by default; the
//! `seed_mimalloc` bench runs the same cases with the allocator of the `gongwen` command.

include!("common/seed_cases.rs");

fn main() {
    divan::main();
}
