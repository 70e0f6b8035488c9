//! The rules, one behaviour at a time.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::bots::{self, Bot};
use flywheel::content::{Content, FacilityKind};
use flywheel::sim::report::Note;
use flywheel::sim::{
    self, Action, FacilityStatus, GameState, Money, NewGame, Quarter, RegionId, retail,
};

fn content() -> Content {
    Content::embedded().expect("embedded data is valid")
}

fn game(content: &Content, seed: u64) -> GameState {
    sim::new_game(
        content,
        &NewGame {
            seed,
            ..NewGame::default()
        },
    )
    .expect("standard scenario exists")
}

/// A mid-game state, after a bot has played `quarters`.
fn played(content: &Content, bot: Bot, quarters: u32) -> GameState {
    let mut s = game(content, 3);
    bots::play(content, &mut s, bot, quarters);
    s
}

#[test]
fn warehouse_serves_exactly_from_the_quarter_its_lead_time_ends() {
    let c = content();
    let mut s = game(&c, 1);
    let ordered = s.quarter;
    let build = Action::Build {
        kind: FacilityKind::Warehouse,
        region: RegionId(0),
        size: 0,
    };
    // The first warehouse costs more than the garage has: a funding round comes first.
    let r = sim::advance(&c, &mut s, &[Action::RaiseEquity(Money::m(8)), build]);
    assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    let lead = i32::from(c.lead_quarters(FacilityKind::Warehouse));
    assert_eq!(
        r.regions[0].fast, 0,
        "nothing ships from the warehouse the quarter it is ordered"
    );
    for _ in 1..lead {
        let r = sim::advance(&c, &mut s, &[]);
        assert_eq!(r.regions[0].fast, 0, "still building in {:?}", r.quarter);
    }
    let r = sim::advance(&c, &mut s, &[]);
    assert_eq!(r.quarter, Some(ordered.plus(lead)));
    assert!(
        r.regions[0].fast > 0,
        "the warehouse ships in the quarter its lead time ends"
    );
    assert!(matches!(s.facilities[0].status, FacilityStatus::Operating));
    assert!(r.notes.contains(&Note::FacilityReady(s.facilities[0].id)));
}

#[test]
fn q4_demand_exceeds_q3() {
    let c = content();
    let world = sim::state::WorldDraw::neutral(&c);
    for year in [1996, 2005, 2015] {
        for region in 0..c.regions.len() {
            let q3 = retail::spending(&c, &world, region, Quarter::new(year, 3));
            let q4 = retail::spending(&c, &world, region, Quarter::new(year, 4));
            assert!(q4 > q3 * 1.3, "{year} region {region}: Q4 {q4} vs Q3 {q3}");
        }
    }
    // And the orders that reach the store follow.
    let mut s = played(&c, Bot::Retail, 40);
    while s.quarter.q != 3 {
        bots::play(&c, &mut s, Bot::Retail, 1);
    }
    let q3 = sim::advance(&c, &mut s, &[]).orders();
    let q4 = sim::advance(&c, &mut s, &[]).orders();
    assert!(q4 > q3, "Q4 orders {q4} should exceed Q3 orders {q3}");
}

#[test]
fn own_load_above_data_centre_capacity_causes_an_outage_with_lost_sales() {
    let c = content();
    let mut s = played(&c, Bot::Retail, 40);
    // Servers for a fraction of the load: no hosting, one server room.
    s.company.hosting_cu = 0;
    s.facilities.retain(|f| f.kind == FacilityKind::Warehouse);
    let mut room = s.facilities[0].clone();
    room.id = sim::FacilityId(9_999);
    room.kind = FacilityKind::DataCentre;
    room.size = 0;
    room.status = FacilityStatus::Operating;
    s.facilities.push(room);
    let r = sim::advance(&c, &mut s, &[]);
    assert!(
        r.compute.own_load > r.compute.data_centres,
        "the test needs load above capacity"
    );
    assert!(r.compute.own_served < r.compute.own_load);
    assert!(r.notes.iter().any(|n| matches!(n, Note::Overload { .. })));
    let lost: u64 = r.regions.iter().map(|l| l.lost_to_outage).sum();
    assert!(lost > 0, "an overloaded store loses sales");

    // With enough capacity, nothing is lost.
    let mut s2 = played(&c, Bot::Retail, 40);
    s2.company.hosting_cu = 10_000_000;
    let r2 = sim::advance(&c, &mut s2, &[]);
    assert_eq!(r2.regions.iter().map(|l| l.lost_to_outage).sum::<u64>(), 0);
}

/// A state with a live cloud market and exactly one large data centre, open.
fn cloud_state(c: &Content, own_load_fills_it: bool) -> GameState {
    let mut s = played(c, Bot::Opener, 48);
    assert!(
        s.company.cloud.demand_cu > 0.0,
        "the opener has cloud customers by 2007"
    );
    let mut dc = s
        .facilities
        .iter()
        .find(|f| f.kind == FacilityKind::DataCentre)
        .cloned()
        .expect("the opener built a data centre");
    s.facilities.retain(|f| f.kind == FacilityKind::Warehouse);
    dc.status = FacilityStatus::Operating;
    dc.open = true;
    dc.upgrades = 2;
    if own_load_fills_it {
        // No hosting, and the whole data centre held for the store's own load.
        s.company.hosting_cu = 0;
        dc.reservation_pct = 100;
        dc.size = 0;
    } else {
        s.company.hosting_cu = 100_000_000;
        dc.reservation_pct = 50;
    }
    s.facilities.push(dc);
    s
}

#[test]
fn open_data_centre_with_spare_capacity_earns_cloud_revenue() {
    let c = content();
    let mut s = cloud_state(&c, false);
    let r = sim::advance(&c, &mut s, &[]);
    assert!(r.compute.cloud_served > 0);
    assert!(r.books.cloud_revenue > Money::ZERO);
}

#[test]
fn open_data_centre_at_full_own_load_earns_nothing() {
    let c = content();
    let mut s = cloud_state(&c, true);
    let r = sim::advance(&c, &mut s, &[]);
    assert!(
        r.compute.own_load >= r.compute.data_centres,
        "own load fills the data centre"
    );
    assert_eq!(r.compute.cloud_served, 0);
    assert_eq!(r.books.cloud_revenue, Money::ZERO);
}

#[test]
fn reservation_protects_own_orders_in_q4() {
    let c = content();
    let mut base = played(&c, Bot::Opener, 40);
    while base.quarter.q != 4 {
        bots::play(&c, &mut base, Bot::Opener, 1);
    }
    // Many sellers, so warehouses are squeezed in the holiday.
    base.company.sellers *= 20.0;
    let run = |pct: u8| {
        let mut s = base.clone();
        for f in s
            .facilities
            .iter_mut()
            .filter(|f| f.kind == FacilityKind::Warehouse)
        {
            f.open = true;
            f.reservation_pct = pct;
        }
        sim::advance(&c, &mut s, &[])
    };
    let protected = run(95);
    let exposed = run(5);
    let fast = |r: &sim::QuarterReport| r.regions.iter().map(|l| l.fast).sum::<u64>();
    assert!(
        fast(&protected) > fast(&exposed),
        "reserved capacity ships own orders first"
    );
    assert!(protected.late() < exposed.late());
    assert!(
        protected.marketplace.served < exposed.marketplace.served,
        "sellers wait instead"
    );
}

#[test]
fn bankruptcy_is_staged() {
    let c = content();
    let mut s = played(&c, Bot::Retail, 30);
    let limit = sim::finance::credit_limit(&c, &s);
    // A bill a little larger than cash: the credit line covers it.
    s.company.cash = Money(-1);
    s.company.credit_drawn = Money::ZERO;
    let r = sim::advance(&c, &mut s, &[]);
    assert!(
        r.notes.iter().any(|n| matches!(n, Note::CreditDrawn(_))) || s.company.cash >= Money::ZERO
    );
    assert!(s.outcome.is_none());
    // A hole deeper than any credit: in trouble, but not yet out.
    s.company.cash = -(limit + limit + Money::m(10_000));
    s.company.credit_drawn = limit;
    let r = sim::advance(&c, &mut s, &[]);
    assert!(r.notes.contains(&Note::InTrouble { quarters: 1 }));
    assert!(s.outcome.is_none(), "one quarter in trouble is a warning");
    // Still in the hole: each quarter in trouble is a warning until the data's last one.
    let fail_at = c.finance.trouble_quarters_to_fail;
    assert!(fail_at >= 2, "the data gives at least one warning");
    for quarters in 2..fail_at {
        let r = sim::advance(&c, &mut s, &[]);
        assert!(r.notes.contains(&Note::InTrouble { quarters }));
        assert!(
            s.outcome.is_none(),
            "{quarters} quarters in trouble are a warning"
        );
    }
    sim::advance(&c, &mut s, &[]);
    assert_eq!(s.outcome, Some(sim::Outcome::Bankrupt));
}

#[test]
fn trouble_ends_when_cash_returns() {
    let c = content();
    let mut s = played(&c, Bot::Retail, 30);
    s.company.credit_drawn = sim::finance::credit_limit(&c, &s);
    s.company.cash = Money(-10);
    sim::advance(&c, &mut s, &[]);
    s.company.cash = Money::m(1_000);
    sim::advance(&c, &mut s, &[]);
    assert_eq!(s.company.trouble_quarters, 0);
    assert!(s.outcome.is_none());
}

#[test]
fn dilution_lowers_the_founders_stake() {
    let c = content();
    let mut s = game(&c, 1);
    let before = s.company.founder_stake();
    let r = sim::advance(&c, &mut s, &[Action::RaiseEquity(Money::m(1))]);
    assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    assert_eq!(r.books.equity_raised, Money::m(1));
    assert!(s.company.founder_stake() < before);
    assert_eq!(
        s.company.founder_shares, 8_000_000,
        "the founder keeps her shares; there are just more"
    );
}

#[test]
fn actions_that_cannot_be_afforded_are_refused_with_the_reason() {
    let c = content();
    let mut s = game(&c, 1);
    let mega = Action::Build {
        kind: FacilityKind::DataCentre,
        region: RegionId(0),
        size: 0,
    };
    s.company.cash = Money::ZERO;
    let r = sim::advance(&c, &mut s, &[mega]);
    assert_eq!(r.rejected.len(), 1);
    assert!(
        r.rejected[0].1.to_string().contains("only"),
        "{}",
        r.rejected[0].1
    );
}

#[test]
fn the_game_ends_at_the_scenarios_last_quarter() {
    let c = content();
    let mut s = sim::new_game(
        &c,
        &NewGame {
            scenario: "short".into(),
            ..NewGame::default()
        },
    )
    .expect("short exists");
    bots::play(&c, &mut s, Bot::Retail, 1_000);
    assert_eq!(s.outcome, Some(sim::Outcome::Completed));
    assert_eq!(s.quarters_played(), 40);
    assert_eq!(s.quarter, Quarter::new(2011, 4));
    let before = sim::state_hash(&s);
    sim::advance(&c, &mut s, &[]);
    assert_eq!(sim::state_hash(&s), before, "a finished game does not move");
}

#[test]
fn difficulty_scales_starting_cash_and_unknown_names_are_refused() {
    let c = content();
    let cash = |d: &str| {
        sim::new_game(
            &c,
            &NewGame {
                difficulty: d.into(),
                ..NewGame::default()
            },
        )
        .expect("difficulty exists")
        .company
        .cash
    };
    assert!(cash("easy") > cash("normal") && cash("normal") > cash("hard"));
    let err = sim::new_game(
        &c,
        &NewGame {
            difficulty: "brutal".into(),
            ..NewGame::default()
        },
    );
    assert!(err.is_err_and(|e| e.to_string().contains("easy, normal, hard")));
}

#[test]
fn the_board_replaces_a_founder_whose_investors_lose_patience() {
    let c = content();
    let mut s = played(&c, Bot::Retail, 20);
    s.company.patience = 0.5;
    // Losses with no growth to excuse them: a huge marketing bill.
    sim::advance(&c, &mut s, &[Action::SetMarketing(Money::m(5_000))]);
    assert_eq!(s.outcome, Some(sim::Outcome::Ousted));
}

#[test]
fn a_bond_repayment_is_announced_a_quarter_ahead() {
    let c = content();
    let mut s = game(&c, 1);
    let due = s.quarter.next().next();
    s.company.cash = Money::m(5);
    s.company.bonds.push(sim::state::Bond {
        principal: Money::m(40),
        rate_bp: 600,
        matures: due,
    });
    assert_eq!(sim::finance::next_bond_due(&s), Some((due, Money::m(40))));
    let warned = |r: &sim::report::QuarterReport| {
        r.notes.iter().find_map(|n| match n {
            Note::BondDue { amount, cash } => Some((*amount, *cash)),
            _ => None,
        })
    };
    let first = sim::advance(&c, &mut s, &[]);
    assert_eq!(warned(&first), None, "two quarters ahead is too early");
    let second = sim::advance(&c, &mut s, &[]);
    let (amount, cash) = warned(&second).expect("warned the quarter before");
    assert_eq!(amount, Money::m(40));
    assert_eq!(cash, s.company.cash);
    let text = sim::note_text::note_text(&c, &s, &Note::BondDue { amount, cash });
    assert!(text.news, "the warning goes into the news feed");
    assert!(cash < amount, "a young store cannot cover it: {cash}");
    assert!(
        text.alarm,
        "short of cash, the warning is an alarm: {}",
        text.text
    );
    let covered = sim::note_text::note_text(
        &c,
        &s,
        &Note::BondDue {
            amount,
            cash: amount,
        },
    );
    assert!(!covered.alarm, "{}", covered.text);
    let third = sim::advance(&c, &mut s, &[]);
    assert_eq!(warned(&third), None);
    assert!(
        third.notes.contains(&Note::BondRepaid(Money::m(40))),
        "{:?}",
        third.notes
    );
    assert_eq!(sim::finance::next_bond_due(&s), None);
}

#[test]
fn the_quarters_cash_moves_as_the_books_say() {
    // The report explains the change in cash by the books' parts; they must add up to it.
    let c = content();
    for bot in [Bot::DebtHeavy, Bot::Opener, Bot::Random] {
        let mut s = game(&c, 2);
        let mut seen = [false; 3];
        while !s.is_over() {
            let actions = bots::actions(&c, &s, bot);
            let r = sim::advance(&c, &mut s, &actions);
            let b = &r.books;
            assert_eq!(
                r.cash_after - r.cash_before,
                b.cash_flow(),
                "{bot:?} {}",
                s.quarter
            );
            seen[0] |= b.borrowed.0 > 0;
            seen[1] |= b.repaid.0 > 0;
            seen[2] |= b.capex.0 > 0;
        }
        assert_eq!(seen, [true; 3], "{bot:?} borrowed, repaid and built");
    }
}

#[test]
fn a_bond_refused_in_a_crunch_says_the_market_is_closed_whatever_the_amount() {
    let c = content();
    // Opener on seed 3, in the financial crisis (2008 Q3 to 2009 Q4): listed and big enough.
    let s = played(&c, Bot::Opener, 54);
    assert_eq!(s.quarter, Quarter::new(2009, 1));
    assert!(s.company.public);
    assert_eq!(sim::finance::bond_room(&c, &s), Money::ZERO);
    for amount in [Money::ZERO, Money::m(10)] {
        let why = sim::finance::check_bond(&c, &s, amount)
            .expect_err("no bonds in a crunch")
            .to_string();
        assert!(why.contains("closed"), "{amount}: {why}");
    }
}

#[test]
fn a_raise_too_soon_names_the_quarter_investors_will_listen_again() {
    let c = content();
    let mut s = game(&c, 1);
    let first = s.quarter;
    let r = sim::advance(&c, &mut s, &[Action::RaiseEquity(Money::m(1))]);
    assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    let why = sim::finance::check_raise(&c, &s, Money::m(1))
        .expect_err("too soon")
        .to_string();
    let next = first.plus(i32::from(c.finance.equity.min_gap_quarters));
    assert!(why.contains(&format!("next from {next}")), "{why}");
}
