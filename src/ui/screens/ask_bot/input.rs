//! What keys do on the bot's list, and what the bot would queue.

use crate::bots::{self, Bot};
use crate::content::Content;
use crate::sim::Action;
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, UiAction};
use crate::ui::steps::{step, step_wrap};

/// The bots worth asking: every one but the one that never acts.
pub fn askable() -> Vec<Bot> {
    Bot::ALL.into_iter().filter(|b| *b != Bot::Idle).collect()
}

/// What the bot would queue now.
pub fn actions(content: &Content, g: &Game, bot: usize) -> (Bot, Vec<Action>) {
    let list = askable();
    let bot = list.get(bot).copied().unwrap_or(Bot::Opener);
    (bot, bots::actions(content, &g.state, bot))
}

/// A key while the bot's list is open.
pub fn on_cmd(
    content: &Content,
    g: Option<&Game>,
    (bot, row): (usize, usize),
    cmd: Cmd,
) -> UiAction {
    let Some(g) = g else {
        return UiAction::CloseOverlay;
    };
    let n_bots = askable().len();
    let (_, list) = actions(content, g, bot);
    let open = |bot, row| UiAction::Open(Overlay::AskBot { bot, row });
    match cmd {
        Cmd::Up => open(bot, step(row, -1, list.len())),
        Cmd::Down => open(bot, step(row, 1, list.len())),
        Cmd::Left => open(step_wrap(bot, -1, n_bots), 0),
        Cmd::Right => open(step_wrap(bot, 1, n_bots), 0),
        Cmd::Confirm => match list.get(row) {
            // A suggestion copied as often as the bot makes it is in the plan already: a second
            // Enter would build twice what the bot wants once.
            Some(a) if count(&g.queue, a) >= count(&list, a) => UiAction::Notice(
                crate::ui::strings::already_queued(&crate::ui::describe::describe(content, a)),
            ),
            Some(a) => UiAction::Queue(a.clone()),
            None => UiAction::None,
        },
        Cmd::Back => UiAction::CloseOverlay,
        _ => UiAction::None,
    }
}

fn count(actions: &[Action], a: &Action) -> usize {
    actions.iter().filter(|x| *x == a).count()
}
