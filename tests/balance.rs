//! Balance sanity over 200 seeds of the standard scenario. Tune the data, not these targets.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::sim::{self, GameState, NewGame, Outcome};

const SEEDS: u64 = 200;

fn finals(c: &Content, bot: Bot) -> Vec<GameState> {
    (0..SEEDS)
        .map(|seed| {
            let mut s = sim::new_game(
                c,
                &NewGame {
                    seed,
                    ..NewGame::default()
                },
            )
            .expect("standard exists");
            bots::play(c, &mut s, bot, 1_000);
            s
        })
        .collect()
}

fn median(mut v: Vec<i64>) -> i64 {
    v.sort_unstable();
    v[v.len() / 2]
}

#[test]
fn strategies_rank_as_designed() {
    let c = Content::embedded().expect("embedded data is valid");
    let idle = finals(&c, Bot::Idle);
    let retail = finals(&c, Bot::Retail);
    let opener = finals(&c, Bot::Opener);
    let reckless = finals(&c, Bot::Reckless);
    let score = |s: &GameState| s.score().thousands();

    let idle_last = (0..SEEDS as usize)
        .filter(|&i| score(&idle[i]) < score(&retail[i]) && score(&idle[i]) < score(&opener[i]))
        .count();
    assert!(
        idle_last * 100 >= 95 * SEEDS as usize,
        "idle scores below retail and opener on {idle_last}/{SEEDS} seeds"
    );

    let bankrupt = reckless
        .iter()
        .filter(|s| s.outcome == Some(Outcome::Bankrupt))
        .count();
    assert!(
        bankrupt * 2 > SEEDS as usize,
        "reckless went bankrupt on only {bankrupt}/{SEEDS} seeds"
    );

    let (o, r) = (
        median(opener.iter().map(score).collect()),
        median(retail.iter().map(score).collect()),
    );
    assert!(o > r, "opener's median score {o} should beat retail's {r}");

    let completed = retail
        .iter()
        .filter(|s| s.outcome == Some(Outcome::Completed))
        .count();
    assert!(
        completed * 100 >= 90 * SEEDS as usize,
        "retail completed only {completed}/{SEEDS} games"
    );
}

fn game(c: &Content, seed: u64) -> GameState {
    sim::new_game(
        c,
        &NewGame {
            seed,
            ..NewGame::default()
        },
    )
    .expect("standard exists")
}

fn mean_attitude(s: &GameState) -> f64 {
    s.politics.attitudes.iter().sum::<f64>() / s.politics.attitudes.len() as f64
}

#[test]
fn politician_is_deterministic() {
    let c = Content::embedded().expect("embedded data is valid");
    for seed in [3, 11] {
        let mut a = game(&c, seed);
        let mut b = game(&c, seed);
        bots::play(&c, &mut a, Bot::Politician, 1_000);
        bots::play(&c, &mut b, Bot::Politician, 1_000);
        assert_eq!(sim::state_hash(&a), sim::state_hash(&b), "seed {seed}");
    }
}

#[test]
fn politician_planning_leaves_the_generator_alone() {
    let c = Content::embedded().expect("embedded data is valid");
    let mut s = game(&c, 5);
    for _ in 0..80 {
        let before = sim::state_hash(&s);
        let mut actions = Bot::Politician.plan(&c, &s);
        actions.extend(Bot::Politician.answers(&c, &s));
        actions.extend(Bot::Politician.bids(&c, &s));
        assert_eq!(before, sim::state_hash(&s), "planning changed the state");
        sim::advance(&c, &mut s, &actions);
        if s.is_over() {
            break;
        }
    }
}

#[test]
fn politician_keeps_stakeholders_friendlier_than_opener() {
    let c = Content::embedded().expect("embedded data is valid");
    let seeds = 20;
    let avg = |bot: Bot| {
        (0..seeds)
            .map(|seed| {
                let mut s = game(&c, seed);
                bots::play(&c, &mut s, bot, 1_000);
                mean_attitude(&s)
            })
            .sum::<f64>()
            / seeds as f64
    };
    let (p, o) = (avg(Bot::Politician), avg(Bot::Opener));
    assert!(
        p > o,
        "politician's mean attitude {p:.1} should beat opener's {o:.1}"
    );
}

#[test]
fn politician_wins_a_tender() {
    let c = Content::embedded().expect("embedded data is valid");
    let won = (0..40).any(|seed| {
        let mut s = game(&c, seed);
        let mut won = false;
        while !s.is_over() && !won {
            bots::play(&c, &mut s, Bot::Politician, 1);
            won = !s.politics.contracts.is_empty();
        }
        won
    });
    assert!(won, "the politician won no tender on 40 seeds");
}
