//! The queued actions for this quarter, each with its cost, cancellable until the quarter ends.

pub mod input;

use super::super::describe::describe_in;
use super::super::format::fit;
use super::super::strings;
use super::widgets::block;
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Draws the plan.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let blk = block(
        t,
        &format!(
            "Plan for this quarter ({})",
            keys::hints(Context::Plan, strings::PLAN_HINT)
        ),
    );
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    if g.queue.is_empty() {
        buf.render_widget(
            Paragraph::new(strings::queue_empty())
                .style(t.dim)
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    let p = g.planned(&app.content);
    let consequences = g.consequences(&app.content);
    let mut lines = Vec::new();
    for (i, (a, outcome)) in g.queue.iter().zip(&p.outcomes).enumerate() {
        let what = describe_in(&app.content, &g.state, a);
        let note = consequences
            .get(i)
            .and_then(|c| c.as_ref())
            .and_then(strings::consequence::short);
        let cost = strings::plan_cost(outcome, note.as_deref());
        let (mark, style) = if i == g.row() {
            ("▸", t.selected)
        } else {
            (" ", t.text)
        };
        // One row an action, so clicks find them: what does not fit ends in "…".
        let w = usize::from(inner.width);
        let head = fit(
            &format!("{mark} {}. {what}", i + 1),
            w.saturating_sub(12).max(w / 2),
        );
        let tail = fit(
            &format!("  ({cost})"),
            w.saturating_sub(crate::ui::format::cells(&head)),
        );
        lines.push(Line::from(vec![
            Span::styled(head, style),
            Span::styled(tail, t.dim),
        ]));
        let y = inner.y + i as u16;
        if y < inner.bottom() {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::SelectRow(i),
            });
        }
    }
    lines.push(Line::from(""));
    let (spent, brought) = p.outcomes.iter().flatten().fold(
        (crate::sim::Money::ZERO, crate::sim::Money::ZERO),
        |(s, b), m| {
            if m.is_negative() {
                (s, b - *m)
            } else {
                (s + *m, b)
            }
        },
    );
    lines.push(Line::from(strings::plan_totals(
        spent,
        brought,
        crate::sim::action::spendable(&app.content, &p.state, &p.books),
    )));
    lines.push(Line::from(Span::styled(strings::plan_footer(), t.dim)));
    buf.render_widget(Paragraph::new(lines), inner);
}
