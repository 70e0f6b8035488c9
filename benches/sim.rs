//! Speed of the rules: one mid-game quarter and a whole headless game.
#![allow(clippy::expect_used)] // A bench with broken setup should stop loudly.

use criterion::{Criterion, criterion_group, criterion_main};
use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::sim::{self, NewGame};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let content = Content::embedded().expect("embedded data is valid");
    let opts = NewGame {
        seed: 7,
        ..NewGame::default()
    };
    let mut mid = sim::new_game(&content, &opts).expect("standard scenario exists");
    bots::play(&content, &mut mid, Bot::Opener, 50);
    let actions = Bot::Opener.plan(&content, &mid);

    c.bench_function("quarter_mid_game_standard", |b| {
        b.iter_batched(
            || mid.clone(),
            |mut s| black_box(sim::advance(&content, &mut s, &actions)),
            criterion::BatchSize::SmallInput,
        )
    });
    c.bench_function("whole_game_standard_opener", |b| {
        b.iter(|| {
            let mut s = sim::new_game(&content, &opts).expect("standard scenario exists");
            bots::play(&content, &mut s, Bot::Opener, 200);
            black_box(s.quarters_played())
        })
    });
}

criterion_group!(sim_benches, benches);
criterion_main!(sim_benches);
