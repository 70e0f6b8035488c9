//! The politics screen's rows and the bid being edited.

use crate::content::Content;
use crate::content::deck::Stakeholder;
use crate::sim::{Action, GameState};
use crate::ui::game::Game;
use crate::ui::model::Topic;

/// A selectable row of the politics screen, in the order ↑↓ walks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A stakeholder's attitude.
    Stakeholder(Stakeholder),
    /// The company's visibility.
    Visibility,
    /// An open tender, by its position in the state's list.
    Tender(usize),
    /// A running lawsuit, by its position in the state's list.
    Lawsuit(usize),
}

/// The selectable rows for a game as it stands.
pub fn items(state: &GameState) -> Vec<Item> {
    let mut v: Vec<Item> = Stakeholder::ALL
        .iter()
        .map(|w| Item::Stakeholder(*w))
        .collect();
    v.push(Item::Visibility);
    v.extend((0..state.politics.tenders.len()).map(Item::Tender));
    v.extend((0..state.politics.lawsuits.len()).map(Item::Lawsuit));
    v
}

/// The explanation a row opens, if it is a derived number.
pub fn topic(item: Item) -> Option<Topic> {
    match item {
        Item::Stakeholder(w) => Some(Topic::Attitude(w)),
        Item::Visibility => Some(Topic::Visibility),
        Item::Lawsuit(i) => Some(Topic::Lawsuit(i)),
        Item::Tender(_) => None,
    }
}

/// The bid queued this quarter for an open tender: its place in the queue and its price.
pub fn queued_bid(g: &Game, tender: usize) -> Option<(usize, u8)> {
    let id = &g.state.politics.tenders.get(tender)?.id;
    g.queue.iter().enumerate().find_map(|(i, a)| match a {
        Action::Bid { tender, price_pct } if tender == id => Some((i, *price_pct)),
        _ => None,
    })
}

/// The range a bid may take, in percent of the tender's list value (from the deck).
pub fn bid_range(content: &Content) -> (u8, u8) {
    let r = &content.deck.politics.tenders;
    (r.min_bid_pct.min(r.max_bid_pct), r.max_bid_pct)
}

/// The bid price being edited, within the deck's range.
pub fn bid_pct(content: &Content, g: &Game) -> u8 {
    let (lo, hi) = bid_range(content);
    g.bid_pct.clamp(lo, hi)
}

/// Steps of the bid price on the politics screen, in percentage points.
pub const BID_STEP: i32 = 5;

/// ←→ on a tender: the bid price moves by [`BID_STEP`] within the deck's range.
pub fn adjust_bid(content: &Content, g: &mut Game, d: i32) {
    let (lo, hi) = bid_range(content);
    let pct = (i32::from(bid_pct(content, g)) + BID_STEP * d).clamp(i32::from(lo), i32::from(hi));
    g.bid_pct = u8::try_from(pct).unwrap_or(hi);
}
