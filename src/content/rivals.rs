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
    /// Its price per CU-hour in cents when it opens.
    pub price_cents: f64,
    /// How much below your price it goes in a price war (share).
    pub undercut: f64,
    /// Cheapest it will go, in cents.
    pub price_floor_cents: f64,
}

/// One rival.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RivalDef {
    /// Stable id.
    pub id: String,
    /// Company name (fictional).
    pub name: String,
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
