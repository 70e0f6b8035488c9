//! Lawsuits: legal costs each quarter (booked in [`super::book`]) and the verdict.

use crate::content::Content;
use crate::content::deck::{Disposition, Stakeholder};
use crate::sim::events::state::Scheduled;
use crate::sim::report::Note;
use crate::sim::state::GameState;
use rand::RngExt;

/// Today's climate for a verdict: the regulators' and administration's mean attitude (−1 to 1)
/// and the win chance the administration's disposition adds or takes.
pub fn climate(content: &Content, state: &GameState) -> (f64, f64) {
    let r = &content.deck.politics.lawsuits;
    let climate = (state.politics.attitude(Stakeholder::Regulators)
        + state.politics.attitude(Stakeholder::Administration))
        / 2.0
        / 100.0;
    let shift = match state.politics.disposition {
        Disposition::Friendly => r.disposition_shift,
        Disposition::Neutral => 0.0,
        Disposition::Hostile => -r.disposition_shift,
    };
    (climate, shift)
}

/// The chance of winning a lawsuit with these merits in today's climate.
pub fn win_chance(content: &Content, state: &GameState, merits: f64) -> f64 {
    let r = &content.deck.politics.lawsuits;
    let (climate, shift) = climate(content, state);
    let p = merits + r.climate_weight * climate + shift;
    let (lo, hi) = r.win_chance;
    if p.is_finite() { p.clamp(lo, hi) } else { 0.5 }
}

/// Decides the lawsuits whose verdict is due and schedules their outcome events now.
pub(super) fn verdicts(content: &Content, state: &mut GameState, notes: &mut Vec<Note>) {
    let now = state.quarter;
    if !state.politics.lawsuits.iter().any(|l| l.verdict <= now) {
        return;
    }
    let (due, running): (Vec<_>, Vec<_>) = std::mem::take(&mut state.politics.lawsuits)
        .into_iter()
        .partition(|l| l.verdict <= now);
    state.politics.lawsuits = running;
    for l in due {
        let p = win_chance(content, state, l.merits);
        let won = state.rng.random::<f64>() < p;
        let text = format!(
            "Verdict in {}: {}",
            l.name,
            if won { "you win" } else { "you lose" }
        );
        state.politics.record(now, text.clone());
        state.push_news(text);
        notes.push(Note::Verdict {
            name: l.name.clone(),
            won,
        });
        state.events.scheduled.push(Scheduled {
            id: if won { l.on_win } else { l.on_loss },
            at: now,
            region: Some(l.region),
            rival: Some(l.rival),
        });
    }
}
