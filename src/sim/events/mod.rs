//! The event engine at run time: the director's draw, the player's answers, and the
//! defaults taken when nobody answers. Deck data lives in [`crate::content::deck`].

pub mod cond;
mod director;
mod effects;
pub mod forced;
pub mod state;
pub mod view;

pub use director::{MAX_PENDING, MAX_SCHEDULED, draw};
pub use forced::{ForceError, ForcedEvent, force};
pub use state::{EventRecord, EventsState, Origin, PendingEvent};
pub use view::{ChoiceView, EventCard, pending_cards};

use crate::content::Content;
use crate::content::deck::ChoiceDef;
use crate::sim::finance;
use crate::sim::money::Money;
use crate::sim::rejection::Rejection;
use crate::sim::report::Books;
use crate::sim::state::GameState;

/// Why a choice cannot be taken now, if it cannot.
pub fn unavailable(
    content: &Content,
    state: &GameState,
    choice: &ChoiceDef,
    books: &Books,
) -> Option<String> {
    // Most choices have no condition: skip the stat snapshot for them.
    let always = matches!(choice.when, crate::content::deck::Cond::Always);
    // Choice conditions hold no chances (validation refuses them), so no draw is needed.
    let mut no_roll = || 0.0;
    if !always
        && !cond::holds(
            content,
            state,
            &cond::snapshot(state),
            &choice.when,
            &mut no_roll,
        )
    {
        return Some(format!(
            "requires {}",
            crate::content::deck::describe::condition(content, &choice.when)
        ));
    }
    let cost = effects::sure_cost(state, &choice.effects);
    if cost > Money::ZERO {
        let available = finance::spendable(content, state, books);
        if cost > available {
            return Some(format!(
                "costs {cost}, only {} available",
                available.max_zero()
            ));
        }
    }
    None
}

/// Checks an answer without changing anything; returns its sure cash cost.
pub fn check_answer(
    content: &Content,
    state: &GameState,
    serial: u32,
    choice: u8,
    books: &Books,
) -> Result<Money, Rejection> {
    let p = state
        .events
        .pending
        .iter()
        .find(|p| p.serial == serial)
        .ok_or_else(|| Rejection::Unknown("no such pending event".into()))?;
    let e = content
        .deck
        .event(&p.id)
        .ok_or_else(|| Rejection::Unknown(format!("event {} is not in the deck", p.id)))?;
    let c = e
        .choices
        .get(usize::from(choice))
        .ok_or_else(|| Rejection::Unknown("no such choice".into()))?;
    if let Some(why) = unavailable(content, state, c, books) {
        return Err(Rejection::NotYet(why));
    }
    Ok(effects::sure_cost(state, &c.effects))
}

/// Carries out an answer (after [`check_answer`]).
pub fn answer(
    content: &Content,
    state: &mut GameState,
    serial: u32,
    choice: u8,
    books: &mut Books,
) {
    let Some(pos) = state.events.pending.iter().position(|p| p.serial == serial) else {
        return;
    };
    let p = state.events.pending.remove(pos);
    take(content, state, &p, choice, books, false);
}

fn take(
    content: &Content,
    state: &mut GameState,
    p: &PendingEvent,
    choice: u8,
    books: &mut Books,
    by_default: bool,
) {
    let Some(e) = content.deck.event(&p.id) else {
        return;
    };
    let Some(c) = e.choices.get(usize::from(choice)) else {
        return;
    };
    if let Some(r) = state
        .events
        .log
        .iter_mut()
        .rev()
        .find(|r| r.serial == p.serial)
    {
        r.choice = Some(choice);
        r.by_default = by_default;
    }
    effects::apply(content, state, books, p, &c.effects, 0);
}

/// The Plan phase's end: events left unanswered take their first available choice.
/// Returns each event settled so, with the choice taken.
pub fn settle_unanswered(
    content: &Content,
    state: &mut GameState,
    books: &mut Books,
) -> Vec<(PendingEvent, u8)> {
    let pending = std::mem::take(&mut state.events.pending);
    let mut settled = Vec::with_capacity(pending.len());
    for p in pending {
        let Some(e) = content.deck.event(&p.id) else {
            continue;
        };
        let pick = e
            .choices
            .iter()
            .position(|c| unavailable(content, state, c, books).is_none())
            .unwrap_or(0) as u8;
        take(content, state, &p, pick, books, true);
        settled.push((p, pick));
    }
    settled
}

/// A pending event's title and one of its choices, in the player's words.
pub fn answer_words(
    content: &Content,
    state: &GameState,
    p: &PendingEvent,
    choice: u8,
) -> Option<(String, String)> {
    let e = content.deck.event(&p.id)?;
    let c = e.choices.get(usize::from(choice))?;
    Some((
        view::render(content, state, &e.title, p),
        view::render(content, state, &c.label, p),
    ))
}

/// Indices of the choices that can be taken now for a pending event.
pub fn available_choices(
    content: &Content,
    state: &GameState,
    serial: u32,
    books: &Books,
) -> Vec<u8> {
    let Some(p) = state.events.pending.iter().find(|p| p.serial == serial) else {
        return Vec::new();
    };
    let Some(e) = content.deck.event(&p.id) else {
        return Vec::new();
    };
    e.choices
        .iter()
        .enumerate()
        .filter(|(_, c)| unavailable(content, state, c, books).is_none())
        .map(|(i, _)| i as u8)
        .collect()
}

/// Books the temporary modifiers on this quarter's lines and drops the expired ones.
pub fn book_modifiers(state: &mut GameState, books: &mut Books) {
    use crate::content::deck::Flow;
    if state.events.modifiers.is_empty() {
        return;
    }
    let now = state.quarter;
    for m in &state.events.modifiers {
        if m.from > now || m.until < now {
            continue;
        }
        let k = m.pct / 100.0;
        match m.on {
            Flow::RetailRevenue => books.retail_revenue += books.retail_revenue.scale(k),
            Flow::MarketplaceRevenue => {
                books.marketplace_revenue += books.marketplace_revenue.scale(k)
            }
            Flow::CloudRevenue => books.cloud_revenue += books.cloud_revenue.scale(k),
            Flow::ShippingCost => books.shipping += books.shipping.scale(k),
            Flow::FulfilmentCost => books.fulfilment += books.fulfilment.scale(k),
            Flow::Upkeep => books.upkeep += books.upkeep.scale(k),
            Flow::Overhead => books.overhead += books.overhead.scale(k),
        }
    }
    state.events.modifiers.retain(|m| m.until > now);
}
