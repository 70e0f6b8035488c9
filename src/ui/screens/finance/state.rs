//! The finance screen's rows and the amounts being edited on them before they are queued.

use crate::content::Content;
use crate::sim::state::Company;
use crate::sim::{self, GameState, Money};
use crate::ui::steps::{money_step, scale_step, step_wrap};
use strum::VariantArray;

/// The ledger's pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, VariantArray)]
pub enum Page {
    /// Revenue, costs and profit by business line, interest, tax, net income, cash and debt.
    #[default]
    Lines,
    /// Retail revenue by region.
    Regions,
    /// What each facility earned from outsiders last quarter against its keep.
    Facilities,
}

/// Rows one press of `<` or `>` moves the facilities page.
pub const FACILITY_PAGE: i64 = 10;

/// The ledger's page and how many years it is scrolled back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LedgerView {
    /// The page shown.
    pub page: Page,
    /// Years hidden on the right: 0 shows the latest.
    pub back: usize,
    /// Facilities scrolled past on the facilities page.
    pub rows: usize,
}

impl LedgerView {
    /// The next page.
    pub fn next_page(&mut self) {
        let all = Page::VARIANTS;
        let i = all.iter().position(|p| *p == self.page).unwrap_or(0);
        self.page = all[(i + 1) % all.len()];
    }

    /// On the facilities page, scrolls the list by `d` pages of [`FACILITY_PAGE`] rows within
    /// `facilities`; on the others, by `d` years (negative: back in time).
    pub fn scroll_any(&mut self, d: i32, years: usize, facilities: usize) {
        if self.page == Page::Facilities {
            let rows = i64::try_from(self.rows).unwrap_or(0) + i64::from(d) * FACILITY_PAGE;
            self.rows = usize::try_from(rows.max(0))
                .unwrap_or(0)
                .min(facilities.saturating_sub(1));
        } else {
            self.scroll(d, years);
        }
    }

    /// Scrolls by `d` years (negative: back in time), within the years there are.
    pub fn scroll(&mut self, d: i32, years: usize) {
        let back = i64::try_from(self.back).unwrap_or(0) - i64::from(d);
        self.back = usize::try_from(back.max(0))
            .unwrap_or(0)
            .min(years.saturating_sub(1));
    }
}

/// Rows of the finance screen's action list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
pub enum FinanceRow {
    /// A funding round or share offering.
    Raise,
    /// The IPO.
    Ipo,
    /// A bond issue.
    Bond,
    /// Repay the credit line.
    Repay,
    /// The store's price level.
    PriceLevel,
    /// Marketing per quarter.
    Marketing,
    /// New cloud services per quarter.
    Services,
    /// Rented hosting.
    Hosting,
    /// A company-wide project.
    Project,
    /// Buying a rival's business in a region.
    Acquire,
}

impl FinanceRow {
    /// All rows in order.
    pub const ALL: &'static [FinanceRow] = FinanceRow::VARIANTS;
}

/// How far one press moves the share of the most that can be raised, borrowed or repaid, in
/// percentage points, and the least share offered.
pub const SHARE_STEP: i32 = 10;
const SHARE_MIN: i32 = 10;

/// The least step of rented hosting, in CU; larger amounts step by a quarter of themselves.
const HOSTING_STEP_MIN: i64 = 50;

/// The amounts as being edited on the finance screen.
#[derive(Clone, Debug, PartialEq)]
pub struct FinanceForm {
    /// Share of the most that can be raised, borrowed or repaid, in percent: one each, so
    /// changing one never changes another.
    pub pct: [u8; 3],
    /// Price level.
    pub price_level: u8,
    /// Marketing per quarter.
    pub marketing: Money,
    /// Cloud services spend per quarter.
    pub services: Money,
    /// Rented hosting, in CU.
    pub hosting: u64,
    /// The project shown (index in the data).
    pub project: usize,
    /// The rival's business shown for buying (index in `projects::targets`).
    pub target: usize,
    /// The ledger's page and years shown.
    pub ledger: LedgerView,
}

impl FinanceForm {
    /// The form showing the company's settings as they are.
    pub fn of(state: &GameState) -> FinanceForm {
        let c = &state.company;
        FinanceForm {
            // A first look offers half of what investors or lenders would give, all of the debt.
            pct: [50, 50, 100],
            price_level: c.price_level,
            marketing: c.marketing,
            services: c.services_budget,
            hosting: c.hosting_cu,
            project: 0,
            target: 0,
            ledger: LedgerView::default(),
        }
    }

    /// Takes the company's settings again after a quarter, keeping the choices of row.
    pub fn refresh(&mut self, state: &GameState) {
        self.refresh_from(&state.company);
    }

    /// Takes these settings (the company's as planned, say), keeping the choices of row.
    pub fn refresh_from(&mut self, c: &Company) {
        self.price_level = c.price_level;
        self.marketing = c.marketing;
        self.services = c.services_budget;
        self.hosting = c.hosting_cu;
    }

    /// ←→ on a row.
    pub fn adjust(&mut self, row: FinanceRow, d: i32, content: &Content, state: &GameState) {
        match row {
            FinanceRow::Raise | FinanceRow::Bond | FinanceRow::Repay => {
                if let Some(slot) = Self::slot(row).and_then(|i| self.pct.get_mut(i)) {
                    let pct = (i32::from(*slot) + SHARE_STEP * d).clamp(SHARE_MIN, 100);
                    *slot = u8::try_from(pct).unwrap_or(100);
                }
            }
            FinanceRow::PriceLevel => {
                let n = content.market.price_levels.len();
                let v = (i32::from(self.price_level) + d).clamp(0, n as i32 - 1);
                self.price_level = u8::try_from(v).unwrap_or(0);
            }
            FinanceRow::Marketing => self.marketing = money_step(self.marketing, d),
            FinanceRow::Services => self.services = money_step(self.services, d),
            FinanceRow::Hosting => {
                let h = i64::try_from(self.hosting).unwrap_or(i64::MAX);
                self.hosting = u64::try_from(scale_step(h, d, HOSTING_STEP_MIN)).unwrap_or(0);
            }
            FinanceRow::Project => {
                self.project = step_wrap(self.project, d, content.projects.projects.len());
            }
            FinanceRow::Acquire => {
                let n = sim::projects::targets(content, state).len();
                self.target = step_wrap(self.target % n.max(1), d, n);
            }
            FinanceRow::Ipo => {}
        }
    }

    /// Which of the shares a row edits.
    fn slot(row: FinanceRow) -> Option<usize> {
        match row {
            FinanceRow::Raise => Some(0),
            FinanceRow::Bond => Some(1),
            FinanceRow::Repay => Some(2),
            _ => None,
        }
    }

    /// A row's share in percent (100 for rows without one).
    pub fn pct_of(&self, row: FinanceRow) -> u8 {
        Self::slot(row)
            .and_then(|i| self.pct.get(i).copied())
            .unwrap_or(100)
    }

    /// A row's share, 0–1.
    pub fn share(&self, row: FinanceRow) -> f64 {
        f64::from(self.pct_of(row)) / 100.0
    }
}

/// The funding round the finance screen offers: a share of the most investors will put in.
/// `max_raise` rounds to the nearest thousand, which can land a hair above the investors'
/// limit; a thousand less always passes the check.
pub fn raise_amount(content: &Content, state: &GameState, share: f64) -> Money {
    let most = (sim::finance::max_raise(content, state) - Money::k(1)).max_zero();
    most.scale(share)
}

/// The rival's business selected for buying: (rival, region).
pub fn target(content: &Content, state: &GameState, form: &FinanceForm) -> Option<(usize, usize)> {
    let targets = sim::projects::targets(content, state);
    targets.get(form.target % targets.len().max(1)).copied()
}
