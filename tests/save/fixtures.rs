//! The committed saves of the current format keep loading and play on to the end, whatever
//! the balance data says now (a different data hash only warns).

use crate::common::content;
use flywheel::bots::{self, Bot};
use flywheel::save::{self, FORMAT_VERSION, format};
use flywheel::sim;
use std::path::Path;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves/fixtures")
        .join(name)
}

fn loads_and_plays_to_the_end(name: &str, min_played: u32, max_played: u32) {
    let path = fixture(name);
    let loaded = save::load(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(
        loaded.header.format, FORMAT_VERSION,
        "fixtures are of the current format"
    );
    let played = loaded.state.quarters_played();
    assert!(
        (min_played..=max_played).contains(&played),
        "{name}: {played} quarters"
    );
    assert_eq!(loaded.header.quarters_played, played);
    assert_eq!(loaded.header.scenario, "standard");
    let warnings = loaded
        .check(content())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    // Only provenance may differ: the data or the decks may have been tuned since the fixture
    // was made.
    for w in &warnings {
        assert!(
            w.starts_with("saved with game data")
                || w.starts_with("saved with other decks")
                || w.starts_with("saved by version"),
            "{w}"
        );
    }

    // Re-encoding what was loaded reads back identical: nothing is lost on the way.
    let again = format::encode(&loaded.header, &loaded.state).expect("encodes");
    let back = format::decode(&again).expect("decodes").file.state;
    assert_eq!(sim::state_hash(&back), sim::state_hash(&loaded.state));

    let mut state = loaded.state;
    bots::play(content(), &mut state, Bot::Opener, 200);
    assert!(state.is_over(), "{name} did not reach an end");
    if state.outcome == Some(sim::Outcome::Completed) {
        assert_eq!(state.quarter, state.end);
    }
}

#[test]
fn early_fixture_loads_and_plays_on() {
    loads_and_plays_to_the_end("early.ron", 6, 10);
}

#[test]
fn late_fixture_loads_and_plays_on() {
    loads_and_plays_to_the_end("late.ron", 95, 101);
}

#[test]
fn logged_fixture_loads_and_plays_on() {
    loads_and_plays_to_the_end("logged.ron", 24, 24);
}
