//! The load screen (saves with their headers, newest first; broken ones with their reason) and
//! the save-name prompt.

use super::super::app::{App, Hit, LoadList, UiAction};
use super::super::strings;
use super::widgets::{block, centered};
use crate::save::SaveKind;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// Draws the list of saves.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, list: &LoadList, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let r = centered(area, 150, 30);
    let blk = block(t, strings::LOAD_TITLE);
    let inner = blk.inner(r);
    frame.render_widget(blk, r);
    let rows = usize::from(inner.height.saturating_sub(2));
    let first = list.sel.saturating_sub(rows.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, e) in list.entries.iter().enumerate().skip(first).take(rows) {
        let mark = if i == list.sel { "▸" } else { " " };
        let kind = match e.kind {
            SaveKind::Named => "",
            SaveKind::Autosave(_) => " (auto)",
        };
        let name = format!("{mark} {}{kind}", e.name);
        let (text, style) = match &e.header {
            Ok(h) => (h.summary(), if i == list.sel { t.selected } else { t.text }),
            Err(why) => (format!("{} {why}", strings::BROKEN), t.warn),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{name:<26} "), t.title),
            Span::styled(text, style),
        ]));
        let y = inner.y + u16::try_from(i - first).unwrap_or(0);
        if y < inner.bottom() {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::LoadMove(
                    i32::try_from(i).unwrap_or(0) - i32::try_from(list.sel).unwrap_or(0),
                ),
            });
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(strings::LOAD_HINT, t.key)));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Draws the save-name prompt over the game.
pub fn prompt(frame: &mut Frame, area: Rect, app: &App, name: &str) {
    let t = &app.theme;
    let r = centered(area, 64, 7);
    frame.render_widget(Clear, r);
    let blk = block(t, strings::SAVE_TITLE);
    let inner = blk.inner(r);
    frame.render_widget(blk, r);
    let lines = vec![
        Line::from(Span::styled(format!("{name}▏"), t.selected)),
        Line::from(""),
        Line::from(Span::styled(strings::SAVE_HINT, t.key)),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// Asks whether to delete a save.
pub fn confirm_delete(frame: &mut Frame, area: Rect, app: &App, name: &str, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let r = centered(area, 64, 7);
    frame.render_widget(Clear, r);
    let blk = block(t, strings::CONFIRM_DELETE);
    let inner = blk.inner(r);
    frame.render_widget(blk, r);
    let yes = "[ y: delete ]";
    let no = "[ n: keep it ]";
    let lines = vec![
        Line::from(Span::styled(name.to_string(), t.title)),
        Line::from(""),
        Line::from(vec![
            Span::styled(yes, t.key),
            Span::raw("   "),
            Span::styled(no, t.key),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
    let row = inner.y + 2;
    if row < inner.bottom() {
        let w = |s: &str| u16::try_from(s.chars().count()).unwrap_or(0);
        hits.push(Hit {
            area: Rect::new(inner.x, row, w(yes), 1).intersection(inner),
            action: UiAction::DeleteSave(name.to_string()),
        });
        hits.push(Hit {
            area: Rect::new(inner.x + w(yes) + 3, row, w(no), 1).intersection(inner),
            action: UiAction::CloseOverlay,
        });
    }
}
