//! The quarterly report tells the quarter: the rules note elections, awards and rival launches
//! when they happen, and the report puts them in words under the phase they belong to.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{new_game_app, render, text};
use flywheel::bots::{self, Bot};
use flywheel::sim::report::{Note, TenderWinner};
use flywheel::ui::app::{Game, Mode, Screen};

/// Every quarter's report of a whole game the politician bot plays on the fixed seed.
fn reports() -> (flywheel::content::Content, Vec<flywheel::sim::GameState>) {
    let app = new_game_app();
    let content = app.content.clone();
    let Mode::Playing(g) = &app.mode else {
        panic!("a game is running")
    };
    let mut s = g.state.clone();
    let mut states = Vec::new();
    while !s.is_over() {
        bots::play(&content, &mut s, Bot::Politician, 1);
        states.push(s.clone());
    }
    (content, states)
}

fn notes(s: &flywheel::sim::GameState) -> &[Note] {
    s.last_report.as_ref().map_or(&[], |r| r.notes.as_slice())
}

#[test]
fn elections_awards_and_launches_are_in_the_report_and_read_well() {
    let (content, states) = reports();
    let elections = states
        .iter()
        .filter(|s| notes(s).iter().any(|n| matches!(n, Note::Election(_))))
        .count();
    // The standard game holds six elections (1996 to 2016, every four years).
    assert!(elections >= 6, "{elections} elections reported");
    let award = states
        .iter()
        .flat_map(notes)
        .find(|n| matches!(n, Note::TenderAwarded { .. }))
        .cloned()
        .expect("a tender is decided in a whole game");
    let launch = states
        .iter()
        .flat_map(notes)
        .find(|n| matches!(n, Note::RivalCloud(_)))
        .cloned()
        .expect("a rival opens a cloud in a whole game");
    // One report with all three, to see how they read together: an election quarter's report,
    // with the award and the launch from their own quarters.
    let mut s = states
        .iter()
        .find(|s| notes(s).iter().any(|n| matches!(n, Note::Election(_))))
        .cloned()
        .unwrap();
    if let Some(r) = &mut s.last_report {
        r.notes.push(award.clone());
        r.notes.push(launch);
    }
    let mut app = new_game_app();
    let mut g = Game::new(s);
    g.screen = Screen::Report;
    app.mode = Mode::Playing(Box::new(g));
    app.status = None;
    let shown = text(&render(&mut app, 160, 50));
    assert!(shown.contains("Election: a "), "{shown}");
    let winner = match &award {
        Note::TenderAwarded {
            winner: TenderWinner::You(_),
            ..
        } => "You win the tender",
        Note::TenderAwarded {
            winner: TenderWinner::Nobody,
            ..
        } => "lapses without bids",
        _ => "wins the tender",
    };
    assert!(shown.contains(winner), "{shown}");
    assert!(shown.contains("opened a cloud"), "{shown}");
    let _ = content;
    insta::assert_snapshot!("report_election_award_launch_160x50", shown);
}
