//! Drawing: the frame around every screen (header, tabs, hints, status line), the screens
//! themselves and the pop-ups. Drawing reads the app and records clickable areas; nothing else.

pub mod ask_bot;
pub mod build;
pub mod chart;
pub mod cut;
pub mod dashboard;
pub mod end;
pub mod event;
pub mod explain;
pub mod facilities;
pub mod finance;
pub mod help;
pub mod history;
pub mod load;
pub mod market;
pub mod menu;
pub mod plan;
pub mod politics;
pub mod report;
pub mod timeline;
pub mod widgets;

use super::strings;
use crate::ui::app::{App, Mode};
use crate::ui::model::{Hit, Overlay, Screen, UiAction};
use cut::Part;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::widgets::{StatefulWidget, Widget};

/// Widgets drawn straight into a buffer, in the words of ratatui's `Frame`, so one drawing
/// serves both the terminal's frames and the first frame (see [`render`]).
pub trait Canvas {
    /// Draws `widget` over `area`.
    fn render_widget<W: Widget>(&mut self, widget: W, area: Rect);
    /// Draws `widget` over `area` with its `state` (a table's selection and scroll).
    fn render_stateful_widget<W: StatefulWidget>(
        &mut self,
        widget: W,
        area: Rect,
        state: &mut W::State,
    );
}

impl Canvas for Buffer {
    fn render_widget<W: Widget>(&mut self, widget: W, area: Rect) {
        widget.render(area, self);
    }

    fn render_stateful_widget<W: StatefulWidget>(
        &mut self,
        widget: W,
        area: Rect,
        state: &mut W::State,
    ) {
        widget.render(area, self, state);
    }
}

/// The smallest terminal the game lays out for.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Draws the whole app into the frame.
pub fn draw(frame: &mut Frame, app: &mut App) {
    render(frame.buffer_mut(), app);
}

/// Draws the whole app into a buffer the size of the terminal: what [`draw`] does, for the first
/// frame, which goes out before the terminal's double buffer exists.
pub fn render(buf: &mut Buffer, app: &mut App) {
    app.hits.clear();
    let area = buf.area;
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = vec![
            Line::from(strings::ENLARGE),
            Line::from(format!("(now {}×{})", area.width, area.height)),
        ];
        buf.render_widget(
            Paragraph::new(text)
                .style(app.theme.warn)
                .wrap(Wrap { trim: false }),
            area,
        );
        return;
    }
    let mut hits = Vec::new();
    match &app.mode {
        Mode::Menu(_) | Mode::HighScores | Mode::NewGame(_) => {
            menu::draw(buf, area, app, &mut hits);
        }
        Mode::Load(list) => load::draw(buf, area, app, list, &mut hits),
        Mode::Playing(g) if g.state.is_over() => end::draw(buf, area, app, g, &mut hits),
        Mode::Playing(g) => {
            let [header, tabs, body, hints, status] = cut::rows(
                area,
                [
                    Part::Len(1),
                    Part::Len(1),
                    Part::Rest,
                    Part::Len(1),
                    Part::Len(1),
                ],
            );
            widgets::header(buf, header, app, g);
            widgets::tabs(buf, tabs, app, g, &mut hits);
            match g.screen {
                Screen::Dashboard => dashboard::draw(buf, body, app, g, &mut hits),
                Screen::Facilities => facilities::draw(buf, body, app, g, &mut hits),
                Screen::Build => build::draw(buf, body, app, g, &mut hits),
                Screen::Finance => finance::draw(buf, body, app, g, &mut hits),
                Screen::Market => market::draw(buf, body, app, g, &mut hits),
                Screen::Politics => politics::draw(buf, body, app, g, &mut hits),
                Screen::Report => report::draw(buf, body, app, g),
                Screen::Plan => plan::draw(buf, body, app, g, &mut hits),
                Screen::Timeline => timeline::draw(buf, body, app, g, &mut hits),
            }
            widgets::hints(buf, hints, app, g, &mut hits);
            widgets::status(buf, status, app);
        }
    }
    if !matches!(app.mode, Mode::Playing(_)) {
        let status = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
        widgets::status(buf, status, app);
    }
    match &app.overlay {
        None => {}
        Some(Overlay::Help(scroll)) => help::draw(buf, area, app, *scroll, &mut hits),
        Some(Overlay::Explain(topic)) => {
            if let Some(g) = app.game() {
                explain::draw(buf, area, app, g, *topic, &mut hits);
            }
        }
        Some(Overlay::ConfirmQuit) => confirm_quit(buf, area, app, &mut hits),
        Some(Overlay::SaveName(name)) => load::prompt(buf, area, app, name),
        Some(Overlay::Price(typed)) => facilities::price_prompt(buf, area, app, typed),
        Some(Overlay::ConfirmBranch(q)) => {
            // A finished game cannot be saved any more, so there is nothing to warn about.
            let unsaved = app
                .game()
                .is_some_and(|g| g.unsaved() && !g.state.is_over());
            let named = app.game().is_none_or(|g| g.is_named() || g.state.is_over());
            let question = widgets::Confirm {
                title: "Branch?",
                message: Line::from(strings::timeline::confirm_branch(*q, unsaved, named)),
                yes: "[ y: branch ]",
                no: "[ n: stay ]",
                on_yes: UiAction::Branch(*q),
            };
            widgets::confirm(buf, area, &app.theme, question, &mut hits);
        }
        Some(Overlay::ConfirmDelete(name)) => {
            load::confirm_delete(buf, area, app, name, &mut hits);
        }
        Some(Overlay::Event(sel)) => {
            if let Some(g) = app.game() {
                event::draw(buf, area, app, g, *sel, &mut hits);
            }
        }
        Some(Overlay::AskBot { bot, row }) => {
            if let Some(g) = app.game() {
                ask_bot::draw(buf, area, app, g, (*bot, *row), &mut hits);
            }
        }
    }
    app.hits = hits;
}

fn confirm_quit(buf: &mut Buffer, area: Rect, app: &App, hits: &mut Vec<Hit>) {
    let question = widgets::Confirm {
        title: "Quit?",
        message: Line::from(strings::CONFIRM_QUIT),
        yes: "[ y: quit ]",
        no: "[ n: keep playing ]",
        on_yes: UiAction::Quit,
    };
    widgets::confirm(buf, area, &app.theme, question, hits);
}
