//! The queued actions for this quarter, each with its cost, cancellable until the quarter ends.

pub mod input;

use super::super::format::fit;
use super::super::strings;
use super::widgets::block;
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::Hit;
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Draws the plan.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let hints = keys::hints(Context::Plan, strings::PLAN_HINT);
    let blk = block(t, &strings::plan_title(&hints, None));
    let inner = blk.inner(area);
    if g.queue.is_empty() {
        buf.render_widget(blk, area);
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
    let plan_lines = g.plan_lines(&app.content);
    // The totals and the footer stay in view under the list; the list scrolls to keep the
    // selected line in view, and the title says which lines show.
    let footer_text = strings::plan_footer();
    let footer_rows =
        u16::try_from(textwrap::wrap(&footer_text, usize::from(inner.width.max(1))).len())
            .unwrap_or(1);
    let footer = Paragraph::new(Span::styled(footer_text, t.dim)).wrap(Wrap { trim: true });
    let [list, _, totals_area, footer_area] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(footer_rows),
    ])
    .areas(inner);
    let visible = usize::from(list.height).max(1);
    let sel = g.row().min(plan_lines.len().saturating_sub(1));
    let first = sel.saturating_sub(visible - 1);
    let shown = (plan_lines.len() > visible).then(|| {
        (
            first + 1,
            (first + visible).min(plan_lines.len()),
            plan_lines.len(),
        )
    });
    buf.render_widget(block(t, &strings::plan_title(&hints, shown)), area);
    let mut lines = Vec::new();
    for (k, line) in plan_lines.iter().enumerate().skip(first).take(visible) {
        let range = line.range.clone();
        let outcome = if range.len() == 1 {
            p.outcomes[range.start].clone()
        } else {
            Ok(p.outcomes[range.clone()]
                .iter()
                .flatten()
                .fold(crate::sim::Money::ZERO, |a, m| a + *m))
        };
        let notes: Vec<Option<String>> = range
            .clone()
            .map(|i| {
                consequences
                    .get(i)
                    .and_then(|c| c.as_ref())
                    .and_then(strings::consequence::short)
            })
            .collect();
        // A line for many keeps its note only when every one of them says the same.
        let note = notes
            .first()
            .cloned()
            .flatten()
            .filter(|n| notes.iter().all(|x| x.as_deref() == Some(n.as_str())));
        let cost = strings::plan_cost(&outcome, note.as_deref());
        let (mark, style) = if k == sel {
            ("▸", t.selected)
        } else {
            (" ", t.text)
        };
        // One row a line, so clicks find them: what does not fit ends in "…".
        let w = usize::from(list.width);
        let head = fit(
            &format!("{mark} {}. {}", k + 1, line.text),
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
    }
    super::widgets::scrolled_list(buf, list, lines, (first, plan_lines.len()), hits);
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
    buf.render_widget(
        Paragraph::new(strings::plan_totals(
            spent,
            brought,
            crate::sim::action::spendable(&app.content, &p.state, &p.books),
        )),
        totals_area,
    );
    buf.render_widget(footer, footer_area);
}
