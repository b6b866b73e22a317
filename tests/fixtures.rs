//! One snapshot per fixture: the exact pretty JSON `gongwen parse --pretty` prints, named
//! after the fixture. Every output is first checked against the JSON Schema and the
//! location invariants, and against the facts listed in `fixtures/expected/`.

mod support;

use std::path::Path;

use serde_json::Value;

fn parse_json(path: &Path) -> String {
    let doc = gongwen::parse_path(path).unwrap_or_else(|e| panic!("{e}"));
    check_invariants(&doc, path);
    gongwen::to_json_pretty(&doc)
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
    let html = support::fixtures("html");
    assert!(
        txt.len() >= 7,
        "expected the seed and at least 6 more .txt fixtures"
    );
    assert!(docx.len() >= 7, "expected the .docx fixtures");
    assert!(html.len() >= 3, "expected the .html fixtures");
    for path in txt.into_iter().chain(docx).chain(html) {
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

/// The .docx fixtures written from a .txt fixture by a script (automatic numbering for the
/// inline tasks, Word layout for the GB/T 9704 elements) give the same document as the .txt:
/// every field, tasks and sections included, except where facts were found (`loc`,
/// `source`, `provenance`) and the diagnostics about the text form (joined lines, page
/// numbers).
#[test]
fn docx_written_from_txt_gives_the_same_document() {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("loc");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let comparable = |path: &str| -> Value {
        let doc = gongwen::parse_path(path).unwrap_or_else(|e| panic!("{e}"));
        let mut v: Value = serde_json::from_str(&gongwen::to_json(&doc)).expect("JSON");
        if let Some(map) = v.as_object_mut() {
            for key in ["source", "diagnostics", "provenance"] {
                map.remove(key);
            }
        }
        strip(&mut v);
        v
    };
    // (fixture name, tasks it must give)
    for (name, tasks) in [
        ("hequan-2024-business-env-inline-tasks", 8),
        ("qinghe-2024-upward-request-all-elements", 0),
    ] {
        let txt = comparable(&format!("fixtures/txt/{name}.txt"));
        let docx = comparable(&format!("fixtures/docx/{name}.docx"));
        assert_eq!(
            docx["tasks"].as_array().map(Vec::len),
            Some(tasks),
            "{name}: tasks"
        );
        for (key, value) in txt.as_object().into_iter().flatten() {
            assert_eq!(
                value, &docx[key],
                "{name}: field {key} differs between the .txt and the .docx"
            );
        }
    }
}

/// The same notice as a web page (.html) and as the text a reader copies from that page in a
/// browser (.txt, with the page's breadcrumb, metadata lines and buttons): every field, tasks
/// included, is the same, except where facts were found and what only one of them has
/// (`source`, `diagnostics`, `provenance`). The page's `metadata` has more keys (its
/// `<meta>` tags); the keys both have hold the same values.
#[test]
fn html_page_and_its_text_copy_give_the_same_document() {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("loc");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let comparable = |path: &str| -> Value {
        let doc = gongwen::parse_path(path).unwrap_or_else(|e| panic!("{e}"));
        let mut v: Value = serde_json::from_str(&gongwen::to_json(&doc)).expect("JSON");
        if let Some(map) = v.as_object_mut() {
            for key in ["source", "diagnostics", "provenance"] {
                map.remove(key);
            }
        }
        strip(&mut v);
        v
    };
    let name = "trs-qingao-2024-flood-inline-tasks";
    let txt = comparable(&format!("fixtures/txt/{name}.txt"));
    let html = comparable(&format!("fixtures/html/{name}.html"));
    assert_eq!(html["tasks"].as_array().map(Vec::len), Some(5), "tasks");
    for (key, value) in txt.as_object().into_iter().flatten() {
        if key == "metadata" {
            continue;
        }
        assert_eq!(
            value, &html[key],
            "{name}: field {key} differs between .txt and .html"
        );
    }
    let (txt_meta, html_meta) = (&txt["metadata"], &html["metadata"]);
    let mut shared = 0;
    for (key, value) in txt_meta.as_object().into_iter().flatten() {
        // The page's own 发布时间 line sits outside its article, dropped with the chrome.
        if let Some(h) = html_meta.get(key) {
            assert_eq!(value, h, "{name}: metadata {key}");
            shared += 1;
        }
    }
    assert!(shared >= 8, "only {shared} metadata keys in common");
    assert_eq!(html_meta["发文字号"], "青政办发〔2024〕9号");
    assert_eq!(html_meta["ArticleTitle"], html["title"]);
}

/// The facts each fixture plainly states, as listed in `fixtures/expected/<name>.json`.
#[test]
fn expected_facts() {
    let mut checked = 0;
    let mut all_failures = Vec::new();
    for ext in ["txt", "docx", "html"] {
        for path in support::fixtures(ext) {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let expected_path = match ext {
                "txt" => Path::new("fixtures/expected").join(format!("{stem}.json")),
                _ => Path::new("fixtures")
                    .join(ext)
                    .join("expected")
                    .join(format!("{stem}.json")),
            };
            let Ok(text) = std::fs::read_to_string(&expected_path) else {
                continue;
            };
            let expected: Value = serde_json::from_str(&text).expect("expected JSON");
            let doc = gongwen::parse_path(&path).unwrap_or_else(|e| panic!("{e}"));
            let got: Value = serde_json::from_str(&gongwen::to_json(&doc)).expect("JSON");
            let mut failures = Vec::new();
            compare_facts(&expected, &got, &mut failures);
            compare_structure(&expected, &got, &mut failures);
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

/// The article structure and the closing paragraph (schema 1.2): `chapters` (the headings
/// of the 章, in order), `articles` (how many 条), `article_paths` (条 → label path from the
/// top), `article_items` (条 → labels of its items), `article_paragraphs` (条 → number of
/// paragraphs), all in the transmitted document when there is one, else in the body;
/// `body_closing` (the texts of `body.closing`) and `body_last_item_paragraphs` (how many
/// paragraphs the body's last, deepest section kept).
fn compare_structure(exp: &Value, doc: &Value, failures: &mut Vec<String>) {
    fn walk<'a>(
        sections: &'a Value,
        path: &mut Vec<String>,
        out: &mut Vec<(Vec<String>, &'a Value)>,
    ) {
        for s in sections.as_array().into_iter().flatten() {
            path.push(s["label"].as_str().unwrap_or_default().to_owned());
            out.push((path.clone(), s));
            walk(&s["children"], path, out);
            path.pop();
        }
    }
    let sections = match doc["transmitted"].get(0) {
        Some(t) => &t["sections"],
        None => &doc["body"]["sections"],
    };
    let mut all = Vec::new();
    walk(sections, &mut Vec::new(), &mut all);
    let of_kind = |kind: &'static str| all.iter().filter(move |(_, s)| s["kind"] == kind);
    let article = |label: &str| of_kind("article").find(|(_, s)| s["label"] == label);
    let mut check = |what: String, want: &Value, got: Value| {
        if *want != got {
            failures.push(format!("{what}: expected {want}, got {got}"));
        }
    };
    if let Some(want) = exp.get("chapters") {
        let got: Vec<Value> = of_kind("chapter")
            .map(|(_, s)| s["heading"].clone())
            .collect();
        check("chapters".into(), want, Value::from(got));
    }
    if let Some(want) = exp.get("articles") {
        check(
            "articles".into(),
            want,
            Value::from(of_kind("article").count()),
        );
    }
    for (label, want) in exp["article_paths"].as_object().into_iter().flatten() {
        let got = article(label).map_or(Value::Null, |(p, _)| Value::from(p.clone()));
        check(format!("path of {label}"), want, got);
    }
    for (label, want) in exp["article_items"].as_object().into_iter().flatten() {
        let got = article(label).map_or(Value::Null, |(_, s)| {
            Value::from(
                s["children"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|c| c["label"].clone())
                    .collect::<Vec<_>>(),
            )
        });
        check(format!("items of {label}"), want, got);
    }
    for (label, want) in exp["article_paragraphs"].as_object().into_iter().flatten() {
        let got = article(label).map_or(Value::Null, |(_, s)| {
            Value::from(s["paragraphs"].as_array().map_or(0, Vec::len))
        });
        check(format!("paragraphs of {label}"), want, got);
    }
    if let Some(want) = exp.get("body_closing") {
        let got: Vec<Value> = doc["body"]["closing"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| p["text"].clone())
            .collect();
        check("body_closing".into(), want, Value::from(got));
    }
    if let Some(want) = exp.get("body_last_item_paragraphs") {
        let mut last = doc["body"]["sections"].as_array().and_then(|s| s.last());
        while let Some(child) = last
            .and_then(|s| s["children"].as_array())
            .and_then(|c| c.last())
        {
            last = Some(child);
        }
        let got = last.map_or(Value::Null, |s| {
            Value::from(s["paragraphs"].as_array().map_or(0, Vec::len))
        });
        check("body_last_item_paragraphs".into(), want, got);
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
