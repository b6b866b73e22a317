//! The `seed` benchmarks with mimalloc, the allocator the `gongwen` command uses.
//! `cargo bench -p gongwen --bench seed_mimalloc`.
#![allow(missing_docs)]

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

include!("common/seed_cases.rs");

fn main() {
    divan::main();
}
