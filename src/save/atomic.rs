//! Atomic replacement of a file: whatever happens mid-write, the old file stays whole.
//!
//! The new text goes to a temporary file in the same directory (so the final rename never
//! crosses file systems), is flushed and synced to disk, and only then renamed over the old
//! one. Rename is atomic on the platforms we ship for, so a reader sees the old file or the
//! new one, never half of either.

use super::error::SaveError;
use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A hook run after the new text is on disk and before the rename. The game passes
/// [`no_fault`]; tests pass a failing hook to play a crash at the worst moment.
pub type Seam<'a> = &'a dyn Fn(&Path) -> io::Result<()>;

/// The seam of normal operation: nothing happens.
pub fn no_fault(_temp: &Path) -> io::Result<()> {
    Ok(())
}

/// The path of a file's backup: `NAME.ron` → `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces `path` with `bytes` atomically, keeping the previous version as `path.bak` when
/// `keep_backup` is set. On any error before the rename the old file is untouched and the
/// temporary file is removed.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    seam: Seam<'_>,
) -> Result<(), SaveError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir).map_err(|e| SaveError::io("cannot create the saves directory", e))?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    // A leading dot and a .tmp suffix keep leftovers of a crash out of the save list.
    let prefix = format!(".{}.", file_name.unwrap_or_default());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // Temporary files are private by default; a save is an ordinary file (umask applies).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| SaveError::io("cannot create a temporary file", e))?;
    temp.write_all(bytes)
        .and_then(|()| temp.flush())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| SaveError::io("cannot write", e))?;
    seam(temp.path()).map_err(|e| SaveError::io("interrupted before saving", e))?;
    if keep_backup && path.is_file() {
        keep_previous(path)?;
    }
    temp.persist(path)
        .map_err(|e| SaveError::io("cannot replace the old save", e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Makes `path.bak` the current version of `path`, without ever leaving `path` missing: a hard
/// link (no copy) under a temporary name, renamed over the old backup.
fn keep_previous(path: &Path) -> Result<(), SaveError> {
    let bak = backup_path(path);
    let mut staging = bak.clone().into_os_string();
    staging.push(format!(".{}.tmp", std::process::id()));
    let staging = PathBuf::from(staging);
    // A leftover from a crash of this same process id; it is ours to remove.
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        // File systems without hard links: copy instead.
        fs::copy(path, &staging).map_err(|e| SaveError::io("cannot keep a backup", e))?;
    }
    fs::rename(&staging, &bak).map_err(|e| {
        let _ = fs::remove_file(&staging);
        SaveError::io("cannot keep a backup", e)
    })
}

/// Makes the rename itself durable. Best effort: not every platform can sync a directory,
/// and the save is already complete either way.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
