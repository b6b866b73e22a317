//! Writing output files as gongwen's own tools do: whole or not at all, and readable by
//! whoever could read any other file the user creates.
//!
//! An [`AtomicFile`] is a temporary file in the destination's folder, renamed over the
//! destination by [`AtomicFile::commit`]: a failed or killed run never leaves half a file,
//! and a reader never sees one. A new output gets the permissions any new file of the user
//! gets, `0666` minus the umask (as with `cp`, `tee` or a shell redirect: 0644 under the
//! usual umask 022); an output that replaces an existing file keeps that file's mode.
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
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl AtomicFile {
    /// Starts writing `path`: creates the temporary file in its folder (`.` for a bare
    /// file name), with the mode the output will have.
    pub fn create(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref();
        let tmp = temp_file_for(path)?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// The destination.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The temporary file, for writers that need a `File` (or `Write + Seek`).
    pub fn file_mut(&mut self) -> &mut File {
        self.tmp.as_file_mut()
    }

    /// Flushes the file to disk and renames it over the destination.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.tmp.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.tmp.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.tmp.flush()
    }
}

impl Seek for AtomicFile {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.tmp.seek(pos)
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

#[cfg(all(test, unix))]
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
