//! Helpers shared by the workspace-level tests.

#![allow(dead_code)]

pub mod score;

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Every fixture of the given extension under `fixtures/`, sorted.
pub fn fixtures(ext: &str) -> Vec<PathBuf> {
    let dir = Path::new("fixtures").join(ext);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The JSON Schema checked in at `schemas/gongwen.schema.json`, as a validator.
pub fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string("schemas/gongwen.schema.json")
        .expect("schemas/gongwen.schema.json is checked in");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// Asserts that `json` validates against the schema, listing every violation.
pub fn assert_valid(validator: &jsonschema::Validator, json: &str, what: &str) {
    let value: Value = serde_json::from_str(json).expect("output is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} violates the schema:\n{}",
        errors.join("\n")
    );
}
