//! Why the rules refuse an action: shared by every check, so the checks need not know the
//! action list.

use super::money::Money;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an action was refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Rejection {
    /// No such facility, or it is gone.
    NoSuchFacility,
    /// The facility is not in the state the action needs.
    WrongState(String),
    /// Unknown region, size or level.
    Unknown(String),
    /// Not enough cash and credit.
    CannotAfford {
        /// What it costs.
        cost: Money,
        /// What can be spent.
        available: Money,
    },
    /// Not yet possible.
    NotYet(String),
    /// A number outside its range.
    OutOfRange(String),
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::NoSuchFacility => write!(f, "no such facility"),
            Rejection::WrongState(s)
            | Rejection::Unknown(s)
            | Rejection::NotYet(s)
            | Rejection::OutOfRange(s) => {
                write!(f, "{s}")
            }
            Rejection::CannotAfford { cost, available } => {
                write!(
                    f,
                    "costs {cost}, only {available} available (cash and credit)"
                )
            }
        }
    }
}
