//! What keys do on the end screen: the main menu, the post-mortem's page and moments, a branch
//! from a moment.

use crate::ui::game::{EndPage, Game};
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};
use crate::ui::strings::postmortem as words;

/// A command on the end screen.
pub fn on_cmd(g: &Game, cmd: Cmd) -> UiAction {
    let on_moments = g.end_page.0 == EndPage::PostMortem;
    match cmd {
        Cmd::Confirm => UiAction::ToMenu,
        Cmd::Quit => UiAction::Quit,
        Cmd::NextTab | Cmd::PrevTab => UiAction::EndPage,
        Cmd::Up if on_moments => UiAction::Select(-1),
        Cmd::Down if on_moments => UiAction::Select(1),
        Cmd::Branch if on_moments => match g.selected_moment() {
            Some(q) => UiAction::Open(Overlay::ConfirmBranch(q)),
            None => UiAction::Notice(words::NO_MOMENT.to_string()),
        },
        _ => UiAction::None,
    }
}
