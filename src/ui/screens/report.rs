//! The quarterly report: what each phase did, and why.

use super::super::describe::describe;
use super::super::format::{count, pct, signed};
use super::super::strings;
use super::widgets::block;
use crate::sim::note_text::note_text;
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Draws the last quarter's report.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    let Some(r) = &s.last_report else {
        let blk = block(t, "Quarterly report");
        let inner = blk.inner(area);
        buf.render_widget(blk, area);
        buf.render_widget(
            Paragraph::new(super::super::strings::no_report())
                .style(t.dim)
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    };
    let q = r.quarter.map(|q| q.to_string()).unwrap_or_default();
    let title = format!("Quarterly report {q}");
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let b = &r.books;
    let mut lines = vec![Line::from(Span::styled("1 Plan: your actions", t.title))];
    if r.applied.is_empty() && r.rejected.is_empty() {
        lines.push(Line::from("  none"));
    }
    for a in &r.applied {
        lines.push(Line::from(Span::styled(
            format!("  ✓ {}", describe(&app.content, a)),
            t.good,
        )));
    }
    for (a, why) in &r.rejected {
        lines.push(Line::from(Span::styled(
            format!("  ✗ {}: {why}", describe(&app.content, a)),
            t.bad,
        )));
    }
    lines.push(Line::from(Span::styled(
        "2 Resolve: orders and money",
        t.title,
    )));
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
    lines.push(Line::from(format!(
        "  Sellers {} (orders {} of {} wanted) · compute own {} of {} CU",
        r.marketplace.sellers,
        count(r.marketplace.served),
        count(r.marketplace.demand),
        count(r.compute.own_served),
        count(r.compute.own_load)
    )));
    lines.push(Line::from(format!(
        "  Cloud: served {} of {} CU, wanted {}, your share {} at {:.1}¢",
        count(r.compute.cloud_served),
        count(r.compute.cloud_demand),
        count(g.state.company.cloud.wanted_cu as u64),
        pct(r.compute.cloud_share),
        g.state.company.cloud.price_cents
    )));
    lines.push(Line::from(format!(
        "  Reputation {} · excellence {} · patience {}",
        signed(r.reputation_change),
        signed(r.excellence_change),
        signed(r.patience_change)
    )));
    let blk = block(t, &title);
    let inner = blk.inner(left);
    buf.render_widget(blk, left);
    buf.render_widget(
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false }),
        inner,
    );

    let mut notes: Vec<Line> = vec![Line::from(Span::styled(
        "3 World and what changed",
        t.title,
    ))];
    for n in &r.notes {
        let said = note_text(&app.content, &g.state, n);
        let mark = if said.alarm { "! " } else { "· " };
        notes.push(Line::from(Span::styled(
            format!("{mark}{}", said.text),
            if said.alarm { t.warn } else { t.text },
        )));
    }
    if r.notes.is_empty() {
        notes.push(Line::from("· a quiet quarter"));
    }
    notes.push(Line::from(""));
    notes.push(Line::from(Span::styled(
        format!(
            "Now planning {} · {}",
            s.quarter,
            keys::hints(Context::Game, strings::REPORT_HINT)
        ),
        t.dim,
    )));
    let blk = block(t, "Notes");
    let inner = blk.inner(right);
    buf.render_widget(blk, right);
    buf.render_widget(Paragraph::new(notes).wrap(Wrap { trim: false }), inner);
}
