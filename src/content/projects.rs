//! Company-wide investments for a company with cash to spare: projects that take quarters to
//! finish and then change the business for good, and the rules for buying a rival's business.

use crate::basic::money::Money;
use serde::{Deserialize, Serialize};

/// What a finished project changes, for good.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum ProjectEffect {
    /// Delivery cost per order, as a share saved (0.2 = 20% cheaper).
    Shipping(f64),
    /// Handling cost per order in every warehouse, as a share saved.
    Handling(f64),
    /// Warehouse capacity, as a share added.
    WarehouseCapacity(f64),
    /// Data centres' running cost (power and upkeep), as a share saved.
    ComputeCost(f64),
}

impl ProjectEffect {
    /// What it changes, in a few words.
    pub fn words(self) -> String {
        let pct = |x: f64| (x * 100.0).round();
        match self {
            ProjectEffect::Shipping(x) => format!("delivery {}% cheaper", pct(x)),
            ProjectEffect::Handling(x) => format!("handling {}% cheaper", pct(x)),
            ProjectEffect::WarehouseCapacity(x) => format!("warehouses hold {}% more", pct(x)),
            ProjectEffect::ComputeCost(x) => format!("data centres {}% cheaper to run", pct(x)),
        }
    }

    /// The size of the effect, whatever it acts on.
    pub fn amount(self) -> f64 {
        match self {
            ProjectEffect::Shipping(x)
            | ProjectEffect::Handling(x)
            | ProjectEffect::WarehouseCapacity(x)
            | ProjectEffect::ComputeCost(x) => x,
        }
    }
}

/// One project the company may start once.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectDef {
    /// Stable id, recorded in saves.
    pub id: String,
    /// Name shown.
    pub name: String,
    /// One line on what it does, shown before it is started.
    pub about: String,
    /// First year it can be started.
    pub available_from: u16,
    /// Cost as a share of the last four quarters' revenue…
    pub cost_share: f64,
    /// …but never less than this.
    pub min_cost: Money,
    /// Quarters from the start until it works.
    pub lead_quarters: u8,
    /// What it changes once finished.
    pub effect: ProjectEffect,
    /// A flag set when it finishes, for the event deck (e.g. `own_delivery`).
    #[serde(default)]
    pub sets_flag: Option<String>,
}

/// Buying a rival's business in one region.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcquisitionRules {
    /// First year an acquisition can be proposed.
    pub available_from: u16,
    /// Price as a multiple of the yearly online spending of the customers bought.
    pub price_per_revenue: f64,
    /// Share of the rival's customers in the region that come over.
    pub take: f64,
    /// Least a rival's share in the region must be to be worth buying.
    pub min_rival_share: f64,
    /// Quarters the regulators take to decide.
    pub review_quarters: u8,
    /// Chance of approval with neutral regulators and no share of your own in the region.
    pub approval_base: f64,
    /// Added to the chance per point of the regulators' attitude.
    pub approval_per_attitude: f64,
    /// Taken from the chance per unit of your share in the region after the deal.
    pub approval_per_share: f64,
    /// Lowest and highest chance, whatever the attitudes.
    pub approval_range: (f64, f64),
    /// Share of the price lost if the deal is blocked (fees and a break fee to the rival).
    pub break_fee: f64,
    /// The regulators' attitude moves by this when a deal goes through.
    pub regulators_shift: f64,
}

/// Everything a company can invest in beyond buildings.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectRules {
    /// Projects, in the order shown.
    pub projects: Vec<ProjectDef>,
    /// Acquisitions.
    pub acquisitions: AcquisitionRules,
    /// Quarters over which what a project or an acquisition cost is written off.
    pub write_off_quarters: u16,
}

impl ProjectRules {
    /// A project's definition by id.
    pub fn get(&self, id: &str) -> Option<&ProjectDef> {
        self.projects.iter().find(|p| p.id == id)
    }
}
