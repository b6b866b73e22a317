//! The JSON Schema is a public contract: the checked-in file must equal the one generated
//! from the Rust types. Regenerate with `GONGWEN_UPDATE_SCHEMA=1 cargo test --test schema`.

mod support;

const SCHEMA_PATH: &str = "schemas/gongwen.schema.json";

#[test]
fn checked_in_schema_is_current() {
    let generated = gongwen::schema_json();
    if std::env::var_os("GONGWEN_UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).expect("write the schema");
        return;
    }
    let checked_in = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{SCHEMA_PATH} is stale: regenerate it with GONGWEN_UPDATE_SCHEMA=1 cargo test --test schema, \
         review the diff, and bump SCHEMA_VERSION if a field was added (minor) or changed (major)"
    );
}

#[test]
fn schema_states_its_version_and_documents_every_property() {
    let schema: serde_json::Value = serde_json::from_str(&gongwen::schema_json()).expect("JSON");
    assert_eq!(
        schema["$id"],
        format!("urn:gongwen:schema:document:{}", gongwen::SCHEMA_VERSION)
    );
    // Every property of every object in the schema carries a description.
    let mut undocumented = Vec::new();
    walk(&schema, "#", &mut undocumented);
    assert!(
        undocumented.is_empty(),
        "undocumented properties: {undocumented:?}"
    );
}

fn walk(node: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match node {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                for (name, prop) in props {
                    let documented = prop.get("description").is_some()
                        || prop
                            .get("$ref")
                            .is_some_and(|_| prop.get("description").is_some());
                    if !documented {
                        out.push(format!("{path}/{name}"));
                    }
                }
            }
            for (k, v) in map {
                walk(v, &format!("{path}/{k}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn a_minimal_document_validates() {
    let doc = gongwen::parse_bytes("通知\n".as_bytes(), gongwen::Format::Txt).expect("parse");
    support::assert_valid(&support::validator(), &gongwen::to_json(&doc), "minimal");
}
