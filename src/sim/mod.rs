//! The rules of Flywheel: state and the quarter's actions in, new state and a report out.
//!
//! Nothing here touches the terminal, files or the clock; every random draw comes from the
//! generator inside [`GameState`].

pub mod action;
pub mod books;
pub use crate::basic::calendar;
pub mod capacity;
pub mod compute;
pub mod consequence;
pub mod events;
pub mod facility_books;
pub mod finance;
pub mod forecast;
pub mod fulfilment;
pub mod hash;
pub mod ids;
pub mod investments;
pub use crate::basic::money;
mod new_game;
pub mod note_text;
pub mod politics;
pub mod preview;
pub mod projects;
pub mod rejection;
pub mod report;
pub mod retail;
pub mod rivals;
pub mod state;
pub mod stats;
mod turn;
pub mod upkeep;
pub mod world;

pub use action::{Action, Rejection};
pub use calendar::Quarter;
pub use hash::{state_hash, state_hash_hex};
pub use money::Money;
pub use new_game::{NewGame, new_game};
pub use report::QuarterReport;
pub use state::{Facility, FacilityId, FacilityStatus, GameState, Outcome, RegionId};
pub use turn::advance;

use thiserror::Error;

/// A game that cannot be started.
#[derive(Debug, Error, PartialEq)]
pub enum SimError {
    /// No such scenario.
    #[error("unknown scenario {0:?}; valid: {1}")]
    UnknownScenario(String, String),
    /// No such difficulty.
    #[error("unknown difficulty {0:?}; valid: {1}")]
    UnknownDifficulty(String, String),
    /// An event forced from the command line cannot be.
    #[error(transparent)]
    Force(#[from] events::ForceError),
}
