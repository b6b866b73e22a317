use crate::Document;

/// Version of the JSON contract written into every [`Document`] and into the schema.
///
/// Semantic versioning: a new optional field or enum value bumps the minor version; a
/// field whose meaning changes or disappears bumps the major version.
pub const SCHEMA_VERSION: &str = "1.3.0";

/// The JSON Schema (draft 2020-12) of [`Document`], generated from the Rust types.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Document);
    schema.insert(
        "$id".into(),
        format!("urn:gongwen:schema:document:{SCHEMA_VERSION}").into(),
    );
    schema.insert("title".into(), "gongwen Document".into());
    schema.insert(
        "description".into(),
        format!(
            "A Chinese official document (公文) as structured by gongwen, schema version \
             {SCHEMA_VERSION}. Every field is documented; optional fields are null or omitted \
             as stated. A field added after 1.0 says since which version; the fields added \
             since 1.0 are optional here (with their `default`), so a document written by an \
             older version still validates. Dates are strings of format `date` (YYYY-MM-DD)."
        )
        .into(),
    );
    schema.to_value()
}

/// The schema as pretty-printed JSON with a trailing newline, exactly as checked in at
/// `schemas/gongwen.schema.json`.
pub fn json_schema_string() -> String {
    // Serializing a `serde_json::Value` cannot fail: every key is a string.
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}
