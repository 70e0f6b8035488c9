//! What keys do on the plan: walk the queue, cancel an action.

use crate::content::Content;
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::UiAction;

/// A command on the plan.
pub fn on_cmd(content: &Content, g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::AskBot => UiAction::Open(crate::ui::model::Overlay::AskBot { bot: 0, row: 0 }),
        Cmd::Cancel => g
            .plan_lines(content)
            .get(g.row())
            .map_or(UiAction::None, |l| UiAction::Cancel(l.range.clone())),
        _ => UiAction::None,
    }
}
