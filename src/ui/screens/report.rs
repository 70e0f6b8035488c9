//! The quarterly report: what each phase did, and why.

use super::super::describe::describe;
use super::super::format::{count, pct, signed};
use super::super::strings;
use super::widgets::block;
use crate::sim::Action;
use crate::sim::note_text::{Phase, note_text, phase};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::screens::Canvas;
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The notes of one phase, each marked so an alarm reads without colour.
fn notes_of<'a>(app: &App, g: &Game, t: &Theme, of: Phase) -> Vec<Line<'a>> {
    let Some(r) = &g.state.last_report else {
        return Vec::new();
    };
    r.notes
        .iter()
        .filter(|n| phase(n) == of)
        .map(|n| {
            let said = note_text(&app.content, &g.state, n);
            let mark = if said.alarm { "! " } else { "· " };
            Line::from(Span::styled(
                format!("  {mark}{}", said.text),
                if said.alarm { t.warn } else { t.text },
            ))
        })
        .collect()
}

/// The most the report can be scrolled, in rows.
pub const REPORT_SCROLL_MOST: usize = 500;

/// Rows `lines` take when wrapped to `width`.
fn rows(lines: &[Line], width: u16) -> usize {
    let w = usize::from(width).max(1);
    lines.iter().map(|l| l.width().div_ceil(w).max(1)).sum()
}

/// Draws `lines` in a block, scrolled by `scroll` rows, with the title saying when there is more.
fn scrolled(buf: &mut Buffer, area: Rect, app: &App, title: &str, lines: Vec<Line>, scroll: usize) {
    let t = &app.theme;
    let inner_w = area.width.saturating_sub(2);
    let total = rows(&lines, inner_w);
    let visible = usize::from(area.height.saturating_sub(2));
    let top = scroll.min(total.saturating_sub(visible));
    let title = if total > visible {
        strings::report_scroll_title(title, top + visible < total, top > 0)
    } else {
        title.to_string()
    };
    let blk = block(t, &title);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    buf.render_widget(
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(top).unwrap_or(u16::MAX), 0)),
        inner,
    );
}

/// Draws the last quarter's report.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    let Some(r) = &s.last_report else {
        let blk = block(t, strings::REPORT_TITLE);
        let inner = blk.inner(area);
        buf.render_widget(blk, area);
        buf.render_widget(
            Paragraph::new(strings::no_report())
                .style(t.dim)
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    };
    let q = r.quarter.map(|q| q.to_string()).unwrap_or_default();
    let title = strings::report_title(&q);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let b = &r.books;
    let mut lines = vec![Line::from(Span::styled(strings::REPORT_PLAN, t.title))];
    let answers = notes_of(app, g, t, Phase::Plan);
    let shown: Vec<Action> = r
        .applied
        .iter()
        .filter(|a| !matches!(a, Action::AnswerEvent { .. }))
        .cloned()
        .collect();
    if shown.is_empty() && r.rejected.is_empty() && answers.is_empty() {
        lines.push(Line::from(strings::REPORT_NOTHING));
    }
    for line in crate::ui::grouped::group(&app.content, s, &shown, |_| true) {
        lines.push(Line::from(Span::styled(
            format!("  ✓ {}", line.text),
            t.good,
        )));
    }
    for (a, why) in &r.rejected {
        lines.push(Line::from(Span::styled(
            format!("  ✗ {}: {why}", describe(&app.content, a)),
            t.bad,
        )));
    }
    lines.extend(answers);
    lines.push(Line::from(Span::styled(strings::REPORT_RESOLVE, t.title)));
    let orders = r.orders();
    let late = r.late();
    let fast: u64 = r.regions.iter().map(|x| x.fast).sum();
    let neigh: u64 = r.regions.iter().map(|x| x.neighbour).sum();
    let drop: u64 = r.regions.iter().map(|x| x.drop_shipped).sum();
    lines.push(Line::from(format!(
        "  Orders {} · fast {} · neighbour {} · drop-shipped {} · late {}",
        count(orders),
        count(fast),
        count(neigh),
        count(drop),
        count(late)
    )));
    lines.push(Line::from(format!(
        "  Revenue {} · net income {} · cash {} → {}",
        b.revenue(),
        b.net_income(),
        r.cash_before,
        r.cash_after
    )));
    {
        use strings::finance as f;
        lines.push(Line::from(f::report_cash(&[
            // Write-offs move no cash: what the business earned is net income with them added back.
            (f::CASH_EARNED, b.net_income() + b.depreciation),
            (f::CASH_BUILT, -b.capex),
            (f::CASH_SOLD, b.asset_sales),
            (f::CASH_SHARES, b.equity_raised),
            (f::CASH_BORROWED, b.borrowed),
            (f::CASH_REPAID, -b.repaid),
        ])));
    }
    let profit = b.profit_lines();
    let by_line: Vec<String> = strings::LINES
        .iter()
        .zip(b.revenue_lines())
        .zip(profit)
        .filter(|((_, rev), _)| rev.0 != 0)
        .map(|((name, rev), p)| format!("{name} {rev} → {p}"))
        .collect();
    lines.push(Line::from(format!(
        "  Operating profit by line: {}",
        by_line.join(" · ")
    )));
    lines.push(Line::from(strings::report_sellers(
        r.marketplace.sellers,
        r.marketplace.served,
        r.marketplace.demand,
    )));
    lines.push(Line::from(format!(
        "  Compute: own load {} of {} CU served",
        count(r.compute.own_served),
        count(r.compute.own_load)
    )));
    lines.push(Line::from(
        if r.compute.cloud_demand == 0 && r.compute.cloud_share == 0.0 {
            strings::REPORT_NO_CLOUD.to_string()
        } else {
            format!(
                "  Cloud: served {} of {} CU{}, your share {} at {:.1}¢",
                count(r.compute.cloud_served),
                count(r.compute.cloud_demand),
                strings::cloud_drift(
                    r.compute.cloud_demand,
                    g.state.company.cloud.wanted_cu as u64,
                    crate::sim::compute::cloud_room(&g.state),
                ),
                pct(r.compute.cloud_share),
                g.state.company.cloud.price_cents
            )
        },
    ));
    // Levels with the quarter's change: cards move them, and a change alone does not say where
    // they stand.
    let co = &g.state.company;
    lines.push(Line::from(format!(
        "  Reputation {:.0} {} · excellence {:.0} {} · brand {} · patience {:.0} {}",
        co.reputation,
        signed(r.reputation_change),
        co.excellence,
        signed(r.excellence_change),
        pct(co.brand),
        co.patience,
        signed(r.patience_change)
    )));
    lines.extend(notes_of(app, g, t, Phase::Resolve));
    let mut notes: Vec<Line> = vec![Line::from(Span::styled(strings::REPORT_WORLD, t.title))];
    let world = notes_of(app, g, t, Phase::World);
    if world.is_empty() {
        notes.push(Line::from(strings::REPORT_QUIET_WORLD));
    }
    notes.extend(world);
    notes.push(Line::from(Span::styled(strings::REPORT_EVENTS, t.title)));
    let dealt = notes_of(app, g, t, Phase::Events);
    if dealt.is_empty() {
        notes.push(Line::from(strings::REPORT_NO_EVENTS));
    }
    notes.extend(dealt);
    notes.push(Line::from(""));
    notes.push(Line::from(Span::styled(
        format!(
            "Now planning {} · {}",
            s.quarter,
            keys::hints(Context::Game, strings::REPORT_HINT)
        ),
        t.dim,
    )));
    let scroll = g.row();
    // A narrow screen reads the report as one column; a wide one puts the world beside it.
    if area.width < 120 {
        lines.push(Line::from(""));
        lines.extend(notes);
        scrolled(buf, area, app, &title, lines, scroll);
    } else {
        scrolled(buf, left, app, &title, lines, scroll);
        scrolled(buf, right, app, strings::REPORT_NOTES, notes, scroll);
    }
}
