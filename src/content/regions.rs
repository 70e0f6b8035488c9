//! Regions of the world: where shoppers live and facilities stand.

use serde::{Deserialize, Serialize};

/// One region as the data describes it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionDef {
    /// Stable id used in scenarios and saves.
    pub id: String,
    /// Name shown to the player.
    pub name: String,
    /// Three or four letters for tight spaces such as the map.
    pub short: String,
    /// Population in millions.
    pub population_m: f64,
    /// Spending power against the reference region (1.0).
    pub wealth: f64,
    /// Share of the population that is online in the long run (0–1).
    pub adoption_max: f64,
    /// Year in which adoption reaches half of its maximum.
    pub adoption_mid_year: f64,
    /// How steep the adoption curve is (per year).
    pub adoption_steepness: f64,
    /// Land cost index (1.0 = reference): scales building costs.
    pub land_index: f64,
    /// Labour cost index: scales the cost per order in warehouses.
    pub labour_index: f64,
    /// Power cost index: scales data-centre upkeep.
    pub power_index: f64,
    /// Shipping cost index: scales every delivery into the region.
    pub shipping_index: f64,
    /// Chance per quarter that a disaster strikes one facility here.
    pub disaster_risk: f64,
    /// How hard local rivals and offline shops hold the region (added to the offline pull).
    pub local_competition: f64,
    /// The political climate towards a big retailer, −1 (hostile) to 1 (friendly).
    pub political_climate: f64,
    /// Regions whose warehouses can serve this one at "neighbour" speed.
    pub neighbours: Vec<String>,
    /// Where the region is drawn on the map (column, row) on a 60×14 grid.
    pub map: (u16, u16),
}

impl RegionDef {
    /// Share of the population online at a fractional year (logistic).
    pub fn adoption(&self, year: f64) -> f64 {
        let x = -self.adoption_steepness * (year - self.adoption_mid_year);
        self.adoption_max / (1.0 + x.exp())
    }
}
