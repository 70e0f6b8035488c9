//! The facilities table: state, load, openness, reservation, price and the actions on each.

pub mod input;

use super::super::format::{bar, pct};
use super::super::strings;
use super::super::strings::facilities as text;
use super::dashboard::state_glyph;
use super::widgets::block;
use crate::content::FacilityKind;
use crate::sim::preview;
use crate::sim::{Action, Facility, action};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

/// Draws the facilities screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let s = &g.state;
    let [table_area, detail] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(7)]).areas(area);
    let b = block(t, text::TITLE);
    if s.facilities.is_empty() {
        let inner = b.inner(area);
        buf.render_widget(b, area);
        buf.render_widget(
            Paragraph::new(strings::no_facilities())
                .style(t.text)
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    let planned = g.planned(&app.content);
    let wide = area.width >= 120;
    let bar_w = if wide { 20 } else { 8 };
    let header = Row::new(text::COLUMNS).style(t.title);
    let rows: Vec<Row> = s
        .facilities
        .iter()
        .map(|f| {
            let p = planned.state.facility(f.id).unwrap_or(f);
            let region = app
                .content
                .regions
                .get(usize::from(f.region.0))
                .map_or("?", |r| {
                    if wide {
                        r.name.as_str()
                    } else {
                        r.short.as_str()
                    }
                });
            let size = app
                .content
                .sizes(f.kind)
                .get(usize::from(f.size))
                .map_or("?", |z| z.name.as_str());
            let kind = text::kind(f.kind, wide);
            let load = if f.is_operating() {
                format!(
                    "{} {}",
                    bar(f.last.utilisation(), bar_w),
                    pct(f.last.utilisation())
                )
            } else {
                "–".into()
            };
            let open = text::openness(p.open);
            let price = if f.kind == FacilityKind::DataCentre {
                format!("{}¢", p.cloud_price_cents)
            } else {
                "–".into()
            };
            Row::new(vec![
                Cell::from(f.id.0.to_string()),
                Cell::from(kind),
                Cell::from(region),
                Cell::from(size),
                Cell::from(format!(
                    "{} {}",
                    state_glyph(p.status),
                    text::state_words(p.status)
                )),
                Cell::from(load),
                Cell::from(open),
                Cell::from(format!("{}%", p.reservation_pct)),
                Cell::from(price),
                Cell::from(p.upgrades.to_string()),
            ])
        })
        .collect();
    let widths = [
        Constraint::Length(3),
        Constraint::Length(if wide { 11 } else { 4 }),
        Constraint::Length(if wide { 18 } else { 5 }),
        Constraint::Length(if wide { 11 } else { 6 }),
        Constraint::Length(if wide { 20 } else { 16 }),
        Constraint::Length(u16::try_from(bar_w + 5).unwrap_or(13)),
        Constraint::Length(9),
        Constraint::Length(4),
        Constraint::Length(5),
        Constraint::Length(3),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .block(b)
        .style(t.text)
        .column_spacing(1)
        .row_highlight_style(t.selected)
        .highlight_symbol("▸");
    let mut state = TableState::default().with_selected(Some(g.row()));
    buf.render_stateful_widget(table, table_area, &mut state);
    // Rows are clickable: the first data row sits under the border and the header.
    let first = table_area.y + 2;
    for (i, y) in (first..table_area.bottom().saturating_sub(1)).enumerate() {
        let idx = state.offset() + i;
        if idx < s.facilities.len() {
            hits.push(Hit {
                area: Rect::new(table_area.x + 1, y, table_area.width.saturating_sub(2), 1),
                action: UiAction::SelectRow(idx),
            });
        }
    }
    if let Some(f) = g.selected_facility() {
        details(buf, detail, app, g, f);
    }
}

fn details(buf: &mut Buffer, area: Rect, app: &App, g: &Game, f: &Facility) {
    let t = &app.theme;
    let b = block(t, text::DETAILS_TITLE);
    let inner = b.inner(area);
    buf.render_widget(b, area);
    let c = &app.content;
    let cap = c
        .sizes(f.kind)
        .get(usize::from(f.size))
        .map_or(0, |z| z.capacity);
    let preview = g
        .consequence(c, &Action::Upgrade(f.id))
        .map(|x| strings::consequence::long(&x).join(" "))
        .map_err(|why| why.to_string());
    let upgrade = text::upgrade(preview.as_deref().map_err(Clone::clone));
    let upkeep = preview::upkeep(c, &g.state, f.kind, f.region, f.size);
    // Settings as they will be once the queued changes apply.
    let planned = g.planned(c).state.facility(f.id).unwrap_or(f);
    let lines = vec![
        Line::from(text::usage(f.kind, f.id.0, cap, &f.last, upkeep)),
        Line::from(text::settings(
            f.kind,
            planned.open,
            planned.reservation_pct,
        )),
        Line::from(vec![
            Span::styled(upgrade, t.key),
            Span::raw(text::actions(action::sale_value(c, f))),
        ]),
    ];
    buf.render_widget(
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false }),
        inner,
    );
}
