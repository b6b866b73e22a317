//! Property tests: parsing never panics on arbitrary bytes or text, every document
//! validates against the JSON Schema, and a random notice rendered to .txt and to .docx is
//! read back with the facts it was rendered from (`gongwen_testkit::notice`).
//!
//! Case counts are modest so the suite stays fast in CI; raise them locally with
//! `PROPTEST_CASES=2000 cargo test --release --test properties`.

mod support;

use std::sync::OnceLock;

use gongwen::{Format, Options};
use gongwen_testkit::notice::{Notice, notice};
use proptest::prelude::*;
use serde_json::Value;

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(support::validator)
}

/// Parses and, when a document comes out, checks it against the schema.
fn parse_and_validate(bytes: &[u8], format: Option<Format>) -> Option<Value> {
    let options = match format {
        Some(format) => Options::new().format(format),
        None => Options::new(),
    };
    let doc = gongwen::parse_bytes_with(bytes, &options).ok()?;
    let json = gongwen::to_json(&doc);
    support::assert_valid(validator(), &json, "a parsed document");
    serde_json::from_str(&json).ok()
}

fn cases(n: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(n),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces of 公文 text, so that random text reaches the structurer's paths.
const PIECES: [&str; 32] = [
    "平政办字〔2024〕4号",
    "平阴县人民政府办公室",
    "关于做好防汛工作的通知",
    "各镇人民政府，各街道办事处：",
    "一、",
    "（一）",
    "1.",
    "（1）",
    "①",
    "加强领导。",
    "认真抓好落实。",
    "附件：",
    "附件",
    "2024年6月28日",
    "二〇二四年六月二十八日",
    "（此件公开发布）",
    "抄送：县委办公室。",
    "\t序号",
    "\t工作任务",
    "\t责任单位",
    "\t完成时限",
    "\t",
    "县发改局、财政局等相关部门",
    "2024年12月底前",
    "长期坚持",
    "| 1 | 做好 |",
    "------",
    "— 2 —",
    "\n",
    "\n\n",
    "\r\n",
    "\u{3000}\u{3000}",
];

fn notice_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(&PIECES[..]).prop_map(str::to_owned),
            1 => any::<String>(),
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse_and_validate(&bytes, None);
        parse_and_validate(&bytes, Some(Format::Txt));
        parse_and_validate(&bytes, Some(Format::Docx));
    }

    #[test]
    fn arbitrary_text_never_panics(text in notice_text()) {
        parse_and_validate(text.as_bytes(), Some(Format::Txt));
    }
}

/// What the parser must recover from a rendered notice.
fn assert_recovered(n: &Notice, doc: &Value, what: &str) {
    let ctx = || format!("{what}\n{n:#?}");
    assert_eq!(
        doc["doc_number"]["normalized"],
        n.doc_number().as_str(),
        "doc number: {}",
        ctx()
    );
    assert_eq!(
        doc["issuers"],
        serde_json::json!([n.issuer]),
        "issuers: {}",
        ctx()
    );
    assert_eq!(doc["title"], n.title.as_str(), "title: {}", ctx());
    assert_eq!(
        doc["recipients"],
        serde_json::json!(n.recipients),
        "recipients: {}",
        ctx()
    );
    assert_eq!(doc["date"], n.iso_date().as_str(), "date: {}", ctx());
    let publicity = n.publicity.map_or(Value::Null, |p| Value::from(p.code()));
    assert_eq!(doc["publicity"], publicity, "publicity: {}", ctx());

    let sections = doc["body"]["sections"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        sections.len(),
        n.sections.len(),
        "level-1 sections: {}",
        ctx()
    );
    for (got, want) in sections.iter().zip(&n.sections) {
        assert_eq!(got["heading"], want.heading.as_str(), "heading: {}", ctx());
        let children = got["children"].as_array().cloned().unwrap_or_default();
        assert_eq!(
            children.len(),
            want.children.len(),
            "level-2 sections: {}",
            ctx()
        );
        for (c, (heading, _)) in children.iter().zip(&want.children) {
            assert_eq!(c["heading"], heading.as_str(), "run-in heading: {}", ctx());
        }
    }

    let tasks = doc["tasks"].as_array().cloned().unwrap_or_default();
    let want = n.tasks();
    assert_eq!(tasks.len(), want.len(), "task count: {}", ctx());
    for (got, (seq, title, category, group)) in tasks.iter().zip(&want) {
        assert_eq!(got["seq"], *seq, "seq: {}", ctx());
        // The 工作任务 text is the task's title, or its requirement when the structurer
        // reads that column as the work itself; either way it is recovered whole.
        let text = if got["title"].is_null() {
            &got["requirement"]
        } else {
            &got["title"]
        };
        assert_eq!(text, *title, "task text: {}", ctx());
        let cat = got["category"]
            .as_array()
            .and_then(|c| c.last())
            .map(|c| c["title"].clone());
        assert_eq!(cat, Some(Value::from(*category)), "category: {}", ctx());
        let units: Vec<&str> = got["units"]
            .as_array()
            .map(|u| u.iter().filter_map(|u| u["name"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(units, group.units, "units of task {seq}: {}", ctx());
        assert_eq!(
            got["units_open"],
            group.open,
            "units_open of task {seq}: {}",
            ctx()
        );
        assert_eq!(
            got["deadline"]["kind"],
            group.deadline.kind,
            "deadline kind of task {seq}: {}",
            ctx()
        );
        let date = group
            .deadline
            .date
            .as_deref()
            .map_or(Value::Null, Value::from);
        assert_eq!(
            got["deadline"]["date"],
            date,
            "deadline date of task {seq}: {}",
            ctx()
        );
    }
}

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn notice_round_trips_through_txt(n in notice(), crlf in any::<bool>()) {
        let bytes = n.to_txt(crlf);
        let doc = parse_and_validate(&bytes, Some(Format::Txt));
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = doc.unwrap_or_else(|| panic!("the .txt must parse:\n{text}"));
        assert_recovered(&n, &doc, &text);
    }

    #[test]
    fn notice_round_trips_through_docx(n in notice()) {
        let bytes = n.to_docx();
        let doc = parse_and_validate(&bytes, Some(Format::Docx))
            .unwrap_or_else(|| panic!("the .docx must parse"));
        assert_recovered(&n, &doc, "docx");
    }
}
