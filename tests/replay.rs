//! Replays: a saved game played again from its seed and action log verifies quarter by quarter;
//! an edited log fails at the quarter edited; a save from before logs says it cannot be replayed.
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests fail loudly by design.

mod common;
use common::flywheel;

use flywheel::content::Content;
use flywheel::save::replay::{Replayed, replay};
use flywheel::sim::Action;

#[test]
fn a_saved_bot_game_replays_and_an_edited_one_fails_where_it_was_edited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("game.ron");
    let p = path.to_str().unwrap();
    let made = flywheel(&["sim", "--seed", "4", "--quarters", "24", "--save", p]);
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    let ok = flywheel(&["replay", p]);
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    assert!(String::from_utf8_lossy(&ok.stdout).starts_with("verified: 24 quarter(s)"));
    let part = flywheel(&["replay", p, "--to", "1997Q3"]);
    assert_eq!(part.status.code(), Some(0), "{part:?}");
    assert!(String::from_utf8_lossy(&part.stdout).starts_with("verified: 8 quarter(s)"));
    // A quarter the save never reached is a mistake to name, not a whole replay in disguise.
    for outside in ["2030Q1", "1995Q3", "1990Q1"] {
        let out = flywheel(&["replay", p, "--to", outside]);
        assert_eq!(out.status.code(), Some(2), "{outside}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("outside this save"), "{outside}: {err}");
        assert!(err.contains("from 1995 Q4 to 2001 Q3"), "{outside}: {err}");
    }

    // Drop the actions of the first quarter from the tenth on in which the bot acted: from
    // there the game is another one.
    let c = Content::embedded().unwrap();
    let mut loaded = flywheel::save::load(&path).unwrap();
    let i = (9..loaded.log.quarters.len())
        .find(|&i| !loaded.log.quarters[i].actions.is_empty())
        .expect("the bot acts in the later quarters");
    let edited = loaded.log.quarters[i].quarter;
    loaded.log.quarters[i].actions.clear();
    assert_eq!(
        replay(&c, &loaded.state, &loaded.log, None).unwrap(),
        Replayed::Differs { quarter: edited }
    );
    // Up to before it, it still verifies.
    assert!(matches!(
        replay(&c, &loaded.state, &loaded.log, Some(edited)).unwrap(),
        Replayed::Verified { quarters, .. } if quarters == i
    ));
}

#[test]
fn saves_from_before_logs_load_and_say_they_cannot_be_replayed() {
    for fixture in ["saves/fixtures/early.ron", "saves/fixtures/late.ron"] {
        let loaded = flywheel::save::load(std::path::Path::new(fixture)).unwrap();
        assert_eq!(loaded.migrated_from, Some(1), "{fixture}");
        assert!(loaded.log.quarters.is_empty());
        let out = flywheel(&["replay", fixture]);
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stdout).contains("cannot replay"));
    }
}

/// Every committed save with a whole log replays and verifies; the ones from before logs say they
/// cannot. A change to the rules or the data makes `logged.ron` another game, as it would any
/// player's save: then make it again with
/// `cargo run --release -- sim --seed 5 --quarters 24 --save saves/fixtures/logged.ron`.
#[test]
fn every_fixture_with_a_log_replays_and_verifies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/fixtures");
    let c = Content::embedded().unwrap();
    let mut verified = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let loaded = flywheel::save::load(&path).unwrap();
        let r = replay(&c, &loaded.state, &loaded.log, None).unwrap();
        if loaded.log.from == Some(loaded.state.start) {
            assert!(
                matches!(r, Replayed::Verified { .. }),
                "{}: {r:?} (remake it as this test's comment says if the rules changed)",
                path.display()
            );
            verified += 1;
        } else {
            assert!(
                matches!(r, Replayed::NoFullLog { .. }),
                "{}",
                path.display()
            );
        }
    }
    assert!(verified >= 1, "a fixture with a whole log");
}

#[test]
fn a_game_played_in_the_terminal_keeps_a_log_that_replays() {
    use flywheel::ui::app::{App, Options};
    let c = Content::embedded().unwrap();
    let mut app = App::new(
        c.clone(),
        Options {
            new_game: Some(flywheel::sim::NewGame {
                seed: 9,
                forced_events: vec!["garage_story".parse().unwrap()],
                ..Default::default()
            }),
            theme: flywheel::ui::theme::ThemeKind::Dark,
            saves: None,
        },
    )
    .unwrap();
    fn game(app: &mut App) -> &mut flywheel::ui::app::Game {
        match &mut app.mode {
            flywheel::ui::app::Mode::Playing(g) => g,
            _ => panic!("playing"),
        }
    }
    // A few quarters, a warehouse queued in the first, the forced card answered by default.
    for k in 0..4 {
        if k == 0 {
            let g = game(&mut app);
            let home = g.state.company.home;
            g.queue.push(Action::Build {
                kind: flywheel::content::FacilityKind::Warehouse,
                region: home,
                size: 0,
            });
        }
        let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('n'),
            crossterm::event::KeyModifiers::NONE,
        ));
        let a = app.on_event(&ev);
        app.update(a);
    }
    let g = game(&mut app);
    assert_eq!(g.log.quarters.len(), 4);
    assert_eq!(g.log.quarters[0].actions.len(), 1);
    assert!(matches!(
        replay(&c, &g.state, &g.log, None).unwrap(),
        Replayed::Verified { quarters: 4, .. }
    ));
}

#[test]
fn a_game_played_to_its_end_enters_the_high_scores_replayed() {
    use flywheel::ui::app::{App, Mode, Options};
    let mut app = App::new(
        Content::embedded().unwrap(),
        Options {
            new_game: Some(flywheel::sim::NewGame {
                scenario: "short".into(),
                seed: 2,
                ..Default::default()
            }),
            theme: flywheel::ui::theme::ThemeKind::Dark,
            saves: None,
        },
    )
    .unwrap();
    for _ in 0..200 {
        let over = matches!(&app.mode, Mode::Playing(g) if g.state.is_over());
        if over {
            break;
        }
        let ev = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('n'),
            crossterm::event::KeyModifiers::NONE,
        ));
        let a = app.on_event(&ev);
        app.update(a);
    }
    let entry = &app.scores.entries[0];
    assert!(entry.verified, "{entry:?}");
    assert_eq!(entry.hash.len(), 16);
}

#[test]
fn a_branch_replayed_with_the_same_actions_reaches_the_same_game() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("game.ron");
    let p = path.to_str().unwrap();
    let made = flywheel(&["sim", "--seed", "6", "--quarters", "20", "--save", p]);
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    let c = Content::embedded().unwrap();
    let loaded = flywheel::save::load(&path).unwrap();
    let at = loaded.log.quarters[12].quarter;
    let (mut branch, log) = flywheel::save::replay::rebuild(&c, &loaded.state, &loaded.log, at)
        .unwrap()
        .expect("the log rebuilds it");
    assert_eq!(branch.quarter, at);
    assert_eq!(log.quarters.len(), 12);
    for q in &loaded.log.quarters[12..] {
        flywheel::sim::advance(&c, &mut branch, &q.actions);
    }
    assert_eq!(
        flywheel::sim::state_hash(&branch),
        flywheel::sim::state_hash(&loaded.state)
    );
    // The save itself is untouched by branching.
    let before = std::fs::read(&path).unwrap();
    let _ = flywheel::save::replay::rebuild(&c, &loaded.state, &loaded.log, at).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A quarter the game never reached, or a save without a log, gives no branch.
    let later = loaded.state.quarter.next();
    assert!(
        flywheel::save::replay::rebuild(&c, &loaded.state, &loaded.log, later)
            .unwrap()
            .is_none()
    );
}

#[test]
fn replay_report_prints_the_post_mortem_against_every_bot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("whole.ron");
    let p = path.to_str().unwrap();
    let made = flywheel(&["sim", "--bot", "retail", "--seed", "7", "--save", p]);
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    let out = flywheel(&["replay", p, "--report"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("verified: "), "{text}");
    for want in [
        "Post-mortem: your world (seed 7",
        "You placed 6th of 11",
        "Valuation",
        "Revenue: store and platform",
        "Share: online spending and cloud",
        "Where your path and politician's parted",
        "2004 Q2: politician had 3 data centres open to outsiders; you had none",
    ] {
        assert!(text.contains(want), "{want:?} missing from:\n{text}");
    }
    // Every bot has its line.
    for bot in flywheel::bots::Bot::ids() {
        assert!(text.contains(&format!("   {bot} ")), "{bot}: {text}");
    }
}

#[test]
fn asking_a_bot_and_copying_its_plan_plays_the_quarter_as_sim_load_does() {
    use crossterm::event::KeyCode;
    use flywheel::ui::app::{Mode, Screen};
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::bot_app(40, Screen::Plan);
    let Mode::Playing(g) = &app.mode else {
        panic!("a game");
    };
    let before = g.state.clone();
    let info = flywheel::save::HeaderInfo::of(&app.content);
    let path = dir.path().join("asked.ron");
    flywheel::save::save_with_plan(&path, &before, &[], &g.log, &info).unwrap();

    common::keys(&mut app, "8a");
    common::press(&mut app, KeyCode::Right); // the opener
    let n = flywheel::bots::actions(&app.content, &before, flywheel::bots::Bot::Opener).len();
    for _ in 0..n {
        common::press(&mut app, KeyCode::Enter);
        common::press(&mut app, KeyCode::Down);
    }
    assert_eq!(app.game().unwrap().state, before, "asking touches nothing");
    common::press(&mut app, KeyCode::Esc);
    common::keys(&mut app, "n");

    let out_path = dir.path().join("sim.ron");
    let out = flywheel(&[
        "sim",
        "--load",
        path.to_str().unwrap(),
        "--bot",
        "opener",
        "--quarters",
        "1",
        "--save",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let by_sim = flywheel::save::load(&out_path).unwrap();
    assert_eq!(
        flywheel::sim::state_hash_hex(&app.game().unwrap().state),
        flywheel::sim::state_hash_hex(&by_sim.state)
    );
}

#[test]
fn load_at_without_a_terminal_writes_no_branch() {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/fixtures/logged.ron");
    let copy = dir.path().join("logged.ron");
    std::fs::copy(&fixture, &copy).unwrap();
    let out = flywheel(&[
        "load",
        "logged",
        "--at",
        "2000Q1",
        "--saves",
        dir.path().to_str().unwrap(),
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("logged.ron")]);
}
