//! Helpers shared by the CLI tests: where the workspace is, running the binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root (fixtures, snapshots and schema live there).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A .txt fixture by name.
pub fn fixture(name: &str) -> PathBuf {
    workspace().join("fixtures/txt").join(name)
}

/// Runs `gongwen ARGS` in `dir`.
pub fn gongwen_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run gongwen")
}

/// Runs `gongwen ARGS` at the workspace root.
pub fn gongwen(args: &[&str]) -> Output {
    gongwen_in(&workspace(), args)
}

/// What the run printed on stderr.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
