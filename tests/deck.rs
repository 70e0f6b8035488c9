//! The event deck: shipped decks validate, broken decks give precise messages, mods merge
//! deterministically, and arbitrary input never panics.
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests fail loudly by design.

use flywheel::content::Content;
use flywheel::content::deck::{Deck, SourceFile};
use std::path::PathBuf;

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn root(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn mod_text(name: &str, text: &str) -> Vec<SourceFile> {
    vec![SourceFile {
        name: name.to_string(),
        text: text.to_string(),
    }]
}

#[test]
fn base_deck_is_valid_and_large_enough() {
    let c = content();
    let deck = &c.deck;
    assert!(deck.events.len() >= 40, "{} events", deck.events.len());
    assert!(deck.warnings.is_empty(), "{:?}", deck.warnings);
    use flywheel::content::deck::Category;
    for &cat in Category::ALL {
        assert!(
            deck.events.iter().filter(|e| e.category == cat).count() >= 3,
            "too few {cat:?} events"
        );
    }
    for id in [
        "sentinel_lost",
        "postal_pressure",
        "tax_accusations",
        "antitrust_probe",
        "second_headquarters",
        "union_drive",
        "eu_privacy_rules",
        "eu_digital_tax",
        "bubble_1999",
        "crash_2001",
        "crisis_2008",
        "pandemic_2020",
        "warehouse_fire",
        "hurricane",
        "power_failure",
        "streaming_customer",
        "seekwell_cloud",
        "quadrant_cloud",
        "robotics_startup",
        "activist_investor",
    ] {
        assert!(deck.event(id).is_some(), "missing {id}");
    }
}

#[test]
fn example_mod_validates_and_merges() {
    let c = content();
    let modded = c
        .with_mods(&[root("assets/mods/example")])
        .expect("example mod is valid");
    let d = &modded.deck;
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    assert!(d.event("viral_review").is_none(), "disabled by the mod");
    assert!(d.event("harbour_strike").is_some(), "added by the mod");
    assert_eq!(
        d.event("garage_story").map(|e| e.title.as_str()),
        Some("A garage, a founder and a website"),
        "replaced by the mod"
    );
    assert_eq!(d.events.len(), c.deck.events.len() + 3 - 1);
    assert_eq!(d.sources.len(), 2);
}

#[test]
fn later_mods_override_earlier_ones_and_folders_load_sorted() {
    let c = content();
    let dir = tempfile::tempdir().expect("temp dir");
    let ev = |title: &str| {
        format!(
            "(events: [(id: \"m\", title: \"{title}\", text: \"\", category: Market, choices: [(label: \"ok\")])])"
        )
    };
    std::fs::write(dir.path().join("b.ron"), ev("from b")).expect("write");
    std::fs::write(dir.path().join("a.ron"), ev("from a")).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not a deck").expect("write");
    let d = c.with_mods(&[dir.path().to_path_buf()]).expect("valid");
    assert_eq!(d.deck.event("m").map(|e| e.title.as_str()), Some("from b"));
    let single = dir.path().join("a.ron");
    let d = c
        .with_mods(&[dir.path().to_path_buf(), single])
        .expect("valid");
    assert_eq!(d.deck.event("m").map(|e| e.title.as_str()), Some("from a"));
}

fn broken(name: &str) -> String {
    let path = format!("tests/decks/broken/{name}.ron");
    let text = std::fs::read_to_string(root(&path)).expect("fixture exists");
    match Deck::from_sources(&content(), &mod_text(&path, &text)) {
        Ok(_) => panic!("{name} should not validate"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn golden_unknown_field() {
    insta::assert_snapshot!(broken("unknown_field"));
}

#[test]
fn golden_wrong_type() {
    insta::assert_snapshot!(broken("wrong_type"));
}

#[test]
fn golden_unknown_follow_up() {
    insta::assert_snapshot!(broken("unknown_follow_up"));
}

#[test]
fn golden_bad_probability() {
    insta::assert_snapshot!(broken("bad_probability"));
}

#[test]
fn golden_truncated() {
    insta::assert_snapshot!(broken("truncated"));
}

#[test]
fn golden_never_holds_and_bad_references() {
    insta::assert_snapshot!(broken("never_holds"));
}

#[test]
fn every_error_names_file_line_and_column() {
    for name in [
        "unknown_field",
        "wrong_type",
        "unknown_follow_up",
        "bad_probability",
        "truncated",
        "never_holds",
    ] {
        let text = broken(name);
        let expected = format!("tests/decks/broken/{name}.ron:");
        assert!(text.contains(&expected), "{name}: {text}");
        // The snippet marks the place and says how to fix it beside the mark.
        assert!(
            text.contains(",-[ ") && text.contains("`-"),
            "{name}: {text}"
        );
    }
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn example() -> String {
        std::fs::read_to_string(root("assets/mods/example/harbour_strike.ron")).expect("example")
    }

    /// Mutations a careless editor makes: delete, insert punctuation, duplicate, cut.
    fn mutate(text: &str, ops: &[(u8, usize, usize)]) -> String {
        let mut b = text.as_bytes().to_vec();
        const BITS: &[u8] = b"()[]{},:\"0123456789.-_ aZ\n/*";
        for &(op, x, y) in ops {
            if b.is_empty() {
                break;
            }
            let i = x % b.len();
            let j = (i + y % 64).min(b.len());
            match op % 4 {
                0 => {
                    b.drain(i..j);
                }
                1 => b.insert(i, BITS[y % BITS.len()]),
                2 => {
                    let slice = b[i..j].to_vec();
                    b.splice(i..i, slice);
                }
                _ => b.truncate(i),
            }
        }
        String::from_utf8_lossy(&b).into_owned()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let c = content();
            let _ = Deck::from_sources(&c, &mod_text("fuzz.ron", &text));
        }

        #[test]
        fn mutated_decks_never_panic(ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>()), 1..6)) {
            let text = mutate(&example(), &ops);
            let c = content();
            if let Err(e) = Deck::from_sources(&c, &mod_text("mutated.ron", &text)) {
                // Every finding renders, with a location when the file could be read.
                let shown = e.to_string();
                prop_assert!(shown.contains("mutated.ron"));
            }
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let mut cond = String::from("Always");
        for _ in 0..5000 {
            cond = format!("Not({cond})");
        }
        let text = format!(
            "(events: [(id: \"deep\", title: \"\", text: \"\", category: Market, when: {cond}, choices: [(label: \"ok\")])])"
        );
        let c = content();
        assert!(Deck::from_sources(&c, &mod_text("deep.ron", &text)).is_err());
    }
}

#[test]
fn duplicate_ids_in_one_file_are_an_error() {
    let ev = r#"(id: "d", title: "é", text: "", category: Market, choices: [(label: "a")])"#;
    let text = format!("(events: [{ev}, {ev}])");
    let err = Deck::from_sources(&content(), &mod_text("dup.ron", &text))
        .expect_err("duplicate ids are refused");
    let shown = err.to_string();
    assert!(shown.contains("defined twice"), "{shown}");
    assert!(shown.contains("dup.ron:1:"), "{shown}");
}

#[test]
fn disabling_an_unknown_event_is_a_warning() {
    let d = Deck::from_sources(
        &content(),
        &mod_text("w.ron", r#"(disable: ["no_such_event"])"#),
    )
    .expect("a warning does not stop the deck");
    assert_eq!(d.warnings.len(), 1);
    assert!(d.warnings[0].to_string().contains("w.ron:1:"));
}

#[test]
fn deck_and_data_files_starting_with_a_byte_order_mark_load() {
    let c = content();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("bom.ron"),
        "\u{feff}(events: [(id: \"m\", title: \"with a mark\", text: \"\", category: Market, choices: [(label: \"ok\")])])",
    )
    .expect("write");
    let d = c
        .with_mods(&[dir.path().to_path_buf()])
        .expect("a marked deck is valid");
    assert_eq!(
        d.deck.event("m").map(|e| e.title.as_str()),
        Some("with a mark")
    );
    // A data folder whose every file starts with the mark, as a Windows editor saves them.
    let data = tempfile::tempdir().expect("temp dir");
    copy_marked(&root("assets"), data.path());
    let tuned = Content::from_dir(data.path()).expect("marked data files load");
    assert_eq!(tuned.regions.len(), c.regions.len());
}

fn copy_marked(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("readable") {
        let entry = entry.expect("entry");
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
            copy_marked(&path, &dest);
        } else if path.extension().is_some_and(|e| e == "ron") {
            let text = std::fs::read_to_string(&path).expect("text");
            std::fs::write(dest, format!("\u{feff}{text}")).expect("write");
        }
    }
}

#[test]
fn weights_beyond_their_bounds_are_refused_with_the_bound() {
    let c = content();
    for (weight, times, needle) in [
        ("1e300", "2.0", "from 0 to 1000"),
        ("inf", "2.0", "from 0 to 1000"),
        ("1.0", "1e300", "from 0 to 100"),
    ] {
        let text = format!(
            "(events: [(id: \"w\", title: \"t\", text: \"\", category: Market, weight: {weight}, \
             weight_if: [(when: Always, times: {times})], choices: [(label: \"ok\")])])"
        );
        let Err(err) = Deck::from_sources(&c, &mod_text("w.ron", &text)) else {
            panic!("{weight}/{times}: out of bounds is refused");
        };
        let shown = err.to_string();
        assert!(shown.contains(needle), "{weight}/{times}: {shown}");
        assert!(shown.contains("w.ron:1:"), "with a position: {shown}");
    }
}

#[test]
fn parse_errors_point_where_a_modder_can_act() {
    let c = content();
    let shown = |text: &str| match Deck::from_sources(&c, &mod_text("m.ron", text)) {
        Ok(_) => panic!("should not parse: {text}"),
        Err(e) => e.to_string(),
    };
    // A missing `]`: the bracket that was opened, not "expected comma" further on.
    let e = shown(
        "(events: [\n    (id: \"a\", title: \"A\", text: \"\", category: Market, choices: [(label: \"ok\")),\n])",
    );
    assert!(
        e.contains("this `[` is closed by `)`") && e.contains("m.ron:2:64"),
        "{e}"
    );
    // An unclosed string: on its own line, not the next.
    let e = shown(
        "(events: [\n    (id: \"a\", title: \"A, text: \"\", category: Market, choices: [(label: \"ok\")]),\n])",
    );
    assert!(
        e.contains("string is never closed") && e.contains("m.ron:2:"),
        "{e}"
    );
    // Nesting: in the modder's words, with the limit.
    let deep = format!(
        "(events: [(id: \"d\", title: \"D\", text: \"\", category: Market, when: {}Always{}, \
         choices: [(label: \"ok\")])])",
        "Not(".repeat(70),
        ")".repeat(70)
    );
    let e = shown(&deep);
    assert!(e.contains("nest deeper than 64 levels"), "{e}");
    assert!(!e.contains("serde_stacker"), "{e}");
}

#[test]
fn a_reversed_lawsuit_win_chance_is_an_error() {
    let base = std::fs::read_to_string(root("assets/decks/base.ron")).expect("base deck");
    let text = base.replace("win_chance: (0.02, 0.98)", "win_chance: (0.98, 0.02)");
    assert_ne!(text, base, "the base deck sets win_chance");
    let err = Deck::from_sources(&content(), &mod_text("politics.ron", &text))
        .expect_err("a reversed range is refused");
    let shown = err.to_string();
    assert!(shown.contains("win_chance is (0.98, 0.02)"), "{shown}");
}
