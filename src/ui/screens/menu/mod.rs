//! The main menu, the new-game form and the high-score table outside a game.

pub mod input;
pub mod state;

use super::super::strings;
use super::widgets::{block, centered};
use crate::ui::app::{App, Mode};
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use state::{MenuItem, NewGameField};

/// Draws whichever of menu, form or scores the app is in.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, hits: &mut Vec<Hit>) {
    match &app.mode {
        Mode::Menu(sel) => menu(buf, area, app, *sel, hits),
        Mode::NewGame(_) => new_game(buf, area, app, hits),
        Mode::HighScores => {
            let r = centered(area, 100, 16);
            super::end::scores_table(buf, r, app, None);
            let y = r.bottom().min(area.bottom().saturating_sub(2));
            buf.render_widget(
                Paragraph::new(Span::styled(
                    keys::hints(Context::Menu, strings::SCORES_HINT),
                    app.theme.key,
                )),
                Rect::new(r.x, y, r.width, 1),
            );
            hits.push(Hit {
                area,
                action: UiAction::ToMenu,
            });
        }
        Mode::Playing(_) | Mode::Load(_) => {}
    }
}

fn label(item: MenuItem) -> &'static str {
    match item {
        MenuItem::New => strings::MENU_NEW,
        MenuItem::Continue => strings::MENU_CONTINUE,
        MenuItem::Load => strings::MENU_LOAD,
        MenuItem::HighScores => strings::MENU_SCORES,
        MenuItem::Quit => strings::MENU_QUIT,
    }
}

fn menu(buf: &mut Buffer, area: Rect, app: &App, sel: usize, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let r = centered(area, 60, 14);
    let blk = block(t, strings::TITLE);
    let inner = blk.inner(r);
    buf.render_widget(blk, r);
    let mut lines = vec![
        Line::from(Span::styled(strings::TAGLINE, t.dim)),
        Line::from(""),
    ];
    for (i, item) in MenuItem::ALL.iter().enumerate() {
        let mut text = format!("{} {}", if i == sel { "▸" } else { " " }, label(*item));
        if !item.enabled() {
            text.push_str("  (later)");
        }
        let style = if i == sel {
            t.selected
        } else if item.enabled() {
            t.text
        } else {
            t.dim
        };
        lines.push(Line::from(Span::styled(text, style)));
        let y = inner.y + 2 + i as u16;
        if y < inner.bottom() {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::MenuChoose(*item),
            });
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        keys::hints(Context::Menu, strings::MENU_HINT),
        t.key,
    )));
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn new_game(buf: &mut Buffer, area: Rect, app: &App, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let Mode::NewGame(f) = &app.mode else {
        return;
    };
    let c = &app.content;
    let scenario = c.scenarios.get(f.scenario);
    let default_name = scenario.map_or("", |s| s.company.as_str());
    let name = if f.company.is_empty() {
        format!("{default_name} (default; type to change)")
    } else {
        format!("{}▏", f.company)
    };
    let fields = [
        (strings::FIELD_COMPANY, name),
        (
            strings::FIELD_SCENARIO,
            format!("◂ {} ▸", scenario.map_or("?", |s| s.name.as_str())),
        ),
        (
            strings::FIELD_DIFFICULTY,
            format!(
                "◂ {} ▸",
                c.difficulties
                    .get(f.difficulty)
                    .map_or("?", |d| d.name.as_str())
            ),
        ),
        (strings::FIELD_SEED, format!("◂ {} ▸", f.seed)),
    ];
    let r = centered(area, 78, 18);
    let blk = block(t, strings::NEW_GAME);
    let inner = blk.inner(r);
    buf.render_widget(blk, r);
    let mut lines = Vec::new();
    for (i, (l, v)) in fields.iter().enumerate() {
        let style = if f.field.index() == i {
            t.selected
        } else {
            t.text
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} {l:<13}", if f.field.index() == i { "▸" } else { " " }),
                t.title,
            ),
            Span::styled(v.clone(), style),
        ]));
        let y = inner.y + i as u16;
        if y < inner.bottom() {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::FormField(
                    i32::try_from(i).unwrap_or(0) - i32::try_from(f.field.index()).unwrap_or(0),
                ),
            });
        }
    }
    lines.push(Line::from(""));
    let start_style = if f.field == NewGameField::Start {
        t.selected
    } else {
        t.key
    };
    lines.push(Line::from(Span::styled(strings::START, start_style)));
    let y = inner.y + 5;
    if y < inner.bottom() {
        hits.push(Hit {
            area: Rect::new(inner.x, y, 12, 1),
            action: UiAction::Start,
        });
    }
    lines.push(Line::from(""));
    if let Some(s) = scenario {
        lines.push(Line::from(Span::styled(s.description.clone(), t.dim)));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        keys::hints(Context::NewGame, strings::NEW_GAME_HINT),
        t.key,
    )));
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
