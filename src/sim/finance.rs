//! Capital, debt, interest, taxes, valuation and the board's patience.

use super::calendar::Quarter;
use super::money::Money;
use super::rejection::Rejection;
use super::report::{Books, Note};
use super::state::{Bond, GameState};
use super::world;
use crate::content::Content;
use crate::content::deck::Lever;

/// The most the credit line can lend in total.
pub fn credit_limit(content: &Content, state: &GameState) -> Money {
    let d = &content.finance.debt;
    // This game's crunch may bite harder or softer than the data's reference.
    let crunch = world::macro_phase(content, state.quarter)
        .map_or(1.0, |p| 1.0 - (1.0 - p.credit_limit) * state.world.crunch)
        .clamp(0.0, 1.0);
    (d.credit_base + state.revenue_ttm().scale(d.credit_per_revenue)).scale(crunch)
}

/// True while lenders buy new bonds (they stop in a credit crunch).
pub fn bond_market_open(content: &Content, state: &GameState) -> bool {
    world::macro_phase(content, state.quarter).is_none_or(|p| p.bonds_open)
}

/// Credit still undrawn.
pub fn credit_headroom(content: &Content, state: &GameState) -> Money {
    (credit_limit(content, state) - state.company.credit_drawn).max_zero()
}

/// Yearly interest rate in percent on new bonds (the credit line adds its premium).
pub fn interest_rate(content: &Content, state: &GameState) -> f64 {
    let d = &content.finance.debt;
    let ttm = state.revenue_ttm().as_f64().max(1.0);
    let leverage = (state.company.debt().as_f64() / ttm).clamp(0.0, d.leverage_spread_most);
    let losing = state
        .history
        .last()
        .is_some_and(|s| s.net_income.is_negative());
    d.base_rate
        + world::macro_phase(content, state.quarter).map_or(0.0, |p| p.credit_spread)
        + d.leverage_spread * leverage
        + if losing { d.loss_spread } else { 0.0 }
}

/// Net income over the last four quarters.
pub fn net_income_ttm(state: &GameState) -> Money {
    state
        .history
        .iter()
        .rev()
        .take(4)
        .map(|s| s.net_income)
        .sum()
}

/// The platform's (sellers' services and cloud) share of operating profit over the last four
/// quarters, 0–1: a loss-making platform counts as none, a loss-making store as all platform.
pub fn platform_profit_share(state: &GameState) -> f64 {
    let mut lines = [0.0; 4];
    for s in state.history.iter().rev().take(4) {
        for (l, p) in lines.iter_mut().zip(s.profit) {
            *l += p.as_f64();
        }
    }
    let platform = (lines[1] + lines[2]).max(0.0);
    let rest = (lines[0] + lines[3]).max(0.0);
    if platform + rest > 0.0 {
        platform / (platform + rest)
    } else {
        0.0
    }
}

/// Debt less cash, never below zero.
pub fn net_debt(state: &GameState) -> Money {
    (state.company.debt() - state.company.cash.max_zero()).max_zero()
}

/// The revenue multiple the market applies now, and its parts.
pub fn multiple(content: &Content, state: &GameState) -> Multiple {
    let v = &content.finance.valuation;
    let ttm = state.revenue_ttm().as_f64();
    let growth = state.revenue_growth().clamp(v.growth_floor, v.growth_cap);
    let (margin_lo, margin_hi) = v.margin_range;
    let margin = if ttm > 0.0 {
        (net_income_ttm(state).as_f64() / ttm).clamp(margin_lo, margin_hi)
    } else {
        0.0
    };
    let platform = platform_profit_share(state);
    // Debt less the cash that could pay it: a bond whose money is still in the bank leaves the
    // company no more leveraged than before it.
    let leverage = if ttm > 0.0 {
        (net_debt(state).as_f64() / ttm - v.leverage_free).clamp(0.0, v.leverage_most)
    } else {
        0.0
    };
    let mood = world::macro_phase(content, state.quarter).map_or(1.0, |p| p.multiple);
    let parts = Multiple {
        base: v.base_multiple,
        growth: v.growth_weight * growth,
        margin: v.margin_weight * margin,
        platform: v.platform_weight * platform,
        leverage: -v.leverage_weight * leverage,
        mood,
        value: 0.0,
    };
    let raw = (parts.base + parts.growth + parts.margin + parts.platform + parts.leverage)
        .clamp(v.min_multiple, v.max_multiple);
    Multiple {
        value: raw * mood,
        ..parts
    }
}

/// A revenue multiple broken into its parts, for the player to see.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Multiple {
    /// Multiple of a company that neither grows nor earns.
    pub base: f64,
    /// Added by growth.
    pub growth: f64,
    /// Added (or taken) by margins.
    pub margin: f64,
    /// Added by the platform's share of operating profit (sellers' services and cloud).
    pub platform: f64,
    /// Taken for net debt (debt less cash) against revenue (zero or less).
    pub leverage: f64,
    /// The market's mood (multiplies the sum).
    pub mood: f64,
    /// The resulting multiple.
    pub value: f64,
}

/// The valuation the score counts: the one the market set at the last quarter's end (before
/// any quarter, today's).
pub fn shown_valuation(content: &Content, state: &GameState) -> Money {
    if state.history.is_empty() {
        valuation(content, state)
    } else {
        state.valuation()
    }
}

/// What the company is worth now: trailing revenue × multiple, plus cash, less debt.
pub fn valuation(content: &Content, state: &GameState) -> Money {
    let m = multiple(content, state);
    let v =
        state.revenue_ttm().scale(m.value) + state.company.cash.max_zero() - state.company.debt();
    if state.company.public {
        v.max_zero()
    } else {
        v.max(content.finance.equity.private_floor)
    }
}

fn current_valuation(content: &Content, state: &GameState) -> Money {
    valuation(content, state).max(Money::k(1))
}

/// True while cash is negative and no credit is left.
pub fn in_trouble(state: &GameState) -> bool {
    state.company.trouble_quarters > 0
}

/// `cost`, when the company can spend it this quarter.
pub fn afford(
    content: &Content,
    state: &GameState,
    books: &Books,
    cost: Money,
) -> Result<Money, Rejection> {
    let available = spendable(content, state, books);
    if cost > available {
        Err(Rejection::CannotAfford {
            cost,
            available: available.max_zero(),
        })
    } else {
        Ok(cost)
    }
}

/// Checks a funding round or share offering.
pub fn check_raise(content: &Content, state: &GameState, amount: Money) -> Result<(), Rejection> {
    let e = &content.finance.equity;
    if amount.0 <= 0 {
        return Err(Rejection::OutOfRange("raise more than $0".into()));
    }
    if !in_trouble(state)
        && let Some(last) = state.company.last_raise
        && state.quarter.since(last) < i32::from(e.min_gap_quarters)
    {
        return Err(Rejection::NotYet(format!(
            "investors wait {} quarters between raises: next from {} (last in {last})",
            e.min_gap_quarters,
            last.plus(i32::from(e.min_gap_quarters))
        )));
    }
    let pre = pre_money(content, state);
    let sold = amount.as_f64() / (pre.as_f64() + amount.as_f64());
    // A hair of slack so that offering exactly the most investors take is accepted.
    if sold > e.max_share + 1e-9 {
        let most = pre.scale(e.max_share / (1.0 - e.max_share));
        return Err(Rejection::OutOfRange(format!(
            "investors will put in at most {most} now"
        )));
    }
    Ok(())
}

/// What investors value the company at before new money, after their discount.
pub fn pre_money(content: &Content, state: &GameState) -> Money {
    let e = &content.finance.equity;
    let discount = if in_trouble(state) {
        e.emergency_discount
    } else {
        e.discount
    };
    current_valuation(content, state).scale(1.0 - discount)
}

/// The most a raise can bring now.
pub fn max_raise(content: &Content, state: &GameState) -> Money {
    let s = content.finance.equity.max_share;
    pre_money(content, state).scale(s / (1.0 - s))
}

/// Sells new shares for `amount`.
pub fn raise_equity(content: &Content, state: &mut GameState, amount: Money, books: &mut Books) {
    let pre = pre_money(content, state).as_f64().max(1.0);
    let new_shares = (state.company.shares as f64 * amount.as_f64() / pre).round();
    state.company.shares = state
        .company
        .shares
        .saturating_add(new_shares.clamp(0.0, 1e15) as u64);
    state.company.last_raise = Some(state.quarter);
    books.equity_raised += amount;
}

/// Checks the IPO and returns what it would raise.
pub fn check_ipo(content: &Content, state: &GameState) -> Result<Money, Rejection> {
    let e = &content.finance.equity;
    if state.company.public {
        return Err(Rejection::WrongState("already public".into()));
    }
    if state.revenue_ttm() < e.ipo_revenue {
        return Err(Rejection::NotYet(format!(
            "an IPO needs {} revenue over four quarters (now {})",
            e.ipo_revenue,
            state.revenue_ttm()
        )));
    }
    Ok(ipo_raise(content, state))
}

fn ipo_raise(content: &Content, state: &GameState) -> Money {
    let s = content.finance.equity.ipo_share;
    pre_money(content, state).scale(s / (1.0 - s))
}

/// Lists the company: sells the IPO share and refreshes the board's patience.
pub fn go_public(content: &Content, state: &mut GameState, books: &mut Books) {
    let e = &content.finance.equity;
    let raise = ipo_raise(content, state);
    let new_shares = (state.company.shares as f64 * e.ipo_share / (1.0 - e.ipo_share)).round();
    state.company.shares = state
        .company
        .shares
        .saturating_add(new_shares.clamp(0.0, 1e15) as u64);
    state.company.public = true;
    state.company.last_raise = Some(state.quarter);
    state.company.patience = (state.company.patience + e.ipo_patience).min(100.0);
    books.equity_raised += raise;
    let name = state.company.name.clone();
    state.push_news(format!(
        "{name} lists on the stock exchange and raises {raise}"
    ));
}

/// The most bonds that can be issued now.
pub fn bond_room(content: &Content, state: &GameState) -> Money {
    let d = &content.finance.debt;
    let ttm = state.revenue_ttm();
    if !state.company.public || ttm < d.bond_min_revenue || !bond_market_open(content, state) {
        return Money::ZERO;
    }
    let outstanding: Money = state.company.bonds.iter().map(|b| b.principal).sum();
    (ttm.scale(d.bond_max_revenue_multiple) - outstanding).max_zero()
}

/// Checks a bond issue.
pub fn check_bond(content: &Content, state: &GameState, amount: Money) -> Result<(), Rejection> {
    let d = &content.finance.debt;
    // Why no bond can be sold at all comes first: an amount of nothing is what the screen asks
    // for when there is no room, and "issue more than $0" would hide the reason.
    if state.revenue_ttm() < d.bond_min_revenue {
        return Err(Rejection::NotYet(format!(
            "bonds need {} revenue over four quarters",
            d.bond_min_revenue
        )));
    }
    if !state.company.public {
        return Err(Rejection::NotYet(
            "only a listed company can sell bonds".into(),
        ));
    }
    if !bond_market_open(content, state) {
        return Err(Rejection::NotYet(
            "the bond market is closed in this credit crunch".into(),
        ));
    }
    let room = bond_room(content, state);
    if room.0 <= 0 {
        let most = state.revenue_ttm().scale(d.bond_max_revenue_multiple);
        return Err(Rejection::OutOfRange(format!(
            "bonds outstanding already reach what lenders allow ({most}: {} of a year's revenue)",
            crate::basic::text::pct(d.bond_max_revenue_multiple)
        )));
    }
    if amount.0 <= 0 {
        return Err(Rejection::OutOfRange("issue more than $0".into()));
    }
    if amount > room {
        return Err(Rejection::OutOfRange(format!(
            "lenders take at most {room} more in bonds"
        )));
    }
    Ok(())
}

/// Issues a bond at today's rate.
pub fn issue_bond(content: &Content, state: &mut GameState, amount: Money, books: &mut Books) {
    let rate = interest_rate(content, state);
    state.company.bonds.push(Bond {
        principal: amount,
        rate_bp: (rate * 100.0).round().clamp(0.0, 100_000.0) as u32,
        matures: state
            .quarter
            .plus(i32::from(content.finance.debt.bond_term_quarters)),
    });
    books.borrowed += amount;
}

/// Interest for the quarter: bonds' coupons, the credit line, less interest on cash.
pub fn book_interest(content: &Content, state: &GameState, books: &mut Books) {
    let credit_rate = interest_rate(content, state) + content.finance.debt.credit_premium;
    let credit = state.company.credit_drawn.scale(credit_rate / 400.0);
    let coupons: Money = state
        .company
        .bonds
        .iter()
        .map(|b| b.principal.scale(f64::from(b.rate_bp) / 40_000.0))
        .sum();
    let earned = state
        .company
        .cash
        .max_zero()
        .scale(content.finance.cash_rate / 400.0);
    books.interest = credit + coupons - earned;
}

/// Tax on this quarter's profit after losses carried forward.
pub fn book_tax(content: &Content, state: &mut GameState, books: &mut Books) {
    let pre_tax = books.pre_tax();
    // The legislature's mood shows in the rate the company ends up paying.
    let rate = content.finance.tax_rate * super::politics::sway(content, state, Lever::Tax);
    let c = &mut state.company;
    if pre_tax.is_negative() {
        c.loss_carry += -pre_tax;
        books.tax = Money::ZERO;
    } else {
        let offset = c.loss_carry.min(pre_tax);
        c.loss_carry -= offset;
        books.tax = (pre_tax - offset).scale(rate);
    }
}

/// Repays bonds that mature this quarter.
pub fn repay_maturing(state: &mut GameState, books: &mut Books, notes: &mut Vec<Note>) {
    let now = state.quarter;
    let mut due = Money::ZERO;
    state.company.bonds.retain(|b| {
        if b.matures <= now {
            due += b.principal;
            false
        } else {
            true
        }
    });
    if due.0 > 0 {
        books.repaid += due;
        notes.push(Note::BondRepaid(due));
    }
}

/// The bonds that fall due in the coming quarter: the earliest maturity after this quarter and
/// what it will take. `None` with no bonds.
pub fn next_bond_due(state: &GameState) -> Option<(Quarter, Money)> {
    let when = state.company.bonds.iter().map(|b| b.matures).min()?;
    let amount = state
        .company
        .bonds
        .iter()
        .filter(|b| b.matures == when)
        .map(|b| b.principal)
        .sum();
    Some((when, amount))
}

/// A warning a quarter ahead of a bond repayment, so it never comes as a surprise.
pub fn warn_bond_due(state: &GameState, notes: &mut Vec<Note>) {
    if let Some((when, amount)) = next_bond_due(state)
        && when == state.quarter.next()
    {
        notes.push(Note::BondDue {
            amount,
            cash: state.company.cash,
        });
    }
}

/// After the books close: draw on credit to cover negative cash; count quarters in trouble.
pub fn settle_cash(
    content: &Content,
    state: &mut GameState,
    books: &mut Books,
    notes: &mut Vec<Note>,
) {
    // In a credit crunch the bank cuts the line, and what is drawn above it falls due at once.
    let limit = credit_limit(content, state);
    if state.company.credit_drawn > limit {
        let excess = state.company.credit_drawn - limit;
        state.company.credit_drawn = limit;
        state.company.cash -= excess;
        books.repaid += excess;
        notes.push(Note::CreditCut(excess));
    }
    if state.company.cash.is_negative() {
        let draw = (-state.company.cash).min(credit_headroom(content, state));
        if draw.0 > 0 {
            state.company.credit_drawn += draw;
            state.company.cash += draw;
            books.borrowed += draw;
            notes.push(Note::CreditDrawn(draw));
        }
    }
    if state.company.cash.is_negative() {
        state.company.trouble_quarters = state.company.trouble_quarters.saturating_add(1);
        notes.push(Note::InTrouble {
            quarters: state.company.trouble_quarters,
        });
    } else {
        state.company.trouble_quarters = 0;
    }
}

/// Moves the board's patience for the quarter just closed; returns the change. The terms are
/// [`patience_parts`], which the player is shown.
pub fn update_patience(content: &Content, state: &mut GameState, books: &Books) -> f64 {
    let parts = patience_parts(content, state, books);
    if parts.grace {
        return 0.0;
    }
    let before = state.company.patience;
    state.company.patience = (before + parts.total()).clamp(0.0, 100.0);
    state.company.patience - before
}

/// The terms that moved investor patience at the end of a quarter (the same formula as the
/// quarter's close), for the player to see why.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PatienceParts {
    /// Still inside the grace period: patience does not move.
    pub grace: bool,
    /// Year-on-year revenue growth used.
    pub growth: f64,
    /// Net margin of the quarter.
    pub margin: f64,
    /// Gained from growth.
    pub from_growth: f64,
    /// Lost to losses that growth did not excuse.
    pub from_losses: f64,
    /// Gained from a profit.
    pub from_profit: f64,
    /// Lost to shrinking revenue.
    pub from_shrinking: f64,
    /// Lost to being in trouble.
    pub from_trouble: f64,
}

impl PatienceParts {
    /// The change before clamping to 0–100.
    pub fn total(&self) -> f64 {
        self.from_growth
            + self.from_losses
            + self.from_profit
            + self.from_shrinking
            + self.from_trouble
    }
}

/// The patience terms for a closed quarter with these books, in the state after it.
pub fn patience_parts(content: &Content, state: &GameState, books: &Books) -> PatienceParts {
    let p = &content.finance.patience;
    let impatience = content
        .difficulty(&state.difficulty)
        .map_or(1.0, |d| d.impatience);
    let (growth_lo, growth_hi) = p.growth_range;
    let growth = state.revenue_growth().clamp(growth_lo, growth_hi);
    let revenue = books.revenue().as_f64().max(1.0);
    let margin = books.net_income().as_f64() / revenue;
    if state.history.len() < usize::from(p.grace_quarters) {
        return PatienceParts {
            grace: true,
            growth,
            margin,
            ..PatienceParts::default()
        };
    }
    PatienceParts {
        grace: false,
        growth,
        margin,
        from_growth: p.growth_gain * growth.max(0.0),
        from_losses: if margin < 0.0 && growth < p.growth_excuse {
            -p.loss_penalty * (-margin).min(2.0) * impatience
        } else {
            0.0
        },
        from_profit: if margin > 0.0 { p.profit_gain } else { 0.0 },
        from_shrinking: if growth < 0.0 {
            -p.shrink_penalty * impatience
        } else {
            0.0
        },
        from_trouble: if in_trouble(state) {
            -p.trouble_penalty * impatience
        } else {
            0.0
        },
    }
}

/// Cash the player can still commit this quarter: cash, less what is already committed,
/// plus undrawn credit.
pub fn spendable(content: &Content, state: &GameState, books: &Books) -> Money {
    state.company.cash - books.capex
        + books.asset_sales
        + books.financing()
        + credit_headroom(content, state)
}
