//! The real binary: `sim --save`, `sim --load` and `load`, checked on stdout and exit codes.

use crate::common::{game, info};
use flywheel::bots::Bot;
use flywheel::save;
use std::path::Path;
use std::process::{Command, Output};

fn flywheel(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_flywheel"))
        .args(args)
        .current_dir(cwd)
        .env_remove("FLYWHEEL_SAVES")
        // The platform's directories inside the test's folder: saves go to data/flywheel.
        .env("HOME", cwd)
        .env("XDG_DATA_HOME", cwd.join("data"))
        .env("XDG_CONFIG_HOME", cwd.join("config"))
        .output()
        .expect("the binary runs")
}

fn stdout_of(args: &[&str], cwd: &Path) -> String {
    let out = flywheel(args, cwd);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn sim_in_two_halves_prints_the_same_result_as_in_one_go() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    for bot in Bot::ALL {
        for (seed, a, b) in [(2u64, 10u32, 15u32), (31, 25, 6)] {
            let (s, b_id) = (seed.to_string(), bot.id());
            let whole = (a + b).to_string();
            let (a, b) = (a.to_string(), b.to_string());
            let file = format!("half-{b_id}-{seed}.ron");
            for json in [false, true] {
                let mut common = vec!["sim", "--bot", b_id];
                if json {
                    common.push("--json");
                }
                let straight = stdout_of(
                    &[&common[..], &["--seed", &s, "--quarters", &whole]].concat(),
                    cwd,
                );
                stdout_of(
                    &[
                        &common[..],
                        &["--seed", &s, "--quarters", &a, "--save", &file],
                    ]
                    .concat(),
                    cwd,
                );
                let resumed = stdout_of(
                    &[&common[..], &["--load", &file, "--quarters", &b]].concat(),
                    cwd,
                );
                assert_eq!(resumed, straight, "{b_id} seed {seed}");
                assert!(straight.contains("hash"));
            }
        }
    }
}

#[test]
fn sim_save_by_name_goes_to_the_platforms_data_directory() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    stdout_of(&["sim", "--quarters", "3", "--save", "quick"], cwd);
    assert!(cwd.join("data/flywheel/quick.ron").is_file());
    stdout_of(
        &[
            "sim",
            "--quarters",
            "3",
            "--saves",
            "elsewhere",
            "--save",
            "q2",
        ],
        cwd,
    );
    assert!(cwd.join("elsewhere/q2.ron").is_file());
    let out = flywheel(&["sim", "--load", "quick", "--seed", "4"], cwd);
    assert_eq!(
        out.status.code(),
        Some(2),
        "--seed makes no sense with --load"
    );
}

#[test]
fn load_prints_a_summary_of_a_save() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    let dir = save::SaveDir::new(cwd.join("data/flywheel"));
    let state = game(12, Bot::Opener, 9);
    save::save_named(&dir, "evening", &state, &info()).expect("saves");

    let by_name = stdout_of(&["load", "--summary", "evening"], cwd);
    assert_eq!(by_name.lines().count(), 1, "{by_name}");
    assert!(by_name.contains(&state.company.name), "{by_name}");
    assert!(by_name.contains("seed 12"), "{by_name}");
    assert!(by_name.contains("after 9 quarters"), "{by_name}");
    let by_path = stdout_of(&["load", "--summary", "data/flywheel/evening.ron"], cwd);
    // The same save, named by the path as given.
    let summary = |s: &str| s.split_once(": ").map(|(_, x)| x.to_string());
    assert_eq!(summary(&by_path), summary(&by_name));
    assert!(by_name.starts_with(&cwd.join("data/flywheel/evening.ron").display().to_string()));
    let other = stdout_of(
        &["load", "--summary", "--saves", "data/flywheel", "evening"],
        tmp.path(),
    );
    assert_eq!(summary(&other), summary(&by_name));

    let env = Command::new(env!("CARGO_BIN_EXE_flywheel"))
        .args(["load", "--summary", "evening"])
        .current_dir(cwd.join("data/flywheel"))
        .env("FLYWHEEL_SAVES", ".")
        .output()
        .expect("runs");
    assert!(env.status.success());
}

#[test]
fn load_of_a_bad_save_exits_1_with_a_one_line_reason() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    std::fs::create_dir_all(cwd.join("data/flywheel")).expect("mkdir");
    std::fs::write(
        cwd.join("data/flywheel/broken.ron"),
        "(header: (format: 1,\n  seed: x",
    )
    .expect("writes");
    for (arg, needle) in [
        ("broken", "line 2:"),
        ("missing", "cannot open"),
        ("..", "invalid save name"),
    ] {
        let out = flywheel(&["load", "--summary", arg], cwd);
        assert_eq!(out.status.code(), Some(1), "{arg}");
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{arg}: {err}");
        assert!(out.stdout.is_empty());
    }
    let out = flywheel(&["sim", "--load", "broken"], cwd);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn load_warns_about_other_data_and_refuses_a_save_that_does_not_fit() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    let dir = save::SaveDir::new(cwd.join("data/flywheel"));
    let state = game(5, Bot::Opener, 6);
    let mut tuned = info();
    tuned.data.hash = "00000000000000ff".into();
    save::save_named(&dir, "tuned", &state, &tuned).expect("saves");
    let out = flywheel(&["load", "--summary", "tuned"], cwd);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.starts_with("warning: ") && err.contains("00000000000000ff"),
        "{err}"
    );

    let mut far = state;
    far.company.home.0 = 200;
    save::save_named(&dir, "far", &far, &info()).expect("saves");
    let out = flywheel(&["load", "--summary", "far"], cwd);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("does not fit this game's data"), "{err}");
}

#[test]
fn load_with_a_mod_warns_that_the_decks_differ_and_continues() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    let dir = save::SaveDir::new(cwd.join("data/flywheel"));
    let state = game(3, Bot::Opener, 2);
    save::save_named(&dir, "plain", &state, &info()).expect("saves");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/mods/example");
    let out = flywheel(&["load", "--summary", "--mod", example, "plain"], cwd);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.starts_with("warning: ") && err.contains("decks"),
        "{err}"
    );
    assert_eq!(
        String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .count(),
        1
    );
}

#[test]
fn the_same_mod_from_another_path_loads_without_a_warning_and_a_changed_one_says_which() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cwd = tmp.path();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/mods/example/harbour_strike.ron"
    ))
    .expect("the example mod");
    for d in ["a", "b", "c"] {
        std::fs::create_dir_all(cwd.join(d)).expect("mkdir");
    }
    std::fs::write(cwd.join("a/strike.ron"), &text).expect("write");
    std::fs::write(cwd.join("b/strike.ron"), &text).expect("write");
    std::fs::write(cwd.join("c/strike.ron"), format!("{text}\n// tuned\n")).expect("write");
    stdout_of(
        &[
            "sim",
            "--seed",
            "3",
            "--bot",
            "retail",
            "--quarters",
            "4",
            "--mod",
            "a/strike.ron",
            "--save",
            "modded",
        ],
        cwd,
    );
    let same = flywheel(
        &["load", "--summary", "--mod", "b/strike.ron", "modded"],
        cwd,
    );
    assert!(same.status.success());
    let err = String::from_utf8_lossy(&same.stderr);
    assert!(!err.contains("decks"), "{err}");
    let changed = flywheel(
        &["load", "--summary", "--mod", "c/strike.ron", "modded"],
        cwd,
    );
    let err = String::from_utf8_lossy(&changed.stderr);
    assert!(
        err.contains("saved with other decks") && err.contains("a/strike.ron is missing"),
        "{err}"
    );
    let none = flywheel(&["load", "--summary", "modded"], cwd);
    let err = String::from_utf8_lossy(&none.stderr);
    assert!(err.contains("a/strike.ron is missing"), "{err}");
}
