//! The `gongwen` command. It only wires the library to the command line: arguments in,
//! JSON (or CSV) on stdout, messages on stderr prefixed `gongwen:` and naming the file.

mod batch;
mod inputs;
mod limits;
mod options;
mod output;
mod parse;
mod run;
mod schema;
mod tasks;

use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{Parser, Subcommand};

/// Turn Chinese government official documents (公文) into canonical JSON.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version = version(), about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse one document and print its JSON.
    Parse(parse::ParseArgs),
    /// Print the JSON Schema of the output.
    Schema,
    /// Convert many documents (files and folders) in parallel: one JSON file each, or NDJSON.
    Batch(batch::BatchArgs),
    /// Every task of every document as CSV (UTF-8 with BOM, for Excel and WPS) or as an
    /// .xlsx workbook.
    Tasks(tasks::TasksArgs),
}

/// "0.2.0 (JSON schema 1.3.0)": the version, and the schema version of the JSON it writes.
fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        format!(
            "{} (JSON schema {})",
            env!("CARGO_PKG_VERSION"),
            gongwen::SCHEMA_VERSION
        )
    })
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout with exit 0 and usage errors with exit 2.
            let code = e.exit_code();
            let _ = e.print();
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Schema => schema::run(),
        Command::Batch(args) => batch::run(&args),
        Command::Tasks(args) => tasks::run(&args),
    }
}
