//! What keys do on the dashboard.

use super::state::topic;
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};

/// A command on the dashboard (and the report, which shares its rows).
pub fn on_cmd(g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::Explain => {
            topic(g, g.row()).map_or(UiAction::None, |t| UiAction::Open(Overlay::Explain(t)))
        }
        _ => UiAction::None,
    }
}
