//! Every field of the output is filled by the structurer somewhere in the fixtures.
//!
//! The model's structs are `#[non_exhaustive]` and built with `new(…)` and field
//! assignment (see gongwen-model's "Building the types"), so the compiler no longer makes
//! the structurer set a field added to them: a new field would silently stay at its
//! default. This test takes that check over. It walks the JSON of every fixture (all
//! formats, read with a unit alias table) along the JSON Schema generated from the types
//! today, and asserts that each property of each object type (`Task.deadline`,
//! `Attendee.note`, `Loc.offset` …) holds something other than its default (null, false,
//! 0, "", [], {} or the schema's `default`) in at least one of them. A field that no
//! fixture can show is listed in [`NEVER_FILLED`] with the reason, and the list is
//! checked too: a field it names that a fixture fills must leave it.

mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;

use gongwen::Format;
use serde_json::{Map, Value};

/// Fields no fixture fills, each with the reason (`Type.field`).
const NEVER_FILLED: &[(&str, &str)] = &[];

/// Invented documents stating what no fixture file does: a forwarded 请示 with its own
/// 主送机关 and closing formula (`Transmitted.recipients`, `Transmitted.closing`), an
/// attachment ending with one (`Attachment.closing`).
const STATED_HERE: [&str; 2] = [
    "平川县人民政府办公室转发县教体局
关于扩建城区学校有关问题请示的通知
平政办发〔2024〕12号
各乡镇人民政府，县政府各部门：
　　县教体局《关于扩建城区学校有关问题的请示》已经县人民政府同意，现转发给你们，请认真贯彻执行。
平川县人民政府办公室
2024年5月20日
关于扩建城区学校
有关问题的请示
县人民政府：
　　为缓解城区学校学位紧张，现就扩建城区学校有关问题请示如下：
　　一、扩建规模
　　2024年新增学位1200个。
　　二、资金保障
　　所需资金由县财政统筹安排。
　　以上请示如无不妥，请批转各有关单位执行。
县教体局
2024年5月10日
",
    "平川县人民政府办公室关于报送学校建设情况的报告
平政办发〔2024〕13号
县人民政府：
　　现将平川县学校建设情况报告如下。
　　附件：平川县学校建设情况
平川县人民政府办公室
2024年5月21日
附件
平川县学校建设情况
　　一、基本情况
　　全县共有学校52所。
　　二、下步打算
　　继续推进学校建设。
　　特此报告。
",
];

/// The unit alias table the fixtures are read with, so that `Unit.full_name` is filled.
const ALIASES: &str = r#"
[units]
"县发改局" = "县发展和改革局"
"县教体局" = "县教育和体育局"
"县财政局" = "县财政局"
"#;

/// Every fixture the snapshots cover, and the web copies saved as text.
fn fixtures() -> Vec<PathBuf> {
    let mut all = Vec::new();
    for ext in ["txt", "docx", "html", "doc"] {
        all.extend(support::fixtures(ext));
    }
    all.extend(wps_fixtures());
    let web = std::fs::read_dir("fixtures/web").expect("fixtures/web is checked in");
    let mut web: Vec<PathBuf> = web
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    web.sort();
    all.extend(web);
    all
}

/// The .wps fixtures, which live beside the .doc ones.
fn wps_fixtures() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir("fixtures/doc")
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "wps"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// A `Type.field` of the schema.
type Field = (String, String);

/// Walks `value` along `schema` (the node describing it, of type `name` when it is an
/// object type of its own), recording each property that holds a non-default value.
fn visit(
    schema: &Value,
    value: &Value,
    name: Option<&str>,
    defs: &Map<String, Value>,
    seen: &mut BTreeSet<Field>,
) {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let def = target.trim_start_matches("#/$defs/");
        if let Some(node) = defs.get(def) {
            visit(node, value, Some(def), defs, seen);
        }
        return;
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            visit(branch, value, name, defs, seen);
        }
    }
    match value {
        Value::Object(object) => {
            if let (Some(properties), Some(name)) =
                (schema.get("properties").and_then(Value::as_object), name)
            {
                for (key, property) in properties {
                    let Some(v) = object.get(key) else { continue };
                    if !is_default(v, property.get("default")) {
                        seen.insert((name.to_owned(), key.clone()));
                    }
                    visit(property, v, None, defs, seen);
                }
            }
            if let Some(entries) = schema.get("additionalProperties").filter(|s| s.is_object()) {
                for v in object.values() {
                    visit(entries, v, None, defs, seen);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for v in items {
                    visit(item, v, None, defs, seen);
                }
            }
        }
        _ => {}
    }
}

/// What a field holds when nothing set it.
fn is_default(value: &Value, declared: Option<&Value>) -> bool {
    if declared == Some(value) {
        return true;
    }
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}

/// Every `Type.field` the schema declares: the root's (`Document`) and each definition's.
fn declared(schema: &Value, defs: &Map<String, Value>) -> BTreeSet<Field> {
    let fields = |name: &str, node: &Value| -> Vec<Field> {
        node.get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().map(|k| (name.to_owned(), k.clone())).collect())
            .unwrap_or_default()
    };
    let mut all: BTreeSet<Field> = fields("Document", schema).into_iter().collect();
    for (name, node) in defs {
        all.extend(fields(name, node));
    }
    all
}

#[test]
fn every_field_is_filled_by_some_fixture() {
    let schema: Value = serde_json::from_str(&gongwen::schema_json()).expect("schema JSON");
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let aliases = gongwen::parse_unit_aliases(ALIASES).expect("alias table");
    let options = gongwen::Options::new().unit_aliases(aliases);
    let paths = fixtures();
    assert!(paths.len() > 70, "fixtures found: {}", paths.len());

    let mut seen = BTreeSet::new();
    for path in &paths {
        let doc = gongwen::parse_path_with(path, &options)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value = serde_json::to_value(&doc).expect("a document serializes");
        visit(&schema, &value, Some("Document"), &defs, &mut seen);
    }
    for text in STATED_HERE {
        let doc = gongwen::parse_bytes_with(text.as_bytes(), &options.clone().format(Format::Txt))
            .expect("an invented document parses");
        let value = serde_json::to_value(&doc).expect("a document serializes");
        visit(&schema, &value, Some("Document"), &defs, &mut seen);
    }

    let allowed: BTreeSet<Field> = NEVER_FILLED
        .iter()
        .map(|(field, _)| {
            let (ty, name) = field.split_once('.').expect("Type.field");
            (ty.to_owned(), name.to_owned())
        })
        .collect();
    let show = |fields: Vec<&Field>| {
        fields
            .iter()
            .map(|(t, f)| format!("{t}.{f}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let all = declared(&schema, &defs);
    let unfilled: Vec<&Field> = all
        .difference(&seen)
        .filter(|f| !allowed.contains(*f))
        .collect();
    assert!(
        unfilled.is_empty(),
        "no fixture has a value other than the default in: {}. Set the field where the \
         structurer builds its type (a struct of gongwen-model built with new(…) leaves \
         every other field at its default), add a fixture that states it, or list it in \
         NEVER_FILLED with the reason",
        show(unfilled)
    );
    let stale: Vec<&Field> = allowed.intersection(&seen).collect();
    assert!(
        stale.is_empty(),
        "NEVER_FILLED lists fields a fixture fills: {}; take them off the list",
        show(stale)
    );
}
