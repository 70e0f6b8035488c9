//! Speed of saves: writing and reading a quarter-100 game (targets: under 5 ms each, and a
//! file under 1 MiB).
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::save::{self, HeaderInfo, SaveDir, SaveHeader, format};
use flywheel::sim::{self, NewGame};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let content = Content::embedded().expect("embedded data is valid");
    let opts = NewGame {
        seed: 7,
        ..NewGame::default()
    };
    let mut state = sim::new_game(&content, &opts).expect("standard scenario exists");
    bots::play(&content, &mut state, Bot::Opener, 100);
    let info = HeaderInfo::of(&content);
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = SaveDir::new(tmp.path());
    let path = save::save_named(&dir, "late", &state, &info).expect("saves");
    let size = std::fs::metadata(&path).expect("written").len();
    println!(
        "quarter-{} save: {size} bytes ({:.1} KiB)",
        state.quarters_played(),
        size as f64 / 1024.0
    );

    c.bench_function("save_quarter_100_to_disk", |b| {
        b.iter(|| save::save_named(&dir, "late", black_box(&state), &info).expect("saves"))
    });
    c.bench_function("load_quarter_100_from_disk", |b| {
        b.iter(|| black_box(save::load(&path).expect("loads")))
    });
    let header = SaveHeader::new(&state, &info, 0);
    let text = format::encode(&header, &state).expect("encodes");
    c.bench_function("encode_quarter_100", |b| {
        b.iter(|| format::encode(&header, black_box(&state)).expect("encodes"))
    });
    c.bench_function("decode_quarter_100", |b| {
        b.iter(|| format::decode(black_box(&text)).expect("decodes"))
    });

    // A whole standard game with its log, replayed and checked quarter by quarter (target:
    // under 50 ms).
    let mut played = sim::new_game(&content, &opts).expect("standard scenario exists");
    let mut log = save::ActionLog::starting(played.quarter);
    while !played.is_over() {
        let quarter = played.quarter;
        let actions = bots::actions(&content, &played, Bot::Opener);
        sim::advance(&content, &mut played, &actions);
        log.record(quarter, &actions, sim::state_hash_hex(&played));
    }
    c.bench_function("replay_and_verify_whole_game", |b| {
        b.iter(|| {
            let r = save::replay::replay(&content, black_box(&played), &log, None).expect("plays");
            assert!(matches!(r, save::replay::Replayed::Verified { .. }));
        })
    });
    // The end screen's post-mortem: the player's game replayed for its path and all ten bots
    // played on the same world, across the cores.
    let mut group = c.benchmark_group("postmortem");
    group.sample_size(20);
    group.bench_function("ten_bots_on_the_players_world", |b| {
        b.iter(|| {
            let pm = flywheel::ui::background::compare(&content, black_box(&played), &log, &|_| {})
                .expect("plays");
            assert_eq!(pm.bots.len(), Bot::ALL.len());
        })
    });
    group.finish();
}

criterion_group!(save_benches, benches);
criterion_main!(save_benches);
