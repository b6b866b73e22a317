//! The `gongwen` command. It only wires the library to the command line: arguments in,
//! JSON on stdout, messages on stderr prefixed `gongwen:` and naming the file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn Chinese government official documents (公文) into canonical JSON.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse one document and print its JSON.
    Parse(ParseArgs),
    /// Print the JSON Schema of the output.
    Schema,
}

#[derive(Debug, clap::Args)]
struct ParseArgs {
    /// The document to parse (.txt or .docx).
    file: PathBuf,
    /// Pretty-print the JSON (two-space indent).
    #[arg(long)]
    pretty: bool,
    /// Write the JSON to this file (atomically: a temporary file, then a rename) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: Option<PathBuf>,
    /// Read the input as this format instead of detecting it.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Decode text with this encoding (a WHATWG label: utf-8, gb18030, big5, utf-16le …).
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Txt,
    Docx,
}

impl From<FormatArg> for gongwen::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Txt => gongwen::Format::Txt,
            FormatArg::Docx => gongwen::Format::Docx,
        }
    }
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
        Command::Schema => emit(&gongwen::schema_json(), None),
        Command::Parse(args) => parse(&args),
    }
}

fn parse(args: &ParseArgs) -> ExitCode {
    let options = gongwen::Options::default()
        .with_format(args.format.map(Into::into))
        .with_encoding(args.encoding.clone());
    match gongwen::parse_path_with(&args.file, &options) {
        Ok(doc) => emit(&gongwen::to_json(&doc, args.pretty), args.output.as_deref()),
        Err(e) => {
            message(&e.to_string());
            ExitCode::from(1)
        }
    }
}

/// Writes `text` to stdout (a closed pipe is not an error) or atomically to `out`.
fn emit(text: &str, out: Option<&Path>) -> ExitCode {
    match out {
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| ensure_newline(&mut stdout, text))
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    message(&format!("cannot write to stdout: {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Some(path) => match write_atomically(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                message(&format!("{}: cannot write the output: {e}", path.display()));
                ExitCode::from(1)
            }
        },
    }
}

fn ensure_newline(w: &mut impl Write, text: &str) -> std::io::Result<()> {
    if text.ends_with('\n') {
        Ok(())
    } else {
        w.write_all(b"\n")
    }
}

/// A temporary file in the destination's directory, renamed over it when complete, so
/// that a killed run never leaves a half-written output.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    ensure_newline(&mut tmp, text)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[allow(clippy::print_stderr)]
fn message(text: &str) {
    eprintln!("gongwen: {text}");
}
