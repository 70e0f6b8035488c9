//! With NO_COLOR the screen carries no colour at all, and still says everything.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use flywheel::ui::app::{Mode, Screen};
use flywheel::ui::theme::{Theme, ThemeKind};
use ratatui::style::Color;

#[test]
fn no_color_screens_use_no_colour_and_keep_their_symbols() {
    for (name, mut app) in common::all_states() {
        app.theme = Theme::new(ThemeKind::Light.with_no_color(Some("1")));
        let t = common::render(&mut app, 120, 40);
        let buf = t.backend().buffer();
        for cell in buf.content() {
            assert!(
                matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset),
                "{name}: coloured cell {cell:?}"
            );
        }
        if let Mode::Playing(g) = &app.mode
            && g.screen == Screen::Facilities
            && app.overlay.is_none()
        {
            // Open/closed and state read as symbols and words, not colours.
            let s = common::text(&t);
            assert!(s.contains("● open") || s.contains("○ closed"), "{s}");
            assert!(s.contains("■ operating"), "{s}");
        }
    }
}
