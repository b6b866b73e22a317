//! The inputs of `batch` and `tasks`: files and folders walked recursively, filtered by
//! `--glob`, sorted, each with the path an output tree mirrors.

use std::io::{self, Read};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

/// Arguments shared by the commands that read many inputs.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files and folders; folders are walked recursively (following symbolic links) and
    /// every file is taken in sorted path order.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,
    /// Take only files whose path inside the INPUT folder (for a file named on the command
    /// line: its path as given) matches PATTERN; `*` also crosses `/`. Repeatable: a file
    /// matching any pattern is taken.
    #[arg(long, value_name = "PATTERN")]
    pub glob: Vec<String>,
    /// Also write one JSON line per file to FILE: path, status (converted, up_to_date,
    /// skipped, failed), error_kind and message.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Stop at the first failed file (files already being converted are finished).
    #[arg(long)]
    pub fail_fast: bool,
}

/// A file to process.
#[derive(Debug)]
pub struct Entry {
    /// The path as found (INPUT joined with the path inside it).
    pub path: PathBuf,
    /// The path an output tree mirrors: the INPUT folder's own name, then the path inside
    /// it (just the inside path for `.`); a file named on the command line is its name.
    pub rel: PathBuf,
    /// Decided while walking: a symbolic link loop or a folder that cannot be read.
    pub early: Option<Early>,
}

/// An outcome known before the file is opened.
#[derive(Debug, Clone)]
pub enum Early {
    /// Not a document, with the reason.
    Skipped(String),
    /// Could not be walked: error kind and message.
    Failed(&'static str, String),
}

/// Every file of `args.inputs`, sorted by path without duplicates. Folders that are the
/// same as `exclude` (the output folder) are not walked. Errors are usage errors.
pub fn collect(args: &InputArgs, exclude: Option<&Path>) -> Result<Vec<Entry>, String> {
    let globs = glob_set(&args.glob)?;
    let mut entries = Vec::new();
    for root in &args.inputs {
        if !root.is_dir() {
            // A file, or a path that does not exist: the worker reports what is wrong.
            if globs.as_ref().is_none_or(|g| g.is_match(root)) {
                let rel = root.file_name().map_or_else(|| root.clone(), PathBuf::from);
                entries.push(Entry {
                    path: root.clone(),
                    rel,
                    early: None,
                });
            }
            continue;
        }
        let prefix = root.file_name().map(PathBuf::from).unwrap_or_default();
        let walk = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                !(e.file_type().is_dir()
                    && exclude
                        .is_some_and(|x| same_file::is_same_file(e.path(), x).unwrap_or(false)))
            });
        for item in walk {
            match item {
                Ok(e) if e.file_type().is_dir() => {}
                Ok(e) => {
                    let inside = e.path().strip_prefix(root).unwrap_or(e.path());
                    if globs.as_ref().is_none_or(|g| g.is_match(inside)) {
                        entries.push(Entry {
                            path: e.path().to_path_buf(),
                            rel: prefix.join(inside),
                            early: None,
                        });
                    }
                }
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_path_buf();
                    let inside = path.strip_prefix(root).unwrap_or(&path);
                    let rel = prefix.join(inside);
                    let early = match err.loop_ancestor() {
                        Some(ancestor) => Early::Skipped(format!(
                            "symbolic link loop back to {}",
                            ancestor.display()
                        )),
                        None => Early::Failed("io", walk_message(&err)),
                    };
                    entries.push(Entry {
                        path,
                        rel,
                        early: Some(early),
                    });
                }
            }
        }
    }
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    entries.dedup_by(|a, b| a.path == b.path);
    Ok(entries)
}

fn walk_message(err: &walkdir::Error) -> String {
    match err.io_error() {
        Some(io) => format!("cannot read: {io}"),
        None => err.to_string(),
    }
}

fn glob_set(patterns: &[String]) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for p in patterns {
        builder.add(Glob::new(p).map_err(|e| format!("--glob {p:?}: {e}"))?);
    }
    builder
        .build()
        .map(Some)
        .map_err(|e| format!("--glob: {e}"))
}

/// The extensions taken as documents (any case): text, Office Open XML, the Word 97-2003
/// binary format of Word (.doc, .dot) and WPS Office (.wps, .wpt), and web pages.
const DOCUMENT_EXTENSIONS: [&str; 10] = [
    "txt", "docx", "doc", "wps", "dot", "wpt", "html", "htm", "shtml", "xhtml",
];

/// True for the extensions taken as documents (.txt, .docx, .doc, .wps, .dot, .wpt,
/// .html, .htm, .shtml, .xhtml, any case).
pub fn has_document_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        DOCUMENT_EXTENSIONS
            .iter()
            .any(|d| e.eq_ignore_ascii_case(d))
    })
}

/// Whether a file is taken as a document: a document extension, or a zip archive or OLE
/// compound file whatever its name (`gongwen::detect_format` then decides).
/// `Ok(Some(reason))` means skipped.
pub fn skip_reason(path: &Path) -> io::Result<Option<String>> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with("~$") {
        return Ok(Some("an Office lock file (~$…), not a document".to_owned()));
    }
    if has_document_extension(path) {
        return Ok(None);
    }
    let mut magic = [0u8; 8];
    let mut file = std::fs::File::open(path)?;
    let mut got = 0;
    while got < magic.len() {
        match file.read(&mut magic[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    if got >= 4 && (magic.starts_with(b"PK\x03\x04") || magic.starts_with(b"PK\x05\x06")) {
        return Ok(None);
    }
    if got == 8 && magic == ole_signature() {
        return Ok(None);
    }
    Ok(Some(
        "not a .txt, .docx, .doc, .wps or .html file".to_owned(),
    ))
}

/// The first bytes of an OLE compound file (.doc, .wps).
fn ole_signature() -> [u8; 8] {
    [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}

/// Refuses an output file that would overwrite an input: a document's name, or the same
/// file as one of the entries.
pub fn check_not_input(flag: &str, out: &Path, entries: &[Entry]) -> Result<(), String> {
    let refuse = || {
        format!(
            "{flag} {}: refusing to write over an input document",
            out.display()
        )
    };
    if has_document_extension(out) {
        return Err(refuse());
    }
    if out.is_dir() {
        return Err(format!("{flag} {}: is a directory", out.display()));
    }
    if out.exists()
        && entries
            .iter()
            .any(|e| same_file::is_same_file(out, &e.path).unwrap_or(false))
    {
        return Err(refuse());
    }
    Ok(())
}
