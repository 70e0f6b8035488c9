//! Finance: the last quarter's books by line, the balance over time, and raising or repaying.

pub mod input;
pub mod state;

use super::super::format::pct;
use super::super::strings;
use super::super::strings::finance as text;
use super::widgets::{block, money_series, spark_row};
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
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    books(buf, left, app, g);
    // A short terminal needs every row for the actions and their preview; the dashboard
    // keeps the history then.
    let chart_rows = if area.height < 30 { 0 } else { area.height / 3 };
    let [actions, charts] =
        Layout::vertical([Constraint::Min(11), Constraint::Length(chart_rows)]).areas(right);
    action_rows(buf, actions, app, g, hits);
    balance_charts(buf, charts, app, g);
}

fn books(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    let c = &s.company;
    let blk = block(t, text::BOOKS_TITLE);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let mut lines = Vec::new();
    let row = |label: &str, m: Money| Line::from(format!("{label:<22}{m:>10}"));
    match &s.last_report {
        Some(r) => {
            let b = &r.books;
            let q = r.quarter.map(|q| q.to_string()).unwrap_or_default();
            lines.push(Line::from(Span::styled(text::profit_and_loss(&q), t.title)));
            // Each business line with its own costs (depreciation and a share of head office
            // included), so the player sees which business earns the profit.
            let [line, revenue, profit, margin] = text::LINE_COLUMNS;
            lines.push(Line::from(Span::styled(
                format!("{line:<10}{revenue:>8} {profit:>9} {margin:>4}"),
                t.dim,
            )));
            let revenue = b.revenue_lines();
            let profit = b.profit_lines();
            for (i, name) in strings::LINES.iter().enumerate() {
                let margin = if revenue[i].0 > 0 {
                    format!("{:>3.0}%", profit[i].as_f64() / revenue[i].as_f64() * 100.0)
                } else {
                    String::new()
                };
                lines.push(Line::from(format!(
                    "{name:<10}{:>8} {:>9} {margin:>4}",
                    revenue[i].to_string(),
                    profit[i].to_string()
                )));
            }
            lines.push(Line::from(format!(
                "{:<10}{:>8} {:>9}",
                text::TOTAL,
                b.revenue().to_string(),
                b.operating_profit().to_string()
            )));
            lines.push(Line::from(Span::styled(
                text::incl_depreciation(b.depreciation),
                t.dim,
            )));
            lines.push(row(text::INTEREST_TAX, b.interest + b.tax));
            let ni = b.net_income();
            let sign = if ni.is_negative() { "▼" } else { "▲" };
            lines.push(Line::from(Span::styled(
                format!("{:<22}{:>10}{sign}", text::NET_INCOME, ni),
                if ni.is_negative() { t.bad } else { t.good },
            )));
        }
        None => lines.push(Line::from(Span::styled(text::NO_QUARTER, t.dim))),
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(text::BALANCE, t.title)));
    lines.push(row(text::CASH, c.cash));
    lines.push(row(text::CREDIT_DRAWN, c.credit_drawn));
    lines.push(row(
        text::CREDIT_OPEN,
        finance::credit_headroom(&app.content, s),
    ));
    lines.push(row(text::BONDS, c.bonds.iter().map(|b| b.principal).sum()));
    lines.push(Line::from(format!(
        "{:<22}{:>10}",
        text::FOUNDER_STAKE,
        pct(c.founder_stake())
    )));
    lines.push(Line::from(format!(
        "{:<22}{:>9.1}%",
        text::INTEREST_NEW_DEBT,
        finance::interest_rate(&app.content, s)
    )));
    lines.push(Line::from(format!(
        "{:<22}{:>10}",
        text::LISTED,
        text::listed(c.public)
    )));
    buf.render_widget(Paragraph::new(lines).style(t.text), inner);
}

fn action_rows(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let c = &app.content;
    let planned = g.planned(c);
    let s = &planned.state;
    let share = g.finance.share();
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
                raise_amount(c, s, share),
                raise_amount(c, s, 1.0),
                g.finance.pct,
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
                    finance::bond_room(c, s).scale(share),
                    finance::bond_room(c, s),
                    g.finance.pct,
                ),
            },
            FinanceRow::Repay => {
                text::repay(s.company.credit_drawn.scale(share), s.company.credit_drawn)
            }
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
            let effect = projects::effect_text(&def.effect);
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
        _ => None,
    }
}

fn balance_charts(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    if area.height == 0 {
        return;
    }
    let blk = block(t, text::CHARTS_TITLE);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    if inner.height < 2 {
        return;
    }
    let last = s.history.last();
    let half = (inner.height / 2).max(2).min(inner.height);
    spark_row(
        buf,
        Rect::new(inner.x, inner.y, inner.width, half),
        t,
        text::CASH,
        &last.map(|h| h.cash.to_string()).unwrap_or_default(),
        &money_series(s.history.iter().map(|h| h.cash)),
    );
    if inner.height >= half + 2 {
        spark_row(
            buf,
            Rect::new(inner.x, inner.y + half, inner.width, inner.height - half),
            t,
            text::DEBT,
            &last.map(|h| h.debt.to_string()).unwrap_or_default(),
            &money_series(s.history.iter().map(|h| h.debt)),
        );
    }
}
