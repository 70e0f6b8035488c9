//! The local high-score table, kept as RON in the saves directory.

use crate::sim::{GameState, Money};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// How many entries the table keeps.
pub const KEEP: usize = 10;

/// One finished game.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Company name.
    pub company: String,
    /// Founder's stake × valuation.
    pub score: Money,
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// Seed.
    pub seed: u64,
    /// Outcome id (completed, bankrupt, ousted).
    pub outcome: String,
    /// Last quarter played, as written on screen.
    pub quarter: String,
}

impl Entry {
    /// The entry for a game that is over.
    pub fn from_state(state: &GameState) -> Entry {
        Entry {
            company: state.company.name.clone(),
            score: state.score(),
            scenario: state.scenario.clone(),
            difficulty: state.difficulty.clone(),
            seed: state.seed,
            outcome: state.outcome.map_or("", |o| o.id()).to_string(),
            quarter: state.quarter.to_string(),
        }
    }
}

/// The table, best first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HighScores {
    /// Entries, best first.
    pub entries: Vec<Entry>,
}

impl HighScores {
    /// Adds an entry in its place; returns its position (may be past the kept ones).
    pub fn insert(&mut self, e: Entry) -> usize {
        let at = self
            .entries
            .iter()
            .position(|x| x.score < e.score)
            .unwrap_or(self.entries.len());
        self.entries.insert(at, e);
        self.entries.truncate(KEEP);
        at
    }
}

/// Why the table could not be written.
#[derive(Debug, Error)]
pub enum ScoreError {
    /// The file system refused.
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// The table could not be written as RON.
    #[error("writing RON: {0}")]
    Ron(#[from] ron::Error),
}

/// The file inside a saves directory.
pub fn path(dir: &Path) -> PathBuf {
    dir.join("highscores.ron")
}

/// Reads the table; a missing or unreadable file is an empty table (scores are a nicety and
/// must never stop the game from starting).
pub fn load(dir: &Path) -> HighScores {
    std::fs::read_to_string(path(dir))
        .ok()
        .and_then(|s| ron::from_str(&s).ok())
        .unwrap_or_default()
}

/// Writes the table, creating the directory if needed.
pub fn save(dir: &Path, scores: &HighScores) -> Result<(), ScoreError> {
    std::fs::create_dir_all(dir).map_err(|e| ScoreError::Io(dir.to_path_buf(), e))?;
    let text = ron::ser::to_string_pretty(scores, ron::ser::PrettyConfig::default())?;
    let p = path(dir);
    std::fs::write(&p, text).map_err(|e| ScoreError::Io(p, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(score: i64) -> Entry {
        Entry {
            company: format!("Co{score}"),
            score: Money::k(score),
            scenario: "standard".into(),
            difficulty: "normal".into(),
            seed: 1,
            outcome: "completed".into(),
            quarter: "2020 Q4".into(),
        }
    }

    #[test]
    fn keeps_the_best_first_and_round_trips_as_ron() {
        let mut t = HighScores::default();
        assert_eq!(t.insert(entry(5)), 0);
        assert_eq!(t.insert(entry(9)), 0);
        assert_eq!(t.insert(entry(1)), 2);
        for i in 0..20 {
            t.insert(entry(100 + i));
        }
        assert_eq!(t.entries.len(), KEEP);
        assert_eq!(t.entries[0].score, Money::k(119));
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), &t).unwrap();
        assert_eq!(load(dir.path()), t);
        assert!(load(&dir.path().join("missing")).entries.is_empty());
    }
}
