//! Money rules: capital, debt, taxes, valuation and the investors' patience.

use crate::basic::money::Money;
use serde::{Deserialize, Serialize};

/// Equity: funding rounds before the IPO, share offerings after.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EquityRules {
    /// Discount on the valuation at which new shares are sold in a round or offering.
    pub discount: f64,
    /// Discount in an emergency round, while in trouble.
    pub emergency_discount: f64,
    /// Quarters between two raises.
    pub min_gap_quarters: u8,
    /// Most a single raise may sell, as a share of the company after the raise.
    pub max_share: f64,
    /// Least investors will value a private company at.
    pub private_floor: Money,
    /// Trailing-year revenue at which the IPO becomes possible.
    pub ipo_revenue: Money,
    /// Share of the company sold at the IPO.
    pub ipo_share: f64,
    /// Patience gained from going public (a fresh board).
    pub ipo_patience: f64,
}

/// Debt: the credit line and bonds.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebtRules {
    /// Base yearly interest rate in percent.
    pub base_rate: f64,
    /// Extra yearly percent per unit of debt over trailing-year revenue.
    pub leverage_spread: f64,
    /// Most debt over trailing-year revenue that `leverage_spread` counts, so the rate of a
    /// company whose revenue collapsed stays a number a lender would quote.
    pub leverage_spread_most: f64,
    /// Extra yearly percent while the company loses money.
    pub loss_spread: f64,
    /// Credit line available to any company.
    pub credit_base: Money,
    /// Credit line per dollar of trailing-year revenue.
    pub credit_per_revenue: f64,
    /// Extra yearly percent on the credit line over bonds.
    pub credit_premium: f64,
    /// Bonds need this much trailing-year revenue.
    pub bond_min_revenue: Money,
    /// Bonds outstanding may reach this multiple of trailing-year revenue.
    pub bond_max_revenue_multiple: f64,
    /// Quarters until a bond is repaid.
    pub bond_term_quarters: u8,
}

/// What the company is worth.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValuationRules {
    /// Revenue multiple of a company that neither grows nor earns.
    pub base_multiple: f64,
    /// Added to the multiple per unit of year-on-year growth (capped by `growth_cap`).
    pub growth_weight: f64,
    /// Highest growth that counts.
    pub growth_cap: f64,
    /// Lowest growth that counts: a shrinking company is not priced as if it will vanish.
    pub growth_floor: f64,
    /// Added per unit of net margin.
    pub margin_weight: f64,
    /// Lowest and highest net margin that counts.
    pub margin_range: (f64, f64),
    /// Added per unit of the share of operating profit earned by the platform (sellers'
    /// services and cloud): a platform is worth more than a store.
    pub platform_weight: f64,
    /// Taken per unit of net debt (debt less cash) over trailing revenue: markets pay less for a
    /// leveraged company, whose profits go to its lenders first.
    #[serde(default)]
    pub leverage_weight: f64,
    /// Net debt over trailing revenue that markets shrug off before `leverage_weight` applies.
    #[serde(default)]
    pub leverage_free: f64,
    /// Most leverage beyond `leverage_free` that counts: past it a company is judged by its
    /// lenders, not its multiple.
    #[serde(default = "default_leverage_most")]
    pub leverage_most: f64,
    /// Lowest multiple.
    pub min_multiple: f64,
    /// Highest multiple.
    pub max_multiple: f64,
}

/// The board's patience (0–100).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatienceRules {
    /// Points gained per unit of year-on-year revenue growth.
    pub growth_gain: f64,
    /// Lowest and highest year-on-year growth the board counts.
    pub growth_range: (f64, f64),
    /// Growth that excuses losses.
    pub growth_excuse: f64,
    /// Points lost per unit of net loss over revenue when growth does not excuse it.
    pub loss_penalty: f64,
    /// Points gained per quarter of profit.
    pub profit_gain: f64,
    /// Points lost per quarter of shrinking revenue.
    pub shrink_penalty: f64,
    /// Points lost per quarter in trouble.
    pub trouble_penalty: f64,
    /// Quarters of grace at the start, before the board judges.
    pub grace_quarters: u16,
}

/// Every number about money.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinanceRules {
    /// Tax on profit, after losses carried forward.
    pub tax_rate: f64,
    /// Head office cost per quarter.
    pub overhead_base: Money,
    /// Head office cost as a share of revenue.
    pub overhead_share: f64,
    /// Interest earned on cash, yearly percent.
    pub cash_rate: f64,
    /// What delivering a government contract costs, as a share of its revenue.
    pub contract_cost_share: f64,
    /// Equity.
    pub equity: EquityRules,
    /// Debt.
    pub debt: DebtRules,
    /// Valuation.
    pub valuation: ValuationRules,
    /// Patience.
    pub patience: PatienceRules,
    /// Quarters in trouble (negative cash, no credit left) that end the game.
    pub trouble_quarters_to_fail: u8,
}

fn default_leverage_most() -> f64 {
    5.0
}
