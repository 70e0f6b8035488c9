//! The quarterly report: what happened in a quarter, and why.

use super::action::Action;
use super::calendar::Quarter;
use super::ids::{FacilityId, RegionId};
use super::money::Money;
use super::rejection::Rejection;
use crate::content::deck::Disposition;
use serde::{Deserialize, Serialize};

pub use super::books::{Books, ByLine};

/// Orders in one region and how they were served.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RegionReport {
    /// Online spending in the region (all shops).
    pub spending: Money,
    /// Your share of it this quarter.
    pub share: f64,
    /// The share shoppers' choice pointed to (share moves towards it).
    pub target_share: f64,
    /// Your attractiveness, by part.
    pub pull: Pull,
    /// Orders placed with you.
    pub orders: u64,
    /// Orders lost to outages before they were placed.
    pub lost_to_outage: u64,
    /// Shipped from a warehouse in the region.
    pub fast: u64,
    /// Shipped from a neighbouring region.
    pub neighbour: u64,
    /// Drop-shipped by suppliers.
    pub drop_shipped: u64,
    /// Delivered late (including late drop-ships).
    pub late: u64,
    /// Cancelled because they were late.
    pub cancelled: u64,
}

/// The parts of your attractiveness in a region (logit utilities).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pull {
    /// From the price level.
    pub price: f64,
    /// From delivery speed.
    pub speed: f64,
    /// From selection.
    pub selection: f64,
    /// From reputation.
    pub reputation: f64,
    /// From marketing.
    pub marketing: f64,
    /// From brand recognition.
    pub brand: f64,
    /// Lost to last quarter's late deliveries.
    pub late: f64,
    /// The pull of offline shops (the outside option).
    pub offline: f64,
}

impl Pull {
    /// Your total pull.
    pub fn total(&self) -> f64 {
        self.price + self.speed + self.selection + self.reputation + self.marketing + self.brand
            - self.late
    }
}

/// Compute: own load, cloud and outages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ComputeReport {
    /// The store's own load (CU).
    pub own_load: u64,
    /// Own load served.
    pub own_served: u64,
    /// Capacity of rented hosting.
    pub hosting: u64,
    /// Capacity of own data centres this quarter.
    pub data_centres: u64,
    /// Cloud customers' demand.
    pub cloud_demand: u64,
    /// Cloud demand served.
    pub cloud_served: u64,
    /// Data centres that had an outage.
    pub outages: u32,
    /// Share of data-centre capacity the outages took down.
    #[serde(default)]
    pub outage_share: f64,
    /// Your share of the cloud market.
    pub cloud_share: f64,
    /// Size of the whole cloud market (CU).
    pub cloud_market: u64,
}

/// Third-party sellers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MarketplaceReport {
    /// Sellers at the quarter's end.
    pub sellers: u64,
    /// Orders sellers wanted shipped.
    pub demand: u64,
    /// Orders shipped for sellers.
    pub served: u64,
}

/// Something worth telling the player, with its cause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Note {
    /// A facility started serving.
    FacilityReady(FacilityId),
    /// A facility was hit by a disaster.
    Disaster {
        /// Which.
        facility: FacilityId,
        /// Until when.
        until: Quarter,
    },
    /// A data centre went down for part of the quarter.
    Outage(FacilityId),
    /// Own load exceeded compute capacity.
    Overload {
        /// Share of own load unserved.
        unserved_share: f64,
        /// Orders lost with it.
        #[serde(default)]
        lost_orders: u64,
        /// The sales those orders would have brought.
        #[serde(default)]
        lost_sales: Money,
    },
    /// Orders could not be delivered on time.
    LateDeliveries {
        /// Share late.
        share: f64,
    },
    /// Sellers' orders waited because warehouses were full.
    SellersBreached {
        /// Share unserved.
        share: f64,
    },
    /// Cloud customers' demand could not be served.
    CloudBreached {
        /// Share unserved.
        share: f64,
    },
    /// Cash ran out and the credit line was drawn.
    CreditDrawn(Money),
    /// Cash is negative with no credit left.
    InTrouble {
        /// Quarters in trouble so far.
        quarters: u8,
    },
    /// The bank cut the credit line and the excess was repaid at once.
    CreditCut(Money),
    /// A bond was repaid at maturity.
    BondRepaid(Money),
    /// Bonds fall due next quarter: what they will take, against the cash there is now.
    BondDue {
        /// Principal repaid next quarter.
        amount: Money,
        /// Cash at the end of this quarter.
        cash: Money,
    },
    /// A rival opened a cloud.
    RivalCloud(usize),
    /// The cloud market came into being.
    CloudMarketOpened,
    /// A new phase of the economy began.
    Macro(String),
    /// A project started working (its id).
    ProjectReady(String),
    /// Warehouses in a region ran full: who waited, and why.
    Squeeze {
        /// Where.
        region: RegionId,
        /// Capacity of the region's warehouses.
        capacity: u64,
        /// Own orders placed in the region.
        own_wanted: u64,
        /// Own orders its warehouses shipped.
        own_served: u64,
        /// Sellers' orders sent to its open warehouses.
        sellers_wanted: u64,
        /// Sellers' orders they shipped.
        sellers_served: u64,
        /// The reservation for own orders, weighted by capacity, in percent.
        reserved_pct: u8,
    },
    /// An election brought a new administration.
    Election(Disposition),
    /// A tender was decided.
    TenderAwarded {
        /// The tender's name.
        name: String,
        /// Who won.
        winner: TenderWinner,
    },
    /// A lawsuit was decided.
    Verdict {
        /// The suit's name.
        name: String,
        /// Won?
        won: bool,
    },
    /// An event card arrived (its title).
    EventDrawn(String),
    /// An event was answered.
    Answered {
        /// The event's title.
        title: String,
        /// The choice's label.
        choice: String,
        /// Left unanswered, so it took its first choice that could be taken.
        by_default: bool,
    },
    /// A rival answered in a region.
    RivalMove {
        /// The rival, by index.
        rival: usize,
        /// Where.
        region: RegionId,
        /// What it did.
        act: RivalAct,
        /// Share it lost over about a year, or your lead there, in points.
        points: f64,
    },
    /// A rival cut its cloud price to win customers.
    RivalCloudCut {
        /// The rival, by index.
        rival: usize,
        /// Its new price, cents per CU-hour.
        cents: f64,
    },
    /// The regulators decided on buying a rival's business.
    DealDecided {
        /// The rival, by index.
        rival: usize,
        /// Where.
        region: RegionId,
        /// Allowed?
        approved: bool,
    },
}

/// Who won a tender.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum TenderWinner {
    /// You, for this much a quarter.
    You(Money),
    /// A rival, by index.
    Rival(usize),
    /// Nobody bid.
    Nobody,
}

/// What a rival did in a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RivalAct {
    /// Cut prices after losing shoppers.
    CutPrices,
    /// Built depots after losing shoppers (prices already as low as it goes).
    Builds,
    /// Built where you lead by far.
    Contests,
}

/// Everything that happened in one quarter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuarterReport {
    /// The quarter resolved.
    pub quarter: Option<Quarter>,
    /// Actions carried out.
    pub applied: Vec<Action>,
    /// Actions refused, with why.
    pub rejected: Vec<(Action, Rejection)>,
    /// The books.
    pub books: Books,
    /// Per region.
    pub regions: Vec<RegionReport>,
    /// Compute.
    pub compute: ComputeReport,
    /// Sellers.
    pub marketplace: MarketplaceReport,
    /// What to tell the player.
    pub notes: Vec<Note>,
    /// Cash at the start of the quarter.
    pub cash_before: Money,
    /// Cash at the end.
    pub cash_after: Money,
    /// Reputation change.
    pub reputation_change: f64,
    /// Excellence change.
    pub excellence_change: f64,
    /// Patience change.
    pub patience_change: f64,
}

impl QuarterReport {
    /// All orders placed.
    pub fn orders(&self) -> u64 {
        self.regions.iter().map(|r| r.orders).sum()
    }

    /// All late orders.
    pub fn late(&self) -> u64 {
        self.regions.iter().map(|r| r.late).sum()
    }
}
