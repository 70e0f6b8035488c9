//! Pieces shared by the screens: blocks, the header, tabs, key hints, sparklines.

use super::super::keys::{self, Cmd, Context};
use super::super::strings;
use super::super::theme::Theme;
use crate::sim::Money;
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::model::{Hit, Screen, Tone, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Sparkline};

/// A bordered block with a title.
pub fn block(t: &Theme, title: &str) -> Block<'static> {
    Block::bordered()
        .border_style(t.border)
        .title(Span::styled(format!(" {title} "), t.title))
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Text width in cells, for placing click areas.
pub fn width(s: &str) -> u16 {
    u16::try_from(ratatui::text::Span::raw(s).width()).unwrap_or(u16::MAX)
}

/// The top line: company, date, cash, valuation, founder's stake, queued actions.
pub fn header(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    let c = &s.company;
    let mut spans = vec![
        Span::styled(format!(" {} ", c.name), t.title),
        Span::styled(format!(" {} ", s.quarter), t.selected),
        Span::raw(format!("  Cash {}", c.cash)),
        Span::raw(format!(
            "  Valuation {}",
            crate::sim::finance::shown_valuation(&app.content, s)
        )),
        Span::raw(format!(
            "  {} {}",
            strings::STAKE,
            super::super::format::pct(c.founder_stake())
        )),
    ];
    if c.trouble_quarters > 0 {
        spans.push(Span::styled("  ! IN TROUBLE", t.bad));
    }
    if !g.queue.is_empty() {
        spans.push(Span::styled(
            format!("  [{} queued]", g.queue.len()),
            t.warn,
        ));
    }
    let events = g.event_cards(&app.content).len();
    if events > 0 {
        spans.push(Span::styled(
            format!(
                "  ! {events} event{} (v)",
                if events == 1 { "" } else { "s" }
            ),
            t.warn,
        ));
    }
    buf.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The tab bar; each tab is clickable. When the names do not fit, the gaps close and then
/// the longer names shorten.
pub fn tabs(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let labels = |names: &[&str], gap: &str| -> Vec<String> {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let plan = Screen::ALL.get(i) == Some(&Screen::Plan);
                if plan && !g.queue.is_empty() {
                    format!("{} {name} ({}){gap}", i + 1, g.queue.len())
                } else {
                    format!("{} {name}{gap}", i + 1)
                }
            })
            .collect()
    };
    let total = |ls: &[String]| ls.iter().map(|l| u32::from(width(l)) + 1).sum::<u32>();
    let mut chosen = labels(&strings::TABS, " ");
    for (names, gap) in [
        (&strings::TABS, ""),
        (&strings::TABS_SHORT, ""),
        (&strings::TABS_SHORTEST, ""),
    ] {
        if total(&chosen) <= u32::from(area.width) {
            break;
        }
        chosen = labels(names, gap);
    }
    let mut spans = Vec::new();
    let mut x = area.x;
    for (i, label) in chosen.into_iter().enumerate() {
        let w = width(&label);
        let selected = g.screen.index() == i;
        let style = if selected { t.selected } else { t.text };
        let marker = if selected { "▸" } else { " " };
        spans.push(Span::styled(marker, t.title));
        spans.push(Span::styled(label, style));
        let tab_area = Rect::new(x, area.y, w + 1, 1).intersection(area);
        if let Some(screen) = Screen::ALL.get(i) {
            hits.push(Hit {
                area: tab_area,
                action: UiAction::Goto(*screen),
            });
        }
        x = x.saturating_add(w + 1);
    }
    buf.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Key hints for the current screen, from the key table; the global ones are clickable.
pub fn hints(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    // Under a pop-up only the pop-up's keys work, so only they are shown.
    let popup = app.overlay.is_some();
    let ctx = if popup {
        app.contexts().first().copied().unwrap_or(Context::Popup)
    } else {
        g.screen.context()
    };
    // The keys that work everywhere come first so they never fall off a narrow screen.
    let mut items: Vec<(String, &str, Option<UiAction>)> = vec![
        (
            keys::hint(Context::Game, Cmd::EndQuarter),
            "end quarter",
            Some(UiAction::EndQuarter),
        ),
        (
            keys::hint(Context::Game, Cmd::Help),
            "help",
            Some(UiAction::Open(crate::ui::model::Overlay::Help(0))),
        ),
        (
            keys::hint(Context::Game, Cmd::Quit),
            "quit",
            Some(UiAction::AskQuit),
        ),
    ];
    if popup {
        items.clear();
    }
    if g.screen == Screen::Dashboard && !popup {
        items.push((
            keys::hint(Context::Game, Cmd::GoBuild),
            "build",
            Some(UiAction::Goto(Screen::Build)),
        ));
    }
    let own = keys::map::with(|bindings| {
        bindings
            .iter()
            .filter(|b| {
                // Moving keys are for help to list; the footer keeps room for what acts.
                b.context == ctx
                    && !matches!(
                        b.cmd,
                        Cmd::Up
                            | Cmd::Down
                            | Cmd::Left
                            | Cmd::Right
                            | Cmd::First
                            | Cmd::Last
                            | Cmd::PageUp
                            | Cmd::PageDown
                    )
            })
            .map(|b| (b.keys_label(), short(b.help), app.on_cmd(b.cmd)))
            .collect::<Vec<_>>()
    });
    items.extend(
        own.into_iter()
            .map(|(k, h, a)| (k, h, (a != UiAction::None).then_some(a))),
    );
    let mut spans = Vec::new();
    let mut x = area.x;
    for (k, label, action) in items {
        let text_w = width(&k) + 1 + width(label) + 2;
        // One that does not fit gives way; a shorter one after it may still.
        if x + text_w > area.right() {
            continue;
        }
        spans.push(Span::styled(k.clone(), t.key));
        spans.push(Span::styled(format!(" {label}  "), t.dim));
        if let Some(a) = action {
            hits.push(Hit {
                area: Rect::new(x, area.y, text_w, 1),
                action: a,
            });
        }
        x += text_w;
    }
    buf.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The first words of a help text, for the hint bar.
fn short(help: &str) -> &str {
    help.split(" (").next().unwrap_or(help)
}

/// The status line: the last message.
pub fn status(buf: &mut Buffer, area: Rect, app: &App) {
    if let Some(msg) = &app.status {
        let style = match msg.tone {
            Tone::Problem => app.theme.bad,
            Tone::Info => app.theme.warn,
        };
        buf.render_widget(
            Paragraph::new(Span::styled(format!("» {}", msg.text), style)),
            area,
        );
    }
}

/// Values for a sparkline: money series shifted so the lowest is zero.
pub fn money_series(values: impl Iterator<Item = Money>) -> Vec<u64> {
    let v: Vec<i64> = values.map(|m| m.0).collect();
    let min = v.iter().copied().min().unwrap_or(0).min(0);
    v.iter()
        .map(|x| u64::try_from(x - min).unwrap_or(0))
        .collect()
}

/// A labelled sparkline row: label and latest value on the left, the curve on the right.
pub fn spark_row(buf: &mut Buffer, area: Rect, t: &Theme, label: &str, value: &str, data: &[u64]) {
    if area.width < 2 || area.height == 0 {
        return;
    }
    let label_w = 14.min(area.width / 3);
    let left = Rect::new(area.x, area.y, label_w, area.height);
    let right = Rect::new(area.x + label_w, area.y, area.width - label_w, area.height);
    buf.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(label.to_string(), t.text)),
            Line::from(Span::styled(value.to_string(), t.title)),
        ]),
        left,
    );
    // The newest quarters fit the width; older ones scroll off to the left.
    let w = usize::from(right.width);
    let start = data.len().saturating_sub(w);
    let slice = data.get(start..).unwrap_or(&[]);
    buf.render_widget(Sparkline::default().data(slice).style(t.title), right);
}

/// The click rule every popup shares: a click outside it closes it, a click inside does
/// nothing unless a more specific hit added later claims it.
pub fn popup_hits(hits: &mut Vec<Hit>, screen: Rect, popup: Rect) {
    hits.push(Hit {
        area: screen,
        action: UiAction::CloseOverlay,
    });
    hits.push(Hit {
        area: popup,
        action: UiAction::None,
    });
}

/// A yes/no question in a pop-up: a message line and two buttons that can be clicked.
pub struct Confirm<'a> {
    /// The pop-up's title.
    pub title: &'a str,
    /// What is asked.
    pub message: Line<'a>,
    /// The button that goes ahead, e.g. `[ y: quit ]`.
    pub yes: &'a str,
    /// The button that backs out.
    pub no: &'a str,
    /// What clicking the first button does (the second closes the pop-up).
    pub on_yes: UiAction,
}

/// Draws a [`Confirm`] centred in `area` and registers its buttons for the mouse.
pub fn confirm(buf: &mut Buffer, area: Rect, t: &Theme, c: Confirm, hits: &mut Vec<Hit>) {
    // The question wraps, and the box grows to hold it.
    let text: String = c.message.spans.iter().map(|s| s.content.as_ref()).collect();
    let mut lines: Vec<Line> = textwrap::wrap(&text, 62)
        .into_iter()
        .map(|l| Line::from(Span::styled(l.into_owned(), c.message.style)))
        .collect();
    let asked = u16::try_from(lines.len()).unwrap_or(1);
    let r = centered(area, 64, 6 + asked);
    buf.render_widget(Clear, r);
    let blk = block(t, c.title);
    let inner = blk.inner(r);
    buf.render_widget(blk, r);
    lines.extend([
        Line::from(""),
        Line::from(vec![
            Span::styled(c.yes, t.key),
            Span::raw("   "),
            Span::styled(c.no, t.key),
        ]),
    ]);
    buf.render_widget(Paragraph::new(lines), inner);
    let row = inner.y + asked + 1;
    if row < inner.bottom() {
        hits.push(Hit {
            area: Rect::new(inner.x, row, width(c.yes), 1).intersection(inner),
            action: c.on_yes,
        });
        hits.push(Hit {
            area: Rect::new(inner.x + width(c.yes) + 3, row, width(c.no), 1).intersection(inner),
            action: UiAction::CloseOverlay,
        });
    }
}

/// A list shown from row `first` of `total`, one line a row: each row clickable (it selects
/// that row), and a scrollbar when not all fit.
pub fn scrolled_list(
    buf: &mut Buffer,
    area: Rect,
    lines: Vec<Line<'_>>,
    (first, total): (usize, usize),
    hits: &mut Vec<Hit>,
) {
    for k in first..first + lines.len() {
        let y = area.y + u16::try_from(k - first).unwrap_or(u16::MAX);
        if y < area.bottom() {
            hits.push(Hit {
                area: Rect::new(area.x, y, area.width, 1),
                action: UiAction::SelectRow(k),
            });
        }
    }
    buf.render_widget(Paragraph::new(lines), area);
    let visible = usize::from(area.height);
    if total > visible {
        let mut bar = ratatui::widgets::ScrollbarState::new(total - visible).position(first);
        buf.render_stateful_widget(
            ratatui::widgets::Scrollbar::new(ratatui::widgets::ScrollbarOrientation::VerticalRight),
            area,
            &mut bar,
        );
    }
}
