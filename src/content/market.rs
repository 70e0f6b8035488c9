//! The market: shoppers, seasons, attractiveness, sellers, the cloud and the macro cycle.

use crate::basic::money::Money;
use serde::{Deserialize, Serialize};

/// A price level the player can set for the store.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceLevelDef {
    /// Stable id.
    pub id: String,
    /// Name shown to the player.
    pub name: String,
    /// Multiplier on the price of the basket (0.92 = 8% below list).
    pub price_factor: f64,
    /// Pull on shoppers (added to attractiveness).
    pub utility: f64,
}

/// Weights of attractiveness in the shoppers' choice.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attractiveness {
    /// Pull when a warehouse in the shopper's own region ships.
    pub speed_own_region: f64,
    /// Pull when the nearest warehouse is in a neighbouring region.
    pub speed_neighbour: f64,
    /// Pull when goods are drop-shipped from suppliers.
    pub speed_dropship: f64,
    /// Pull per unit of log selection.
    pub selection: f64,
    /// Pull per reputation point away from 50.
    pub reputation: f64,
    /// Pull of marketing: weight × ln(1 + spend share / marketing_scale).
    pub marketing: f64,
    /// Marketing spend, as a share of the region's online spending, that gives ln(2).
    pub marketing_scale: f64,
    /// Pull of an unknown newcomer (the brand grows with customers).
    pub brand_start: f64,
    /// Pull of the brand at full recognition.
    pub brand_full: f64,
    /// Share of the gap to full recognition closed per quarter by word of mouth.
    pub brand_growth: f64,
    /// Extra closed per unit of marketing over revenue.
    pub brand_marketing: f64,
    /// Orders per quarter at which word of mouth works at half strength.
    pub brand_orders_half: f64,
    /// Pull lost per point of last quarter's late-delivery share (lost repeat customers).
    pub late_penalty: f64,
}

/// Customers as stocks: each shop keeps its customers until they look around again.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customers {
    /// Share of any shop's customers who look around again each quarter.
    pub base_churn: f64,
    /// Extra share who look around per unit of pull by which the strongest other shop beats
    /// the one they buy from: a rival that pulls harder drains your customers.
    pub gap_churn: f64,
    /// Most of a shop's customers who look around in one quarter.
    pub max_churn: f64,
    /// Share of the customers whose order came late who take their custom elsewhere.
    pub late_leave: f64,
}

/// Offline shops and other online stores: the shopper's outside option.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflinePull {
    /// Pull of buying offline in the base year.
    pub utility_start: f64,
    /// Pull lost per year as shoppers get used to buying online.
    pub decline_per_year: f64,
    /// The least pull offline ever has.
    pub floor: f64,
}

/// Suppliers shipping straight to the customer.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DropShip {
    /// Orders per quarter suppliers can drop-ship in the base year.
    pub capacity_start: u64,
    /// Yearly growth of that capacity.
    pub capacity_growth: f64,
    /// Extra cost per order in dollars (suppliers' fee).
    pub cost_per_order: f64,
    /// Share of drop-shipped orders that arrive late anyway.
    pub late_share: f64,
}

/// Third-party sellers in open warehouses.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marketplace {
    /// Sellers who would join, per million of your own retail orders per quarter.
    pub sellers_per_m_orders: f64,
    /// Share of the gap to that pool closed each quarter while open.
    pub join_rate: f64,
    /// Share of sellers lost per point of breached service (unserved share).
    pub breach_churn: f64,
    /// Most of the sellers lost to breached service in one quarter: even a bad quarter leaves
    /// some who give the next one a chance.
    #[serde(default = "all")]
    pub breach_churn_max: f64,
    /// Share lost each quarter while no warehouse is open.
    pub closed_churn: f64,
    /// Orders per seller per quarter (before the Q4 peak).
    pub orders_per_seller: f64,
    /// Fee per order shipped for a seller, in dollars.
    pub fee_per_order: f64,
    /// Storage fee per seller per quarter, in dollars.
    pub storage_fee: f64,
    /// Selection added per thousand sellers (in catalogue units).
    pub selection_per_k_sellers: f64,
}

/// The store's own computing needs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compute {
    /// Compute units per thousand orders.
    pub cu_per_k_orders: f64,
    /// Base load of running a store at all, in compute units.
    pub base_cu: f64,
    /// Share of an overloaded quarter's orders lost per unit of overload share.
    pub outage_sales_loss: f64,
    /// Reputation lost per point of unserved own load.
    pub outage_reputation: f64,
}

/// The market for renting servers by the hour.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloudMarket {
    /// Compute all other companies need in the year 2000, in CU per quarter, whether they run
    /// it on their own premises or rent it.
    pub potential_cu: f64,
    /// Yearly growth of that need.
    pub potential_growth: f64,
    /// Pull of running servers on one's own premises when the first provider opens.
    pub on_premises_start: f64,
    /// Pull the on-premises option loses per year the market has been open.
    pub on_premises_decline: f64,
    /// The least pull the on-premises option ever has.
    pub on_premises_floor: f64,
    /// Reference price per CU-hour in cents in `price_base_year`; a provider charging the
    /// reference of its time has no price pull.
    pub reference_price_cents: f64,
    /// Year of the reference price.
    pub price_base_year: f64,
    /// Yearly fall of the reference price and of data centres' power and upkeep (servers get
    /// cheaper to run every year).
    pub price_decline: f64,
    /// Most a customer pays, as a multiple of the reference: dearer capacity finds no takers.
    pub price_cap: f64,
    /// Pull lost per doubling of price against the reference.
    pub price_sensitivity: f64,
    /// Pull per unit of log breadth of services.
    pub breadth: f64,
    /// Breadth gained per quarter open.
    pub breadth_per_quarter: f64,
    /// Breadth gained per million dollars invested in services in a quarter (with diminishing
    /// returns: the square root of the spend counts).
    pub breadth_per_investment: f64,
    /// Pull per reliability point away from `reliability_neutral`.
    pub reliability: f64,
    /// Reliability (0–100) that neither draws nor repels cloud customers.
    pub reliability_neutral: f64,
    /// Reliability customers expect: a new cloud starts at it, and below it customers leave.
    pub reliability_expected: f64,
    /// Reliability a cloud recovers towards when nothing goes down.
    pub reliability_ceiling: f64,
    /// Share of the gap to `reliability_ceiling` recovered each quarter.
    pub reliability_recovery: f64,
    /// Pull per region covered beyond the first.
    pub regions: f64,
    /// Share of the gap to the target demand closed each quarter when growing.
    pub win_rate: f64,
    /// Share of the gap closed each quarter when shrinking.
    pub lose_rate: f64,
    /// Extra share of customers lost per doubling of your price over the cheapest rival's.
    pub price_churn: f64,
    /// Extra share lost per ten reliability points below `reliability_expected`.
    pub reliability_churn: f64,
    /// Share of the leaving that lock-in prevents once customers have stayed `lock_in_quarters`.
    pub lock_in: f64,
    /// Quarters open after which lock-in is at full strength.
    pub lock_in_quarters: f64,
    /// Share of customers lost per point of unserved demand.
    pub breach_churn: f64,
    /// CU-hours in one compute unit-quarter.
    pub hours_per_cu: f64,
    /// Cloud market revenue per quarter (thousands) at which tenders are worth the deck's
    /// value; a bigger market makes every tender announced then bigger in proportion.
    pub tender_reference_revenue: f64,
}

/// Operational excellence (0–100).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Excellence {
    /// Points gained per quarter when outsiders are all of the volume served (warehouses and
    /// data centres weigh alike): outsiders are the quality benchmark.
    pub outsider_gain: f64,
    /// Points gained per quarter from running any facility.
    pub run_gain: f64,
    /// Share of the score lost each quarter without pressure.
    pub decay: f64,
    /// Share of upkeep and cost per order saved at 100.
    pub cost_saving: f64,
    /// Share of outage risk removed at 100.
    pub outage_cut: f64,
}

/// How reputation moves (0–100).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReputationRules {
    /// Where reputation drifts when service is good.
    pub good_service_target: f64,
    /// Share of the gap to the target closed each quarter.
    pub drift: f64,
    /// Points lost per point of late-delivery share.
    pub late_penalty: f64,
}

/// A phase of the macro cycle.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MacroPhase {
    /// Name shown in the news.
    pub name: String,
    /// First quarter (year, quarter).
    pub from: (u16, u8),
    /// Last quarter (year, quarter).
    pub to: (u16, u8),
    /// Multiplier on consumer spending.
    pub demand: f64,
    /// Multiplier on valuation multiples.
    pub multiple: f64,
    /// Extra interest on debt, in percentage points.
    pub credit_spread: f64,
    /// Multiplier on every credit line (below 1 in a credit crunch).
    pub credit_limit: f64,
    /// Whether lenders buy new bonds.
    pub bonds_open: bool,
}

/// How much each game's world differs from the next: drawn from the seed at the start.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variation {
    /// Range of the multiplier on the cloud market's potential.
    pub cloud_potential: (f64, f64),
    /// Range of the multiplier on each rival's strength.
    pub rival_strength: (f64, f64),
    /// Most years a region's internet adoption runs early or late.
    pub adoption_shift_years: f64,
    /// Range of the yearly growth of spend per shopper (replaces `spend_growth`).
    pub spend_growth: (f64, f64),
    /// Range of the multiplier on how hard credit crunches cut credit lines.
    pub crunch: (f64, f64),
    /// Range of the multiplier on how many outside sellers want a shop's shelves: some worlds
    /// never take to marketplaces, and there a store that stayed a store can win.
    pub seller_appetite: (f64, f64),
}

/// Every number about markets.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketRules {
    /// Demand multiplier for Q1 to Q4.
    pub season: Vec<f64>,
    /// Year in which the growth curves start.
    pub base_year: f64,
    /// Spend per online shopper per quarter in the base year, in dollars.
    pub spend_per_shopper: f64,
    /// Yearly growth of spend per shopper.
    pub spend_growth: f64,
    /// Average order value in dollars.
    pub order_value: f64,
    /// Cost of goods as a share of list price.
    pub goods_cost_share: f64,
    /// Shipping cost per order in dollars from a warehouse in the same region.
    pub shipping_own_region: f64,
    /// Shipping cost per order in dollars from a neighbouring region.
    pub shipping_neighbour: f64,
    /// Share of late orders that are cancelled (lost sales).
    pub late_cancel_share: f64,
    /// How customers stay and leave.
    pub customers: Customers,
    /// Catalogue growth per quarter, as a share.
    pub catalogue_growth: f64,
    /// Price levels on offer, cheapest first.
    pub price_levels: Vec<PriceLevelDef>,
    /// Weights of attractiveness.
    pub attractiveness: Attractiveness,
    /// The outside option.
    pub offline: OfflinePull,
    /// Drop-shipping.
    pub drop_ship: DropShip,
    /// Third-party sellers.
    pub marketplace: Marketplace,
    /// Own compute load.
    pub compute: Compute,
    /// The cloud market.
    pub cloud: CloudMarket,
    /// Operational excellence.
    pub excellence: Excellence,
    /// Reputation.
    pub reputation: ReputationRules,
    /// The dated macro cycle.
    pub macro_cycle: Vec<MacroPhase>,
    /// How games differ from each other.
    pub variation: Variation,
    /// The bounds the rules put on the player's settings.
    pub limits: ActionLimits,
}

/// The bounds the rules put on the player's settings; the screens step within them.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionLimits {
    /// Lowest and highest cloud price a data centre may ask, in cents per CU-hour.
    pub cloud_price_cents: (u32, u32),
    /// Most compute that may be rented from hosts, in CU.
    pub hosting_max_cu: u64,
    /// Most the player may set to spend per quarter on marketing or cloud services.
    pub spend_max_per_quarter: Money,
}

impl MarketRules {
    /// The cloud prices a data centre may ask, lowest first, in cents per CU-hour.
    pub fn cloud_price_range(&self) -> (u32, u32) {
        let (lo, hi) = self.limits.cloud_price_cents;
        (lo.max(1), hi.max(lo.max(1)))
    }
}

fn all() -> f64 {
    1.0
}
