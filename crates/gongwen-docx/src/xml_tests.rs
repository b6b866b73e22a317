//! The XML cursor's fast path against quick-xml alone: for any input, the same events in
//! the same order and the same error at the same offset.
#![cfg(test)]

use proptest::prelude::*;

use crate::fuzzing::{events, skips_agree, xml_paths_agree as same_either_way};

#[test]
fn every_fixture_part_reads_the_same_either_way() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/docx");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures/docx") {
        let path = entry.expect("entry").path();
        if path.to_string_lossy().ends_with(".document.xml") {
            let data = std::fs::read(&path).expect("read");
            let (events, error) = events(&data, true, 256);
            assert_eq!(error, None, "{}", path.display());
            assert!(events.len() > 20, "{}", path.display());
            same_either_way(&data);
            skips_agree(&data, 40);
            seen += 1;
        }
    }
    assert!(seen >= 10, "only {seen} fixture parts");
}

#[test]
fn shapes_the_fast_path_hands_over_read_the_same_either_way() {
    let cases: &[&[u8]] = &[
        br#"<?xml version="1.0"?><a><b c="x>y"/><d e='"'/><f g='>' h="'"/></a>"#,
        b"\xEF\xBB\xBF<a>x &amp; y &#x4E00; z</a>",
        b"<a><!-- <b> --><![CDATA[<c>]]><?pi x?>t</a>",
        b"<a><b></c></a>",
        b"<a></b>",
        b"</a>",
        b"<a><b>",
        b"<a>tail",
        b"<a></a>trailing text",
        b"<a/ b><a/>",
        b"< a></a>",
        b"<a\n\tb = \"1\"\r\n/></a >",
        b"<a>\r\n\xE5\xAD\x97\r</a>",
        b"<a>\xFF</a>",
        b"<a><b>\xFF</b><c/></a>",
        b"<a>&</a>",
        b"<a>x & y</a>",
        b"<a><b c=\"unterminated/></a>",
        b"<a><b c=\"1\"",
        b"<a><b><c><d><e/></d></c></b></a>",
        b"<!DOCTYPE a><a/>",
        b"<a:b x:y=\"1\"><a:c/></a:b>",
        // Found by the random test below: quick-xml reads a quote in a tag's name, or in an
        // end tag, as opening a quoted stretch.
        b"<a>\xE5\xAD\x97</&#x4E00;/\"</a>",
        b"<' \r\n\t<w:p>&amp;&'text<w:jc w:val=\"center\"/>>",
        b"<a/><w:p>/< \r\n\t",
        // Found by the `xml` fuzz target: an end tag whose name is white space only.
        b"<a></\n></a>",
    ];
    for case in cases {
        same_either_way(case);
        skips_agree(case, 50);
    }
}

/// Skipped content with what a byte search could mistake for the element's end or a
/// nested start: its name inside comments, CDATA and PIs, a longer name with the same
/// start, nested elements of the same name, an end tag with white space, a `>` in a value.
#[test]
fn skipping_by_byte_search_finds_the_same_end() {
    let cases: &[&[u8]] = &[
        b"<r><a><!-- </a> --><b/></a><c/></r>",
        b"<r><a><![CDATA[</a><a>]]></a><c/></r>",
        b"<r><a><?pi </a>?></a><c/></r>",
        b"<r><a><ab></ab><a x=\"1\"><a/></a ></a><c/></r>",
        b"<r><a><b x=\"a>b\" y='>'/></a>tail<c/></r>",
        b"<r><w:sectPr><w:pgSz w:w=\"1\"/><w:sectPrChange><w:sectPr/></w:sectPrChange></w:sectPr><c/></r>",
        b"<r><a>\r\n text &amp; more</a><c/></r>",
        b"<r><a/><a></a></r>",
        // Odd shapes quick-xml reads its own way: the byte search must agree or give up.
        b"<r><a><a/ x></a></a><c/></r>",
        b"<r><a><a/ ></a></a><c/></r>",
        b"<r><a></a/></a></r>",
        b"<r><a><a\t/></a>\n<c/></r>",
        b"<r><a><!DOCTYPE x></a><c/></r>",
        b"<r><a><?pi?></a><c/></r>",
        b"<r><a><![CDATA[]]></a><c/></r>",
        b"<r><a><!----></a><c/></r>",
    ];
    for case in cases {
        skips_agree(case, 50);
    }
}

#[test]
fn a_skip_that_runs_off_the_part_is_an_error() {
    // The byte search gives up; the event skip words the error.
    let data = b"<r><a><b/>";
    let mut xml = crate::xml::Xml::new(data, "part.xml", 16);
    assert!(matches!(xml.next(), Ok(quick_xml::events::Event::Start(_))));
    assert!(matches!(xml.next(), Ok(quick_xml::events::Event::Start(_))));
    let err = xml.skip().expect_err("cut short");
    assert!(err.to_string().contains("not closed"), "{err}");
}

/// Pieces of markup, well-formed and not, glued at random.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"<w:p>".to_vec()),
        Just(b"</w:p>".to_vec()),
        Just(b"<w:r>".to_vec()),
        Just(b"</w:r>".to_vec()),
        Just(b"<w:t xml:space=\"preserve\">".to_vec()),
        Just(b"</w:t>".to_vec()),
        Just(b"<w:jc w:val=\"center\"/>".to_vec()),
        Just(b"<a b=\"x>y\" c='\"'>".to_vec()),
        Just(b"</a >".to_vec()),
        Just(b"<a/>".to_vec()),
        Just(b"<!-- c -->".to_vec()),
        Just(b"<![CDATA[<x>]]>".to_vec()),
        Just(b"<?pi?>".to_vec()),
        Just(b"&amp;".to_vec()),
        Just(b"&#x4E00;".to_vec()),
        Just(b"&".to_vec()),
        Just("字".as_bytes().to_vec()),
        Just(b"text".to_vec()),
        Just(b" \r\n\t".to_vec()),
        Just(b"<".to_vec()),
        Just(b">".to_vec()),
        Just(b"/".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"'".to_vec()),
        Just(b"=".to_vec()),
        Just(vec![0xFF]),
        Just(vec![0xE5, 0xAD]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn random_markup_reads_the_same_either_way(
        pieces in proptest::collection::vec(piece(), 0..40)
    ) {
        same_either_way(&pieces.concat());
        skips_agree(&pieces.concat(), 40);
    }
}
