//! The `gongwen` binary: stdout carries only JSON, messages go to stderr prefixed
//! `gongwen:` and naming the file, exit codes 0 / 1 / 2, `-o` writes atomically.

mod common;

use common::{gongwen, stderr, workspace};

/// What `gongwen parse --pretty` must print for a fixture (given by its path from the
/// workspace root): the library's pretty JSON, ending in a line end. (The document itself
/// is checked by the workspace's fixture snapshots and expected facts.)
fn library_json(rel: &str) -> String {
    let doc = gongwen::parse_path(workspace().join(rel)).unwrap_or_else(|e| panic!("{e}"));
    let json = gongwen::to_json_pretty(&doc);
    // The path as the CLI was given it, relative to the workspace root.
    let given = workspace().join(rel).display().to_string();
    let mut out = json.replace(&given, rel);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[test]
fn parse_prints_exactly_the_library_json() {
    let rel = "fixtures/txt/seed-pingyin-2024-4.txt";
    let out = gongwen(&["parse", rel, "--pretty"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "stderr: {}", stderr(&out));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 JSON");
    assert_eq!(stdout, library_json(rel));
    assert!(stdout.contains("\"path\": \"fixtures/txt/seed-pingyin-2024-4.txt\""));
}

#[test]
fn compact_output_is_one_line_of_json() {
    let out = gongwen(&["parse", "fixtures/txt/seed-pingyin-2024-4.txt"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(stdout.lines().count(), 1);
    let head = format!("{{\"schema_version\":\"{}\"", gongwen::SCHEMA_VERSION);
    assert!(stdout.starts_with(&head), "{stdout}");
    assert!(stdout.ends_with("}\n"));
}

#[test]
fn missing_file_is_exit_1_naming_the_file() {
    let out = gongwen(&["parse", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.starts_with("gongwen: no/such/file.txt: cannot read the file"),
        "{err}"
    );
}

#[test]
fn binary_and_legacy_inputs_are_refused_plainly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("scan.txt");
    std::fs::write(&bin, [0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x11]).expect("write");
    let out = gongwen(&["parse", bin.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not a text file"), "{}", stderr(&out));

    let doc = dir.path().join("old.docx");
    std::fs::write(&doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).expect("write");
    let out = gongwen(&["parse", doc.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("corrupt OLE compound file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn usage_errors_are_exit_2() {
    assert_eq!(gongwen(&["parse"]).status.code(), Some(2));
    assert_eq!(gongwen(&["frobnicate"]).status.code(), Some(2));
    let out = gongwen(&[
        "parse",
        "fixtures/txt/seed-pingyin-2024-4.txt",
        "--format",
        "pdf",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_path = dir.path().join("seed.json");
    let out = gongwen(&[
        "parse",
        "fixtures/txt/seed-pingyin-2024-4.txt",
        "--pretty",
        "-o",
        out_path.to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&out_path).expect("output written");
    assert_eq!(
        written,
        library_json("fixtures/txt/seed-pingyin-2024-4.txt")
    );
    // Nothing but the output in the directory: the temporary file was renamed.
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);

    let failed = dir.path().join("bad.json");
    let out = gongwen(&[
        "parse",
        "no/such.txt",
        "-o",
        failed.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!failed.exists());
}

#[test]
fn encoding_override_is_honoured_and_checked() {
    let out = gongwen(&[
        "parse",
        "fixtures/txt/linzhou-2022-forward-safety-gb18030.txt",
        "--encoding",
        "gbk",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"encoding\":\"GB18030\""));
    let out = gongwen(&[
        "parse",
        "fixtures/txt/linzhou-2022-forward-safety-gb18030.txt",
        "--encoding",
        "utf-8",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not valid UTF-8 at byte offset"),
        "{}",
        stderr(&out)
    );
    let out = gongwen(&[
        "parse",
        "fixtures/txt/seed-pingyin-2024-4.txt",
        "--encoding",
        "klingon",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("unknown encoding label"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let out = gongwen(&["schema"]);
    assert!(out.status.success());
    let checked_in =
        std::fs::read_to_string(workspace().join("schemas/gongwen.schema.json")).expect("schema");
    assert_eq!(String::from_utf8_lossy(&out.stdout), checked_in);
}

#[test]
fn unit_aliases_and_limits_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let table = dir.path().join("aliases.toml");
    std::fs::write(&table, "[units]\n\"县发改局\" = \"县发展和改革局\"\n").expect("write");
    let out = gongwen(&[
        "parse",
        "fixtures/txt/seed-pingyin-2024-4.txt",
        "--unit-aliases",
        table.to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"full_name\":\"县发展和改革局\""));

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "units = 3\n").expect("write");
    let out = gongwen(&[
        "parse",
        "fixtures/txt/seed-pingyin-2024-4.txt",
        "--unit-aliases",
        bad.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid unit alias table"),
        "{}",
        stderr(&out)
    );

    let out = gongwen(&[
        "parse",
        "fixtures/txt/seed-pingyin-2024-4.txt",
        "--max-input-bytes",
        "100",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("larger than the limit max_input_bytes = 100"),
        "{}",
        stderr(&out)
    );
}

/// Web pages: detected by content or by name, `--format html` forces it, and `batch` and
/// `tasks` take .html files from a folder.
#[test]
fn web_pages_in_every_command() {
    // By name, printing the snapshot's document.
    let out = gongwen(&[
        "parse",
        "fixtures/html/wordpaste-qinchuan-2024-business-env-gbk.html",
        "--pretty",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 JSON");
    assert_eq!(
        stdout,
        library_json("fixtures/html/wordpaste-qinchuan-2024-business-env-gbk.html")
    );

    // By content, under another name; and forced with --format.
    let dir = tempfile::tempdir().expect("tempdir");
    let page =
        std::fs::read(workspace().join("fixtures/html/trs-qingao-2024-flood-inline-tasks.html"))
            .expect("fixture");
    let saved = dir.path().join("saved-page.txt");
    std::fs::write(&saved, &page).expect("write");
    let out = gongwen(&["parse", saved.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(json.contains("\"format\":\"html\""), "{json:.300}");
    let fragment = dir.path().join("fragment.dat");
    std::fs::write(&fragment, "<p>各镇人民政府：</p><p>请认真抓好落实。</p>").expect("write");
    let out = gongwen(&[
        "parse",
        fragment.to_str().expect("utf-8 path"),
        "--format",
        "html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"format\":\"html\""));

    // batch and tasks pick .html (and .htm) files from a folder.
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).expect("mkdir");
    std::fs::write(input.join("a.html"), &page).expect("write");
    std::fs::write(input.join("b.htm"), &page).expect("write");
    let csv = dir.path().join("tasks.csv");
    let out = gongwen(&[
        "tasks",
        input.to_str().expect("utf-8 path"),
        "--csv",
        csv.to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = std::fs::read_to_string(&csv).expect("csv written");
    // A header and five tasks from each page.
    assert_eq!(rows.lines().count(), 11, "{rows}");
    assert!(rows.contains("县应急管理局"), "{rows}");
    let out = gongwen(&["batch", input.to_str().expect("utf-8 path"), "--ndjson"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}
