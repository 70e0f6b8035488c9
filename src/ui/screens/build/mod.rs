//! The build form: type, region and size, with price, lead time, upkeep and the projected
//! effect shown before anything is queued.

pub mod input;
pub mod state;

use super::super::format::count;
use super::widgets::block;
use crate::content::FacilityKind;
use crate::sim::{action, consequence, forecast, preview, retail};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use crate::ui::strings;
use crate::ui::strings::build as text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};
use state::BuildField;

/// Quarters of losses the money must last before the form warns about a build's upkeep.
const RUNWAY_WARN_QUARTERS: i64 = 8;

/// Draws the build screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let c = &app.content;
    let b = &g.build;
    // The planner takes the bottom of a tall screen: a row per region, compute, headings.
    let planner_rows = u16::try_from(c.regions.len() + 8).unwrap_or(14);
    let (top, planner_area) = if area.height >= 34 {
        let [t, p] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(planner_rows)]).areas(area);
        (t, Some(p))
    } else {
        (area, None)
    };
    let [form, preview_area] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(top);
    if let Some(p) = planner_area {
        planner(buf, p, app, g);
    }

    // The form: one line per field, ← → change the value.
    let kind = b.kind();
    let region = c.regions.get(usize::from(b.region));
    let size = c.sizes(kind).get(usize::from(b.size));
    let fields = [
        (text::FIELD_TYPE, kind.name().to_string()),
        (
            text::FIELD_REGION,
            region.map_or("?".into(), |r| r.name.clone()),
        ),
        (
            text::FIELD_SIZE,
            size.map_or("?".into(), |z| {
                // When a size becomes available shows in the preview's check line.
                format!("{} · {}", z.name, count(z.capacity))
            }),
        ),
    ];
    let blk = block(t, &text::title());
    let inner = blk.inner(form);
    buf.render_widget(blk, form);
    let mut lines = Vec::new();
    for (i, (label, value)) in fields.iter().enumerate() {
        let style = if b.field.index() == i {
            t.selected
        } else {
            t.text
        };
        let mark = if b.field.index() == i { "▸" } else { " " };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} {label:<7}"), t.title),
            Span::styled(format!("◂ {value} ▸"), style),
        ]));
        lines.push(Line::from(""));
    }
    let button_style = if b.field == BuildField::Confirm {
        t.selected
    } else {
        t.key
    };
    lines.push(Line::from(Span::styled(text::queue_button(), button_style)));
    lines.push(Line::from(""));
    // Without room for the planner's table, its line for this type and region stands here,
    // in sight, where the form leaves space.
    match planner_area {
        None => lines.push(Line::from(Span::styled(
            short_planner(app, g, kind),
            t.title,
        ))),
        Some(_) => lines.push(Line::from(Span::styled(text::kind_note(kind), t.dim))),
    }
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    for i in 0..4u16 {
        let y = inner.y + i * 2;
        if y < inner.bottom() {
            let action = if i == 3 {
                UiAction::Queue(b.action())
            } else {
                UiAction::BuildField(i32::from(i) - i32::try_from(b.field.index()).unwrap_or(0))
            };
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action,
            });
        }
    }

    // The preview.
    let blk = block(t, text::PREVIEW_TITLE);
    let inner = blk.inner(preview_area);
    buf.render_widget(blk, preview_area);
    let s = &g.state;
    let cost = action::build_cost(c, kind, crate::sim::RegionId(b.region), b.size);
    let ready = action::ready_quarter(c, s.quarter, kind);
    let upkeep = preview::upkeep(c, s, kind, crate::sim::RegionId(b.region), b.size);
    let spendable = g.planned(c).spendable(c);
    let check = g.check_next(c, &b.action());
    let mut lines = vec![
        Line::from(text::price(cost)),
        Line::from(text::lead_time(c.lead_quarters(kind), ready)),
        Line::from(text::upkeep(upkeep)),
    ];
    // A young store can build itself into the red: say how long the money lasts, before.
    let profit = s.last_report.as_ref().map(|r| r.books.operating_profit());
    // Only for a build that can be queued: a refused one says why on its own line.
    if let (Some(profit), Some(cost), true) = (profit, cost, check.is_ok()) {
        let loss = upkeep - profit;
        let left = spendable - cost;
        if loss.0 > 0 && left.0 < loss.0 * RUNWAY_WARN_QUARTERS {
            let quarters = left.0.max(0) / loss.0;
            lines.push(Line::from(Span::styled(
                text::runway(loss, quarters),
                t.warn,
            )));
        }
    }
    lines.extend([
        Line::from(text::spendable(spendable)),
        match &check {
            Ok(_) if ready > s.end => Line::from(Span::styled(
                text::after_end(&ready.to_string(), &s.end.to_string()),
                t.bad,
            )),
            Ok(_) => Line::from(Span::styled(text::CHECK_OK, t.good)),
            Err(why) => Line::from(Span::styled(text::check_refused(why), t.bad)),
        },
        Line::from(""),
        Line::from(Span::styled(text::PROJECTED, t.title)),
    ]);
    let r = usize::from(b.region);
    let report = s.last_report.as_ref();
    let cap = size.map_or(0, |z| z.capacity);
    match kind {
        FacilityKind::Warehouse => {
            let speed = retail::coverage(c, s).get(r).copied().unwrap_or(0);
            let now = text::delivery_now(speed);
            let a = &c.market.attractiveness;
            let gain = a.speed_own_region
                - match speed {
                    2 => a.speed_own_region,
                    1 => a.speed_neighbour,
                    _ => a.speed_dropship,
                };
            let orders = report
                .and_then(|x| x.regions.get(r))
                .map_or(0, |x| x.orders);
            lines.push(Line::from(text::delivery_gain(now, gain)));
            let last = if report.is_some() {
                text::orders_last_quarter(orders)
            } else {
                text::NO_QUARTER_YET.to_string()
            };
            lines.push(Line::from(text::warehouse_capacity(cap, &last)));
        }
        FacilityKind::DataCentre => {
            let comp = report.map(|x| x.compute).unwrap_or_default();
            lines.push(Line::from(text::data_centre_capacity(
                cap,
                comp.own_load,
                comp.hosting + comp.data_centres,
            )));
            lines.push(Line::from(text::OUTAGE_NOTE));
        }
    }
    // Against the coming holiday peak, with what is queued already counted.
    let planned = &g.planned(c).state;
    if let (Some(e), Some(cost)) = (
        consequence::build_preview(c, planned, kind, crate::sim::RegionId(b.region), b.size),
        cost,
    ) {
        for l in strings::consequence::build(&e, cost).into_iter().skip(1) {
            lines.push(Line::from(l));
        }
    }
    if planner_area.is_some() {
        lines.push(Line::from(Span::styled(text::peak_note(kind), t.dim)));
    }
    buf.render_widget(
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false }),
        inner,
    );
}

/// The planner in one line for the form's type and region.
fn short_planner(app: &App, g: &Game, kind: FacilityKind) -> String {
    let c = &app.content;
    let planned = &g.planned(c).state;
    let peak = forecast::peak(c, planned);
    let r = usize::from(g.build.region);
    let (wanted, ready, cover) = match kind {
        FacilityKind::Warehouse => peak.regions.get(r).map_or((0, 0, String::new()), |x| {
            (x.wanted(), x.ready(), strings::consequence::region_cover(x))
        }),
        FacilityKind::DataCentre => (
            peak.compute.wanted(),
            peak.compute.ready(),
            strings::consequence::cover(peak.compute.wanted(), peak.compute.ready()),
        ),
    };
    let suggestion = forecast::suggest(c, planned, &peak, kind, r).map(|x| {
        c.sizes(kind)
            .get(usize::from(x.size))
            .map_or(String::new(), |z| z.name.to_lowercase())
    });
    text::planner_line(
        &peak.quarter.to_string(),
        wanted,
        ready,
        &cover,
        suggestion.as_deref().map_err(|e| *e),
    )
}

/// The capacity planner: each region's coming holiday peak against the capacity that will be
/// there, the company's compute, and what to build.
fn planner(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let c = &app.content;
    let s = &g.planned(c).state;
    let peak = forecast::peak(c, s);
    let blk = block(t, &text::planner_title(&peak.quarter.to_string()));
    let size_name = |kind: FacilityKind, size: u8| {
        c.sizes(kind)
            .get(usize::from(size))
            .map_or("?", |z| z.name.as_str())
    };
    let suggestion =
        |kind: FacilityKind, region: usize| match forecast::suggest(c, s, &peak, kind, region) {
            Ok(x) => text::suggestion(size_name(kind, x.size), x.in_time),
            Err(why) => text::no_build_cell(why).to_string(),
        };
    let header = Row::new(text::PLANNER_COLUMNS).style(t.title);
    let selected = usize::from(g.build.region);
    let mut rows: Vec<Row> = peak
        .regions
        .iter()
        .map(|r| {
            let name = c.regions.get(r.region).map_or("?", |x| x.name.as_str());
            let row = Row::new(vec![
                Cell::from(name.to_string()),
                Cell::from(count(r.own_orders)),
                Cell::from(count(r.seller_orders)),
                Cell::from(count(r.operating)),
                Cell::from(count(r.building_in_time)),
                Cell::from(strings::consequence::region_cover(r)),
                Cell::from(suggestion(FacilityKind::Warehouse, r.region)),
            ]);
            if r.region == selected && !g.build.data_centre {
                row.style(t.selected)
            } else {
                row
            }
        })
        .collect();
    // Sellers' orders go to whichever open warehouses have room: one row for all of them.
    let (sellers, turned_away) = peak.sellers();
    if sellers > 0 {
        rows.push(Row::new(vec![
            Cell::from(text::PLANNER_SELLERS),
            Cell::from("–"),
            Cell::from(count(sellers)),
            Cell::from("–"),
            Cell::from("–"),
            Cell::from(text::sellers_cover(turned_away)),
            Cell::from(text::sellers_advice(
                turned_away as f64 >= forecast::SMALL_GAP * sellers as f64,
            )),
        ]));
    }
    let x = &peak.compute;
    let compute = Row::new(vec![
        Cell::from(text::PLANNER_COMPUTE),
        Cell::from(count(x.own_load)),
        Cell::from(count(x.cloud_load.max(x.cloud_wanted))),
        Cell::from(count(x.operating + x.hosting)),
        Cell::from(count(x.building_in_time)),
        Cell::from(strings::consequence::cover(x.wanted(), x.ready())),
        Cell::from(suggestion(FacilityKind::DataCentre, selected)),
    ]);
    rows.push(if g.build.data_centre {
        compute.style(t.selected)
    } else {
        compute
    });
    let widths = [
        Constraint::Length(20),
        Constraint::Length(11),
        Constraint::Length(11),
        Constraint::Length(12),
        Constraint::Length(16),
        Constraint::Length(30),
        Constraint::Min(10),
    ];
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let [table_area, note] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(inner);
    buf.render_widget(
        Table::new(rows, widths).header(header).style(t.text),
        table_area,
    );
    buf.render_widget(
        Paragraph::new(Span::styled(text::planner_note(), t.dim)).wrap(Wrap { trim: true }),
        note,
    );
}
