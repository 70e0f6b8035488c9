//! Saves an earlier version left in `./saves`, before saves moved to the platform's data
//! directory: found, listed beside the others, and moved on request without losing any.

use super::dir::SaveDir;
use super::error::SaveError;
use super::list::{SaveEntry, list};
use super::names::EXTENSION;
use std::fs;
use std::path::{Path, PathBuf};

/// The saves in `old` when it is not the directory in use (a checkout's `saves/` holds only its
/// fixtures, in a folder of their own, so it lists none).
pub fn old_saves(old: &Path, current: &SaveDir) -> Vec<SaveEntry> {
    if same_dir(old, current.path()) {
        return Vec::new();
    }
    list(&SaveDir::new(old))
}

fn same_dir(a: &Path, b: &Path) -> bool {
    let full = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| absolute(p));
    full(a) == full(b)
}

fn absolute(p: &Path) -> PathBuf {
    std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(p))
}

/// Moves every save in `old` into `to`, creating it: each keeps its name, or gets " (moved)"
/// after it when `to` has one of that name. A file is removed only once its copy reads back
/// the same. Returns the names the saves have now.
pub fn move_saves(old: &Path, to: &SaveDir) -> Result<Vec<String>, SaveError> {
    fs::create_dir_all(to.path())
        .map_err(|e| SaveError::io("cannot create the saves directory", e))?;
    let mut moved = Vec::new();
    for entry in old_saves(old, to) {
        let name = free_name(to, &entry.name);
        let target = to.path().join(format!("{name}.{EXTENSION}"));
        let bytes = fs::read(&entry.path).map_err(|e| SaveError::io("cannot read", e))?;
        // Written as every save is: a crash mid-copy leaves no half file under the new name.
        super::atomic::write_atomic(&target, &bytes, false, &super::atomic::no_fault)?;
        let back = fs::read(&target).map_err(|e| SaveError::io("cannot read", e))?;
        if back != bytes {
            return Err(SaveError::io(
                "cannot move",
                std::io::Error::other(format!("{} did not copy whole", entry.path.display())),
            ));
        }
        fs::remove_file(&entry.path).map_err(|e| SaveError::io("cannot remove", e))?;
        moved.push(name);
    }
    Ok(moved)
}

/// `name`, or `name (moved)`, `name (moved 2)`, … whichever `dir` does not have yet.
fn free_name(dir: &SaveDir, name: &str) -> String {
    let taken = |n: &str| dir.path().join(format!("{n}.{EXTENSION}")).exists();
    if !taken(name) {
        return name.to_string();
    }
    std::iter::once(format!("{name} (moved)"))
        .chain((2..).map(|k| format!("{name} (moved {k})")))
        .find(|n| !taken(n))
        .unwrap_or_else(|| format!("{name} (moved)"))
}
