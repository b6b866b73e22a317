//! Real government web pages in `../shared/corpus/html/` (beside the project, never copied
//! into it), labelled in `expected.json` there: every page parses as HTML, and the facts the
//! labels give come out, scored by the rules of `../shared/corpus/score.py`. Skips with a
//! message where the folder is absent.
//!
//! Header fields must all be right. Task fields are scored and floored (`tests/labelled.rs`
//! scores the whole folder by score.py's rules).

use std::path::Path;

use serde_json::Value;

const CORPUS: &str = "../shared/corpus/html";

/// NFKC is not at hand: the labels only need white space removed and full-width ASCII
/// folded, which is what NFKC does to them.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(norm))
        .collect()
}

#[test]
#[allow(clippy::print_stderr)] // the skip message and the misses are the point
fn labelled_pages_state_their_facts() {
    let Ok(text) = std::fs::read_to_string(Path::new(CORPUS).join("expected.json")) else {
        eprintln!("skipping: {CORPUS} is absent (the shared corpus lives beside the project)");
        return;
    };
    let labels: Value = serde_json::from_str(&text).expect("expected.json is JSON");
    let (mut header_misses, mut task_hits, mut task_total) = (Vec::new(), 0, 0);
    let mut task_misses = Vec::new();
    let mut pages = 0;
    for (name, want) in labels.as_object().into_iter().flatten() {
        let path = Path::new(CORPUS).join(name);
        let doc = gongwen::parse_path(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.source.format, gongwen::Format::Html, "{name}");
        pages += 1;
        let got: Value = serde_json::from_str(&gongwen::to_json(&doc)).expect("JSON");
        let mut miss = |field: &str, ok: bool, got: &Value| {
            if !ok {
                header_misses.push(format!("{name}: {field}: got {got}, want {}", want[field]));
            }
        };
        let number = &got["doc_number"];
        miss(
            "doc_number",
            number["normalized"].as_str().map(norm) == want["doc_number"].as_str().map(norm),
            number,
        );
        miss(
            "doc_number_year",
            number["year"] == want["doc_number_year"]
                && number["serial"] == want["doc_number_serial"],
            number,
        );
        miss(
            "issuers",
            strings(&got["issuers"]) == strings(&want["issuers"]),
            &got["issuers"],
        );
        let titles: Vec<String> = std::iter::once(want["title"].as_str().map(norm))
            .chain(
                want["accept"]["title"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|t| t.as_str().map(norm)),
            )
            .flatten()
            .collect();
        let title = got["title"].as_str().map(norm).unwrap_or_default();
        miss("title", titles.contains(&title), &got["title"]);
        miss(
            "doc_type",
            got["doc_type"] == want["doc_type"],
            &got["doc_type"],
        );
        miss("date", got["date"] == want["date"], &got["date"]);
        miss(
            "publicity",
            got["publicity"] == want["publicity"],
            &got["publicity"],
        );
        let flat = |v: &Value| strings(v).concat().replace(['、', '，', ','], "");
        miss(
            "recipients",
            flat(&got["recipients"]) == flat(&want["recipients"]),
            &got["recipients"],
        );
        if let Some(t) = want["transmitted_title"].as_str() {
            let bare = |s: &str| norm(s).replace(['《', '》', '〈', '〉'], "");
            let found = got["transmitted"]
                .as_array()
                .into_iter()
                .chain(got["attachments"].as_array())
                .flatten()
                .filter_map(|x| x["title"].as_str())
                .any(|x| bare(x) == bare(t));
            miss("transmitted_title", found, &got["transmitted"]);
        }
        // Tasks, as score.py counts them.
        let Some(count) = want["tasks"]["count"].as_u64().filter(|&c| c > 0) else {
            continue;
        };
        let tasks = got["tasks"].as_array().cloned().unwrap_or_default();
        task_total += 1;
        if tasks.len() as u64 == count {
            task_hits += 1;
        } else {
            task_misses.push(format!("{name}: {} tasks, want {count}", tasks.len()));
        }
        for row in want["tasks"]["rows"].as_array().into_iter().flatten() {
            task_total += 1;
            let start = norm(row["requirement_starts"].as_str().unwrap_or_default());
            let short: String = start.chars().take(8).collect();
            let req = |t: &Value| norm(t["requirement"].as_str().unwrap_or_default());
            let task = tasks
                .iter()
                .find(|t| req(t).starts_with(&start))
                .or_else(|| tasks.iter().find(|t| req(t).starts_with(&short)));
            let units: Vec<String> = task
                .map(|t| {
                    t["units"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|u| u["name"].as_str().map(norm))
                        .collect()
                })
                .unwrap_or_default();
            let want_units = strings(&row["units"]);
            if task.is_some()
                && (want_units.iter().all(|u| units.contains(u))
                    || units.concat() == want_units.concat())
            {
                task_hits += 1;
            } else {
                task_misses.push(format!(
                    "{name}: {start}: units {units:?}, want {want_units:?}"
                ));
            }
        }
    }
    assert_eq!(pages, 5, "the labelled pages");
    assert!(
        header_misses.is_empty(),
        "header facts:\n{}",
        header_misses.join("\n")
    );
    for m in &task_misses {
        eprintln!("task miss (structurer): {m}");
    }
    // 18 of 19 today: the one miss is a label that gives "绿化办" where the list prints
    // "县农村发展局、绿化办" (the parser spreads the 县, as other labels want).
    assert!(
        task_hits >= 18,
        "task facts {task_hits}/{task_total}:\n{}",
        task_misses.join("\n")
    );
}
