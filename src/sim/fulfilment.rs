//! Getting orders to customers: own region, neighbouring region, drop-ship, or late.

use super::capacity::split;
use super::report::{Books, MarketplaceReport, Note, RegionReport};
use super::state::{Facility, FacilityUse, GameState};
use crate::content::deck::Lever;
use crate::content::{Content, FacilityKind};

/// Capacity of an operating facility this quarter.
pub fn capacity(content: &Content, state: &GameState, i: usize) -> u64 {
    let Some(f) = state.facilities.get(i) else {
        return 0;
    };
    if f.kind == FacilityKind::Warehouse {
        let more = super::projects::effects(content, state).warehouse_capacity;
        capacity_with(content, f, more)
    } else {
        capacity_with(content, f, 1.0)
    }
}

/// [`capacity`] given what the projects add to a warehouse's (worked out once a quarter).
fn capacity_with(content: &Content, f: &Facility, warehouse_more: f64) -> u64 {
    if !f.is_operating() {
        return 0;
    }
    let base = content
        .sizes(f.kind)
        .get(usize::from(f.size))
        .map_or(0, |s| s.capacity);
    match f.kind {
        FacilityKind::Warehouse => (base as f64 * warehouse_more) as u64,
        FacilityKind::DataCentre => base,
    }
}

/// What the company's excellence, projects and labour's mood leave of the cost of handling an
/// order (1 = the data's cost).
pub fn handling_saving(content: &Content, state: &GameState) -> f64 {
    let saving = 1.0 - content.market.excellence.cost_saving * state.company.excellence / 100.0;
    let projects = super::projects::effects(content, state);
    // Labour's mood moves what a pick costs.
    saving * projects.handling * super::politics::sway(content, state, Lever::Handling)
}

/// What handling one order costs at a warehouse, in dollars, given [`handling_saving`].
pub fn handling_per_order(content: &Content, f: &Facility, saving: f64) -> f64 {
    let w = &content.facilities.warehouse;
    let labour = content
        .regions
        .get(usize::from(f.region.0))
        .map_or(1.0, |r| r.labour_index);
    let automation = 1.0 - w.automation.effect_per_level * f64::from(f.upgrades);
    w.cost_per_order * labour * automation.max(0.0) * saving
}

/// Notes each region whose warehouses ran full while own or sellers' orders still waited: the
/// reservation decided who.
fn squeezes(
    state: &GameState,
    regions: &[RegionReport],
    cap: &[u64],
    seller_part: &[u64],
    out_used: &[u64],
    notes: &mut Vec<Note>,
) {
    // Per region: capacity, sellers' orders wanted and served, capacity × reservation.
    let mut by_region = vec![(0u64, 0u64, 0u64, 0u128); regions.len()];
    for (i, f) in state.facilities.iter().enumerate() {
        let Some(t) = by_region.get_mut(usize::from(f.region.0)) else {
            continue;
        };
        if cap[i] == 0 {
            continue;
        }
        let pct = if f.open {
            f.reservation_pct.min(100)
        } else {
            100
        };
        t.0 += cap[i];
        t.1 += seller_part[i];
        t.2 += out_used[i];
        t.3 += u128::from(cap[i]) * u128::from(pct);
    }
    for (r, (line, &(capacity, sellers_wanted, sellers_served, reserved))) in
        regions.iter().zip(&by_region).enumerate()
    {
        let waiting = line.orders.saturating_sub(line.fast) + (sellers_wanted - sellers_served);
        // A squeeze is full warehouses with orders of either kind left over, beyond a sliver.
        if capacity == 0
            || waiting * 100 <= capacity
            || line.fast + sellers_served < capacity * 99 / 100
        {
            continue;
        }
        notes.push(Note::Squeeze {
            region: crate::sim::RegionId(r as u8),
            capacity,
            own_wanted: line.orders,
            own_served: line.fast,
            sellers_wanted,
            sellers_served,
            reserved_pct: u8::try_from(reserved / u128::from(capacity)).unwrap_or(100),
        });
    }
}

/// Serves the regions' orders and the sellers' orders from the warehouses; books handling and
/// shipping costs and the sellers' fees.
pub fn serve(
    content: &Content,
    state: &mut GameState,
    regions: &mut [RegionReport],
    books: &mut Books,
    notes: &mut Vec<Note>,
) -> MarketplaceReport {
    let m = &content.market;
    let season = m.season[usize::from(state.quarter.q - 1)];
    let seller_demand =
        (state.company.sellers * m.marketplace.orders_per_seller * season).max(0.0) as u64;

    // Each warehouse's capacity and its part of the sellers' orders (by unreserved capacity).
    let n = state.facilities.len();
    let mut cap = vec![0u64; n];
    let mut seller_part = vec![0u64; n];
    let mut weight = vec![0u64; n];
    let more = super::projects::effects(content, state).warehouse_capacity;
    for (i, f) in state.facilities.iter().enumerate() {
        if f.kind != FacilityKind::Warehouse {
            continue;
        }
        cap[i] = capacity_with(content, f, more);
        if f.open {
            weight[i] = cap[i] * u64::from(100 - f.reservation_pct.min(100)) + cap[i];
        }
    }
    let total_weight: u64 = weight.iter().sum();
    if total_weight > 0 {
        for i in 0..n {
            seller_part[i] =
                ((seller_demand as u128 * weight[i] as u128) / total_weight as u128) as u64;
        }
    }

    // First pass: every region's orders go to warehouses in the region, by capacity.
    let mut own_used = vec![0u64; n];
    let mut out_used = vec![0u64; n];
    let mut regional_cap = vec![0u64; regions.len()];
    for (i, f) in state.facilities.iter().enumerate() {
        if let Some(c) = regional_cap.get_mut(usize::from(f.region.0)) {
            *c += cap[i];
        }
    }
    // One pass over the warehouses: each takes its region's orders in proportion to capacity.
    for (i, f) in state.facilities.iter().enumerate() {
        let r = usize::from(f.region.0);
        if cap[i] == 0 || r >= regions.len() {
            continue;
        }
        let d =
            ((regions[r].orders as u128 * cap[i] as u128) / regional_cap[r].max(1) as u128) as u64;
        let res = if f.open { f.reservation_pct } else { 100 };
        let s = split(cap[i], res, d, seller_part[i]);
        own_used[i] = s.own;
        out_used[i] = s.outsiders;
        regions[r].fast += s.own;
    }
    // Second pass: idle capacity ships to neighbouring regions that still wait, in the data's order.
    for (i, f) in state.facilities.iter().enumerate() {
        let home = usize::from(f.region.0);
        let mut idle = cap[i] - own_used[i] - out_used[i];
        if idle == 0 {
            continue;
        }
        for (r, report) in regions.iter_mut().enumerate() {
            if idle == 0 {
                break;
            }
            if !content.neighbours[r].contains(&home) {
                continue;
            }
            let take = idle.min(report.orders - report.fast - report.neighbour);
            own_used[i] += take;
            report.neighbour += take;
            idle -= take;
        }
    }
    squeezes(state, regions, &cap, &seller_part, &out_used, notes);
    // Third: suppliers drop-ship what they can; the rest is late.
    let years = state.quarter.as_year() - m.base_year;
    let ds_cap = (m.drop_ship.capacity_start as f64
        * (1.0 + m.drop_ship.capacity_growth).powf(years.max(0.0))) as u64;
    let remaining: u64 = regions
        .iter()
        .map(|r| r.orders - r.fast - r.neighbour)
        .sum();
    let ds_total = remaining.min(ds_cap);
    for report in regions.iter_mut() {
        let left = report.orders - report.fast - report.neighbour;
        let ds = if remaining == 0 {
            0
        } else {
            ((left as u128 * ds_total as u128) / remaining as u128) as u64
        };
        let ds_late = (ds as f64 * m.drop_ship.late_share) as u64;
        report.drop_shipped = ds;
        report.late = (left - ds) + ds_late;
        report.cancelled = (report.late as f64 * m.late_cancel_share) as u64;
    }

    // Costs and revenue.
    let saving = handling_saving(content, state);
    let projects = super::projects::effects(content, state);
    let mut handling = 0.0;
    // What sellers' orders cost to handle and ship: their line's direct costs.
    let mut sellers_cost = 0.0;
    let mut sellers_shipping = 0.0;
    for (i, f) in state.facilities.iter_mut().enumerate() {
        if f.kind != FacilityKind::Warehouse {
            continue;
        }
        let region = content.regions.get(usize::from(f.region.0));
        let per_order = handling_per_order(content, f, saving);
        handling += (own_used[i] + out_used[i]) as f64 * per_order;
        let ship = out_used[i] as f64
            * m.shipping_own_region
            * region.map_or(1.0, |r| r.shipping_index)
            * projects.shipping;
        sellers_shipping += ship;
        sellers_cost += out_used[i] as f64 * per_order + ship;
        f.last = FacilityUse {
            capacity: cap[i],
            own: own_used[i],
            outsiders: out_used[i],
            outsider_demand: seller_part[i],
            outage: false,
        };
    }
    let mut shipping = sellers_shipping;
    let mut drop_fees = 0.0;
    let mut delivered = 0u64;
    for (r, report) in regions.iter().enumerate() {
        let idx = content.regions.get(r).map_or(1.0, |d| d.shipping_index);
        // Your own network carries what leaves your warehouses; suppliers' parcels go their way.
        shipping += (report.fast as f64 * m.shipping_own_region
            + report.neighbour as f64 * m.shipping_neighbour)
            * idx
            * projects.shipping;
        // Late orders that are not cancelled reach the customer through suppliers in the end.
        let late_kept = report.late - report.cancelled;
        drop_fees += (report.drop_shipped + late_kept) as f64 * m.drop_ship.cost_per_order * idx;
        delivered += report.orders - report.cancelled;
    }
    let price = m
        .price_levels
        .get(usize::from(state.company.price_level))
        .map_or(1.0, |l| l.price_factor);
    let served_sellers: u64 = out_used.iter().sum();
    books.retail_revenue +=
        super::money::Money::from_f64(delivered as f64 * m.order_value * price / 1000.0);
    books.cost_of_goods += super::money::Money::from_f64(
        delivered as f64 * m.order_value * m.goods_cost_share / 1000.0,
    );
    books.fulfilment += super::money::Money::from_f64((handling + drop_fees) / 1000.0);
    books.shipping += super::money::Money::from_f64(shipping / 1000.0);
    books.marketplace_revenue += super::money::Money::from_f64(
        (served_sellers as f64 * m.marketplace.fee_per_order
            + state.company.sellers * m.marketplace.storage_fee)
            / 1000.0,
    );
    books.line_costs[1] += super::money::Money::from_f64(sellers_cost / 1000.0);
    MarketplaceReport {
        sellers: state.company.sellers.max(0.0) as u64,
        demand: seller_demand,
        served: served_sellers,
    }
}
