//! The hostile and broken files of `fixtures/bad/` (described in its README): each is
//! refused with the exact `Error::code()` the README states, a message naming the
//! file, and no panic.

use std::path::{Path, PathBuf};

use gongwen::{Limits, Options};

fn bad(name: &str) -> PathBuf {
    Path::new("fixtures/bad").join(name)
}

/// Parses `fixtures/bad/<name>` with `options` and returns the error's code and message.
fn refuse_with(name: &str, options: &Options) -> (&'static str, String) {
    let path = bad(name);
    let err = match gongwen::parse_path_with(&path, options) {
        Ok(_) => panic!("{} must be refused", path.display()),
        Err(err) => err,
    };
    assert_eq!(err.path(), Some(path.as_path()));
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}: ", path.display())),
        "the message names the file: {message}"
    );
    (err.code(), message)
}

fn refuse(name: &str) -> (&'static str, String) {
    refuse_with(name, &Options::default())
}

#[test]
fn truncated_docx_is_corrupt_zip() {
    let (code, message) = refuse("truncated.docx");
    assert_eq!(code, "corrupt_zip", "{message}");
    assert!(
        message.contains("truncated or corrupt zip archive"),
        "{message}"
    );
}

#[test]
fn malformed_document_xml_names_part_and_offset() {
    let (code, message) = refuse("malformed-document-xml.docx");
    assert_eq!(code, "malformed_xml", "{message}");
    assert!(
        message.contains("malformed XML in part word/document.xml at byte offset"),
        "{message}"
    );
}

#[test]
fn zip_without_document_part() {
    let (code, message) = refuse("no-document-part.docx");
    assert_eq!(code, "no_document_part", "{message}");
}

#[test]
fn workbook_named_docx_is_named_as_a_workbook() {
    let path = bad("xlsx-named.docx");
    let err = gongwen::parse_path(&path).expect_err("a workbook");
    assert_eq!(err.code(), "unsupported_format", "{err}");
    assert_eq!(
        err.unsupported_format(),
        Some(gongwen::UnsupportedFormat::Xlsx)
    );
    assert!(
        err.message()
            .starts_with("Excel workbook (.xlsx) (the file is named .docx) is not supported yet"),
        "{err}"
    );
}

#[test]
fn ole_signature_docx_is_a_corrupt_ole_file() {
    // Named .docx, but the OLE signature sends it to the .doc reader, which finds no
    // valid compound file behind the signature.
    let (code, message) = refuse("ole-signature.docx");
    assert_eq!(code, "corrupt_ole", "{message}");
    assert!(message.contains("corrupt OLE compound file"), "{message}");
}

#[test]
fn zip_bomb_is_refused_while_inflating() {
    // 33 KB inflating to 32 MiB: refused under a 16 MiB part limit, as a service would set.
    let mut limits = Limits::default();
    limits.max_part_bytes = 16 << 20;
    let (code, message) = refuse_with("zip-bomb.docx", &Options::new().limits(limits));
    assert_eq!(code, "inflated_too_large", "{message}");
    assert!(
        message.contains("part word/document.xml inflates to more than 16777216 bytes"),
        "{message}"
    );
    assert!(message.contains("limit max_part_bytes"), "{message}");
    // And under the total limit, too.
    let mut limits = Limits::default();
    limits.max_total_bytes = 1 << 20;
    let (code, message) = refuse_with("zip-bomb.docx", &Options::new().limits(limits));
    assert_eq!(code, "inflated_too_large", "{message}");
    assert!(message.contains("limit max_total_bytes"), "{message}");
}

#[test]
fn deeply_nested_xml_is_too_deep() {
    let (code, message) = refuse("deeply-nested.docx");
    assert_eq!(code, "too_deep", "{message}");
    assert!(message.contains("limit max_xml_depth = 256"), "{message}");
    assert!(message.contains("part word/document.xml"), "{message}");
}

#[test]
fn png_named_txt_is_named_as_an_image() {
    let (code, message) = refuse("png-named.txt");
    // Content first: the PNG signature wins over the .txt name.
    assert_eq!(code, "unsupported_format", "{message}");
    assert!(
        message.ends_with(
            "PNG image (the file is named .txt) is not supported yet (gongwen reads .txt, \
             .docx, .doc/.wps and .html)"
        ),
        "{message}"
    );
}

#[test]
fn binary_named_txt_is_not_text() {
    let (code, message) = refuse("binary-named.txt");
    assert_eq!(code, "not_text", "{message}");
    assert!(message.contains("at byte offset"), "{message}");
}

#[test]
fn png_named_html_is_named_as_an_image() {
    let (code, message) = refuse("png-named.html");
    // Content first, over a web page's name too.
    assert_eq!(code, "unsupported_format", "{message}");
    assert!(
        message.contains("PNG image (the file is named .html) is not supported yet"),
        "{message}"
    );
}

#[test]
fn binary_named_html_is_not_a_page() {
    let (code, message) = refuse("binary-named.html");
    assert_eq!(code, "not_text", "{message}");
    assert!(
        message.contains("not an HTML page: a NUL byte at byte offset 0"),
        "{message}"
    );
}

#[test]
fn invalid_utf8_and_gb18030_is_undecodable() {
    let (code, message) = refuse("invalid-utf8-and-gb18030.txt");
    assert_eq!(code, "undecodable", "{message}");
    assert!(message.contains("at byte offset"), "{message}");
    assert!(message.contains("--encoding"), "a hint: {message}");
}

#[test]
fn utf16_with_odd_byte_count_is_undecodable() {
    let (code, message) = refuse("utf16-odd-length.txt");
    assert_eq!(code, "undecodable", "{message}");
    assert!(message.contains("UTF-16LE"), "{message}");
}

#[test]
fn empty_file() {
    let (code, message) = refuse("empty.txt");
    assert_eq!(code, "empty", "{message}");
}

#[test]
fn pdf_named_docx_is_unsupported() {
    let (code, message) = refuse("pdf-named.docx");
    assert_eq!(code, "unsupported_format", "{message}");
    assert!(
        message.contains("PDF (the file is named .docx)"),
        "{message}"
    );
}

#[test]
fn text_named_docx_is_not_a_zip() {
    let (code, message) = refuse("text-named.docx");
    // The extension says .docx and the bytes are no zip: the .docx reader says so.
    assert_eq!(code, "not_zip", "{message}");
}

#[test]
fn a_directory() {
    let (code, message) = refuse("a-directory.docx");
    assert_eq!(code, "is_a_directory", "{message}");
}

#[test]
fn every_bad_file_has_a_test_and_a_readme_entry() {
    let readme = std::fs::read_to_string(bad("README.md")).expect("fixtures/bad/README.md");
    let this = std::fs::read_to_string("tests/bad_files.rs").expect("this file");
    for entry in std::fs::read_dir("fixtures/bad").expect("fixtures/bad") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name == "README.md" || name == "make_bad.py" {
            continue;
        }
        assert!(
            readme.contains(&format!("`{name}`")),
            "{name} is not described in the README"
        );
        assert!(this.contains(&format!("\"{name}\"")), "{name} has no test");
    }
}
