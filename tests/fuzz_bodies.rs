//! The fuzz targets' bodies over their seed corpora (`fuzz/corpus-seed/<target>/`), on
//! stable, so CI runs every target without a nightly toolchain. The bodies are in
//! `gongwen_testkit::fuzz`, shared with `fuzz/fuzz_targets/*.rs`; a crash the fuzzer finds
//! becomes a seed file here and a named regression test below.

use std::path::Path;

use gongwen_testkit::fuzz;

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new("fuzz/corpus-seed").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(&p).ok()?)))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seeds in {}", dir.display());
    out
}

fn run_seeds(target: &str) {
    for (name, data) in seeds(target) {
        let ok = std::panic::catch_unwind(|| fuzz::run(target, &data));
        assert!(
            matches!(ok, Ok(true)),
            "fuzz target {target} fails on {name}"
        );
    }
}

#[test]
fn txt_seeds() {
    run_seeds("txt");
}

#[test]
fn docx_seeds() {
    run_seeds("docx");
}

#[test]
fn doc_seeds() {
    run_seeds("doc");
}

#[test]
fn small_parsers_seeds() {
    run_seeds("small_parsers");
}

#[test]
fn xml_seeds() {
    run_seeds("xml");
}

#[test]
fn html_seeds() {
    run_seeds("html");
}

#[test]
fn every_target_has_seeds() {
    for target in fuzz::TARGETS {
        assert!(!seeds(target).is_empty());
    }
}
