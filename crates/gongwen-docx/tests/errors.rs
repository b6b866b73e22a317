//! Bad input: every case is a typed, actionable error, never a panic, a stack overflow or
//! an allocation sized by what a header claims.

mod common;

use common::*;
use gongwen_docx::{DocxError, DocxLimits, read_docx};

fn limits() -> DocxLimits {
    DocxLimits::default()
}

#[test]
fn not_a_zip() {
    for bytes in [&b""[..], b"hello, world", b"<w:document/>", &[0u8; 100]] {
        let err = read_err(bytes, &limits());
        assert_eq!(err, DocxError::NotZip);
        assert_eq!(err.to_string(), "not a zip archive, so not a .docx file");
    }
}

#[test]
fn ole_file_is_a_legacy_or_encrypted_doc() {
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend_from_slice(&[0; 504]);
    let err = read_err(&bytes, &limits());
    assert_eq!(err, DocxError::LegacyOrEncrypted);
    assert_eq!(
        err.to_string(),
        "encrypted or legacy Word .doc file: not supported, save it as .docx"
    );
}

#[test]
fn zip_without_document_part() {
    let bytes = zip(&[("hello.txt", b"hi"), ("xl/workbook.xml", b"<workbook/>")]);
    let err = read_err(&bytes, &limits());
    assert_eq!(err, DocxError::MissingDocumentPart);
    assert!(err.to_string().contains("no Word document part"), "{err}");

    // A relationship to a part that is not there, and no word/document.xml either.
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/missing.xml"/></Relationships>"#;
    let bytes = zip(&[("_rels/.rels", rels.as_bytes())]);
    assert_eq!(read_err(&bytes, &limits()), DocxError::MissingDocumentPart);
}

#[test]
fn truncated_zip() {
    let bytes = docx(&p("正文").repeat(200));
    for cut in [bytes.len() / 2, bytes.len() - 10, 30] {
        let err = read_err(&bytes[..cut], &limits());
        assert!(matches!(err, DocxError::CorruptZip { .. }), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("truncated or corrupt zip archive"),
            "{err}"
        );
    }
}

#[test]
fn corrupt_part_data() {
    let bytes = docx(&p("正文").repeat(200));
    // Flip bytes in the middle of the compressed document.xml data: the central directory
    // is intact, so the archive opens and the part fails to inflate or to check.
    let doc_at = bytes
        .windows(17)
        .position(|w| w == b"word/document.xml")
        .expect("local header");
    let mut bad = bytes.clone();
    for b in &mut bad[doc_at + 40..doc_at + 60] {
        *b ^= 0x5A;
    }
    let err = read_err(&bad, &limits());
    assert!(
        matches!(&err, DocxError::CorruptPart { part, .. } if part == "word/document.xml")
            || matches!(err, DocxError::Xml { .. }),
        "{err:?}"
    );
}

#[test]
fn zip_bomb_is_stopped_while_inflating() {
    const SIZE: u64 = 300_000_000;
    let data = deflate_zeros(SIZE);
    assert!(data.len() < 3_000_000);
    // Honest header (300 MB declared), deflate, CRC not even checked: the cap stops first.
    let bytes = raw_zip("word/document.xml", 8, 0, &data, SIZE as u32);
    let small = DocxLimits::default().with_max_part_bytes(1 << 20);
    let err = read_err(&bytes, &small);
    assert_eq!(
        err,
        DocxError::PartTooLarge {
            part: "word/document.xml".into(),
            limit: 1 << 20
        }
    );
    assert!(
        err.to_string().contains("max_part_bytes = 1048576"),
        "{err}"
    );

    // The total limit, named as such.
    let total = DocxLimits::default().with_max_total_bytes(1 << 20);
    let err = read_err(&bytes, &total);
    assert!(
        matches!(
            err,
            DocxError::TotalTooLarge {
                limit: 1_048_576,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("max_total_bytes = 1048576"),
        "{err}"
    );

    // A header that lies small: 1 KiB declared, 300 MB inside.
    let lying = raw_zip("word/document.xml", 8, 0, &data, 1024);
    let err = read_err(&lying, &small);
    assert!(
        matches!(
            err,
            DocxError::CorruptPart { .. } | DocxError::PartTooLarge { .. }
        ),
        "{err:?}"
    );
}

/// Patches the declared uncompressed size of every entry named `name`.
fn patch_declared_size(bytes: &mut [u8], name: &[u8], size: u32) {
    let mut i = 0;
    while i + 46 <= bytes.len() {
        let sig = &bytes[i..i + 4];
        if sig == b"PK\x03\x04" {
            let n = u16::from_le_bytes([bytes[i + 26], bytes[i + 27]]) as usize;
            if bytes.get(i + 30..i + 30 + n) == Some(name) {
                bytes[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
            }
        } else if sig == b"PK\x01\x02" {
            let n = u16::from_le_bytes([bytes[i + 28], bytes[i + 29]]) as usize;
            if bytes.get(i + 46..i + 46 + n) == Some(name) {
                bytes[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
            }
        }
        i += 1;
    }
}

#[test]
fn lying_header_sizes_are_not_trusted() {
    let bytes = docx(&p("正文").repeat(100));
    // Claims 4 GiB: nothing is allocated from that claim; the part reads as it is.
    let mut big = bytes.clone();
    patch_declared_size(&mut big, b"word/document.xml", u32::MAX - 1);
    match read_docx(&big, &limits()) {
        Ok(blocks) => assert_eq!(blocks.len(), 100),
        Err(e) => assert!(matches!(e, DocxError::CorruptPart { .. }), "{e:?}"),
    }
    // Claims 10 bytes: refused as corrupt, not silently truncated.
    let mut small = bytes;
    patch_declared_size(&mut small, b"word/document.xml", 10);
    let err = read_err(&small, &limits());
    assert!(matches!(err, DocxError::CorruptPart { .. }), "{err:?}");
}

#[test]
fn malformed_xml_names_part_and_offset() {
    let doc = document("<w:p><w:r><w:t>正文</w:r></w:p>");
    let bytes = docx_with(&doc, None, None);
    let err = read_err(&bytes, &limits());
    let DocxError::Xml { part, offset, .. } = &err else {
        panic!("expected an XML error, got {err:?}");
    };
    assert_eq!(part, "word/document.xml");
    let expected = doc.find("</w:r>").expect("the bad end tag") as u64;
    assert!(
        (expected..expected + 6).contains(offset),
        "offset {offset} near {expected}"
    );
    let message = err.to_string();
    assert!(message.contains("word/document.xml"), "{message}");
    assert!(
        message.contains(&format!("byte offset {offset}")),
        "{message}"
    );

    // Malformed styles part, truncated document, broken attribute, bad UTF-8.
    let err = read_err(
        &docx_with(
            &document(&p("x")),
            Some("<w:styles><w:style></w:styles>"),
            None,
        ),
        &limits(),
    );
    assert!(
        matches!(&err, DocxError::Xml { part, .. } if part == "word/styles.xml"),
        "{err:?}"
    );

    let truncated = document(&p("x"));
    let truncated = &truncated[..truncated.len() - 30];
    let err = read_err(&docx_with(truncated, None, None), &limits());
    assert!(
        matches!(&err, DocxError::Xml { part, .. } if part == "word/document.xml"),
        "{err:?}"
    );

    // Cut inside a property element (read by its own loop): the same error, counting
    // every element left open (w:document, w:body, w:p, w:pPr, w:rPr).
    let cut = document("<w:p><w:pPr><w:jc w:val=\"center\"/><w:rPr><w:b/>");
    let cut = &cut[..cut.find("<w:b/>").expect("cut point") + "<w:b/>".len()];
    let err = read_err(&docx_with(cut, None, None), &limits());
    assert!(
        matches!(&err, DocxError::Xml { part, message, .. }
            if part == "word/document.xml" && message.contains("5 element(s) not closed")),
        "{err:?}"
    );

    let mut bad_utf8 = document(&p("AB")).into_bytes();
    let at = bad_utf8.windows(2).position(|w| w == b"AB").expect("text");
    bad_utf8[at] = 0xFF;
    let bytes = zip(&[("word/document.xml", &bad_utf8)]);
    let err = read_err(&bytes, &limits());
    assert!(
        matches!(&err, DocxError::Xml { part, .. } if part == "word/document.xml"),
        "{err:?}"
    );
}

const DEPTH: usize = 10_000;

#[test]
fn deeply_nested_elements_are_refused() {
    let body = format!(
        "{}{}",
        "<w:customXml>".repeat(DEPTH),
        "</w:customXml>".repeat(DEPTH)
    );
    let err = read_err(&docx(&body), &limits());
    assert!(
        matches!(&err, DocxError::TooDeep { part, limit: 256, .. } if part == "word/document.xml"),
        "{err:?}"
    );
    assert!(err.to_string().contains("max_xml_depth = 256"), "{err}");

    // Inside a run, a property element, styles and numbering parts too.
    let in_props = format!(
        "<w:p><w:pPr>{}{}</w:pPr></w:p>",
        "<w:x>".repeat(DEPTH),
        "</w:x>".repeat(DEPTH)
    );
    assert!(matches!(
        read_err(&docx(&in_props), &limits()),
        DocxError::TooDeep { .. }
    ));
    // A style is read when the document uses it: nested too deep in what is read (its
    // properties), it is refused then, and the offset counts from the start of the part.
    // One that no paragraph names is never read (its end is found by a byte search).
    let deep_styles = styles(&format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"Deep\"><w:pPr>{}{}</w:pPr></w:style>",
        "<w:a>".repeat(DEPTH),
        "</w:a>".repeat(DEPTH)
    ));
    let uses_deep =
        document("<w:p><w:pPr><w:pStyle w:val=\"Deep\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>");
    let err = read_err(&docx_with(&uses_deep, Some(&deep_styles), None), &limits());
    assert!(
        matches!(&err, DocxError::TooDeep { part, offset, .. }
            if part == "word/styles.xml" && *offset > 256 * 5),
        "{err:?}"
    );
    let blocks = read_docx(
        &docx_with(&document(&p("x")), Some(&deep_styles), None),
        &limits(),
    )
    .expect("an unused style is not read");
    assert_eq!(blocks.len(), 1);
    let deep_numbering = numbering(&format!(
        "{}{}",
        "<w:a>".repeat(DEPTH),
        "</w:a>".repeat(DEPTH)
    ));
    let err = read_err(
        &docx_with(&document(&p("x")), None, Some(&deep_numbering)),
        &limits(),
    );
    assert!(
        matches!(&err, DocxError::TooDeep { part, .. } if part == "word/numbering.xml"),
        "{err:?}"
    );
}

#[test]
fn deeply_nested_tables_are_refused() {
    let open = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>";
    let close = "</w:tc></w:tr></w:tbl>";
    let body = format!("{}{}", open.repeat(DEPTH), close.repeat(DEPTH));
    let err = read_err(&docx(&body), &limits());
    assert!(
        matches!(err, DocxError::TooDeep { limit: 256, .. }),
        "{err:?}"
    );
}

#[test]
fn deep_nesting_under_a_high_limit_reads_without_recursion() {
    let open = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>";
    let close = "</w:tc></w:tr></w:tbl>";
    let body = format!("{}{}", open.repeat(DEPTH), close.repeat(DEPTH));
    let high = DocxLimits::default().with_max_depth(1_000_000);
    // Run on a small stack: one level of recursion per XML level would overflow it.
    let bytes = docx(&body);
    let blocks = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || read_docx(&bytes, &high))
        .expect("spawn")
        .join()
        .expect("no stack overflow")
        .expect("reads");
    let table = blocks[0].as_table().expect("table");
    // Every nested level's "x" is kept once: the outer cell holds all of them.
    assert_eq!(table.rows[0].cells[0].text.matches('x').count(), DEPTH);

    // Deep nesting inside skipped content is skipped without recursion too.
    let skipped = format!(
        "<w:p><w:del>{}{}</w:del></w:p>{}",
        "<w:x>".repeat(DEPTH),
        "</w:x>".repeat(DEPTH),
        p("后")
    );
    assert_eq!(texts(&read(&docx(&skipped))), ["后"]);
}

#[test]
fn errors_are_std_errors() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<DocxError>();
}

#[test]
fn table_over_max_table_cells_is_refused_while_reading() {
    let row = "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>";
    let body = format!("<w:tbl>{}</w:tbl>", row.repeat(6));
    let err = read_err(&docx(&body), &limits().with_max_table_cells(10));
    assert!(
        matches!(&err, DocxError::TableTooLarge { part, limit: 10, offset } if part == "word/document.xml" && *offset > 0),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(text.contains("more than 10 cells"), "{text}");
    assert!(text.contains("limit max_table_cells = 10"), "{text}");
    // Exactly at the limit is fine; a nested table counts on its own.
    let body = format!("<w:tbl>{}</w:tbl>", row.repeat(5));
    assert!(read_docx(&docx(&body), &limits().with_max_table_cells(10)).is_ok());
}

#[test]
fn many_page_breaks_in_one_paragraph() {
    // Regression (quadratic): every page break used to trim the whole paragraph so far.
    let breaks = "<w:t xml:space=\"preserve\"> </w:t><w:br w:type=\"page\"/>".repeat(20_000);
    let body = format!("<w:p><w:r>{breaks}<w:t>通知</w:t></w:r></w:p>");
    let blocks = read_docx(&docx(&body), &limits()).expect("reads");
    let p = blocks[0].as_paragraph().expect("a paragraph");
    assert_eq!(p.text, "通知");
    assert!(p.hints.page_break_before);

    // A break after text stays a line break inside the paragraph, also after a hidden run
    // or a trimmed segment changed the text before it.
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">  </w:t><w:br w:type=\"page\"/></w:r>\
                <w:r><w:t> 甲 </w:t></w:r><w:r><w:br w:type=\"page\"/><w:t>乙</w:t></w:r></w:p>";
    let blocks = read_docx(&docx(body), &limits()).expect("reads");
    let p = blocks[0].as_paragraph().expect("a paragraph");
    assert_eq!(p.text, "甲\n乙");
    assert!(p.hints.page_break_before);
}

#[test]
fn a_huge_level_text_is_not_repeated_into_every_paragraph() {
    // Regression (output amplification): a 200,000-character w:lvlText used to be copied
    // into the label of every numbered paragraph; it is capped at 255 characters.
    let lvl_text = "一".repeat(200_000);
    let defs = format!(
        r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
    );
    let para = r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>做好</w:t></w:r></w:p>"#;
    let bytes = docx_with(
        &document(&para.repeat(1_000)),
        None,
        Some(&numbering(&defs)),
    );
    let blocks = read_docx(&bytes, &limits()).expect("reads");
    assert_eq!(blocks.len(), 1_000);
    for block in &blocks {
        let text = &block.as_paragraph().expect("a paragraph").text;
        assert!(
            text.chars().count() <= 255 + 3,
            "{} chars",
            text.chars().count()
        );
        assert!(text.ends_with("做好"));
    }
}

#[test]
fn a_sparse_grid_counts_at_its_real_width() {
    // Rows skipping a million columns (w:gridBefore) and cells spanning 4096 (w:gridSpan)
    // count the grid they cover, so a tiny file cannot describe a huge table.
    let row = r#"<w:tr><w:trPr><w:gridBefore w:val="1000000"/></w:trPr><w:tc><w:p/></w:tc></w:tr>"#;
    let err = read_err(
        &docx(&format!("<w:tbl>{}</w:tbl>", row.repeat(3))),
        &limits(),
    );
    assert!(
        matches!(
            err,
            DocxError::TableTooLarge {
                limit: 1_000_000,
                ..
            }
        ),
        "{err:?}"
    );
    let cell = r#"<w:tc><w:tcPr><w:gridSpan w:val="4096"/></w:tcPr><w:p/></w:tc>"#;
    let body = format!("<w:tbl><w:tr>{}</w:tr></w:tbl>", cell.repeat(3));
    let err = read_err(&docx(&body), &limits().with_max_table_cells(10_000));
    assert!(
        matches!(err, DocxError::TableTooLarge { limit: 10_000, .. }),
        "{err:?}"
    );
}
