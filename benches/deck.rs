//! Speed of the event deck: parsing and validating a large mod, and a quarter with it loaded.
#![allow(clippy::expect_used)] // A benchmark with broken setup should stop at once.

use criterion::{Criterion, criterion_group, criterion_main};
use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::content::deck::{Deck, SourceFile};
use flywheel::sim::{self, NewGame};
use std::fmt::Write;
use std::hint::black_box;
use std::sync::Arc;

/// A mod of `n` events with varied conditions, weights, flags, follow-ups and chances.
fn generated_mod(n: usize) -> String {
    let mut s = String::from("(\n    events: [\n");
    let stats = [
        "Reputation",
        "Excellence",
        "Patience",
        "Visibility",
        "Warehouses",
    ];
    for i in 0..n {
        let year = 1996 + (i % 24);
        let stat = stats[i % stats.len()];
        let next = (i + 1) % n;
        let _ = write!(
            s,
            r#"        (
            id: "gen_{i}",
            title: "Generated event {i} for {{company}}",
            text: "Something happens in {{region}} involving {{rival}}.",
            category: {cat},
            major: {major},
            when: All([From(({year}, 1)), Above({stat}, {thr}.0), Any([Flag("gen_flag_{f}"), Chance(0.5)])]),
            weight: {w}.0,
            weight_if: [(when: Quarter(4), times: 2.0)],
            cooldown: {cd},
            choices: [
                (label: "Go", effects: [Cash(-{cash}), Stat(Reputation, 1.0), SetFlag("gen_flag_{f}"), FollowUp(event: "gen_{next}", after: 2)]),
                (label: "Wait", when: Above(Cash, 100.0), effects: [Chance(p: 0.3, then: [Attitude(Press, -2.0)], otherwise: [Modifier(on: Upkeep, pct: 2.0, quarters: 2)])]),
            ],
        ),
"#,
            cat = [
                "Macro",
                "Politics",
                "Contracts",
                "Operations",
                "Market",
                "Corporate"
            ][i % 6],
            major = i % 3 != 0,
            thr = i % 40,
            f = i % 50,
            w = 1 + i % 5,
            cd = 4 + i % 12,
            cash = 10 + i,
        );
    }
    s.push_str("    ],\n)\n");
    s
}

fn benches(c: &mut Criterion) {
    let content = Content::embedded().expect("embedded data is valid");
    let text = generated_mod(1_000);
    let mods = vec![SourceFile {
        name: "generated.ron".into(),
        text,
    }];
    let deck = Deck::from_sources(&content, &mods).expect("the generated mod is valid");
    assert_eq!(deck.events.len(), content.deck.events.len() + 1_000);

    c.bench_function("deck_parse_validate_base_plus_1000", |b| {
        b.iter(|| black_box(Deck::from_sources(&content, &mods).map(|d| d.events.len())))
    });

    let mut big = content.clone();
    big.deck = Arc::new(deck);
    let opts = NewGame {
        seed: 7,
        ..NewGame::default()
    };
    let mut none = content.clone();
    none.deck = Arc::new(Deck::default());
    for (name, cont) in [
        ("quarter_mid_game_no_events", &none),
        ("quarter_mid_game_base_deck", &content),
        ("quarter_mid_game_with_1000_event_mod", &big),
    ] {
        let mut mid = sim::new_game(cont, &opts).expect("standard scenario exists");
        bots::play(cont, &mut mid, Bot::Opener, 50);
        let actions = Bot::Opener.plan(cont, &mid);
        c.bench_function(name, |b| {
            b.iter_batched(
                || mid.clone(),
                // The state is returned so its drop falls outside the timing.
                |mut s| {
                    black_box(sim::advance(cont, &mut s, &actions));
                    s
                },
                criterion::BatchSize::SmallInput,
            )
        });
    }
}

criterion_group!(deck_benches, benches);
criterion_main!(deck_benches);
