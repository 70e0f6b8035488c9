//! What keys do on the timeline: walk the quarters, branch from one.

use super::state::{can_branch, quarter_at};
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};
use crate::ui::strings;

/// A command on the timeline.
pub fn on_cmd(g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::Confirm => match quarter_at(g, g.row()) {
            Some(q) if can_branch(g, q) => UiAction::Open(Overlay::ConfirmBranch(q)),
            Some(q) => UiAction::Notice(strings::timeline::cannot_branch(q, g.log.from)),
            None => UiAction::None,
        },
        _ => UiAction::None,
    }
}
