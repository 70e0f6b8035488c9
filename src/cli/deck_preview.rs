//! `flywheel deck preview ID`: an event's card as the game would show it, in a real game a bot
//! has played to the quarter asked for (or to the first quarter the card could come).

use crate::bots::{self, Bot};
use crate::content::Content;
use crate::sim::events::cond;
use crate::sim::events::{self, ForcedEvent};
use crate::sim::report::Books;
use crate::sim::{self, GameState, NewGame, Quarter};
use std::fmt::Write;

/// What to preview and where.
#[derive(Debug, Clone)]
pub struct PreviewAsk {
    /// The event's id.
    pub id: String,
    /// The quarter to show it in; the first quarter its condition holds when `None`.
    pub at: Option<Quarter>,
    /// The game's seed.
    pub seed: u64,
    /// Who plays up to then.
    pub bot: Bot,
    /// The scenario.
    pub scenario: String,
}

/// Why there is no preview.
#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    /// No event has that id.
    #[error("no event {0:?} in the deck; `flywheel deck list` shows the ids")]
    Unknown(String),
    /// The game could not start or the event could not be fired.
    #[error(transparent)]
    Game(#[from] sim::SimError),
    /// The event could not be forced there.
    #[error(transparent)]
    Force(#[from] events::ForceError),
}

/// The card, as text: where and when, the title and text, then each choice with its effects and
/// whether it can be taken there.
pub fn preview(content: &Content, ask: &PreviewAsk) -> Result<String, PreviewError> {
    let Some(e) = content.deck.event(&ask.id) else {
        return Err(PreviewError::Unknown(ask.id.clone()));
    };
    let opts = NewGame {
        scenario: ask.scenario.clone(),
        seed: ask.seed,
        ..NewGame::default()
    };
    let mut state = sim::new_game(content, &opts)?;
    let mut note = String::new();
    match ask.at {
        Some(at) => {
            while state.quarter < at && !state.is_over() {
                bots::step(content, &mut state, ask.bot);
            }
            if state.quarter < at {
                let _ = write!(note, "The game ended before {at}; shown at its end. ");
            }
            if !could_fire(content, &state, &e.when) {
                note.push_str("Its condition does not hold here: in play it would not come now. ");
            }
        }
        None => {
            while !could_fire(content, &state, &e.when) && !state.is_over() {
                bots::step(content, &mut state, ask.bot);
            }
            if !could_fire(content, &state, &e.when) {
                note.push_str("Its condition never held in this game; shown at its end. ");
            }
        }
    }
    // The card the player would see: fired now, with the director's picks of region, rival and
    // facility, its choices checked against what can be spent.
    state.events.pending.clear();
    events::force(
        content,
        &mut state,
        &ForcedEvent {
            id: ask.id.clone(),
            at: None,
        },
    )?;
    let cards = events::pending_cards(content, &state, &Books::default());
    let Some(card) = cards.iter().find(|c| c.id == ask.id) else {
        return Err(PreviewError::Unknown(ask.id.clone()));
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} · seed {} · {} · played by {} · cash {}",
        state.quarter,
        ask.seed,
        ask.scenario,
        ask.bot.id(),
        state.company.cash
    );
    if !note.is_empty() {
        let _ = writeln!(out, "{}", note.trim_end());
    }
    let _ = writeln!(out, "\n{} [{}]", card.title, card.category.id());
    let _ = writeln!(out, "{}\n", card.text);
    for (n, ch) in card.choices.iter().enumerate() {
        let mark = if ch.available { " " } else { "✗" };
        let _ = writeln!(out, "{mark}{}. {}", n + 1, ch.label);
        for x in &ch.effects {
            let _ = writeln!(out, "     {x}");
        }
        if let Some(why) = &ch.reason {
            let _ = writeln!(out, "     not available here: {why}");
        }
    }
    Ok(out)
}

/// True when the event's condition holds now (a chance in it counts as coming up).
fn could_fire(content: &Content, state: &GameState, when: &crate::content::deck::Cond) -> bool {
    let mut lucky = || 0.0;
    cond::holds(content, state, &cond::snapshot(state), when, &mut lucky)
}
