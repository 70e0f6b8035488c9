//! The saves directory: where saves live and the operations on it by name.

use super::atomic::{self, no_fault};
use super::clock;
use super::error::SaveError;
use super::format;
use super::header::{HeaderInfo, SaveHeader};
use super::log::ActionLog;
use super::names::{self, AUTOSAVE_SLOTS, EXTENSION};
use crate::sim::GameState;
use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The environment variable that overrides the default saves directory.
pub const SAVES_ENV: &str = "FLYWHEEL_SAVES";

/// Where saves lived before they moved to the platform's data directory: `saves/` in the
/// working directory. A checkout's `saves/` holds only the test fixtures, in a folder of their
/// own.
pub const LEGACY_DIR: &str = "saves";

/// The platform's directory for the game's data, where saves, autosaves and high scores live by
/// default: on Linux `$XDG_DATA_HOME/flywheel`, else `~/.local/share/flywheel`. `None` when the
/// system names no home directory.
pub fn data_dir() -> Option<PathBuf> {
    project_dirs().map(|p| p.data_dir().to_path_buf())
}

/// The platform's directory for the game's settings (`config.ron`): on Linux
/// `$XDG_CONFIG_HOME/flywheel`, else `~/.config/flywheel`.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|p| p.config_dir().to_path_buf())
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "flywheel")
}

/// A directory of saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveDir {
    path: PathBuf,
    autosaves: u8,
}

impl SaveDir {
    /// A saves directory at a given path (created on the first save).
    pub fn new(path: impl Into<PathBuf>) -> SaveDir {
        SaveDir {
            path: path.into(),
            autosaves: AUTOSAVE_SLOTS,
        }
    }

    /// The same directory keeping `n` rotating autosave slots (1 to
    /// [`names::MAX_AUTOSAVE_SLOTS`]).
    pub fn with_autosaves(mut self, n: u8) -> SaveDir {
        self.autosaves = n.clamp(1, names::MAX_AUTOSAVE_SLOTS);
        self
    }

    /// The directory to use: `--saves DIR` if given, else `FLYWHEEL_SAVES`, else the platform's
    /// data directory ([`data_dir`]), else `saves/` in the working directory.
    pub fn resolve(flag: Option<&Path>) -> SaveDir {
        SaveDir::choose(flag, std::env::var_os(SAVES_ENV), data_dir())
    }

    /// [`SaveDir::resolve`] with the environment passed in, so it can be tested without
    /// touching the process's environment.
    pub fn choose(flag: Option<&Path>, env: Option<OsString>, data: Option<PathBuf>) -> SaveDir {
        if let Some(p) = flag {
            return SaveDir::new(p);
        }
        match (env, data) {
            (Some(v), _) if !v.is_empty() => SaveDir::new(v),
            (_, Some(d)) => SaveDir::new(d),
            _ => SaveDir::new(LEGACY_DIR),
        }
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file of a save name, after checking the name cannot leave the directory.
    pub fn file_for(&self, name: &str) -> Result<PathBuf, SaveError> {
        names::validate(name)?;
        Ok(self.path.join(format!("{name}.{EXTENSION}")))
    }

    /// What `flywheel load NAME|PATH` means: something that looks like a path (a separator or
    /// a `.ron` ending) is a path; anything else is a save name in this directory.
    pub fn resolve_target(&self, arg: &str) -> Result<PathBuf, SaveError> {
        let path = Path::new(arg);
        let is_path = arg.contains(['/', '\\']) || path.extension().is_some_and(|x| x == EXTENSION);
        if is_path {
            Ok(path.to_path_buf())
        } else {
            self.file_for(arg)
        }
    }
}

/// Writes a save to a path atomically (keeping the previous version as `.bak`), with the
/// clock read now. Returns the header written.
pub fn save_to(path: &Path, state: &GameState, info: &HeaderInfo) -> Result<SaveHeader, SaveError> {
    save_with_plan(path, state, &[], &ActionLog::default(), info)
}

/// [`save_to`] with the actions queued for the quarter being played.
pub fn save_with_plan(
    path: &Path,
    state: &GameState,
    plan: &[crate::sim::Action],
    log: &ActionLog,
    info: &HeaderInfo,
) -> Result<SaveHeader, SaveError> {
    let header = SaveHeader::new(state, info, clock::now_secs());
    let text = format::encode_with_plan(&header, state, plan, log)?;
    atomic::write_atomic(path, text.as_bytes(), true, &no_fault)?;
    Ok(header)
}

/// Saves under a name the player chose; the previous save of that name becomes `NAME.ron.bak`.
/// Autosave slot names are refused.
pub fn save_named(
    dir: &SaveDir,
    name: &str,
    state: &GameState,
    info: &HeaderInfo,
) -> Result<PathBuf, SaveError> {
    save_named_with_plan(dir, name, state, &[], &ActionLog::default(), info)
}

/// [`save_named`] with the actions queued for the quarter being played, so loading brings the
/// plan back.
pub fn save_named_with_plan(
    dir: &SaveDir,
    name: &str,
    state: &GameState,
    plan: &[crate::sim::Action],
    log: &ActionLog,
    info: &HeaderInfo,
) -> Result<PathBuf, SaveError> {
    names::validate_for_named_save(name)?;
    let path = dir.file_for(name)?;
    save_with_plan(&path, state, plan, log, info)?;
    Ok(path)
}

/// Autosaves into the next of the three rotating slots: an empty or unreadable slot first,
/// else the oldest. Named saves are never touched, as their names cannot be slot names.
pub fn autosave(dir: &SaveDir, state: &GameState, info: &HeaderInfo) -> Result<PathBuf, SaveError> {
    autosave_with_plan(dir, state, &[], &ActionLog::default(), info)
}

/// [`autosave`] with the actions queued for the quarter being played: what a game stopped by a
/// signal writes on its way out.
pub fn autosave_with_plan(
    dir: &SaveDir,
    state: &GameState,
    plan: &[crate::sim::Action],
    log: &ActionLog,
    info: &HeaderInfo,
) -> Result<PathBuf, SaveError> {
    let slot = next_autosave_slot(dir);
    let path = dir.file_for(&names::autosave_name(slot))?;
    let header = SaveHeader::new(state, info, clock::now_secs());
    let text = format::encode_with_plan(&header, state, plan, log)?;
    // The other slots are the history; a backup per slot would only double the files.
    atomic::write_atomic(&path, text.as_bytes(), false, &no_fault)?;
    Ok(path)
}

/// The slot the next autosave goes to.
pub fn next_autosave_slot(dir: &SaveDir) -> u8 {
    let mut best: Option<(u8, (u64, u128))> = None;
    for slot in 1..=dir.autosaves {
        let path = dir
            .path
            .join(format!("{}.{EXTENSION}", names::autosave_name(slot)));
        let Ok(meta) = fs::metadata(&path) else {
            return slot;
        };
        let saved = super::load::load(&path).map_or(0, |g| g.header.saved_at);
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        let age = (saved, mtime);
        if best.is_none_or(|(_, b)| age < b) {
            best = Some((slot, age));
        }
    }
    best.map_or(1, |(slot, _)| slot)
}

/// Deletes a save and its backup. The UI asks for confirmation first.
pub fn delete(dir: &SaveDir, name: &str) -> Result<(), SaveError> {
    let path = dir.file_for(name)?;
    fs::remove_file(&path).map_err(|e| SaveError::io("cannot delete", e))?;
    match fs::remove_file(atomic::backup_path(&path)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            Err(SaveError::io("cannot delete the backup", e))
        }
        _ => Ok(()),
    }
}
