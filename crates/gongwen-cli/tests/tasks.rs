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

/// A sheet of an .xlsx file as rows of cells.
fn xlsx_sheet(path: &std::path::Path, name: &str) -> Vec<Vec<calamine::Data>> {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).expect("a valid workbook");
    let range = book.worksheet_range(name).expect("the sheet");
    range.rows().map(<[calamine::Data]>::to_vec).collect()
}

/// An Excel date serial as `YYYY-MM-DD` (days since 1899-12-30, the 1900 date system).
fn excel_date(serial: f64) -> String {
    // Howard Hinnant's civil_from_days, from 1970-01-01.
    let z = serial as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A cell as the CSV writes the same value.
fn as_csv(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        other => panic!("unexpected cell {other:?}"),
    }
}

#[test]
fn the_workbook_and_the_csv_carry_the_same_values() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    std::fs::create_dir_all(root.join("in")).expect("mkdir");
    for (from, to) in [
        ("fixtures/txt/seed-pingyin-2024-4.txt", "in/a.txt"),
        ("fixtures/docx/seed-pingyin-2024-4.docx", "in/b.docx"),
    ] {
        std::fs::copy(workspace().join(from), root.join(to)).expect("copy");
    }
    std::fs::write(root.join("in/c.txt"), [0u8, 1, 2, 0xff, 0xfe, 0, 0x10]).expect("write");
    std::fs::write(root.join("in/d.pdf"), "%PDF-1.7\n").expect("write");
    let out = gongwen_in(
        root,
        &["tasks", "in", "--xlsx", "台账.xlsx", "--csv", "tasks.csv"],
    );
    // The unreadable file fails the run, as for the CSV; the workbook is written all the same.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let (header, rows) = read_csv(&std::fs::read(root.join("tasks.csv")).expect("CSV"));
    let sheet = xlsx_sheet(&root.join("台账.xlsx"), "任务");
    assert_eq!(sheet.len(), 1 + rows.len());
    assert_eq!(rows.len(), 116);
    assert_eq!(
        sheet[0].len(),
        header.len() + 1,
        "the CSV's columns and 复核"
    );
    let mut dates = 0;
    for (csv_row, xlsx_row) in rows.iter().zip(&sheet[1..]) {
        for (i, name) in header.iter().enumerate() {
            assert_eq!(
                as_csv(&xlsx_row[i]),
                csv_row.get(i).expect("cell"),
                "column {name}"
            );
        }
        let deadline = header
            .iter()
            .position(|h| h == "deadline_date")
            .expect("column");
        if matches!(xlsx_row[deadline], calamine::Data::DateTime(_)) {
            dates += 1;
        }
    }
    assert!(dates > 50, "deadlines are dates: {dates}");

    // One row per input on the 文件 sheet, the failed and the skipped file included.
    let files = xlsx_sheet(&root.join("台账.xlsx"), "文件");
    let listed: Vec<(String, String, String)> = files[1..]
        .iter()
        .map(|r| (as_csv(&r[0]), as_csv(&r[1]), as_csv(&r[2])))
        .collect();
    assert_eq!(
        listed,
        [
            ("in/a.txt".into(), "已读取".into(), "txt".into()),
            ("in/b.docx".into(), "已读取".into(), "docx".into()),
            ("in/c.txt".into(), "失败".into(), String::new()),
            ("in/d.pdf".into(), "已跳过".into(), "pdf".into()),
        ]
    );
    assert!(
        as_csv(&files[3][10]).starts_with("not a text file"),
        "{:?}",
        files[3]
    );
    assert_eq!(as_csv(&files[1][8]), "58");
}

#[test]
fn the_seed_ledger_as_a_workbook_alone() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let xlsx = tmp.path().join("tasks.xlsx");
    let out = gongwen_in(
        &workspace(),
        &[
            "tasks",
            "fixtures/txt/seed-pingyin-2024-4.txt",
            "--xlsx",
            xlsx.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        out.stdout.is_empty(),
        "no CSV on stdout when only --xlsx is given"
    );
    let sheet = xlsx_sheet(&xlsx, "任务");
    assert_eq!(sheet.len(), 59);
    assert_eq!(as_csv(&sheet[0][0]), "文件");
    assert_eq!(as_csv(&sheet[0][22]), "复核");
    assert_eq!(as_csv(&sheet[1][18]), "2024-12-31");
    assert_eq!(as_csv(&sheet[1][9]).chars().next(), Some('重'));
    // The workbook is refused over an input, like every output.
    let out = gongwen_in(
        &workspace(),
        &[
            "tasks",
            "fixtures/txt/seed-pingyin-2024-4.txt",
            "--xlsx",
            "fixtures/txt/seed-pingyin-2024-4.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
