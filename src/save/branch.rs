//! Branches: a game rebuilt from its seed and log at the start of an earlier quarter and saved
//! under a new name, so the player can try the other choice while the original stays as it was.

use super::dir::{SaveDir, save_named_with_plan};
use super::error::SaveError;
use super::header::HeaderInfo;
use super::log::ActionLog;
use super::names::MAX_NAME_CHARS;
use super::replay::rebuild;
use crate::content::Content;
use crate::sim::{GameState, Quarter};

/// A branch just saved.
#[derive(Clone, Debug)]
pub struct Branch {
    /// The name it was saved under.
    pub name: String,
    /// The game at the start of the branch's quarter.
    pub state: GameState,
    /// The log up to then.
    pub log: ActionLog,
}

/// The name a branch of `original` from `at` is saved under: `"{original} from 2004Q2"`, with
/// a number after it when that name is taken, so no save is ever overwritten.
pub fn branch_name(dir: &SaveDir, original: &str, at: Quarter) -> String {
    let tail = format!(" from {at}");
    // A branch of a branch is named after the game it came from, not "x from A from B".
    let original = match original.rfind(" from ") {
        Some(i) if original[i + 6..].parse::<Quarter>().is_ok() => &original[..i],
        _ => original,
    };
    // Leave room for the tail and a number after it.
    let room = MAX_NAME_CHARS.saturating_sub(tail.chars().count() + 4);
    let base: String = original.chars().take(room).collect();
    let base = match base.trim() {
        "" => "game",
        b => b,
    };
    let first = format!("{base}{tail}");
    let taken = |name: &str| dir.file_for(name).map_or(true, |p| p.exists());
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{first} ({n})"))
        .find(|name| !taken(name))
        .unwrap_or(first)
}

/// Rebuilds `saved` at the start of `at` from its seed and log and saves it as a new save named
/// after `original`; nothing else is written. `None` when the log cannot rebuild that quarter.
pub fn branch(
    content: &Content,
    dir: &SaveDir,
    original: &str,
    saved: &GameState,
    log: &ActionLog,
    at: Quarter,
) -> Result<Option<Branch>, SaveError> {
    let rebuilt =
        rebuild(content, saved, log, at).map_err(|e| SaveError::Mismatch(e.to_string()))?;
    let Some((state, log)) = rebuilt else {
        return Ok(None);
    };
    let name = branch_name(dir, original, at);
    save_named_with_plan(dir, &name, &state, &[], &log, &HeaderInfo::of(content))?;
    Ok(Some(Branch { name, state, log }))
}
