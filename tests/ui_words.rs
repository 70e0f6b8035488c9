//! Every text on screen is in the player's language: over a whole game a bot plays, no screen,
//! card or explanation shows an internal id, a flag, or an event or choice by its number.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{new_game_app, render, text};
use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::content::deck::Stakeholder;
use flywheel::sim::RegionId;
use flywheel::ui::app::{App, Game, Mode, Overlay, Screen, Topic};

/// Words only the data knows: ids with underscores, rivals' and regions' ids, event numbers.
fn leaks(content: &Content, shown: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in shown.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        let snake = word.contains('_') && word.chars().any(|c| c.is_ascii_lowercase());
        let id = content.rivals.iter().any(|r| r.id == word)
            || content
                .regions
                .iter()
                .any(|r| r.id == word && word != "south");
        if snake || id {
            out.push(word.to_string());
        }
    }
    for phrase in ["answer event ", "with choice ", "Sets ", "Clears ", "flag "] {
        if shown.contains(phrase) {
            out.push(phrase.trim().to_string());
        }
    }
    out
}

fn overlays(g: &Game) -> Vec<Option<Overlay>> {
    let s = &g.state;
    let mut v = vec![
        None,
        Some(Overlay::Explain(Topic::Valuation)),
        Some(Overlay::Explain(Topic::Patience)),
        Some(Overlay::Explain(Topic::Compute)),
        Some(Overlay::Explain(Topic::Visibility)),
        Some(Overlay::Explain(Topic::Region(RegionId(0)))),
        Some(Overlay::Explain(Topic::Attitude(Stakeholder::Labour))),
    ];
    if let Some(f) = s.facilities.last() {
        v.push(Some(Overlay::Explain(Topic::Facility(f.id))));
    }
    if !s.politics.lawsuits.is_empty() {
        v.push(Some(Overlay::Explain(Topic::Lawsuit(0))));
    }
    if !s.events.pending.is_empty() {
        v.push(Some(Overlay::Event(0)));
    }
    v
}

#[test]
fn no_screen_of_a_whole_game_shows_an_internal_id() {
    let mut app: App = new_game_app();
    let content = app.content.clone();
    let Mode::Playing(g) = &app.mode else {
        panic!("a game is running")
    };
    let mut state = g.state.clone();
    let mut found = Vec::new();
    let mut quarter = 0;
    while !state.is_over() {
        bots::play(&content, &mut state, Bot::Politician, 1);
        quarter += 1;
        // Every third quarter, and the last, in both sizes.
        if quarter % 3 != 0 && !state.is_over() {
            continue;
        }
        for &screen in Screen::ALL {
            let mut g = Game::new(state.clone());
            g.screen = screen;
            for overlay in overlays(&g) {
                app.mode = Mode::Playing(Box::new(g.clone()));
                app.overlay = overlay.clone();
                for (w, h) in [(160, 50), (80, 24)] {
                    let shown = text(&render(&mut app, w, h));
                    for leak in leaks(&content, &shown) {
                        found.push(format!(
                            "{} {screen:?} {overlay:?} {w}x{h}: {leak}",
                            state.quarter
                        ));
                    }
                }
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "internal words on screen:\n{}",
        found.join("\n")
    );
}
