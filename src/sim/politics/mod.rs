//! Politics: stakeholders' attitudes, visibility, elections, tenders and lawsuits.
//!
//! The rules' numbers come from the deck's `politics` section ([`crate::content::deck::PoliticsRules`]).

pub mod lawsuits;
pub mod state;
pub mod summary;
mod tenders;
mod visibility;

pub use state::{Contract, Lawsuit, OpenTender, Outcome, PoliticsState};
pub use summary::{PoliticsSummary, summary};
pub use tenders::{check_bid, place_bid, requirements_met, your_score_parts};
pub use visibility::{Cause, Visibility, visibility};

use crate::content::deck::{Disposition, Lever, Stakeholder, Sway};
use crate::content::{Content, NEUTRAL_HOSTILITY};
use crate::sim::calendar::Quarter;
use crate::sim::report::{Books, Note};
use crate::sim::state::GameState;
use rand::RngExt;

/// What a tender announced now is worth against the deck's value: the cloud market's revenue
/// over the data's reference, never less than the deck's value.
pub fn tender_scale(content: &Content, state: &GameState) -> f64 {
    let c = &content.market.cloud;
    let m = &state.cloud_market;
    let revenue = m.size_cu * m.average_price_cents / 100.0 * c.hours_per_cu / 1000.0;
    (revenue / c.tender_reference_revenue.max(1.0)).max(1.0)
}

/// Sets up politics for a new game: starting attitudes and the sitting administration.
pub fn init(content: &Content, state: &mut GameState) {
    let rules = &content.deck.politics;
    for s in &rules.stakeholders {
        state.politics.attitudes[s.who.index()] = s.start.clamp(-100.0, 100.0);
    }
    state.politics.disposition = draw_disposition(content, state);
}

fn draw_disposition(content: &Content, state: &mut GameState) -> Disposition {
    let e = &content.deck.politics.elections;
    let hostility = content.hostility(&state.difficulty);
    let (f, n, h) = e.weights;
    let h = (h + e.hostility_shift * (hostility - NEUTRAL_HOSTILITY) * 2.0).max(0.0);
    let total = f.max(0.0) + n.max(0.0) + h;
    let x = state.rng.random::<f64>() * total;
    if x < f {
        Disposition::Friendly
    } else if x < f + n {
        Disposition::Neutral
    } else {
        Disposition::Hostile
    }
}

/// Resolve phase: contract revenue, legal costs and temporary modifiers on the books.
pub fn book(state: &mut GameState, books: &mut Books) {
    let now = state.quarter;
    for c in &state.politics.contracts {
        if c.until >= now {
            books.contract_revenue += c.per_quarter;
        }
    }
    state.politics.contracts.retain(|c| c.until > now);
    for l in &state.politics.lawsuits {
        books.other += l.cost_per_quarter;
    }
    crate::sim::events::book_modifiers(state, books);
}

/// World phase: visibility, attitudes drift, elections, tender awards, verdicts.
pub fn world(content: &Content, state: &mut GameState, notes: &mut Vec<Note>) {
    let rules = &content.deck.politics;
    if rules.stakeholders.is_empty() {
        return;
    }
    let now = state.quarter;
    state.politics.visibility = visibility(content, state).total;
    let vis = state.politics.visibility;
    let e = &rules.elections;
    let admin_rest = match state.politics.disposition {
        Disposition::Friendly => e.attitude.0,
        Disposition::Neutral => e.attitude.1,
        Disposition::Hostile => e.attitude.2,
    };
    for s in &rules.stakeholders {
        let base = if s.who == Stakeholder::Administration {
            admin_rest
        } else {
            s.rest
        };
        let rest = base - vis * s.visibility_pressure;
        let a = state.politics.attitude(s.who);
        state.politics.shift(s.who, s.drift * (rest - a));
    }
    if e.every_years > 0 && now.q == e.quarter && now.year % e.every_years == e.year_remainder {
        let d = draw_disposition(content, state);
        state.politics.disposition = d;
        state.politics.last_election = Some(now);
        let att = match d {
            Disposition::Friendly => e.attitude.0,
            Disposition::Neutral => e.attitude.1,
            Disposition::Hostile => e.attitude.2,
        };
        state.politics.attitudes[Stakeholder::Administration.index()] = att.clamp(-100.0, 100.0);
        let text = format!("Election: a {} administration takes office", d.name());
        state.politics.record(now, text.clone());
        state.push_news(text);
        notes.push(Note::Election(d));
    }
    tenders::award(content, state, notes);
    lawsuits::verdicts(content, state, notes);
}

/// The stakeholders' combined hold on `lever` now: a multiplier on its cost, or on its reach
/// for marketing (1.0 when nobody sways it).
pub fn sway(content: &Content, state: &GameState, lever: Lever) -> f64 {
    let mut m = 1.0;
    for s in &content.deck.politics.stakeholders {
        let a = state.politics.attitude(s.who);
        for w in s.sway.iter().filter(|w| w.lever == lever) {
            m *= sway_of(w, a);
        }
    }
    m
}

/// One sway's multiplier at attitude `a` (−100 to 100).
pub fn sway_of(w: &Sway, a: f64) -> f64 {
    let a = a / 100.0;
    let m = if w.lever.is_cost() {
        1.0 - w.share * a
    } else {
        1.0 + w.share * a
    };
    m.max(0.0)
}

/// The quarter of the next election at or after `from`.
pub fn next_election(content: &Content, from: Quarter) -> Option<Quarter> {
    let e = &content.deck.politics.elections;
    if e.every_years == 0 {
        return None;
    }
    (0..(i32::from(e.every_years) * 4 + 4))
        .map(|k| from.plus(k))
        .find(|q| q.q == e.quarter && q.year % e.every_years == e.year_remainder)
}
