//! The post-mortem: every bot plays the player's world, and the moments the player's path and the
//! best bot's parted are found the same way every time (golden), from the rules alone.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::bots::postmortem::{self, Measure, Path, Point, Posture};
use flywheel::bots::{self, Bot, harness};
use flywheel::content::Content;
use flywheel::save::ActionLog;
use flywheel::sim::{self, NewGame};
use flywheel::ui::background::compare;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A finished game on seed 7 played by `bot` as a player would, with its log.
fn played(c: &Content, bot: Bot) -> (sim::GameState, ActionLog) {
    let mut s = sim::new_game(
        c,
        &NewGame {
            seed: 7,
            ..NewGame::default()
        },
    )
    .unwrap();
    let mut log = ActionLog::starting(s.quarter);
    while !s.is_over() {
        let q = s.quarter;
        let actions = bots::actions(c, &s, bot);
        sim::advance(c, &mut s, &actions);
        log.record(q, &actions, sim::state_hash_hex(&s));
    }
    (s, log)
}

#[test]
fn every_bot_plays_the_players_world_and_the_moments_are_stable() {
    let c = Content::embedded().unwrap();
    let (state, log) = played(&c, Bot::Retail);
    let calls = AtomicUsize::new(0);
    let pm = compare(&c, &state, &log, &|_| {
        calls.fetch_add(1, Ordering::Relaxed);
    })
    .unwrap();
    // Progress was told once per bot, and every bot played the same world as `sim` plays it.
    assert_eq!(calls.load(Ordering::Relaxed), Bot::ALL.len());
    assert_eq!(pm.bots.len(), Bot::ALL.len());
    let world = NewGame {
        seed: 7,
        company: Some(state.company.name.clone()),
        ..NewGame::default()
    };
    for run in &pm.bots {
        let summary = harness::play_one(&c, &world, run.bot).unwrap();
        assert_eq!(
            run.path.score.thousands(),
            summary.score,
            "{}",
            run.bot.id()
        );
    }
    // The player played as retail did, so retail's path is the player's, quarter by quarter.
    let retail = pm.bots.iter().find(|b| b.bot == Bot::Retail).unwrap();
    assert_eq!(retail.path, pm.you);
    let best = pm.best().unwrap();
    assert!(pm.bots.iter().all(|b| b.path.score <= best.path.score));
    assert!((1..=postmortem::MOMENTS).contains(&pm.divergences.len()));
    // Retail never opens anything, so a moment it parted from a bot that won is about opening
    // or building what it never built.
    assert!(pm.divergences.iter().all(|d| d.bot != d.you));
    let said: Vec<String> = pm
        .divergences
        .iter()
        .map(|d| flywheel::ui::strings::postmortem::moment(d, best.bot.id()))
        .collect();
    insta::assert_snapshot!(
        "postmortem_retail_seed7",
        format!(
            "{}\n{}",
            flywheel::ui::strings::postmortem::place(&pm, best.bot.id()),
            said.join("\n")
        )
    );
}

fn point(q: u32, open_dcs: u32) -> Point {
    Point {
        quarter: sim::Quarter::from_index(q as i32),
        valuation: sim::Money::ZERO,
        revenue: [sim::Money::ZERO; 4],
        market_share: 0.1,
        cloud_share: 0.0,
        posture: Some(Posture {
            warehouses: 2,
            open_warehouses: 0,
            data_centres: open_dcs,
            open_data_centres: open_dcs,
        }),
    }
}

fn path(open: impl Fn(u32) -> u32) -> Path {
    Path {
        score: sim::Money::ZERO,
        outcome: None,
        platform_share: 0.0,
        points: (8000..8040).map(|q| point(q, open(q))).collect(),
    }
}

#[test]
fn a_lasting_gap_is_a_moment_and_a_quarters_delay_is_not() {
    // The bot opens a data centre at 8010 and keeps it; the player opens one a quarter later,
    // then the bot opens three more at 8020 that the player never matches.
    let bot = path(|q| match q {
        ..8010 => 0,
        8010..8020 => 1,
        _ => 4,
    });
    let you = path(|q| u32::from(q >= 8011));
    let found = postmortem::divergences(&you, &bot);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].quarter, sim::Quarter::from_index(8020));
    assert_eq!(found[0].measure, Measure::OpenDataCentres);
    assert_eq!((found[0].bot, found[0].you), (4.0, 1.0));
    // The delay alone is no moment at all.
    let only_delay = path(|q| u32::from(q >= 8010));
    assert!(postmortem::divergences(&you, &only_delay).is_empty());
    // The same paths give the same moments.
    assert_eq!(postmortem::divergences(&you, &bot), found);
    // A path compared with itself never parts.
    assert!(postmortem::divergences(&you, &you).is_empty());
}
