//! A stable, coverage-less fuzz driver for machines without a nightly toolchain: runs a
//! fuzz target's body over its seed corpus and then over random mutations of the seeds
//! (byte flips, splices, truncations, insertions of other seeds' bytes).
//!
//! `cargo run --release -p gongwen-testkit --example drive -- TARGET [ITERATIONS] [SEED]`
//! with TARGET one of txt, docx, small_parsers, xml, html. A panic is the crash; the input that caused
//! it is written to `fuzz/artifacts/TARGET/crash-drive` first.
#![allow(missing_docs, clippy::print_stdout, clippy::print_stderr)]

use std::path::Path;

use gongwen_testkit::fuzz;

thread_local! {
    static CURRENT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// xorshift64*: deterministic for a given seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], data: &mut Vec<u8>) {
    for _ in 0..=rng.below(8) {
        let len = data.len();
        match rng.below(6) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                data.drain(a..b);
            }
            3 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + rng.below(256)).min(other.len());
                    let at = rng.below(len + 1);
                    data.splice(at..at, other[a..b].iter().copied());
                }
            }
            4 => data.truncate(rng.below(len + 1)),
            _ => {
                let at = rng.below(len + 1);
                let n = rng.below(16);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                data.splice(at..at, bytes);
            }
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let target = args.next().unwrap_or_else(|| "txt".to_owned());
    let iterations: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = root.join("fuzz/corpus-seed").join(&target);
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| std::fs::read(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    if seeds.is_empty() {
        eprintln!("no seeds in {}", dir.display());
        std::process::exit(2);
    }
    seeds.sort();
    let mut rng = Rng(seed | 1);
    let start = std::time::Instant::now();
    let artifacts = root.join("fuzz/artifacts").join(&target);
    // On a panic, the input being run is written out before the default report.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let data = CURRENT.with(|c| c.borrow().clone());
        let _ = std::fs::create_dir_all(&artifacts);
        let path = artifacts.join("crash-drive");
        let _ = std::fs::write(&path, data);
        eprintln!("input written to {}", path.display());
        default_hook(info);
    }));
    for i in 0..iterations {
        let mut data = seeds[rng.below(seeds.len())].clone();
        if i >= seeds.len() as u64 {
            mutate(&mut rng, &seeds, &mut data);
        }
        CURRENT.with(|c| c.borrow_mut().clone_from(&data));
        fuzz::run(&target, &data);
        if i % 10_000 == 0 && i > 0 {
            println!(
                "{target}: {i} inputs, {:.0}/s",
                i as f64 / start.elapsed().as_secs_f64()
            );
        }
    }
    println!(
        "{target}: {iterations} inputs in {:.1}s, no crash",
        start.elapsed().as_secs_f64()
    );
}
