//! The facilities table: state, load, openness, reservation, price and the actions on each.

pub mod input;
pub mod state;

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
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Cell, Paragraph, Row, Scrollbar, ScrollbarOrientation, ScrollbarState, Table, TableState, Wrap,
};

/// Draws the facilities screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let s = &g.state;
    // The details need more rows when a narrow screen wraps them.
    let detail_rows = match area.width {
        150.. => 7,
        100.. => 9,
        _ => 10,
    };
    let [table_area, detail] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(detail_rows)]).areas(area);
    if s.facilities.is_empty() {
        let b = block(t, text::EMPTY_TITLE);
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
    let view = &g.facility_view;
    let lines = view.lines_planned(s, &g.queue);
    let shown = lines
        .iter()
        .filter(|l| matches!(l, state::Line::Facility(_)))
        .count();
    let wide = area.width >= 120;
    let bar_w = if wide { 20 } else { 8 };
    let header = Row::new(text::COLUMNS).style(t.title);
    let rows: Vec<Row> = lines
        .iter()
        .map(|line| match *line {
            state::Line::Heading(r) => heading(app, s, r, wide, view.filter),
            state::Line::Facility(i) => {
                let f = &s.facilities[i];
                let p = planned.state.facility(f.id).unwrap_or(f);
                facility_row(app, f, p, view.marked.contains(&f.id), wide, bar_w)
            }
        })
        .collect();
    // The table row of the selected facility: its place among the facilities, past headings.
    let sel = g.row();
    let table_row = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| matches!(l, state::Line::Facility(_)))
        .nth(sel)
        .map(|(k, _)| k);
    let widths = [
        Constraint::Length(4),
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
    let mut state = TableState::default().with_selected(table_row);
    // Where the table will scroll to, so the title can say which rows show.
    let visible = usize::from(table_area.height.saturating_sub(3));
    let first = table_row.map_or(0, |r| r.saturating_sub(visible.saturating_sub(1)));
    let filter: &str = view.filter.into();
    let sort: &str = view.sort.into();
    let facility_rows_before = |k: usize| {
        lines[..k.min(lines.len())]
            .iter()
            .filter(|l| matches!(l, state::Line::Facility(_)))
            .count()
    };
    let (from, to) = (
        facility_rows_before(first) + 1,
        facility_rows_before(first + visible),
    );
    let b = block(
        t,
        &text::title(
            shown,
            s.facilities.len(),
            filter,
            sort,
            view.marked.len(),
            (from, to),
            wide,
        ),
    );
    let table = Table::new(rows, widths)
        .header(header)
        .block(b)
        .style(t.text)
        .column_spacing(1)
        .row_highlight_style(t.selected)
        .highlight_symbol("▸");
    *state.offset_mut() = first;
    buf.render_stateful_widget(table, table_area, &mut state);
    if lines.len() > visible {
        let mut bar =
            ScrollbarState::new(lines.len().saturating_sub(visible)).position(state.offset());
        buf.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight),
            table_area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut bar,
        );
    }
    // Rows are clickable: the first data row sits under the border and the header.
    let top = table_area.y + 2;
    for (k, y) in (top..table_area.bottom().saturating_sub(1)).enumerate() {
        let idx = state.offset() + k;
        if let Some(state::Line::Facility(_)) = lines.get(idx) {
            hits.push(Hit {
                area: Rect::new(table_area.x + 1, y, table_area.width.saturating_sub(2), 1),
                action: UiAction::SelectRow(facility_rows_before(idx)),
            });
        }
    }
    if let Some(f) = g.selected_facility() {
        details(buf, detail, app, g, f);
    }
}

/// A region's heading when the table is grouped: its facilities and their load.
fn heading<'a>(
    app: &App,
    s: &crate::sim::GameState,
    r: u8,
    wide: bool,
    filter: state::Filter,
) -> Row<'a> {
    let name = app.content.regions.get(usize::from(r)).map_or("?", |x| {
        if wide {
            x.name.as_str()
        } else {
            x.short.as_str()
        }
    });
    let here: Vec<&Facility> = s
        .facilities
        .iter()
        .filter(|f| f.region.0 == r && filter.keeps(f))
        .collect();
    let (used, cap) = here.iter().fold((0u64, 0u64), |(u, c), f| {
        (u + f.last.own + f.last.outsiders, c + f.last.capacity)
    });
    let load = if cap > 0 {
        pct(used as f64 / cap as f64)
    } else {
        "–".into()
    };
    // A table has no cells spanning columns: the heading reads across the region, size and
    // state columns.
    let (count, full) = text::group_heading(here.len(), &load);
    Row::new(vec![
        Cell::from(""),
        Cell::from("──"),
        Cell::from(name.to_string()),
        Cell::from(""),
        Cell::from(count),
        Cell::from(full),
    ])
    .style(app.theme.title)
}

/// One facility's row, with its settings as queued.
fn facility_row<'a>(
    app: &App,
    f: &Facility,
    p: &Facility,
    marked: bool,
    wide: bool,
    bar_w: usize,
) -> Row<'a> {
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
    let load = if f.is_operating() {
        format!(
            "{} {}",
            bar(f.last.utilisation(), bar_w),
            pct(f.last.utilisation())
        )
    } else {
        "–".into()
    };
    let price = if f.kind == FacilityKind::DataCentre {
        format!("{}¢", p.cloud_price_cents)
    } else {
        "–".into()
    };
    let mark = if marked { "✓" } else { " " };
    Row::new(vec![
        Cell::from(format!("{mark}{}", f.id.0)),
        Cell::from(text::kind(f.kind, wide)),
        Cell::from(region.to_string()),
        Cell::from(size.to_string()),
        Cell::from(format!(
            "{} {}",
            state_glyph(p.status),
            text::state_words(p.status, wide)
        )),
        Cell::from(load),
        Cell::from(text::openness(p.open)),
        Cell::from(format!("{}%", p.reservation_pct)),
        Cell::from(price),
        Cell::from(p.upgrades.to_string()),
    ])
}

fn details(buf: &mut Buffer, area: Rect, app: &App, g: &Game, f: &Facility) {
    let t = &app.theme;
    let b = block(t, text::DETAILS_TITLE);
    let inner = b.inner(area);
    buf.render_widget(b, area);
    let c = &app.content;
    // What it held last quarter (projects included), else what its size holds.
    let cap = match f.last.capacity {
        0 => c
            .sizes(f.kind)
            .get(usize::from(f.size))
            .map_or(0, |z| z.capacity),
        held => held,
    };
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
        Line::from(Span::styled(
            text::defaults_line(
                f.kind,
                g.planned(c).state.company.defaults.of(f.kind),
                c.facilities.default_reservation_pct,
                g.facility_view.marked.len(),
            ),
            t.dim,
        )),
    ];
    buf.render_widget(
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false }),
        inner,
    );
}

/// Asks for a cloud price for the selected or marked data centres.
pub fn price_prompt(buf: &mut Buffer, area: Rect, app: &App, typed: &str) {
    let t = &app.theme;
    let r = super::widgets::centered(area, 64, 8);
    buf.render_widget(ratatui::widgets::Clear, r);
    let blk = block(t, text::PRICE_TITLE);
    let inner = blk.inner(r);
    buf.render_widget(blk, r);
    let (lo, hi) = app.content.market.cloud_price_range();
    let going = app
        .game()
        .map(|g| crate::sim::world::reference_price(&app.content, g.state.quarter))
        .unwrap_or(0.0);
    let lines = vec![
        Line::from(Span::styled(format!("{typed}▏¢"), t.selected)),
        Line::from(text::price_prompt_note(lo, hi, going)),
        Line::from(""),
        Line::from(Span::styled(
            crate::ui::keys::hints(crate::ui::keys::Context::PricePrompt, strings::PRICE_HINT),
            t.key,
        )),
    ];
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
