//! Forecasts of the coming holiday peak: what orders, load and outsiders' demand will want, and
//! what capacity will be there to meet them. The bots plan with these; the front end shows them
//! to the player before a build, and in the capacity planner.

use super::calendar::Quarter;
use super::compute;
use super::state::{FacilityStatus, GameState};
use crate::content::{Content, FacilityKind};

/// Growth expected per year, from recent revenue growth, kept within reason.
pub fn expected_growth(state: &GameState) -> f64 {
    state.revenue_growth().clamp(0.1, 0.8)
}

/// The largest seasonal factor: demand in the holiday quarter against a plain one.
fn peak_factor(content: &Content) -> f64 {
    content.market.season.iter().copied().fold(1.0, f64::max)
}

/// Orders a region will want in its holiday peak `ahead` quarters from now, at the bots' expected
/// growth.
pub fn peak_orders(content: &Content, state: &GameState, region: usize, ahead: i32) -> f64 {
    peak_orders_at(content, state, region, ahead, expected_growth(state))
}

/// Orders a region will want in the holiday peak `ahead` quarters from now, as the planner
/// sees it: at [`planner_growth`], counted from the quarter last reported.
fn planner_peak_orders(content: &Content, state: &GameState, region: usize, ahead: i32) -> f64 {
    peak_orders_at(content, state, region, ahead + 1, planner_growth(state))
}

/// Growth the planner expects per year: the orders' own growth over the last year when that is
/// faster than revenue's, so a young store's steep climb is not planned for as a gentle one.
fn planner_growth(state: &GameState) -> f64 {
    let orders = |back: usize| {
        state
            .history
            .iter()
            .rev()
            .skip(back)
            .take(4)
            .map(|h| h.orders as f64)
            .sum::<f64>()
    };
    let (now, before) = (orders(0), orders(4));
    let by_orders = if before > 0.0 {
        now / before - 1.0
    } else {
        0.0
    };
    expected_growth(state).max(by_orders.clamp(0.0, 3.0))
}

/// [`peak_orders`] at a given yearly growth.
fn peak_orders_at(
    content: &Content,
    state: &GameState,
    region: usize,
    ahead: i32,
    growth: f64,
) -> f64 {
    let Some(report) = &state.last_report else {
        return 0.0;
    };
    let Some(line) = report.regions.get(region) else {
        return 0.0;
    };
    let Some(q) = report.quarter else { return 0.0 };
    let season = &content.market.season;
    let base = (line.orders + line.lost_to_outage) as f64 / season[usize::from(q.q - 1)];
    base * peak_factor(content) * (1.0 + growth).powf(f64::from(ahead) / 4.0)
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
            f.is_operating() || f.is_pending() || matches!(f.status, FacilityStatus::Damaged { .. })
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

/// Sellers' orders expected in the holiday peak, for planning open warehouses.
pub fn peak_seller_orders(content: &Content, state: &GameState) -> f64 {
    let m = &content.market;
    state.company.sellers
        * m.marketplace.orders_per_seller
        * peak_factor(content)
        * (1.0 + expected_growth(state)).powf(0.5)
}

/// The sizes of `kind` on offer this year, as indices into the size list, smallest first.
pub fn available_sizes(content: &Content, state: &GameState, kind: FacilityKind) -> Vec<usize> {
    let sizes = content.sizes(kind);
    (0..sizes.len())
        .filter(|&i| sizes[i].available_from <= state.quarter.year)
        .collect()
}

/// The size to build for a capacity gap: the smallest size on offer that covers it, else the
/// largest on offer. A player's suggestion is this.
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

/// The next holiday quarter at or after the quarter being planned, and how many quarters away.
pub fn next_peak(content: &Content, now: Quarter) -> (Quarter, i32) {
    let season = &content.market.season;
    let peak = season
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(4, |(i, _)| i as i32 + 1);
    let ahead = (peak - i32::from(now.q)).rem_euclid(4);
    (now.plus(ahead), ahead)
}

/// One region's coming holiday peak against the capacity that will be there.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RegionPeak {
    /// The region, by index.
    pub region: usize,
    /// Own orders expected in the peak.
    pub own_orders: u64,
    /// Sellers' orders expected at the region's open warehouses.
    pub seller_orders: u64,
    /// Warehouse capacity operating now.
    pub operating: u64,
    /// Warehouse capacity being built that will serve by the peak.
    pub building_in_time: u64,
    /// Warehouse capacity being built that will be late for the peak.
    pub building_late: u64,
    /// Of the capacity that will serve, what is kept for own orders first (all of a closed
    /// warehouse, the reservation of an open one).
    pub reserved: u64,
    /// Own orders beyond what the region's warehouses take that neighbours' spare capacity will
    /// ship (more slowly than from the region itself).
    pub from_neighbours: u64,
}

impl RegionPeak {
    /// Orders wanted in the peak, own and sellers'.
    pub fn wanted(&self) -> u64 {
        self.own_orders + self.seller_orders
    }

    /// Capacity that will serve in the peak.
    pub fn ready(&self) -> u64 {
        self.operating + self.building_in_time
    }

    /// Own and sellers' orders the region's warehouses take, split as the quarter splits
    /// them: each side first up to its part, then what the other leaves.
    pub fn served(&self) -> (u64, u64) {
        let ready = self.ready();
        let reserved = self.reserved.min(ready);
        let own_first = self.own_orders.min(reserved);
        let out_first = self.seller_orders.min(ready - reserved);
        let mut left = ready - own_first - out_first;
        let own_more = (self.own_orders - own_first).min(left);
        left -= own_more;
        let out_more = (self.seller_orders - out_first).min(left);
        (own_first + own_more, out_first + out_more)
    }

    /// Own orders the region's warehouses will not take (0 when there is room).
    pub fn gap(&self) -> u64 {
        self.own_orders - self.served().0
    }

    /// Own orders no warehouse will take in the peak, neighbours' spare capacity counted.
    pub fn short(&self) -> u64 {
        self.gap().saturating_sub(self.from_neighbours)
    }

    /// Sellers' orders the region's open warehouses will turn away.
    pub fn sellers_short(&self) -> u64 {
        self.seller_orders - self.served().1
    }

    /// Capacity left idle after both sides are served, which neighbours may use.
    pub fn idle(&self) -> u64 {
        let (own, out) = self.served();
        self.ready() - own - out
    }
}

/// Company-wide compute in the coming holiday peak.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ComputePeak {
    /// Own load expected in the peak (CU).
    pub own_load: u64,
    /// Cloud customers' load now, if they all stay (CU).
    pub cloud_load: u64,
    /// What customers would rent at your price and standing if you had the room (CU).
    pub cloud_wanted: u64,
    /// Cloud customers' load expected in the peak: those now, and the part of those wanting
    /// in who sign up by then (CU).
    pub cloud_peak: u64,
    /// Data-centre capacity operating now (CU).
    pub operating: u64,
    /// Capacity being built that will serve by the peak (CU).
    pub building_in_time: u64,
    /// Capacity being built that will be late for the peak (CU).
    pub building_late: u64,
    /// Hosting rented now (CU).
    pub hosting: u64,
}

impl ComputePeak {
    /// Load wanted in the peak: own, and cloud customers' (those who will have signed up by
    /// then included).
    pub fn wanted(&self) -> u64 {
        self.own_load + self.cloud_peak
    }

    /// Capacity that will serve in the peak, rented hosting included.
    pub fn ready(&self) -> u64 {
        self.operating + self.building_in_time + self.hosting
    }

    /// Capacity missing in the peak (0 when there is enough).
    pub fn gap(&self) -> u64 {
        self.wanted().saturating_sub(self.ready())
    }
}

/// The coming holiday peak: when, each region's warehouses, and the company's compute.
#[derive(Clone, Debug, PartialEq)]
pub struct Peak {
    /// The holiday quarter planned for.
    pub quarter: Quarter,
    /// Quarters until it.
    pub ahead: i32,
    /// Each region, in the data's order.
    pub regions: Vec<RegionPeak>,
    /// Compute, company-wide.
    pub compute: ComputePeak,
}

impl Peak {
    /// Sellers' orders in the peak, all regions, and how many the open warehouses turn away.
    pub fn sellers(&self) -> (u64, u64) {
        self.regions.iter().fold((0, 0), |(w, s), r| {
            (w + r.seller_orders, s + r.sellers_short())
        })
    }
}

/// Capacity of a kind, split into operating now, being built in time for `by`, and late for it.
fn capacity_by(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    region: Option<usize>,
    by: Quarter,
) -> (u64, u64, u64) {
    let mut out = (0, 0, 0);
    // Finished projects make every warehouse hold more, as the quarter's books count it.
    let more = match kind {
        FacilityKind::Warehouse => super::projects::effects(content, state).warehouse_capacity,
        FacilityKind::DataCentre => 1.0,
    };
    for f in state
        .facilities
        .iter()
        .filter(|f| f.kind == kind && region.is_none_or(|r| usize::from(f.region.0) == r))
    {
        let cap = content
            .sizes(kind)
            .get(usize::from(f.size))
            .map_or(0, |s| (s.capacity as f64 * more) as u64);
        match f.status {
            FacilityStatus::Operating | FacilityStatus::Damaged { .. } => out.0 += cap,
            FacilityStatus::Building { ready } | FacilityStatus::Reactivating { ready } => {
                if ready <= by {
                    out.1 += cap;
                } else {
                    out.2 += cap;
                }
            }
            FacilityStatus::Mothballed => {}
        }
    }
    out
}

/// True when the facility will be working by `quarter`: working now (or damaged, back by
/// then), or being built or restarted in time; never when mothballed.
fn serves_by(f: &crate::sim::state::Facility, quarter: Quarter) -> bool {
    match f.status {
        FacilityStatus::Building { ready } | FacilityStatus::Reactivating { ready } => {
            ready <= quarter
        }
        FacilityStatus::Mothballed => false,
        _ => true,
    }
}

/// The coming holiday peak as the company stands now (queued builds count once queued).
pub fn peak(content: &Content, state: &GameState) -> Peak {
    let (quarter, ahead) = next_peak(content, state.quarter);
    // One pass over the warehouses working by then: each region's weight for sellers' orders
    // (open halls by their unreserved capacity, as the quarter shares them) and what it keeps
    // for own orders (a closed hall wholly, an open one its reservation).
    let more = super::projects::effects(content, state).warehouse_capacity;
    let n = content.regions.len();
    let (mut weights, mut reserved) = (vec![0u64; n], vec![0u64; n]);
    for f in state
        .facilities
        .iter()
        .filter(|f| f.kind == FacilityKind::Warehouse && serves_by(f, quarter))
    {
        let Some(size) = content.sizes(f.kind).get(usize::from(f.size)) else {
            continue;
        };
        let r = usize::from(f.region.0);
        let pct = if f.open {
            f.reservation_pct.min(100)
        } else {
            100
        };
        if f.open
            && let Some(w) = weights.get_mut(r)
        {
            *w += size.capacity * u64::from(100 - pct) + size.capacity;
        }
        if let Some(k) = reserved.get_mut(r) {
            *k += (size.capacity as f64 * more) as u64 * u64::from(pct) / 100;
        }
    }
    let total_weight: u64 = weights.iter().sum();
    let sellers = state.company.sellers
        * content.market.marketplace.orders_per_seller
        * peak_factor(content)
        * (1.0 + planner_growth(state)).powf(f64::from(ahead + 1) / 4.0);
    let mut regions: Vec<RegionPeak> = (0..n)
        .map(|r| {
            let (operating, building_in_time, building_late) =
                capacity_by(content, state, FacilityKind::Warehouse, Some(r), quarter);
            let seller_orders = if total_weight > 0 {
                (sellers * weights[r] as f64 / total_weight as f64) as u64
            } else {
                0
            };
            RegionPeak {
                region: r,
                own_orders: planner_peak_orders(content, state, r, ahead) as u64,
                seller_orders,
                operating,
                building_in_time,
                building_late,
                reserved: reserved[r],
                from_neighbours: 0,
            }
        })
        .collect();
    // A neighbour's warehouses ship what they leave idle, as the quarter's fulfilment does.
    let mut spare: Vec<u64> = regions.iter().map(RegionPeak::idle).collect();
    for (r, line) in regions.iter_mut().enumerate() {
        let mut need = line.gap();
        for &n in content.neighbours.get(r).into_iter().flatten() {
            let take = need.min(spare.get(n).copied().unwrap_or(0));
            if let Some(x) = spare.get_mut(n) {
                *x -= take;
            }
            need -= take;
            line.from_neighbours += take;
        }
    }
    let (operating, building_in_time, building_late) =
        capacity_by(content, state, FacilityKind::DataCentre, None, quarter);
    let book = &state.company.cloud;
    let compute = ComputePeak {
        own_load: compute::own_load(
            content,
            (0..content.regions.len())
                .map(|r| planner_peak_orders(content, state, r, ahead))
                .sum::<f64>() as u64,
        ),
        cloud_load: book.demand_cu.max(0.0) as u64,
        cloud_wanted: book.wanted_cu.max(book.demand_cu).max(0.0) as u64,
        cloud_peak: cloud_by_peak(content, state, ahead) as u64,
        operating,
        building_in_time,
        building_late,
        hosting: state.company.hosting_cu,
    };
    Peak {
        quarter,
        ahead,
        regions,
        compute,
    }
}

/// Cloud customers' load by the peak `ahead` quarters on: those wanting in sign up a share
/// of the way each quarter, as the quarter's rules let them (leavers are not counted: a
/// shrinking book still wants its room until it goes).
fn cloud_by_peak(content: &Content, state: &GameState, ahead: i32) -> f64 {
    let book = &state.company.cloud;
    let now = book.demand_cu.max(0.0);
    let want = book.wanted_cu.max(now);
    let win = content.market.cloud.win_rate.clamp(0.0, 1.0);
    now + (want - now) * (1.0 - (1.0 - win).powi(ahead + 1))
}

/// What the planner suggests building for the coming holiday peak.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion {
    /// Warehouse or data centre.
    pub kind: FacilityKind,
    /// Where.
    pub region: usize,
    /// Which size.
    pub size: u8,
    /// The gap it is for (orders or CU).
    pub gap: u64,
    /// True when it would be ready in time for the peak.
    pub in_time: bool,
}

/// Why the planner suggests no build for a type and region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoBuild {
    /// Nothing is missing.
    Enough,
    /// Neighbours' spare warehouses will ship what the region's own cannot.
    Neighbours,
    /// Under [`SMALL_GAP`] of what is wanted: not worth a building.
    Small,
    /// A build ordered now would be ready only after the game's last quarter.
    AfterEnd,
    /// A build ordered now would miss the peak, and what is being built already (after the
    /// peak too) covers the gap.
    Coming,
}

/// A gap smaller than this share of what is wanted gets no suggestion: a few late orders cost
/// less than a building's upkeep.
pub const SMALL_GAP: f64 = 0.02;

/// The build that best fills the gap at the coming holiday peak: for a warehouse, the orders
/// no warehouse will take in the region; for a data centre, the company's compute gap, built in
/// `region`. Why not, when there is nothing worth building.
pub fn suggest(
    content: &Content,
    state: &GameState,
    peak: &Peak,
    kind: FacilityKind,
    region: usize,
) -> Result<Suggestion, NoBuild> {
    let (gap, wanted, late) = match kind {
        FacilityKind::Warehouse => {
            let r = peak.regions.get(region).ok_or(NoBuild::Enough)?;
            if r.gap() > 0 && r.short() == 0 {
                return Err(NoBuild::Neighbours);
            }
            (r.short(), r.own_orders, r.building_late)
        }
        FacilityKind::DataCentre => (
            peak.compute.gap(),
            peak.compute.wanted(),
            peak.compute.building_late,
        ),
    };
    if gap == 0 {
        return Err(NoBuild::Enough);
    }
    if (gap as f64) < SMALL_GAP * wanted as f64 {
        return Err(NoBuild::Small);
    }
    let ready = state.quarter.plus(i32::from(content.lead_quarters(kind)));
    if ready > state.end {
        return Err(NoBuild::AfterEnd);
    }
    // Too late for this peak, a new build would join what is already coming after it.
    let in_time = ready <= peak.quarter;
    let gap = if in_time {
        gap
    } else {
        gap.saturating_sub(late)
    };
    if gap == 0 {
        return Err(NoBuild::Coming);
    }
    let size = size_for_gap(content, state, kind, gap as f64).ok_or(NoBuild::Enough)?;
    Ok(Suggestion {
        kind,
        region,
        size,
        gap,
        in_time,
    })
}

#[cfg(test)]
mod tests;
