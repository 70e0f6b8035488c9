//! The saves directory: atomic writes, backups, names, autosave slots, listing, deleting.

use crate::common::{files_in, game, info};
use flywheel::bots::Bot;
use flywheel::save::{self, SaveDir, SaveError, SaveKind, atomic};
use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::Path;
use std::time::Duration;

fn tmp() -> (tempfile::TempDir, SaveDir) {
    let t = tempfile::tempdir().expect("temp dir");
    let d = SaveDir::new(t.path());
    (t, d)
}

/// File timestamps can be coarse (a few ms); keep successive saves distinguishable.
fn tick() {
    std::thread::sleep(Duration::from_millis(25));
}

#[test]
fn resaving_keeps_the_previous_version_as_bak() {
    let (_t, dir) = tmp();
    let early = game(4, Bot::Retail, 3);
    let later = game(4, Bot::Retail, 6);
    let path = save::save_named(&dir, "mine", &early, &info()).expect("saves");
    assert_eq!(path, dir.path().join("mine.ron"));
    let first = fs::read(&path).expect("readable");
    save::save_named(&dir, "mine", &later, &info()).expect("saves again");
    assert_eq!(
        fs::read(dir.path().join("mine.ron.bak")).expect("bak"),
        first
    );
    assert_eq!(save::load(&path).expect("loads").state, later);
    assert_eq!(files_in(dir.path()), ["mine.ron", "mine.ron.bak"]);
    // The backup is not listed as a save.
    assert_eq!(save::list(&dir).len(), 1);
}

#[test]
fn interrupted_write_leaves_the_old_save_intact() {
    let (_t, dir) = tmp();
    let old = game(4, Bot::Opener, 5);
    let path = save::save_named(&dir, "precious", &old, &info()).expect("saves");
    let before = fs::read(&path).expect("readable");
    let newer = b"(header: (format: 1, this would be the new save";
    let crash = |temp: &Path| -> io::Result<()> {
        // The new text is complete on disk at this point, beside the old save.
        assert_eq!(fs::read(temp)?, newer);
        Err(io::Error::other("power cut"))
    };
    let e = atomic::write_atomic(&path, newer, true, &crash).expect_err("the write fails");
    assert!(e.to_string().contains("power cut"), "{e}");
    assert_eq!(fs::read(&path).expect("still there"), before);
    // No temporary file is left behind, and no backup was made of a save not replaced.
    assert_eq!(files_in(dir.path()), ["precious.ron"]);
    assert_eq!(save::load(&path).expect("loads").state, old);
    assert!(save::list(&dir)[0].is_loadable());
}

#[test]
fn names_that_escape_the_directory_are_refused() {
    let (t, dir) = tmp();
    let inner = SaveDir::new(t.path().join("inner"));
    let state = game(1, Bot::Idle, 1);
    for name in [
        "../escape",
        "..",
        "/tmp/abs",
        "a/b",
        "a\\b",
        "C:x",
        "",
        "bell\u{7}",
        ".hidden",
    ] {
        let e = save::save_named(&inner, name, &state, &info()).expect_err(name);
        assert!(matches!(e, SaveError::BadName { .. }), "{name:?}: {e:?}");
        assert!(!e.to_string().contains('\n'));
        assert!(save::delete(&inner, name).is_err());
    }
    assert!(!t.path().join("escape.ron").exists());
    assert!(!inner.path().exists(), "nothing was written");
    let e = save::save_named(&dir, "autosave-2", &state, &info()).expect_err("reserved");
    assert!(e.to_string().contains("reserved"), "{e}");
}

#[test]
fn autosaves_rotate_through_three_slots_and_spare_named_saves() {
    let (_t, dir) = tmp();
    let named = save::save_named(&dir, "mine", &game(2, Bot::Idle, 1), &info()).expect("saves");
    let named_text = fs::read(&named).expect("readable");
    let mut written = Vec::new();
    for q in 1..=5 {
        let s = game(2, Bot::Opener, q);
        let path = save::autosave(&dir, &s, &info()).expect("autosaves");
        written.push(
            path.file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned(),
        );
        tick();
    }
    assert_eq!(
        written,
        [
            "autosave-1.ron",
            "autosave-2.ron",
            "autosave-3.ron",
            "autosave-1.ron",
            "autosave-2.ron"
        ]
    );
    assert_eq!(fs::read(&named).expect("readable"), named_text);
    let entries = save::list(&dir);
    let order: Vec<(&str, SaveKind, u32)> = entries
        .iter()
        .map(|e| {
            let h = e.header.as_ref().expect("loads");
            (e.name.as_str(), e.kind, h.quarters_played)
        })
        .collect();
    // Newest first: quarter 5 (slot 2), 4 (slot 1), 3 (slot 3); the named save is oldest.
    assert_eq!(
        order,
        [
            ("autosave-2", SaveKind::Autosave(2), 5),
            ("autosave-1", SaveKind::Autosave(1), 4),
            ("autosave-3", SaveKind::Autosave(3), 3),
            ("mine", SaveKind::Named, 1),
        ]
    );
    assert_eq!(
        save::latest(&dir).map(|e| e.name),
        Some("autosave-2".into())
    );
}

#[test]
fn latest_skips_a_newer_broken_save_and_delete_removes_the_backup() {
    let (_t, dir) = tmp();
    let s = game(6, Bot::Retail, 2);
    save::save_named(&dir, "old", &s, &info()).expect("saves");
    save::save_named(&dir, "old", &s, &info()).expect("saves again, with a .bak");
    tick();
    fs::write(dir.path().join("broken.ron"), "(header:").expect("writes");
    let entries = save::list(&dir);
    assert_eq!(entries[0].name, "broken");
    assert!(
        entries[0]
            .header
            .as_ref()
            .is_err_and(|r| r.starts_with("line 1:"))
    );
    assert_eq!(save::latest(&dir).map(|e| e.name), Some("old".into()));
    save::delete(&dir, "old").expect("deletes");
    assert_eq!(files_in(dir.path()), ["broken.ron"]);
    assert!(save::latest(&dir).is_none());
    assert!(matches!(
        save::delete(&dir, "old"),
        Err(SaveError::Io { .. })
    ));
}

#[test]
fn missing_directory_lists_nothing() {
    let (t, _) = tmp();
    let dir = SaveDir::new(t.path().join("never-made"));
    assert!(save::list(&dir).is_empty());
    assert!(save::latest(&dir).is_none());
}

#[test]
fn saves_directory_comes_from_flag_then_env_then_default() {
    let flag = Path::new("/elsewhere");
    let env = Some(OsString::from("from-env"));
    let data = Some(std::path::PathBuf::from("data-dir"));
    assert_eq!(
        SaveDir::choose(Some(flag), env.clone(), data.clone()).path(),
        flag
    );
    assert_eq!(
        SaveDir::choose(None, env, data.clone()).path(),
        Path::new("from-env")
    );
    assert_eq!(
        SaveDir::choose(None, Some(OsString::new()), data.clone()).path(),
        Path::new("data-dir")
    );
    assert_eq!(
        SaveDir::choose(None, None, data).path(),
        Path::new("data-dir")
    );
    // With no home directory at all, the working directory's saves/.
    assert_eq!(SaveDir::choose(None, None, None).path(), Path::new("saves"));
}

#[test]
fn load_target_is_a_name_or_a_path() {
    let dir = SaveDir::new("s");
    assert_eq!(
        dir.resolve_target("my game").expect("name"),
        Path::new("s/my game.ron")
    );
    assert_eq!(
        dir.resolve_target("x/y.ron").expect("path"),
        Path::new("x/y.ron")
    );
    assert_eq!(
        dir.resolve_target("y.ron").expect("path"),
        Path::new("y.ron")
    );
    assert!(dir.resolve_target("..").is_err());
}

#[test]
fn an_unreadable_autosave_slot_is_the_first_to_be_reused() {
    let (_t, dir) = tmp();
    for q in 1..=3 {
        save::autosave(&dir, &game(2, Bot::Retail, q), &info()).expect("autosaves");
        tick();
    }
    fs::write(dir.path().join("autosave-3.ron"), "garbage").expect("writes");
    assert_eq!(save::next_autosave_slot(&dir), 3);
    let path = save::autosave(&dir, &game(2, Bot::Retail, 4), &info()).expect("autosaves");
    assert_eq!(path, dir.path().join("autosave-3.ron"));
    assert!(save::list(&dir).iter().all(|e| e.is_loadable()));
}

#[test]
fn the_save_list_holds_saves_only_not_the_high_score_table() {
    let (_t, dir) = tmp();
    save::save_named(&dir, "mine", &game(4, Bot::Retail, 3), &info()).expect("saves");
    // The table as earlier versions kept it among the saves, and where it lives now.
    fs::write(dir.path().join("highscores.ron"), "(entries: [])").expect("write");
    fs::create_dir_all(dir.path().join("scores")).expect("mkdir");
    fs::write(dir.path().join("scores/highscores.ron"), "(entries: [])").expect("write");
    let names: Vec<String> = save::list(&dir).into_iter().map(|e| e.name).collect();
    assert_eq!(names, vec!["mine".to_string()]);
}
