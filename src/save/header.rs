//! The header of a save: what the load screen shows without replaying anything, and which
//! data the game was played with.

use crate::content::Content;
use crate::sim::{GameState, Money, Outcome, Quarter};
use serde::{Deserialize, Serialize};

/// The save format this build writes. Older formats are upgraded by the migration chain.
pub const FORMAT_VERSION: u32 = 2;

/// A set of data a game was played with: its id and a hash of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataRef {
    /// Which data: `embedded` for the data built into the game, a deck file's name otherwise.
    pub id: String,
    /// Hash of the data's files, as 16 hex digits.
    pub hash: String,
}

/// The data in use when saving, supplied by the caller (the save module does not know about
/// mods or decks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderInfo {
    /// The balance and scenario data.
    pub data: DataRef,
    /// Event deck files in load order: the base deck, then mods.
    pub decks: Vec<DataRef>,
}

impl HeaderInfo {
    /// The data built into the game and the deck files the content was built from.
    pub fn of(content: &Content) -> HeaderInfo {
        HeaderInfo {
            data: DataRef {
                id: "embedded".into(),
                hash: format!("{:016x}", content.hash),
            },
            decks: content
                .deck
                .sources
                .iter()
                .map(|s| DataRef {
                    id: s.name.clone(),
                    hash: s.hash.clone(),
                })
                .collect(),
        }
    }
}

/// Everything a load screen lists about a save. The game state inside is the truth; the
/// header is a summary of it written at the same time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveHeader {
    /// Save format version, [`FORMAT_VERSION`] when written by this build.
    pub format: u32,
    /// Version of the game that wrote it.
    pub game_version: String,
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// The game's seed.
    pub seed: u64,
    /// The quarter being planned: the date in the game.
    pub quarter: Quarter,
    /// Quarters resolved so far.
    pub quarters_played: u32,
    /// The company's name.
    pub company: String,
    /// Score so far: founder's stake × valuation.
    pub score: Money,
    /// How the game ended, if it has.
    pub outcome: Option<Outcome>,
    /// Wall-clock time of saving, in seconds since 1970-01-01 UTC.
    pub saved_at: u64,
    /// The data the game was played with.
    pub data: DataRef,
    /// The event deck files in use, in load order (base deck first, then mods).
    pub decks: Vec<DataRef>,
}

impl SaveHeader {
    /// The header for a game saved now (`saved_at` read by the caller: the rules never read
    /// the clock).
    pub fn new(state: &GameState, info: &HeaderInfo, saved_at: u64) -> SaveHeader {
        SaveHeader {
            format: FORMAT_VERSION,
            game_version: env!("CARGO_PKG_VERSION").to_string(),
            scenario: state.scenario.clone(),
            difficulty: state.difficulty.clone(),
            seed: state.seed,
            quarter: state.quarter,
            quarters_played: state.quarters_played(),
            company: state.company.name.clone(),
            score: state.score(),
            outcome: state.outcome,
            saved_at,
            data: info.data.clone(),
            decks: info.decks.clone(),
        }
    }

    /// Where the header disagrees with the game inside it (after a careless hand edit).
    pub fn disagreements(&self, state: &GameState) -> Vec<String> {
        let mut out = Vec::new();
        let mut differ = |what: &str, header: String, game: String| {
            if header != game {
                out.push(format!(
                    "header says {what} {header} but the game inside has {game}"
                ));
            }
        };
        differ("scenario", self.scenario.clone(), state.scenario.clone());
        differ(
            "difficulty",
            self.difficulty.clone(),
            state.difficulty.clone(),
        );
        differ("seed", self.seed.to_string(), state.seed.to_string());
        differ(
            "quarter",
            self.quarter.to_string(),
            state.quarter.to_string(),
        );
        differ("company", self.company.clone(), state.company.name.clone());
        out
    }

    /// One line for a list or the command line.
    pub fn summary(&self) -> String {
        let status = match self.outcome {
            Some(o) => o.id().to_string(),
            None => format!("planning {}", self.quarter),
        };
        format!(
            "{}, {}/{}, seed {}, {} after {} quarter{}, score {}, saved {}",
            self.company,
            self.scenario,
            self.difficulty,
            self.seed,
            status,
            self.quarters_played,
            if self.quarters_played == 1 { "" } else { "s" },
            self.score,
            super::clock::format_utc(self.saved_at)
        )
    }
}
