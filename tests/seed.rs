//! The seed notice (fixtures/txt/seed-pingyin-2024-4.txt) must come out exactly as the
//! foundation issue states.

use gongwen::{Date, DeadlineKind, Document, Publicity, Section, UnitRole};

fn seed() -> Document {
    gongwen::parse_path("fixtures/txt/seed-pingyin-2024-4.txt").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn header_fields() {
    let doc = seed();
    let number = doc.doc_number.as_ref().expect("doc number");
    assert_eq!(number.normalized, "平政办字〔2024〕4号");
    assert_eq!(
        (number.prefix.as_str(), number.year, number.serial),
        ("平政办字", 2024, 4)
    );
    assert_eq!(doc.issuers, ["平阴县人民政府办公室"]);
    assert_eq!(
        doc.title.as_deref(),
        Some("平阴县人民政府办公室关于印发2024年平阴县政务公开工作要点的通知")
    );
    assert_eq!(doc.doc_type.map(|t| t.as_str()), Some("通知"));
    assert_eq!(
        doc.recipients,
        ["各镇人民政府", "各街道办事处", "县政府各部门"]
    );
    assert_eq!(doc.date, Date::new(2024, 6, 28).ok());
    assert_eq!(doc.publicity, Some(Publicity::Public));
    assert_eq!(doc.source.encoding, "UTF-8");
    assert_eq!(doc.provenance.doc_number.and_then(|l| l.line), Some(7));
    assert_eq!(doc.provenance.date.and_then(|l| l.line), Some(17));
}

#[test]
fn transmitted_document_and_attachment() {
    let doc = seed();
    assert_eq!(doc.transmitted.len(), 1);
    let t = &doc.transmitted[0];
    assert_eq!(t.title, "2024年平阴县政务公开工作要点");
    assert_eq!(t.sections.len(), 6);
    let level2: Vec<&Section> = t.sections.iter().flat_map(|s| &s.children).collect();
    assert_eq!(level2.len(), 16);
    assert!(level2.iter().all(|s| s.level == 2));
    assert_eq!(
        t.sections[0].heading.as_deref(),
        Some("深入落实高质量主动公开")
    );
    let first = &t.sections[0].children[0];
    assert_eq!((first.label.as_str(), first.ordinal), ("（一）", 1));
    assert_eq!(
        first.heading.as_deref(),
        Some("聚焦重点任务，推进高质量公开")
    );
    assert!(first.paragraphs[0].text.starts_with("重点围绕扩大有效投资"));
    // "…等40个老旧小区" + "改造工程工作进展情况…" is one paragraph.
    let second = &t.sections[0].children[1];
    assert!(
        second.paragraphs[0]
            .text
            .contains("40个老旧小区改造工程工作进展情况")
    );
    assert_eq!(second.paragraphs[0].loc.line, Some(27));
    assert_eq!(second.paragraphs[0].loc.line_end, Some(28));

    let notes: Vec<_> = doc
        .attachment_notes
        .iter()
        .chain(&t.attachment_notes)
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].title, "2024年平阴县政务公开重点工作任务分工");
    assert_eq!(doc.attachments.len(), 1);
    assert_eq!(doc.attachments[0].index, 1);
    assert_eq!(
        doc.attachments[0].title.as_deref(),
        Some("2024年平阴县政务公开重点工作任务分工")
    );
}

#[test]
fn fifty_eight_tasks() {
    let doc = seed();
    assert_eq!(doc.tasks.len(), 58);
    for (i, task) in doc.tasks.iter().enumerate() {
        let seq = u32::try_from(i + 1).unwrap_or(0);
        assert_eq!(task.seq, Some(seq));
        assert_eq!(task.category.len(), 2, "task {seq} categories");
        assert_eq!(task.category[0].level, 1);
        assert_eq!(task.category[1].level, 2);
        let section = task
            .section
            .as_ref()
            .unwrap_or_else(|| panic!("task {seq} has no section"));
        assert_eq!(section.len(), 2);
        assert_eq!(task.attachment, Some(1));
        let deadline = task.deadline.as_ref().expect("deadline");
        match seq {
            25 | 26 | 28 | 37 | 52 | 53 | 57 => {
                assert_eq!(deadline.kind, DeadlineKind::Ongoing, "task {seq}");
                assert_eq!(deadline.date, None);
            }
            47 => assert_eq!(deadline.date, Date::new(2024, 10, 31).ok()),
            _ => assert_eq!(deadline.date, Date::new(2024, 12, 31).ok(), "task {seq}"),
        }
    }
    let t1 = &doc.tasks[0];
    let names: Vec<&str> = t1.units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["县发改局", "县投促局", "县商务事业发展中心", "县生态环境局"]
    );
    assert!(t1.units_open);
    assert!(
        t1.units
            .iter()
            .all(|u| u.role == UnitRole::Responsible && !u.collective)
    );
    assert_eq!(t1.category[0].label, "一、");
    assert_eq!(t1.category[0].title, "深入落实高质量主动公开");
    assert_eq!(t1.category[1].label, "（一）");
    assert_eq!(
        t1.section.as_deref(),
        Some(&["一、".to_owned(), "（一）".to_owned()][..])
    );
    assert!(!t1.deadline.as_ref().expect("deadline").inherited);
    // Row 2's deadline cell was blank: copied from row 1 and flagged as a guess.
    assert!(doc.tasks[1].deadline.as_ref().expect("deadline").inherited);

    let t50 = &doc.tasks[49];
    let names: Vec<&str> = t50.units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["各镇（街道）", "县政府办公室", "县行政审批局"]);
    assert!(t50.units[0].collective);

    let t57 = &doc.tasks[56];
    assert_eq!(t57.category[1].label, "（十六）");
    assert_eq!(t57.category[1].ordinal, 16);
    assert_eq!(
        t57.section.as_deref(),
        Some(&["六、".to_owned(), "（十六）".to_owned()][..])
    );
}

/// Drops what may differ between formats: where facts came from, which values were
/// guessed, and the diagnostics about them.
fn comparable(doc: &Document) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for key in ["loc", "inherited", "units_inherited"] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).expect("a Document serializes");
    if let Some(map) = v.as_object_mut() {
        for key in ["source", "diagnostics", "provenance"] {
            map.remove(key);
        }
        // Tables are compared through their tasks: a .txt table has blank cells where the
        // .docx has merged ones, by nature of the format.
        for attachment in map
            .get_mut("attachments")
            .and_then(|a| a.as_array_mut())
            .into_iter()
            .flatten()
        {
            if let Some(a) = attachment.as_object_mut() {
                a.remove("tables");
            }
        }
    }
    strip(&mut v);
    v
}

#[test]
fn docx_of_the_seed_gives_the_same_document() {
    let txt = seed();
    let docx = gongwen::parse_path("fixtures/docx/seed-pingyin-2024-4.docx")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(docx.source.format, gongwen::Format::Docx);
    assert_eq!(docx.tasks.len(), 58);
    let (a, b) = (comparable(&txt), comparable(&docx));
    for key in a
        .as_object()
        .map(|m| m.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        assert_eq!(
            a[&key], b[&key],
            "field {key} differs between the .txt and the .docx"
        );
    }
    // In the .docx the blank deadlines are merged cells: facts, not guesses.
    let d2 = docx.tasks[1].deadline.as_ref().expect("deadline");
    assert!(!d2.inherited);
    assert_eq!(d2.loc.row, Some(1));
    assert_eq!(d2.loc.row_span, Some(3));
}

#[test]
fn doc_of_the_seed_gives_the_same_document() {
    // The seed's .docx saved as Word 97-2003 by LibreOffice (fixtures/doc/README.md).
    let txt = seed();
    let doc = gongwen::parse_path("fixtures/doc/seed-pingyin-2024-4.doc")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.source.format, gongwen::Format::Doc);
    assert_eq!(doc.tasks.len(), 58);
    let (a, b) = (comparable(&txt), comparable(&doc));
    for key in a
        .as_object()
        .map(|m| m.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        assert_eq!(
            a[&key], b[&key],
            "field {key} differs between the .txt and the .doc"
        );
    }
    // As in the .docx, the blank deadlines are vertically merged cells: facts.
    let d2 = doc.tasks[1].deadline.as_ref().expect("deadline");
    assert!(!d2.inherited);
    assert_eq!(d2.loc.row, Some(1));
    assert_eq!(d2.loc.row_span, Some(3));
    // Locations carry the character position of the block in the .doc's text.
    assert!(doc.tasks.iter().all(|t| t.loc.offset.is_some()));
}
