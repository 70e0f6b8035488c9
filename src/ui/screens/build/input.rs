//! What keys do on the build form.

use crate::content::Content;
use crate::sim::{Action, RegionId, forecast};
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::UiAction;
use crate::ui::strings;

/// A command on the build form.
pub fn on_cmd(content: &Content, g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::BuildField(-1),
        Cmd::Down => UiAction::BuildField(1),
        Cmd::Left => UiAction::Adjust(-1),
        Cmd::Right => UiAction::Adjust(1),
        Cmd::Confirm => UiAction::Queue(g.build.action()),
        Cmd::Suggest => {
            let s = &g.planned(content).state;
            let peak = forecast::peak(content, s);
            match forecast::suggest(
                content,
                s,
                &peak,
                g.build.kind(),
                usize::from(g.build.region),
            ) {
                Ok(x) => UiAction::Queue(Action::Build {
                    kind: x.kind,
                    region: RegionId(x.region as u8),
                    size: x.size,
                }),
                Err(why) => UiAction::Notice(strings::build::nothing_to_suggest(why).into()),
            }
        }
        _ => UiAction::None,
    }
}
