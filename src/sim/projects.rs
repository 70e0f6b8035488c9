//! What a company with cash can do beyond building: projects that change the business for
//! good once finished, and buying a rival's business in a region, subject to the regulators.
//!
//! Both are paid at the start and written off in the books over the years, like a building,
//! so their return shows against their cost in the lines they help.

pub use super::investments::{Deal, ProjectRun, WriteOff};

use super::calendar::Quarter;
use super::finance::afford;
use super::money::Money;
use super::rejection::Rejection;
use super::report::{Books, Note};
use super::retail;
use super::state::{GameState, RegionId};
use crate::content::deck::Stakeholder;
use crate::content::projects::{ProjectDef, ProjectEffect};
use crate::content::{Content, FacilityKind};
use rand::RngExt;

/// The combined effect of the finished projects.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Effects {
    /// Multiplier on delivery cost.
    pub shipping: f64,
    /// Multiplier on handling cost.
    pub handling: f64,
    /// Multiplier on warehouse capacity.
    pub warehouse_capacity: f64,
    /// Multiplier on data centres' running cost.
    pub compute_cost: f64,
}

/// The finished projects' effects in quarter `now`.
pub fn effects(content: &Content, state: &GameState) -> Effects {
    let mut e = Effects {
        shipping: 1.0,
        handling: 1.0,
        warehouse_capacity: 1.0,
        compute_cost: 1.0,
    };
    for run in &state.company.projects {
        if run.ready > state.quarter {
            continue;
        }
        let Some(def) = project(content, &run.id) else {
            continue;
        };
        match def.effect {
            ProjectEffect::Shipping(x) => e.shipping *= 1.0 - x,
            ProjectEffect::Handling(x) => e.handling *= 1.0 - x,
            ProjectEffect::WarehouseCapacity(x) => e.warehouse_capacity *= 1.0 + x,
            ProjectEffect::ComputeCost(x) => e.compute_cost *= 1.0 - x,
        }
    }
    e
}

/// A project's definition by id.
pub fn project<'a>(content: &'a Content, id: &str) -> Option<&'a ProjectDef> {
    content.projects.get(id)
}

/// What starting a project costs now.
pub fn cost(state: &GameState, def: &ProjectDef) -> Money {
    state.revenue_ttm().scale(def.cost_share).max(def.min_cost)
}

/// What a finished project would save in a year at last quarter's volumes, where that is a
/// sum of money (more warehouse room saves buildings instead).
pub fn yearly_return(content: &Content, state: &GameState, def: &ProjectDef) -> Option<Money> {
    let books = &state.last_report.as_ref()?.books;
    let quarter = match def.effect {
        ProjectEffect::Shipping(x) => books.shipping.as_f64() * x,
        ProjectEffect::Handling(x) => books.fulfilment.as_f64() * x,
        ProjectEffect::WarehouseCapacity(_) => return None,
        ProjectEffect::ComputeCost(x) => {
            let compute = crate::sim::world::compute_cost_index(content, state.quarter)
                * effects(content, state).compute_cost;
            let saving =
                1.0 - content.market.excellence.cost_saving * state.company.excellence / 100.0;
            state
                .facilities
                .iter()
                .filter(|f| f.kind == FacilityKind::DataCentre && f.is_operating())
                .filter_map(|f| super::upkeep::running_cost(content, f, compute))
                .sum::<f64>()
                * saving
                * x
        }
    };
    Some(Money::from_f64(quarter * 4.0))
}

/// Where a project stands for the company.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Not yet possible: the year it becomes possible.
    NotYet(u16),
    /// Can be started.
    Open,
    /// Started, working from this quarter.
    Building(Quarter),
    /// Finished.
    Done,
}

/// Where a project stands.
pub fn standing(state: &GameState, def: &ProjectDef) -> Standing {
    match state.company.projects.iter().find(|r| r.id == def.id) {
        Some(r) if r.ready > state.quarter => Standing::Building(r.ready),
        Some(_) => Standing::Done,
        None if state.quarter.year < def.available_from => Standing::NotYet(def.available_from),
        None => Standing::Open,
    }
}

/// Checks starting a project; the cost if it may start.
pub fn check_start(
    content: &Content,
    state: &GameState,
    id: &str,
    books: &Books,
) -> Result<Money, Rejection> {
    let def = project(content, id).ok_or_else(|| Rejection::Unknown("unknown project".into()))?;
    match standing(state, def) {
        Standing::NotYet(y) => Err(Rejection::NotYet(format!("possible from {y}"))),
        Standing::Building(q) => Err(Rejection::WrongState(format!("under way, ready {q}"))),
        Standing::Done => Err(Rejection::WrongState("already done".into())),
        Standing::Open => afford(content, state, books, cost(state, def)),
    }
}

/// Starts a project: pays for it now; it works from `lead_quarters` later.
pub fn start(content: &Content, state: &mut GameState, id: &str, books: &mut Books) {
    let Some(def) = project(content, id) else {
        return;
    };
    let price = cost(state, def);
    books.capex += price;
    let line = match def.effect {
        ProjectEffect::ComputeCost(_) => 2,
        _ => 0,
    };
    state.company.write_offs.push(WriteOff {
        name: def.name.clone(),
        cost: price,
        done: Money::ZERO,
        line,
    });
    state.company.projects.push(ProjectRun {
        id: def.id.clone(),
        ready: state.quarter.plus(i32::from(def.lead_quarters)),
    });
}

/// Starts a project that an event pays for: no cost here, the usual lead time; nothing if it
/// is started already. The first quarter it works, if it started.
pub fn start_given(content: &Content, state: &mut GameState, id: &str) -> Option<Quarter> {
    let def = project(content, id)?;
    if state.company.projects.iter().any(|r| r.id == def.id) {
        return None;
    }
    let ready = state.quarter.plus(i32::from(def.lead_quarters));
    state.company.projects.push(ProjectRun {
        id: def.id.clone(),
        ready,
    });
    Some(ready)
}

/// Online spending in a region over the last four quarters (this one included).
fn yearly_spending(content: &Content, state: &GameState, region: usize) -> f64 {
    (0..4)
        .map(|k| retail::spending(content, &state.world, region, state.quarter.plus(-k)))
        .sum()
}

/// What buying a rival's business in a region would bring, if it may be proposed now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Offer {
    /// The price.
    pub price: Money,
    /// Share of the region's customers that would come over.
    pub customers: f64,
    /// Their yearly spending.
    pub yearly_revenue: Money,
    /// Chance the regulators allow it.
    pub approval: f64,
    /// The quarter they decide, if proposed now.
    pub decided: Quarter,
}

/// The terms for buying `rival`'s business in `region` now.
pub fn offer(
    content: &Content,
    state: &GameState,
    rival: usize,
    region: usize,
) -> Result<Offer, Rejection> {
    let a = &content.projects.acquisitions;
    if state.quarter.year < a.available_from {
        return Err(Rejection::NotYet(format!(
            "acquisitions from {}",
            a.available_from
        )));
    }
    let def = content
        .rivals
        .get(rival)
        .ok_or_else(|| Rejection::Unknown("unknown rival".into()))?;
    let r = state
        .regions
        .get(region)
        .ok_or_else(|| Rejection::Unknown("unknown region".into()))?;
    let theirs = r.rival_shares.get(rival).copied().unwrap_or(0.0);
    if theirs < a.min_rival_share {
        return Err(Rejection::WrongState(format!(
            "{} has too little business there to buy",
            def.name
        )));
    }
    if state
        .company
        .deals
        .iter()
        .any(|d| usize::from(d.rival) == rival && usize::from(d.region.0) == region)
    {
        return Err(Rejection::WrongState(
            "that deal is already with the regulators".into(),
        ));
    }
    let customers = theirs * a.take;
    let yearly = yearly_spending(content, state, region) * customers;
    let after = r.share + customers;
    let attitude = state.politics.attitude(Stakeholder::Regulators);
    let (lo, hi) = a.approval_range;
    let approval = (a.approval_base + a.approval_per_attitude * attitude
        - a.approval_per_share * after)
        .clamp(lo, hi);
    Ok(Offer {
        price: Money::from_f64(yearly * a.price_per_revenue),
        customers,
        yearly_revenue: Money::from_f64(yearly),
        approval,
        decided: state.quarter.plus(i32::from(a.review_quarters)),
    })
}

/// Rivals' regional businesses big enough to buy, by rival and then region.
pub fn targets(content: &Content, state: &GameState) -> Vec<(usize, usize)> {
    let min = content.projects.acquisitions.min_rival_share;
    (0..content.rivals.len())
        .flat_map(|rival| {
            state.regions.iter().enumerate().filter_map(move |(i, r)| {
                (r.rival_shares.get(rival).copied().unwrap_or(0.0) >= min).then_some((rival, i))
            })
        })
        .collect()
}

/// Checks proposing to buy a rival's business; the price if it may go ahead.
pub fn check_acquire(
    content: &Content,
    state: &GameState,
    rival: usize,
    region: usize,
    books: &Books,
) -> Result<Money, Rejection> {
    let o = offer(content, state, rival, region)?;
    afford(content, state, books, o.price)
}

/// Proposes the deal: the price is paid now and the regulators decide later.
pub fn acquire(
    content: &Content,
    state: &mut GameState,
    rival: usize,
    region: usize,
    books: &mut Books,
) {
    let Ok(o) = offer(content, state, rival, region) else {
        return;
    };
    books.capex += o.price;
    state.company.deals.push(Deal {
        rival: u8::try_from(rival).unwrap_or(u8::MAX),
        region: RegionId(u8::try_from(region).unwrap_or(u8::MAX)),
        price: o.price,
        decided: o.decided,
    });
}

/// Resolve phase: projects that start working and deals the regulators decide.
pub fn progress(
    content: &Content,
    state: &mut GameState,
    books: &mut Books,
    notes: &mut Vec<Note>,
) {
    let now = state.quarter;
    for run in &state.company.projects {
        if run.ready == now {
            notes.push(Note::ProjectReady(run.id.clone()));
            if let Some(flag) = project(content, &run.id).and_then(|d| d.sets_flag.clone()) {
                state.company.flags.insert(flag);
            }
        }
    }
    let (due, waiting): (Vec<Deal>, Vec<Deal>) = std::mem::take(&mut state.company.deals)
        .into_iter()
        .partition(|d| d.decided <= now);
    state.company.deals = waiting;
    let a = &content.projects.acquisitions;
    for d in due {
        let (rival, region) = (usize::from(d.rival), usize::from(d.region.0));
        // The chance as it stands on the day, so attitudes moved meanwhile count.
        let theirs = state
            .regions
            .get(region)
            .and_then(|r| r.rival_shares.get(rival).copied())
            .unwrap_or(0.0);
        let mine = state.regions.get(region).map_or(0.0, |r| r.share);
        let attitude = state.politics.attitude(Stakeholder::Regulators);
        let (lo, hi) = a.approval_range;
        let chance = (a.approval_base + a.approval_per_attitude * attitude
            - a.approval_per_share * (mine + theirs * a.take))
            .clamp(lo, hi);
        let approved = state.rng.random::<f64>() < chance;
        if approved {
            if let Some(r) = state.regions.get_mut(region) {
                let moved = theirs * a.take;
                if let Some(s) = r.rival_shares.get_mut(rival) {
                    *s -= moved;
                }
                r.share += moved;
            }
            let name = content
                .rivals
                .get(rival)
                .map_or("a rival", |r| r.name.as_str());
            state.company.write_offs.push(WriteOff {
                name: format!("{name}'s business"),
                cost: d.price,
                done: Money::ZERO,
                line: 0,
            });
            state
                .politics
                .shift(Stakeholder::Regulators, a.regulators_shift);
        } else {
            let fee = d.price.scale(a.break_fee);
            books.asset_sales += d.price;
            books.other += fee;
        }
        notes.push(Note::DealDecided {
            rival,
            region: d.region,
            approved,
        });
    }
}

/// Books this quarter's part of what projects and acquisitions cost, by line.
pub fn write_off(content: &Content, state: &mut GameState, books: &mut Books) {
    let quarters = i64::from(content.projects.write_off_quarters.max(1));
    for w in &mut state.company.write_offs {
        let part = Money(w.cost.0 / quarters).min(w.cost - w.done).max_zero();
        w.done += part;
        books.depreciation += part;
        if w.line == 2 {
            books.line_costs[2] += part;
        }
    }
    state.company.write_offs.retain(|w| w.done < w.cost);
}

/// The news that a project works.
pub fn ready_text(content: &Content, id: &str) -> String {
    let name = project(content, id).map_or(id, |p| p.name.as_str());
    format!("{name} is finished and working")
}

/// The news of the regulators' decision on a deal.
pub fn deal_text(content: &Content, rival: usize, region: RegionId, approved: bool) -> String {
    let who = content
        .rivals
        .get(rival)
        .map_or("a rival", |r| r.name.as_str());
    let place = content
        .regions
        .get(usize::from(region.0))
        .map_or("?", |r| r.name.as_str());
    if approved {
        format!(
            "Regulators allow the purchase of {who}'s business in {place}: its customers are yours"
        )
    } else {
        format!(
            "Regulators block the purchase of {who}'s business in {place}: the price comes back, less fees"
        )
    }
}
