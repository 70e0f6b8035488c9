//! The finance screen's text: the books, the balance, and the rows that raise, repay, set
//! spending, invest and buy.

use super::{FINANCE_HINT, STEP_KEYS};
use crate::basic::text::pct;
use crate::sim::projects::{Offer, Standing};
use crate::sim::{Money, Quarter};
use crate::ui::keys::{Cmd as C, Context as X, hint, hints};
use std::fmt::Display;

// ---------------------------------------------------------------- books and balance

/// Title of the books block.
pub const BOOKS_TITLE: &str = "Books: last quarter · balance now";
/// Heading of the last quarter's profit and loss.
pub fn profit_and_loss(quarter: &str) -> String {
    format!("Profit and loss, {quarter}")
}
/// Column headers of the business lines: name, revenue, operating profit, margin.
pub const LINE_COLUMNS: [&str; 4] = ["Line", "Revenue", "Op.profit", "%"];
/// Row of the lines' totals.
pub const TOTAL: &str = "= Total";
/// The depreciation included in the lines' costs.
pub fn incl_depreciation(depreciation: Money) -> String {
    format!("  incl. {depreciation} depreciation")
}
/// Row of interest and tax.
pub const INTEREST_TAX: &str = "− Interest, tax";
/// Row of net income.
pub const NET_INCOME: &str = "= Net income";
/// Instead of the books before the first quarter.
pub const NO_QUARTER: &str = "No quarter closed yet.";
/// Heading of the balance.
pub const BALANCE: &str = "Balance";
/// Row of cash, and its chart.
pub const CASH: &str = "Cash";
/// Row of the credit line drawn.
pub const CREDIT_DRAWN: &str = "Credit line drawn";
/// Row of the credit line still open.
pub const CREDIT_OPEN: &str = "Credit still open";
/// Row of bonds outstanding.
pub const BONDS: &str = "Bonds";
/// Where the quarter's cash went, for the report: each nonzero movement signed, in the order
/// money comes and goes (earned, built, sold, raised, borrowed, repaid).
pub fn report_cash(parts: &[(&str, Money)]) -> String {
    let shown: Vec<String> = parts
        .iter()
        .filter(|(_, m)| m.0 != 0)
        .map(|(what, m)| {
            let sign = if m.is_negative() { '−' } else { '+' };
            format!("{sign}{} {what}", if m.is_negative() { -*m } else { *m })
        })
        .collect();
    if shown.is_empty() {
        "  Cash: unchanged".into()
    } else {
        format!("  Cash: {}", shown.join(" · "))
    }
}
/// The report's names for where cash came from and went, as [`report_cash`] takes them.
pub const CASH_EARNED: &str = "from the business";
/// Spent on building and upgrading.
pub const CASH_BUILT: &str = "building";
/// Facilities sold.
pub const CASH_SOLD: &str = "facilities sold";
/// Shares sold.
pub const CASH_SHARES: &str = "shares";
/// Borrowed on the credit line and in bonds.
pub const CASH_BORROWED: &str = "borrowed";
/// Debt repaid.
pub const CASH_REPAID: &str = "repaid";
/// Row of the next bond repayment.
pub const NEXT_BOND_DUE: &str = "Next bond due";
/// The next bond repayment, as the row's value.
pub fn next_bond_due(due: Option<(Quarter, Money)>) -> String {
    match due {
        Some((when, amount)) => format!("{amount} in {when}"),
        None => "none".into(),
    }
}
/// Row of the founder's stake.
pub const FOUNDER_STAKE: &str = "Founder's stake";
/// Row of the rate on new debt.
pub const INTEREST_NEW_DEBT: &str = "Interest on new debt";
/// Row of whether the company is listed.
pub const LISTED: &str = "Listed";
/// Whether the company is listed, as the row's value.
pub fn listed(public: bool) -> &'static str {
    if public { "yes" } else { "no (private)" }
}
/// Title of the ledger, by page, with its keys.
pub fn ledger_title(page: crate::ui::screens::finance::state::Page, keys: &str) -> String {
    use crate::ui::screens::finance::state::Page;
    let what = match page {
        Page::Lines => "Ledger by year",
        Page::Regions => "Retail revenue by region, by year",
        Page::Facilities => "What facilities earn from outsiders, last quarter",
    };
    format!("{what} ({keys})")
}
/// Ledger rows.
pub const LEDGER_REVENUE: &str = "Revenue";
/// Ledger rows.
pub const LEDGER_COSTS: &str = "Costs";
/// Ledger rows.
pub const LEDGER_PROFIT: &str = "Operating profit";
/// Ledger rows.
pub const LEDGER_INTEREST: &str = "Interest, net";
/// Ledger rows.
pub const LEDGER_TAX: &str = "Tax";
/// Ledger rows.
pub const LEDGER_CASH: &str = "Cash at year end";
/// Ledger rows.
pub const LEDGER_DEBT: &str = "Debt at year end";
/// Ledger rows.
pub const LEDGER_REGIONS: &str = "Retail revenue";
/// Under the ledger.
pub const LEDGER_NOTE: &str = "* the year under way. Costs include depreciation and a share of head office; net interest below zero is interest earned on cash.";
/// Columns of the facilities page.
pub const LEDGER_FACILITY_COLUMNS: [&str; 5] = ["Facility", "Outsiders", "Keep", "Net", "Own"];
/// Under the facilities page on a narrow screen, which has no room for the keep.
pub const LEDGER_FACILITY_NOTE_NARROW: &str = "Outsiders: sellers' fees or cloud rent it earned. Net: less upkeep and the building's write-off. Own: the share the store used.";
/// Under the facilities page.
pub const LEDGER_FACILITY_NOTE: &str = "Outsiders: sellers' fees or cloud rent it earned. Keep: upkeep and the building's write-off a quarter. Own: the share of its capacity the store used; that part pays for itself in the store's sales.";
/// Title of the charts block.
pub const CHARTS_TITLE: &str = "Valuation, cash, debt and revenue a quarter (log scale)";
/// Title of the balance block.
pub const BALANCE_TITLE: &str = "Balance now";
/// Revenue, in a chart's legend.
pub const REVENUE: &str = "Revenue";
/// Row of last quarter's net income.
pub const NET_INCOME_LAST: &str = "Net income last quarter";
/// Chart of debt.
pub const DEBT: &str = "Debt";

// ---------------------------------------------------------------- money and settings

/// Title of the rows block, with its keys.
pub fn actions_title() -> String {
    format!("Money and settings ({})", hints(X::Finance, FINANCE_HINT))
}

/// The keys that step a share and the step, as `←→ 10%`.
fn step(step_pct: u8) -> String {
    format!("{} {step_pct}%", hints(X::Finance, STEP_KEYS))
}

/// Selling shares: a funding round while private, a share offering once listed.
pub fn raise(public: bool, amount: Money, most: Money, step_pct: u8) -> String {
    let what = if public {
        "Share offering"
    } else {
        "Funding round"
    };
    format!("{what} {amount} of at most {most} ({})", step(step_pct))
}
/// What listing does, beyond the money it raises.
pub fn ipo_detail(share: f64, patience: f64) -> String {
    format!(
        "Listing sells {} of the company to the public, like every share sale a little below today's valuation, and gives the board {patience:.0} points of patience; after it, bonds and share offerings are open and the market values the company on its revenue and profit alone.",
        pct(share)
    )
}
/// The IPO row when listing is possible.
pub fn ipo(raises: Money) -> String {
    format!("IPO: list and raise {raises}")
}
/// The IPO row when listing is not possible.
pub fn ipo_refused(why: impl Display) -> String {
    format!("IPO: {why}")
}
/// The bond row before the company is big enough to issue them.
pub fn bond_needs_revenue(least: Money) -> String {
    format!("Bonds: need {least} revenue over four quarters")
}
/// The bond row.
pub fn bond(amount: Money, room: Money, step_pct: u8) -> String {
    format!("Bond {amount} of room {room} ({})", step(step_pct))
}
/// The bond row when no bond can be issued now, with why.
pub fn bond_refused(why: impl Display) -> String {
    format!("Bonds: none now, {why}")
}
/// The row repaying the credit line.
pub fn repay(amount: Money, drawn: Money) -> String {
    format!("Repay credit {amount} of {drawn} drawn")
}
/// The store's price level.
pub fn store_prices(level: &str) -> String {
    format!("Store prices ◂ {level} ▸")
}
/// Marketing per quarter.
pub fn marketing(per_quarter: Money) -> String {
    format!("Marketing ◂ {per_quarter} ▸ per quarter")
}
/// New cloud services per quarter.
pub fn services(per_quarter: Money) -> String {
    format!("Cloud services ◂ {per_quarter} ▸ per quarter")
}
/// Rented hosting.
pub fn hosting(cu: u64) -> String {
    format!("Rented hosting ◂ {cu} CU ▸")
}
/// The selected row's action can be queued.
pub fn check_ok(what: &str) -> String {
    format!("✓ {}: {what}", hint(X::Finance, C::Confirm))
}
/// The selected row's action cannot be queued.
pub fn check_refused(what: &str, why: impl Display) -> String {
    format!("✗ {what}: {why}")
}
/// Under the rows when the selected one cannot be previewed (it would be refused).
pub fn row_note(row: Option<super::super::screens::finance::state::FinanceRow>) -> String {
    use super::super::screens::finance::state::FinanceRow as R;
    match row {
        Some(R::Raise | R::Ipo) => format!(
            "Selling shares dilutes your stake (your score is stake × valuation). {} explains valuation.",
            hint(X::Finance, C::Explain)
        ),
        Some(R::Bond) => "Bonds need a listing and enough revenue; lenders take up to a share of a year's revenue, and close in a credit crunch.".into(),
        Some(R::Repay) => "The credit line fills itself when cash runs short; repay it when cash is ample to save its interest.".into(),
        _ => format!("{} explains valuation.", hint(X::Finance, C::Explain)),
    }
}

// ---------------------------------------------------------------- projects and purchases

/// The project row when the data has none.
pub const NO_PROJECTS: &str = "Invest: no projects in this game";
/// A project's cost and lead time.
pub fn project_terms(cost: Money, lead_quarters: u8) -> String {
    format!("{cost}, ready in {lead_quarters} q")
}
/// The project row: the project, its terms and where it stands.
pub fn project(name: &str, terms: &str, queued: bool, standing: Standing) -> String {
    if queued {
        return format!("Invest ◂ {name} ▸ queued: {terms}");
    }
    match standing {
        Standing::NotYet(year) => format!("Invest ◂ {name} ▸ from {year}: {terms}"),
        Standing::Open => format!("Invest ◂ {name} ▸ {terms}"),
        Standing::Building(ready) => format!("Invest ◂ {name} ▸ under way, ready {ready}"),
        Standing::Done => format!("Invest ◂ {name} ▸ done"),
    }
}
/// The purchase row before purchases are possible.
pub fn acquire_from(year: u16) -> String {
    format!("Buy a rival's business: from {year}")
}
/// The purchase row when no rival is big enough.
pub const ACQUIRE_NONE: &str = "Buy a rival's business: none is big enough to buy";
/// The purchase row with the purchase queued.
pub fn acquire_queued(who: &str, place: &str) -> String {
    format!("Buy ◂ {who}, {place} ▸ queued")
}
/// The purchase row while the regulators decide.
pub fn acquire_pending(who: &str, place: &str, decided: Quarter) -> String {
    format!("Buy ◂ {who}, {place} ▸ with the regulators until {decided}")
}
/// The purchase row with the price and the chance it is allowed.
pub fn acquire_offer(who: &str, place: &str, offer: &Offer) -> String {
    format!(
        "Buy ◂ {who}, {place} ▸ {}, {} likely allowed",
        offer.price,
        pct(offer.approval)
    )
}
/// The purchase row when it cannot be made.
pub fn acquire_refused(who: &str, place: &str, why: impl Display) -> String {
    format!("Buy ◂ {who}, {place} ▸ {why}")
}
/// Under a finished project: what it does.
pub fn project_done(about: &str, effect: &str) -> String {
    format!("{about} Done: {effect}.")
}
/// What a project would earn, written after its effect.
pub fn project_pays(yearly: Money) -> String {
    format!(", about {yearly} a year at last quarter's volumes")
}
/// Under a project not yet finished: what it will do and how it is written off.
pub fn project_detail(about: &str, effect: &str, pays: &str, years: f64) -> String {
    format!("{about} Once ready: {effect}{pays}. Written off over {years:.0} years.")
}
/// Under a purchase the regulators are deciding.
pub fn acquire_pending_detail(price: Money, decided: Quarter, break_fee: f64) -> String {
    format!(
        "Paid {price}; the regulators decide {decided}. If they block it, the price comes back less {}.",
        pct(break_fee)
    )
}
/// Under a purchase on offer: what it brings, and what happens if it is blocked.
pub fn acquire_detail(offer: &Offer, take: f64, theirs: f64, break_fee: f64) -> String {
    format!(
        "Brings {} of the region's shoppers ({} of their {}), about {} a year of sales. \
         Paid now; decided {}; if blocked, refunded less {}.",
        pct(offer.customers),
        pct(take),
        pct(theirs),
        offer.yearly_revenue,
        offer.decided,
        pct(break_fee)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_keys_come_from_the_table() {
        assert_eq!(
            raise(false, Money::k(1_000), Money::k(2_000), 50),
            "Funding round $1.0M of at most $2.0M (←→ 50%)"
        );
        assert_eq!(check_ok("Borrow"), "✓ Enter: Borrow");
        assert!(row_note(None).ends_with("e explains valuation."));
    }
}
