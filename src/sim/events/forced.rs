//! Events a modder fires on purpose (`--force-event ID[@2004Q2]`): in that quarter, whatever
//! their conditions, weight, cooldown and the director's limits, so a new card can be played at
//! once. The game records it: the card's log entry says it was forced, and a forced event still
//! to come is kept in the save.

use super::director;
use super::state::{Origin, Scheduled};
use crate::content::Content;
use crate::sim::calendar::Quarter;
use crate::sim::state::GameState;
use std::fmt;
use std::str::FromStr;

/// An event to fire on purpose, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForcedEvent {
    /// The event's id.
    pub id: String,
    /// The quarter whose plan shows the card; the game's current quarter when `None`.
    pub at: Option<Quarter>,
}

impl FromStr for ForcedEvent {
    type Err = String;

    /// Reads `ID` or `ID@2004Q2`.
    fn from_str(text: &str) -> Result<ForcedEvent, String> {
        let (id, at) = match text.split_once('@') {
            Some((id, at)) => (id, Some(at.parse::<Quarter>()?)),
            None => (text, None),
        };
        if id.is_empty() {
            return Err(format!("{text:?} names no event; write ID or ID@2004Q2"));
        }
        Ok(ForcedEvent {
            id: id.to_string(),
            at,
        })
    }
}

impl fmt::Display for ForcedEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(q) => write!(f, "{}@{}Q{}", self.id, q.year, q.q),
            None => f.write_str(&self.id),
        }
    }
}

/// Why an event cannot be forced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ForceError {
    /// No event has that id.
    #[error("no event {0:?} in the deck; `flywheel deck list` shows the ids")]
    Unknown(String),
    /// The quarter is after the game's last one.
    #[error("the game ends in {end}; {id} cannot be forced in {at}")]
    AfterEnd {
        /// The event.
        id: String,
        /// When it was asked for.
        at: Quarter,
        /// The game's last quarter.
        end: Quarter,
    },
}

/// Forces an event: its card waits for the player now if its quarter has come (or passed),
/// else when that quarter is planned.
pub fn force(content: &Content, state: &mut GameState, f: &ForcedEvent) -> Result<(), ForceError> {
    let i = content
        .deck
        .position(&f.id)
        .ok_or_else(|| ForceError::Unknown(f.id.clone()))?;
    let at = f.at.unwrap_or(state.quarter);
    if at > state.end {
        return Err(ForceError::AfterEnd {
            id: f.id.clone(),
            at,
            end: state.end,
        });
    }
    if at <= state.quarter {
        director::fire(content, state, i, None, None, Origin::Forced);
    } else {
        state.events.forced.push(Scheduled {
            id: f.id.clone(),
            at,
            region: None,
            rival: None,
        });
    }
    Ok(())
}

/// Fires the forced events whose quarter is the next one, so their cards wait when it is
/// planned; called in the Events phase of the quarter `now`.
pub fn fire_due(content: &Content, state: &mut GameState, now: Quarter) {
    if state.events.forced.is_empty() {
        return;
    }
    let (due, later): (Vec<Scheduled>, Vec<Scheduled>) = std::mem::take(&mut state.events.forced)
        .into_iter()
        .partition(|s| s.at <= now.next());
    state.events.forced = later;
    for s in due {
        if let Some(i) = content.deck.position(&s.id) {
            director::fire(content, state, i, None, None, Origin::Forced);
        }
    }
}
