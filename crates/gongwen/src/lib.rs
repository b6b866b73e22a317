//! gongwen: Chinese government official documents (公文: .txt, .docx, .doc/.wps, .html) → one
//! canonical, documented [`Document`].
//!
//! This is the crate other tools import. It detects the format (content first — magic
//! bytes, a look into zip archives, markup that opens a web page — then the file
//! extension: [`detect`]; a format it recognises and does not read, such as OFD or PDF, is
//! named by [`Error::unsupported_format`]), runs the matching reader to get format-neutral
//! blocks, structures them into a [`Document`] and renders JSON. The model types are
//! re-exported by name, so one dependency is enough.
//!
//! Beside parsing: [`ledger`], the task ledger of many documents as rows (and, with the
//! feature `xlsx`, as an .xlsx workbook), and [`output`], atomic output files with the
//! permissions a user's new files get.
//!
//! ```
//! use gongwen::{Date, Format, Options, UnitAliases};
//!
//! let text = "平政办字〔2024〕4号\n平阴县人民政府办公室\n关于做好防汛工作的通知\n\
//!             各镇人民政府：\n请认真抓好落实。\n平阴县人民政府办公室\n2024年6月28日\n";
//! let doc = gongwen::parse_bytes(text.as_bytes(), Format::Txt)?;
//! assert_eq!(doc.doc_number.as_ref().map(|n| n.serial), Some(4));
//! assert_eq!(doc.date, Date::new(2024, 6, 28).ok());
//! assert_eq!(doc.source.generator.as_deref(), Some(gongwen::GENERATOR));
//!
//! // Options: a builder; the alias table is shared by every clone.
//! let aliases: UnitAliases = [("县发改局", "县发展和改革局")].into_iter().collect();
//! let options = Options::new().format(Format::Txt).unit_aliases(aliases);
//! let doc = gongwen::parse_bytes_with(text.as_bytes(), &options)?;
//!
//! // JSON: compact, pretty, or straight to a writer.
//! let json = gongwen::to_json_pretty(&doc);
//! assert!(json.starts_with("{\n  \"schema_version\""));
//! assert!(gongwen::to_json(&doc).contains("\"date\":\"2024-06-28\""));
//! let mut out = Vec::new();
//! gongwen::to_writer(&mut out, &doc)?;
//! assert_eq!(out, gongwen::to_json(&doc).into_bytes());
//!
//! // Errors: a stable code, the file, the message and the underlying error.
//! let err = gongwen::parse_bytes_with(b"%PDF-1.7", &Options::new()).unwrap_err();
//! assert_eq!(err.code(), "unsupported_format");
//! assert!(err.to_string().starts_with("<memory>: PDF is not supported yet"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod detect;
mod error;
pub mod ledger;
mod many;
mod options;
pub mod output;
mod reader_errors;
mod unsupported;

use std::io::Write;
use std::path::Path;

pub use detect::{Detection, detect, detect_format, detect_path};
pub use error::{Error, ErrorKind};
pub use gongwen_model::{
    Attachment, AttachmentNote, Attendee, Body, Category, Classification, Date, DateError,
    Deadline, DeadlineKind, Diagnostic, DiagnosticCode, DocNumber, DocType, Document, Format,
    IssueNumber, Layout, Level, Loc, Meeting, MeetingText, MeetingTime, Paragraph, Printed,
    Provenance, Publicity, SCHEMA_VERSION, Section, SectionKind, Signatory, Source, Table,
    TableCell, TableKind, TableRow, Task, Transmitted, Unit, UnitRole, Urgency,
};
pub use gongwen_structure::UnitAliases;
pub use many::{Input, ParseMany, parse_many};
pub use options::{Limits, Options};
pub use unsupported::UnsupportedFormat;

use gongwen_blocks::Block;
use sha2::{Digest, Sha256};

/// What writes the documents: this crate's name and version, as recorded in
/// `source.generator` ("gongwen 0.2.0"). `gongwen batch` converts again an output whose
/// generator differs.
pub const GENERATOR: &str = concat!("gongwen ", env!("CARGO_PKG_VERSION"));

/// Reads and parses the file at `path`, detecting its format.
pub fn parse_path(path: impl AsRef<Path>) -> Result<Document, Error> {
    parse_path_with(path, &Options::default())
}

/// Reads and parses the file at `path` with `options`.
pub fn parse_path_with(path: impl AsRef<Path>, options: &Options) -> Result<Document, Error> {
    let path = path.as_ref();
    let bytes = read_capped(path, options.limits.max_input_bytes).map_err(|e| e.at(Some(path)))?;
    parse_inner(&bytes, Some(path), options).map_err(|e| e.at(Some(path)))
}

/// Parses bytes held in memory as `format`.
pub fn parse_bytes(bytes: &[u8], format: Format) -> Result<Document, Error> {
    parse_bytes_with(bytes, &Options::new().format(format))
}

/// Parses bytes held in memory with `options` (the format is detected, from the bytes
/// alone, unless [`Options::format`] sets it).
pub fn parse_bytes_with(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    parse_inner(bytes, None, options)
}

/// Builds now what the parser otherwise builds on first use (the structurer's tables
/// derived from its lexicon), so that a process forking while other threads parse never
/// forks in the middle of building one. [`parse_many`] calls it before it starts its
/// threads; a program that forks while it runs its own threads should call it first.
pub fn warm_up() {
    gongwen_structure::warm_up();
}

/// The document as compact JSON: one line, no trailing newline (an NDJSON record).
pub fn to_json(doc: &Document) -> String {
    // A Document holds only strings, numbers, booleans, maps with string keys and
    // sequences, so serialization cannot fail.
    serde_json::to_string(doc).unwrap_or_default()
}

/// The document as pretty JSON: two-space indent, keys in the documented order, and a
/// trailing newline (what `gongwen parse --pretty` prints).
pub fn to_json_pretty(doc: &Document) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Writes the document as compact JSON (as [`to_json`]) to `writer`, without building the
/// whole text in memory first. The only errors are the writer's.
pub fn to_writer<W: Write>(mut writer: W, doc: &Document) -> std::io::Result<()> {
    serde_json::to_writer(&mut writer, doc)?;
    Ok(())
}

/// Writes the document as pretty JSON (as [`to_json_pretty`], trailing newline included)
/// to `writer`. The only errors are the writer's.
pub fn to_writer_pretty<W: Write>(mut writer: W, doc: &Document) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut writer, doc)?;
    writer.write_all(b"\n")
}

/// The JSON Schema of [`Document`], pretty-printed, as checked in at
/// `schemas/gongwen.schema.json`.
pub fn schema_json() -> String {
    gongwen_model::json_schema_string()
}

fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(Error::io)?;
    let meta = file.metadata().map_err(Error::io)?;
    if meta.is_dir() {
        return Err(Error::new(
            ErrorKind::IsADirectory,
            "is a directory, not a file",
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(cap)).unwrap_or(0));
    // Read one byte past the cap so that a file growing after `metadata` is still caught.
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Error::io)?;
    if bytes.len() as u64 > cap {
        return Err(too_large(cap));
    }
    Ok(bytes)
}

fn too_large(limit: u64) -> Error {
    Error::new(
        ErrorKind::TooLarge,
        format!("the input is larger than the limit max_input_bytes = {limit} bytes"),
    )
}

fn parse_inner(bytes: &[u8], path: Option<&Path>, options: &Options) -> Result<Document, Error> {
    if bytes.len() as u64 > options.limits.max_input_bytes {
        return Err(too_large(options.limits.max_input_bytes));
    }
    if bytes.is_empty() {
        return Err(Error::new(
            ErrorKind::Empty,
            "the file is empty (0 bytes): an interrupted download or copy? fetch it again",
        ));
    }
    let format = match options.format {
        Some(f) => f,
        None => detect_format(bytes, path)?,
    };
    let (blocks, encoding, reader_diagnostics) = read_blocks(bytes, format, options)?;
    let mut source = Source::new(format, encoding)
        .with_size(bytes.len() as u64)
        .with_sha256(sha256_hex(bytes))
        .with_generator(GENERATOR);
    if let Some(path) = path {
        source = source.with_path(path.display().to_string());
    }
    let settings = gongwen_structure::Settings::new().unit_aliases(options.unit_aliases.clone());
    let mut doc = gongwen_structure::structure_with(&blocks, source, &settings);
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

fn read_blocks(bytes: &[u8], format: Format, options: &Options) -> Result<ReadOutput, Error> {
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
        Format::Doc => {
            let blocks = gongwen_doc::read_doc(bytes, &options.limits.doc())?;
            // A .doc stores its text as UTF-16LE pieces (and cp1252 for 8-bit pieces).
            Ok((blocks, "UTF-16LE", Vec::new()))
        }
        other => Err(detect::unsupported(other.as_str())),
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
/// A file that cannot be read fails with the kind `io`, one that is not such a table with
/// `invalid_aliases`.
pub fn load_unit_aliases(path: impl AsRef<Path>) -> Result<UnitAliases, Error> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(e).at(Some(path)))?;
    parse_unit_aliases(&text).map_err(|e| e.at(Some(path)))
}

/// Parses the TOML of [`load_unit_aliases`] (the error has no path).
///
/// ```
/// let aliases = gongwen::parse_unit_aliases("[units]\n\"县发改局\" = \"县发展和改革局\"\n")?;
/// assert_eq!(aliases.get("县发改局"), Some("县发展和改革局"));
/// let err = gongwen::parse_unit_aliases("[units]\n\"县发改局\" = 1\n").unwrap_err();
/// assert_eq!(err.code(), "invalid_aliases");
/// # Ok::<(), gongwen::Error>(())
/// ```
pub fn parse_unit_aliases(text: &str) -> Result<UnitAliases, Error> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        units: std::collections::BTreeMap<String, String>,
    }
    match toml::from_str::<File>(text) {
        Ok(file) => Ok(UnitAliases::from(file.units)),
        Err(e) => Err(Error::caused_by(
            ErrorKind::InvalidAliases,
            format!("invalid unit alias table: {e}"),
            e,
        )),
    }
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
