//! Balance sanity over 200 seeds of the standard scenario. Tune the data, not these targets.
#![allow(clippy::expect_used)] // A test that cannot set up should stop loudly.

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
