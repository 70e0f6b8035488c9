//! The help screen, generated from the key table.

use super::super::keys::{self, Context};
use super::super::strings;
use super::widgets::{self, block, centered};
use crate::ui::app::App;
use crate::ui::model::Hit;
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The order help lists contexts in.
const ORDER: [Context; 17] = [
    Context::Game,
    Context::Dashboard,
    Context::Facilities,
    Context::Build,
    Context::Finance,
    Context::Market,
    Context::Politics,
    Context::Report,
    Context::Plan,
    Context::AskBot,
    Context::Timeline,
    Context::End,
    Context::Menu,
    Context::NewGame,
    Context::Confirm,
    Context::Event,
    Context::Popup,
];

/// The help text: goal, then every binding by context.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = vec![
        Line::from(Span::styled("Goal", t.title)),
        Line::from(
            "Grow the store quarter by quarter. Your score at the end is your stake × the company's valuation.",
        ),
        Line::from(format!(
            "Queue actions on any screen, then press {} to end the quarter; the report shows what happened and why.",
            keys::hint(Context::Game, keys::Cmd::EndQuarter)
        )),
        Line::from(""),
    ];
    let bindings = keys::map::with(<[_]>::to_vec);
    for ctx in ORDER {
        out.push(Line::from(Span::styled(ctx.title().to_string(), t.title)));
        for b in bindings.iter().filter(|b| b.context == ctx) {
            out.push(Line::from(vec![
                Span::styled(format!("  {:<18}", b.keys_label()), t.key),
                Span::styled(b.help.to_string(), t.text),
            ]));
        }
    }
    out
}

/// Draws help as a pop-up.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, scroll: u16, hits: &mut Vec<Hit>) {
    let r = centered(area, 90, area.height.saturating_sub(2));
    buf.render_widget(Clear, r);
    let blk = block(
        &app.theme,
        &format!(
            "{}: {}",
            strings::HELP,
            keys::hints(Context::Popup, strings::POPUP_HINT)
        ),
    );
    let text = lines(app);
    // Rows the text takes once wrapped: a line wider than the box takes one more row for each
    // width it fills, and one more still, as words wrap before the edge.
    let inner = blk.inner(r);
    let width = usize::from(inner.width.max(1));
    let rows: usize = text
        .iter()
        .map(|l| match l.width() {
            0 => 1,
            w if w <= width => 1,
            w => w.div_ceil(width) + 1,
        })
        .sum();
    let max = u16::try_from(rows.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX);
    app.help_scroll_limit.set(max);
    buf.render_widget(
        Paragraph::new(text)
            .block(blk)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max), 0)),
        r,
    );
    widgets::popup_hits(hits, area, r);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::keys::BINDINGS;

    #[test]
    fn help_lists_every_screen_with_bindings() {
        for b in BINDINGS {
            // The load list and the save prompt write their keys on their own screen.
            let own_hint = matches!(
                b.context,
                Context::Load | Context::Prompt | Context::PricePrompt
            );
            assert!(
                own_hint || ORDER.contains(&b.context),
                "{:?} has keys but no section in help",
                b.context
            );
        }
    }
}
