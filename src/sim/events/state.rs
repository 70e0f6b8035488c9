//! What the event engine keeps in the game state (and so in saves).

use crate::content::deck::Flow;
use crate::sim::calendar::Quarter;
use crate::sim::ids::FacilityId;
use serde::{Deserialize, Serialize};

/// An event that fired and waits for the player's answer in the next Plan phase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingEvent {
    /// Its number, unique within a game: [`crate::sim::Action::AnswerEvent`] names it.
    pub serial: u32,
    /// The event's id in the deck.
    pub id: String,
    /// When it fired.
    pub quarter: Quarter,
    /// The region it is about (`{region}`, damage).
    pub region: u8,
    /// The rival it is about (`{rival}`).
    pub rival: u8,
    /// The facility it strikes (`{facility}`, damage), chosen when it fires.
    #[serde(default)]
    pub facility: Option<FacilityId>,
}

/// A follow-up event waiting for its quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scheduled {
    /// The event's id.
    pub id: String,
    /// The quarter whose Events phase fires it.
    pub at: Quarter,
    /// The region carried over from the event that scheduled it.
    pub region: Option<u8>,
    /// The rival carried over (or the winner of a tender).
    pub rival: Option<u8>,
}

/// A temporary percentage on a line of the books.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveModifier {
    /// Which line.
    pub on: Flow,
    /// Percent.
    pub pct: f64,
    /// First quarter it applies.
    pub from: Quarter,
    /// Last quarter it applies.
    pub until: Quarter,
    /// The event that set it.
    pub source: String,
}

/// How often an event has fired, for `once` and cooldowns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fired {
    /// The event's id.
    pub id: String,
    /// Times fired.
    pub count: u32,
    /// The last quarter it fired.
    pub last: Quarter,
}

/// How an event came to fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// Drawn by the director.
    Drawn,
    /// Scheduled by a choice, a tender or a lawsuit.
    FollowUp,
    /// Fired on purpose from the command line (`--force-event`).
    Forced,
}

/// One fired event and its answer, for the news, statistics and tests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Its serial.
    pub serial: u32,
    /// When it fired.
    pub quarter: Quarter,
    /// The event's id.
    pub id: String,
    /// A major event (one a quarter at most).
    pub major: bool,
    /// Drawn or follow-up.
    pub origin: Origin,
    /// The choice taken, once answered.
    pub choice: Option<u8>,
    /// True when nobody answered and the default was taken.
    pub by_default: bool,
}

/// The event engine's part of the game state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventsState {
    /// Events waiting for an answer.
    pub pending: Vec<PendingEvent>,
    /// Follow-ups waiting for their quarter.
    pub scheduled: Vec<Scheduled>,
    /// Temporary modifiers.
    pub modifiers: Vec<ActiveModifier>,
    /// What has fired, by id.
    pub fired: Vec<Fired>,
    /// The last quarter a crisis fired.
    pub last_crisis: Option<Quarter>,
    /// The next serial number.
    pub next_serial: u32,
    /// Every event fired this game, in order.
    pub log: Vec<EventRecord>,
    /// Events forced from the command line, waiting for their quarter (absent from saves
    /// that have none, so they hash as before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forced: Vec<Scheduled>,
}
