//! What the company has put its cash into beyond buildings: projects under way, purchases
//! waiting for the regulators, and what both still have to be written off.

use super::calendar::Quarter;
use super::ids::RegionId;
use super::money::Money;
use serde::{Deserialize, Serialize};

/// A project the company started.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectRun {
    /// The project's id in the data.
    pub id: String,
    /// The first quarter it works.
    pub ready: Quarter,
}

/// A deal to buy a rival's business in a region, waiting for the regulators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    /// The rival, by index.
    pub rival: u8,
    /// Where.
    pub region: RegionId,
    /// Paid up front (refunded, less the break fee, if blocked).
    pub price: Money,
    /// The quarter the regulators decide.
    pub decided: Quarter,
}

/// Money spent on projects and acquisitions, being written off.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WriteOff {
    /// What it was.
    pub name: String,
    /// What it cost.
    pub cost: Money,
    /// Written off so far.
    pub done: Money,
    /// The line it serves: 0 retail (and sellers), 2 cloud.
    pub line: u8,
}
