//! The world outside the company: the macro cycle, compute prices and the cloud market.

use super::calendar::Quarter;
use super::report::Note;
use super::state::GameState;
use crate::content::market::MacroPhase;
use crate::content::{Content, FacilityKind};

/// The phase of the economy a quarter falls in, if any.
pub fn macro_phase(content: &Content, q: Quarter) -> Option<&MacroPhase> {
    content.market.macro_cycle.iter().find(|p| {
        let from = Quarter::new(p.from.0, p.from.1);
        let to = Quarter::new(p.to.0, p.to.1);
        from <= q && q <= to
    })
}

/// The going price of a CU-hour in a quarter, in cents: it falls every year as servers get
/// cheaper. A provider charging it has no price pull.
pub fn reference_price(content: &Content, q: Quarter) -> f64 {
    let c = &content.market.cloud;
    c.reference_price_cents * (1.0 - c.price_decline).powf(q.as_year() - c.price_base_year)
}

/// What running a data centre costs in a quarter against the reference year (power and
/// upkeep fall with the price of servers; never above the reference year's).
pub fn compute_cost_index(content: &Content, q: Quarter) -> f64 {
    (reference_price(content, q) / content.market.cloud.reference_price_cents).min(1.0)
}

/// What your cloud customers pay per CU-hour, in cents: the prices of your open data
/// centres weighted by their capacity, capped where no customer would pay. `None` while
/// none is open.
pub fn your_cloud_price(content: &Content, state: &GameState) -> Option<f64> {
    let mut weight = 0.0;
    let mut sum = 0.0;
    for f in state
        .facilities
        .iter()
        .filter(|f| f.open && f.kind == FacilityKind::DataCentre && f.is_operating())
    {
        let cap = content
            .sizes(f.kind)
            .get(usize::from(f.size))
            .map_or(0, |s| s.capacity) as f64;
        weight += cap;
        sum += cap * f64::from(f.cloud_price_cents);
    }
    if weight <= 0.0 {
        return None;
    }
    let cap = content.market.cloud.price_cap * reference_price(content, state.quarter);
    Some((sum / weight).min(cap))
}

/// The rival's pull on cloud customers.
pub fn rival_cloud_pull(
    content: &Content,
    state: &GameState,
    i: usize,
    strength: f64,
) -> Option<f64> {
    let def = content.rivals.get(i)?.cloud.as_ref()?;
    let rival = state.rivals.get(i)?;
    let opened = rival.cloud_opened?;
    let years = f64::from(state.quarter.since(opened)) / 4.0;
    let cloud = &content.market.cloud;
    let reference = reference_price(content, state.quarter);
    let pull = (def.utility_start + def.utility_growth * years).min(def.utility_max)
        - cloud.price_sensitivity * (rival.cloud_price_cents.max(0.01) / reference).log2()
        + (strength * state.world.rival_strength.get(i).copied().unwrap_or(1.0))
            .max(0.01)
            .ln();
    Some(pull)
}

/// The pull of running servers on one's own premises: strong until renting has proved itself.
pub fn on_premises_pull(content: &Content, state: &GameState) -> f64 {
    let c = &content.market.cloud;
    let years = state
        .cloud_market
        .opened
        .map_or(0.0, |q| f64::from(state.quarter.since(q)) / 4.0);
    (c.on_premises_start - c.on_premises_decline * years).max(c.on_premises_floor)
}

/// All companies' compute need this quarter (CU), rented or not.
pub fn compute_need(content: &Content, state: &GameState) -> f64 {
    let c = &content.market.cloud;
    let years = state.quarter.as_year() - 2000.0;
    c.potential_cu * state.world.cloud_potential * (1.0 + c.potential_growth).powf(years)
}

/// The cloud market is born when the first provider opens.
pub fn open_cloud_market(state: &mut GameState, any_open: bool, notes: &mut Vec<Note>) {
    if any_open && state.cloud_market.opened.is_none() {
        state.cloud_market.opened = Some(state.quarter);
        notes.push(Note::CloudMarketOpened);
    }
}
