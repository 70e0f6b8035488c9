//! Colours and emphasis. Colour only ever repeats what symbols and text already say, so the
//! game reads the same with `NO_COLOR` or a monochrome terminal.

use ratatui::style::{Color, Modifier, Style};

/// Which palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeKind {
    /// Light text on a dark terminal.
    #[default]
    Dark,
    /// Dark text on a light terminal.
    Light,
    /// No colour at all (`NO_COLOR`): emphasis by bold, reverse and underline.
    Mono,
}

impl ThemeKind {
    /// The names the command line and the settings take for the palettes.
    pub const IDS: [&'static str; 3] = ["dark", "light", "mono"];

    /// Parses `dark` or `light`.
    pub fn from_id(id: &str) -> Option<ThemeKind> {
        match id {
            "dark" => Some(ThemeKind::Dark),
            "light" => Some(ThemeKind::Light),
            "mono" | "none" => Some(ThemeKind::Mono),
            _ => None,
        }
    }

    /// The theme to use: `NO_COLOR` (set and non-empty) wins over the chosen palette.
    pub fn with_no_color(self, no_color: Option<&str>) -> ThemeKind {
        match no_color {
            Some(v) if !v.is_empty() => ThemeKind::Mono,
            _ => self,
        }
    }
}

/// Styles for each role on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// Less important text.
    pub dim: Style,
    /// Titles and headings.
    pub title: Style,
    /// The selected row, tab or field.
    pub selected: Style,
    /// Good news (always with a + or ✓ too).
    pub good: Style,
    /// Bad news (always with a − or ✗ too).
    pub bad: Style,
    /// Warnings (always with a ! too).
    pub warn: Style,
    /// Keys in hints.
    pub key: Style,
    /// Borders.
    pub border: Style,
    /// Lines of a chart, one style each; charts also mark each line differently, so they
    /// read without colour.
    pub series: [Style; 6],
}

impl Theme {
    /// The styles of a palette.
    pub fn new(kind: ThemeKind) -> Theme {
        let bold = Modifier::BOLD;
        match kind {
            ThemeKind::Dark => Theme {
                text: Style::new().fg(Color::Gray),
                dim: Style::new().fg(Color::DarkGray),
                title: Style::new().fg(Color::Cyan).add_modifier(bold),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(bold),
                good: Style::new().fg(Color::Green),
                bad: Style::new().fg(Color::Red),
                warn: Style::new().fg(Color::Yellow),
                key: Style::new().fg(Color::Yellow).add_modifier(bold),
                border: Style::new().fg(Color::DarkGray),
                series: [
                    Style::new().fg(Color::Cyan),
                    Style::new().fg(Color::Yellow),
                    Style::new().fg(Color::Magenta),
                    Style::new().fg(Color::Green),
                    Style::new().fg(Color::Red),
                    Style::new().fg(Color::Blue),
                ],
            },
            ThemeKind::Light => Theme {
                text: Style::new().fg(Color::Black),
                dim: Style::new().fg(Color::DarkGray),
                title: Style::new().fg(Color::Blue).add_modifier(bold),
                selected: Style::new()
                    .fg(Color::White)
                    .bg(Color::Blue)
                    .add_modifier(bold),
                good: Style::new().fg(Color::Green),
                bad: Style::new().fg(Color::Red),
                warn: Style::new().fg(Color::Magenta),
                key: Style::new().fg(Color::Blue).add_modifier(bold),
                border: Style::new().fg(Color::Gray),
                series: [
                    Style::new().fg(Color::Blue),
                    Style::new().fg(Color::Red),
                    Style::new().fg(Color::Magenta),
                    Style::new().fg(Color::Green),
                    Style::new().fg(Color::DarkGray),
                    Style::new().fg(Color::Cyan),
                ],
            },
            ThemeKind::Mono => Theme {
                text: Style::new(),
                dim: Style::new(),
                title: Style::new().add_modifier(bold),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                good: Style::new(),
                bad: Style::new().add_modifier(bold),
                warn: Style::new().add_modifier(bold),
                key: Style::new().add_modifier(Modifier::UNDERLINED),
                border: Style::new(),
                series: [Style::new(); 6],
            },
        }
    }
}

impl Theme {
    /// The palette with custom colours by role (see `ui::config::ROLES`): the selected row's
    /// background, every other role's text.
    pub fn with_colours(mut self, colours: &[(String, Color)]) -> Theme {
        for (role, c) in colours {
            let c = *c;
            match role.as_str() {
                "text" => self.text = self.text.fg(c),
                "dim" => self.dim = self.dim.fg(c),
                "title" => self.title = self.title.fg(c),
                "selected" => self.selected = self.selected.bg(c),
                "good" => self.good = self.good.fg(c),
                "bad" => self.bad = self.bad.fg(c),
                "warn" => self.warn = self.warn.fg(c),
                "key" => self.key = self.key.fg(c),
                "border" => self.border = self.border.fg(c),
                _ => {}
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_when_set_and_not_empty() {
        assert_eq!(ThemeKind::Light.with_no_color(Some("1")), ThemeKind::Mono);
        assert_eq!(ThemeKind::Light.with_no_color(Some("")), ThemeKind::Light);
        assert_eq!(ThemeKind::Dark.with_no_color(None), ThemeKind::Dark);
        let mono = Theme::new(ThemeKind::Mono);
        assert_eq!(mono.good.fg, None);
        assert_eq!(mono.bad.fg, None);
    }
}
