//! Invariants over random seeds and random action sequences; every such game replays from its log.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::content::{Content, FacilityKind};
use flywheel::save::{ActionLog, replay};
use flywheel::sim::{self, Action, GameState, Money, NewGame, RegionId};
use proptest::prelude::*;

/// Turns three random numbers into an action that makes sense in this state (the rules still
/// check it, so some are refused, as a player's would be).
fn action(c: &Content, s: &GameState, pick: u8, a: u32, b: u32) -> Action {
    let facility = if s.facilities.is_empty() {
        sim::FacilityId(a)
    } else {
        s.facilities[a as usize % s.facilities.len()].id
    };
    let region = RegionId((a % c.regions.len() as u32) as u8);
    match pick % 14 {
        0 | 1 => Action::Build {
            kind: FacilityKind::Warehouse,
            region,
            size: (b % 4) as u8,
        },
        2 => Action::Build {
            kind: FacilityKind::DataCentre,
            region,
            size: (b % 4) as u8,
        },
        3 => Action::SetOpen {
            facility,
            open: b.is_multiple_of(2),
        },
        4 => Action::SetReservation {
            facility,
            pct: (b % 101) as u8,
        },
        5 => Action::SetCloudPrice {
            facility,
            cents: 1 + b % 60,
        },
        6 => Action::Upgrade(facility),
        7 => Action::Mothball(facility),
        8 => Action::Reactivate(facility),
        9 => Action::Sell(facility),
        10 => Action::SetPriceLevel((b % 4) as u8),
        11 => Action::SetMarketing(Money::k(i64::from(b % 500_000))),
        12 => Action::RaiseEquity(Money::k(1 + i64::from(b % 5_000_000))),
        _ => match b % 4 {
            0 => Action::GoPublic,
            1 => Action::IssueBond(Money::k(1 + i64::from(a % 10_000_000))),
            2 => Action::RepayCredit(Money::k(1 + i64::from(a % 1_000_000))),
            _ => Action::SetHosting(u64::from(a % 2_000_000)),
        },
    }
}

fn in_range(s: &GameState) -> Result<(), String> {
    let c = &s.company;
    for (name, v, lo, hi) in [
        ("reputation", c.reputation, 0.0, 100.0),
        ("excellence", c.excellence, 0.0, 100.0),
        ("patience", c.patience, 0.0, 100.0),
        ("brand", c.brand, 0.0, 1.0),
        ("reliability", c.cloud.reliability, 0.0, 100.0),
    ] {
        if !(v.is_finite() && (lo..=hi).contains(&v)) {
            return Err(format!("{name} = {v}"));
        }
    }
    for (name, v) in [
        ("sellers", c.sellers),
        ("catalogue", c.catalogue),
        ("cloud demand", c.cloud.demand_cu),
    ] {
        if !(v.is_finite() && v >= 0.0) {
            return Err(format!("{name} = {v}"));
        }
    }
    for r in &s.regions {
        let total: f64 = r.share + r.rival_shares.iter().sum::<f64>();
        if !(r.share.is_finite() && (0.0..=1.0).contains(&r.share) && total <= 1.0 + 1e-9) {
            return Err(format!("shares {} + rivals {:?}", r.share, r.rival_shares));
        }
    }
    if !(0.0..=1.0).contains(&c.founder_stake()) {
        return Err("founder stake".into());
    }
    Ok(())
}

type Plan = Vec<Vec<(u8, u32, u32)>>;

fn plans() -> impl Strategy<Value = (u64, bool, Plan)> {
    (
        any::<u64>(),
        any::<bool>(),
        prop::collection::vec(
            prop::collection::vec((any::<u8>(), any::<u32>(), any::<u32>()), 0..4),
            1..110,
        ),
    )
}

fn play(
    c: &Content,
    seed: u64,
    short: bool,
    plan: &Plan,
) -> Result<(GameState, Vec<u64>, ActionLog), TestCaseError> {
    let scenario = if short { "short" } else { "standard" };
    let mut s = sim::new_game(
        c,
        &NewGame {
            seed,
            scenario: scenario.into(),
            ..NewGame::default()
        },
    )
    .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut hashes = Vec::new();
    let mut log = ActionLog::starting(s.quarter);
    for quarter in plan {
        if s.is_over() {
            break;
        }
        let actions: Vec<Action> = quarter
            .iter()
            .map(|&(p, a, b)| action(c, &s, p, a, b))
            .collect();
        let cash_before = s.company.cash;
        let played = s.quarter;
        let r = sim::advance(c, &mut s, &actions);
        log.record(played, &actions, sim::state_hash_hex(&s));
        prop_assert_eq!(
            s.company.cash - cash_before,
            r.books.cash_flow(),
            "cash moves exactly by the books"
        );
        prop_assert_eq!(r.cash_after, s.company.cash);
        prop_assert_eq!(
            r.books.cash_flow(),
            r.books.revenue() - r.books.operating_costs() + r.books.depreciation
                - r.books.interest
                - r.books.tax
                - r.books.capex
                + r.books.asset_sales
                + r.books.equity_raised
                + r.books.borrowed
                - r.books.repaid
        );
        in_range(&s).map_err(TestCaseError::fail)?;
        hashes.push(sim::state_hash(&s));
    }
    Ok((s, hashes, log))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn books_balance_stats_stay_in_range_and_games_replay((seed, short, plan) in plans()) {
        let c = Content::embedded().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (first, hashes, log) = play(&c, seed, short, &plan)?;
        let (second, again, _) = play(&c, seed, short, &plan)?;
        prop_assert_eq!(&hashes, &again, "same seed and actions, same game quarter by quarter");
        prop_assert_eq!(sim::state_hash_hex(&first), sim::state_hash_hex(&second));
        // The log replays the game and verifies every quarter against it.
        let replayed = replay::replay(&c, &first, &log, None)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(
            matches!(replayed, replay::Replayed::Verified { quarters, .. } if quarters == hashes.len()),
            "{:?}", replayed
        );
        // A branch from the middle is the game as it stood then.
        let mid = log.quarters[log.quarters.len() / 2].quarter;
        let (branch, kept) = replay::rebuild(&c, &first, &log, mid)
            .map_err(|e| TestCaseError::fail(e.to_string()))?
            .ok_or_else(|| TestCaseError::fail("no branch"))?;
        prop_assert_eq!(branch.quarter, mid);
        prop_assert_eq!(kept.quarters.len(), log.quarters.len() / 2);
        if let Some(&h) = kept.quarters.len().checked_sub(1).and_then(|i| hashes.get(i)) {
            prop_assert_eq!(sim::state_hash(&branch), h);
        }
    }
}

#[test]
fn different_seeds_give_different_games() {
    let c = Content::embedded().expect("embedded data is valid");
    let hash = |seed| {
        let mut s = sim::new_game(
            &c,
            &NewGame {
                seed,
                ..NewGame::default()
            },
        )
        .expect("standard exists");
        flywheel::bots::play(&c, &mut s, flywheel::bots::Bot::Opener, 60);
        sim::state_hash_hex(&s)
    };
    assert_eq!(hash(5), hash(5));
    assert_ne!(hash(5), hash(6));
    assert_eq!(hash(5).len(), 16);
}
