//! `flywheel deck` and `sim --mod`, run as a modder would.
#![allow(clippy::expect_used)] // Tests fail loudly by design.

use std::process::Command;

fn flywheel(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flywheel"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn check_exit_codes() {
    let ok = flywheel(&["deck", "check", "assets/mods/example"]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad = flywheel(&["deck", "check", "tests/decks/broken/unknown_follow_up.ron"]);
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("unknown_follow_up.ron:8:63"), "{stderr}");
    assert!(stderr.contains("did you mean \"sentinel_won\""), "{stderr}");
    let missing = flywheel(&["deck", "check", "no/such/mod.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    let none = flywheel(&["deck", "check"]);
    assert_eq!(none.status.code(), Some(2));
    // Files that are there but are no deck are invalid input, not usage.
    let dir = tempfile::tempdir().expect("temp dir");
    let latin = dir.path().join("latin1.ron");
    std::fs::write(&latin, b"(events: [(id: \"caf\xe9\")])").expect("write");
    let huge = dir.path().join("huge.ron");
    let f = std::fs::File::create(&huge).expect("create");
    f.set_len(17 * 1024 * 1024).expect("sparse file");
    for path in [&latin, &huge] {
        let out = flywheel(&["deck", "check", path.to_str().expect("utf-8 path")]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn list_prints_id_category_title() {
    let out = flywheel(&["deck", "list", "--mod", "assets/mods/example"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("harbour_strike\t"))
        .expect("the mod's event is listed");
    assert_eq!(line.split('\t').count(), 3);
    assert!(line.contains("\toperations\t"));
    assert!(!text.contains("viral_review"), "disabled by the mod");
}

#[test]
fn stats_reports_fires_and_choices() {
    let out = flywheel(&["deck", "stats", "--games", "3", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["games"], 3);
    let events = v["events"].as_array().expect("events");
    assert!(events.len() >= 40);
    assert!(
        events
            .iter()
            .any(|e| e["fired_per_game"].as_f64() > Some(0.0))
    );
    assert!(v["never_fired"].is_array());
    let bad = flywheel(&["deck", "stats", "--bot", "nobody"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn sim_with_a_mod_is_deterministic() {
    let args = [
        "sim",
        "--mod",
        "assets/mods/example",
        "--seed",
        "4",
        "--json",
    ];
    let a = flywheel(&args);
    let b = flywheel(&args);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
    let broken = flywheel(&["sim", "--mod", "tests/decks/broken/truncated.ron"]);
    assert_eq!(broken.status.code(), Some(1));
}
