//! `gongwen batch`: many documents to one JSON file each (`--out-dir`) or to NDJSON.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::ArgGroup;

use crate::inputs::{self, Entry, InputArgs};
use crate::options::OptionArgs;
use crate::output::{Sink, message, write_atomically};
use crate::run::{Outcome, drive};

/// Arguments of `gongwen batch`.
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("output").required(true).args(["out_dir", "ndjson"])))]
pub struct BatchArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    options: OptionArgs,
    /// Write one JSON file per input under DIR, mirroring the input tree:
    /// INPUT/a/b.txt → DIR/INPUT/a/b.txt.json (for `.`: DIR/a/b.txt.json). Each file is
    /// written atomically; an output that records the input's current SHA-256 is left
    /// alone (up to date) unless --force.
    #[arg(long, help_heading = "Output", value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Write one compact document per line to FILE (stdout when FILE is omitted or `-`),
    /// in sorted input order.
    #[arg(long, help_heading = "Output", value_name = "FILE", num_args = 0..=1, default_missing_value = "-")]
    ndjson: Option<PathBuf>,
    /// With --out-dir: convert again even the inputs whose output is up to date.
    #[arg(long, help_heading = "Output", conflicts_with = "ndjson")]
    force: bool,
    /// With --out-dir: pretty-print the JSON files (two-space indent).
    #[arg(long, help_heading = "Output", conflicts_with = "ndjson")]
    pretty: bool,
}

/// Runs the batch; exit 0 when no file failed, 1 when one did, 2 on a usage error.
pub fn run(args: &BatchArgs) -> ExitCode {
    match (&args.out_dir, &args.ndjson) {
        (Some(dir), _) => out_dir(args, dir),
        (None, Some(file)) => ndjson(args, file),
        (None, None) => usage("give --out-dir DIR or --ndjson [FILE]"),
    }
}

fn usage(text: &str) -> ExitCode {
    message(text);
    ExitCode::from(2)
}

fn ndjson(args: &BatchArgs, file: &Path) -> ExitCode {
    let options = match args.options.options() {
        Ok(options) => options,
        Err(code) => return code,
    };
    let file = (file != Path::new("-")).then_some(file);
    let entries = match inputs::collect(&args.input, None) {
        Ok(e) => e,
        Err(e) => return usage(&e),
    };
    for (flag, path) in [
        ("--ndjson", file),
        ("--report", args.input.report.as_deref()),
    ] {
        if let Some(path) = path
            && let Err(e) = inputs::check_not_input(flag, path, &entries)
        {
            return usage(&e);
        }
    }
    let mut sink = match Sink::open(file) {
        Ok(s) => s,
        Err(e) => {
            message(&format!(
                "{}: cannot write the output: {e}",
                file.unwrap_or(Path::new("-")).display()
            ));
            return ExitCode::from(1);
        }
    };
    let tally = drive(
        &args.input,
        &options,
        entries,
        |_, input| match input.parse() {
            Ok(doc) => Outcome::converted(gongwen::to_json(&doc), &doc),
            Err(e) => Outcome::error(&e),
        },
        |_, outcome: Outcome<String>| match outcome.payload {
            Some(line) => {
                sink.write_all(line.as_bytes())?;
                sink.write_all(b"\n")
            }
            None => Ok(()),
        },
    );
    let mut tally = tally;
    if let Err(e) = sink.finish()
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        message(&format!(
            "{}: cannot write the output: {e}",
            file.unwrap_or(Path::new("-")).display()
        ));
        tally.fatal = true;
    }
    tally.exit_code()
}

fn out_dir(args: &BatchArgs, dir: &Path) -> ExitCode {
    let options = match args.options.options() {
        Ok(options) => options,
        Err(code) => return code,
    };
    if dir.exists() && !dir.is_dir() {
        return usage(&format!("--out-dir {}: not a directory", dir.display()));
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        message(&format!("{}: cannot create the folder: {e}", dir.display()));
        return ExitCode::from(1);
    }
    // The output folder is never walked as input, even inside an INPUT folder.
    let entries = match inputs::collect(&args.input, Some(dir)) {
        Ok(e) => e,
        Err(e) => return usage(&e),
    };
    if let Some(report) = &args.input.report
        && let Err(e) = inputs::check_not_input("--report", report, &entries)
    {
        return usage(&e);
    }
    if let Err(e) = distinct_outputs(&entries) {
        return usage(&e);
    }
    // Canonical input paths, to refuse an output that is (a link to) an input.
    let inputs: Arc<HashSet<PathBuf>> = Arc::new(
        entries
            .iter()
            .filter_map(|e| std::fs::canonicalize(&e.path).ok())
            .collect(),
    );
    let dir = dir.to_path_buf();
    let (force, pretty) = (args.force, args.pretty);
    let tally = drive(
        &args.input,
        &options,
        entries,
        move |entry: &Entry, mut input: gongwen::Input| {
            let out = dir.join(output_name(&entry.rel));
            if is_an_input(&out, input.path(), &inputs) {
                return Outcome::failed(
                    "output_is_input",
                    format!("refusing to write {}: it is an input", out.display()),
                );
            }
            let sha = match input.sha256() {
                Ok(sha) => sha,
                Err(e) => return Outcome::error(&e),
            };
            if !force && let Some(format) = up_to_date(&out, &sha) {
                return Outcome::up_to_date(format);
            }
            let doc = match input.parse() {
                Ok(doc) => doc,
                Err(e) => return Outcome::error(&e),
            };
            let json = if pretty {
                gongwen::to_json_pretty(&doc)
            } else {
                gongwen::to_json(&doc)
            };
            let written = match out.parent() {
                Some(parent) => std::fs::create_dir_all(parent),
                None => Ok(()),
            }
            .and_then(|()| write_atomically(&out, &json));
            match written {
                Ok(()) => Outcome::converted((), &doc),
                Err(e) => Outcome::failed(
                    "write",
                    format!("cannot write the output {}: {e}", out.display()),
                ),
            }
        },
        |_, _: Outcome<()>| Ok(()),
    );
    tally.exit_code()
}

/// `a/b.txt` → `a/b.txt.json` (so that b.txt and b.docx do not collide).
fn output_name(rel: &Path) -> PathBuf {
    let mut name = OsString::from(if rel.as_os_str().is_empty() {
        Path::new("input").as_os_str()
    } else {
        rel.as_os_str()
    });
    name.push(".json");
    PathBuf::from(name)
}

/// Two inputs that would write the same output are a usage error, found before any work.
fn distinct_outputs(entries: &[Entry]) -> Result<(), String> {
    let mut seen = std::collections::HashMap::new();
    for e in entries {
        if let Some(other) = seen.insert(output_name(&e.rel), &e.path) {
            return Err(format!(
                "{} and {} would both be written to {} under --out-dir: give their folders \
                 instead, or run them separately",
                other.display(),
                e.path.display(),
                output_name(&e.rel).display()
            ));
        }
    }
    Ok(())
}

fn is_an_input(out: &Path, input: &Path, inputs: &HashSet<PathBuf>) -> bool {
    if !out.exists() {
        return false;
    }
    same_file::is_same_file(out, input).unwrap_or(false)
        || std::fs::canonicalize(out).is_ok_and(|c| inputs.contains(&c))
}

/// `Some(format)` when the existing output `out` was written from these very bytes
/// (`sha`, the input's SHA-256) by this version of gongwen (`source.generator`) under the
/// current schema version: converting again would give the same JSON. `format` is the
/// `source.format` it records. An output of an older gongwen, or one written before 1.3
/// recorded the generator, is converted again (`None`).
fn up_to_date(out: &Path, sha: &str) -> Option<Option<String>> {
    let source = recorded_source(out)?;
    let current = source.get("sha256").and_then(|v| v.as_str()) == Some(sha)
        && source.get("generator").and_then(|v| v.as_str()) == Some(gongwen::GENERATOR);
    current.then(|| {
        source
            .get("format")
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    })
}

#[cfg(test)]
fn is_up_to_date(out: &Path, sha: &str) -> bool {
    up_to_date(out, sha).is_some()
}

/// The `source` object an existing output records, when it was written with the current
/// schema version. Reads only the first bytes: the JSON starts with `schema_version`, then
/// `source`.
fn recorded_source(out: &Path) -> Option<serde_json::Map<String, serde_json::Value>> {
    const PREFIX: u64 = 16 << 10;
    let mut head = Vec::with_capacity(4096);
    std::fs::File::open(out)
        .ok()?
        .take(PREFIX)
        .read_to_end(&mut head)
        .ok()?;
    let version = format!("\"{}\"", gongwen::SCHEMA_VERSION);
    let rest = after_key(&head, b"\"schema_version\"")?;
    if !rest.starts_with(version.as_bytes()) {
        return None;
    }
    let rest = after_key(rest, b"\"source\"")?;
    // The object alone: what follows it (the rest of the document, cut off) is not read.
    match serde_json::Deserializer::from_slice(rest)
        .into_iter::<serde_json::Value>()
        .next()?
        .ok()?
    {
        serde_json::Value::Object(source) => Some(source),
        _ => None,
    }
}

/// What follows `key`, its colon and the whitespace around it.
fn after_key<'a>(text: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = text.windows(key.len()).position(|w| w == key)?;
    let rest = text.get(at + key.len()..)?.trim_ascii_start();
    Some(rest.strip_prefix(b":")?.trim_ascii_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_to_date_needs_the_same_input_generator_and_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sha = "ab".repeat(32);
        let output = |version: &str, generator: Option<&str>| {
            let generator = generator.map_or(String::new(), |g| format!(",\"generator\":\"{g}\""));
            format!(
                "{{\"schema_version\":\"{version}\",\"source\":{{\"path\":\"x \\\"sha256\\\"\",\"format\":\"txt\",\"encoding\":\"UTF-8\",\"bytes\":3,\"sha256\":\"{sha}\"{generator}}},\"title\":null}}"
            )
        };
        let p = dir.path().join("c.json");
        let current = output(gongwen::SCHEMA_VERSION, Some(gongwen::GENERATOR));
        std::fs::write(&p, &current).expect("write");
        assert!(is_up_to_date(&p, &sha));
        assert_eq!(up_to_date(&p, &sha), Some(Some("txt".to_owned())));
        assert!(!is_up_to_date(&p, &"cd".repeat(32)), "another input");
        let pretty = current.replace(':', ": ").replace(",\"", ",\n  \"");
        std::fs::write(&p, pretty).expect("write");
        assert!(is_up_to_date(&p, &sha), "pretty JSON");
        // Written by an older gongwen, or before the generator was recorded (1.2 and
        // earlier builds of 1.3): converted again.
        for stale in [
            output(gongwen::SCHEMA_VERSION, Some("gongwen 0.1.0")),
            output(gongwen::SCHEMA_VERSION, None),
            output("1.2.0", Some(gongwen::GENERATOR)),
        ] {
            std::fs::write(&p, &stale).expect("write");
            assert!(!is_up_to_date(&p, &sha), "{stale}");
        }
        // A cut-off output.
        let cut = current.find(&sha).expect("hash in the text") + 10;
        std::fs::write(&p, &current[..cut]).expect("write");
        assert!(!is_up_to_date(&p, &sha));
    }
}
