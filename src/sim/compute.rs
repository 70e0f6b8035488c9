//! Compute: the store's own load, outages, and cloud customers.

use super::capacity::split;
use super::money::Money;
use super::report::{Books, ComputeReport, Note};
use super::state::{FacilityUse, GameState};
use super::world;
use crate::content::{Content, FacilityKind};
use rand::RngExt;

/// The store's compute load for a number of orders (CU).
pub fn own_load(content: &Content, orders: u64) -> u64 {
    let c = &content.market.compute;
    (c.base_cu + c.cu_per_k_orders * orders as f64 / 1000.0).max(0.0) as u64
}

/// Chance this quarter that a data centre has an outage.
pub fn outage_chance(content: &Content, state: &GameState, i: usize) -> f64 {
    let Some(f) = state.facilities.get(i) else {
        return 0.0;
    };
    let d = &content.facilities.data_centre;
    let redundancy = (1.0 - d.redundancy.effect_per_level * f64::from(f.upgrades)).max(0.0);
    let excellence = 1.0 - content.market.excellence.outage_cut * state.company.excellence / 100.0;
    let strain = d.strain_chance * ((f.last.utilisation() - 0.9).max(0.0) * 100.0);
    ((d.outage_chance + strain) * redundancy * excellence).clamp(0.0, 1.0)
}

/// Serves own load and cloud customers; returns the report and the share of own load unserved.
pub fn serve(
    content: &Content,
    state: &mut GameState,
    orders: u64,
    books: &mut Books,
    notes: &mut Vec<Note>,
) -> (ComputeReport, f64) {
    let load = own_load(content, orders);
    let n = state.facilities.len();
    let mut cap = vec![0u64; n];
    let mut outage = vec![false; n];
    let severity = content.facilities.data_centre.outage_severity;
    for i in 0..n {
        if state.facilities[i].kind != FacilityKind::DataCentre {
            continue;
        }
        let full = super::fulfilment::capacity(content, state, i);
        if full == 0 {
            continue;
        }
        let p = outage_chance(content, state, i);
        // Every operating data centre draws, so the generator advances the same way whatever the odds.
        let roll: f64 = state.rng.random();
        if roll < p {
            outage[i] = true;
            notes.push(Note::Outage(state.facilities[i].id));
            cap[i] = (full as f64 * (1.0 - severity)) as u64;
        } else {
            cap[i] = full;
        }
    }
    let any_open = state
        .facilities
        .iter()
        .enumerate()
        .any(|(i, f)| f.open && cap[i] > 0 && f.kind == FacilityKind::DataCentre);
    let cloud_demand = if any_open {
        state.company.cloud.demand_cu.max(0.0) as u64
    } else {
        0
    };

    // Cloud demand goes to open data centres by unreserved capacity.
    let mut weight = vec![0u64; n];
    for (i, f) in state.facilities.iter().enumerate() {
        if f.open && f.kind == FacilityKind::DataCentre {
            weight[i] = cap[i] * u64::from(100 - f.reservation_pct.min(100)) + cap[i];
        }
    }
    let total_weight: u64 = weight.iter().sum();
    let mut cloud_part = vec![0u64; n];
    if total_weight > 0 {
        for i in 0..n {
            cloud_part[i] =
                ((cloud_demand as u128 * weight[i] as u128) / total_weight as u128) as u64;
        }
    }
    // Own load: hosting first, then data centres by capacity, then any idle capacity left.
    let hosted = load.min(state.company.hosting_cu);
    let dc_load = load - hosted;
    let dc_cap: u64 = cap.iter().sum();
    let mut own_used = vec![0u64; n];
    let mut out_used = vec![0u64; n];
    let mut served = hosted;
    for i in 0..n {
        if cap[i] == 0 || dc_cap == 0 {
            continue;
        }
        let f = &state.facilities[i];
        let d = ((dc_load as u128 * cap[i] as u128) / dc_cap as u128) as u64;
        let res = if f.open { f.reservation_pct } else { 100 };
        let s = split(cap[i], res, d, cloud_part[i]);
        own_used[i] = s.own;
        out_used[i] = s.outsiders;
        served += s.own;
    }
    for i in 0..n {
        if served >= load {
            break;
        }
        let idle = cap[i].saturating_sub(own_used[i] + out_used[i]);
        let take = idle.min(load - served);
        own_used[i] += take;
        served += take;
    }
    let unserved_share = if load == 0 {
        0.0
    } else {
        (load - served) as f64 / load as f64
    };
    if unserved_share > 0.0 {
        notes.push(Note::Overload { unserved_share });
    }

    // Money: cloud revenue, power and upkeep are booked with the other facilities.
    let cloud = &content.market.cloud;
    let mut revenue = 0.0;
    for (i, f) in state.facilities.iter_mut().enumerate() {
        if f.kind != FacilityKind::DataCentre {
            continue;
        }
        revenue += out_used[i] as f64 * f64::from(f.cloud_price_cents) / 100.0 * cloud.hours_per_cu;
        f.last = FacilityUse {
            capacity: cap[i],
            own: own_used[i],
            outsiders: out_used[i],
            outsider_demand: cloud_part[i],
            outage: outage[i],
        };
    }
    books.cloud_revenue += Money::from_f64(revenue / 1000.0);
    books.hosting += Money::from_f64(
        state.company.hosting_cu as f64 * content.facilities.hosting_cost_per_cu / 1000.0,
    );
    let cloud_served: u64 = out_used.iter().sum();
    let report = ComputeReport {
        own_load: load,
        own_served: served,
        hosting: state.company.hosting_cu,
        data_centres: dc_cap,
        cloud_demand,
        cloud_served,
        outages: outage.iter().filter(|o| **o).count() as u32,
        cloud_share: 0.0,
        cloud_market: state.cloud_market.size_cu as u64,
    };
    (report, unserved_share)
}

/// Your pull on cloud customers, from price, breadth, reliability and regions covered.
pub fn cloud_pull(content: &Content, state: &GameState) -> Option<f64> {
    let price = world::open_cloud_price(state)?;
    let c = &content.market.cloud;
    let book = &state.company.cloud;
    let mut regions: Vec<u8> = state
        .facilities
        .iter()
        .filter(|f| f.open && f.kind == FacilityKind::DataCentre && f.is_operating())
        .map(|f| f.region.0)
        .collect();
    regions.sort_unstable();
    regions.dedup();
    Some(
        -c.price_sensitivity * (price / c.reference_price_cents).log2()
            + c.breadth * (1.0 + book.breadth).ln()
            + c.reliability * (book.reliability - 90.0)
            + c.regions * (regions.len().saturating_sub(1)) as f64,
    )
}

/// Moves the cloud book towards your share of the market, after a quarter's service.
pub fn update_cloud_book(
    content: &Content,
    state: &mut GameState,
    report: &mut ComputeReport,
    strength: f64,
    notes: &mut Vec<Note>,
) {
    let c = &content.market.cloud;
    let you = cloud_pull(content, state);
    let mut denom = 0.0;
    let rival_pulls: Vec<Option<f64>> = (0..state.rivals.len())
        .map(|i| world::rival_cloud_pull(content, state, i, strength))
        .collect();
    for p in rival_pulls.iter().flatten() {
        denom += p.exp();
    }
    if let Some(y) = you {
        denom += y.exp();
    }
    let size = state.cloud_market.size_cu;
    let share = match you {
        Some(y) if denom > 0.0 => y.exp() / denom,
        _ => 0.0,
    };
    for (i, p) in rival_pulls.iter().enumerate() {
        if let (Some(p), Some(r)) = (p, state.rivals.get_mut(i)) {
            r.cloud_cu = size * p.exp() / denom.max(f64::MIN_POSITIVE);
        }
    }
    let book = &mut state.company.cloud;
    let target = size * share;
    let rate = if target > book.demand_cu {
        c.win_rate
    } else {
        c.lose_rate
    };
    book.demand_cu += rate * (target - book.demand_cu);
    let unserved = if report.cloud_demand == 0 {
        0.0
    } else {
        (report.cloud_demand - report.cloud_served) as f64 / report.cloud_demand as f64
    };
    if unserved > 0.01 {
        notes.push(Note::CloudBreached { share: unserved });
    }
    book.demand_cu *= 1.0 - (c.breach_churn * unserved).clamp(0.0, 1.0);
    book.demand_cu = book.demand_cu.max(0.0);
    if you.is_some() {
        book.quarters_open += 1;
        book.breadth += c.breadth_per_quarter;
    }
    // Reliability recovers slowly and falls with every outage customers feel.
    let felt = unserved
        + if report.outages > 0 && you.is_some() {
            0.05 * f64::from(report.outages)
        } else {
            0.0
        };
    book.reliability =
        (book.reliability + 0.15 * (99.0 - book.reliability) - 100.0 * felt).clamp(0.0, 100.0);
    report.cloud_share = share;
}
