//! `gongwen tasks`: every task as a CSV row, UTF-8 with BOM, read back with a CSV reader.

mod common;

use common::{gongwen_in, stderr, workspace};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// Header and rows of a CSV with a BOM.
fn read_csv(bytes: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    assert!(bytes.starts_with(BOM), "starts with a UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(&bytes[BOM.len()..]);
    let header = reader.headers().expect("header").clone();
    let rows = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("valid CSV");
    (header, rows)
}

fn cell<'a>(header: &csv::StringRecord, row: &'a csv::StringRecord, name: &str) -> &'a str {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    row.get(i).expect("cell")
}

#[test]
fn the_seed_tasks_read_back_from_the_csv() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let csv_path = tmp.path().join("tasks.csv");
    let out = gongwen_in(
        &workspace(),
        &[
            "tasks",
            "fixtures/txt/seed-pingyin-2024-4.txt",
            "--csv",
            csv_path.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(&csv_path).expect("CSV written");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF records");
    let (header, rows) = read_csv(&bytes);
    assert_eq!(rows.len(), 58);
    let first = &rows[0];
    assert_eq!(
        cell(&header, first, "file"),
        "fixtures/txt/seed-pingyin-2024-4.txt"
    );
    assert_eq!(cell(&header, first, "doc_number"), "平政办字〔2024〕4号");
    assert_eq!(cell(&header, first, "issuers"), "平阴县人民政府办公室");
    assert_eq!(cell(&header, first, "date"), "2024-06-28");
    assert_eq!(cell(&header, first, "seq"), "1");
    assert_eq!(cell(&header, first, "category_labels"), "一、/（一）");
    assert_eq!(
        cell(&header, first, "units"),
        "县发改局/县投促局/县商务事业发展中心/县生态环境局"
    );
    assert_eq!(cell(&header, first, "deadline_raw"), "2024年12月底前");
    assert_eq!(cell(&header, first, "deadline_kind"), "by_date");
    assert_eq!(cell(&header, first, "deadline_date"), "2024-12-31");
    assert_eq!(cell(&header, first, "deadline_inherited"), "false");
    assert_eq!(cell(&header, first, "section"), "一、/（一）");
    // Cells with commas, quotes or line breaks survive the round trip.
    assert!(
        rows.iter()
            .any(|r| cell(&header, r, "requirement").contains('，'))
    );

    // stdout carries the same bytes.
    let out = gongwen_in(
        &workspace(),
        &["tasks", "fixtures/txt/seed-pingyin-2024-4.txt"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, bytes);
}

#[test]
fn tasks_of_many_inputs_with_a_bad_one() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    std::fs::create_dir_all(root.join("in")).expect("mkdir");
    for name in ["a", "c"] {
        std::fs::copy(
            workspace().join("fixtures/txt/seed-pingyin-2024-4.txt"),
            root.join(format!("in/{name}.txt")),
        )
        .expect("copy");
    }
    std::fs::write(root.join("in/b.txt"), [0u8, 1, 2, 0xff, 0xfe, 0, 0x10]).expect("write");
    let out = gongwen_in(root, &["tasks", "in", "--jobs", "2", "--report", "r.jsonl"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("gongwen: in/b.txt: "),
        "{}",
        stderr(&out)
    );
    let (header, rows) = read_csv(&out.stdout);
    assert_eq!(rows.len(), 116);
    assert_eq!(cell(&header, &rows[0], "file"), "in/a.txt");
    assert_eq!(cell(&header, &rows[58], "file"), "in/c.txt");
    let report = std::fs::read_to_string(root.join("r.jsonl")).expect("report");
    assert!(
        report.contains("\"path\":\"in/b.txt\",\"status\":\"failed\""),
        "{report}"
    );
}
