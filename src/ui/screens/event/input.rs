//! What keys do on an event card: walk the choices, answer with one.

use crate::content::Content;
use crate::sim::Action;
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};

/// A command on the first waiting event card, with choice `sel` selected.
pub fn on_cmd(content: &Content, g: Option<&Game>, sel: usize, cmd: Cmd) -> UiAction {
    let Some(card) = g.and_then(|g| g.event_cards(content).into_iter().next()) else {
        return UiAction::CloseOverlay;
    };
    let n = card.choices.len();
    match cmd {
        Cmd::Up => UiAction::Open(Overlay::Event(sel.saturating_sub(1))),
        Cmd::Down => UiAction::Open(Overlay::Event((sel + 1).min(n.saturating_sub(1)))),
        Cmd::Confirm => card.choices.get(sel).map_or(UiAction::None, |c| {
            UiAction::Queue(Action::AnswerEvent {
                serial: card.serial,
                choice: c.index,
            })
        }),
        Cmd::Back => UiAction::CloseOverlay,
        _ => UiAction::None,
    }
}
