//! What one facility earned from outsiders last quarter against what it costs to keep: the
//! question of whether opening it pays for the building.

use super::money::Money;
use super::state::{Facility, GameState};
use crate::content::{Content, FacilityKind};

/// One facility's last quarter in money.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FacilityBooks {
    /// Fees or rent paid by outsiders.
    pub outsiders: Money,
    /// Upkeep at today's costs plus the building's write-off a quarter.
    pub keep: Money,
    /// Share of the capacity used for the store, 0–1.
    pub own_share: f64,
}

impl FacilityBooks {
    /// What outsiders paid less what it costs to keep.
    pub fn net(&self) -> Money {
        self.outsiders - self.keep
    }
}

/// A facility's last quarter: what outsiders paid and what keeping it costs.
pub fn last_quarter(content: &Content, state: &GameState, f: &Facility) -> FacilityBooks {
    let m = &content.market;
    let outsiders = match f.kind {
        FacilityKind::Warehouse => f.last.outsiders as f64 * m.marketplace.fee_per_order,
        FacilityKind::DataCentre => {
            f.last.outsiders as f64 * f64::from(f.cloud_price_cents) / 100.0 * m.cloud.hours_per_cu
        }
    } / 1000.0;
    let life = match f.kind {
        FacilityKind::Warehouse => content.facilities.warehouse.depreciation_quarters,
        FacilityKind::DataCentre => content.facilities.data_centre.depreciation_quarters,
    };
    let keep = super::preview::upkeep(content, state, f.kind, f.region, f.size)
        + Money(f.invested.0 / i64::from(life.max(1)));
    FacilityBooks {
        outsiders: Money::from_f64(outsiders),
        keep,
        own_share: if f.last.capacity > 0 {
            f.last.own as f64 / f.last.capacity as f64
        } else {
            0.0
        },
    }
}
