//! `gongwen schema`: print the JSON Schema of the output.

use std::process::ExitCode;

/// Prints the schema, identical to `schemas/gongwen.schema.json`.
pub fn run() -> ExitCode {
    crate::output::emit(&gongwen::schema_json(), None)
}
