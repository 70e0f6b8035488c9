//! "Ask a bot": what one of the built-in players would queue this quarter in the player's place,
//! each action with its preview, any of which the player may copy into the plan. The bot plans
//! from the state as it stands, before the player's queue; the state is never touched.

pub mod input;

use super::widgets::{block, centered};
use crate::ui::app::App;
use crate::ui::describe::describe_in;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::Hit;
use crate::ui::screens::Canvas;
use crate::ui::strings;
use input::actions;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// Draws the bot's list over the screen.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    g: &Game,
    (bot, row): (usize, usize),
    hits: &mut Vec<Hit>,
) {
    let t = &app.theme;
    let c = &app.content;
    let (who, list) = actions(c, g, bot);
    let popup = centered(
        area,
        area.width.saturating_sub(8).min(110),
        area.height.saturating_sub(4),
    );
    buf.render_widget(Clear, popup);
    let title = format!(
        "{} ({})",
        strings::ask_bot_title(who.id()),
        keys::hints(Context::AskBot, strings::ASK_BOT_HINT)
    );
    let blk = block(t, &title);
    let inner = blk.inner(popup);
    buf.render_widget(blk, popup);
    let mut lines = vec![
        Line::from(Span::styled(
            strings::ask_bot_about(who.id(), who.about()),
            t.title,
        )),
        Line::from(Span::styled(
            strings::ask_bot_projection(who.id(), g.projection(who), score_now(c, g)),
            t.text,
        )),
    ];
    if list.is_empty() {
        lines.push(Line::from(Span::styled(strings::ASK_BOT_NOTHING, t.dim)));
    }
    for (i, a) in list.iter().enumerate() {
        let selected = i == row.min(list.len().saturating_sub(1));
        let (mark, style) = if selected {
            ("▸ ", t.selected)
        } else {
            ("  ", t.text)
        };
        lines.push(Line::from(Span::styled(
            format!("{mark}{}", describe_in(c, &g.state, a)),
            style,
        )));
        if selected {
            let preview = match g.consequence(c, a) {
                Ok(x) => strings::consequence::long(&x).join(" "),
                Err(why) => strings::ask_bot_refused(&why.to_string()),
            };
            lines.push(Line::from(Span::styled(format!("    {preview}"), t.dim)));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(strings::ASK_BOT_NOTE, t.dim)));
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    super::widgets::popup_hits(hits, area, popup);
}

/// The player's score as the Finance screen counts it: stake × valuation, the valuation worked
/// out now before the first quarter has closed one.
fn score_now(c: &crate::content::Content, g: &Game) -> crate::sim::Money {
    if g.state.history.is_empty() {
        crate::sim::finance::valuation(c, &g.state)
            .scale(g.state.company.founder_stake())
            .max_zero()
    } else {
        g.state.score()
    }
}
