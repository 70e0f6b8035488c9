//! The file format: a RON document holding a header and the complete game state.

use super::error::SaveError;
use super::header::{FORMAT_VERSION, SaveHeader};
use super::log::ActionLog;
use super::migrate::{self, Migration};
use crate::sim::{Action, GameState};
use serde::{Deserialize, Serialize};

/// The largest save accepted, checked before reading: a late game is a few hundred KiB, so
/// anything this big is not a save and would only eat memory.
pub const MAX_SAVE_BYTES: u64 = 16 * 1024 * 1024;

/// The first line of every save, for whoever opens one in an editor.
const PREAMBLE: &str =
    "// Flywheel saved game. The header is a summary; `state` is the game itself.\n";

/// A save file, as read.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveFile {
    /// Summary and provenance.
    pub header: SaveHeader,
    /// The complete game, generator included.
    pub state: GameState,
    /// What the player had queued for the quarter being played (absent when nothing was).
    #[serde(default)]
    pub plan: Vec<Action>,
    /// The quarters played, for replays (empty in a save made before the game kept logs).
    #[serde(default)]
    pub log: ActionLog,
}

/// The same shape, borrowed, for writing without copying the state.
#[derive(Serialize)]
struct SaveFileRef<'a> {
    header: &'a SaveHeader,
    state: &'a GameState,
    #[serde(skip_serializing_if = "<[Action]>::is_empty")]
    plan: &'a [Action],
    #[serde(skip_serializing_if = "ActionLog::is_empty")]
    log: &'a ActionLog,
}

/// Just enough to learn the format before deciding how to read the rest. Unknown fields are
/// skipped here on purpose: this must read every format, past and future.
#[derive(Deserialize)]
struct Probe {
    header: ProbeHeader,
}

#[derive(Deserialize)]
struct ProbeHeader {
    format: u32,
}

/// Writes a save as text: one line per header field and per item of the state's lists (a
/// facility, a quarter of history), deeper structures inline. Small, yet a hand edit or a parse
/// error's line:col lands on a line a person can read.
pub fn encode(header: &SaveHeader, state: &GameState) -> Result<String, SaveError> {
    encode_with_plan(header, state, &[], &ActionLog::default())
}

/// Writes a save with the quarter's queued actions.
pub fn encode_with_plan(
    header: &SaveHeader,
    state: &GameState,
    plan: &[Action],
    log: &ActionLog,
) -> Result<String, SaveError> {
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .indentor(" ".to_string());
    let body = ron::ser::to_string_pretty(
        &SaveFileRef {
            header,
            state,
            plan,
            log,
        },
        pretty,
    )
    .map_err(|e| SaveError::Encode(e.to_string()))?;
    let mut text = String::with_capacity(PREAMBLE.len() + body.len() + 1);
    text.push_str(PREAMBLE);
    text.push_str(&body);
    text.push('\n');
    Ok(text)
}

/// A save read from text, and the format it was upgraded from, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The save, in the current format.
    pub file: SaveFile,
    /// The format on disk when it was older than the current one.
    pub migrated_from: Option<u32>,
}

/// Reads a save of any supported format.
pub fn decode(text: &str) -> Result<Decoded, SaveError> {
    decode_with(text, migrate::MIGRATIONS, FORMAT_VERSION)
}

/// Reads a save with a given migration chain and current format (tests use a synthetic
/// chain to exercise upgrades before a second real format exists).
pub fn decode_with(text: &str, chain: &[Migration], current: u32) -> Result<Decoded, SaveError> {
    let text = crate::basic::text::without_bom(text);
    // The common case reads in one pass: a save of the current format. Only when that fails,
    // or the file is of another format, is it probed for its format (a second pass).
    let direct = match ron::from_str::<SaveFile>(text) {
        Ok(file) if file.header.format == current => {
            return Ok(Decoded {
                file,
                migrated_from: None,
            });
        }
        other => other,
    };
    let probe: Probe = ron::from_str(text).map_err(|e| SaveError::from_ron(&e))?;
    let found = probe.header.format;
    if found > current {
        return Err(SaveError::NewerFormat {
            found,
            supported: current,
        });
    }
    let (file, migrated_from) = if found < current {
        let upgraded = migrate::upgrade(text, found, current, chain)?;
        // Positions now refer to the upgraded text; say so rather than point at a wrong line.
        let file: SaveFile = ron::from_str(&upgraded).map_err(|e| SaveError::Migration {
            from: found,
            reason: format!(
                "the upgraded save does not read: {}",
                SaveError::from_ron(&e)
            ),
        })?;
        (file, Some(found))
    } else {
        // The current format, and the direct read failed: its error is the one to report.
        (direct.map_err(|e| SaveError::from_ron(&e))?, None)
    };
    if file.header.format != current {
        return Err(SaveError::Migration {
            from: found,
            reason: format!(
                "the upgrade ended at format {} instead of {current}",
                file.header.format
            ),
        });
    }
    Ok(Decoded {
        file,
        migrated_from,
    })
}
