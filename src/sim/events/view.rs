//! What the event card shows: rendered texts, each choice's previewed effects, and why a
//! greyed choice cannot be taken. Pure functions for the UI.

use super::state::PendingEvent;
use crate::content::Content;
use crate::content::deck::{Category, Effect, describe};
use crate::sim::calendar::Quarter;
use crate::sim::report::Books;
use crate::sim::state::GameState;

/// One choice on the card.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceView {
    /// Its index, for [`crate::sim::Action::AnswerEvent`].
    pub index: u8,
    /// The label, rendered.
    pub label: String,
    /// Its effects in words, rendered.
    pub effects: Vec<String>,
    /// False when it is greyed.
    pub available: bool,
    /// Why it is greyed.
    pub reason: Option<String>,
}

/// A pending event as the card shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct EventCard {
    /// Its serial, for [`crate::sim::Action::AnswerEvent`].
    pub serial: u32,
    /// The event's id.
    pub id: String,
    /// When it fired.
    pub quarter: Quarter,
    /// Its category.
    pub category: Category,
    /// The title, rendered.
    pub title: String,
    /// The text, rendered.
    pub text: String,
    /// The choices.
    pub choices: Vec<ChoiceView>,
}

/// Fills in the placeholders of a title, text or label.
pub fn render(content: &Content, state: &GameState, text: &str, p: &PendingEvent) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let region = content
        .regions
        .get(usize::from(p.region))
        .map_or("?", |r| r.name.as_str());
    let home = content
        .regions
        .get(usize::from(state.company.home.0))
        .map_or("?", |r| r.name.as_str());
    let rival = content
        .rivals
        .get(usize::from(p.rival))
        .map_or("a rival", |r| r.name.as_str());
    let facility = p.facility.and_then(|id| state.facility(id)).map_or_else(
        || "a facility".to_string(),
        |f| format!("{} #{}", f.kind.name().to_lowercase(), f.id.0),
    );
    text.replace("{company}", &state.company.name)
        .replace("{facility}", &facility)
        .replace("{region}", region)
        .replace("{home}", home)
        .replace("{rival}", rival)
        .replace("{year}", &p.quarter.year.to_string())
        .replace("{quarter}", &p.quarter.to_string())
        .replace("{administration}", state.politics.disposition.name())
}

/// A text about an event not drawn yet: the region and rival it will name are not known, so
/// they read "a region" and "a rival"; the rest is filled in as of now.
pub fn render_unfired(content: &Content, state: &GameState, text: &str) -> String {
    let generic = text
        .replace("{region}", "a region")
        .replace("{rival}", "a rival");
    let now = PendingEvent {
        serial: 0,
        id: String::new(),
        quarter: state.quarter,
        region: state.company.home.0,
        rival: 0,
        facility: None,
    };
    render(content, state, &generic, &now)
}

/// The pending events as cards, with `books` holding what the queued actions already commit
/// (pass `Books::default()` when nothing is queued).
pub fn pending_cards(content: &Content, state: &GameState, books: &Books) -> Vec<EventCard> {
    state
        .events
        .pending
        .iter()
        .filter_map(|p| {
            let e = content.deck.event(&p.id)?;
            let choices = e
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let reason = super::unavailable(content, state, c, books);
                    ChoiceView {
                        index: i as u8,
                        label: render(content, state, &c.label, p),
                        effects: c
                            .effects
                            .iter()
                            .map(|x| {
                                let words =
                                    render(content, state, &describe::effect(content, x), p);
                                // A share of revenue reads in dollars too: what it comes to now.
                                match x {
                                    Effect::CashShare(k) => format!(
                                        "{words} (about {})",
                                        state.last_revenue().scale(k.abs())
                                    ),
                                    _ => words,
                                }
                            })
                            .collect(),
                        available: reason.is_none(),
                        reason,
                    }
                })
                .collect();
            Some(EventCard {
                serial: p.serial,
                id: e.id.clone(),
                quarter: p.quarter,
                category: e.category,
                title: render(content, state, &e.title, p),
                text: render(content, state, &e.text, p),
                choices,
            })
        })
        .collect()
}
