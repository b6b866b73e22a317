//! Bad input through the library: a typed error that names the file and says what is
//! wrong, never a panic and never a partial document.

use std::path::Path;

use gongwen::ErrorKind;
use std::error::Error as _;

fn parse_file(name: &str, bytes: &[u8]) -> (String, gongwen::Error) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let err = gongwen::parse_path(&path).expect_err("must fail");
    assert_eq!(err.path(), Some(path.as_path()));
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{}: ", path.display())),
        "the message names the file: {text}"
    );
    (text, err)
}

fn seed_docx() -> Vec<u8> {
    std::fs::read(Path::new("fixtures/docx/seed-pingyin-2024-4.docx")).expect("seed .docx")
}

#[test]
fn truncated_docx() {
    let bytes = seed_docx();
    let (text, err) = parse_file("cut.docx", &bytes[..bytes.len() / 2]);
    assert_eq!(err.kind(), ErrorKind::CorruptZip, "{text}");
    assert_eq!(err.code(), "corrupt_zip");
    // The reader's own error is the source; its message is the message.
    let source = err.source().expect("the .docx reader's error");
    assert_eq!(err.message(), source.to_string());
    assert!(text.contains("truncated or corrupt zip archive"), "{text}");
}

#[test]
fn text_named_docx_is_not_a_zip() {
    let (text, err) = parse_file("notice.docx", "平政办字〔2024〕4号\n".as_bytes());
    assert_eq!(err.code(), "not_zip");
    assert!(
        text.ends_with("not a zip archive, so not a .docx file"),
        "{text}"
    );
}

#[test]
fn ole_signature_renamed_docx_goes_to_the_doc_reader() {
    // The OLE signature and zeros: read as a .doc whatever the name, and refused as a
    // damaged compound file.
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(512, 0);
    let (text, err) = parse_file("old.docx", &bytes);
    assert_eq!(err.code(), "corrupt_ole");
    assert!(text.contains("corrupt OLE compound file: "), "{text}");
}

#[test]
fn binary_named_txt_and_undecodable_text() {
    let (text, err) = parse_file("scan.txt", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff]);
    assert_eq!(err.code(), "not_text");
    assert!(text.contains("not a text file"), "{text}");

    // "2024通知：" in GB18030 forced through UTF-8: CD A8 and D6 AA happen to be valid
    // UTF-8 pairs, A3 is not; the error points at byte 8.
    let mut gb = b"2024".to_vec();
    gb.extend_from_slice(&[0xCD, 0xA8, 0xD6, 0xAA, 0xA3, 0xBA]);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("gb.txt");
    std::fs::write(&path, &gb).expect("write");
    let options = gongwen::Options::new().encoding("utf-8");
    let err = gongwen::parse_path_with(&path, &options).expect_err("not UTF-8");
    assert_eq!(err.code(), "undecodable");
    assert!(
        err.to_string().contains("not valid UTF-8 at byte offset 8"),
        "{err}"
    );
}

#[test]
fn input_over_the_size_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, vec![b'a'; 2048]).expect("write");
    let mut limits = gongwen::Limits::default();
    limits.max_input_bytes = 1024;
    let options = gongwen::Options::new().limits(limits);
    let err = gongwen::parse_path_with(&path, &options).expect_err("too large");
    assert_eq!(err.code(), "too_large");
    assert!(err.to_string().contains("max_input_bytes = 1024"), "{err}");
}

#[test]
fn docx_part_over_the_inflation_limit() {
    let mut limits = gongwen::Limits::default();
    limits.max_part_bytes = 4096;
    let options = gongwen::Options::new().limits(limits);
    let err = gongwen::parse_bytes_with(&seed_docx(), &options).expect_err("part too large");
    assert_eq!(err.code(), "inflated_too_large");
    assert!(
        err.to_string().contains("limit max_part_bytes = 4096"),
        "{err}"
    );
}

#[test]
fn unit_aliases_give_full_names_and_bad_tables_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let table = dir.path().join("aliases.toml");
    std::fs::write(
        &table,
        "[units]\n\"县发改局\" = \"县发展和改革局\"\n\"县投促局\" = \"县投资促进局\"\n",
    )
    .expect("write");
    let aliases = gongwen::load_unit_aliases(&table).expect("valid table");
    let options = gongwen::Options::new().unit_aliases(aliases);
    let doc = gongwen::parse_path_with("fixtures/txt/seed-pingyin-2024-4.txt", &options)
        .expect("seed parses");
    let units = &doc.tasks[0].units;
    assert_eq!(units[0].name, "县发改局");
    assert_eq!(units[0].full_name.as_deref(), Some("县发展和改革局"));
    assert_eq!(units[1].full_name.as_deref(), Some("县投资促进局"));
    assert_eq!(units[2].full_name, None);

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[units]\n县发改局 = 3\n").expect("write");
    let err = gongwen::load_unit_aliases(&bad).expect_err("not a string table");
    assert_eq!(err.code(), "invalid_aliases");
    assert!(
        err.to_string()
            .starts_with(&format!("{}: invalid unit alias table", bad.display()))
    );
}
