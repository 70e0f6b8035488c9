//! The build form: type, region and size, with price, lead time, upkeep and the projected
//! effect shown before anything is queued.

pub mod input;
pub mod state;

use super::super::format::count;
use super::widgets::block;
use crate::content::FacilityKind;
use crate::sim::{action, preview, retail};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, UiAction};
use crate::ui::strings;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use state::BuildField;

/// Draws the build screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let c = &app.content;
    let b = &g.build;
    let [form, preview_area] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);

    // The form: one line per field, ← → change the value.
    let kind = b.kind();
    let region = c.regions.get(usize::from(b.region));
    let size = c.sizes(kind).get(usize::from(b.size));
    let fields = [
        ("Type", kind.name().to_string()),
        ("Region", region.map_or("?".into(), |r| r.name.clone())),
        (
            "Size",
            size.map_or("?".into(), |z| {
                // When a size becomes available shows in the preview's check line.
                format!("{} · {}", z.name, count(z.capacity))
            }),
        ),
    ];
    let blk = block(
        t,
        &format!(
            "Build ({})",
            keys::hints(Context::Build, strings::BUILD_HINT)
        ),
    );
    let inner = blk.inner(form);
    frame.render_widget(blk, form);
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
    lines.push(Line::from(Span::styled(
        "  [ Enter: queue this build ]",
        button_style,
    )));
    lines.push(Line::from(""));
    let note = if kind == FacilityKind::Warehouse {
        "Warehouses ship your orders fast in their region (slower to neighbours). Opened to sellers, idle space earns fees and widens the catalogue."
    } else {
        "Data centres run the store (own load peaks in Q4). Opened to cloud customers, idle servers earn rent; an outage hurts both."
    };
    lines.push(Line::from(Span::styled(note, t.dim)));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
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
    let blk = block(t, "Before you confirm");
    let inner = blk.inner(preview_area);
    frame.render_widget(blk, preview_area);
    let s = &g.state;
    let cost = action::build_cost(c, kind, crate::sim::RegionId(b.region), b.size);
    let ready = action::ready_quarter(c, s.quarter, kind);
    let upkeep = preview::upkeep(c, s, kind, crate::sim::RegionId(b.region), b.size);
    let spendable = g.planned(c).spendable(c);
    let check = g.check_next(c, &b.action());
    let mut lines = vec![
        Line::from(format!(
            "Price        {}",
            cost.map_or("?".into(), |m| m.to_string())
        )),
        Line::from(format!(
            "Lead time    {} quarters: serves from {ready}",
            c.lead_quarters(kind)
        )),
        Line::from(format!("Upkeep       {upkeep} per quarter once built")),
        Line::from(format!(
            "You can spend {spendable} (cash + undrawn credit, after queued actions)"
        )),
        match &check {
            Ok(_) => Line::from(Span::styled("✓ affordable and allowed now", t.good)),
            Err(why) => Line::from(Span::styled(format!("✗ not possible: {why}"), t.bad)),
        },
        Line::from(""),
        Line::from(Span::styled("Projected effect", t.title)),
    ];
    let r = usize::from(b.region);
    let report = s.last_report.as_ref();
    let cap = size.map_or(0, |z| z.capacity);
    match kind {
        FacilityKind::Warehouse => {
            let speed = retail::coverage(c, s).get(r).copied().unwrap_or(0);
            let now = match speed {
                2 => "fast already (a warehouse in the region)",
                1 => "medium (shipped from a neighbouring region)",
                _ => "slow (drop-shipped by suppliers)",
            };
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
            lines.push(Line::from(format!(
                "Delivery here is {now}; a warehouse makes it fast: shoppers' pull {gain:+.2} \
                 (Market, Enter shows the parts)."
            )));
            let last = if report.is_some() {
                format!("{} orders were placed here last quarter", count(orders))
            } else {
                "no quarter has been played yet".to_string()
            };
            lines.push(Line::from(format!(
                "Capacity {} orders a quarter; {last}.",
                count(cap)
            )));
            lines.push(Line::from(
                "Q4 demand is about 1.6× other quarters: build for the peak, open idle space to sellers.",
            ));
        }
        FacilityKind::DataCentre => {
            let comp = report.map(|x| x.compute).unwrap_or_default();
            lines.push(Line::from(format!(
                "Adds {} CU/quarter. Last quarter own load {} CU on {} CU of capacity.",
                count(cap),
                count(comp.own_load),
                count(comp.hosting + comp.data_centres)
            )));
            lines.push(Line::from(
                "Own load above capacity causes outages: lost sales and reputation.",
            ));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false }),
        inner,
    );
}
