//! Finance: the last quarter's books by line, the balance over time, and raising or repaying.

pub mod input;
pub mod ledger;
pub mod state;

use super::super::format::pct;
use super::super::strings;
use super::super::strings::finance as text;
use super::chart::{self, Scale};
use super::history;
use super::widgets::block;
use crate::sim::projects::{self, Standing};
use crate::sim::{Action, GameState, Money, RegionId, finance};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use state::{FinanceRow, raise_amount, target};

/// Draws the finance screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    // A narrow screen gives the ledger half, so it shows two years side by side.
    let ledger_pct = if area.width < 100 { 50 } else { 45 };
    let [left, right] = Layout::horizontal([
        Constraint::Percentage(ledger_pct),
        Constraint::Percentage(100 - ledger_pct),
    ])
    .areas(area);
    // The ledger by year on the left, the balance as it stands under it when there is room.
    hits.push(Hit {
        area: left,
        action: crate::ui::model::UiAction::LedgerZone,
    });
    if area.height >= 30 {
        let [l, b] = Layout::vertical([Constraint::Min(0), Constraint::Length(11)]).areas(left);
        ledger::draw(buf, l, app, g);
        balance_now(buf, b, app, g);
    } else {
        ledger::draw(buf, left, app, g);
    }
    // A short terminal needs every row for the actions and their preview; the dashboard
    // keeps the history then.
    let chart_rows = if area.height < 30 { 0 } else { area.height / 3 };
    let [actions, charts] =
        Layout::vertical([Constraint::Min(11), Constraint::Length(chart_rows)]).areas(right);
    action_rows(buf, actions, app, g, hits);
    balance_charts(buf, charts, app, g);
}

/// The balance as it stands now: what can be drawn on, what is owed, who owns the company.
fn balance_now(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    let c = &s.company;
    let blk = block(t, text::BALANCE_TITLE);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let row = |label: &str, value: String| Line::from(format!("{label:<22}{value:>10}"));
    let mut lines = vec![
        row(text::CASH, c.cash.to_string()),
        row(text::CREDIT_DRAWN, c.credit_drawn.to_string()),
        row(
            text::CREDIT_OPEN,
            finance::credit_headroom(&app.content, s).to_string(),
        ),
        row(
            text::BONDS,
            c.bonds
                .iter()
                .map(|b| b.principal)
                .sum::<Money>()
                .to_string(),
        ),
        row(
            text::NEXT_BOND_DUE,
            text::next_bond_due(finance::next_bond_due(s)),
        ),
        row(text::FOUNDER_STAKE, pct(c.founder_stake())),
        row(
            text::INTEREST_NEW_DEBT,
            format!("{:.1}%", finance::interest_rate(&app.content, s)),
        ),
        row(text::LISTED, text::listed(c.public).to_string()),
    ];
    if let Some(r) = &s.last_report {
        let ni = r.books.net_income();
        lines.push(Line::from(Span::styled(
            format!("{:<22}{:>10}", text::NET_INCOME_LAST, ni.to_string()),
            if ni.is_negative() { t.bad } else { t.good },
        )));
    }
    buf.render_widget(Paragraph::new(lines).style(t.text), inner);
}

fn action_rows(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let c = &app.content;
    let planned = g.planned(c);
    let s = &planned.state;
    let share = |row: FinanceRow| g.finance.share(row);
    let level = c
        .market
        .price_levels
        .get(usize::from(g.finance.price_level))
        .map_or("?", |l| l.name.as_str());
    let labels: Vec<String> = FinanceRow::ALL
        .iter()
        .map(|r| match r {
            FinanceRow::Raise => text::raise(
                s.company.public,
                raise_amount(c, s, share(*r)),
                raise_amount(c, s, 1.0),
                g.finance.pct_of(*r),
            ),
            FinanceRow::Ipo => match finance::check_ipo(c, s) {
                Ok(m) => text::ipo(m),
                Err(why) => text::ipo_refused(why),
            },
            FinanceRow::Bond if s.revenue_ttm() < c.finance.debt.bond_min_revenue => {
                text::bond_needs_revenue(c.finance.debt.bond_min_revenue)
            }
            FinanceRow::Bond => match finance::check_bond(c, s, Money::k(1)) {
                Err(why) => text::bond_refused(why),
                Ok(()) => text::bond(
                    finance::bond_room(c, s).scale(share(*r)),
                    finance::bond_room(c, s),
                    g.finance.pct_of(*r),
                ),
            },
            FinanceRow::Repay => text::repay(
                s.company.credit_drawn.scale(share(*r)),
                s.company.credit_drawn,
            ),
            FinanceRow::PriceLevel => text::store_prices(level),
            FinanceRow::Marketing => text::marketing(g.finance.marketing),
            FinanceRow::Services => text::services(g.finance.services),
            FinanceRow::Hosting => text::hosting(g.finance.hosting),
            FinanceRow::Project => project_label(app, g, s),
            FinanceRow::Acquire => acquire_label(app, g, s),
        })
        .collect();
    let blk = block(t, &text::actions_title());
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let sel = g.row();
    let mut lines: Vec<Line> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (mark, style) = if i == sel {
                ("▸ ", t.selected)
            } else {
                ("  ", t.text)
            };
            Line::from(Span::styled(format!("{mark}{l}"), style))
        })
        .collect();
    lines.push(Line::from(""));
    let mut previewed = false;
    if let Some(a) = input::finance_action(&app.content, g) {
        let what = super::super::describe::describe(c, &a);
        match g.consequence(c, &a) {
            Ok(consequence) => {
                lines.push(Line::from(Span::styled(text::check_ok(&what), t.good)));
                // Projects and purchases say more below; every other row says it here.
                if !matches!(a, Action::StartProject(_) | Action::Acquire { .. }) {
                    previewed = true;
                    for l in strings::consequence::long(&consequence) {
                        lines.push(Line::from(Span::styled(l, t.text)));
                    }
                }
            }
            Err(why) => lines.push(Line::from(Span::styled(
                text::check_refused(&what, why),
                t.bad,
            ))),
        }
    }
    if let Some(more) = investment_detail(app, g, s) {
        lines.push(Line::from(Span::styled(more, t.dim)));
    } else if !previewed {
        lines.push(Line::from(Span::styled(
            text::row_note(selected_row_of(g)),
            t.dim,
        )));
    }
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    for i in 0..FinanceRow::ALL.len() {
        let y = inner.y + i as u16;
        if y < inner.bottom() {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::SelectRow(i),
            });
        }
    }
}

fn selected_row_of(g: &Game) -> Option<FinanceRow> {
    FinanceRow::ALL.get(g.row()).copied()
}

fn project_label(app: &App, g: &Game, s: &GameState) -> String {
    let Some(def) = app.content.projects.projects.get(g.finance.project) else {
        return text::NO_PROJECTS.to_string();
    };
    let name = &def.name;
    let terms = text::project_terms(projects::cost(s, def), def.lead_quarters);
    let queued = g
        .queue
        .iter()
        .any(|a| matches!(a, Action::StartProject(id) if *id == def.id));
    text::project(name, &terms, queued, projects::standing(&g.state, def))
}

/// The deal already made or queued for a rival's business, if any.
enum DealState<'a> {
    Queued,
    WithRegulators(&'a crate::sim::projects::Deal),
}

fn deal_state<'a>(g: &'a Game, rival: usize, region: usize) -> Option<DealState<'a>> {
    let same = |r: u8, at: RegionId| usize::from(r) == rival && usize::from(at.0) == region;
    if let Some(d) = g
        .state
        .company
        .deals
        .iter()
        .find(|d| same(d.rival, d.region))
    {
        return Some(DealState::WithRegulators(d));
    }
    g.queue
        .iter()
        .any(|a| matches!(a, Action::Acquire { rival: r, region: at } if same(*r, *at)))
        .then_some(DealState::Queued)
}

fn acquire_label(app: &App, g: &Game, s: &GameState) -> String {
    let c = &app.content;
    let Some((rival, region)) = target(&app.content, &g.state, &g.finance) else {
        let from = c.projects.acquisitions.available_from;
        return if s.quarter.year < from {
            text::acquire_from(from)
        } else {
            text::ACQUIRE_NONE.to_string()
        };
    };
    let who = c.rivals.get(rival).map_or("?", |r| r.name.as_str());
    let place = c.regions.get(region).map_or("?", |r| r.name.as_str());
    match deal_state(g, rival, region) {
        Some(DealState::Queued) => return text::acquire_queued(who, place),
        Some(DealState::WithRegulators(d)) => {
            return text::acquire_pending(who, place, d.decided);
        }
        None => {}
    }
    match projects::offer(c, s, rival, region) {
        Ok(o) => text::acquire_offer(who, place, &o),
        Err(why) => text::acquire_refused(who, place, why),
    }
}

/// What the selected project or purchase would bring, under the check line.
fn investment_detail(app: &App, g: &Game, s: &GameState) -> Option<String> {
    let c = &app.content;
    let years = f64::from(c.projects.write_off_quarters) / 4.0;
    let a = &c.projects.acquisitions;
    match FinanceRow::ALL.get(g.row())? {
        FinanceRow::Project => {
            let def = c.projects.projects.get(g.finance.project)?;
            let effect = def.effect.words();
            if projects::standing(&g.state, def) == Standing::Done {
                return Some(text::project_done(&def.about, &effect));
            }
            let pays = projects::yearly_return(c, s, def)
                .filter(|m| m.0 > 0)
                .map(text::project_pays)
                .unwrap_or_default();
            Some(text::project_detail(&def.about, &effect, &pays, years))
        }
        FinanceRow::Acquire => {
            let (rival, region) = target(&app.content, &g.state, &g.finance)?;
            if let Some(DealState::WithRegulators(d)) = deal_state(g, rival, region) {
                return Some(text::acquire_pending_detail(
                    d.price,
                    d.decided,
                    a.break_fee,
                ));
            }
            let theirs = g
                .state
                .regions
                .get(region)
                .and_then(|r| r.rival_shares.get(rival).copied())
                .unwrap_or(0.0);
            let o = projects::offer(c, &g.state, rival, region).ok()?;
            Some(text::acquire_detail(&o, a.take, theirs, a.break_fee))
        }
        FinanceRow::Ipo if !s.company.public => {
            let e = &c.finance.equity;
            Some(text::ipo_detail(e.ipo_share, e.ipo_patience))
        }
        _ => None,
    }
}

fn balance_charts(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    if area.height == 0 || s.history.is_empty() {
        return;
    }
    let series = vec![
        history::money(s, strings::VALUATION, |h| h.valuation),
        history::money(s, text::CASH, |h| h.cash),
        history::money(s, text::DEBT, |h| h.debt),
        history::money(s, text::REVENUE, |h| h.total_revenue()),
    ];
    chart::draw(
        buf,
        area,
        t,
        Some(block(t, text::CHARTS_TITLE)),
        Scale::Money,
        &series,
    );
}
