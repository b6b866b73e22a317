//! `gongwen batch`: one bad file never stops the batch, resumed runs, NDJSON order,
//! the mirrored output tree, refusing to write over an input, skipped files, --fail-fast.

mod common;

use common::{fixture, gongwen_in, stderr, workspace};

use std::path::{Path, PathBuf};

fn copy(from: &Path, to: &Path) {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
}

/// The report as (path, status, error_kind) triples, checking each line's keys.
fn report(path: &Path) -> Vec<(String, String, Option<String>)> {
    report_lines(path)
        .into_iter()
        .map(|v| {
            (
                v["path"].as_str().expect("path").to_owned(),
                v["status"].as_str().expect("status").to_owned(),
                v["error_kind"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// The report's lines, each checked for its keys in their order.
fn report_lines(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .expect("report written")
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let obj = v.as_object().expect("object");
            let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            assert_eq!(
                sorted,
                ["error_kind", "format", "message", "path", "status"],
                "{line}"
            );
            assert!(line.starts_with("{\"path\":"), "{line}");
            assert!(line.contains("\"status\":"), "{line}");
            v
        })
        .collect()
}

fn statuses(path: &Path) -> Vec<String> {
    report(path).into_iter().map(|(_, s, _)| s).collect()
}

/// Every file under `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("ls") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("inside");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// in/a.txt, in/b/c.txt, in/b/d.txt: three good notices.
fn three_notices(root: &Path) {
    copy(&fixture("seed-pingyin-2024-4.txt"), &root.join("in/a.txt"));
    copy(
        &fixture("xiajin-2023-business-env-tasks.txt"),
        &root.join("in/b/c.txt"),
    );
    copy(
        &fixture("linzhou-2022-forward-safety-gb18030.txt"),
        &root.join("in/b/d.txt"),
    );
}

#[test]
fn a_corrupt_file_in_the_middle_fails_alone() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    std::fs::write(root.join("in/b/bad.txt"), [0u8, 1, 2, 0xff, 0xfe, 0, 0x10]).expect("write");
    let out = gongwen_in(
        root,
        &[
            "batch",
            "in",
            "--out-dir",
            "out",
            "--report",
            "report.jsonl",
            "--jobs",
            "2",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("gongwen: in/b/bad.txt: not a text file"),
        "{err}"
    );
    assert!(
        err.contains("4 files seen: 3 converted, 0 up to date, 0 skipped, 1 failed"),
        "{err}"
    );
    assert_eq!(
        report(&root.join("report.jsonl")),
        [
            ("in/a.txt".into(), "converted".into(), None),
            (
                "in/b/bad.txt".into(),
                "failed".into(),
                Some("not_text".into())
            ),
            ("in/b/c.txt".into(), "converted".into(), None),
            ("in/b/d.txt".into(), "converted".into(), None),
        ]
    );
    assert_eq!(
        tree(&root.join("out")),
        ["in/a.txt.json", "in/b/c.txt.json", "in/b/d.txt.json"]
    );
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("out/in/a.txt.json")).expect("output"),
    )
    .expect("valid JSON");
    assert_eq!(json["doc_number"]["normalized"], "平政办字〔2024〕4号");
}

#[test]
fn a_resumed_run_skips_up_to_date_outputs_and_force_reconverts() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    let run = |extra: &[&str]| {
        let mut args = vec!["batch", "in", "--out-dir", "out", "--report", "r.jsonl"];
        args.extend_from_slice(extra);
        let out = gongwen_in(root, &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        statuses(&root.join("r.jsonl"))
    };
    assert_eq!(run(&[]), ["converted", "converted", "converted"]);
    assert_eq!(run(&[]), ["up_to_date", "up_to_date", "up_to_date"]);

    // An interrupted run: one output missing, one input changed since.
    std::fs::remove_file(root.join("out/in/b/c.txt.json")).expect("rm");
    copy(
        &fixture("xuchang-2025-urban-renewal-lead-first.txt"),
        &root.join("in/b/d.txt"),
    );
    assert_eq!(run(&[]), ["up_to_date", "converted", "converted"]);
    let d = std::fs::read_to_string(root.join("out/in/b/d.txt.json")).expect("output");
    assert!(
        d.contains("\"encoding\":\"UTF-8\""),
        "d.txt was reconverted"
    );

    assert_eq!(run(&["--force"]), ["converted", "converted", "converted"]);
    let out = gongwen_in(root, &["batch", "in", "--out-dir", "out", "--pretty"]);
    assert!(
        stderr(&out).contains("0 converted, 3 up to date"),
        "{}",
        stderr(&out)
    );
}

/// An output records the gongwen that wrote it (`source.generator`); a resumed run
/// converts again what an older gongwen wrote, even from the same input bytes.
#[test]
fn a_resumed_run_redoes_outputs_of_an_older_gongwen() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    let run = |pretty: bool| {
        let mut args = vec!["batch", "in", "--out-dir", "out", "--report", "r.jsonl"];
        if pretty {
            args.push("--pretty");
        }
        let out = gongwen_in(root, &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        statuses(&root.join("r.jsonl"))
    };
    assert_eq!(run(true), ["converted", "converted", "converted"]);
    let a = root.join("out/in/a.txt.json");
    let written = std::fs::read_to_string(&a).expect("output");
    let line = format!("\"generator\": \"gongwen {}\"", env!("CARGO_PKG_VERSION"));
    assert!(written.contains(&line), "{line} in the output");

    // As an older gongwen wrote it: same input hash, same schema version.
    std::fs::write(
        &a,
        written.replace(&line, "\"generator\": \"gongwen 0.1.9\""),
    )
    .expect("write");
    assert_eq!(run(true), ["converted", "up_to_date", "up_to_date"]);
    assert_eq!(std::fs::read_to_string(&a).expect("output"), written);

    // As gongwen wrote it before the generator was recorded.
    let c = root.join("out/in/b/c.txt.json");
    let written = std::fs::read_to_string(&c).expect("output");
    let without = written.replace(&format!(",\n    {line}"), "");
    assert!(without.len() < written.len());
    serde_json::from_str::<serde_json::Value>(&without).expect("still JSON");
    std::fs::write(&c, without).expect("write");
    assert_eq!(run(true), ["up_to_date", "converted", "up_to_date"]);
    assert_eq!(std::fs::read_to_string(&c).expect("output"), written);
}

#[test]
fn ndjson_is_in_sorted_input_order_whatever_the_jobs() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    let fixtures: Vec<PathBuf> = std::fs::read_dir(workspace().join("fixtures/txt"))
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    // Names whose sorted order differs from the creation order, in nested folders.
    let mut expected = Vec::new();
    for i in 0..24usize {
        let name = format!("in/{}/{:02}.txt", ["z", "a", "m"][i % 3], (i * 7) % 24);
        copy(&fixtures[i % fixtures.len()], &root.join(&name));
        expected.push(name);
    }
    expected.sort();
    let mut outputs = Vec::new();
    for jobs in ["1", "2"] {
        let out = gongwen_in(root, &["batch", "in", "--ndjson", "--jobs", jobs]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        let paths: Vec<String> = stdout
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).expect("one JSON per line");
                v["source"]["path"].as_str().expect("path").to_owned()
            })
            .collect();
        assert_eq!(paths, expected, "--jobs {jobs}");
        outputs.push(stdout);
    }
    assert_eq!(outputs[0], outputs[1]);
    // To a file: the same bytes.
    let out = gongwen_in(
        root,
        &["batch", "in", "--jobs", "2", "--ndjson", "all.ndjson"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(root.join("all.ndjson")).expect("written"),
        outputs[0]
    );
}

#[test]
fn out_dir_mirrors_the_input_tree() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    copy(
        &workspace().join("fixtures/docx/seed-pingyin-2024-4.docx"),
        &root.join("in/b/a.docx"),
    );
    // INPUT folder named: its name is the first level of the tree.
    let out = gongwen_in(root, &["batch", "in", "--out-dir", "out1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        tree(&root.join("out1")),
        [
            "in/a.txt.json",
            "in/b/a.docx.json",
            "in/b/c.txt.json",
            "in/b/d.txt.json"
        ]
    );
    // `.` as INPUT: the paths inside it; the output folder inside it is not walked.
    let inside = root.join("in");
    let out = gongwen_in(&inside, &["batch", ".", "--out-dir", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        tree(&inside.join("json")),
        [
            "a.txt.json",
            "b/a.docx.json",
            "b/c.txt.json",
            "b/d.txt.json"
        ]
    );
    let again = gongwen_in(&inside, &["batch", ".", "--out-dir", "json"]);
    assert!(
        stderr(&again).contains("4 files seen: 0 converted, 4 up to date"),
        "{}",
        stderr(&again)
    );
    // A file named on the command line: its name.
    let out = gongwen_in(root, &["batch", "in/b/c.txt", "--out-dir", "out2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(tree(&root.join("out2")), ["c.txt.json"]);
    // Two inputs that would land on the same output: a usage error, nothing written.
    copy(
        &fixture("seed-pingyin-2024-4.txt"),
        &root.join("other/c.txt"),
    );
    let out = gongwen_in(
        root,
        &["batch", "in/b/c.txt", "other/c.txt", "--out-dir", "out3"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(tree(&root.join("out3")).is_empty());
}

#[cfg(unix)]
#[test]
fn an_output_that_is_an_input_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    let original = std::fs::read(root.join("in/a.txt")).expect("read");
    std::fs::create_dir_all(root.join("out/in")).expect("mkdir");
    std::os::unix::fs::symlink(root.join("in/a.txt"), root.join("out/in/a.txt.json"))
        .expect("symlink");
    let out = gongwen_in(
        root,
        &["batch", "in", "--out-dir", "out", "--report", "r.jsonl"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("refusing to write"),
        "{}",
        stderr(&out)
    );
    let rows = report(&root.join("r.jsonl"));
    assert_eq!(rows[0].1, "failed");
    assert_eq!(rows[0].2.as_deref(), Some("output_is_input"));
    assert_eq!(rows[1].1, "converted");
    assert_eq!(
        std::fs::read(root.join("in/a.txt")).expect("read"),
        original
    );

    // --ndjson, --report or --csv naming an input document: a usage error, input untouched.
    for args in [
        &["batch", "in", "--ndjson", "in/a.txt"][..],
        &["batch", "--ndjson", "in/a.txt", "in/b"][..],
        &["batch", "in", "--ndjson", "--report", "in/b/c.txt"][..],
        &["tasks", "in", "--csv", "in/b/d.txt"][..],
    ] {
        let out = gongwen_in(root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("refusing to write over an input"),
            "{}",
            stderr(&out)
        );
    }
    // A link of another name to an input is the input too; /dev/null is never one.
    std::os::unix::fs::symlink(root.join("in/a.txt"), root.join("report.log")).expect("symlink");
    let out = gongwen_in(root, &["batch", "in", "--ndjson", "--report", "report.log"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--report report.log: refusing to write over an input"),
        "{}",
        stderr(&out)
    );
    let out = gongwen_in(root, &["batch", "in/b", "--ndjson", "/dev/null"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(root.join("in/a.txt")).expect("read"),
        original
    );
}

#[test]
fn files_that_are_not_documents_are_skipped_not_failed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    std::fs::write(root.join("in/README.md"), "# notes").expect("write");
    std::fs::write(root.join("in/b/scan.png"), [0x89, b'P', b'N', b'G', 0, 0]).expect("write");
    std::fs::write(root.join("in/b/~$lock.docx"), [0u8; 162]).expect("write");
    // A zip with another name is tried as .docx.
    copy(
        &workspace().join("fixtures/docx/seed-pingyin-2024-4.docx"),
        &root.join("in/b/renamed.bin"),
    );
    let out = gongwen_in(root, &["batch", "in", "--ndjson", "--report", "r.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 4);
    let rows = report(&root.join("r.jsonl"));
    let status = |p: &str| {
        rows.iter()
            .find(|r| r.0 == p)
            .map(|r| r.1.as_str())
            .unwrap_or("absent")
    };
    assert_eq!(status("in/README.md"), "skipped");
    assert_eq!(status("in/b/scan.png"), "skipped");
    assert_eq!(status("in/b/~$lock.docx"), "skipped");
    assert_eq!(status("in/b/renamed.bin"), "converted");
    assert!(
        stderr(&out).contains(
            "7 files seen: 4 converted, 0 up to date, 3 skipped (1 png, 2 other), 0 failed"
        ),
        "{}",
        stderr(&out)
    );

    // --glob keeps only the matching files; the others are not seen at all.
    let out = gongwen_in(root, &["batch", "in", "--ndjson", "--glob", "b/*.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 files seen: 2 converted"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_do_not_hang() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    std::os::unix::fs::symlink("..", root.join("in/b/up")).expect("symlink");
    let out = gongwen_in(root, &["batch", "in", "--ndjson", "--report", "r.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = report(&root.join("r.jsonl"));
    assert!(
        rows.contains(&("in/b/up".into(), "skipped".into(), None)),
        "{rows:?}"
    );
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    std::fs::create_dir_all(root.join("in")).expect("mkdir");
    std::fs::write(root.join("in/000-bad.txt"), [0u8, 1, 2, 0xff]).expect("write");
    for i in 1..=40 {
        copy(
            &fixture("seed-pingyin-2024-4.txt"),
            &root.join(format!("in/{i:03}.txt")),
        );
    }
    let out = gongwen_in(
        root,
        &[
            "batch",
            "in",
            "--out-dir",
            "out",
            "--jobs",
            "1",
            "--fail-fast",
            "--report",
            "r.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let rows = statuses(&root.join("r.jsonl"));
    assert_eq!(rows[0], "failed");
    assert!(
        rows.len() < 41,
        "stopped early: {} files reported",
        rows.len()
    );
    // Whatever was written is whole: no temporary file, every output parses.
    let written = tree(&root.join("out"));
    assert_eq!(written.len(), rows.len() - 1);
    for name in written {
        assert!(name.ends_with(".txt.json"), "{name}");
        let text = std::fs::read_to_string(root.join("out").join(&name)).expect("read");
        serde_json::from_str::<serde_json::Value>(&text).expect("whole JSON");
    }
    // Without --fail-fast every file is done.
    let out = gongwen_in(
        root,
        &["batch", "in", "--out-dir", "out", "--report", "r.jsonl"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(statuses(&root.join("r.jsonl")).len(), 41);
}

#[test]
fn usage_errors_are_exit_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    three_notices(root);
    for args in [
        &["batch", "in"][..],
        &["batch", "--ndjson"][..],
        &["batch", "in", "--out-dir", "o", "--ndjson"][..],
        &["batch", "in", "--ndjson", "--force"][..],
        &["batch", "in", "--ndjson", "--jobs", "0"][..],
        &["batch", "in", "--ndjson", "--glob", "a[b"][..],
        &["tasks"][..],
    ] {
        let out = gongwen_in(root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // A missing input is a failed file, not a usage error.
    let out = gongwen_in(root, &["batch", "in", "no/such.txt", "--ndjson"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("gongwen: no/such.txt: cannot read the file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}
