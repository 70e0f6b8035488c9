//! Forecasts the bots share: how much capacity they will need and what they can spend.

use crate::content::{Content, FacilityKind};
use crate::sim::{GameState, action, compute, finance};
use crate::sim::{Money, RegionId};

/// Growth the bots expect per year, from recent revenue growth, kept within reason.
pub fn expected_growth(state: &GameState) -> f64 {
    state.revenue_growth().clamp(0.1, 0.8)
}

/// Orders a region will want in its holiday peak `ahead` quarters from now.
pub fn peak_orders(content: &Content, state: &GameState, region: usize, ahead: i32) -> f64 {
    let Some(report) = &state.last_report else {
        return 0.0;
    };
    let Some(line) = report.regions.get(region) else {
        return 0.0;
    };
    let Some(q) = report.quarter else { return 0.0 };
    let season = &content.market.season;
    let base = (line.orders + line.lost_to_outage) as f64 / season[usize::from(q.q - 1)];
    let peak = season.iter().copied().fold(1.0, f64::max);
    base * peak * (1.0 + expected_growth(state)).powf(f64::from(ahead) / 4.0)
}

/// Capacity of a kind in a region (or everywhere), counting facilities being built.
fn capacity_where(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    region: Option<usize>,
) -> u64 {
    state
        .facilities
        .iter()
        .filter(|f| f.kind == kind && region.is_none_or(|r| usize::from(f.region.0) == r))
        .filter(|f| {
            f.is_operating()
                || f.is_pending()
                || matches!(f.status, crate::sim::FacilityStatus::Damaged { .. })
        })
        .filter_map(|f| content.sizes(kind).get(usize::from(f.size)))
        .map(|s| s.capacity)
        .sum()
}

/// Capacity of a kind in a region, counting facilities being built.
pub fn capacity_in(content: &Content, state: &GameState, kind: FacilityKind, region: usize) -> u64 {
    capacity_where(content, state, kind, Some(region))
}

/// Data-centre capacity everywhere, counting what is being built.
pub fn compute_capacity(content: &Content, state: &GameState) -> u64 {
    capacity_where(content, state, FacilityKind::DataCentre, None)
}

/// Peak own compute load `ahead` quarters from now.
pub fn peak_load(content: &Content, state: &GameState, ahead: i32) -> u64 {
    let orders: f64 = (0..content.regions.len())
        .map(|r| peak_orders(content, state, r, ahead))
        .sum();
    compute::own_load(content, orders as u64)
}

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

/// The sizes on offer this year, smallest first.
fn available_sizes(content: &Content, state: &GameState, kind: FacilityKind) -> Vec<usize> {
    let sizes = content.sizes(kind);
    (0..sizes.len())
        .filter(|&i| sizes[i].available_from <= state.quarter.year)
        .collect()
}

/// The size to build for a capacity gap: the smallest available size that covers it, else the
/// largest available.
pub fn size_for_gap(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    gap: f64,
) -> Option<u8> {
    let sizes = content.sizes(kind);
    let available = available_sizes(content, state, kind);
    let last = *available.last()?;
    let fit = available
        .iter()
        .find(|&&i| sizes[i].capacity as f64 >= gap)
        .copied();
    Some(fit.unwrap_or(last) as u8)
}

/// The size to build for a capacity gap: the available size nearest to it on a log scale, so
/// a gap between two sizes gets the closer one and the bot adds capacity in steps that fit.
pub fn size_within_gap(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    gap: f64,
) -> Option<u8> {
    let sizes = content.sizes(kind);
    let gap = gap.max(1.0);
    available_sizes(content, state, kind)
        .into_iter()
        .min_by(|&a, &b| {
            let d = |i: usize| (sizes[i].capacity.max(1) as f64 / gap).ln().abs();
            d(a).total_cmp(&d(b))
        })
        .map(|i| i as u8)
}

/// Sellers' orders expected in the holiday peak, for planning open warehouses.
pub fn peak_seller_orders(content: &Content, state: &GameState) -> f64 {
    let m = &content.market;
    let peak = m.season.iter().copied().fold(1.0, f64::max);
    state.company.sellers
        * m.marketplace.orders_per_seller
        * peak
        * (1.0 + expected_growth(state)).powf(0.5)
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
