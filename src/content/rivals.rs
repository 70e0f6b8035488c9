//! The rival companies and their readable strategies.

use serde::{Deserialize, Serialize};

/// A rival's retail business.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RivalRetail {
    /// Year the rival starts selling online.
    pub online_from: f64,
    /// Pull on shoppers when it starts.
    pub utility_start: f64,
    /// Pull gained per year online.
    pub utility_growth: f64,
    /// Most pull it can reach.
    pub utility_max: f64,
    /// Pull it gains for a quarter when you discount (it matches your prices).
    pub price_match: f64,
    /// Regions it sells in (ids); empty means everywhere.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Regions it calls home (ids), where it pulls harder by `home_pull`.
    #[serde(default)]
    pub home: Vec<String>,
    /// Extra pull at home: known brand, its own stores and trucks.
    #[serde(default)]
    pub home_pull: f64,
    /// Its strategy when it loses share.
    pub defence: RivalDefence,
}

/// How a rival fights back when it loses customers in a region: first it cuts prices, then it
/// builds (faster delivery), and where you lead by far it builds to contest you.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RivalDefence {
    /// Share points lost over about a year that make it act (0.01 = one point).
    pub trigger: f64,
    /// Pull gained per price cut.
    pub price_step: f64,
    /// Most pull price cuts may add.
    pub price_max: f64,
    /// Share of the price cuts' pull given back each quarter it does not lose share (prices
    /// recover when the pressure is off).
    pub price_recovery: f64,
    /// Pull gained per building programme (lasting).
    pub build_step: f64,
    /// Most pull building may add in a region.
    pub build_max: f64,
    /// Your lead in share points over it, in a region it sells in, that makes it build there.
    pub contest_lead: f64,
}

/// A rival's cloud business.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RivalCloud {
    /// Year it opens its cloud at the latest.
    pub opens_in: f64,
    /// It opens earlier once your cloud earns this much per quarter (in thousands).
    pub opens_if_your_cloud_revenue: f64,
    /// Pull of its services when it opens.
    pub utility_start: f64,
    /// Pull gained per year open.
    pub utility_growth: f64,
    /// Most pull it reaches.
    pub utility_max: f64,
    /// Its price when it opens, as a multiple of the reference price of the time.
    pub entry_price: f64,
    /// How much below the cheapest other provider it goes when it loses share (share).
    pub undercut: f64,
    /// Cheapest it will go, as a multiple of the reference price of the time.
    pub price_floor: f64,
    /// Share of its customers it wants: below it, it cuts prices every quarter.
    pub target_share: f64,
}

/// One rival.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RivalDef {
    /// Stable id.
    pub id: String,
    /// Company name (fictional).
    pub name: String,
    /// Short name for narrow tables.
    pub short: String,
    /// What it is, in a few words.
    pub kind: String,
    /// Its strategy in one sentence, shown on the market screen.
    pub strategy: String,
    /// Retail, if it sells to shoppers.
    pub retail: Option<RivalRetail>,
    /// Cloud, if it ever rents servers.
    pub cloud: Option<RivalCloud>,
    /// Standing with government buyers, 0–1.
    pub government: f64,
}
