//! The rules of `../shared/corpus/score.py`, the contract for labelled documents, in Rust:
//! field accuracy of gongwen's outputs against an `expected.json` of hand-made labels.
//! Every rule follows the script line for line (the comments say which); a change there is
//! a change here.

#![allow(dead_code)]

use std::collections::BTreeMap;

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Hits and totals per field, and the misses in words.
#[derive(Debug, Default)]
pub struct Score {
    pub fields: BTreeMap<String, (usize, usize)>,
    pub misses: Vec<String>,
}

impl Score {
    pub fn hits(&self) -> usize {
        self.fields.values().map(|(h, _)| h).sum()
    }

    pub fn total(&self) -> usize {
        self.fields.values().map(|(_, t)| t).sum()
    }

    pub fn percent(&self) -> f64 {
        let total = self.total();
        if total == 0 {
            return 0.0;
        }
        100.0 * self.hits() as f64 / total as f64
    }

    /// The lowest field's share of hits, in percent.
    pub fn worst_field(&self) -> Option<(&str, f64)> {
        self.fields
            .iter()
            .filter(|(_, (_, t))| *t > 0)
            .map(|(f, (h, t))| (f.as_str(), 100.0 * *h as f64 / *t as f64))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// The per-field table as score.py prints it, then the overall line.
    pub fn table(&self) -> String {
        let mut out = String::new();
        for (field, (h, t)) in &self.fields {
            out.push_str(&format!("  {field}: {h}/{t}\n"));
        }
        out.push_str(&format!(
            "field accuracy: {:.1}% ({}/{})\n",
            self.percent(),
            self.hits(),
            self.total()
        ));
        out
    }

    pub fn add(&mut self, other: Score) {
        for (f, (h, t)) in other.fields {
            let e = self.fields.entry(f).or_default();
            e.0 += h;
            e.1 += t;
        }
        self.misses.extend(other.misses);
    }

    fn check(&mut self, doc: &Value, name: &str, field: &str, good: bool, got: &str, want: &str) {
        // A field only counts as right when the output has the key: silence is not "none
        // found" (score.py's `check`).
        let key = match field {
            "doc_number_parts" => "doc_number",
            f => f,
        };
        let good = good && (field.starts_with("task") || doc.get(key).is_some());
        let e = self.fields.entry(field.to_owned()).or_default();
        e.1 += 1;
        if good {
            e.0 += 1;
        } else {
            self.misses
                .push(format!("{name}: {field}: got {got} want {want}"));
        }
    }
}

/// score.py's `norm`: NFKC, then every white space removed.
pub fn norm(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// score.py's `normnum`: `norm` with every bracket folded to 〔〕.
fn normnum(s: &str) -> String {
    norm(s)
        .chars()
        .map(|c| match c {
            '[' | '【' | '(' | '（' | '［' => '〔',
            ']' | '】' | ')' | '）' | '］' => '〕',
            c => c,
        })
        .collect()
}

fn str_of(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(str_of)
        .collect()
}

/// Scores one output (`doc`: the JSON gongwen wrote, `Value::Null` when the parse failed)
/// against its labels `e`.
pub fn score_one(name: &str, e: &Value, doc: &Value) -> Score {
    let mut s = Score::default();
    let empty = Value::Object(Default::default());
    let d = if doc.is_object() { doc } else { &empty };
    let accept = e.get("accept").cloned().unwrap_or(Value::Null);
    let dbg = |v: &Value| v.to_string();

    if let Some(want) = e.get("doc_number") {
        let got = d["doc_number"]["normalized"]
            .as_str()
            .or_else(|| d["doc_number"]["raw"].as_str())
            .map(normnum);
        let ok = got == str_of(want).map(|w| normnum(&w));
        s.check(d, name, "doc_number", ok, &format!("{got:?}"), &dbg(want));
    }
    if !e["doc_number_year"].is_null() {
        let got = (
            d["doc_number"]["year"].clone(),
            d["doc_number"]["serial"].clone(),
        );
        let want = (e["doc_number_year"].clone(), e["doc_number_serial"].clone());
        let ok = got == want;
        s.check(
            d,
            name,
            "doc_number_parts",
            ok,
            &format!("{got:?}"),
            &format!("{want:?}"),
        );
    }
    if let Some(want) = e.get("issuers") {
        let got: Vec<String> = strings(&d["issuers"]).iter().map(|x| norm(x)).collect();
        let wants: Vec<Vec<String>> = match accept.get("issuers") {
            Some(list) => list.as_array().into_iter().flatten().map(strings).collect(),
            None => vec![strings(want)],
        };
        let ok = wants
            .iter()
            .any(|w| w.iter().map(|x| norm(x)).collect::<Vec<_>>() == got);
        s.check(
            d,
            name,
            "issuers",
            ok,
            &dbg(&d["issuers"]),
            &format!("{wants:?}"),
        );
    }
    if let Some(want) = e.get("title") {
        let ok = str_of(&d["title"]).map(|t| norm(&t)) == str_of(want).map(|w| norm(&w));
        s.check(d, name, "title", ok, &dbg(&d["title"]), &dbg(want));
    }
    if let Some(want) = e.get("doc_type") {
        let wants = accept
            .get("doc_type")
            .cloned()
            .unwrap_or_else(|| Value::Array(vec![want.clone()]));
        let got = d.get("doc_type").cloned().unwrap_or(Value::Null);
        let ok = wants.as_array().is_some_and(|w| w.contains(&got));
        s.check(d, name, "doc_type", ok, &dbg(&got), &dbg(want));
    }
    if let Some(want) = e.get("date") {
        let got = d.get("date").cloned().unwrap_or(Value::Null);
        s.check(d, name, "date", &got == want, &dbg(&got), &dbg(want));
    }
    if let Some(want) = e.get("publicity") {
        let got = d.get("publicity").cloned().unwrap_or(Value::Null);
        s.check(d, name, "publicity", &got == want, &dbg(&got), &dbg(want));
    }
    if let Some(want) = e.get("recipients") {
        // Split-agnostic: recipients compared whatever the split (、 or ，).
        let flat = |xs: Vec<String>| -> String {
            xs.iter()
                .map(|x| norm(x))
                .collect::<String>()
                .chars()
                .filter(|c| !matches!(c, '、' | '，' | ','))
                .collect()
        };
        let ok = flat(strings(&d["recipients"])) == flat(strings(want));
        s.check(
            d,
            name,
            "recipients",
            ok,
            &dbg(&d["recipients"]),
            &dbg(want),
        );
    }
    if let Some(want) = e.get("transmitted_title").and_then(str_of) {
        // The transmitted document may be printed as the notice's attachment: either place
        // counts; book-title marks are ignored.
        let got: Vec<String> = d["transmitted"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(d["attachments"].as_array().into_iter().flatten())
            .filter_map(|t| str_of(&t["title"]))
            .collect();
        let bare = |x: &str| -> String {
            norm(x)
                .chars()
                .filter(|c| !"《》〈〉<>".contains(*c))
                .collect()
        };
        let wants: Vec<String> = match accept.get("transmitted_title") {
            Some(list) => strings(list).iter().map(|w| bare(w)).collect(),
            None => vec![bare(&want)],
        };
        let ok = got.iter().any(|g| wants.contains(&bare(g)));
        s.check(d, name, "transmitted", ok, &format!("{got:?}"), &want);
    }
    let t = &e["tasks"];
    if t.is_object() && t["count"].as_u64().unwrap_or(0) > 0 {
        let tasks: Vec<&Value> = d["tasks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|x| x.is_object())
            .collect();
        let (n, want) = (tasks.len() as i64, t["count"].as_i64().unwrap_or(0));
        let good = if t["complete"].as_bool().unwrap_or(false) {
            n == want
        } else {
            want - 1 <= n && n <= want + 2
        };
        s.check(
            d,
            name,
            "task_count",
            good,
            &n.to_string(),
            &want.to_string(),
        );
        for r in t["rows"].as_array().into_iter().flatten() {
            let starts = str_of(&r["requirement_starts"]).unwrap_or_default();
            let full = norm(&starts);
            let start: String = full.chars().take(8).collect();
            let req = |x: &Value| {
                str_of(&x["requirement"])
                    .map(|r| norm(&r))
                    .unwrap_or_default()
            };
            let found = tasks
                .iter()
                .find(|x| req(x).starts_with(&full))
                .or_else(|| tasks.iter().find(|x| req(x).starts_with(&start)));
            let Some(x) = found else {
                s.check(d, name, "task_units", false, "None", &starts);
                continue;
            };
            let units: Vec<String> = x["units"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|u| str_of(&u["name"]).map(|n| norm(&n)))
                .collect();
            let wanted: Vec<String> = strings(&r["units"]).iter().map(|u| norm(u)).collect();
            let ok = wanted.iter().all(|w| units.contains(w)) || units.concat() == wanted.concat();
            s.check(
                d,
                name,
                "task_units",
                ok,
                &format!("{units:?}"),
                &format!("{wanted:?}"),
            );
            let leads_want: Vec<String> =
                strings(&r["lead_units"]).iter().map(|u| norm(u)).collect();
            if !leads_want.is_empty() {
                let mut leads: Vec<String> = x["units"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|u| u["role"] == "lead")
                    .filter_map(|u| str_of(&u["name"]).map(|n| norm(&n)))
                    .collect();
                leads.sort();
                leads.dedup();
                let mut w = leads_want.clone();
                w.sort();
                w.dedup();
                s.check(
                    d,
                    name,
                    "task_leads",
                    leads == w,
                    &format!("{leads:?}"),
                    &format!("{w:?}"),
                );
            }
            if let Some(kind) = r["deadline_kind"].as_str() {
                let dl = &x["deadline"];
                let ok = dl["kind"] == kind
                    && (r["deadline_date"].is_null() || dl["date"] == r["deadline_date"]);
                s.check(
                    d,
                    name,
                    "task_deadline",
                    ok,
                    &dbg(dl),
                    &format!("({kind}, {})", r["deadline_date"]),
                );
            }
        }
    }
    s
}
