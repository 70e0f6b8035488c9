//! The local high-score table, kept as RON in its own folder of the saves directory (so the
//! list of saves never shows it), written atomically like a save.

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
    /// The final state's hash, 16 hex digits (empty in entries from before it was kept).
    #[serde(default)]
    pub hash: String,
    /// True when the game was replayed from its seed and log and every quarter matched.
    #[serde(default)]
    pub verified: bool,
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
            hash: crate::sim::state_hash_hex(state),
            verified: false,
        }
    }
}

/// The table, best first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HighScores {
    /// Entries, best first.
    pub entries: Vec<Entry>,
}

impl Entry {
    /// Whether two entries are the same game (replaying its last quarter from a save is still
    /// that game).
    fn same_game(&self, other: &Entry) -> bool {
        self.company == other.company
            && self.seed == other.seed
            && self.scenario == other.scenario
            && self.difficulty == other.difficulty
    }
}

impl HighScores {
    /// Adds an entry in its place; returns its position (may be past the kept ones). A game
    /// already in the table keeps one entry, its best.
    pub fn insert(&mut self, e: Entry) -> usize {
        if let Some(i) = self.entries.iter().position(|x| x.same_game(&e)) {
            if self.entries[i].score >= e.score {
                return i;
            }
            self.entries.remove(i);
        }
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
    /// The atomic write failed.
    #[error("{0}")]
    Write(#[from] crate::save::SaveError),
}

/// The file inside a saves directory.
pub fn path(dir: &Path) -> PathBuf {
    dir.join("scores").join("highscores.ron")
}

/// Where earlier versions kept the table, among the saves.
fn legacy_path(dir: &Path) -> PathBuf {
    dir.join("highscores.ron")
}

/// The table as read, and what went wrong reading it, to be told once.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The table (empty when there was none or it was broken).
    pub scores: HighScores,
    /// Why the file on disk was set aside, if it was.
    pub problem: Option<String>,
}

/// Reads the table. A missing file is an empty table; a broken one is kept aside as `.bak` and
/// reported, and the game goes on with an empty table (scores are a nicety and must never stop
/// the game from starting).
pub fn load(dir: &Path) -> Loaded {
    let current = path(dir);
    let p = if current.is_file() {
        current
    } else {
        legacy_path(dir)
    };
    let Ok(text) = std::fs::read_to_string(&p) else {
        return Loaded::default();
    };
    match ron::from_str(crate::basic::text::without_bom(&text)) {
        Ok(scores) => Loaded {
            scores,
            problem: None,
        },
        Err(e) => {
            let bak = crate::save::atomic::backup_path(&p);
            let kept = std::fs::rename(&p, &bak).is_ok();
            Loaded {
                scores: HighScores::default(),
                problem: Some(if kept {
                    format!(
                        "High scores unreadable ({e}); kept as {} and started afresh.",
                        bak.display()
                    )
                } else {
                    format!("High scores unreadable ({e}); started afresh.")
                }),
            }
        }
    }
}

/// Writes the table atomically, creating its folder if needed; a table left by an earlier
/// version among the saves is removed once the new one is written.
pub fn save(dir: &Path, scores: &HighScores) -> Result<(), ScoreError> {
    let text = ron::ser::to_string_pretty(scores, ron::ser::PrettyConfig::default())?;
    crate::save::atomic::write_atomic(
        &path(dir),
        text.as_bytes(),
        false,
        &crate::save::atomic::no_fault,
    )?;
    let legacy = legacy_path(dir);
    if legacy.is_file() {
        std::fs::remove_file(&legacy).map_err(|e| ScoreError::Io(legacy, e))?;
    }
    Ok(())
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
            hash: String::new(),
            verified: false,
        }
    }

    #[test]
    fn entries_from_before_hashes_still_read() {
        let old = r#"(entries: [(company: "Old", score: 5, scenario: "standard", difficulty: "normal", seed: 1, outcome: "completed", quarter: "2020 Q4")])"#;
        let t: HighScores = ron::from_str(old).unwrap();
        assert!(!t.entries[0].verified);
        assert!(t.entries[0].hash.is_empty());
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
        assert_eq!(load(dir.path()).scores, t);
        assert!(load(&dir.path().join("missing")).scores.entries.is_empty());
    }

    #[test]
    fn one_game_enters_once_with_its_best() {
        let game = |score| Entry {
            company: "Tributary".into(),
            ..entry(score)
        };
        let mut t = HighScores::default();
        t.insert(game(5));
        t.insert(game(5));
        assert_eq!(t.entries.len(), 1, "the same final quarter twice");
        t.insert(game(7));
        assert_eq!(
            t.entries.len(),
            1,
            "a better ending of the same game replaces it"
        );
        assert_eq!(t.entries[0].score, Money::k(7));
        let mut other = game(3);
        other.seed = 2;
        t.insert(other);
        assert_eq!(t.entries.len(), 2, "another game has its own line");
    }

    #[test]
    fn a_broken_table_is_kept_aside_and_told_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("scores")).unwrap();
        std::fs::write(path(dir.path()), "(entries: [(company: ").unwrap();
        let first = load(dir.path());
        assert!(first.scores.entries.is_empty());
        assert!(first.problem.is_some_and(|p| p.contains(".bak")));
        assert!(dir.path().join("scores/highscores.ron.bak").is_file());
        let second = load(dir.path());
        assert!(second.problem.is_none(), "told once");
    }

    #[test]
    fn a_table_among_the_saves_moves_to_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = HighScores::default();
        t.insert(entry(4));
        let text = ron::ser::to_string_pretty(&t, ron::ser::PrettyConfig::default()).unwrap();
        std::fs::write(legacy_path(dir.path()), text).unwrap();
        let loaded = load(dir.path());
        assert_eq!(loaded.scores, t);
        save(dir.path(), &loaded.scores).unwrap();
        assert!(!legacy_path(dir.path()).exists());
        assert_eq!(load(dir.path()).scores, t);
    }
}
