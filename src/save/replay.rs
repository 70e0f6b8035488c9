//! Replaying a saved game from its seed and action log, checking every quarter's hash: the
//! rules stay pure, the log and its checking live with the saves.

use super::log::ActionLog;
use crate::content::Content;
use crate::sim::{self, GameState, NewGame, Quarter};

/// How a replay ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replayed {
    /// Every quarter's hash matched, and the end matched the save.
    Verified {
        /// Quarters replayed.
        quarters: usize,
        /// The hash at the end.
        hash: String,
    },
    /// The hash after this quarter is not the logged one.
    Differs {
        /// The first quarter that differs.
        quarter: Quarter,
    },
    /// The log does not start at the game's first quarter, so the game cannot be rebuilt.
    NoFullLog {
        /// Where the log starts, if anywhere.
        from: Option<Quarter>,
    },
}

/// Replays `log` from the start of the game `saved` belongs to, up to `to` (exclusive) or the
/// end of the log, checking each quarter's hash; with no `to`, the end must equal `saved`.
pub fn replay(
    content: &Content,
    saved: &GameState,
    log: &ActionLog,
    to: Option<Quarter>,
) -> Result<Replayed, sim::SimError> {
    if log.from != Some(saved.start) {
        return Ok(Replayed::NoFullLog { from: log.from });
    }
    let mut state = sim::new_game(content, &start_of(saved, log))?;
    let mut quarters = 0;
    for q in &log.quarters {
        if to.is_some_and(|t| q.quarter >= t) {
            break;
        }
        if state.quarter != q.quarter {
            return Ok(Replayed::Differs { quarter: q.quarter });
        }
        sim::advance(content, &mut state, &q.actions);
        if sim::state_hash_hex(&state) != q.hash {
            return Ok(Replayed::Differs { quarter: q.quarter });
        }
        quarters += 1;
    }
    let hash = sim::state_hash_hex(&state);
    if to.is_none() && hash != sim::state_hash_hex(saved) {
        return Ok(Replayed::Differs {
            quarter: state.quarter,
        });
    }
    Ok(Replayed::Verified { quarters, hash })
}

/// The game as it stood at the start of quarter `at`, rebuilt from its seed and log, with the
/// log up to then: where a branch starts. `None` when the log cannot rebuild it (it does not
/// start at the game's start, or a quarter before `at` does not replay).
pub fn rebuild(
    content: &Content,
    saved: &GameState,
    log: &ActionLog,
    at: Quarter,
) -> Result<Option<(GameState, ActionLog)>, sim::SimError> {
    if log.from != Some(saved.start) || at < saved.start || at > saved.quarter {
        return Ok(None);
    }
    let mut state = sim::new_game(content, &start_of(saved, log))?;
    let mut kept = ActionLog {
        from: log.from,
        forced: log.forced.clone(),
        quarters: Vec::new(),
    };
    for q in log.quarters.iter().take_while(|q| q.quarter < at) {
        sim::advance(content, &mut state, &q.actions);
        if sim::state_hash_hex(&state) != q.hash {
            return Ok(None);
        }
        kept.quarters.push(q.clone());
    }
    Ok((state.quarter == at).then_some((state, kept)))
}

/// The new game a log starts from.
fn start_of(saved: &GameState, log: &ActionLog) -> NewGame {
    NewGame {
        scenario: saved.scenario.clone(),
        difficulty: saved.difficulty.clone(),
        seed: saved.seed,
        company: Some(saved.company.name.clone()),
        forced_events: log.forced.iter().filter_map(|f| f.parse().ok()).collect(),
    }
}
