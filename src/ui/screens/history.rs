//! The company's history as chart series: revenue by business line, shares of online spending
//! (yours and each rival's), cloud prices, and any one money figure.

use super::chart::Series;
use crate::content::Content;
use crate::sim::state::Snapshot;
use crate::sim::{GameState, Money};
use crate::ui::strings;

/// A money figure over time, in thousands.
pub fn money(s: &GameState, name: &str, f: impl Fn(&Snapshot) -> Money) -> Series {
    Series::new(
        name,
        s.history
            .iter()
            .map(|h| (h.quarter.as_year(), f(h).as_f64())),
    )
}

/// Revenue of each business line that has earned anything.
pub fn revenue_by_line(s: &GameState) -> Vec<Series> {
    strings::LINES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            money(s, name, |h| {
                h.revenue.get(i).copied().unwrap_or(Money::ZERO)
            })
        })
        .filter(|x| x.points.iter().any(|p| p.1 > 0.0))
        .collect()
}

/// Your share of the world's online spending and each rival's, for rivals that sell online.
pub fn online_shares(content: &Content, s: &GameState) -> Vec<Series> {
    let mut out = vec![Series::new(
        strings::YOU,
        s.history
            .iter()
            .map(|h| (h.quarter.as_year(), h.market_share)),
    )];
    for (i, r) in content.rivals.iter().enumerate() {
        let points: Vec<(f64, f64)> = s
            .history
            .iter()
            .filter_map(|h| Some((h.quarter.as_year(), *h.rival_shares.get(i)?)))
            .collect();
        if points.iter().any(|p| p.1 > 0.001) {
            out.push(Series {
                name: r.name.clone(),
                points,
            });
        }
    }
    out
}

/// Cloud prices since the market opened: yours, the market's average and each rival's.
pub fn cloud_prices(content: &Content, s: &GameState) -> Vec<Series> {
    let open = |v: f64| (v > 0.0).then_some(v);
    let mut out = vec![
        Series::new(
            strings::YOU,
            s.history
                .iter()
                .filter_map(|h| Some((h.quarter.as_year(), open(h.your_cloud_price)?))),
        ),
        Series::new(
            strings::MARKET_AVERAGE,
            s.history
                .iter()
                .filter_map(|h| Some((h.quarter.as_year(), open(h.cloud_price)?))),
        ),
    ];
    for (i, r) in content.rivals.iter().enumerate() {
        out.push(Series::new(
            &r.name,
            s.history
                .iter()
                .filter_map(|h| Some((h.quarter.as_year(), open(*h.rival_cloud_prices.get(i)?)?))),
        ));
    }
    out.retain(|x| !x.points.is_empty());
    out
}

/// A year of the books: flows summed over its quarters, stocks at its last quarter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Year {
    /// The calendar year.
    pub year: u16,
    /// Quarters of it played.
    pub quarters: usize,
    /// Revenue by line.
    pub revenue: [Money; 4],
    /// Operating profit by line.
    pub profit: [Money; 4],
    /// Net interest.
    pub interest: Money,
    /// Tax.
    pub tax: Money,
    /// Net income.
    pub net_income: Money,
    /// Cash at its end.
    pub cash: Money,
    /// Debt at its end.
    pub debt: Money,
    /// Retail revenue by region.
    pub regions: Vec<Money>,
}

/// The history as years, oldest first.
pub fn years(s: &GameState) -> Vec<Year> {
    let mut out: Vec<Year> = Vec::new();
    for h in &s.history {
        if out.last().is_none_or(|y| y.year != h.quarter.year) {
            out.push(Year {
                year: h.quarter.year,
                ..Year::default()
            });
        }
        let Some(y) = out.last_mut() else { continue };
        y.quarters += 1;
        for i in 0..4 {
            y.revenue[i] += h.revenue[i];
            y.profit[i] += h.profit[i];
        }
        y.interest += h.interest;
        y.tax += h.tax;
        y.net_income += h.net_income;
        y.cash = h.cash;
        y.debt = h.debt;
        if y.regions.len() < h.region_revenue.len() {
            y.regions.resize(h.region_revenue.len(), Money::ZERO);
        }
        for (t, v) in y.regions.iter_mut().zip(&h.region_revenue) {
            *t += *v;
        }
    }
    out
}
