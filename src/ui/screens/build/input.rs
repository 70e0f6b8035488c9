//! What keys do on the build form.

use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::UiAction;

/// A command on the build form.
pub fn on_cmd(g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::BuildField(-1),
        Cmd::Down => UiAction::BuildField(1),
        Cmd::Left => UiAction::Adjust(-1),
        Cmd::Right => UiAction::Adjust(1),
        Cmd::Confirm => UiAction::Queue(g.build.action()),
        _ => UiAction::None,
    }
}
