//! What keys do on the politics screen: explain a row, price and queue a bid, withdraw it.

use super::state::{Item, bid_pct, items, queued_bid, topic};
use crate::content::Content;
use crate::sim::Action;
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};

/// A command on the politics screen.
pub fn on_cmd(content: &Content, g: &Game, cmd: Cmd) -> UiAction {
    let item = items(&g.state).get(g.row()).copied();
    match (cmd, item) {
        (Cmd::Up, _) => UiAction::Select(-1),
        (Cmd::Down, _) => UiAction::Select(1),
        (Cmd::Left, Some(Item::Tender(_))) => UiAction::Adjust(-1),
        (Cmd::Right, Some(Item::Tender(_))) => UiAction::Adjust(1),
        (Cmd::Confirm, Some(Item::Tender(i))) => {
            bid_action(content, g, i).map_or(UiAction::None, UiAction::Queue)
        }
        (Cmd::Confirm | Cmd::Explain, Some(it)) => {
            topic(it).map_or(UiAction::None, |t| UiAction::Open(Overlay::Explain(t)))
        }
        (Cmd::Cancel, Some(Item::Tender(i))) => {
            queued_bid(g, i).map_or(UiAction::None, |(at, _)| UiAction::Cancel(at..at + 1))
        }
        _ => UiAction::None,
    }
}

/// The bid the politics screen would queue for an open tender (by its position).
pub fn bid_action(content: &Content, g: &Game, tender: usize) -> Option<Action> {
    let o = g.state.politics.tenders.get(tender)?;
    Some(Action::Bid {
        tender: o.id.clone(),
        price_pct: bid_pct(content, g),
    })
}
