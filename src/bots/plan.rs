//! Forecasts the bots share: how much capacity they will need and what they can spend.

use crate::content::{Content, FacilityKind};
use crate::sim::forecast::peak_orders;
use crate::sim::{GameState, action, finance};
use crate::sim::{Money, RegionId};

pub use crate::sim::forecast::{
    capacity_in, compute_capacity, peak_load, peak_seller_orders, size_for_gap, size_within_gap,
};

/// Cash a bot wants to keep: half a quarter of costs, at least a floor.
pub fn buffer(state: &GameState) -> Money {
    let costs = state
        .last_report
        .as_ref()
        .map_or(Money::ZERO, |r| r.books.operating_costs());
    costs.scale(0.5).max(Money::k(300))
}

/// Cash available for building, keeping the buffer and a share of the credit line in reserve.
pub fn budget(content: &Content, state: &GameState, credit_use: f64) -> Money {
    state.company.cash - buffer(state) + finance::credit_headroom(content, state).scale(credit_use)
}

/// The cost of building there.
pub fn cost(content: &Content, kind: FacilityKind, region: usize, size: u8) -> Money {
    action::build_cost(content, kind, RegionId(region as u8), size).unwrap_or(Money(i64::MAX / 4))
}

/// Regions by their projected peak demand, largest first.
pub fn regions_by_demand(content: &Content, state: &GameState, ahead: i32) -> Vec<(usize, f64)> {
    let mut v: Vec<(usize, f64)> = (0..content.regions.len())
        .map(|r| (r, peak_orders(content, state, r, ahead)))
        .collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}
