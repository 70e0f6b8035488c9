//! The data types of an event deck: events, choices, conditions, effects, tenders, pacing,
//! politics. Split by subject; everything is re-exported here.

mod events;
mod politics;

pub use events::*;
pub use politics::*;
