//! JSON written under older schema versions still reads into today's `Document`: every
//! field added since 1.0 has a default. `tests/older_versions/` keeps a hand-made sample
//! of each older version, shaped exactly as that version wrote its documents (1.0: no
//! GB/T 9704 elements, no `full_name`; 1.1: the elements and web metadata, no `layout`,
//! `closing`, `kind` or `generator`). A sample for a newer version is added when a version
//! adds fields (never edit an old sample to match today's output).

mod support;

use gongwen::{Date, DeadlineKind, DocType, Document, Layout, Publicity, SectionKind, Urgency};

fn sample(version: &str) -> (String, Document) {
    let path = format!("tests/older_versions/document-{version}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, doc)
}

#[test]
fn a_1_0_document_deserializes() {
    let (text, doc) = sample("1.0.0");
    assert_eq!(doc.schema_version, "1.0.0");
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("平政办字〔2024〕4号")
    );
    assert_eq!(doc.doc_type, Some(DocType::Notice));
    assert_eq!(doc.date, Date::new(2024, 6, 28).ok());
    assert_eq!(doc.publicity, Some(Publicity::Public));
    assert_eq!(doc.source.generator, None);
    // The 1.1 fields take their defaults …
    assert_eq!(doc.copy_number, None);
    assert_eq!(doc.urgency, None);
    assert!(doc.signers.is_empty() && doc.notes.is_empty() && doc.cc.is_empty());
    assert!(doc.metadata.is_empty());
    assert_eq!(doc.provenance.copy_number, None);
    // … and so do the 1.2 ones.
    assert_eq!(doc.layout, Layout::General);
    assert!(doc.signatories.is_empty());
    assert_eq!(doc.meeting, None);
    assert!(doc.body.closing.is_empty());
    let t = &doc.transmitted[0];
    assert_eq!(t.sections[0].children[0].kind, SectionKind::Item);
    assert!(t.closing.is_empty());

    let task = &doc.tasks[0];
    assert_eq!(task.units[0].name, "县发改局");
    assert_eq!(task.units[0].full_name, None);
    let deadline = task.deadline.as_ref().expect("deadline");
    assert_eq!(deadline.kind, DeadlineKind::ByDate);
    assert_eq!(deadline.date, Date::new(2024, 12, 31).ok());
    assert_eq!(deadline.loc.col, Some(5));
    assert_eq!(deadline.loc.offset, None);

    // The schema (1.3) accepts what 1.0 wrote.
    support::assert_valid(&support::validator(), &text, "the 1.0 sample");
}

#[test]
fn a_1_1_document_deserializes() {
    let (text, doc) = sample("1.1.0");
    assert_eq!(doc.schema_version, "1.1.0");
    assert_eq!(doc.doc_type, Some(DocType::Request));
    assert_eq!(doc.copy_number.as_deref(), Some("000128"));
    assert_eq!(
        doc.classification.as_ref().map(|c| c.raw.as_str()),
        Some("机密★1年")
    );
    assert_eq!(doc.urgency, Some(Urgency::Extra));
    assert_eq!(doc.issuer_mark.as_deref(), Some("青河县人民政府文件"));
    assert_eq!(doc.signers, ["王建国", "李卫东"]);
    assert_eq!(doc.cc.len(), 3);
    let printed = doc.printed.as_ref().expect("printed");
    assert_eq!(printed.date, Date::new(2024, 3, 18).ok());
    assert_eq!(doc.provenance.cc.and_then(|l| l.line), Some(39));
    // The 1.2 and 1.3 fields take their defaults.
    assert_eq!(doc.layout, Layout::General);
    assert_eq!(doc.issue_number, None);
    assert!(doc.provenance.metadata_keys.is_empty());
    assert_eq!(doc.provenance.layout, None);
    assert!(doc.body.closing.is_empty());
    assert_eq!(doc.source.generator, None);
    let last = doc.body.sections.last().expect("sections");
    assert_eq!(last.paragraphs[0].text, "以上请示妥否，请批示。");

    support::assert_valid(&support::validator(), &text, "the 1.1 sample");
}

/// Today's output reads back into the very document that was written, for every fixture.
#[test]
fn every_fixture_round_trips_through_json() {
    let mut checked = 0;
    for path in support::fixtures("txt")
        .into_iter()
        .chain(support::fixtures("docx"))
    {
        let doc = gongwen::parse_path(&path).unwrap_or_else(|e| panic!("{e}"));
        let back: Document = serde_json::from_str(&gongwen::to_json(&doc))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(back == doc, "{} does not round-trip", path.display());
        checked += 1;
    }
    assert!(checked >= 14, "only {checked} fixtures");
}
