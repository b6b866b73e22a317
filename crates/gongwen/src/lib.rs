//! gongwen: Chinese government official documents (公文: .txt, .docx, .html) → one canonical, documented
//! [`Document`].
//!
//! This is the crate other tools import. It detects the format (magic bytes, then the
//! file extension), runs the matching reader to get format-neutral blocks, structures them
//! into a [`Document`] and renders JSON. The model types are re-exported, so one
//! dependency is enough.
//!
//! ```
//! use gongwen::{Format, parse_bytes};
//!
//! let text = "平政办字〔2024〕4号\n平阴县人民政府办公室\n关于做好防汛工作的通知\n\
//!             各镇人民政府：\n请认真抓好落实。\n平阴县人民政府办公室\n2024年6月28日\n";
//! let doc = parse_bytes(text.as_bytes(), Format::Txt)?;
//! assert_eq!(doc.doc_number.as_ref().map(|n| n.serial), Some(4));
//! assert_eq!(doc.date.as_deref(), Some("2024-06-28"));
//! let json = gongwen::to_json(&doc, true);
//! assert!(json.starts_with("{\n  \"schema_version\""));
//! # Ok::<(), gongwen::Error>(())
//! ```

mod detect;
mod error;
mod many;
mod options;

use std::path::Path;

pub use detect::detect_format;
pub use error::{Error, ErrorKind};
pub use gongwen_model::*;
pub use many::{Input, ParseMany, parse_many};
pub use options::{Limits, Options};

use gongwen_blocks::Block;
use sha2::{Digest, Sha256};

/// Reads and parses the file at `path`, detecting its format.
pub fn parse_path(path: impl AsRef<Path>) -> Result<Document, Error> {
    parse_path_with(path, &Options::default())
}

/// Reads and parses the file at `path` with `options`.
pub fn parse_path_with(path: impl AsRef<Path>, options: &Options) -> Result<Document, Error> {
    let path = path.as_ref();
    let bytes = read_capped(path, options.limits.max_input_bytes)
        .map_err(|kind| Error::new(Some(path), kind))?;
    parse_inner(&bytes, Some(path), options).map_err(|kind| Error::new(Some(path), kind))
}

/// Parses bytes held in memory as `format`.
pub fn parse_bytes(bytes: &[u8], format: Format) -> Result<Document, Error> {
    let options = Options {
        format: Some(format),
        ..Options::default()
    };
    parse_bytes_with(bytes, &options)
}

/// Parses bytes held in memory with `options` (the format is detected when
/// `options.format` is `None`).
pub fn parse_bytes_with(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    parse_inner(bytes, None, options).map_err(|kind| Error::new(None, kind))
}

/// Renders a document as JSON: pretty (two-space indent, trailing newline) or compact
/// (one line, no trailing newline).
pub fn to_json(doc: &Document, pretty: bool) -> String {
    // A Document holds only strings, numbers, booleans, maps with string keys and
    // sequences, so serialization cannot fail.
    if pretty {
        let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
        s.push('\n');
        s
    } else {
        serde_json::to_string(doc).unwrap_or_default()
    }
}

/// The JSON Schema of [`Document`], pretty-printed, as checked in at
/// `schemas/gongwen.schema.json`.
pub fn schema_json() -> String {
    json_schema_string()
}

fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ErrorKind> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ErrorKind::Io)?;
    let meta = file.metadata().map_err(ErrorKind::Io)?;
    if meta.is_dir() {
        return Err(ErrorKind::IsADirectory);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(cap)).unwrap_or(0));
    // Read one byte past the cap so that a file growing after `metadata` is still caught.
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ErrorKind::Io)?;
    if bytes.len() as u64 > cap {
        return Err(ErrorKind::TooLarge { limit: cap });
    }
    Ok(bytes)
}

fn parse_inner(
    bytes: &[u8],
    path: Option<&Path>,
    options: &Options,
) -> Result<Document, ErrorKind> {
    if bytes.len() as u64 > options.limits.max_input_bytes {
        return Err(ErrorKind::TooLarge {
            limit: options.limits.max_input_bytes,
        });
    }
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let format = match options.format {
        Some(f) => f,
        None => detect_format(bytes, path)?,
    };
    let (blocks, encoding, reader_diagnostics) = read_blocks(bytes, format, options)?;
    let source = Source {
        path: path.map(|p| p.display().to_string()),
        format,
        encoding: encoding.to_owned(),
        bytes: bytes.len() as u64,
        sha256: sha256_hex(bytes),
    };
    let mut doc = match &options.unit_aliases {
        Some(aliases) => {
            let settings =
                gongwen_structure::Settings::default().with_unit_aliases(aliases.as_ref().clone());
            gongwen_structure::structure_with(&blocks, source, &settings)
        }
        None => gongwen_structure::structure(&blocks, source),
    };
    if !reader_diagnostics.is_empty() {
        // What the reader noticed (chrome dropped, the article chosen) joins what the
        // structurer noticed, in block order (a stable sort keeps each one's own order).
        doc.diagnostics.extend(reader_diagnostics);
        doc.diagnostics
            .sort_by_key(|d| d.loc.map_or(0, |l| l.block));
    }
    Ok(doc)
}

/// Blocks, the encoding used, and the reader's own diagnostics.
type ReadOutput = (Vec<Block>, &'static str, Vec<Diagnostic>);

fn read_blocks(bytes: &[u8], format: Format, options: &Options) -> Result<ReadOutput, ErrorKind> {
    match format {
        Format::Txt => {
            let encoding = match options.encoding.as_deref() {
                Some(label) => Some(gongwen_text::encoding_for_label(label)?),
                None => None,
            };
            let out = gongwen_text::read_txt_with(bytes, encoding, &options.limits.text())?;
            Ok((out.blocks, out.encoding, Vec::new()))
        }
        Format::Docx => {
            let blocks = gongwen_docx::read_docx(bytes, &options.limits.docx())?;
            // XML parts of a .docx are UTF-8 (or UTF-16, decoded by the reader).
            Ok((blocks, "UTF-8", Vec::new()))
        }
        Format::Html => {
            let encoding = match options.encoding.as_deref() {
                Some(label) => Some(gongwen_html::encoding_for_label(label)?),
                None => None,
            };
            let out = gongwen_html::read_html(bytes, encoding, &options.limits.html())?;
            Ok((out.blocks, out.encoding, out.diagnostics))
        }
        _ => Err(ErrorKind::Unsupported("this format")),
    }
}

/// Reads a unit alias table from a TOML file:
///
/// ```toml
/// [units]
/// "县发改局" = "县发展和改革局"
/// "县教体局" = "县教育和体育局"
/// ```
///
/// Keys are unit names as printed (after the shared prefix is spread: 县投促局, not 投促局).
pub fn load_unit_aliases(
    path: impl AsRef<Path>,
) -> Result<std::collections::BTreeMap<String, String>, Error> {
    let path = path.as_ref();
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::new(Some(path), ErrorKind::Io(e)))?;
    parse_unit_aliases(&text).map_err(|message| Error::new(Some(path), ErrorKind::Aliases(message)))
}

/// Parses the TOML of [`load_unit_aliases`].
pub fn parse_unit_aliases(
    text: &str,
) -> Result<std::collections::BTreeMap<String, String>, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        units: std::collections::BTreeMap<String, String>,
    }
    toml::from_str::<File>(text)
        .map(|f| f.units)
        .map_err(|e| e.to_string())
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest.iter() {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{b:02x}");
    }
    hex
}
