//! The world outside the company: the macro cycle, the rivals and the cloud market.

use super::calendar::Quarter;
use super::report::Note;
use super::state::GameState;
use crate::content::Content;
use crate::content::market::MacroPhase;

/// The phase of the economy a quarter falls in, if any.
pub fn macro_phase(content: &Content, q: Quarter) -> Option<&MacroPhase> {
    content.market.macro_cycle.iter().find(|p| {
        let from = Quarter::new(p.from.0, p.from.1);
        let to = Quarter::new(p.to.0, p.to.1);
        from <= q && q <= to
    })
}

/// The rivals' pull on shoppers at a quarter, given how hard the player discounts.
pub fn update_rivals(
    content: &Content,
    state: &mut GameState,
    your_price_pull: f64,
    strength: f64,
    notes: &mut Vec<Note>,
) {
    let year = state.quarter.as_year();
    let your_cloud_revenue = state
        .last_report
        .as_ref()
        .map_or(0.0, |r| r.books.cloud_revenue.as_f64());
    let your_price = open_cloud_price(state);
    let cloud_live = state.cloud_market.opened.is_some();
    for (i, def) in content.rivals.iter().enumerate() {
        let drawn = state.world.rival_strength.get(i).copied().unwrap_or(1.0);
        let ln_strength = (strength * drawn).max(0.01).ln();
        let Some(rival) = state.rivals.get_mut(i) else {
            continue;
        };
        if let Some(r) = &def.retail {
            if year >= r.online_from {
                let grown = (r.utility_start + r.utility_growth * (year - r.online_from))
                    .min(r.utility_max);
                // Rivals match a discounter: their pull rises with yours.
                let matched = r.price_match * your_price_pull.max(0.0);
                rival.retail_pull = grown + matched + ln_strength;
                rival.last_move = if matched > 0.0 {
                    format!("matching your discounts (+{matched:.2} pull)")
                } else {
                    "growing its online store".to_string()
                };
            } else {
                rival.retail_pull = f64::NEG_INFINITY;
                rival.last_move = "sells offline only".to_string();
            }
        }
        if let Some(c) = &def.cloud {
            let early =
                your_cloud_revenue >= c.opens_if_your_cloud_revenue && year >= c.opens_in - 3.0;
            if rival.cloud_opened.is_none() && (year >= c.opens_in || early) {
                rival.cloud_opened = Some(state.quarter);
                rival.cloud_price_cents = c.price_cents;
                notes.push(Note::RivalCloud(i));
            }
            if rival.cloud_opened.is_some()
                && let Some(yours) = your_price
                && yours < rival.cloud_price_cents
                && cloud_live
            {
                rival.cloud_price_cents = (yours * (1.0 - c.undercut)).max(c.price_floor_cents);
                rival.last_move = format!(
                    "cuts cloud prices to {:.1}¢ per CU-hour",
                    rival.cloud_price_cents
                );
            }
        }
    }
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
    let pull = (def.utility_start + def.utility_growth * years).min(def.utility_max)
        - cloud.price_sensitivity * (rival.cloud_price_cents / cloud.reference_price_cents).log2()
        + (strength * state.world.rival_strength.get(i).copied().unwrap_or(1.0))
            .max(0.01)
            .ln();
    Some(pull)
}

/// The lowest price among your open data centres, if any is open.
pub fn open_cloud_price(state: &GameState) -> Option<f64> {
    state
        .facilities
        .iter()
        .filter(|f| {
            f.open && f.kind == crate::content::FacilityKind::DataCentre && f.is_operating()
        })
        .map(|f| f64::from(f.cloud_price_cents))
        .reduce(f64::min)
}

/// The cloud market grows once any provider is open.
pub fn grow_cloud_market(
    content: &Content,
    state: &mut GameState,
    you_open: bool,
    notes: &mut Vec<Note>,
) {
    let any_rival = state.rivals.iter().any(|r| r.cloud_opened.is_some());
    if !(you_open || any_rival) && state.cloud_market.opened.is_none() {
        return;
    }
    let c = &content.market.cloud;
    if state.cloud_market.opened.is_none() {
        state.cloud_market.opened = Some(state.quarter);
        state.cloud_market.size_cu = c.seed_cu;
        notes.push(Note::CloudMarketOpened);
        return;
    }
    let years = (state.quarter.as_year() - 2000.0).max(0.0);
    let potential =
        c.potential_cu * state.world.cloud_potential * (1.0 + c.potential_growth).powf(years);
    let m = &mut state.cloud_market;
    m.size_cu += c.ramp * (potential - m.size_cu);
    m.size_cu = m.size_cu.max(0.0);
}
