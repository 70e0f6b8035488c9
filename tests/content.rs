//! The data files: what ships is valid, and what is broken says where and why.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::content::{Content, ContentError, EMBEDDED};

fn with_replaced(file: &str, from: &str, to: &str) -> Result<Content, ContentError> {
    let texts: Vec<(&str, String)> = EMBEDDED
        .iter()
        .map(|(name, text)| {
            (
                *name,
                if *name == file {
                    text.replacen(from, to, 1)
                } else {
                    text.to_string()
                },
            )
        })
        .collect();
    let sources: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Content::from_sources(&sources)
}

#[test]
fn the_shipped_data_is_valid() {
    let c = Content::embedded_ron().expect("the shipped data files are valid");
    assert_eq!(c.regions.len(), 6);
    assert!(c.rivals.len() >= 3);
    assert_eq!(c.scenario_ids(), vec!["standard", "short"]);
    assert_eq!(c.difficulty_ids(), vec!["easy", "normal", "hard"]);
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let err = with_replaced(
        "assets/market.ron",
        "order_value: 55.0,",
        "order_value: 55.0 oops,",
    )
    .expect_err("broken");
    let text = err.to_string();
    // A snippet: where, the line itself, and what to do.
    assert!(text.contains("assets/market.ron:"), "{text}");
    assert!(text.contains("order_value: 55.0 oops,"), "{text}");
    let ContentError::Parse { at, .. } = err else {
        panic!("a parse error")
    };
    assert!(at.line > 1 && at.col > 1, "{at}");
}

#[test]
fn an_unknown_field_is_an_error_not_ignored() {
    let err = with_replaced(
        "assets/finance.ron",
        "tax_rate: 0.30,",
        "tax_rate: 0.30, tax_holiday: true,",
    )
    .expect_err("unknown field");
    assert!(err.to_string().contains("tax_holiday"), "{err}");
}

#[test]
fn out_of_range_numbers_and_unknown_ids_give_a_hint() {
    let err = with_replaced("assets/finance.ron", "tax_rate: 0.30,", "tax_rate: 1.30,")
        .expect_err("range");
    assert!(
        err.to_string().contains("assets/finance.ron:3:5")
            && err.to_string().contains("tax_rate: 1.30,")
            && err.to_string().contains("write a share"),
        "{err}"
    );
    let err = with_replaced(
        "assets/regions.ron",
        "neighbours: [\"south\"]",
        "neighbours: [\"atlantis\"]",
    )
    .expect_err("unknown region");
    assert!(err.to_string().contains("atlantis"), "{err}");
    assert!(
        err.to_string().contains("neighbours: [\"atlantis\"]"),
        "the snippet shows the line: {err}"
    );
}

#[test]
fn every_range_must_run_from_low_to_high() {
    // A reversed range would make the rules' clamps panic mid-game; the loader refuses it.
    for (file, from, to, named) in [
        (
            "assets/market.ron",
            "seller_appetite: (0.4, 1.6)",
            "seller_appetite: (1.6, 0.4)",
            "seller_appetite",
        ),
        (
            "assets/finance.ron",
            "margin_range: (-1.0, 0.5)",
            "margin_range: (0.5, -1.0)",
            "valuation.margin_range",
        ),
        (
            "assets/finance.ron",
            "growth_range: (-1.0, 2.0)",
            "growth_range: (2.0, -1.0)",
            "patience.growth_range",
        ),
        (
            "assets/finance.ron",
            "growth_floor: -0.5",
            "growth_floor: 3.0",
            "valuation.growth_floor",
        ),
    ] {
        let err = with_replaced(file, from, to).expect_err("reversed range");
        assert!(err.to_string().contains(named), "{err}");
    }
}

#[test]
fn the_data_embedded_at_build_time_is_the_data_the_files_hold() {
    use flywheel::bots::{self, Bot};
    use flywheel::sim::{self, NewGame};
    let built = Content::embedded().expect("the embedded data decodes");
    let parsed = Content::embedded_ron().expect("the shipped data parses");
    assert_eq!(built.hash, parsed.hash);
    assert_eq!(built.deck.events.len(), parsed.deck.events.len());
    assert_eq!(built.deck.sources, parsed.deck.sources);
    // The same game, played by a bot on each, ends in the same state.
    let ng = NewGame {
        scenario: "standard".into(),
        difficulty: "normal".into(),
        seed: 11,
        ..NewGame::default()
    };
    let mut a = sim::new_game(&built, &ng).expect("standard scenario exists");
    let mut b = sim::new_game(&parsed, &ng).expect("standard scenario exists");
    bots::play(&built, &mut a, Bot::Opener, 200);
    bots::play(&parsed, &mut b, Bot::Opener, 200);
    assert_eq!(sim::state_hash(&a), sim::state_hash(&b));
    assert!(a.is_over());
}
