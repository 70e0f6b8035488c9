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

/// What renting `cu` of hosting costs a quarter.
pub fn hosting_cost(content: &Content, cu: u64) -> Money {
    Money::from_f64(cu as f64 * content.facilities.hosting_cost_per_cu / 1000.0)
}

/// What cloud customers can sign up for: open data centres' room beyond own load last quarter.
pub fn cloud_room(state: &GameState) -> u64 {
    state
        .facilities
        .iter()
        .filter(|f| f.open && f.kind == FacilityKind::DataCentre)
        .map(|f| f.last.capacity.saturating_sub(f.last.own))
        .sum()
}

/// Chance this quarter that a data centre has an outage.
pub fn outage_chance(content: &Content, state: &GameState, i: usize) -> f64 {
    let Some(f) = state.facilities.get(i) else {
        return 0.0;
    };
    let d = &content.facilities.data_centre;
    let redundancy = (1.0 - d.redundancy.effect_per_level * f64::from(f.upgrades)).max(0.0);
    let excellence = 1.0 - content.market.excellence.outage_cut * state.company.excellence / 100.0;
    let strain = d.strain_chance * ((f.last.utilisation() - d.strain_from).max(0.0) * 100.0);
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
    let mut full_total = 0u64;
    for i in 0..n {
        if state.facilities[i].kind != FacilityKind::DataCentre {
            continue;
        }
        let full = super::fulfilment::capacity(content, state, i);
        if full == 0 {
            continue;
        }
        full_total += full;
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

    // Money: cloud revenue, power and upkeep are booked with the other facilities.
    let cloud = &content.market.cloud;
    // Customers pay one price, the capacity-weighted price of your open data centres: a cheap
    // server room cannot lure them in for dear halls to bill.
    let price = world::your_cloud_price(content, state).unwrap_or(0.0);
    state.company.cloud.price_cents = price;
    let cloud_served: u64 = out_used.iter().sum();
    let revenue = cloud_served as f64 * price / 100.0 * cloud.hours_per_cu;
    for (i, f) in state.facilities.iter_mut().enumerate() {
        if f.kind != FacilityKind::DataCentre {
            continue;
        }
        f.last = FacilityUse {
            capacity: cap[i],
            own: own_used[i],
            outsiders: out_used[i],
            outsider_demand: cloud_part[i],
            outage: outage[i],
        };
    }
    books.cloud_revenue += Money::from_f64(revenue / 1000.0);
    books.hosting += hosting_cost(content, state.company.hosting_cu);
    let report = ComputeReport {
        own_load: load,
        own_served: served,
        hosting: state.company.hosting_cu,
        data_centres: dc_cap,
        cloud_demand,
        cloud_served,
        outages: outage.iter().filter(|o| **o).count() as u32,
        outage_share: if full_total == 0 {
            0.0
        } else {
            1.0 - dc_cap as f64 / full_total as f64
        },
        cloud_share: 0.0,
        cloud_market: state.cloud_market.size_cu as u64,
    };
    (report, unserved_share)
}

/// Your pull on cloud customers, by part.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CloudPull {
    /// Your price against the going (reference) price.
    pub price: f64,
    /// Breadth of services.
    pub breadth: f64,
    /// Reliability record.
    pub reliability: f64,
    /// Regions covered beyond the first.
    pub regions: f64,
}

impl CloudPull {
    /// All parts.
    pub fn total(&self) -> f64 {
        self.price + self.breadth + self.reliability + self.regions
    }
}

/// Your pull on cloud customers, from price, breadth, reliability and regions covered.
pub fn cloud_pull(content: &Content, state: &GameState) -> Option<f64> {
    cloud_pull_parts(content, state).map(|p| p.total())
}

/// [`cloud_pull`] by part, while a data centre is open.
pub fn cloud_pull_parts(content: &Content, state: &GameState) -> Option<CloudPull> {
    let price = world::your_cloud_price(content, state)?;
    let reference = world::reference_price(content, state.quarter);
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
    Some(CloudPull {
        price: -c.price_sensitivity * (price.max(0.01) / reference).log2(),
        breadth: c.breadth * (1.0 + book.breadth).ln(),
        reliability: c.reliability * (book.reliability - c.reliability_neutral),
        regions: c.regions * (regions.len().saturating_sub(1)) as f64,
    })
}

/// Share of your cloud customers above their target who leave this quarter: a base rate that
/// lock-in lowers the longer you have been open, more when you are dearer than the cheapest
/// rival or less reliable.
pub fn leave_rate(content: &Content, state: &GameState) -> f64 {
    let c = &content.market.cloud;
    let book = &state.company.cloud;
    let Some(price) = world::your_cloud_price(content, state) else {
        return 1.0;
    };
    let cheapest = state
        .rivals
        .iter()
        .filter(|r| r.cloud_opened.is_some())
        .map(|r| r.cloud_price_cents)
        .fold(world::reference_price(content, state.quarter), f64::min)
        .max(0.01);
    let lock = c.lock_in * (f64::from(book.quarters_open) / c.lock_in_quarters).min(1.0);
    let dearer = (price / cheapest).log2().max(0.0);
    let unreliable = (c.reliability_expected - book.reliability).max(0.0) / 10.0;
    (c.lose_rate * (1.0 - lock) + c.price_churn * dearer + c.reliability_churn * unreliable)
        .clamp(0.0, 1.0)
}

/// Moves every provider's customers after a quarter's service: companies choose between
/// their own premises and each open provider; yours come and go at their own pace.
pub fn update_cloud_book(
    content: &Content,
    state: &mut GameState,
    report: &mut ComputeReport,
    strength: f64,
    notes: &mut Vec<Note>,
) {
    let c = &content.market.cloud;
    let you = cloud_pull(content, state);
    let rival_pulls: Vec<Option<f64>> = (0..state.rivals.len())
        .map(|i| world::rival_cloud_pull(content, state, i, strength))
        .collect();
    let any_open = you.is_some() || rival_pulls.iter().any(Option::is_some);
    world::open_cloud_market(state, any_open, notes);
    if state.cloud_market.opened.is_none() {
        report.cloud_share = 0.0;
        return;
    }
    let need = world::compute_need(content, state);
    let on_premises = world::on_premises_pull(content, state);
    let top = rival_pulls
        .iter()
        .flatten()
        .chain(you.iter())
        .copied()
        .fold(on_premises, f64::max);
    let denom = (on_premises - top).exp()
        + rival_pulls
            .iter()
            .flatten()
            .chain(you.iter())
            .map(|p| (p - top).exp())
            .sum::<f64>();
    let target = |p: f64| need * (p - top).exp() / denom;
    for (p, r) in rival_pulls.iter().zip(state.rivals.iter_mut()) {
        let t = p.map_or(0.0, target);
        let rate = if t > r.cloud_cu {
            c.win_rate
        } else {
            c.lose_rate
        };
        r.cloud_cu = (r.cloud_cu + rate * (t - r.cloud_cu)).max(0.0);
    }
    let leave = leave_rate(content, state);
    let unserved = if report.cloud_demand == 0 {
        0.0
    } else {
        (report.cloud_demand - report.cloud_served) as f64 / report.cloud_demand as f64
    };
    if unserved > 0.01 {
        notes.push(Note::CloudBreached { share: unserved });
    }
    let budget = state.company.services_budget.as_f64() / 1000.0;
    let room = cloud_room(state);
    let book = &mut state.company.cloud;
    let t = you.map_or(0.0, target);
    book.wanted_cu = t;
    if t > book.demand_cu {
        let reach = t.min(room as f64 * 1.1);
        book.demand_cu += c.win_rate * (reach - book.demand_cu).max(0.0);
    } else {
        book.demand_cu += leave * (t - book.demand_cu);
    }
    book.demand_cu *= 1.0 - (c.breach_churn * unserved).clamp(0.0, 1.0);
    book.demand_cu = book.demand_cu.max(0.0);
    if you.is_some() {
        book.quarters_open += 1;
        book.breadth += c.breadth_per_quarter + c.breadth_per_investment * budget.max(0.0).sqrt();
    }
    // Reliability recovers slowly and falls with the share of capacity customers felt go down.
    let felt = unserved
        + if you.is_some() {
            report.outage_share
        } else {
            0.0
        };
    book.reliability = (book.reliability
        + c.reliability_recovery * (c.reliability_ceiling - book.reliability)
        - 100.0 * felt)
        .clamp(0.0, 100.0);
    let mine = book.demand_cu;
    let my_price = book.price_cents;
    let size = mine + state.rivals.iter().map(|r| r.cloud_cu).sum::<f64>();
    let paid = mine * my_price
        + state
            .rivals
            .iter()
            .map(|r| r.cloud_cu * r.cloud_price_cents)
            .sum::<f64>();
    let m = &mut state.cloud_market;
    m.need_cu = need;
    m.size_cu = size;
    m.average_price_cents = if size > 0.0 { paid / size } else { 0.0 };
    report.cloud_share = if size > 0.0 { mine / size } else { 0.0 };
    report.cloud_market = size as u64;
}
