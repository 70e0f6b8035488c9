//! How bots answer events and bid for tenders: deterministic, and varied across seeds so
//! that many headless games walk every branch of the deck.

use crate::content::Content;
use crate::sim::events;
use crate::sim::politics::requirements_met;
use crate::sim::report::Books;
use crate::sim::{Action, GameState};

/// One answer per pending event: among the choices available, the one at
/// `(seed + serial) mod count`, so a given game always answers the same way.
pub fn answers(content: &Content, state: &GameState) -> Vec<Action> {
    let books = Books::default();
    state
        .events
        .pending
        .iter()
        .filter_map(|p| {
            let available = events::available_choices(content, state, p.serial, &books);
            if available.is_empty() {
                return None;
            }
            let k = state.seed.wrapping_add(u64::from(p.serial)) % available.len() as u64;
            Some(Action::AnswerEvent {
                serial: p.serial,
                choice: available[k as usize],
            })
        })
        .collect()
}

/// Bids at 85% of list price for open tenders the company meets at least half of.
pub fn bids(content: &Content, state: &GameState) -> Vec<Action> {
    state
        .politics
        .tenders
        .iter()
        .filter(|o| o.bid_pct.is_none())
        .filter_map(|o| {
            let t = content.deck.tender(&o.id)?;
            let met = requirements_met(content, state, t);
            let ok = met.iter().filter(|(_, m)| *m).count();
            (ok * 2 >= met.len()).then(|| Action::Bid {
                tender: o.id.clone(),
                price_pct: 85,
            })
        })
        .collect()
}
