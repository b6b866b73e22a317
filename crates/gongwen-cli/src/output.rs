//! Writing: stdout (a closed pipe is not an error), atomic files (`gongwen::output`: a
//! temporary file renamed into place, with the mode a new file of the user gets), messages
//! on stderr.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use gongwen::output::AtomicFile;

/// Writes `text` to stdout (a closed pipe is not an error) or atomically to `out`.
pub fn emit(text: &str, out: Option<&Path>) -> ExitCode {
    match out {
        None => {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| ensure_newline(&mut stdout, text))
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
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

fn ensure_newline(w: &mut impl Write, text: &str) -> io::Result<()> {
    if text.ends_with('\n') {
        Ok(())
    } else {
        w.write_all(b"\n")
    }
}

/// Writes `text` (and a final newline when it has none) to `path` atomically, with the
/// mode of any new file of the user (0666 minus the umask) or the mode of the file it
/// replaces: see `gongwen::output`.
pub fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let mut out = AtomicFile::create(path)?;
    out.write_all(text.as_bytes())?;
    ensure_newline(&mut out, text)?;
    out.commit()
}

/// A stream written to stdout, or to a file atomically: into a temporary file beside it,
/// renamed over it by [`Sink::finish`]. Dropped unfinished, the temporary file is removed
/// and the destination is left as it was.
pub enum Sink {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file and where it goes.
    File(BufWriter<AtomicFile>),
}

impl Sink {
    /// A sink to `path`, or to stdout when `None`.
    pub fn open(path: Option<&Path>) -> io::Result<Sink> {
        Ok(match path {
            None => Sink::Stdout(BufWriter::new(io::stdout())),
            Some(path) => Sink::File(BufWriter::new(AtomicFile::create(path)?)),
        })
    }

    /// Flushes, and for a file renames it into place.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File(w) => w
                .into_inner()
                .map_err(io::IntoInnerError::into_error)?
                .commit(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::File(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w) => w.flush(),
        }
    }
}

/// A message on stderr, prefixed `gongwen:`.
#[allow(clippy::print_stderr)]
pub fn message(text: &str) {
    eprintln!("gongwen: {text}");
}
