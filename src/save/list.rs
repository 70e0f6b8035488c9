//! The load screen's list: every save in the directory, newest first, broken ones included.

use super::dir::SaveDir;
use super::header::SaveHeader;
use super::load::load;
use super::names::{self, EXTENSION};
use std::cmp::Reverse;
use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Named by the player, or one of the rotating autosave slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveKind {
    /// Saved under a name.
    Named,
    /// Autosave slot 1 to 3.
    Autosave(u8),
}

/// One save in the directory.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveEntry {
    /// The save's name: its file name without `.ron`.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// Named or autosave.
    pub kind: SaveKind,
    /// When the file was last written, per the file system.
    pub modified: Option<SystemTime>,
    /// The header, or the one-line reason the save cannot be loaded.
    pub header: Result<SaveHeader, String>,
}

impl SaveEntry {
    /// True if the save loads.
    pub fn is_loadable(&self) -> bool {
        self.header.is_ok()
    }

    /// Sort key, newest first: the time in the header, else the file's time.
    fn age_key(&self) -> (u64, u128) {
        let mtime = self
            .modified
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        let saved = match &self.header {
            Ok(h) => h.saved_at,
            Err(_) => u64::try_from(mtime / 1_000_000_000).unwrap_or(u64::MAX),
        };
        (saved, mtime)
    }
}

/// Lists the saves in a directory, newest first. Each file is fully loaded, so a save listed
/// as loadable does load; a broken one is listed with its reason and never stops the listing.
/// A missing directory lists nothing.
pub fn list(dir: &SaveDir) -> Vec<SaveEntry> {
    let Ok(read) = fs::read_dir(dir.path()) else {
        return Vec::new();
    };
    let mut entries: Vec<SaveEntry> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let path = e.path();
            if path.extension().is_none_or(|x| x != EXTENSION) {
                return None;
            }
            let name = path.file_stem()?.to_str()?.to_string();
            // Leftovers of unfinished writes start with a dot; they are not saves, nor is the
            // high-score table an earlier version kept here.
            if name.starts_with('.') || name == "highscores" {
                return None;
            }
            // Follows links, so a save linked into the directory lists like any other.
            let meta = fs::metadata(&path).ok()?;
            if !meta.is_file() {
                return None;
            }
            let kind = names::autosave_slot(&name).map_or(SaveKind::Named, SaveKind::Autosave);
            Some(SaveEntry {
                header: load(&path).map(|g| g.header).map_err(|e| e.to_string()),
                name,
                path,
                kind,
                modified: meta.modified().ok(),
            })
        })
        .collect();
    entries.sort_by(|a, b| {
        Reverse(a.age_key())
            .cmp(&Reverse(b.age_key()))
            .then_with(|| a.name.cmp(&b.name))
    });
    entries
}

/// The newest save that loads, for "continue".
pub fn latest(dir: &SaveDir) -> Option<SaveEntry> {
    list(dir).into_iter().find(SaveEntry::is_loadable)
}
