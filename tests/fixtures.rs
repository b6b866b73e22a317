//! One snapshot per fixture: the exact pretty JSON `gongwen parse --pretty` prints, named
//! after the fixture. Every output is first checked against the JSON Schema and the
//! location invariants, and against the facts listed in `fixtures/expected/`.

mod support;

use std::path::Path;

use serde_json::Value;

fn parse_json(path: &Path) -> String {
    let doc = gongwen::parse_path(path).unwrap_or_else(|e| panic!("{e}"));
    check_invariants(&doc, path);
    gongwen::to_json(&doc, true)
}

/// Locations must point inside the file and go forward through it.
fn check_invariants(doc: &gongwen::Document, path: &Path) {
    let bytes = std::fs::read(path).expect("read fixture");
    let lines =
        u32::try_from(bytes.iter().filter(|&&b| b == b'\n').count() + 1).unwrap_or(u32::MAX);
    let mut last_row = None;
    for task in &doc.tasks {
        if let Some(line) = task.loc.line {
            assert!(
                line <= lines,
                "{}: task line {line} beyond the file",
                path.display()
            );
        }
        let key = (task.loc.block, task.loc.row);
        assert!(
            last_row < Some(key),
            "{}: tasks out of order at {key:?}",
            path.display()
        );
        last_row = Some(key);
    }
    fn walk(sections: &[gongwen::Section], last: &mut u32, path: &Path) {
        for s in sections {
            assert!(
                s.loc.block >= *last,
                "{}: section {} out of order",
                path.display(),
                s.label
            );
            *last = s.loc.block;
            walk(&s.children, last, path);
        }
    }
    walk(&doc.body.sections, &mut 0, path);
}

#[test]
fn snapshots() {
    let validator = support::validator();
    let txt = support::fixtures("txt");
    let docx = support::fixtures("docx");
    assert!(
        txt.len() >= 7,
        "expected the seed and at least 6 more .txt fixtures"
    );
    assert!(docx.len() >= 7, "expected the .docx fixtures");
    for path in txt.into_iter().chain(docx) {
        let json = parse_json(&path);
        support::assert_valid(&validator, &json, &path.display().to_string());
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        insta::with_settings!({
            prepend_module_to_snapshot => false,
            snapshot_path => "snapshots",
            description => format!("gongwen parse --pretty {}", path.display()),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, json);
        });
    }
}

/// The facts each fixture plainly states, as listed in `fixtures/expected/<name>.json`.
#[test]
fn expected_facts() {
    let mut checked = 0;
    let mut all_failures = Vec::new();
    for ext in ["txt", "docx"] {
        for path in support::fixtures(ext) {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let expected_path = match ext {
                "txt" => Path::new("fixtures/expected").join(format!("{stem}.json")),
                _ => Path::new("fixtures/docx/expected").join(format!("{stem}.json")),
            };
            let Ok(text) = std::fs::read_to_string(&expected_path) else {
                continue;
            };
            let expected: Value = serde_json::from_str(&text).expect("expected JSON");
            let doc = gongwen::parse_path(&path).unwrap_or_else(|e| panic!("{e}"));
            let got: Value = serde_json::from_str(&gongwen::to_json(&doc, false)).expect("JSON");
            let mut failures = Vec::new();
            compare_facts(&expected, &got, &mut failures);
            if !failures.is_empty() {
                all_failures.push(format!("{}:\n  {}", path.display(), failures.join("\n  ")));
            }
            checked += 1;
        }
    }
    assert!(all_failures.is_empty(), "{}", all_failures.join("\n"));
    assert!(checked >= 6, "only {checked} fixtures have expected facts");
}

fn compare_facts(exp: &Value, doc: &Value, failures: &mut Vec<String>) {
    fn check(failures: &mut Vec<String>, what: &str, want: &Value, got: &Value) {
        if want != got {
            failures.push(format!("{what}: expected {want}, got {got}"));
        }
    }
    let number = &doc["doc_number"];
    if let Some(want) = exp.get("doc_number") {
        check(failures, "doc_number", want, &number["normalized"]);
    }
    for (key, field) in [
        ("doc_number_prefix", "prefix"),
        ("doc_number_year", "year"),
        ("doc_number_serial", "serial"),
    ] {
        if let Some(want) = exp.get(key) {
            check(failures, key, want, &number[field]);
        }
    }
    for key in [
        "issuers",
        "title",
        "doc_type",
        "recipients",
        "date",
        "publicity",
        "copy_number",
        "classification",
        "urgency",
        "issuer_mark",
        "signers",
        "notes",
        "cc",
        "printed",
    ] {
        if let Some(want) = exp.get(key) {
            check(failures, key, want, &doc[key]);
        }
    }
    // Schema 1.2: the special formats. Objects in the expected file list only the keys
    // they check (a `loc` may be left out), so these compare as a subset.
    for key in ["layout", "issue_number", "signatories", "meeting"] {
        if let Some(want) = exp.get(key) {
            if !is_subset(want, &doc[key]) {
                failures.push(format!("{key}: expected {want}, got {}", doc[key]));
            }
        }
    }
    if let Some(want) = exp.get("encoding") {
        check(failures, "encoding", want, &doc["source"]["encoding"]);
    }
    // Sections of the transmitted document when there is one, else of the body.
    let sections = match doc["transmitted"].get(0) {
        Some(t) => &t["sections"],
        None => &doc["body"]["sections"],
    };
    let level1 = sections.as_array().map_or(0, Vec::len);
    let level2: usize = sections.as_array().map_or(0, |s| {
        s.iter()
            .map(|x| {
                x["children"]
                    .as_array()
                    .map_or(0, |c| c.iter().filter(|c| c["level"] == 2).count())
            })
            .sum()
    });
    if let Some(want) = exp.get("level1_sections") {
        check(failures, "level1_sections", want, &Value::from(level1));
    }
    if let Some(want) = exp.get("level2_sections") {
        check(failures, "level2_sections", want, &Value::from(level2));
    }
    let tasks = doc["tasks"].as_array().cloned().unwrap_or_default();
    if let Some(want) = exp.get("tasks") {
        check(failures, "tasks", want, &Value::from(tasks.len()));
    }
    for (i, sample) in exp["sample_tasks"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let task = match sample.get("seq").and_then(Value::as_u64) {
            Some(seq) => tasks.iter().find(|t| t["seq"] == seq),
            None => sample
                .get("index")
                .and_then(Value::as_u64)
                .and_then(|i| tasks.get(usize::try_from(i).unwrap_or(usize::MAX))),
        };
        let Some(task) = task else {
            failures.push(format!("sample task {i} ({sample}) not found"));
            continue;
        };
        let names = |role: Option<&str>| -> Value {
            Value::from(
                task["units"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|u| role.is_none_or(|r| u["role"] == r))
                    .map(|u| u["name"].clone())
                    .collect::<Vec<_>>(),
            )
        };
        let what = format!("task {}", sample.get("seq").unwrap_or(&Value::from(i)));
        if let Some(want) = sample.get("units") {
            check(failures, &format!("{what} units"), want, &names(None));
        }
        if let Some(want) = sample.get("lead_units") {
            check(
                failures,
                &format!("{what} lead_units"),
                want,
                &names(Some("lead")),
            );
        }
        if let Some(want) = sample.get("units_open") {
            check(
                failures,
                &format!("{what} units_open"),
                want,
                &task["units_open"],
            );
        }
        if let Some(want) = sample.get("deadline_kind") {
            check(
                failures,
                &format!("{what} deadline_kind"),
                want,
                &task["deadline"]["kind"],
            );
        }
        if let Some(want) = sample.get("deadline_date") {
            check(
                failures,
                &format!("{what} deadline_date"),
                want,
                &task["deadline"]["date"],
            );
        }
    }
}

/// True when every key of each object in `want` has the same value in `got`, arrays
/// matching element by element with the same length; other values must be equal.
fn is_subset(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => w
            .iter()
            .all(|(k, v)| g.get(k).is_some_and(|gv| is_subset(v, gv))),
        (Value::Array(w), Value::Array(g)) => {
            w.len() == g.len() && w.iter().zip(g).all(|(a, b)| is_subset(a, b))
        }
        _ => want == got,
    }
}
