//! Events in play: the director's pacing over many headless games, answers and defaults,
//! the cash identity, determinism with mods, and pending events surviving a save.
#![allow(clippy::expect_used, clippy::unwrap_used)] // Tests fail loudly by design.

use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::sim::events::Origin;
use flywheel::sim::report::Books;
use flywheel::sim::{self, Action, GameState, NewGame};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn game(content: &Content, seed: u64) -> GameState {
    let opts = NewGame {
        seed,
        ..NewGame::default()
    };
    sim::new_game(content, &opts).expect("standard scenario exists")
}

/// Games for the director test: the full 1,000 by default (a few seconds with the test profile's
/// optimisation); `FLYWHEEL_DIRECTOR_GAMES=N` plays another number while working on the deck.
fn director_games() -> u64 {
    std::env::var("FLYWHEEL_DIRECTOR_GAMES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}

#[test]
fn director_keeps_its_pacing_and_every_event_fires() {
    let c = content();
    let d = &c.deck.director;
    let mut fired: BTreeSet<String> = BTreeSet::new();
    for seed in 1..=director_games() {
        let bot = if seed.is_multiple_of(5) {
            Bot::Reckless
        } else {
            Bot::Opener
        };
        let mut s = game(&c, seed);
        bots::play(&c, &mut s, bot, 200);
        let mut majors: BTreeMap<_, u32> = BTreeMap::new();
        let mut last: BTreeMap<&str, _> = BTreeMap::new();
        let mut last_crisis = None;
        for r in &s.events.log {
            fired.insert(r.id.clone());
            let e = c.deck.event(&r.id).expect("logged events are in the deck");
            if r.major {
                *majors.entry(r.quarter).or_default() += 1;
            }
            if r.origin != Origin::Drawn {
                continue;
            }
            if let Some(prev) = last.get(r.id.as_str()) {
                assert!(!e.once, "seed {seed}: once-event {} fired twice", r.id);
                let gap = r.quarter.since(*prev);
                let cooldown = i32::from(e.cooldown.unwrap_or(d.default_cooldown));
                assert!(
                    gap >= cooldown,
                    "seed {seed}: {} repeated after {gap} < {cooldown} quarters",
                    r.id
                );
            }
            last.insert(r.id.as_str(), r.quarter);
            if e.crisis {
                if let Some(prev) = last_crisis {
                    let gap = r.quarter.since(prev);
                    assert!(
                        gap >= i32::from(d.crisis_gap),
                        "seed {seed}: crises {gap} apart"
                    );
                }
                last_crisis = Some(r.quarter);
            }
        }
        for (q, n) in majors {
            assert!(n <= 1, "seed {seed}: {n} major events in {q}");
        }
    }
    let never: Vec<&str> = c
        .deck
        .events
        .iter()
        .map(|e| e.id.as_str())
        .filter(|id| !fired.contains(*id))
        .collect();
    assert!(never.is_empty(), "never fired: {never:?}");
}

#[test]
fn cash_identity_holds_with_events() {
    let c = content();
    for seed in [1, 2, 3] {
        let mut s = game(&c, seed);
        while !s.is_over() {
            let mut actions = Bot::Opener.plan(&c, &s);
            // Leave every other quarter's events unanswered so defaults are exercised too.
            if s.quarter.q.is_multiple_of(2) {
                actions.extend(s.events.pending.iter().map(|p| Action::AnswerEvent {
                    serial: p.serial,
                    choice: 0,
                }));
            }
            let r = sim::advance(&c, &mut s, &actions);
            assert_eq!(r.cash_after - r.cash_before, r.books.cash_flow());
            assert!(
                s.events
                    .pending
                    .iter()
                    .all(|p| p.quarter.next() == s.quarter || s.is_over())
            );
        }
        assert!(s.events.log.iter().any(|r| r.by_default));
        assert!(
            s.events
                .log
                .iter()
                .all(|r| r.choice.is_some() || r.quarter == s.quarter)
        );
    }
}

#[test]
fn same_seed_and_mods_give_the_same_game() {
    let c = content()
        .with_mods(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/mods/example")])
        .expect("example mod is valid");
    let run = |seed| {
        let mut s = game(&c, seed);
        bots::play(&c, &mut s, Bot::Opener, 200);
        sim::state_hash_hex(&s)
    };
    assert_eq!(run(11), run(11));
    assert_ne!(run(11), run(12));
    let plain = content();
    let mut s = game(&plain, 11);
    bots::play(&plain, &mut s, Bot::Opener, 200);
    let mut t = game(&plain, 11);
    bots::play(&plain, &mut t, Bot::Opener, 200);
    assert_eq!(sim::state_hash_hex(&s), sim::state_hash_hex(&t));
}

#[test]
fn pending_event_survives_a_save_and_answers_after_load() {
    let c = content();
    let mut s = game(&c, 5);
    while s.events.pending.is_empty() && !s.is_over() {
        let actions = Bot::Opener.plan(&c, &s);
        sim::advance(&c, &mut s, &actions);
    }
    assert!(!s.events.pending.is_empty(), "some event fires");
    let text = ron::to_string(&s).expect("state serialises");
    let loaded: GameState = ron::from_str(&text).expect("state loads");
    assert_eq!(loaded, s);
    let cards = sim::events::pending_cards(&c, &loaded, &Books::default());
    assert_eq!(cards.len(), loaded.events.pending.len());
    let card = &cards[0];
    assert!(
        !card.title.contains('{'),
        "placeholders filled: {}",
        card.title
    );
    assert!(card.choices.iter().any(|ch| ch.available));
    let pick = card.choices.iter().position(|ch| ch.available).unwrap_or(0) as u8;
    let mut a = loaded.clone();
    let mut b = s.clone();
    let act = [Action::AnswerEvent {
        serial: card.serial,
        choice: pick,
    }];
    let ra = sim::advance(&c, &mut a, &act);
    sim::advance(&c, &mut b, &act);
    assert!(ra.rejected.is_empty(), "{:?}", ra.rejected);
    assert_eq!(sim::state_hash(&a), sim::state_hash(&b));
    let rec = a
        .events
        .log
        .iter()
        .find(|r| r.serial == card.serial)
        .expect("logged");
    assert_eq!(rec.choice, Some(pick));
    assert!(!rec.by_default);
}

#[test]
fn answers_are_checked() {
    let c = content();
    let mut s = game(&c, 5);
    let r = sim::advance(
        &c,
        &mut s,
        &[Action::AnswerEvent {
            serial: 999,
            choice: 0,
        }],
    );
    assert_eq!(r.rejected.len(), 1);
    let r = sim::advance(
        &c,
        &mut s,
        &[Action::Bid {
            tender: "sentinel_cloud".into(),
            price_pct: 90,
        }],
    );
    assert_eq!(r.rejected.len(), 1, "no such open tender yet");
}

#[test]
fn greyed_choices_say_why() {
    let c = content()
        .with_mods(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/mods/example")])
        .expect("example mod is valid");
    let mut s = game(&c, 1);
    // Pretend the strike fired while the company is nearly broke.
    s.company.cash = flywheel::sim::Money::k(10);
    s.events.pending.push(flywheel::sim::events::PendingEvent {
        serial: 77,
        id: "harbour_strike".into(),
        quarter: s.quarter,
        region: 1,
        rival: 0,
        facility: None,
    });
    let cards = sim::events::pending_cards(&c, &s, &Books::default());
    let fly = &cards[0].choices[0];
    assert!(!fly.available);
    assert!(
        fly.reason
            .as_deref()
            .is_some_and(|r| r.contains("Cash above")),
        "{fly:?}"
    );
    assert!(cards[0].title.contains("US Northeast"));
    let r = sim::advance(
        &c,
        &mut s,
        &[Action::AnswerEvent {
            serial: 77,
            choice: 0,
        }],
    );
    assert_eq!(r.rejected.len(), 1);
    let rec = s.events.pending.iter().any(|p| p.serial == 77);
    assert!(!rec, "the default settled it");
}

#[test]
fn politics_moves_elections_and_visibility() {
    let c = content();
    let mut s = game(&c, 9);
    bots::play(&c, &mut s, Bot::Opener, 200);
    let p = sim::politics::summary(&c, &s);
    assert_eq!(p.stakeholders.len(), 6);
    assert!(p.visibility > 20.0, "a giant is visible: {}", p.visibility);
    assert!(p.causes.iter().any(|c| c.points > 0.0));
    assert!(s.politics.last_election.is_some());
    assert!(
        s.politics
            .outcomes
            .iter()
            .any(|o| o.text.starts_with("Election"))
    );
    for a in s.politics.attitudes {
        assert!((-100.0..=100.0).contains(&a));
    }
}

/// Plays a whole game with the mod, checking the event queues after every quarter: the end
/// state and every line of news the game printed.
fn bounded_game(c: &Content) -> (GameState, BTreeSet<String>) {
    use flywheel::sim::events::{MAX_PENDING, MAX_SCHEDULED};
    let mut s = game(c, 11);
    let mut most = (0, 0);
    let mut news = BTreeSet::new();
    while !s.is_over() {
        bots::play(c, &mut s, Bot::Opener, 1);
        most.0 = most.0.max(s.events.pending.len());
        most.1 = most.1.max(s.events.scheduled.len());
        news.extend(s.news.iter().map(|n| n.text.clone()));
    }
    assert!(most.0 <= MAX_PENDING, "{} cards waiting at once", most.0);
    assert!(
        most.1 <= MAX_SCHEDULED,
        "{} follow-ups waiting at once",
        most.1
    );
    assert_eq!(s.quarter, s.end, "the game reaches its end");
    (s, news)
}

#[test]
fn follow_ups_that_would_double_every_quarter_are_warned_about_and_stay_bounded() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/decks/loops/doubling.ron");
    let c = content().with_mods(&[path]).expect("the mod is valid");
    let warnings: Vec<String> = c.deck.warnings.iter().map(|w| w.to_string()).collect();
    for needle in [
        "choice \"Listen\" schedules \"echo\" more than once",
        "choice \"Again\" schedules \"echo\" more than once",
        "\"ping\" is fired only by events nothing can reach",
        "\"pong\" is fired only by events nothing can reach",
        "follow-ups loop: echo → echo",
        "follow-ups loop: ping → pong → ping",
    ] {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(needle) && w.contains("doubling.ron:")),
            "no warning {needle:?} with a position in {warnings:#?}"
        );
    }
    let (s, _) = bounded_game(&c);
    let echoes = s
        .events
        .fired
        .iter()
        .find(|f| f.id == "echo")
        .map_or(0, |f| f.count);
    assert!(
        echoes > 10,
        "the echo keeps coming, once a quarter: {echoes}"
    );
}

#[test]
fn a_deck_scheduling_more_follow_ups_than_the_bound_drops_the_rest_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let followers: Vec<String> = (0..40)
        .map(|k| {
            format!(
                "(id: \"f{k}\", title: \"F{k}\", text: \"\", category: Market, major: false, follow_up_only: true, \
                 choices: [(label: \"ok\")])"
            )
        })
        .collect();
    let all: Vec<String> = (0..40)
        .map(|k| format!("FollowUp(event: \"f{k}\", after: 1)"))
        .collect();
    let text = format!(
        "(events: [(id: \"burst\", title: \"Burst\", text: \"\", category: Market, weight: 1000.0, \
         once: true, choices: [(label: \"go\", effects: [{}])]), {}])",
        all.join(", "),
        followers.join(", ")
    );
    std::fs::write(dir.path().join("burst.ron"), text).expect("write");
    let c = content()
        .with_mods(&[dir.path().to_path_buf()])
        .expect("the mod is valid");
    let (s, news) = bounded_game(&c);
    let said = |what: &str| news.iter().any(|n| n.contains(what));
    let fired = s
        .events
        .fired
        .iter()
        .filter(|f| f.id.starts_with('f'))
        .count();
    assert!(
        fired > 0 && fired < 40,
        "some of the burst fire, not all: {fired}"
    );
    assert!(
        said("more than 32 follow-up") && said("more than 16 event cards"),
        "the news says the deck hit both bounds"
    );
}

#[test]
fn a_lawsuit_named_with_placeholders_is_checked_and_filled_in() {
    let suit = |name: &str| {
        format!(
            "(events: [(id: \"sued\", title: \"Sued\", text: \"\", category: Politics, weight: 1000.0, \
             once: true, choices: [(label: \"Fight\", effects: [Lawsuit(id: \"suit\", name: \"{name}\", \
             quarters: 4, cost_per_quarter: 100, merits: 0.5, on_win: \"sued\", on_loss: \"sued\")])])])"
        )
    };
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("bad.ron"), suit("{company} v. {rivals}")).expect("write");
    let err = content()
        .with_mods(&[dir.path().to_path_buf()])
        .expect_err("an unknown placeholder is an error");
    assert!(
        err.to_string().contains("unknown placeholder {rivals}")
            && err.to_string().contains("bad.ron:1:"),
        "{err}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("good.ron"),
        suit("{company} v. {rival} ({region})"),
    )
    .expect("write");
    let c = content()
        .with_mods(&[dir.path().to_path_buf()])
        .expect("the mod is valid");
    let mut s = game(&c, 5);
    for _ in 0..60 {
        if let Some(l) = s.politics.lawsuits.first() {
            assert!(!l.name.contains('{'), "filled in: {}", l.name);
            assert!(l.name.starts_with(&s.company.name), "{}", l.name);
            return;
        }
        bots::play(&c, &mut s, Bot::Opener, 1);
    }
    panic!("the lawsuit opened within 60 quarters");
}

#[test]
fn a_forced_event_waits_in_its_quarter_whatever_its_conditions_and_the_save_keeps_it() {
    let c = content();
    // A heatwave needs a warehouse and a third quarter; the garage store has neither in 1996 Q2.
    let at: sim::Quarter = "1996Q2".parse().unwrap();
    let opts = NewGame {
        seed: 3,
        forced_events: vec!["heatwave@1996Q2".parse().unwrap()],
        ..NewGame::default()
    };
    let mut s = sim::new_game(&c, &opts).unwrap();
    assert!(s.events.pending.is_empty(), "not before its quarter");
    // Still to come, it is in the save.
    let text = ron::to_string(&s).unwrap();
    assert!(text.contains("forced"), "{text}");
    let loaded: GameState = ron::from_str(&text).unwrap();
    assert_eq!(loaded, s);
    while s.quarter < at {
        assert!(!s.events.pending.iter().any(|p| p.id == "heatwave"));
        sim::advance(&c, &mut s, &[]);
    }
    assert!(
        s.events.pending.iter().any(|p| p.id == "heatwave"),
        "the card waits when {at} is planned"
    );
    let rec = s.events.log.iter().find(|r| r.id == "heatwave").unwrap();
    assert_eq!(rec.origin, Origin::Forced);
    assert!(s.events.forced.is_empty());
    // Without a quarter it waits at once; an unknown id or a quarter after the end is refused.
    let now = NewGame {
        forced_events: vec!["power_failure".parse().unwrap()],
        ..NewGame::default()
    };
    let s = sim::new_game(&c, &now).unwrap();
    assert_eq!(s.events.pending[0].id, "power_failure");
    for bad in ["no_such_card", "heatwave@2031Q1"] {
        let opts = NewGame {
            forced_events: vec![bad.parse().unwrap()],
            ..NewGame::default()
        };
        assert!(sim::new_game(&c, &opts).is_err(), "{bad}");
    }
}
