//! The books of a quarter, by business line: what every rule that earns or spends writes into.

use super::money::Money;
use serde::{Deserialize, Serialize};

/// The books of one quarter. Cash moves by exactly [`Books::cash_flow`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Books {
    /// Sales to shoppers.
    pub retail_revenue: Money,
    /// Fees from third-party sellers.
    pub marketplace_revenue: Money,
    /// Compute rented to outsiders.
    pub cloud_revenue: Money,
    /// Government and other contracts.
    pub contract_revenue: Money,
    /// What the goods sold cost.
    pub cost_of_goods: Money,
    /// Handling orders in warehouses and suppliers' drop-ship fees.
    pub fulfilment: Money,
    /// Delivering orders.
    pub shipping: Money,
    /// Fixed upkeep of facilities (power included).
    pub upkeep: Money,
    /// Facilities' cost written off this quarter (no cash moves).
    #[serde(default)]
    pub depreciation: Money,
    /// New cloud services.
    #[serde(default)]
    pub services: Money,
    /// Rented hosting.
    pub hosting: Money,
    /// Marketing.
    pub marketing: Money,
    /// Head office.
    pub overhead: Money,
    /// Other costs and income from events (negative is income).
    pub other: Money,
    /// Net interest (negative is income on cash).
    pub interest: Money,
    /// Tax on profit.
    pub tax: Money,
    /// Building and upgrading facilities.
    pub capex: Money,
    /// Facilities sold.
    pub asset_sales: Money,
    /// Equity raised.
    pub equity_raised: Money,
    /// Borrowed (credit line and bonds).
    pub borrowed: Money,
    /// Repaid (credit line and bonds).
    pub repaid: Money,
    /// Operating costs by business line (retail, sellers' services, cloud, contracts); they
    /// add up to [`Books::operating_costs`] once the quarter is closed.
    #[serde(default)]
    pub line_costs: [Money; 4],
}

/// An amount per business line, in thousands of dollars, as `sim --json` writes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ByLine {
    /// The store.
    pub retail: i64,
    /// Sellers' services: storage, fulfilment and fees.
    pub sellers: i64,
    /// Compute rented to outsiders.
    pub cloud: i64,
    /// Government and other contracts.
    pub contracts: i64,
}

impl ByLine {
    /// From amounts in line order.
    pub fn of(lines: [Money; 4]) -> ByLine {
        ByLine {
            retail: lines[0].thousands(),
            sellers: lines[1].thousands(),
            cloud: lines[2].thousands(),
            contracts: lines[3].thousands(),
        }
    }

    /// All lines.
    pub fn total(&self) -> i64 {
        self.retail + self.sellers + self.cloud + self.contracts
    }
}

impl Books {
    /// All revenue.
    pub fn revenue(&self) -> Money {
        self.retail_revenue + self.marketplace_revenue + self.cloud_revenue + self.contract_revenue
    }

    /// All operating costs, before interest and tax.
    pub fn operating_costs(&self) -> Money {
        self.cost_of_goods
            + self.fulfilment
            + self.shipping
            + self.upkeep
            + self.depreciation
            + self.services
            + self.hosting
            + self.marketing
            + self.overhead
            + self.other
    }

    /// Profit before interest and tax.
    pub fn operating_profit(&self) -> Money {
        self.revenue() - self.operating_costs()
    }

    /// Profit before tax.
    pub fn pre_tax(&self) -> Money {
        self.operating_profit() - self.interest
    }

    /// Net income.
    pub fn net_income(&self) -> Money {
        self.pre_tax() - self.tax
    }

    /// Money in from financing, less money out.
    pub fn financing(&self) -> Money {
        self.equity_raised + self.borrowed - self.repaid
    }

    /// How much cash moved: net income (depreciation added back, as it moves no cash) −
    /// capex + asset sales ± financing.
    pub fn cash_flow(&self) -> Money {
        self.net_income() + self.depreciation - self.capex + self.asset_sales + self.financing()
    }

    /// Operating profit by business line.
    pub fn profit_lines(&self) -> [Money; 4] {
        let r = self.revenue_lines();
        std::array::from_fn(|i| r[i] - self.line_costs[i])
    }

    /// Revenue by line, in the order of [`crate::sim::Snapshot::revenue`].
    pub fn revenue_lines(&self) -> [Money; 4] {
        [
            self.retail_revenue,
            self.marketplace_revenue,
            self.cloud_revenue,
            self.contract_revenue,
        ]
    }
}
