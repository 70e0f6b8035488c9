//! Every kind of bad file gives a one-line reason, never a panic, and leaves the other saves
//! listing and loading.

use crate::common::{content, game, info};
use flywheel::bots::Bot;
use flywheel::save::{self, MAX_SAVE_BYTES, SaveDir, SaveError};
use std::fs;
use std::path::Path;

/// A good save's text, and the directory holding it as `good.ron`.
fn dir_with_good_save() -> (tempfile::TempDir, SaveDir, String) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = SaveDir::new(tmp.path());
    let state = game(3, Bot::Opener, 10);
    let path = save::save_named(&dir, "good", &state, &info()).expect("saves");
    let text = fs::read_to_string(path).expect("readable");
    (tmp, dir, text)
}

fn write(dir: &SaveDir, name: &str, contents: impl AsRef<[u8]>) -> std::path::PathBuf {
    let path = dir.path().join(format!("{name}.ron"));
    fs::write(&path, contents).expect("writes");
    path
}

fn load_err(path: &Path) -> SaveError {
    match save::load(path) {
        Ok(_) => panic!("{} loaded", path.display()),
        Err(e) => e,
    }
}

fn assert_one_line(e: &SaveError) {
    let msg = e.to_string();
    assert!(
        !msg.is_empty() && !msg.contains('\n'),
        "not one line: {msg:?}"
    );
}

fn assert_parse_at(e: &SaveError, needle: &str) {
    assert_one_line(e);
    match e {
        SaveError::Parse { line, col, message } => {
            assert!(*line >= 1 && *col >= 1);
            assert!(
                message.contains(needle),
                "{message:?} does not mention {needle:?}"
            );
            assert!(e.to_string().starts_with(&format!("line {line}:{col}: ")));
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}

/// Replaces one occurrence of `from` in a save's text, asserting it was there.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture text lacks {from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn truncated_save() {
    let (_t, dir, text) = dir_with_good_save();
    let p = write(&dir, "truncated", &text[..text.len() / 2]);
    assert_parse_at(&load_err(&p), "");
    let p = write(&dir, "empty", "");
    assert_parse_at(&load_err(&p), "");
}

#[test]
fn garbled_saves() {
    let (_t, dir, text) = dir_with_good_save();
    let p = write(&dir, "binary", [0xff, 0xfe, 0x00, 0x81, b'(']);
    let e = load_err(&p);
    assert_one_line(&e);
    assert!(matches!(e, SaveError::NotText(0)), "{e:?}");
    let p = write(&dir, "noise", "(((header: ]]] 12 @@");
    assert_parse_at(&load_err(&p), "");
    // Bytes flipped in the middle of the state.
    let mut bytes = text.into_bytes();
    let mid = bytes.len() / 2;
    bytes[mid..mid + 8].copy_from_slice(b")}]#)$,(");
    let p = write(&dir, "flipped", bytes);
    assert_parse_at(&load_err(&p), "");
}

#[test]
fn wrongly_hand_edited_saves() {
    let (_t, dir, text) = dir_with_good_save();
    let cash = format!(
        "cash: {},",
        game(3, Bot::Opener, 10).company.cash.thousands()
    );
    let p = write(&dir, "string_cash", edit(&text, &cash, "cash: \"lots\","));
    assert_parse_at(&load_err(&p), "");
    let p = write(
        &dir,
        "unknown_field",
        edit(&text, "seed:", "cheat: 1, seed:"),
    );
    assert_parse_at(&load_err(&p), "cheat");
    let p = write(&dir, "bad_quarter", edit(&text, "q: ", "q: 7, q0: "));
    let e = load_err(&p);
    assert_one_line(&e);
    let p = write(
        &dir,
        "quarter_seven",
        text.replace("q: 1)", "q: 7)").replace("q: 1,", "q: 7,"),
    );
    assert_parse_at(&load_err(&p), "not 1 to 4");
    let p = write(&dir, "negative_seed", edit(&text, "seed: 3", "seed: -3"));
    assert_parse_at(&load_err(&p), "");
}

#[test]
fn oversized_save_is_refused_before_reading() {
    let (_t, dir, _) = dir_with_good_save();
    let path = dir.path().join("huge.ron");
    // Sparse: costs no disk and no time, but reports 16 MiB + 1.
    let f = fs::File::create(&path).expect("creates");
    f.set_len(MAX_SAVE_BYTES + 1).expect("sets length");
    let e = load_err(&path);
    assert_one_line(&e);
    assert!(
        matches!(e, SaveError::TooLarge { size, .. } if size == MAX_SAVE_BYTES + 1),
        "{e:?}"
    );
}

#[test]
fn newer_format_is_refused_with_a_hint() {
    let (_t, dir, text) = dir_with_good_save();
    let p = write(
        &dir,
        "future",
        edit(&text, "format: 2,", "format: 7, hover_cars: true,"),
    );
    let e = load_err(&p);
    assert_one_line(&e);
    assert!(
        matches!(
            e,
            SaveError::NewerFormat {
                found: 7,
                supported: 2
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("update the game"));
}

#[test]
fn saves_missing_data() {
    let (_t, dir, text) = dir_with_good_save();
    let state_at = text.find("state:").expect("has state");
    let no_state = format!("{})\n", text[..state_at].trim_end());
    let p = write(&dir, "no_state", no_state);
    assert_parse_at(&load_err(&p), "state");
    let rng_at = text.find("rng:").expect("has rng");
    let rng_end = rng_at
        + text[rng_at..]
            .find("company:")
            .expect("company follows rng");
    let p = write(
        &dir,
        "no_rng",
        format!("{}{}", &text[..rng_at], &text[rng_end..]),
    );
    assert_parse_at(&load_err(&p), "rng");
    let p = write(&dir, "no_header_format", edit(&text, "format: 2,", ""));
    assert_parse_at(&load_err(&p), "format");
}

#[test]
fn save_that_does_not_fit_the_data_is_refused_at_check() {
    let (_t, dir, _) = dir_with_good_save();
    let mut state = game(3, Bot::Opener, 10);
    state.company.home.0 = 99;
    let p = save::save_named(&dir, "far_away", &state, &info()).expect("saves");
    let loaded = save::load(&p).expect("parses");
    let e = loaded
        .check(content())
        .expect_err("region 99 does not exist");
    assert_one_line(&e);
    assert!(matches!(e, SaveError::Mismatch(_)), "{e:?}");
    assert!(e.to_string().contains("region 99"), "{e}");

    let mut state = game(3, Bot::Reckless, 10);
    let f = state
        .facilities
        .first_mut()
        .expect("the reckless bot builds at once");
    f.size = 42;
    let p = save::save_named(&dir, "odd_size", &state, &info()).expect("saves");
    let e = save::load(&p)
        .expect("parses")
        .check(content())
        .expect_err("no size 42");
    assert!(e.to_string().contains("size 42"), "{e}");

    let mut state = game(3, Bot::Opener, 10);
    state.rivals.pop();
    let p = save::save_named(&dir, "lost_rival", &state, &info()).expect("saves");
    let e = save::load(&p)
        .expect("parses")
        .check(content())
        .expect_err("rival missing");
    assert!(e.to_string().contains("rivals"), "{e}");
}

#[test]
fn other_data_only_warns() {
    let (_t, dir, _) = dir_with_good_save();
    let state = game(3, Bot::Opener, 10);
    let mut other = info();
    other.data.hash = "0123456789abcdef".into();
    let p = save::save_named(&dir, "tuned", &state, &other).expect("saves");
    let warnings = save::load(&p)
        .expect("loads")
        .check(content())
        .expect("plays");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("0123456789abcdef"));
    let good = save::load(&dir.path().join("good.ron")).expect("loads");
    assert_eq!(good.check(content()).expect("plays"), Vec::<String>::new());
}

#[test]
fn bad_files_leave_the_good_save_untouched_and_listed() {
    let (_t, dir, text) = dir_with_good_save();
    write(&dir, "truncated", &text[..100]);
    write(&dir, "binary", [0xc3, 0x28]);
    write(&dir, "future", edit(&text, "format: 2,", "format: 3,"));
    let f = fs::File::create(dir.path().join("huge.ron")).expect("creates");
    f.set_len(MAX_SAVE_BYTES + 10).expect("sets length");
    fs::create_dir(dir.path().join("folder.ron")).expect("a directory named like a save");
    fs::write(dir.path().join("notes.txt"), "not a save").expect("writes");

    let entries = save::list(&dir);
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(entries.len(), 5, "{names:?}");
    for e in &entries {
        match &e.header {
            Ok(h) => {
                assert_eq!(e.name, "good");
                assert_eq!(h.seed, 3);
            }
            Err(reason) => {
                assert!(!reason.contains('\n') && !reason.is_empty(), "{reason:?}");
            }
        }
    }
    assert_eq!(entries.iter().filter(|e| e.is_loadable()).count(), 1);
    assert_eq!(
        fs::read_to_string(dir.path().join("good.ron")).expect("still there"),
        text
    );
    assert_eq!(save::latest(&dir).map(|e| e.name), Some("good".to_string()));
    assert!(save::load(&dir.path().join("good.ron")).is_ok());
}

#[test]
fn events_missing_from_the_decks_only_warn() {
    let (_t, dir, _) = dir_with_good_save();
    let mut state = game(3, Bot::Opener, 10);
    state
        .events
        .pending
        .push(flywheel::sim::events::PendingEvent {
            serial: 999,
            id: "a_mod_that_is_gone".into(),
            quarter: state.quarter,
            region: 0,
            rival: 0,
            facility: None,
        });
    let p = save::save_named(&dir, "modded", &state, &info()).expect("saves");
    let (loaded, warnings) = save::load_checked(&p, content()).expect("plays");
    assert_eq!(loaded.state, state);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("a_mod_that_is_gone"), "{warnings:?}");
}

#[test]
fn a_save_starting_with_a_byte_order_mark_loads() {
    let (_tmp, dir, text) = dir_with_good_save();
    let path = write(&dir, "bom", format!("\u{feff}{text}"));
    let loaded = save::load(&path).expect("a leading byte-order mark is accepted");
    assert_eq!(loaded.state.quarters_played(), 10);
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// A save damaged anywhere (bytes overwritten, a stretch cut out, a mark in front) is
        /// refused or loaded, never a panic, and checking what loaded never panics either.
        #[test]
        fn damaged_saves_never_panic(
            edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..12),
            cut in proptest::option::of((any::<usize>(), 0usize..400)),
            bom in any::<bool>(),
        ) {
            let (_tmp, dir, text) = dir_with_good_save();
            let mut bytes = text.into_bytes();
            for (at, b) in edits {
                let i = at % bytes.len();
                bytes[i] = b;
            }
            if let Some((at, len)) = cut {
                let i = at % bytes.len();
                let j = (i + len).min(bytes.len());
                bytes.drain(i..j);
            }
            if bom {
                bytes.splice(0..0, "\u{feff}".bytes());
            }
            let path = write(&dir, "damaged", &bytes);
            if let Ok(loaded) = save::load(&path) {
                let _ = loaded.check(content());
            }
        }
    }
}
