//! The load screen (saves with their headers, newest first; broken ones with their reason) and
//! the save-name prompt.

pub mod input;
pub mod state;

use super::super::strings;
use super::widgets::{Confirm, block, centered, confirm};
use crate::save::SaveKind;
use crate::ui::app::App;
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use state::LoadList;

/// Draws the list of saves.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, list: &LoadList, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let r = centered(area, 150, 30);
    let blk = block(t, strings::LOAD_TITLE);
    let inner = blk.inner(r);
    buf.render_widget(blk, r);
    let rows = usize::from(inner.height.saturating_sub(4));
    let first = list.sel.saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![
        Line::from(Span::styled(
            strings::saves_in(&list.dir.display().to_string()),
            t.dim,
        )),
        Line::from(""),
    ];
    let top = inner.y + 2;
    for (i, e) in list.entries.iter().enumerate().skip(first).take(rows) {
        if list.old > 0 && i == list.entries.len() - list.old {
            lines.push(Line::from(Span::styled(
                strings::old_saves_heading(),
                t.title,
            )));
        }
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
        let y = top + u16::try_from(lines.len() - 3).unwrap_or(0);
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
    let hint = keys::hints(Context::Load, strings::LOAD_HINT);
    let hint = if list.old > 0 {
        format!(
            "{hint} · {}",
            keys::hints(Context::Load, strings::LOAD_OLD_HINT)
        )
    } else {
        hint
    };
    lines.push(Line::from(Span::styled(hint, t.key)));
    buf.render_widget(Paragraph::new(lines), inner);
}

/// Draws the save-name prompt over the game.
pub fn prompt(buf: &mut Buffer, area: Rect, app: &App, name: &str) {
    let t = &app.theme;
    let r = centered(area, 64, 7);
    buf.render_widget(Clear, r);
    let blk = block(t, strings::SAVE_TITLE);
    let inner = blk.inner(r);
    buf.render_widget(blk, r);
    let lines = vec![
        Line::from(Span::styled(format!("{name}▏"), t.selected)),
        Line::from(""),
        Line::from(Span::styled(
            keys::hints(Context::Prompt, strings::SAVE_HINT),
            t.key,
        )),
    ];
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// Asks whether to delete a save.
pub fn confirm_delete(buf: &mut Buffer, area: Rect, app: &App, name: &str, hits: &mut Vec<Hit>) {
    let question = Confirm {
        title: strings::CONFIRM_DELETE,
        message: Line::from(Span::styled(name.to_string(), app.theme.title)),
        yes: "[ y: delete ]",
        no: "[ n: keep it ]",
        on_yes: UiAction::DeleteSave(name.to_string()),
    };
    confirm(buf, area, &app.theme, question, hits);
}
