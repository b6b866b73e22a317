//! A folder as offices keep it: Word, text and web-page documents beside OFD files, PDFs,
//! spreadsheets, presentations, images and archives. The documents are converted (a page
//! saved under a server's name too, by its content), every other file is named and skipped
//! with its format (never failed), and the run exits 0.

mod common;

use std::path::Path;

use common::{gongwen, gongwen_in, stderr, workspace};
use gongwen_testkit::dockit::ole;
use gongwen_testkit::zipkit::{self, zip_parts};

fn write(root: &Path, name: &str, bytes: &[u8]) {
    let path = root.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, bytes).expect("write");
}

/// The documents, then one file of each other kind, with the format each must be skipped as.
fn office_folder(root: &Path) -> Vec<(&'static str, &'static str)> {
    for (from, to) in [
        ("fixtures/txt/seed-pingyin-2024-4.txt", "in/a-notice.txt"),
        ("fixtures/docx/seed-pingyin-2024-4.docx", "in/b-notice.docx"),
        ("fixtures/doc/seed-pingyin-2024-4.doc", "in/c-notice.doc"),
        (
            "fixtures/html/trs-qingao-2024-flood-inline-tasks.html",
            "in/d-notice.html",
        ),
        // A page as a site serves it, under the server's name: read by its content.
        (
            "fixtures/html/trs-qingao-2024-flood-inline-tasks.html",
            "in/e-notice.jsp",
        ),
    ] {
        let bytes = std::fs::read(workspace().join(from)).expect("fixture");
        write(root, to, &bytes);
    }
    let ct = zipkit::CONTENT_TYPES.as_bytes();
    let ofd = zip_parts(
        &[("OFD.xml", &b"<ofd:OFD/>"[..]), ("Doc_0/Document.xml", b"")],
        true,
    );
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        ("in/发文/2024-1.ofd", ofd.clone(), "ofd"),
        // Content first: an OFD file with a Word name is still OFD.
        ("in/发文/2024-2.docx", ofd, "ofd"),
        (
            "in/scan.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(),
            "pdf",
        ),
        (
            "in/台账.xlsx",
            zip_parts(
                &[
                    ("[Content_Types].xml", ct),
                    ("xl/workbook.xml", b"<workbook/>"),
                ],
                true,
            ),
            "xlsx",
        ),
        ("in/旧台账.xls", ole(&[("Workbook", &[0u8; 64][..])]), "xls"),
        (
            "in/汇报.pptx",
            zip_parts(
                &[("[Content_Types].xml", ct), ("ppt/presentation.xml", b"")],
                true,
            ),
            "pptx",
        ),
        (
            "in/汇报.ppt",
            ole(&[("PowerPoint Document", &[0u8; 64][..])]),
            "ppt",
        ),
        (
            "in/草稿.odt",
            zip_parts(
                &[("mimetype", &b"application/vnd.oasis.opendocument.text"[..])],
                false,
            ),
            "odt",
        ),
        ("in/Thumbs.db", ole(&[("Catalog", &[0u8; 16][..])]), "ole"),
        // Word's single-file web page under a .doc name: named, not read.
        (
            "in/网页.doc",
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n".to_vec(),
            "mht",
        ),
        (
            "in/photo.jpg",
            b"\xFF\xD8\xFF\xE0\0\x10JFIF\0".to_vec(),
            "jpeg",
        ),
        (
            "in/scan.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10".to_vec(),
            "png",
        ),
        ("in/scan.tif", b"II*\0\x08\0\0\0".to_vec(), "tiff"),
        (
            "in/材料.zip",
            zip_parts(&[("说明.txt", &b"x"[..])], true),
            "zip",
        ),
        ("in/材料.7z", b"7z\xBC\xAF\x27\x1C\0\x04".to_vec(), "7z"),
        ("in/材料.rar", b"Rar!\x1A\x07\x01\0".to_vec(), "rar"),
    ];
    let mut expected = Vec::new();
    for (name, bytes, format) in files {
        write(root, name, &bytes);
        expected.push((name, format));
    }
    write(root, "in/README.md", b"# notes\n");
    expected
}

fn report_lines(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .expect("report")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn a_mixed_folder_converts_the_documents_and_names_everything_else() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    let expected = office_folder(root);
    let out = gongwen_in(
        root,
        &[
            "batch",
            "in",
            "--ndjson",
            "out.ndjson",
            "--report",
            "r.jsonl",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        !err.contains("not supported"),
        "skips are not printed as failures: {err}"
    );
    assert!(
        err.contains(
            "22 files seen: 5 converted, 0 up to date, 17 skipped (2 ofd, 1 7z, 1 jpeg, 1 mht, \
             1 odt, 1 ole, 1 pdf, 1 png, 1 ppt, 1 pptx, 1 rar, 1 tiff, 1 xls, 1 xlsx, 1 zip, \
             1 other), 0 failed"
        ),
        "{err}"
    );
    let lines = report_lines(&root.join("r.jsonl"));
    assert_eq!(lines.len(), 22);
    let row = |path: &str| {
        lines
            .iter()
            .find(|l| l["path"] == path)
            .unwrap_or_else(|| panic!("{path} not in the report"))
    };
    for (doc, format) in [
        ("in/a-notice.txt", "txt"),
        ("in/b-notice.docx", "docx"),
        ("in/c-notice.doc", "doc"),
        ("in/d-notice.html", "html"),
        ("in/e-notice.jsp", "html"),
    ] {
        assert_eq!(row(doc)["status"], "converted", "{doc}");
        assert_eq!(row(doc)["format"], format, "{doc}");
    }
    for (name, format) in &expected {
        let line = row(name);
        assert_eq!(line["status"], "skipped", "{line}");
        assert_eq!(line["format"], *format, "{line}");
        let kind = line["error_kind"].as_str().expect("a code");
        assert!(
            matches!(
                kind,
                "unsupported_format" | "excel_file" | "powerpoint_file" | "no_word_document"
            ),
            "{line}"
        );
    }
    assert_eq!(
        row("in/发文/2024-1.ofd")["message"],
        "OFD (GB/T 33190) is not supported yet (gongwen reads .txt, .docx, .doc/.wps and \
         .html)"
    );
    assert_eq!(
        row("in/发文/2024-2.docx")["message"],
        "OFD (GB/T 33190) (the file is named .docx) is not supported yet (gongwen reads \
         .txt, .docx, .doc/.wps and .html)"
    );
    assert!(
        row("in/网页.doc")["message"]
            .as_str()
            .is_some_and(|m| m.starts_with(
                "MIME HTML (.mht) (the file is named like a Word .doc but is a single-file"
            )),
        "{}",
        row("in/网页.doc")
    );
    assert_eq!(row("in/README.md")["format"], serde_json::Value::Null);
    let ndjson = std::fs::read_to_string(root.join("out.ndjson")).expect("ndjson");
    assert_eq!(ndjson.lines().count(), 5);

    // tasks: the same inputs, the same verdicts, the tasks of the three documents.
    let out = gongwen_in(root, &["tasks", "in", "--report", "t.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bom = "\u{feff}".len();
    let rows = csv::Reader::from_reader(&out.stdout[bom..])
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("CSV");
    assert_eq!(rows.len(), 3 * 58 + 2 * 5);
    let skipped = report_lines(&root.join("t.jsonl"))
        .iter()
        .filter(|l| l["status"] == "skipped")
        .count();
    assert_eq!(skipped, 17);
}

#[test]
fn parse_names_the_format_and_exits_1() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    write(
        root,
        "发文.ofd",
        &zip_parts(&[("OFD.xml", &b"<ofd:OFD/>"[..])], true),
    );
    write(root, "scan.docx", b"%PDF-1.4\n");
    for (name, says) in [
        (
            "发文.ofd",
            "gongwen: 发文.ofd: OFD (GB/T 33190) is not supported yet (gongwen reads .txt, \
             .docx, .doc/.wps and .html) [unsupported_format]\n",
        ),
        (
            "scan.docx",
            "gongwen: scan.docx: PDF (the file is named .docx) is not supported yet (gongwen \
             reads .txt, .docx, .doc/.wps and .html) [unsupported_format]\n",
        ),
    ] {
        let out = gongwen_in(root, &["parse", name]);
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty());
        assert_eq!(stderr(&out), says);
    }
}

#[test]
fn version_names_the_schema_it_writes() {
    let out = gongwen(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "gongwen {} (JSON schema {})\n",
            env!("CARGO_PKG_VERSION"),
            gongwen::SCHEMA_VERSION
        )
    );
}
