//! Scenarios and difficulty levels.

use crate::basic::money::Money;
use serde::{Deserialize, Serialize};

/// A facility the company owns when the scenario starts.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingFacility {
    /// `warehouse` or `data_centre`.
    pub kind: String,
    /// Size id.
    pub size: String,
    /// Region id.
    pub region: String,
}

/// A scenario: when the game starts and ends, and what the company has at the start.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDef {
    /// Stable id (`standard`, `short`).
    pub id: String,
    /// Name shown to the player.
    pub name: String,
    /// One paragraph for the new-game screen.
    pub description: String,
    /// First quarter (year, quarter).
    pub start: (u16, u8),
    /// Last quarter played (year, quarter).
    pub end: (u16, u8),
    /// The company's default name.
    pub company: String,
    /// Home region id.
    pub home: String,
    /// Cash at the start (before difficulty).
    pub cash: Money,
    /// Shares in issue.
    pub shares: u64,
    /// Shares the founder holds.
    pub founder_shares: u64,
    /// Listed on a stock exchange already.
    pub public: bool,
    /// Reputation at the start.
    pub reputation: f64,
    /// Operational excellence at the start.
    pub excellence: f64,
    /// Brand recognition at the start, 0–1.
    pub brand: f64,
    /// Investor patience at the start.
    pub patience: f64,
    /// Your market share in each region at the start (region id, share).
    pub shares_by_region: Vec<(String, f64)>,
    /// Catalogue size (thousands of titles).
    pub catalogue: f64,
    /// Rented hosting at the start, in compute units.
    pub hosting_cu: u64,
    /// Marketing per quarter at the start.
    pub marketing: Money,
    /// Facilities at the start.
    pub facilities: Vec<StartingFacility>,
    /// Trailing revenue of the four quarters before the start (oldest first), for growth figures.
    pub revenue_before: Vec<Money>,
}

/// A difficulty level.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DifficultyDef {
    /// Stable id (`easy`, `normal`, `hard`).
    pub id: String,
    /// Name shown to the player.
    pub name: String,
    /// Multiplier on starting cash.
    pub cash: f64,
    /// Multiplier on the rivals' pull.
    pub rival_strength: f64,
    /// Political hostility, 0–1 (used by politics).
    pub hostility: f64,
    /// Multiplier on patience lost.
    pub impatience: f64,
    /// Multiplier on how hard credit crunches bite (the seed's own draw is scaled by it).
    #[serde(default = "one")]
    pub crunch: f64,
}

fn one() -> f64 {
    1.0
}
