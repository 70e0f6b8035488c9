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

/// Plays the log from the game's start up to `to` (exclusive) or its end, checking each
/// quarter's hash: the state reached and the quarters played, or the first quarter that
/// differs.
fn play_log(
    content: &Content,
    saved: &GameState,
    log: &ActionLog,
    to: Option<Quarter>,
    each: &mut dyn FnMut(&GameState),
) -> Result<Result<(GameState, usize), Quarter>, sim::SimError> {
    let mut state = sim::new_game(content, &world_of(saved, log))?;
    let mut played = 0;
    for q in log
        .quarters
        .iter()
        .take_while(|q| to.is_none_or(|t| q.quarter < t))
    {
        if state.quarter != q.quarter {
            return Ok(Err(q.quarter));
        }
        sim::advance(content, &mut state, &q.actions);
        if sim::state_hash_hex(&state) != q.hash {
            return Ok(Err(q.quarter));
        }
        each(&state);
        played += 1;
    }
    Ok(Ok((state, played)))
}

/// Replays `log` from the start of the game `saved` belongs to, up to `to` (exclusive) or the
/// end of the log, checking each quarter's hash; with no `to`, the end must equal `saved`.
pub fn replay(
    content: &Content,
    saved: &GameState,
    log: &ActionLog,
    to: Option<Quarter>,
) -> Result<Replayed, sim::SimError> {
    replay_each(content, saved, log, to, &mut |_| {})
}

/// [`replay`], calling `each` with the state after every quarter that matched its log.
pub fn replay_each(
    content: &Content,
    saved: &GameState,
    log: &ActionLog,
    to: Option<Quarter>,
    each: &mut dyn FnMut(&GameState),
) -> Result<Replayed, sim::SimError> {
    if log.from != Some(saved.start) {
        return Ok(Replayed::NoFullLog { from: log.from });
    }
    let (state, quarters) = match play_log(content, saved, log, to, each)? {
        Ok(x) => x,
        Err(quarter) => return Ok(Replayed::Differs { quarter }),
    };
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
    let Ok((state, played)) = play_log(content, saved, log, Some(at), &mut |_| {})? else {
        return Ok(None);
    };
    let kept = ActionLog {
        from: log.from,
        forced: log.forced.clone(),
        quarters: log.quarters[..played].to_vec(),
    };
    Ok((state.quarter == at).then_some((state, kept)))
}

/// The new game a log starts from: the same world (seed, scenario, difficulty, company and
/// forced events) for a replay or for bots to play.
pub fn world_of(saved: &GameState, log: &ActionLog) -> NewGame {
    NewGame {
        scenario: saved.scenario.clone(),
        difficulty: saved.difficulty.clone(),
        seed: saved.seed,
        company: Some(saved.company.name.clone()),
        forced_events: log.forced.iter().filter_map(|f| f.parse().ok()).collect(),
    }
}
