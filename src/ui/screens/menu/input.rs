//! What keys do on the main menu, the high-score table and the new-game form.

use super::state::{MenuItem, NewGameField, NewGameForm};
use crate::ui::keys::Cmd;
use crate::ui::model::UiAction;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A command on the main menu with entry `sel` selected.
pub fn on_menu_cmd(sel: usize, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::MenuMove(-1),
        Cmd::Down => UiAction::MenuMove(1),
        Cmd::Confirm => MenuItem::ALL
            .get(sel)
            .map_or(UiAction::None, |m| UiAction::MenuChoose(*m)),
        Cmd::Quit => UiAction::Quit,
        _ => UiAction::None,
    }
}

/// A command on the high-score table.
pub fn on_high_scores_cmd(cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Quit | Cmd::Confirm => UiAction::ToMenu,
        _ => UiAction::None,
    }
}

/// A command on the new-game form.
pub fn on_form_cmd(cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::FormField(-1),
        Cmd::Down => UiAction::FormField(1),
        Cmd::Left => UiAction::FormChange(-1),
        Cmd::Right => UiAction::FormChange(1),
        Cmd::Confirm => UiAction::Start,
        Cmd::Back => UiAction::ToMenu,
        _ => UiAction::None,
    }
}

/// Typing a company name takes printable keys before the key table does.
pub fn on_form_key(form: &NewGameForm, key: &KeyEvent) -> Option<UiAction> {
    if form.field != NewGameField::Company {
        return None;
    }
    match key.code {
        KeyCode::Char(c) if !key.modifiers.intersects(KeyModifiers::CONTROL) => {
            Some(UiAction::FormType(c))
        }
        KeyCode::Backspace => Some(UiAction::FormBackspace),
        _ => None,
    }
}
