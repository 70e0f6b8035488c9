//! What keys do on the plan: walk the queue, cancel an action.

use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::UiAction;

/// A command on the plan.
pub fn on_cmd(g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::Cancel if g.row() < g.queue.len() => UiAction::Cancel(g.row()),
        _ => UiAction::None,
    }
}
