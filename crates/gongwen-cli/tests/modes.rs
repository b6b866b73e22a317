//! Every file gongwen writes gets the mode any new file of the user gets (0666 minus the
//! umask), and an output that replaces an existing file keeps that file's mode. The umask
//! is set in a child shell that then runs the binary, so the tests stay thread-safe.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use common::{stderr, workspace};

/// Runs `gongwen ARGS` in `dir` under `umask`.
fn gongwen_umask(dir: &Path, umask: &str, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run sh")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Each kind of output: the command, and the files it writes (relative to the folder).
fn outputs() -> Vec<(Vec<&'static str>, Vec<&'static str>)> {
    vec![
        (
            vec!["parse", "in/a.txt", "-o", "parse.json"],
            vec!["parse.json"],
        ),
        (
            vec![
                "batch",
                "in",
                "--out-dir",
                "json",
                "--force",
                "--report",
                "batch.jsonl",
            ],
            vec!["json/in/a.txt.json", "json/in/b.txt.json", "batch.jsonl"],
        ),
        (
            vec!["batch", "in", "--ndjson", "all.ndjson"],
            vec!["all.ndjson"],
        ),
        (
            vec![
                "tasks",
                "in",
                "--csv",
                "tasks.csv",
                "--report",
                "tasks.jsonl",
            ],
            vec!["tasks.csv", "tasks.jsonl"],
        ),
        (
            vec!["tasks", "in", "--xlsx", "tasks.xlsx"],
            vec!["tasks.xlsx"],
        ),
    ]
}

fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(tmp.path().join("in")).expect("mkdir");
    for name in ["a.txt", "b.txt"] {
        std::fs::copy(
            workspace().join("fixtures/txt/seed-pingyin-2024-4.txt"),
            tmp.path().join("in").join(name),
        )
        .expect("copy");
    }
    tmp
}

#[test]
fn new_outputs_get_0666_minus_the_umask() {
    for (umask, want) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let tmp = folder();
        for (args, files) in outputs() {
            let out = gongwen_umask(tmp.path(), umask, &args);
            assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
            for file in files {
                assert_eq!(
                    mode(&tmp.path().join(file)),
                    want,
                    "{file} under umask {umask} ({args:?})"
                );
            }
        }
    }
}

#[test]
fn replaced_outputs_keep_their_mode() {
    let tmp = folder();
    for (args, files) in outputs() {
        // Written once under 022, then set to a mode of the user's choosing.
        let out = gongwen_umask(tmp.path(), "022", &args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        for file in &files {
            let path = tmp.path().join(file);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        }
        // Written again under 077: the mode chosen stays.
        let out = gongwen_umask(tmp.path(), "077", &args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        for file in &files {
            assert_eq!(mode(&tmp.path().join(file)), 0o640, "{file} ({args:?})");
        }
    }
    // Nothing else was left in the folder: no temporary files.
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "all.ndjson",
            "batch.jsonl",
            "in",
            "json",
            "parse.json",
            "tasks.csv",
            "tasks.jsonl",
            "tasks.xlsx"
        ]
    );
}
