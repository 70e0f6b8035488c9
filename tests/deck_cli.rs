//! `flywheel deck` and `sim --mod`, run as a modder would.
#![allow(clippy::expect_used)] // Tests fail loudly by design.

mod common;
use common::flywheel;

use std::process::Command;

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

#[test]
fn a_starter_mod_is_written_checked_previewed_and_played() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mods").join("mine.ron");
    let p = path.to_str().expect("utf-8 path");
    let made = flywheel(&["deck", "new", p]);
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    // It will not overwrite what a modder wrote.
    assert_eq!(flywheel(&["deck", "new", p]).status.code(), Some(2));
    let check = flywheel(&["deck", "check", p]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains("0 warning(s)"));
    let preview = flywheel(&["deck", "preview", "my_first_event", "--mod", p]);
    assert_eq!(preview.status.code(), Some(0), "{preview:?}");
    let text = String::from_utf8_lossy(&preview.stdout);
    assert!(text.contains("Mall owners court Tributary"), "{text}");
    assert!(text.contains("Open pop-up shops"), "{text}");
    let sim = flywheel(&[
        "sim",
        "--mod",
        p,
        "--force-event",
        "my_first_event@1996Q1",
        "--quarters",
        "4",
        "--json",
    ]);
    assert_eq!(
        sim.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&sim.stderr)
    );
    // The card waits when 1996 Q1 is planned: it fired as 1995 Q4 resolved.
    let v: serde_json::Value = serde_json::from_slice(&sim.stdout).expect("json");
    assert_eq!(v["forced"][0], "my_first_event@1995Q4", "{v}");
    // The balance table of every bot does not take it.
    let all = flywheel(&["sim", "--bot", "all", "--force-event", "heatwave"]);
    assert_eq!(all.status.code(), Some(2));
}

#[test]
fn a_preview_is_the_card_in_a_real_game() {
    let out = flywheel(&[
        "deck",
        "preview",
        "harbour_strike",
        "--mod",
        "assets/mods/example",
        "--at",
        "2004Q3",
        "--seed",
        "3",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
    let unknown = flywheel(&["deck", "preview", "no_such_card"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn lists_of_ids_come_from_the_data() {
    for (what, expect) in [
        ("regions", "northeast\tUS Northeast"),
        ("rivals", "mammoth\t"),
        ("stakeholders", "Labour\t"),
        ("stats", "TaxShare\t"),
        ("flags", "own_delivery\t"),
        ("placeholders", "{facility}\t"),
        ("scenarios", "standard\t"),
        ("bots", "politician\t"),
        ("projects", "own_delivery\t"),
    ] {
        let out = flywheel(&["deck", "list", "--what", what]);
        assert_eq!(out.status.code(), Some(0), "{what}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(expect), "{what}: {text}");
    }
}

#[test]
fn stats_say_which_part_of_a_condition_kept_an_event_away() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("never.ron");
    std::fs::write(
        &path,
        r#"(events: [(
            id: "never_comes",
            title: "A monopoly",
            text: "{company} holds every shopper.",
            category: Market,
            when: All([From((1997, 1)), Above(MarketShare, 0.99)]),
            choices: [(label: "Enjoy it", effects: [])],
        )])"#,
    )
    .expect("write");
    let out = flywheel(&[
        "deck",
        "stats",
        "--mod",
        path.to_str().expect("utf-8 path"),
        "--games",
        "2",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let never = v["never_fired"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|n| n["id"] == "never_comes")
        .expect("it never fired");
    let failing = never["failing"].as_str().expect("a failing part");
    assert!(failing.contains("share"), "{failing}");
    assert!(never["failing_share"].as_f64() > Some(0.99), "{never}");
    assert!(never["eligible_quarters"].as_u64() > Some(100), "{never}");
    let first = v["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["id"] == "garage_story")
        .expect("listed");
    assert!(first["first"].as_str().is_some_and(|q| q.contains("199")));
}

#[test]
fn watch_checks_again_when_a_mod_file_changes() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.ron");
    let p = path.to_str().expect("utf-8 path");
    assert_eq!(flywheel(&["deck", "new", p]).status.code(), Some(0));
    let mut child = Command::new(env!("CARGO_BIN_EXE_flywheel"))
        .args(["deck", "check", "--watch", p])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let (tx, rx) = std::sync::mpsc::channel();
    for pipe in [
        Box::new(child.stdout.take().expect("stdout")) as Box<dyn Read + Send>,
        Box::new(child.stderr.take().expect("stderr")),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let mut pipe = pipe;
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
    }
    let mut seen = String::new();
    // Waits, however slow the machine, for the output to say something.
    let wait_for = |what: &str, seen: &mut String| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !seen.contains(what) && std::time::Instant::now() < deadline {
            if let Ok(bytes) = rx.recv_timeout(std::time::Duration::from_millis(200)) {
                seen.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        seen.contains(what)
    };
    let first = wait_for("watching", &mut seen);
    let ok = seen.contains("ok: ");
    // A mistake: a follow-up to an event that does not exist.
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("my_first_event_review\", after", "no_such_card\", after"),
    )
    .expect("write");
    let again = wait_for("no_such_card", &mut seen);
    let _ = child.kill();
    let _ = child.wait();
    assert!(first && ok, "{seen}");
    assert!(again, "checked again after the change: {seen}");
}

#[test]
fn every_workshop_command_runs_on_the_example_mod() {
    let m = "assets/mods/example";
    let flags = flywheel(&["deck", "list", "--what", "flags", "--mod", m]);
    assert!(String::from_utf8_lossy(&flags.stdout).contains("backed_dockers\t"));
    let stats = flywheel(&["deck", "stats", "--mod", m, "--games", "2", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("json");
    let strike = v["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["id"] == "harbour_strike")
        .expect("the mod's event is counted");
    assert_eq!(strike["choice_labels"][1], "Wait it out");
    let sim = flywheel(&[
        "sim",
        "--mod",
        m,
        "--force-event",
        "harbour_strike@1996Q3",
        "--quarters",
        "6",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&sim.stdout).expect("json");
    assert_eq!(v["forced"][0], "harbour_strike@1996Q2", "{v}");
}
