//! Facility types: warehouse and data-centre sizes, upgrades and their costs.

use crate::basic::money::Money;
use serde::{Deserialize, Serialize};

/// One size of facility.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeDef {
    /// Stable id (`small`, `large`, …).
    pub id: String,
    /// Name shown to the player.
    pub name: String,
    /// Capacity per quarter: orders for a warehouse, compute units for a data centre.
    pub capacity: u64,
    /// Building cost at land index 1.0.
    pub build_cost: Money,
    /// Fixed upkeep per quarter at index 1.0.
    pub upkeep: Money,
    /// First year this size can be ordered.
    pub available_from: u16,
}

/// An upgrade path with levels.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpgradeDef {
    /// Name shown to the player.
    pub name: String,
    /// Highest level.
    pub max_level: u8,
    /// Cost of each level as a share of the facility's building cost.
    pub cost_share: f64,
    /// Effect of each level: the share by which it cuts cost per order (automation) or
    /// outage risk (redundancy).
    pub effect_per_level: f64,
}

/// Warehouse rules.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarehouseDef {
    /// Quarters from order to first orders served.
    pub lead_quarters: u8,
    /// Sizes on offer.
    pub sizes: Vec<SizeDef>,
    /// Handling cost per order in dollars at labour index 1.0, before automation.
    pub cost_per_order: f64,
    /// Automation upgrades.
    pub automation: UpgradeDef,
    /// Quarters over which a warehouse's cost is written off in the books.
    pub depreciation_quarters: u32,
}

/// Data-centre rules.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataCentreDef {
    /// Quarters from order to first compute served.
    pub lead_quarters: u8,
    /// Sizes on offer.
    pub sizes: Vec<SizeDef>,
    /// Power cost per compute unit of capacity per quarter, in dollars at power index 1.0.
    pub power_per_cu: f64,
    /// Base chance per quarter of an outage at a data centre.
    pub outage_chance: f64,
    /// Share of a quarter's capacity an outage takes down.
    pub outage_severity: f64,
    /// Extra outage chance per point of utilisation above `strain_from`.
    pub strain_chance: f64,
    /// Utilisation (0–1) above which a data centre is strained and fails more often.
    pub strain_from: f64,
    /// Redundancy upgrades.
    pub redundancy: UpgradeDef,
    /// Quarters over which a data centre's cost is written off in the books.
    pub depreciation_quarters: u32,
}

/// Everything about facilities.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacilityRules {
    /// Warehouses (fulfilment centres).
    pub warehouse: WarehouseDef,
    /// Data centres.
    pub data_centre: DataCentreDef,
    /// Share of the building cost recovered when a facility is sold.
    pub sale_recovery: f64,
    /// Share of upkeep still paid while mothballed.
    pub mothball_upkeep: f64,
    /// Quarters a mothballed facility needs to come back.
    pub reactivate_quarters: u8,
    /// Default share of capacity reserved for own use when a facility is opened.
    pub default_reservation_pct: u8,
    /// Rented hosting: cost per compute unit per quarter, in dollars.
    pub hosting_cost_per_cu: f64,
    /// Fewest and most quarters a disaster keeps a facility damaged.
    pub disaster_quarters: (u8, u8),
}
