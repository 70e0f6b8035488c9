//! The migration chain, exercised with a synthetic format 0 (the real step, 1 → 2, is tested on
//! the fixtures).

use crate::common::{game, info};
use flywheel::bots::Bot;
use flywheel::save::migrate::{MIGRATIONS, Migration};
use flywheel::save::{FORMAT_VERSION, SaveError, SaveHeader, format};

/// A made-up format 0: the company field was called `company_name` and there were no decks.
fn format_0_text() -> (String, SaveHeader, flywheel::sim::GameState) {
    let state = game(8, Bot::Opener, 6);
    // Format 0 predates decks, so its upgrade can only say "none".
    let mut no_decks = info();
    no_decks.decks.clear();
    let header = SaveHeader::new(&state, &no_decks, 1_600_000_000);
    let v1 = format::encode(&header, &state).expect("encodes");
    let v0 = v1
        .replacen(&format!("format: {FORMAT_VERSION},"), "format: 0,", 1)
        .replacen("company: \"", "company_name: \"", 1)
        .replacen("decks: [],", "", 1);
    assert!(!v0.contains("decks") && v0.contains("company_name"));
    (v0, header, state)
}

/// The step a real format change would add: 0 → 1, on the text.
fn zero_to_one(text: &str) -> Result<String, String> {
    let (head, rest) = text
        .split_once("company_name: ")
        .ok_or("no company_name in the header")?;
    Ok(format!("{head}company: {rest}")
        .replacen("format: 0,", "format: 1,", 1)
        .replacen("data: (", "decks: [], data: (", 1))
}

const CHAIN: &[Migration] = &[Migration {
    from: 0,
    what: "company_name became company; decks were added",
    apply: zero_to_one,
}];

#[test]
fn an_old_format_is_upgraded_through_the_chain() {
    let (v0, header, state) = format_0_text();
    let decoded = format::decode_with(&v0, CHAIN, 1).expect("upgrades");
    assert_eq!(decoded.migrated_from, Some(0));
    // The synthetic chain ends at format 1; the rest of the header is as written.
    let header = flywheel::save::SaveHeader {
        format: 1,
        ..header
    };
    assert_eq!(decoded.file.header, header);
    assert_eq!(decoded.file.state, state);
}

#[test]
fn the_chain_runs_step_by_step_and_reports_a_gap() {
    let (v0, _, state) = format_0_text();
    // A second synthetic step 1 → 2 that only bumps the number.
    fn one_to_two(text: &str) -> Result<String, String> {
        Ok(text.replacen("format: 1,", "format: 2,", 1))
    }
    let longer = [
        CHAIN[0],
        Migration {
            from: 1,
            what: "nothing but the number",
            apply: one_to_two,
        },
    ];
    let decoded = format::decode_with(&v0, &longer, 2).expect("upgrades twice");
    assert_eq!(decoded.file.header.format, 2);
    assert_eq!(decoded.file.state, state);

    let e = format::decode_with(&v0, &longer[1..], 2).expect_err("no step from 0");
    assert!(matches!(e, SaveError::Migration { from: 0, .. }), "{e:?}");
}

#[test]
fn a_failing_or_incomplete_step_is_a_one_line_error() {
    let (v0, _, _) = format_0_text();
    fn refuses(_: &str) -> Result<String, String> {
        Err("the state cannot be upgraded".into())
    }
    fn forgets_the_number(text: &str) -> Result<String, String> {
        zero_to_one(text).map(|t| t.replacen("format: 1,", "format: 0,", 1))
    }
    for (apply, needle) in [
        (
            refuses as fn(&str) -> Result<String, String>,
            "cannot be upgraded",
        ),
        (forgets_the_number, "ended at format 0"),
    ] {
        let chain = [Migration {
            from: 0,
            what: "broken",
            apply,
        }];
        let e = format::decode_with(&v0, &chain, 1).expect_err("fails");
        assert!(e.to_string().contains(needle), "{e}");
        assert!(!e.to_string().contains('\n'));
    }
}

#[test]
fn this_build_has_no_step_for_format_0() {
    assert_eq!(FORMAT_VERSION, 2);
    assert!(MIGRATIONS.iter().all(|m| m.from < FORMAT_VERSION));
    let (v0, _, _) = format_0_text();
    let e = format::decode(&v0).expect_err("format 0 never shipped");
    assert!(matches!(e, SaveError::Migration { from: 0, .. }), "{e:?}");
}
