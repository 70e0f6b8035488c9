//! The timeline: every quarter played, newest first, with a line on how it went and what was
//! done; any of them can start a branch (the game replayed to the start of that quarter and saved
//! under a new name, the original untouched).

pub mod input;
pub mod state;

use super::widgets::block;
use crate::ui::app::App;
use crate::ui::format::{cells, fit, pct};
use crate::ui::game::Game;
use crate::ui::grouped::group;
use crate::ui::keys::{self, Context};
use crate::ui::model::Hit;
use crate::ui::screens::Canvas;
use crate::ui::strings::{self, timeline as words};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use state::{can_branch, logged, rows};

/// Rows the selected quarter's actions may take under the list.
const DETAIL_ROWS: u16 = 5;

/// What was done in a quarter, in words: the logged actions grouped as the plan groups them,
/// and the same line said twice in a row counted instead ("build a … (×2)").
fn done_in(app: &App, g: &Game, q: crate::sim::Quarter) -> Option<Vec<String>> {
    let l = logged(g, q)?;
    let mut out: Vec<(String, usize)> = Vec::new();
    for line in group(&app.content, &g.state, &l.actions, |_| true) {
        match out.last_mut() {
            Some((text, n)) if *text == line.text => *n += 1,
            _ => out.push((line.text, 1)),
        }
    }
    Some(
        out.into_iter()
            .map(|(text, n)| {
                if n > 1 {
                    format!("{text} (×{n})")
                } else {
                    text
                }
            })
            .collect(),
    )
}

/// Draws the timeline.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let title = words::title(&keys::hints(Context::Timeline, strings::TIMELINE_HINT));
    let blk = block(t, &title);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let total = g.state.history.len();
    if total == 0 {
        buf.render_widget(
            Paragraph::new(words::EMPTY)
                .style(t.dim)
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    let [head, list, _, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(DETAIL_ROWS),
    ])
    .areas(inner);
    let w = usize::from(list.width.saturating_sub(1));
    buf.render_widget(
        Paragraph::new(Span::styled(fit(words::HEADER, w), t.title)),
        head,
    );
    let visible = usize::from(list.height).max(1);
    let sel = g.row().min(total - 1);
    let first = sel.saturating_sub(visible - 1);
    let mut lines = Vec::new();
    for (k, h) in rows(g).enumerate().skip(first).take(visible) {
        let done = match done_in(app, g, h.quarter) {
            None => words::NOT_LOGGED.to_string(),
            Some(d) if d.is_empty() => words::NOTHING_DONE.to_string(),
            Some(d) => d.join("; "),
        };
        let figures = format!(
            "{:<7} {:>8} {:>8} {:>6} {:>8}  ",
            h.quarter.to_string(),
            h.total_revenue().to_string(),
            h.net_income.to_string(),
            pct(h.market_share),
            h.valuation.to_string(),
        );
        let (mark, style) = if k == sel {
            ("▸", t.selected)
        } else {
            (" ", t.text)
        };
        let head = format!("{mark}{figures}");
        let rest = w.saturating_sub(cells(&head));
        lines.push(Line::from(vec![
            Span::styled(head, style),
            Span::styled(fit(&done, rest), if k == sel { style } else { t.dim }),
        ]));
    }
    super::widgets::scrolled_list(buf, list, lines, (first, total), hits);
    let Some(q) = state::quarter_at(g, sel) else {
        return;
    };
    let done = done_in(app, g, q);
    let mut text = vec![
        Line::from(Span::styled(
            words::detail_title(q, done.as_deref()),
            t.title,
        )),
        Line::from(Span::styled(
            if can_branch(g, q) {
                words::can_branch(q)
            } else {
                words::cannot_branch(q, g.log.from)
            },
            t.dim,
        )),
    ];
    text.extend(
        done.into_iter()
            .flatten()
            .map(|d| Line::from(Span::styled(format!("  · {d}"), t.text))),
    );
    buf.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), detail);
}
