//! The command line, run as a player would.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn flywheel(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flywheel"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn sim_prints_one_json_object_per_game() {
    let out = flywheel(&[
        "sim",
        "--seed",
        "4",
        "--games",
        "3",
        "--bot",
        "retail",
        "--quarters",
        "12",
        "--json",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 3);
    for (i, v) in lines.iter().enumerate() {
        assert_eq!(v["seed"], 4 + i as u64);
        assert_eq!(v["bot"], "retail");
        assert_eq!(v["scenario"], "standard");
        assert_eq!(v["difficulty"], "normal");
        assert_eq!(v["quarters_played"], 12);
        assert_eq!(v["outcome"], "playing");
        for key in ["score", "valuation", "cash", "revenue_last_year"] {
            assert!(v[key].is_i64(), "{key}");
        }
        assert_eq!(v["state_hash"].as_str().map(str::len), Some(16));
    }
}

#[test]
fn sim_plays_to_the_scenarios_end_by_default() {
    let out = flywheel(&["sim", "--bot", "idle", "--scenario", "short", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["quarters_played"], 40);
    assert_eq!(v["outcome"], "completed");
}

#[test]
fn sim_without_json_prints_a_readable_line() {
    let out = flywheel(&["sim", "--bot", "opener", "--quarters", "8"]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("opener") && text.contains("1997 Q3") && text.contains("score"),
        "{text}"
    );
}

#[test]
fn unknown_names_exit_2_and_list_the_valid_values() {
    for (args, valid) in [
        (
            vec!["sim", "--bot", "genius"],
            "idle, retail, opener, reckless",
        ),
        (vec!["sim", "--bot", "genius"], "random, politician, all"),
        (vec!["sim", "--scenario", "moon"], "standard"),
        (vec!["sim", "--difficulty", "brutal"], "easy, normal, hard"),
    ] {
        let out = flywheel(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert!(err.contains(valid), "{args:?}: {err}");
    }
}

#[test]
fn sim_all_lists_every_bot_in_the_table() {
    let out = flywheel(&[
        "sim",
        "--bot",
        "all",
        "--scenario",
        "short",
        "--games",
        "2",
        "--json",
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let bots: Vec<&str> = v["bots"]
        .as_array()
        .expect("bots")
        .iter()
        .filter_map(|b| b["bot"].as_str())
        .collect();
    assert_eq!(bots.len(), 10);
    assert_eq!(bots.last(), Some(&"politician"));
}
