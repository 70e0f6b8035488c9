//! Reading a save from disk: size-checked, upgraded if old, never a panic.

use super::check;
use super::error::SaveError;
use super::format::{self, MAX_SAVE_BYTES};
use super::header::SaveHeader;
use crate::content::Content;
use crate::sim::GameState;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// A save read from disk.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedGame {
    /// Its header.
    pub header: SaveHeader,
    /// The game, exactly as it was saved.
    pub state: GameState,
    /// The older format it was upgraded from, if any.
    pub migrated_from: Option<u32>,
    /// The actions that were queued for the quarter being played.
    pub plan: Vec<crate::sim::Action>,
    /// The quarters played, for replays.
    pub log: super::log::ActionLog,
}

impl LoadedGame {
    /// Checks the game against the data it will be played with. Errors for what cannot be
    /// played (a missing region or rival); warnings, one line each, for what plays but may
    /// differ (tuned numbers, another version of the game, a hand-edited header).
    pub fn check(&self, content: &Content) -> Result<Vec<String>, SaveError> {
        check::check(&self.header, &self.state, content)
    }
}

/// Reads the text of a save, refusing oversized files before reading them.
pub fn read_text(path: &Path) -> Result<String, SaveError> {
    let file = File::open(path).map_err(|e| SaveError::io("cannot open", e))?;
    let size = file
        .metadata()
        .map_err(|e| SaveError::io("cannot inspect", e))?
        .len();
    if size > MAX_SAVE_BYTES {
        return Err(SaveError::TooLarge {
            size,
            limit: MAX_SAVE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The limit again while reading, in case the file grew after the size check.
    file.take(MAX_SAVE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| SaveError::io("cannot read", e))?;
    if bytes.len() as u64 > MAX_SAVE_BYTES {
        return Err(SaveError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_SAVE_BYTES,
        });
    }
    String::from_utf8(bytes).map_err(|e| SaveError::NotText(e.utf8_error().valid_up_to()))
}

/// Loads a save file: reads, upgrades an older format and parses it. Call
/// [`LoadedGame::check`] before playing it.
pub fn load(path: &Path) -> Result<LoadedGame, SaveError> {
    let text = read_text(path)?;
    let decoded = format::decode(&text)?;
    Ok(LoadedGame {
        header: decoded.file.header,
        state: decoded.file.state,
        migrated_from: decoded.migrated_from,
        plan: decoded.file.plan,
        log: decoded.file.log,
    })
}

/// Loads a save and checks it against the data it will be played with, as the game and the
/// command line do before playing: the game, and its warnings (one line each).
pub fn load_checked(
    path: &Path,
    content: &Content,
) -> Result<(LoadedGame, Vec<String>), SaveError> {
    let game = load(path)?;
    let warnings = game.check(content)?;
    Ok((game, warnings))
}
