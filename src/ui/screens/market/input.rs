//! What keys do on the market: walk the regions, explain one.

use crate::sim::RegionId;
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, Topic, UiAction};

/// A command on the market.
pub fn on_cmd(g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Region(RegionId(
            u8::try_from(g.row()).unwrap_or(0),
        )))),
        _ => UiAction::None,
    }
}
