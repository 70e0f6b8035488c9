//! Loading and continuing is the same game, to the bit, as never having stopped.

use crate::common::{content, game, info};
use flywheel::bots::{self, Bot};
use flywheel::save::{self, SaveDir, SaveHeader, format};
use flywheel::sim::{self, NewGame};
use proptest::prelude::*;

#[test]
fn encode_then_decode_gives_back_the_same_state_and_hash() {
    let state = game(5, Bot::Opener, 100);
    let header = SaveHeader::new(&state, &info(), 1_700_000_000);
    let text = format::encode(&header, &state).expect("encodes");
    let back = format::decode(&text).expect("decodes");
    assert_eq!(back.migrated_from, None);
    assert_eq!(back.file.header, header);
    assert_eq!(back.file.state, state);
    assert_eq!(sim::state_hash(&back.file.state), sim::state_hash(&state));
}

#[test]
fn odd_floats_survive_the_round_trip() {
    // A fresh game holds -inf rival pulls; every float must come back bit for bit.
    let mut state = game(2, Bot::Idle, 0);
    state.company.reputation = 0.1 + 0.2;
    state.company.excellence = -0.0;
    state.company.brand = f64::MIN_POSITIVE;
    state.company.patience = 1e300;
    state.company.catalogue = 5e-324;
    let header = SaveHeader::new(&state, &info(), 0);
    let text = format::encode(&header, &state).expect("encodes");
    let back = format::decode(&text).expect("decodes").file.state;
    assert_eq!(back.company.reputation.to_bits(), (0.1f64 + 0.2).to_bits());
    assert_eq!(back.company.excellence.to_bits(), (-0.0f64).to_bits());
    assert_eq!(back.company.catalogue.to_bits(), 5e-324f64.to_bits());
    assert_eq!(
        back.rivals[0].retail_pull.to_bits(),
        state.rivals[0].retail_pull.to_bits()
    );
    assert_eq!(sim::state_hash(&back), sim::state_hash(&state));
}

#[test]
fn every_bot_continues_a_saved_game_exactly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let saves = SaveDir::new(dir.path());
    for bot in Bot::ALL {
        for (seed, a, b) in [(1, 12, 20), (9, 40, 30)] {
            let straight = game(seed, bot, a + b);
            let first = game(seed, bot, a);
            let path = save::save_named(&saves, "checkpoint", &first, &info()).expect("saves");
            let mut resumed = save::load(&path).expect("loads").state;
            bots::play(content(), &mut resumed, bot, b);
            assert_eq!(
                sim::state_hash_hex(&resumed),
                sim::state_hash_hex(&straight),
                "{} seed {seed} after {a}+{b}",
                bot.id()
            );
            assert_eq!(resumed, straight);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Random seed × random legal actions (a random bot plans each quarter) × a save at a
    /// random quarter: the continuation matches the uninterrupted game quarter by quarter.
    #[test]
    fn continuation_matches_uninterrupted_game(
        seed in any::<u64>(),
        scenario in prop::sample::select(vec!["standard", "short"]),
        plan in prop::collection::vec(0..Bot::ALL.len(), 4..48),
        cut in any::<prop::sample::Index>(),
    ) {
        let opts = NewGame { seed, scenario: scenario.into(), ..NewGame::default() };
        let start = sim::new_game(content(), &opts).expect("scenario exists");
        let cut = cut.index(plan.len());

        let mut straight = start.clone();
        let mut hashes = Vec::new();
        for &b in &plan {
            let actions = Bot::ALL[b].plan(content(), &straight);
            sim::advance(content(), &mut straight, &actions);
            hashes.push(sim::state_hash(&straight));
        }

        let mut game = start;
        for &b in &plan[..cut] {
            let actions = Bot::ALL[b].plan(content(), &game);
            sim::advance(content(), &mut game, &actions);
        }
        let header = SaveHeader::new(&game, &info(), 0);
        let text = format::encode(&header, &game).expect("encodes");
        let mut resumed = format::decode(&text).expect("decodes").file.state;
        prop_assert_eq!(&resumed, &game);
        for (i, &b) in plan.iter().enumerate().skip(cut) {
            let actions = Bot::ALL[b].plan(content(), &resumed);
            sim::advance(content(), &mut resumed, &actions);
            prop_assert_eq!(sim::state_hash(&resumed), hashes[i], "quarter {} after a save at {}", i + 1, cut);
        }
        prop_assert_eq!(resumed, straight);
    }
}
