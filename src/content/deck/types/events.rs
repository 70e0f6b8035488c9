//! The data types of an event deck's events: categories, stats, conditions, effects, choices,
//! the director's pacing and the deck file itself.
//!
//! Every struct denies unknown fields so a misspelt field is an error, never silently ignored.

use super::politics::{Disposition, PoliticsRules, Stakeholder, TenderDef};
use crate::basic::money::Money;
use crate::content::FacilityKind;
use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoStaticStr, VariantArray};

/// What an event is about; the UI groups and colours by it, the director weighs politics by it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
#[strum(serialize_all = "lowercase")]
pub enum Category {
    /// The economy: booms, crashes, credit.
    Macro,
    /// Governments, elections, regulators, the press.
    Politics,
    /// Tenders and contracts.
    Contracts,
    /// Facilities, disasters, labour.
    Operations,
    /// Rivals, customers, prices.
    Market,
    /// The company itself: investors, acquisitions, headquarters.
    Corporate,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: &'static [Category] = Category::VARIANTS;

    /// The id printed by `deck list`.
    pub fn id(self) -> &'static str {
        self.into()
    }
}

/// A number about the game that conditions can test; the writable ones effects can change.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
)]
pub enum Stat {
    /// Reputation with shoppers, 0–100 (writable).
    Reputation,
    /// Operational excellence, 0–100 (writable).
    Excellence,
    /// Investor patience, 0–100 (writable).
    Patience,
    /// Brand recognition, 0–1 (writable).
    Brand,
    /// Third-party sellers (writable).
    Sellers,
    /// Cloud customers' demand in compute units per quarter (writable).
    CloudDemand,
    /// Catalogue breadth in thousands of titles (writable).
    Catalogue,
    /// Cash in thousands of dollars.
    Cash,
    /// Debt in thousands of dollars.
    Debt,
    /// Revenue of the last quarter, in thousands.
    Revenue,
    /// Year-on-year revenue growth (0.25 = 25%).
    RevenueGrowth,
    /// Valuation in thousands.
    Valuation,
    /// Your share of online spending, 0–1.
    MarketShare,
    /// Political visibility, 0–100.
    Visibility,
    /// Warehouses owned (any status).
    Warehouses,
    /// Data centres owned (any status).
    DataCentres,
    /// Warehouses open to sellers.
    OpenWarehouses,
    /// Data centres open to cloud customers.
    OpenDataCentres,
    /// Rivals whose cloud is open.
    RivalClouds,
    /// Lawsuits running.
    Lawsuits,
    /// Government contracts running.
    Contracts,
    /// The founder's stake, 0–1.
    FounderStake,
    /// 1 when listed on a stock exchange, else 0.
    Public,
    /// The calendar year.
    Year,
    /// Data centres that had an outage last quarter.
    Outages,
    /// Income tax paid over the last eight quarters as a share of their revenue, 0–1 (0 before
    /// a year has passed).
    TaxShare,
}

impl Stat {
    /// Every stat, in snapshot order.
    pub const ALL: &'static [Stat] = Stat::VARIANTS;

    /// The variant's name as written in a deck (`CloudDemand`).
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Its index in a snapshot.
    pub fn index(self) -> usize {
        self as usize
    }

    /// True if effects may change it.
    pub fn writable(self) -> bool {
        matches!(
            self,
            Stat::Reputation
                | Stat::Excellence
                | Stat::Patience
                | Stat::Brand
                | Stat::Sellers
                | Stat::CloudDemand
                | Stat::Catalogue
        )
    }

    /// The values it can take (for "condition can never hold" checks and clamping).
    pub fn range(self) -> (f64, f64) {
        match self {
            Stat::Reputation | Stat::Excellence | Stat::Patience | Stat::Visibility => (0.0, 100.0),
            Stat::Brand
            | Stat::MarketShare
            | Stat::FounderStake
            | Stat::Public
            | Stat::TaxShare => (0.0, 1.0),
            Stat::Cash | Stat::RevenueGrowth => (f64::MIN, f64::MAX),
            Stat::Year => (1900.0, 2200.0),
            _ => (0.0, f64::MAX),
        }
    }

    /// The name shown to the player.
    pub fn name(self) -> &'static str {
        match self {
            Stat::Reputation => "Reputation",
            Stat::Excellence => "Excellence",
            Stat::Patience => "Investor patience",
            Stat::Brand => "Brand",
            Stat::Sellers => "Sellers",
            Stat::CloudDemand => "Cloud demand",
            Stat::Catalogue => "Catalogue",
            Stat::Cash => "Cash",
            Stat::Debt => "Debt",
            Stat::Revenue => "Quarterly revenue",
            Stat::RevenueGrowth => "Revenue growth",
            Stat::Valuation => "Valuation",
            Stat::MarketShare => "Market share",
            Stat::Visibility => "Visibility",
            Stat::Warehouses => "Warehouses",
            Stat::DataCentres => "Data centres",
            Stat::OpenWarehouses => "Open warehouses",
            Stat::OpenDataCentres => "Open data centres",
            Stat::RivalClouds => "Rival clouds",
            Stat::Lawsuits => "Lawsuits",
            Stat::Contracts => "Contracts",
            Stat::FounderStake => "Founder's stake",
            Stat::Public => "Listed",
            Stat::Year => "Year",
            Stat::Outages => "Outages last quarter",
            Stat::TaxShare => "Income tax as a share of revenue",
        }
    }

    /// True for amounts of money (in thousands), shown as money.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Stat::Cash | Stat::Debt | Stat::Revenue | Stat::Valuation
        )
    }
}

/// A line of the books a temporary modifier scales by a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Flow {
    /// Sales to shoppers.
    RetailRevenue,
    /// Fees from sellers.
    MarketplaceRevenue,
    /// Compute rented to outsiders.
    CloudRevenue,
    /// Delivering orders.
    ShippingCost,
    /// Handling orders.
    FulfilmentCost,
    /// Facility upkeep.
    Upkeep,
    /// Head office.
    Overhead,
}

impl Flow {
    /// The name shown to the player.
    pub fn name(self) -> &'static str {
        match self {
            Flow::RetailRevenue => "Retail revenue",
            Flow::MarketplaceRevenue => "Marketplace revenue",
            Flow::CloudRevenue => "Cloud revenue",
            Flow::ShippingCost => "Shipping cost",
            Flow::FulfilmentCost => "Fulfilment cost",
            Flow::Upkeep => "Upkeep",
            Flow::Overhead => "Overhead",
        }
    }
}

fn default_true() -> bool {
    true
}

fn default_one() -> f64 {
    1.0
}

/// A condition on the game; events and choices are only offered while theirs hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Cond {
    /// Always true (the default).
    #[default]
    Always,
    /// The quarter lies in a range, both ends included: `Date(from: (1999, 1), to: (2000, 2))`.
    Date {
        /// First quarter (year, quarter).
        from: (u16, u8),
        /// Last quarter (year, quarter).
        to: (u16, u8),
    },
    /// From this quarter on.
    From((u16, u8)),
    /// Up to and including this quarter.
    Until((u16, u8)),
    /// The quarter of the year, 1–4.
    Quarter(u8),
    /// A stat is above a value.
    Above(Stat, f64),
    /// A stat is below a value.
    Below(Stat, f64),
    /// A flag is set.
    Flag(String),
    /// A stakeholder's attitude is above a value.
    AttitudeAbove(Stakeholder, f64),
    /// A stakeholder's attitude is below a value.
    AttitudeBelow(Stakeholder, f64),
    /// The administration's disposition.
    Administration(Disposition),
    /// At least `min` facilities (of a kind, in a region, open to outsiders if `open`).
    Facilities {
        /// Warehouse or DataCentre; any if omitted.
        #[serde(default)]
        kind: Option<FacilityKind>,
        /// Region id; any if omitted.
        #[serde(default)]
        region: Option<String>,
        /// Only facilities open to outsiders.
        #[serde(default)]
        open: bool,
        /// Only facilities operating now (not being built, damaged or mothballed).
        #[serde(default)]
        operating: bool,
        /// How many at least.
        min: u32,
    },
    /// A lawsuit with this id is running.
    Lawsuit(String),
    /// The investment project with this id (from projects.ron) has been started, whether it
    /// works yet or not.
    Project(String),
    /// A tender with this id is open for bids.
    TenderOpen(String),
    /// A contract from the tender with this id is running.
    Contract(String),
    /// A rival (by id) has opened its cloud.
    RivalCloud(String),
    /// True with this probability (0–1), drawn each time it is tested.
    Chance(f64),
    /// Every condition holds.
    All(Vec<Cond>),
    /// At least one holds.
    Any(Vec<Cond>),
    /// The condition does not hold.
    Not(Box<Cond>),
}

impl Cond {
    /// Whether the condition reads this stakeholder's attitude anywhere inside it.
    pub fn mentions(&self, who: Stakeholder) -> bool {
        match self {
            Cond::AttitudeAbove(s, _) | Cond::AttitudeBelow(s, _) => *s == who,
            Cond::All(cs) | Cond::Any(cs) => cs.iter().any(|c| c.mentions(who)),
            Cond::Not(c) => c.mentions(who),
            _ => false,
        }
    }
}

/// The most an event may weigh: weights are relative, so this is "almost always" beside the
/// usual 1.0, and bounding it keeps every product of weights finite.
pub const MAX_WEIGHT: f64 = 1000.0;

/// The most one `weight_if` may multiply by. Even every multiplier of an event at the bound
/// stays finite for any deck a modder would write; the director caps the product as well.
pub const MAX_WEIGHT_MULTIPLIER: f64 = 100.0;

/// One consequence of a choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Effect {
    /// Cash in thousands: positive is income, negative a cost.
    Cash(Money),
    /// Cash as a share of last quarter's revenue (−0.02 costs 2% of a quarter's revenue), so
    /// one event stays meaningful from the garage to the giant.
    CashShare(f64),
    /// Adds to a writable stat.
    Stat(Stat, f64),
    /// Changes a writable stat by a percentage of its value (−10.0 takes a tenth away).
    StatPct(Stat, f64),
    /// Adds to a stakeholder's attitude.
    Attitude(Stakeholder, f64),
    /// Scales a line of the books by `pct` percent for `quarters` quarters.
    Modifier {
        /// Which line.
        on: Flow,
        /// Percent, e.g. 15.0 or -10.0.
        pct: f64,
        /// For how many quarters, from the next one.
        quarters: u16,
    },
    /// Sets a flag.
    SetFlag(String),
    /// Clears a flag.
    ClearFlag(String),
    /// Damages one operating facility in the event's region for some quarters.
    Damage {
        /// Warehouse or DataCentre; any if omitted.
        #[serde(default)]
        kind: Option<FacilityKind>,
        /// Quarters out of service.
        quarters: u16,
    },
    /// Starts a lawsuit.
    Lawsuit {
        /// Id, for conditions.
        id: String,
        /// Name shown on the politics screen.
        name: String,
        /// Quarters until the verdict.
        quarters: u16,
        /// Legal costs each quarter.
        cost_per_quarter: Money,
        /// Chance of winning on the merits alone, 0–1.
        merits: f64,
        /// Event fired when won.
        on_win: String,
        /// Event fired when lost.
        on_loss: String,
    },
    /// Announces a tender (by id, from the deck's tenders).
    Tender(String),
    /// Starts an investment project (by id, from projects.ron) at no cost of its own: the
    /// event's other effects pay for it. It works after its usual lead time; nothing happens
    /// if it is already started.
    Project(String),
    /// Fires another event after some quarters.
    FollowUp {
        /// The event.
        event: String,
        /// Quarters from now (1 = next quarter).
        after: u16,
    },
    /// With probability `p` the `then` effects, otherwise the `otherwise` effects.
    Chance {
        /// Probability, 0–1.
        p: f64,
        /// Effects when it comes up.
        then: Vec<Effect>,
        /// Effects when it does not.
        #[serde(default)]
        otherwise: Vec<Effect>,
    },
}

/// One answer to an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    /// What the player picks.
    pub label: String,
    /// Offered only while this holds; shown greyed otherwise.
    #[serde(default)]
    pub when: Cond,
    /// What it does.
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// A weight multiplier that applies while its condition holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeightMod {
    /// When it applies.
    pub when: Cond,
    /// The multiplier.
    pub times: f64,
}

/// One event of the deck.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    /// Stable id: mods replace or disable events by it.
    pub id: String,
    /// Title, with placeholders.
    pub title: String,
    /// Text, with placeholders.
    pub text: String,
    /// What it is about.
    pub category: Category,
    /// A major event counts against the director's one-a-quarter limit (default true).
    #[serde(default = "default_true")]
    pub major: bool,
    /// A crisis keeps a minimum gap to the previous crisis.
    #[serde(default)]
    pub crisis: bool,
    /// Offered only while this holds.
    #[serde(default)]
    pub when: Cond,
    /// Relative weight among the events on offer (default 1).
    #[serde(default = "default_one")]
    pub weight: f64,
    /// Multipliers on the weight.
    #[serde(default)]
    pub weight_if: Vec<WeightMod>,
    /// Fires at most once a game.
    #[serde(default)]
    pub once: bool,
    /// Quarters before it can fire again (the director's default if omitted).
    #[serde(default)]
    pub cooldown: Option<u16>,
    /// Fires only as a follow-up of another event, never drawn by the director.
    #[serde(default)]
    pub follow_up_only: bool,
    /// The region for `{region}` and damage; a region with facilities if omitted.
    #[serde(default)]
    pub region: Option<String>,
    /// The rival for `{rival}`; drawn if omitted.
    #[serde(default)]
    pub rival: Option<String>,
    /// The answers; the first available one is the default when the player does not answer.
    pub choices: Vec<ChoiceDef>,
}

/// The director's pacing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectorDef {
    /// Weight of "no major event this quarter" against the events on offer.
    pub quiet_weight: f64,
    /// Weight of "no minor event this quarter".
    pub minor_quiet_weight: f64,
    /// Quarters at the start of a game without drawn events.
    pub grace_quarters: u16,
    /// Minimum quarters between two crises.
    pub crisis_gap: u16,
    /// Cooldown of events that name none.
    pub default_cooldown: u16,
    /// Political events weigh `1 + visibility/100 × this` more.
    pub political_visibility: f64,
    /// Political events weigh `1 + (hostility − 0.5) × this` more (difficulty).
    pub political_hostility: f64,
}

/// One deck file as written: the base deck or a mod.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckFile {
    /// Replaces the director's pacing.
    #[serde(default)]
    pub director: Option<DirectorDef>,
    /// Replaces the politics rules.
    #[serde(default)]
    pub politics: Option<PoliticsRules>,
    /// Ids of events removed from the decks loaded before this one.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Tenders: same id replaces, new id adds.
    #[serde(default)]
    pub tenders: Vec<TenderDef>,
    /// Events: same id replaces, new id adds.
    #[serde(default)]
    pub events: Vec<EventDef>,
    /// What each flag means, in the player's words: same id replaces, new id adds.
    #[serde(default)]
    pub flags: Vec<FlagDef>,
}

/// A flag's meaning, shown on event cards instead of its id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagDef {
    /// The flag, as `SetFlag` and `Flag` name it.
    pub id: String,
    /// What holds while it is set, as a sentence: "{company} delivers its own parcels".
    pub name: String,
}
