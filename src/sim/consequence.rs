//! What one more action would do, in the player's terms, before it is queued: the stake and
//! score a share sale leaves, a bond's terms, what an upgrade changes, what a build adds
//! against the coming holiday peak. Each is worked out by applying the action to a copy of the
//! planned state with the same rules the quarter's end uses, so a preview cannot drift from
//! what happens.

use super::action::{self, Action, Rejection};
use super::books::Books;
use super::calendar::Quarter;
use super::compute;
use super::finance;
use super::forecast;
use super::fulfilment;
use super::money::Money;
use super::preview::Plan;
use super::retail;
use super::state::{FacilityId, GameState, RegionId};
use crate::content::{Content, FacilityKind};

/// The founder's stake and score, before and after.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StakeChange {
    /// Founder's stake before, 0–1.
    pub stake_before: f64,
    /// Founder's stake after, 0–1.
    pub stake_after: f64,
    /// Score (stake × valuation) before, at today's valuation and the plan's cash.
    pub score_before: Money,
    /// Score after, at today's valuation with the action's cash and debt counted.
    pub score_after: Money,
}

/// What an upgrade changes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum UpgradeEffect {
    /// Warehouse automation: handling an order costs less.
    Automation {
        /// Handling cost per order before, in dollars.
        per_order_before: f64,
        /// After.
        per_order_after: f64,
        /// What it would have saved on last quarter's orders.
        saving_per_quarter: Money,
    },
    /// Data-centre redundancy: outages are rarer.
    Redundancy {
        /// Chance of an outage a quarter before, 0–1.
        outage_before: f64,
        /// After.
        outage_after: f64,
    },
}

/// What a build adds against the coming holiday peak.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BuildEffect {
    /// Warehouse (capacity in orders) or data centre (in CU).
    pub kind: FacilityKind,
    /// Capacity added (orders or CU a quarter).
    pub capacity: u64,
    /// First quarter it serves.
    pub ready: Quarter,
    /// The holiday quarter planned for.
    pub peak: Quarter,
    /// Demand expected in that peak (the region's orders and sellers' orders for a warehouse;
    /// own load and cloud customers for a data centre).
    pub wanted: u64,
    /// Capacity that will serve in that peak without this build.
    pub ready_before: u64,
    /// With it.
    pub ready_after: u64,
    /// Of what a warehouse's region lacks before this build, what neighbours' spare capacity
    /// ships (0 for a data centre).
    pub from_neighbours: u64,
    /// A warehouse's region in the peak with the build, as the planner shows it.
    pub region_after: Option<forecast::RegionPeak>,
    /// Upkeep once it runs, per quarter.
    pub upkeep: Money,
    /// What it writes off a quarter.
    pub depreciation: Money,
}

/// One more action, in the player's terms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Consequence {
    /// Selling shares (a round, an offering or the IPO).
    Shares {
        /// Cash it brings.
        raised: Money,
        /// The stake and score.
        change: StakeChange,
    },
    /// Issuing a bond.
    Bond {
        /// Cash it brings.
        amount: Money,
        /// Yearly coupon, in percent.
        rate_pct: f64,
        /// Quarters to maturity.
        term_quarters: u16,
        /// When it must be repaid.
        matures: Quarter,
        /// Interest a quarter.
        interest_per_quarter: Money,
        /// The stake and score (the stake does not move; the valuation weighs debt).
        change: StakeChange,
    },
    /// Repaying the credit line.
    Repay {
        /// Repaid.
        amount: Money,
        /// Interest no longer paid each quarter.
        interest_saved: Money,
    },
    /// An upgrade.
    Upgrade {
        /// Its cost.
        cost: Money,
        /// Level before it (after it: one more).
        level: u8,
        /// Highest level.
        max_level: u8,
        /// What it changes.
        effect: UpgradeEffect,
    },
    /// A build.
    Build {
        /// Its cost.
        cost: Money,
        /// What it adds.
        effect: BuildEffect,
    },
    /// Rented hosting.
    Hosting {
        /// CU before.
        before: u64,
        /// CU after.
        after: u64,
        /// Cost a quarter before.
        cost_before: Money,
        /// Cost a quarter after.
        cost_after: Money,
    },
    /// Marketing per quarter, and the pull it buys in every region.
    Marketing {
        /// Per quarter before.
        before: Money,
        /// Per quarter after.
        after: Money,
        /// Pull in every region before.
        pull_before: f64,
        /// After.
        pull_after: f64,
    },
    /// The store's price level.
    PriceLevel {
        /// Prices against standard before (1 = standard).
        price_before: f64,
        /// After.
        price_after: f64,
        /// Pull in every region before.
        pull_before: f64,
        /// After.
        pull_after: f64,
        /// Retail revenue at last quarter's orders: the change a quarter, before any shopper
        /// moves.
        revenue_change: Money,
    },
    /// A spend per quarter (new cloud services).
    Spend {
        /// Per quarter before.
        before: Money,
        /// Per quarter after.
        after: Money,
    },
    /// Anything else: what it costs now (negative brings cash).
    Cost(Money),
}

/// Cash the plan's books move now (before the quarter's trading): financing, sales of
/// facilities, building, projects and events' sure cash.
fn cash_moved(b: &Books) -> Money {
    b.financing() + b.asset_sales - b.capex - b.other
}

/// The founder's score at today's valuation, counting the cash the plan moves now: the cash goes
/// into the valuation as the quarter's end will put it there, floors included.
fn score(content: &Content, state: &GameState, books: &Books) -> Money {
    let mut with_cash = state.clone();
    with_cash.company.cash += cash_moved(books);
    finance::valuation(content, &with_cash)
        .max_zero()
        .scale(state.company.founder_stake())
}

fn stake_change(
    content: &Content,
    before: (&GameState, &Books),
    after: (&GameState, &Books),
) -> StakeChange {
    StakeChange {
        stake_before: before.0.company.founder_stake(),
        stake_after: after.0.company.founder_stake(),
        score_before: score(content, before.0, before.1),
        score_after: score(content, after.0, after.1),
    }
}

fn upgrade_effect(
    content: &Content,
    before: &GameState,
    after: &GameState,
    id: FacilityId,
) -> Option<UpgradeEffect> {
    let i = before.facilities.iter().position(|f| f.id == id)?;
    let (f, g) = (before.facilities.get(i)?, after.facilities.get(i)?);
    Some(match f.kind {
        FacilityKind::Warehouse => {
            let saving = fulfilment::handling_saving(content, before);
            let per_order_before = fulfilment::handling_per_order(content, f, saving);
            let per_order_after = fulfilment::handling_per_order(content, g, saving);
            let orders = (f.last.own + f.last.outsiders) as f64;
            UpgradeEffect::Automation {
                per_order_before,
                per_order_after,
                saving_per_quarter: Money::from_f64(
                    orders * (per_order_before - per_order_after) / 1000.0,
                ),
            }
        }
        FacilityKind::DataCentre => UpgradeEffect::Redundancy {
            outage_before: compute::outage_chance(content, before, i),
            outage_after: compute::outage_chance(content, after, i),
        },
    })
}

fn build_effect(
    content: &Content,
    before: &GameState,
    after: &GameState,
    kind: FacilityKind,
    region: RegionId,
    size: u8,
) -> Option<BuildEffect> {
    let def = content.sizes(kind).get(usize::from(size))?;
    let (b, a) = (
        forecast::peak(content, before),
        forecast::peak(content, after),
    );
    let (wanted, ready_before, ready_after, from_neighbours, region_after) = match kind {
        FacilityKind::Warehouse => {
            let r = usize::from(region.0);
            let (rb, ra) = (b.regions.get(r)?, a.regions.get(r)?);
            // What is wanted after: an open hall draws sellers' orders to the region.
            (
                ra.wanted(),
                rb.ready(),
                ra.ready(),
                rb.from_neighbours,
                Some(*ra),
            )
        }
        FacilityKind::DataCentre => (
            a.compute.wanted(),
            b.compute.ready(),
            a.compute.ready(),
            0,
            None,
        ),
    };
    let cost = action::build_cost(content, kind, region, size)?;
    let quarters = match kind {
        FacilityKind::Warehouse => content.facilities.warehouse.depreciation_quarters,
        FacilityKind::DataCentre => content.facilities.data_centre.depreciation_quarters,
    };
    Some(BuildEffect {
        kind,
        capacity: def.capacity,
        ready: action::ready_quarter(content, before.quarter, kind),
        peak: b.quarter,
        wanted,
        ready_before,
        ready_after,
        from_neighbours,
        region_after,
        upkeep: super::preview::upkeep(content, before, kind, region, size),
        depreciation: Money(cost.0 / i64::from(quarters.max(1))),
    })
}

/// What building this would add against the coming holiday peak, whether or not the company
/// can afford it now (the build form shows both).
pub fn build_preview(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    region: RegionId,
    size: u8,
) -> Option<BuildEffect> {
    let mut after = state.clone();
    // Money does not change what capacity will be there; the form checks it separately.
    after.company.cash = Money(i64::MAX / 4);
    let build = Action::Build { kind, region, size };
    action::apply(content, &mut after, &build, &mut Books::default()).ok()?;
    build_effect(content, state, &after, kind, region, size)
}

/// What `next` would do after the planned actions, or why it would be refused.
pub fn consequence(
    content: &Content,
    plan: &Plan,
    next: &Action,
) -> Result<Consequence, Rejection> {
    let cost = plan.check_next(content, next)?;
    let (before, books) = (&plan.state, &plan.books);
    let mut after = before.clone();
    let mut after_books = *books;
    action::apply(content, &mut after, next, &mut after_books)?;
    let change = || stake_change(content, (before, books), (&after, &after_books));
    Ok(match next {
        Action::RaiseEquity(_) | Action::GoPublic => Consequence::Shares {
            raised: -cost,
            change: change(),
        },
        Action::IssueBond(amount) => {
            let bond = after.company.bonds.last();
            let rate_pct = bond.map_or(0.0, |b| f64::from(b.rate_bp) / 100.0);
            let matures = bond.map_or(before.quarter, |b| b.matures);
            Consequence::Bond {
                amount: *amount,
                rate_pct,
                term_quarters: u16::try_from(matures.since(before.quarter)).unwrap_or(0),
                matures,
                interest_per_quarter: amount.scale(rate_pct / 400.0),
                change: change(),
            }
        }
        Action::RepayCredit(amount) => {
            let rate =
                finance::interest_rate(content, before) + content.finance.debt.credit_premium;
            Consequence::Repay {
                amount: *amount,
                interest_saved: amount.scale(rate / 400.0),
            }
        }
        Action::Upgrade(id) => {
            let Some(f) = before.facility(*id) else {
                return Ok(Consequence::Cost(cost));
            };
            let max_level = match f.kind {
                FacilityKind::Warehouse => content.facilities.warehouse.automation.max_level,
                FacilityKind::DataCentre => content.facilities.data_centre.redundancy.max_level,
            };
            match upgrade_effect(content, before, &after, *id) {
                Some(effect) => Consequence::Upgrade {
                    cost,
                    level: f.upgrades,
                    max_level,
                    effect,
                },
                None => Consequence::Cost(cost),
            }
        }
        Action::Build { kind, region, size } => {
            match build_effect(content, before, &after, *kind, *region, *size) {
                Some(effect) => Consequence::Build { cost, effect },
                None => Consequence::Cost(cost),
            }
        }
        Action::SetHosting(cu) => Consequence::Hosting {
            before: before.company.hosting_cu,
            after: *cu,
            cost_before: compute::hosting_cost(content, before.company.hosting_cu),
            cost_after: compute::hosting_cost(content, *cu),
        },
        Action::SetMarketing(m) => Consequence::Marketing {
            before: before.company.marketing,
            after: *m,
            pull_before: retail::marketing_pull(content, before, before.company.marketing),
            pull_after: retail::marketing_pull(content, before, *m),
        },
        Action::SetPriceLevel(level) => {
            let levels = &content.market.price_levels;
            let at = |l: u8| levels.get(usize::from(l));
            let (b, a) = (at(before.company.price_level), at(*level));
            let price_before = b.map_or(1.0, |l| l.price_factor);
            let price_after = a.map_or(1.0, |l| l.price_factor);
            let last = before
                .last_report
                .as_ref()
                .map_or(Money::ZERO, |r| r.books.retail_revenue);
            Consequence::PriceLevel {
                price_before,
                price_after,
                pull_before: b.map_or(0.0, |l| l.utility),
                pull_after: a.map_or(0.0, |l| l.utility),
                revenue_change: last.scale(price_after / price_before - 1.0),
            }
        }
        Action::SetServices(m) => Consequence::Spend {
            before: before.company.services_budget,
            after: *m,
        },
        _ => Consequence::Cost(cost),
    })
}

/// What each queued action does, in order, each measured after the ones before it (`None` for
/// an action that would be refused).
pub fn of_queue(
    content: &Content,
    state: &GameState,
    queue: &[Action],
) -> Vec<Option<Consequence>> {
    let mut plan = Plan {
        state: state.clone(),
        books: Books::default(),
        outcomes: Vec::new(),
    };
    queue
        .iter()
        .map(|a| {
            let c = consequence(content, &plan, a).ok();
            // As the quarter's end does: a refused action changes nothing.
            let _ = action::apply(content, &mut plan.state, a, &mut plan.books);
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{NewGame, new_game, preview};

    fn game() -> (Content, GameState) {
        let content = Content::embedded().unwrap();
        let state = new_game(&content, &NewGame::default()).unwrap();
        (content, state)
    }

    #[test]
    fn a_funding_round_shows_the_stake_it_leaves_and_the_score_at_todays_valuation() {
        let (content, state) = game();
        let plan = preview::plan(&content, &state, &[]);
        let most = finance::max_raise(&content, &state) - Money::k(1);
        let c = consequence(&content, &plan, &Action::RaiseEquity(most)).unwrap();
        let Consequence::Shares { raised, change } = c else {
            panic!("a raise previews as a share sale: {c:?}")
        };
        assert_eq!(raised, most);
        assert!((change.stake_before - 0.8).abs() < 1e-9);
        // Selling the most investors take gives away their share of the company.
        let sold = content.finance.equity.max_share;
        assert!((change.stake_after - 0.8 * (1.0 - sold)).abs() < 0.01);
        // Shares sold at a discount cost the founder some of the score.
        assert!(change.score_after < change.score_before);
    }

    #[test]
    fn a_bond_shows_its_coupon_term_and_interest() {
        let (content, mut state) = game();
        state.company.public = true;
        let q = state.quarter;
        for i in 0..4 {
            let s = crate::sim::state::Snapshot {
                quarter: q.plus(i - 4),
                cash: Money::ZERO,
                debt: Money::ZERO,
                revenue: [Money::k(500_000), Money::ZERO, Money::ZERO, Money::ZERO],
                profit: [Money::ZERO; 4],
                cloud_share: 0.0,
                cloud_price: 0.0,
                net_income: Money::k(10_000),
                valuation: Money::ZERO,
                market_share: 0.0,
                orders: 0,
                reputation: 50.0,
                excellence: 0.0,
                patience: 50.0,
                founder_stake: 0.8,
                interest: Money::ZERO,
                tax: Money::ZERO,
                region_revenue: Vec::new(),
                rival_shares: Vec::new(),
                rival_cloud_prices: Vec::new(),
                your_cloud_price: 0.0,
            };
            state.history.push(s);
        }
        let plan = preview::plan(&content, &state, &[]);
        let amount = Money::k(100_000);
        let c = consequence(&content, &plan, &Action::IssueBond(amount)).unwrap();
        let Consequence::Bond {
            rate_pct,
            term_quarters,
            interest_per_quarter,
            change,
            ..
        } = c
        else {
            panic!("a bond previews its terms: {c:?}")
        };
        assert!((rate_pct - finance::interest_rate(&content, &state)).abs() < 0.01);
        assert_eq!(
            term_quarters,
            u16::from(content.finance.debt.bond_term_quarters)
        );
        assert_eq!(interest_per_quarter, amount.scale(rate_pct / 400.0));
        assert_eq!(change.stake_before, change.stake_after);
    }

    #[test]
    fn an_upgrade_says_what_it_changes() {
        let (content, mut state) = game();
        let build = Action::Build {
            kind: FacilityKind::Warehouse,
            region: RegionId(0),
            size: 0,
        };
        state.company.cash = Money::k(100_000);
        let mut books = Books::default();
        action::apply(&content, &mut state, &build, &mut books).unwrap();
        let id = state.facilities[0].id;
        state.facilities[0].status = crate::sim::FacilityStatus::Operating;
        state.facilities[0].last.own = 400_000;
        let plan = preview::plan(&content, &state, &[]);
        let c = consequence(&content, &plan, &Action::Upgrade(id)).unwrap();
        let Consequence::Upgrade {
            level,
            effect:
                UpgradeEffect::Automation {
                    per_order_before,
                    per_order_after,
                    saving_per_quarter,
                },
            ..
        } = c
        else {
            panic!("a warehouse upgrade previews its automation: {c:?}")
        };
        assert_eq!(level, 0);
        let step = content.facilities.warehouse.automation.effect_per_level;
        assert!((per_order_after / per_order_before - (1.0 - step)).abs() < 1e-9);
        assert!(saving_per_quarter.0 > 0);
    }
}
