//! Testing conditions against the game: a snapshot of the stats, then a cheap walk of the tree.

use crate::content::Content;
use crate::content::deck::compile::{Compiled, Guard};
use crate::content::deck::{Cond, Stat};
use crate::sim::calendar::Quarter;
use crate::sim::state::GameState;
use strum::EnumCount;

/// Every stat's value this quarter, indexed by [`Stat::index`].
pub type Stats = [f64; Stat::COUNT];

/// The stats as they stand, computed once per quarter so conditions only index an array.
pub fn snapshot(state: &GameState) -> Stats {
    let c = &state.company;
    let last = state.history.last();
    let count = |f: &dyn Fn(&crate::sim::Facility) -> bool| {
        state.facilities.iter().filter(|x| f(x)).count() as f64
    };
    let mut s = [0.0; Stat::COUNT];
    for stat in Stat::ALL {
        s[stat.index()] = match stat {
            Stat::Reputation => c.reputation,
            Stat::Excellence => c.excellence,
            Stat::Patience => c.patience,
            Stat::Brand => c.brand,
            Stat::Sellers => c.sellers,
            Stat::CloudDemand => c.cloud.demand_cu,
            Stat::Catalogue => c.catalogue,
            Stat::Cash => c.cash.as_f64(),
            Stat::Debt => c.debt().as_f64(),
            Stat::Revenue => last.map_or(0.0, |h| h.total_revenue().as_f64()),
            Stat::RevenueGrowth => state.revenue_growth(),
            Stat::Valuation => state.valuation().as_f64(),
            Stat::MarketShare => last.map_or(0.0, |h| h.market_share),
            Stat::Visibility => state.politics.visibility,
            Stat::Warehouses => count(&|f| f.kind == crate::content::FacilityKind::Warehouse),
            Stat::DataCentres => count(&|f| f.kind == crate::content::FacilityKind::DataCentre),
            Stat::OpenWarehouses => {
                count(&|f| f.kind == crate::content::FacilityKind::Warehouse && f.open)
            }
            Stat::OpenDataCentres => {
                count(&|f| f.kind == crate::content::FacilityKind::DataCentre && f.open)
            }
            Stat::RivalClouds => state
                .rivals
                .iter()
                .filter(|r| r.cloud_opened.is_some())
                .count() as f64,
            Stat::Lawsuits => state.politics.lawsuits.len() as f64,
            Stat::Contracts => state.politics.contracts.len() as f64,
            Stat::FounderStake => c.founder_stake(),
            Stat::Public => f64::from(u8::from(c.public)),
            Stat::Year => f64::from(state.quarter.year),
            Stat::Outages => state
                .last_report
                .as_ref()
                .map_or(0.0, |r| f64::from(r.compute.outages)),
            Stat::TaxShare => tax_share(state),
        };
    }
    s
}

/// Income tax over the last eight quarters as a share of their revenue.
fn tax_share(state: &GameState) -> f64 {
    let recent = &state.history[state.history.len().saturating_sub(8)..];
    let revenue: f64 = recent.iter().map(|h| h.total_revenue().as_f64()).sum();
    if recent.len() < 4 || revenue <= 0.0 {
        return 0.0;
    }
    recent.iter().map(|h| h.tax.as_f64()).sum::<f64>() / revenue
}

/// One writable stat's current value.
pub fn snapshot_one(state: &GameState, stat: Stat) -> f64 {
    let c = &state.company;
    match stat {
        Stat::Reputation => c.reputation,
        Stat::Excellence => c.excellence,
        Stat::Patience => c.patience,
        Stat::Brand => c.brand,
        Stat::Sellers => c.sellers,
        Stat::CloudDemand => c.cloud.demand_cu,
        Stat::Catalogue => c.catalogue,
        _ => snapshot(state)[stat.index()],
    }
}

fn q((y, n): (u16, u8)) -> Quarter {
    Quarter::new(y, n)
}

/// True if the condition holds. `roll` gives a uniform number in [0, 1) for `Chance`.
pub fn holds(
    content: &Content,
    state: &GameState,
    stats: &Stats,
    c: &Cond,
    roll: &mut dyn FnMut() -> f64,
) -> bool {
    let now = state.quarter;
    match c {
        Cond::Always => true,
        Cond::Date { from, to } => q(*from) <= now && now <= q(*to),
        Cond::From(at) => q(*at) <= now,
        Cond::Until(at) => now <= q(*at),
        Cond::Quarter(n) => now.q == *n,
        Cond::Above(s, v) => stats[s.index()] > *v,
        Cond::Below(s, v) => stats[s.index()] < *v,
        Cond::Flag(f) => state.company.flags.contains(f),
        Cond::AttitudeAbove(s, v) => state.politics.attitude(*s) > *v,
        Cond::AttitudeBelow(s, v) => state.politics.attitude(*s) < *v,
        Cond::Administration(d) => state.politics.disposition == *d,
        Cond::Facilities {
            kind,
            region,
            open,
            operating,
            min,
        } => {
            let region = match region {
                Some(r) => match content.region_index(r) {
                    Some(i) => Some(i),
                    None => return false,
                },
                None => None,
            };
            let n = state
                .facilities
                .iter()
                .filter(|f| kind.is_none_or(|k| f.kind == k))
                .filter(|f| region.is_none_or(|r| usize::from(f.region.0) == r))
                .filter(|f| !*open || f.open)
                .filter(|f| !*operating || f.is_operating())
                .count();
            n >= *min as usize
        }
        Cond::Lawsuit(id) => state.politics.lawsuits.iter().any(|l| &l.id == id),
        Cond::Project(id) => state.company.projects.iter().any(|r| &r.id == id),
        Cond::TenderOpen(id) => state.politics.tenders.iter().any(|t| &t.id == id),
        Cond::Contract(id) => state.politics.contracts.iter().any(|t| &t.tender == id),
        Cond::RivalCloud(id) => content
            .rivals
            .iter()
            .position(|r| &r.id == id)
            .and_then(|i| state.rivals.get(i))
            .is_some_and(|r| r.cloud_opened.is_some()),
        Cond::Chance(p) => roll() < *p,
        Cond::All(list) => list.iter().all(|c| holds(content, state, stats, c, roll)),
        Cond::Any(list) => list.iter().any(|c| holds(content, state, stats, c, roll)),
        Cond::Not(inner) => !holds(content, state, stats, inner, roll),
    }
}

/// What a compiled condition is tested against: the stats, the flags by bit, the quarter.
pub struct Ctx<'a> {
    /// The stats.
    pub stats: &'a Stats,
    /// Flags set, by the deck's bit positions.
    pub flags: &'a [bool],
    /// The quarter's running index.
    pub now: i32,
}

/// True if a compiled condition holds: the director's fast path.
pub fn holds_compiled<R: FnMut() -> f64>(
    state: &GameState,
    ctx: &Ctx<'_>,
    c: &Compiled,
    roll: &mut R,
) -> bool {
    match c {
        Compiled::True => true,
        Compiled::False => false,
        Compiled::Window(a, b) => *a <= ctx.now && ctx.now <= *b,
        Compiled::Quarter(n) => state.quarter.q == *n,
        Compiled::Above(i, v) => ctx.stats.get(*i).is_some_and(|x| x > v),
        Compiled::Below(i, v) => ctx.stats.get(*i).is_some_and(|x| x < v),
        Compiled::Flag(i) => ctx.flags.get(*i).copied().unwrap_or(false),
        Compiled::AttitudeAbove(i, v) => state.politics.attitudes.get(*i).is_some_and(|x| x > v),
        Compiled::AttitudeBelow(i, v) => state.politics.attitudes.get(*i).is_some_and(|x| x < v),
        Compiled::Administration(d) => state.politics.disposition == *d,
        Compiled::Facilities {
            kind,
            region,
            open,
            operating,
            min,
        } => {
            let n = state
                .facilities
                .iter()
                .filter(|f| kind.is_none_or(|k| f.kind == k))
                .filter(|f| region.is_none_or(|r| f.region.0 == r))
                .filter(|f| !*open || f.open)
                .filter(|f| !*operating || f.is_operating())
                .count();
            n >= *min as usize
        }
        Compiled::Lawsuit(id) => state.politics.lawsuits.iter().any(|l| &l.id == id),
        Compiled::Project(id) => state.company.projects.iter().any(|r| &r.id == id),
        Compiled::TenderOpen(id) => state.politics.tenders.iter().any(|t| &t.id == id),
        Compiled::Contract(id) => state.politics.contracts.iter().any(|t| &t.tender == id),
        Compiled::RivalCloud(i) => state
            .rivals
            .get(*i)
            .is_some_and(|r| r.cloud_opened.is_some()),
        Compiled::Chance(p) => roll() < *p,
        Compiled::All(list) => list.iter().all(|c| holds_compiled(state, ctx, c, roll)),
        Compiled::Any(list) => list.iter().any(|c| holds_compiled(state, ctx, c, roll)),
        Compiled::Not(inner) => !holds_compiled(state, ctx, inner, roll),
    }
}

/// True if a guard (see [`crate::content::deck::compile::split`]) holds; it draws nothing.
pub fn guard_holds(state: &GameState, ctx: &Ctx<'_>, g: Guard) -> bool {
    match g {
        Guard::None => true,
        Guard::Quarter(n) => state.quarter.q == n,
        Guard::Above(i, v) => ctx.stats.get(i).is_some_and(|x| *x > v),
        Guard::Below(i, v) => ctx.stats.get(i).is_some_and(|x| *x < v),
        Guard::Flag(i) => ctx.flags.get(i).copied().unwrap_or(false),
    }
}
