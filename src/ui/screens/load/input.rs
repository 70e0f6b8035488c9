//! What keys do on the load screen.

use super::state::LoadList;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};

/// A command on the load screen.
pub fn on_cmd(list: &LoadList, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::LoadMove(-1),
        Cmd::Down => UiAction::LoadMove(1),
        Cmd::Confirm => list
            .selected()
            .map_or(UiAction::None, |e| UiAction::LoadFile(e.path.clone())),
        Cmd::Delete if list.is_old(list.sel) => {
            UiAction::Notice(crate::ui::strings::move_old_first())
        }
        Cmd::Delete => list.selected().map_or(UiAction::None, |e| {
            UiAction::Open(Overlay::ConfirmDelete(e.name.clone()))
        }),
        Cmd::MoveSaves if list.old > 0 => UiAction::MoveOldSaves,
        Cmd::Back | Cmd::Quit => UiAction::ToMenu,
        _ => UiAction::None,
    }
}
