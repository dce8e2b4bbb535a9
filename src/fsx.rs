//! File system helpers that wrap `std::fs` so that every error names its
//! path. Call sites use these instead of `std::fs` and cannot forget to.

use std::fs;
use std::path::Path;

use crate::error::{Error, Result};

/// Reads a whole file as bytes.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| Error::io(path, e))
}

/// Reads a whole file as UTF-8 text.
pub fn read_to_string(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Writes `bytes` to `path`, creating its parent folders.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

/// Creates a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<()> {
    fs::create_dir_all(path).map_err(|e| Error::io(path, e))
}

/// Renames `from` to `to` (atomic on one file system).
pub fn rename(from: &Path, to: &Path) -> Result<()> {
    fs::rename(from, to).map_err(|e| Error::io(to, e))
}

/// Removes a file.
pub fn remove_file(path: &Path) -> Result<()> {
    fs::remove_file(path).map_err(|e| Error::io(path, e))
}

/// Removes a folder and everything in it.
pub fn remove_dir_all(path: &Path) -> Result<()> {
    fs::remove_dir_all(path).map_err(|e| Error::io(path, e))
}

/// The metadata of `path`, following symlinks.
pub fn metadata(path: &Path) -> Result<fs::Metadata> {
    fs::metadata(path).map_err(|e| Error::io(path, e))
}

/// The metadata of `path`, not following a final symlink.
pub fn symlink_metadata(path: &Path) -> Result<fs::Metadata> {
    fs::symlink_metadata(path).map_err(|e| Error::io(path, e))
}

/// The canonical, absolute form of `path`.
pub fn canonicalize(path: &Path) -> Result<std::path::PathBuf> {
    fs::canonicalize(path).map_err(|e| Error::io(path, e))
}
