//! The whole state of a game: everything a save holds and a state hash covers.

use super::calendar::Quarter;
use super::investments::{Deal, ProjectRun, WriteOff};
use super::money::Money;
use super::report::QuarterReport;
use crate::content::FacilityKind;
use rand::rngs::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub use super::ids::{FacilityId, RegionId};

/// Where a facility is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FacilityStatus {
    /// Being built; serves from `ready` on.
    Building {
        /// First quarter of service.
        ready: Quarter,
    },
    /// Serving.
    Operating,
    /// Shut but kept: low upkeep, no capacity.
    Mothballed,
    /// Coming back from mothballs; serves from `ready` on.
    Reactivating {
        /// First quarter of service.
        ready: Quarter,
    },
    /// Hit by a disaster; serves again from `until` on.
    Damaged {
        /// First quarter of service again.
        until: Quarter,
    },
}

/// What a facility did last quarter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FacilityUse {
    /// Capacity available (orders or CU).
    pub capacity: u64,
    /// Used by own orders or own load.
    pub own: u64,
    /// Used by outsiders (sellers or cloud customers).
    pub outsiders: u64,
    /// Outsiders' demand routed here.
    pub outsider_demand: u64,
    /// An outage took part of it down.
    pub outage: bool,
}

impl FacilityUse {
    /// Share of capacity used, 0–1.
    pub fn utilisation(&self) -> f64 {
        if self.capacity == 0 {
            0.0
        } else {
            ((self.own + self.outsiders) as f64 / self.capacity as f64).min(1.0)
        }
    }
}

/// A warehouse or data centre.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Facility {
    /// Its number.
    pub id: FacilityId,
    /// Warehouse or data centre.
    pub kind: FacilityKind,
    /// Index into the content's sizes for its kind.
    pub size: u8,
    /// Where it stands.
    pub region: RegionId,
    /// Where it is in its life.
    pub status: FacilityStatus,
    /// Open to outsiders: sellers (warehouse) or cloud customers (data centre).
    pub open: bool,
    /// Share of capacity reserved for own use while open, in percent.
    pub reservation_pct: u8,
    /// Price per CU-hour in cents for cloud customers (data centres).
    pub cloud_price_cents: u32,
    /// Automation (warehouse) or redundancy (data centre) level.
    pub upgrades: u8,
    /// When it was ordered.
    pub ordered: Quarter,
    /// What it cost to build and upgrade.
    pub invested: Money,
    /// How much of that has been written off in the books so far.
    #[serde(default)]
    pub depreciated: Money,
    /// Last quarter's use.
    pub last: FacilityUse,
}

impl Facility {
    /// True if it serves this quarter.
    pub fn is_operating(&self) -> bool {
        matches!(self.status, FacilityStatus::Operating)
    }

    /// True if it is being built or coming back.
    pub fn is_pending(&self) -> bool {
        matches!(
            self.status,
            FacilityStatus::Building { .. } | FacilityStatus::Reactivating { .. }
        )
    }
}

/// A bond: borrowed at a fixed rate, repaid at maturity.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bond {
    /// Amount owed.
    pub principal: Money,
    /// Yearly rate in basis points.
    pub rate_bp: u32,
    /// Quarter in which it is repaid.
    pub matures: Quarter,
}

/// The company's cloud business.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CloudBook {
    /// Compute customers want from you per quarter (CU): the book of business.
    pub demand_cu: f64,
    /// Breadth of services (grows while open).
    pub breadth: f64,
    /// Reliability record, 0–100.
    pub reliability: f64,
    /// Quarters with at least one data centre open.
    pub quarters_open: u32,
    /// What customers paid per CU-hour last quarter, in cents (capacity-weighted).
    #[serde(default)]
    pub price_cents: f64,
    /// Compute customers would buy from you at your price and standing if you had the room
    /// (CU per quarter): above the book, customers are being turned away.
    #[serde(default)]
    pub wanted_cu: f64,
}

/// The player's company.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Company {
    /// Its name.
    pub name: String,
    /// Home region.
    pub home: RegionId,
    /// Cash at hand (negative only while in trouble).
    pub cash: Money,
    /// Drawn on the credit line.
    pub credit_drawn: Money,
    /// Bonds outstanding.
    pub bonds: Vec<Bond>,
    /// Shares in issue.
    pub shares: u64,
    /// Shares the founder holds.
    pub founder_shares: u64,
    /// Listed on a stock exchange.
    pub public: bool,
    /// Reputation with shoppers, 0–100.
    pub reputation: f64,
    /// Operational excellence, 0–100.
    pub excellence: f64,
    /// Investor patience, 0–100: at 0 the board replaces the founder.
    pub patience: f64,
    /// Brand recognition, 0–1.
    pub brand: f64,
    /// Index into the content's price levels.
    pub price_level: u8,
    /// Marketing spend per quarter.
    pub marketing: Money,
    /// Catalogue breadth in thousands of titles (own).
    pub catalogue: f64,
    /// Third-party sellers using open warehouses.
    pub sellers: f64,
    /// Rented hosting, in compute units.
    pub hosting_cu: u64,
    /// Spent each quarter on new cloud services (breadth), while a data centre is open.
    #[serde(default)]
    pub services_budget: Money,
    /// The cloud business.
    pub cloud: CloudBook,
    /// Losses carried forward against future tax.
    pub loss_carry: Money,
    /// Quarter of the last equity raise.
    pub last_raise: Option<Quarter>,
    /// Consecutive quarters in trouble (negative cash with no credit left).
    pub trouble_quarters: u8,
    /// Flags set by events.
    pub flags: BTreeSet<String>,
    /// Projects started.
    #[serde(default)]
    pub projects: Vec<ProjectRun>,
    /// Acquisitions waiting for the regulators.
    #[serde(default)]
    pub deals: Vec<Deal>,
    /// Projects and acquisitions still being written off.
    #[serde(default)]
    pub write_offs: Vec<WriteOff>,
    /// What a new facility of each kind starts with: open or not, reservation, cloud price.
    /// `None` until the player sets them; the data's defaults apply meanwhile.
    #[serde(default)]
    pub defaults: NewFacilityDefaults,
}

/// The settings new facilities start with, set once by the player instead of for each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewFacilityDefaults {
    /// For warehouses.
    #[serde(default)]
    pub warehouse: Option<FacilitySettings>,
    /// For data centres.
    #[serde(default)]
    pub data_centre: Option<FacilitySettings>,
}

/// A facility's settings that a player may want the same everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacilitySettings {
    /// Open to outsiders.
    pub open: bool,
    /// Share of capacity reserved for own use, percent.
    pub reservation_pct: u8,
    /// Cloud price as a percentage of the going price when the hall is ordered (data centres).
    pub price_pct: u16,
}

impl NewFacilityDefaults {
    /// The settings for a kind, if set.
    pub fn of(&self, kind: FacilityKind) -> Option<FacilitySettings> {
        match kind {
            FacilityKind::Warehouse => self.warehouse,
            FacilityKind::DataCentre => self.data_centre,
        }
    }
}

impl Company {
    /// The founder's share of the company, 0–1.
    pub fn founder_stake(&self) -> f64 {
        if self.shares == 0 {
            0.0
        } else {
            self.founder_shares as f64 / self.shares as f64
        }
    }

    /// Debt of all kinds.
    pub fn debt(&self) -> Money {
        self.credit_drawn + self.bonds.iter().map(|b| b.principal).sum()
    }
}

/// The market in one region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionState {
    /// Your share of the region's online spending, 0–1.
    pub share: f64,
    /// Each rival's share, in the content's rival order.
    pub rival_shares: Vec<f64>,
    /// Share of last quarter's orders delivered late.
    pub late_share: f64,
}

/// What a rival has done in one region to defend or win customers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RivalRegion {
    /// Pull from its price cuts (given back when the pressure is off).
    pub price_push: f64,
    /// Pull from what it has built (lasting).
    pub build_push: f64,
    /// Its share a year or so ago, smoothed: losing against it makes it act.
    pub trend: f64,
}

/// A rival's visible position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RivalState {
    /// Pull on shoppers now, before its regional moves (−∞ while it is not online).
    pub retail_pull: f64,
    /// Its moves per region, in the content's region order.
    #[serde(default)]
    pub regions: Vec<RivalRegion>,
    /// Quarter it opened its cloud.
    pub cloud_opened: Option<Quarter>,
    /// Its cloud price per CU-hour in cents.
    pub cloud_price_cents: f64,
    /// Its cloud customers' demand (CU per quarter).
    pub cloud_cu: f64,
    /// Its last move, in words, for the market screen.
    pub last_move: String,
}

impl RivalState {
    /// A rival before it has done anything: offline, no cloud, no customers.
    pub fn newcomer(regions: usize) -> RivalState {
        RivalState {
            retail_pull: f64::NEG_INFINITY,
            regions: vec![RivalRegion::default(); regions],
            cloud_opened: None,
            cloud_price_cents: 0.0,
            cloud_cu: 0.0,
            last_move: String::new(),
        }
    }
}

/// The market for rented compute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CloudMarketState {
    /// When the first provider opened.
    pub opened: Option<Quarter>,
    /// Compute bought from all providers per quarter (CU).
    pub size_cu: f64,
    /// Compute all companies need, rented or on their own premises (CU per quarter).
    #[serde(default)]
    pub need_cu: f64,
    /// What the market paid per CU-hour last quarter, in cents, weighted by customers.
    #[serde(default)]
    pub average_price_cents: f64,
}

/// This game's draw of the world: what differs from one seed to the next.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorldDraw {
    /// Multiplier on the cloud market's potential.
    pub cloud_potential: f64,
    /// Multiplier on each rival's strength, in the content's rival order.
    pub rival_strength: Vec<f64>,
    /// Years each region's adoption runs late (negative: early).
    pub adoption_shift: Vec<f64>,
    /// Yearly growth of spend per shopper.
    pub spend_growth: f64,
    /// How hard credit crunches bite (1 = as the data says).
    pub crunch: f64,
    /// Multiplier on how many outside sellers want to join (games saved before it: 1).
    #[serde(default = "one")]
    pub seller_appetite: f64,
}

fn one() -> f64 {
    1.0
}

impl WorldDraw {
    /// The world exactly as the data describes it, with no draw.
    pub fn neutral(content: &crate::content::Content) -> WorldDraw {
        WorldDraw {
            cloud_potential: 1.0,
            rival_strength: vec![1.0; content.rivals.len()],
            adoption_shift: vec![0.0; content.regions.len()],
            spend_growth: content.market.spend_growth,
            crunch: 1.0,
            seller_appetite: 1.0,
        }
    }
}

/// How a game ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Played to the scenario's last quarter.
    Completed,
    /// Two quarters in trouble.
    Bankrupt,
    /// Investor patience ran out and the board replaced the founder.
    Ousted,
}

impl Outcome {
    /// The id written in JSON and reports.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Completed => "completed",
            Outcome::Bankrupt => "bankrupt",
            Outcome::Ousted => "ousted",
        }
    }
}

/// One quarter in the company's history, for charts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The quarter.
    pub quarter: Quarter,
    /// Cash at its end.
    pub cash: Money,
    /// Debt at its end.
    pub debt: Money,
    /// Revenue: retail, sellers' services, cloud, contracts.
    pub revenue: [Money; 4],
    /// Operating profit by the same lines.
    #[serde(default)]
    pub profit: [Money; 4],
    /// Your share of the cloud market.
    #[serde(default)]
    pub cloud_share: f64,
    /// What the cloud market paid per CU-hour, in cents, weighted by customers.
    #[serde(default)]
    pub cloud_price: f64,
    /// Net income.
    pub net_income: Money,
    /// Valuation at its end.
    pub valuation: Money,
    /// Your share of online spending, all regions.
    pub market_share: f64,
    /// Orders served.
    pub orders: u64,
    /// Reputation.
    pub reputation: f64,
    /// Operational excellence.
    pub excellence: f64,
    /// Investor patience.
    pub patience: f64,
    /// Founder's stake.
    pub founder_stake: f64,
    /// Interest paid (net of interest earned on cash).
    #[serde(default)]
    pub interest: Money,
    /// Tax.
    #[serde(default)]
    pub tax: Money,
    /// Retail revenue by region, in the content's region order.
    #[serde(default)]
    pub region_revenue: Vec<Money>,
    /// Each rival's share of online spending, all regions, in the content's rival order.
    #[serde(default)]
    pub rival_shares: Vec<f64>,
    /// Each rival's cloud price in cents (0 while its cloud is closed).
    #[serde(default)]
    pub rival_cloud_prices: Vec<f64>,
    /// What your cloud customers paid per CU-hour, in cents (0 while closed).
    #[serde(default)]
    pub your_cloud_price: f64,
}

impl Snapshot {
    /// Total revenue.
    pub fn total_revenue(&self) -> Money {
        self.revenue.iter().copied().sum()
    }
}

/// A line in the news feed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct News {
    /// When.
    pub quarter: Quarter,
    /// What.
    pub text: String,
}

/// Everything about one game.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GameState {
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// The seed the game started from.
    pub seed: u64,
    /// The scenario's first quarter.
    pub start: Quarter,
    /// The scenario's last quarter.
    pub end: Quarter,
    /// The quarter being planned (the next one to resolve).
    pub quarter: Quarter,
    /// The one generator every random draw comes from.
    pub rng: Xoshiro256PlusPlus,
    /// This game's draw of the world.
    pub world: WorldDraw,
    /// The player's company.
    pub company: Company,
    /// Facilities, in the order they were ordered.
    pub facilities: Vec<Facility>,
    /// Next facility number.
    pub next_facility: u32,
    /// Markets, per region.
    pub regions: Vec<RegionState>,
    /// Rivals, in the content's order.
    pub rivals: Vec<RivalState>,
    /// The cloud market.
    pub cloud_market: CloudMarketState,
    /// One snapshot per quarter played.
    pub history: Vec<Snapshot>,
    /// Revenue of the quarters before the start, oldest first (for growth figures).
    pub revenue_before: Vec<Money>,
    /// The latest news first is at the end; kept short.
    pub news: Vec<News>,
    /// The last quarter's report.
    pub last_report: Option<QuarterReport>,
    /// Set when the game is over.
    pub outcome: Option<Outcome>,
    /// Politics: stakeholders, elections, tenders, lawsuits.
    #[serde(default)]
    pub politics: super::politics::state::PoliticsState,
    /// Events: pending answers, follow-ups, modifiers, what has fired.
    #[serde(default)]
    pub events: super::events::state::EventsState,
}

impl GameState {
    /// Last quarter's revenue (what an event's share of revenue is a share of).
    pub fn last_revenue(&self) -> Money {
        self.history
            .last()
            .map_or(Money::ZERO, |h| h.total_revenue())
    }

    /// Quarters resolved so far.
    pub fn quarters_played(&self) -> u32 {
        u32::try_from(self.history.len()).unwrap_or(u32::MAX)
    }

    /// A facility by number.
    pub fn facility(&self, id: FacilityId) -> Option<&Facility> {
        self.facilities.iter().find(|f| f.id == id)
    }

    /// Quarterly revenue, latest first, running back into the quarters before the start.
    pub fn revenue_series(&self) -> impl Iterator<Item = Money> + '_ {
        self.history
            .iter()
            .rev()
            .map(|s| s.total_revenue())
            .chain(self.revenue_before.iter().rev().copied())
    }

    /// Revenue over the last four quarters played (including quarters before the start).
    pub fn revenue_ttm(&self) -> Money {
        self.revenue_series().take(4).sum()
    }

    /// Revenue over the four quarters before the last four.
    pub fn revenue_prior_year(&self) -> Money {
        self.revenue_series().skip(4).take(4).sum()
    }

    /// Year-on-year revenue growth (0.25 = 25%), 0 when there is no prior year.
    pub fn revenue_growth(&self) -> f64 {
        let prior = self.revenue_prior_year();
        if prior.0 <= 0 {
            0.0
        } else {
            self.revenue_ttm().as_f64() / prior.as_f64() - 1.0
        }
    }

    /// The latest valuation.
    pub fn valuation(&self) -> Money {
        self.history.last().map(|s| s.valuation).unwrap_or_default()
    }

    /// Score: the founder's stake times the valuation.
    pub fn score(&self) -> Money {
        self.valuation()
            .scale(self.company.founder_stake())
            .max_zero()
    }

    /// True once the game is over.
    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }

    /// Adds a news line, keeping the feed short.
    pub fn push_news(&mut self, text: String) {
        const KEEP: usize = 60;
        self.news.push(News {
            quarter: self.quarter,
            text,
        });
        if self.news.len() > KEEP {
            let drop = self.news.len() - KEEP;
            self.news.drain(..drop);
        }
    }
}
