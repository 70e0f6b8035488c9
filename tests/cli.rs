//! The command line, run as a player would.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::flywheel;

use std::process::Command;

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

fn json_rows(out: &std::process::Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect()
}

#[test]
fn sim_json_has_the_books_by_line_and_the_shares() {
    let out = flywheel(&["sim", "--seed", "2", "--bot", "opener", "--json"]);
    let rows = json_rows(&out);
    let v = &rows[0];
    for obj in ["revenue_by_line", "operating_profit_by_line"] {
        for line in ["retail", "sellers", "cloud", "contracts"] {
            assert!(v[obj][line].is_i64(), "{obj}.{line}");
        }
    }
    let revenue: i64 = ["retail", "sellers", "cloud", "contracts"]
        .iter()
        .map(|l| v["revenue_by_line"][l].as_i64().unwrap())
        .sum();
    assert_eq!(revenue, v["revenue_last_year"].as_i64().unwrap());
    for share in ["online_share", "cloud_share", "stake"] {
        let x = v[share].as_f64().expect(share);
        assert!((0.0..=1.0).contains(&x), "{share} {x}");
    }
    assert!(
        v["cloud_share"].as_f64().unwrap() > 0.0,
        "the opener rents servers"
    );
}

#[test]
fn tracing_a_game_leaves_it_unchanged() {
    for bot in ["opener", "politician"] {
        let args = ["sim", "--seed", "5", "--bot", bot, "--json"];
        let plain = json_rows(&flywheel(&args));
        let mut traced_args = args.to_vec();
        traced_args.push("--trace");
        let traced = flywheel(&traced_args);
        assert!(!traced.stderr.is_empty(), "the trace is printed");
        let traced = json_rows(&traced);
        assert_eq!(plain[0]["state_hash"], traced[0]["state_hash"], "{bot}");
        assert_eq!(plain[0]["score"], traced[0]["score"], "{bot}");
    }
}

#[test]
fn sim_all_per_game_prints_a_row_per_bot_and_seed() {
    let out = flywheel(&[
        "sim",
        "--bot",
        "all",
        "--games",
        "2",
        "--json",
        "--per-game",
    ]);
    let rows = json_rows(&out);
    assert_eq!(rows.len(), 2 * 10);
    for v in &rows {
        assert!(v["operating_profit_by_line"]["cloud"].is_i64());
        assert!(v["stake"].is_f64());
    }
    let seeds: std::collections::BTreeSet<u64> =
        rows.iter().map(|v| v["seed"].as_u64().unwrap()).collect();
    assert_eq!(seeds.len(), 2);
}

#[test]
fn a_game_without_a_terminal_says_so_in_one_line_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let saves = dir.path().to_str().expect("utf-8 path");
    let sim = flywheel(&[
        "sim",
        "--seed",
        "2",
        "--bot",
        "retail",
        "--quarters",
        "4",
        "--save",
        "early",
        "--saves",
        saves,
    ]);
    assert!(
        sim.status.success(),
        "{}",
        String::from_utf8_lossy(&sim.stderr)
    );
    for args in [
        vec!["new", "--seed", "3"],
        vec!["--saves", saves, "load", "early"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_flywheel"))
            .args(&args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("the binary runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("needs a terminal"), "{args:?}: {err}");
    }
}
