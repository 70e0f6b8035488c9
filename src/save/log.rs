//! The action log a save carries: per quarter played, the actions that ran (event answers
//! included) and the state's hash after it, so a game can be replayed from its seed and every
//! quarter checked.

use crate::sim::{Action, Quarter};
use serde::{Deserialize, Serialize};

/// One quarter as it was played.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoggedQuarter {
    /// The quarter the actions ran in.
    pub quarter: Quarter,
    /// The actions, in the order they ran.
    pub actions: Vec<Action>,
    /// The state's hash after the quarter, as 16 hex digits.
    pub hash: String,
}

/// Every quarter played since the log began.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionLog {
    /// The first quarter logged: the game's first for a game that kept a log from the start;
    /// `None` until the first quarter is played in a save that had none (one made before the
    /// game kept logs).
    #[serde(default)]
    pub from: Option<Quarter>,
    /// Events forced when the game began (`--force-event`), as written on the command line,
    /// for a replay to start the same game.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forced: Vec<String>,
    /// The quarters, in order.
    #[serde(default)]
    pub quarters: Vec<LoggedQuarter>,
}

impl ActionLog {
    /// A log for a game starting at `start`.
    pub fn starting(start: Quarter) -> ActionLog {
        ActionLog {
            from: Some(start),
            forced: Vec::new(),
            quarters: Vec::new(),
        }
    }

    /// Records a quarter just played: its actions and the hash of the state after it.
    pub fn record(&mut self, quarter: Quarter, actions: &[Action], hash: String) {
        self.from.get_or_insert(quarter);
        self.quarters.push(LoggedQuarter {
            quarter,
            actions: actions.to_vec(),
            hash,
        });
    }

    /// True when nothing is logged.
    pub fn is_empty(&self) -> bool {
        self.from.is_none() && self.quarters.is_empty()
    }
}
