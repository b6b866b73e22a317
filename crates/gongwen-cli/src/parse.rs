//! `gongwen parse FILE`: one document to JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::options::OptionArgs;
use crate::output::{emit, message};

/// Arguments of `gongwen parse`.
#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// The document to parse (.txt, .docx, .doc, .wps or .html; other formats are named
    /// and refused with the code unsupported_format).
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
    /// Decode text (or a web page) with this encoding (a WHATWG label: utf-8, gb18030, big5,
    /// utf-16le …) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    #[command(flatten)]
    options: OptionArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Plain text (.txt), in any encoding gongwen detects.
    Txt,
    /// Office Open XML (.docx), from Word, WPS or LibreOffice.
    Docx,
    /// Word 97-2003 binary (.doc, .dot) and WPS Office (.wps, .wpt).
    Doc,
    /// A web page (.html, .htm, .shtml, .xhtml).
    Html,
}

impl From<FormatArg> for gongwen::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Txt => gongwen::Format::Txt,
            FormatArg::Docx => gongwen::Format::Docx,
            FormatArg::Doc => gongwen::Format::Doc,
            FormatArg::Html => gongwen::Format::Html,
        }
    }
}

/// Parses the file and prints (or writes) its JSON.
pub fn run(args: &ParseArgs) -> ExitCode {
    let options = match args.options.options() {
        Ok(options) => options,
        Err(code) => return code,
    };
    let mut options = options;
    if let Some(format) = args.format {
        options = options.format(format.into());
    }
    if let Some(label) = &args.encoding {
        options = options.encoding(label.as_str());
    }
    match gongwen::parse_path_with(&args.file, &options) {
        Ok(doc) => {
            let json = if args.pretty {
                gongwen::to_json_pretty(&doc)
            } else {
                gongwen::to_json(&doc)
            };
            emit(&json, args.output.as_deref())
        }
        Err(e) => {
            // The stable code last, for scripts: "… is not supported yet (…) [unsupported_format]".
            message(&format!("{e} [{}]", e.code()));
            ExitCode::from(1)
        }
    }
}
