//! Real government documents in `../shared/corpus/text/` (beside the project, never copied
//! into it): every file parses, and the facts each plainly states come out. Skips with a
//! message where the folder is absent.

use std::path::Path;

const CORPUS: &str = "../shared/corpus/text";

/// (file name prefix, 发文字号, issuers, 成文日期) as a document prints them.
type Facts = (
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    Option<&'static str>,
);

const FACTS: &[Facts] = &[
    (
        "01-",
        Some("国办发〔2018〕126号"),
        &["国务院办公厅"],
        Some("2018-12-23"),
    ),
    (
        "02-",
        Some("国办发〔1996〕25号"),
        &["国务院办公厅", "中央军委办公厅"],
        Some("1996-06-29"),
    ),
    (
        "03-",
        Some("国办发〔2018〕127号"),
        &["国务院办公厅"],
        Some("2018-12-26"),
    ),
    (
        "04-",
        Some("国办发〔2019〕4号"),
        &["国务院办公厅"],
        Some("2019-01-16"),
    ),
    (
        "05-",
        Some("国办发明电〔2018〕15号"),
        &["国务院办公厅"],
        Some("2018-12-04"),
    ),
    (
        "06-",
        Some("国发〔2018〕44号"),
        &["国务院"],
        Some("2018-12-28"),
    ),
    (
        "07-",
        Some("国办函〔2018〕71号"),
        &["国务院办公厅"],
        Some("2018-10-27"),
    ),
    (
        "08-",
        Some("国函〔1996〕95号"),
        &["国务院", "中央军委"],
        Some("1996-11-05"),
    ),
    (
        "09-",
        Some("国办发〔1996〕32号"),
        &["国务院办公厅"],
        Some("1996-07-17"),
    ),
    (
        "10-",
        Some("国办发〔2018〕128号"),
        &["国务院办公厅"],
        Some("2018-12-29"),
    ),
    (
        "11-",
        Some("新质监办发〔2012〕24号"),
        &["新疆维吾尔自治区质监局"],
        None,
    ),
    (
        "12-",
        Some("余府发〔2012〕3号"),
        &["新余市人民政府办公室"],
        Some("2012-01-09"),
    ),
    ("13-", None, &["海口市水务局"], None),
    ("29-", None, &[], Some("2023-07-12")),
    // The OFD rendering prints the 版记's 印发机关 (…办公室) above the date: the issuer is
    // the organ of the red header, not that line.
    (
        "30-",
        Some("路卫发〔2011〕76号"),
        &["测试符路桥区卫生局"],
        Some("2011-03-10"),
    ),
    (
        "33-",
        Some("国办函〔2004〕80号"),
        &["国务院办公厅"],
        Some("2004-11-04"),
    ),
];

/// The corpus files, sorted; None (with a message) where the folder is absent.
#[allow(clippy::print_stderr)] // the skip message is the point: a silent skip hides a missing corpus
fn corpus_paths() -> Option<Vec<std::path::PathBuf>> {
    let Ok(entries) = std::fs::read_dir(Path::new(CORPUS)) else {
        eprintln!("skipping: {CORPUS} is absent (the shared corpus lives beside the project)");
        return None;
    };
    // The documents only: the folder also holds the labels (expected.json).
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    Some(paths)
}

#[test]
fn corpus_documents_parse_and_state_their_facts() {
    let Some(paths) = corpus_paths() else {
        return;
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in &paths {
        let doc = match gongwen::parse_path(path) {
            Ok(doc) => doc,
            Err(e) => {
                failures.push(format!("{e}"));
                continue;
            }
        };
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some((_, number, issuers, date)) = FACTS.iter().find(|f| name.starts_with(f.0)) else {
            continue;
        };
        checked += 1;
        let got_number = doc.doc_number.as_ref().map(|n| n.normalized.as_str());
        if got_number != *number {
            failures.push(format!(
                "{name}: doc number {got_number:?}, expected {number:?}"
            ));
        }
        // An empty expectation means the document names no issuer in text (a seal only,
        // or a test-marked copy); nothing is asserted then.
        if !issuers.is_empty() && doc.issuers != *issuers {
            failures.push(format!(
                "{name}: issuers {:?}, expected {issuers:?}",
                doc.issuers
            ));
        }
        if doc.date.map(|d| d.to_string()).as_deref() != *date {
            failures.push(format!("{name}: date {:?}, expected {date:?}", doc.date));
        }
    }
    assert!(
        checked >= 10,
        "only {checked} corpus files matched the fact table"
    );
    assert!(
        failures.is_empty(),
        "corpus failures:\n{}",
        failures.join("\n")
    );
}

/// Which fields each corpus document yields, and totals per field: a committed snapshot,
/// so that a change in what is extracted from real documents shows up in review.
#[test]
fn corpus_field_summary() {
    let Some(paths) = corpus_paths() else {
        return;
    };
    const FIELDS: [&str; 21] = [
        "doc_number",
        "issuers",
        "title",
        "doc_type",
        "recipients",
        "date",
        "publicity",
        "sections",
        "transmitted",
        "notes_附件",
        "attachments",
        "tasks",
        "issuer_mark",
        "附注",
        "cc",
        "printed",
        "articles",
        "closing",
        "issue_number",
        "signatories",
        "meeting",
    ];
    let mut totals = [0usize; FIELDS.len()];
    // The GB/T 9704 format, by name (since 1.2); its total counts the special ones.
    let mut special = 0usize;
    let mut out = String::new();
    out.push_str(&format!("file | {} | layout\n", FIELDS.join(" | ")));
    for path in &paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Ok(doc) = gongwen::parse_path(path) else {
            out.push_str(&format!("{name} | parse error\n"));
            continue;
        };
        let sections = doc.body.sections.len()
            + doc
                .transmitted
                .iter()
                .map(|t| t.sections.len())
                .sum::<usize>();
        let notes = doc.attachment_notes.len()
            + doc
                .transmitted
                .iter()
                .map(|t| t.attachment_notes.len())
                .sum::<usize>();
        let all_sections = doc
            .body
            .sections
            .iter()
            .chain(doc.transmitted.iter().flat_map(|t| &t.sections))
            .chain(doc.attachments.iter().flat_map(|a| &a.sections));
        let articles = count_articles(all_sections);
        let closing = doc.body.closing.len()
            + doc
                .transmitted
                .iter()
                .map(|t| t.closing.len())
                .sum::<usize>()
            + doc
                .attachments
                .iter()
                .map(|a| a.closing.len())
                .sum::<usize>();
        let counts = [
            usize::from(doc.doc_number.is_some()),
            doc.issuers.len(),
            usize::from(doc.title.is_some()),
            usize::from(doc.doc_type.is_some()),
            doc.recipients.len(),
            usize::from(doc.date.is_some()),
            usize::from(doc.publicity.is_some()),
            sections,
            doc.transmitted.len(),
            notes,
            doc.attachments.len(),
            doc.tasks.len(),
            usize::from(doc.issuer_mark.is_some()),
            doc.notes.len(),
            doc.cc.len(),
            usize::from(doc.printed.is_some()),
            articles,
            closing,
            usize::from(doc.issue_number.is_some()),
            doc.signatories.len(),
            doc.meeting.as_ref().map_or(0, |m| {
                m.attendees.len() + m.observers.len() + m.absent.len()
            }),
        ];
        let layout = serde_json::to_value(doc.layout)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        special += usize::from(doc.layout != gongwen::Layout::General);
        for (t, c) in totals.iter_mut().zip(counts) {
            *t += usize::from(c > 0);
        }
        let cells: Vec<String> = counts.iter().map(usize::to_string).collect();
        out.push_str(&format!("{name} | {} | {layout}\n", cells.join(" | ")));
    }
    let cells: Vec<String> = totals.iter().map(usize::to_string).collect();
    out.push_str(&format!(
        "files with the field ({}) | {} | {special} special\n",
        paths.len(),
        cells.join(" | ")
    ));
    insta::with_settings!({
        prepend_module_to_snapshot => false,
        snapshot_path => "snapshots",
        description => "per corpus file: how many of each field were found (0 = none)",
        omit_expression => true,
    }, {
        insta::assert_snapshot!("corpus-field-summary", out);
    });
}

/// The 条 (articles) of a section tree, at any depth.
fn count_articles<'a>(sections: impl Iterator<Item = &'a gongwen::Section>) -> usize {
    sections
        .map(|s| {
            usize::from(s.kind == gongwen::SectionKind::Article) + count_articles(s.children.iter())
        })
        .sum()
}
