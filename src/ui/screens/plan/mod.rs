//! The queued actions for this quarter, each with its cost, cancellable until the quarter ends.

pub mod input;

use super::super::describe::describe;
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
    let mut lines = Vec::new();
    for (i, (a, outcome)) in g.queue.iter().zip(&p.outcomes).enumerate() {
        let what = describe(&app.content, a);
        let cost = match outcome {
            Ok(m) if m.0 > 0 => format!("costs {m}"),
            Ok(m) if m.0 < 0 => format!("brings {}", -*m),
            Ok(_) => "free".to_string(),
            Err(why) => format!("✗ would be refused: {why}"),
        };
        let (mark, style) = if i == g.row() {
            ("▸", t.selected)
        } else {
            (" ", t.text)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} {}. {what}", i + 1), style),
            Span::styled(format!("  ({cost})"), t.dim),
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
    lines.push(Line::from(format!(
        "Committed: {} spent, {} raised · still spendable {}",
        p.books.capex,
        p.books.financing() + p.books.asset_sales,
        crate::sim::action::spendable(&app.content, &p.state, &p.books)
    )));
    lines.push(Line::from(Span::styled(
        "n ends the quarter and carries these out in order.",
        t.dim,
    )));
    buf.render_widget(Paragraph::new(lines), inner);
}
