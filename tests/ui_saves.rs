//! Saving and loading from the game's screens, driven by keys as a player would.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{keys, press};
use crossterm::event::KeyCode;
use flywheel::content::Content;
use flywheel::sim::{self, NewGame};
use flywheel::ui::App;
use flywheel::ui::app::{Mode, Options, Overlay};
use flywheel::ui::theme::ThemeKind;
use std::path::Path;

fn app_in(dir: &Path, new_game: bool) -> App {
    App::new(
        Content::embedded().unwrap(),
        Options {
            new_game: new_game.then(|| NewGame {
                seed: common::SEED,
                ..NewGame::default()
            }),
            theme: ThemeKind::Dark,
            saves: Some(dir.to_path_buf()),
        },
    )
    .unwrap()
}

fn hash(app: &App) -> String {
    sim::state_hash_hex(&app.game().expect("a game").state)
}

/// A fresh app on the saves in `dir`, with the save `name` opened from the menu's Load screen.
fn load_from_menu(dir: &Path, name: &str) -> App {
    let mut app = app_in(dir, false);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter); // Load
    let Mode::Load(list) = &app.mode else {
        panic!("load screen: {:?}", app.status);
    };
    let row = list.entries.iter().position(|e| e.name == name).unwrap();
    for _ in 0..row {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    app
}

#[test]
fn save_then_load_round_trips_the_state() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app_in(tmp.path(), true);
    keys(&mut app, "nn");
    keys(&mut app, "s");
    assert!(matches!(app.overlay, Some(Overlay::SaveName(_))));
    keys(&mut app, "evening");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, None, "{:?}", app.status);
    assert!(tmp.path().join("evening.ron").exists());
    let saved = hash(&app);
    // No unsaved progress: quitting does not ask.
    keys(&mut app, "q");
    assert!(app.quit);
    assert_eq!(app.overlay, None);

    let app = load_from_menu(tmp.path(), "evening");
    assert_eq!(hash(&app), saved);
}

#[test]
fn a_refused_name_keeps_the_prompt_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app_in(tmp.path(), true);
    keys(&mut app, "s../x");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::SaveName(_))));
    let msg = app.status_text().unwrap_or_default().to_string();
    assert_eq!(msg.lines().count(), 1);
    assert!(!msg.is_empty());
}

#[test]
fn autosave_at_each_quarter_and_continue_loads_the_latest() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app_in(tmp.path(), true);
    keys(&mut app, "n");
    assert!(tmp.path().join("autosave-1.ron").exists());
    // Quitting now loses nothing, and the way out names the save to load.
    let words = app
        .farewell()
        .expect("an autosaved game is named on the way out");
    assert!(words.contains("flywheel load autosave-1"), "{words}");
    let h = hash(&app);
    let mut app = app_in(tmp.path(), false);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter); // Continue
    assert_eq!(hash(&app), h);
}

#[test]
fn delete_asks_first() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app_in(tmp.path(), true);
    keys(&mut app, "sdoomed");
    press(&mut app, KeyCode::Enter);
    let mut app = app_in(tmp.path(), false);
    keys(&mut app, "jj");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Load(_)));
    keys(&mut app, "d");
    assert_eq!(app.overlay, Some(Overlay::ConfirmDelete("doomed".into())));
    keys(&mut app, "n");
    assert!(tmp.path().join("doomed.ron").exists());
    keys(&mut app, "dy");
    assert!(!tmp.path().join("doomed.ron").exists());
}

#[test]
fn broken_saves_list_with_their_reason() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("broken.ron"), "(header: (format: 1,\n").unwrap();
    let mut app = app_in(tmp.path(), false);
    keys(&mut app, "jj");
    press(&mut app, KeyCode::Enter);
    let t = common::text(&common::render(&mut app, 160, 50));
    assert!(t.contains("broken") && t.contains("cannot load"), "{t}");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Load(_)));
    assert!(app.status.is_some());
}

#[test]
fn a_save_keeps_the_queued_plan_and_a_game_just_saved_is_not_unsaved() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app_in(tmp.path(), true);
    common::fund(&mut app, 30_000);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter); // a small warehouse at home, queued
    let plan = app.game().expect("a game").queue.clone();
    assert_eq!(plan.len(), 1, "{:?}", app.status);
    assert_eq!(
        app.farewell(),
        None,
        "a plan not saved is not promised to anyone"
    );
    keys(&mut app, "s");
    keys(&mut app, "plan");
    press(&mut app, KeyCode::Enter);
    assert!(!app.game().expect("a game").unsaved(), "just saved");
    assert!(
        app.farewell()
            .is_some_and(|w| w.contains("flywheel load plan"))
    );
    // Quitting right after saving does not ask.
    keys(&mut app, "q");
    assert!(app.quit, "{:?}", app.overlay);

    let app = load_from_menu(tmp.path(), "plan");
    let g = app.game().expect("a game");
    assert_eq!(g.queue, plan, "the plan comes back");
    assert!(!g.unsaved());
}

/// On the finance screen: queues a price level one step up.
fn raise_prices(app: &mut App) {
    for _ in 0..4 {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Right);
    press(app, KeyCode::Enter);
}

#[test]
fn a_branch_from_the_timeline_replays_to_that_quarter_and_leaves_the_original_save_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app_in(tmp.path(), true);
    // Five quarters with a change of prices in the second, saved as "garage".
    keys(&mut app, "n4");
    raise_prices(&mut app);
    assert_eq!(app.game().unwrap().queue.len(), 1, "{:?}", app.status);
    keys(&mut app, "nnnn");
    keys(&mut app, "s");
    keys(&mut app, "garage");
    press(&mut app, KeyCode::Enter);
    let original = std::fs::read(tmp.path().join("garage.ron")).unwrap();
    let played = app.game().unwrap().state.history.clone();
    assert_eq!(played.len(), 5);

    // The timeline lists the quarters newest first; the fourth row down is the second quarter.
    keys(&mut app, "9");
    let screen = common::text(&common::render(&mut app, 160, 50));
    assert!(screen.contains("Timeline"), "{screen}");
    assert!(screen.contains("set prices"), "{screen}");
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let at = played[1].quarter;
    assert_eq!(app.overlay, Some(Overlay::ConfirmBranch(at)));
    keys(&mut app, "y");
    assert_eq!(app.overlay, None, "{:?}", app.status);

    let g = app.game().unwrap();
    assert_eq!(g.state.quarter, at, "{:?}", app.status);
    assert_eq!(g.state.history, played[..1].to_vec());
    let name = format!("garage from {at}");
    assert_eq!(g.name.as_deref(), Some(name.as_str()));
    assert!(app.status_text().unwrap().contains(&name));
    // The branch is a save of its own; the original is byte for byte what it was.
    assert_eq!(
        std::fs::read(tmp.path().join("garage.ron")).unwrap(),
        original
    );
    let branch = flywheel::save::load(&tmp.path().join(format!("{name}.ron"))).unwrap();
    assert_eq!(branch.state.quarter, at);

    // Playing the second quarter again with the same change reproduces the original's hash.
    keys(&mut app, "4");
    raise_prices(&mut app);
    keys(&mut app, "nnnn");
    let again = app.game().unwrap();
    let loaded = flywheel::save::load(&tmp.path().join("garage.ron")).unwrap();
    assert_eq!(
        sim::state_hash_hex(&again.state),
        sim::state_hash_hex(&loaded.state)
    );
}
