//! Writing output files as gongwen's own tools do: whole or not at all, and readable by
//! whoever could read any other file the user creates.
//!
//! An [`AtomicFile`] is a temporary file in the destination's folder, renamed over the
//! destination by [`AtomicFile::commit`]: a failed or killed run never leaves half a file,
//! and a reader never sees one. A new output gets the permissions any new file of the user
//! gets, `0666` minus the umask (as with `cp`, `tee` or a shell redirect: 0644 under the
//! usual umask 022); an output that replaces an existing file keeps that file's mode.
//!
//! A destination that is a symbolic link is written through to the file it names (the link
//! stays a link), as a shell redirect or `cp` would. A destination that is no regular file
//! — a device such as `/dev/null`, a named pipe, `/dev/stdout` on a pipe — is opened and
//! written to directly: it cannot be replaced, and renaming a file over it would put a
//! plain file where the device was (for every program on the machine, in `/dev/null`'s
//! case).
//!
//! ```
//! use std::io::Write;
//!
//! # fn main() -> std::io::Result<()> {
//! let dir = std::env::temp_dir().join(format!("gongwen-output-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir)?;
//! let path = dir.join("notice.json");
//! let mut out = gongwen::output::AtomicFile::create(&path)?;
//! out.write_all(b"{}\n")?;
//! assert!(!path.exists()); // nothing at the destination before the commit
//! out.commit()?;
//! assert_eq!(std::fs::read(&path)?, b"{}\n");
//! gongwen::output::write_atomically(&path, b"[]\n")?;
//! assert_eq!(std::fs::read(&path)?, b"[]\n");
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok(())
//! # }
//! ```

use std::fs::File;
use std::io::{self, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// A file being written to a temporary path beside its destination; [`commit`] renames it
/// into place. Dropped without a commit, the temporary file is removed and the
/// destination is left as it was.
///
/// [`commit`]: AtomicFile::commit
#[derive(Debug)]
pub struct AtomicFile {
    out: Out,
    path: PathBuf,
}

/// Where the bytes go until the commit.
#[derive(Debug)]
enum Out {
    /// A temporary file beside the destination, renamed over it by the commit.
    Temp {
        tmp: tempfile::NamedTempFile,
        /// The file the rename replaces: the destination, or the file its link names.
        target: PathBuf,
    },
    /// A destination that is no regular file (a device, a named pipe), written directly.
    Direct(File),
}

impl AtomicFile {
    /// Starts writing `path`: creates the temporary file in its folder (`.` for a bare
    /// file name), with the mode the output will have; or opens `path` itself when it is
    /// no regular file (`/dev/null`, a named pipe).
    pub fn create(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref();
        let target = through_links(path);
        let out = match std::fs::metadata(&target) {
            Ok(meta) if !meta.is_file() && !meta.is_dir() => {
                Out::Direct(std::fs::OpenOptions::new().write(true).open(&target)?)
            }
            _ => Out::Temp {
                tmp: temp_file_for(&target)?,
                target,
            },
        };
        Ok(AtomicFile {
            out,
            path: path.to_path_buf(),
        })
    }

    /// The destination.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The temporary file, for writers that need a `File` (or `Write + Seek`).
    pub fn file_mut(&mut self) -> &mut File {
        match &mut self.out {
            Out::Temp { tmp, .. } => tmp.as_file_mut(),
            Out::Direct(file) => file,
        }
    }

    /// Flushes the file to disk and renames it over the destination (a destination that
    /// is no regular file was written directly: nothing more to do).
    pub fn commit(self) -> io::Result<()> {
        match self.out {
            Out::Temp { tmp, target } => {
                tmp.as_file().sync_all()?;
                tmp.persist(&target).map_err(|e| e.error)?;
            }
            // A device or pipe cannot be synced (fsync says EINVAL); a File has no buffer.
            Out::Direct(mut file) => file.flush()?,
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file_mut().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.file_mut().write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file_mut().flush()
    }
}

impl Seek for AtomicFile {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.file_mut().seek(pos)
    }
}

/// The file a symbolic link at `path` names (so that the rename replaces that file and
/// the link stays), else `path`. A link that names nothing is replaced itself.
fn through_links(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Writes `bytes` to `path` through an [`AtomicFile`].
pub fn write_atomically(path: impl AsRef<Path>, bytes: &[u8]) -> io::Result<()> {
    let mut out = AtomicFile::create(path)?;
    out.write_all(bytes)?;
    out.commit()
}

/// The folder a file is written into ("." for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// A temporary file beside `path`: with the existing file's mode when `path` is a file,
/// else created with mode 0666, which the kernel narrows by the umask. (tempfile's own
/// default, 0600, would leave every output readable by its owner only.)
#[cfg(unix)]
fn temp_file_for(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    let existing = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| m.permissions());
    let tmp = tempfile::Builder::new()
        .prefix(".gongwen-")
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(parent_dir(path))?;
    if let Some(mode) = existing {
        // fchmod is not narrowed by the umask: the replaced file's mode exactly.
        tmp.as_file().set_permissions(mode)?;
    }
    Ok(tmp)
}

#[cfg(not(unix))]
fn temp_file_for(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".gongwen-")
        .tempfile_in(parent_dir(path))
}

// Test code: its unwraps and expects run on files the test itself writes.
#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_and_nothing_is_left_behind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old").expect("write");
        for kept in [0o640, 0o604, 0o600] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(kept)).expect("chmod");
            write_atomically(&path, b"new").expect("written");
            assert_eq!(mode(&path), kept);
            assert_eq!(std::fs::read(&path).expect("read"), b"new");
        }
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
    }

    #[test]
    fn a_link_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("real.csv");
        std::fs::write(&target, "old").expect("write");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        write_atomically(&link, b"new").expect("written");
        let meta = std::fs::symlink_metadata(&link).expect("metadata");
        assert!(meta.file_type().is_symlink());
        assert_eq!(std::fs::read(&target).expect("read"), b"new");
        assert_eq!(mode(&target), 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 2);
    }

    #[test]
    fn a_named_pipe_is_written_directly_and_stays_a_pipe() {
        use std::io::Read;
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("out.pipe");
        // No libc call (unsafe is forbidden): the mkfifo of coreutils.
        match std::process::Command::new("mkfifo").arg(&fifo).status() {
            Ok(status) if status.success() => {}
            _ => {
                eprintln!("skipped: no mkfifo command to make a named pipe");
                return;
            }
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut got = Vec::new();
                File::open(fifo)
                    .and_then(|mut f| f.read_to_end(&mut got))
                    .expect("read the pipe");
                got
            })
        };
        write_atomically(&fifo, b"through the pipe").expect("written");
        // Checked before waiting for the reader, which a replaced pipe would leave waiting.
        let meta = std::fs::symlink_metadata(&fifo).expect("metadata");
        assert!(meta.file_type().is_fifo(), "{meta:?}");
        assert_eq!(reader.join().expect("reader"), b"through the pipe");
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
    }

    #[test]
    fn an_uncommitted_file_leaves_the_destination_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old").expect("write");
        let mut out = AtomicFile::create(&path).expect("create");
        out.write_all(b"half").expect("write");
        assert_eq!(out.path(), path);
        drop(out);
        assert_eq!(std::fs::read(&path).expect("read"), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
    }
}
