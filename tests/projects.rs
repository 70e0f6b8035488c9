//! What cash can buy late in the game: a project costs its price at once, changes nothing until
//! its lead time has passed and then changes the business for good; buying a rival's business
//! goes to the regulators, whose odds fall as the buyer grows, and a blocked deal comes back
//! less its fee.
// A failed expectation is how a test reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::content::deck::Stakeholder;
use flywheel::content::projects::ProjectEffect;
use flywheel::sim::report::Note;
use flywheel::sim::{self, Action, GameState, NewGame, RegionId, projects};

fn content() -> Content {
    Content::embedded().expect("embedded data is valid")
}

/// The store-only bot's game on a fixed seed after `quarters`.
fn retail_after(c: &Content, quarters: u32) -> GameState {
    let mut s = sim::new_game(
        c,
        &NewGame {
            seed: 5,
            ..NewGame::default()
        },
    )
    .expect("standard scenario exists");
    // Play with the bot but keep its own projects out, so the test's are the only ones.
    let mut c_no = c.clone();
    c_no.projects.projects.clear();
    c_no.projects.acquisitions.available_from = 3000;
    bots::play(&c_no, &mut s, Bot::Retail, quarters);
    s
}

/// Shipping cost per dollar of retail revenue in a quarter.
fn shipping_rate(r: &sim::QuarterReport) -> f64 {
    r.books.shipping.as_f64() / r.books.retail_revenue.as_f64()
}

#[test]
fn a_project_costs_its_price_now_and_works_only_after_its_lead_time() {
    // Without events, so the two games differ by the project alone (a postal-rate event
    // would move shipping too).
    let mut c = content();
    std::sync::Arc::make_mut(&mut c.deck).events.clear();
    let base = retail_after(&c, 54);
    let def = projects::project(&c, "own_delivery").expect("the data has own delivery");
    let ProjectEffect::Shipping(cut) = def.effect else {
        panic!("own delivery cuts shipping");
    };
    assert_eq!(
        projects::standing(&base, def),
        projects::Standing::Open,
        "own delivery can start in {}",
        base.quarter
    );
    let price = projects::cost(&base, def);
    let mut with = base.clone();
    let mut without = base.clone();
    let start = Action::StartProject(def.id.clone());
    let r = sim::advance(&c, &mut with, std::slice::from_ref(&start));
    assert!(r.rejected.is_empty(), "refused: {:?}", r.rejected);
    let r0 = sim::advance(&c, &mut without, &[]);
    assert_eq!(
        r.books.capex - r0.books.capex,
        price,
        "the price is paid in the quarter it starts"
    );
    // Started twice: refused while it is under way.
    let again = sim::advance(&c, &mut with.clone(), std::slice::from_ref(&start));
    assert_eq!(again.rejected.len(), 1, "a second start is refused");
    let mut ready = false;
    for q in 1..=u32::from(def.lead_quarters) + 2 {
        let a = sim::advance(&c, &mut with, &[]);
        let b = sim::advance(&c, &mut without, &[]);
        ready |= a
            .notes
            .iter()
            .any(|n| matches!(n, Note::ProjectReady(id) if *id == def.id));
        let ratio = shipping_rate(&a) / shipping_rate(&b);
        if ready {
            assert!(
                (ratio - (1.0 - cut)).abs() < 0.02,
                "quarter {q} after the start, once ready: shipping {ratio:.3} of the other game's"
            );
        } else {
            assert!(
                (ratio - 1.0).abs() < 0.01,
                "quarter {q} after the start, under way: shipping {ratio:.3} of the other game's"
            );
        }
    }
    assert!(ready, "the project reports itself ready");
    assert!(
        with.company.flags.contains("own_delivery"),
        "a finished project sets its flag"
    );
}

#[test]
fn a_project_is_refused_before_its_year() {
    let c = content();
    let early = retail_after(&c, 8);
    let def = projects::project(&c, "custom_chips").expect("the data has custom chips");
    assert!(early.quarter.year < def.available_from);
    let mut s = early.clone();
    let r = sim::advance(&c, &mut s, &[Action::StartProject(def.id.clone())]);
    assert_eq!(r.rejected.len(), 1, "too early is refused");
    assert!(s.company.projects.is_empty());
}

/// A rival's business worth buying in the retail game, and the offer for it.
fn a_target(c: &Content, s: &GameState) -> (usize, usize, projects::Offer) {
    projects::targets(c, s)
        .into_iter()
        .find_map(|(rival, region)| {
            projects::offer(c, s, rival, region)
                .ok()
                .map(|o| (rival, region, o))
        })
        .expect("some rival has a business to buy")
}

#[test]
fn the_regulators_odds_fall_as_the_buyer_grows_and_rise_with_their_goodwill() {
    let c = content();
    let s = retail_after(&c, 30);
    let (rival, region, o) = a_target(&c, &s);
    let mut bigger = s.clone();
    bigger.regions[region].share += 0.2;
    let o_big = projects::offer(&c, &bigger, rival, region).unwrap();
    assert!(
        o_big.approval < o.approval,
        "a bigger buyer is less likely allowed: {} then {}",
        o.approval,
        o_big.approval
    );
    let mut liked = s.clone();
    liked.politics.shift(Stakeholder::Regulators, 40.0);
    let o_liked = projects::offer(&c, &liked, rival, region).unwrap();
    assert!(
        o_liked.approval > o.approval,
        "regulators who like you allow more: {} then {}",
        o.approval,
        o_liked.approval
    );
}

/// Proposes the deal under rules that make the regulators' answer certain and plays until
/// they give it: the state then and the report of the quarter they decided.
fn decided(c: &Content, s: &GameState, allow: bool) -> (GameState, sim::QuarterReport) {
    let mut c = c.clone();
    let p = if allow { 1.0 } else { 0.0 };
    c.projects.acquisitions.approval_range = (p, p);
    // No events meanwhile, so the quarter's other costs are the deal's alone.
    std::sync::Arc::make_mut(&mut c.deck).events.clear();
    let (rival, region, o) = a_target(&c, s);
    let mut s = s.clone();
    s.company.cash += o.price + o.price;
    let buy = Action::Acquire {
        rival: u8::try_from(rival).unwrap(),
        region: RegionId(u8::try_from(region).unwrap()),
    };
    let r = sim::advance(&c, &mut s, &[buy]);
    assert!(r.rejected.is_empty(), "refused: {:?}", r.rejected);
    for _ in 0..6 {
        let r = sim::advance(&c, &mut s, &[]);
        if r.notes
            .iter()
            .any(|n| matches!(n, Note::DealDecided { .. }))
        {
            return (s, r);
        }
    }
    panic!("the regulators decide within six quarters");
}

#[test]
fn an_allowed_deal_brings_the_customers_and_a_blocked_one_comes_back_less_its_fee() {
    let c = content();
    let s = retail_after(&c, 30);
    let (rival, region, o) = a_target(&c, &s);
    let (allowed, _) = decided(&c, &s, true);
    let (blocked, r_blocked) = decided(&c, &s, false);
    assert!(
        allowed.regions[region].share > blocked.regions[region].share + o.customers * 0.5,
        "the customers come over: {:.3} against {:.3} (offer {:.3})",
        allowed.regions[region].share,
        blocked.regions[region].share,
        o.customers
    );
    assert!(
        allowed.regions[region].rival_shares[rival] < blocked.regions[region].rival_shares[rival],
        "the rival loses them"
    );
    assert_eq!(
        r_blocked.books.asset_sales, o.price,
        "a blocked deal's price comes back"
    );
    let fee = o.price.scale(c.projects.acquisitions.break_fee);
    assert!(
        r_blocked.books.other >= fee,
        "the break fee is paid: {} of at least {fee}",
        r_blocked.books.other
    );
    assert!(
        allowed.company.write_offs.iter().any(|w| w.cost == o.price),
        "an allowed deal is written off like a building"
    );
}
