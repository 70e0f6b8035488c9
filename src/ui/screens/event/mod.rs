//! The event card: what happened, and each choice with its previewed effects. A choice that
//! cannot be taken is shown greyed with the reason.

pub mod input;

use super::widgets::{self, block, centered};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::Overlay;
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use crate::ui::strings;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// Draws the first waiting event card with the selected choice.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, sel: usize, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let cards = g.event_cards(&app.content);
    let Some(card) = cards.first() else {
        return;
    };
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                "{} · {} · {} more waiting",
                card.category.id(),
                card.quarter,
                cards.len() - 1
            ),
            t.dim,
        )),
        Line::from(card.text.clone()),
        Line::from(""),
    ];
    let mut rows = Vec::new();
    for (i, c) in card.choices.iter().enumerate() {
        let selected = i == sel;
        let mark = if selected { "▸" } else { " " };
        let style = if selected {
            t.selected
        } else if c.available {
            t.text
        } else {
            t.dim
        };
        rows.push((lines.len(), i));
        let greyed = if c.available { "" } else { " (not possible)" };
        lines.push(Line::from(Span::styled(
            format!("{mark} {}. {}{greyed}", i + 1, c.label),
            style,
        )));
        if let Some(why) = &c.reason {
            lines.push(Line::from(Span::styled(format!("     ✗ {why}"), t.bad)));
        }
        for e in &c.effects {
            lines.push(Line::from(Span::styled(format!("     · {e}"), t.dim)));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        keys::hints(Context::Event, strings::EVENT_HINT),
        t.key,
    )));
    let h = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
    let r = centered(area, 96, h);
    buf.render_widget(Clear, r);
    let blk = block(t, &card.title);
    let inner = blk.inner(r);
    buf.render_widget(
        Paragraph::new(lines).block(blk).wrap(Wrap { trim: false }),
        r,
    );
    widgets::popup_hits(hits, area, r);
    // Choice rows are clickable when the text above them did not wrap (a best effort).
    for (line, i) in rows {
        let y = inner.y + u16::try_from(line).unwrap_or(u16::MAX);
        if y < inner.bottom() {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::Open(Overlay::Event(i)),
            });
        }
    }
}
