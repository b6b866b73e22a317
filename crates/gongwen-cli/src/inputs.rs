//! The inputs of `batch` and `tasks`: files and folders walked recursively, filtered by
//! `--glob`, sorted, each with the path an output tree mirrors.

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
    /// skipped, failed), format (read, or the format of a skipped file: ofd, pdf, xlsx …),
    /// error_kind and message.
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

/// Whether a file is read as a document, decided before it is read whole:
///
/// - `Ok(None)`: read it: it is named like a document (the parse then detects its format
///   from its content), or its content is a format gongwen reads whatever its name (a
///   .docx or .doc with another name);
/// - `Ok(Some(reason))`: skip it: an Office lock file, or a file of no format gongwen
///   knows (notes, scripts …);
/// - `Err(e)`: a format gongwen knows and does not read (`e.unsupported_format()`: the
///   file is skipped with its format), or a file that cannot be read.
///
/// Files not named like documents are looked at through `gongwen::detect_path`, which
/// reads only their first bytes (and a zip's directory), so a large archive or video in
/// the folder costs nothing.
pub fn screen(path: &Path) -> Result<Option<String>, gongwen::Error> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with("~$") {
        return Ok(Some("an Office lock file (~$…), not a document".to_owned()));
    }
    if has_document_extension(path) {
        return Ok(None);
    }
    match gongwen::detect_path(path)? {
        gongwen::Detection::Format(_) => Ok(None),
        gongwen::Detection::Unsupported(format) => Err(format.error(Some(path))),
        _ => Ok(Some(
            "not a .txt, .docx, .doc, .wps or .html file, nor one of the formats gongwen names"
                .to_owned(),
        )),
    }
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
    // Only a regular file can be an input document: /dev/null, a pipe or a terminal is
    // never one, and comparing it with every entry would open each input once more.
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(());
    };
    if !meta.is_file() {
        return Ok(());
    }
    let Ok(handle) = same_file::Handle::from_path(out) else {
        return Ok(());
    };
    if entries
        .iter()
        .any(|e| same_file::Handle::from_path(&e.path).is_ok_and(|h| h == handle))
    {
        return Err(refuse());
    }
    Ok(())
}
