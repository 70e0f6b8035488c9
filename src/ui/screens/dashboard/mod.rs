//! The dashboard: key numbers (each can be explained), the region map, charts and news.

pub mod input;
pub mod state;

use super::super::app::App;
use super::super::format::{count, fit, pct};
use super::super::game::Game;
use super::super::model::{Hit, Screen, UiAction};
use super::super::strings;
use super::chart::{self, Scale};
use super::history;
use super::widgets::block;
use crate::content::FacilityKind;
use crate::sim::FacilityStatus;
use crate::ui::keys::{self, Context};
use crate::ui::screens::Canvas;
use crate::ui::screens::cut::{self, Part};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use state::{TOPICS, topic};

/// Draws the dashboard.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let news_h = (area.height / 4).max(5);
    // Cut without the layout solver: this is the first frame a new game shows.
    let [main, news] = cut::rows(area, [Part::Rest, Part::Len(news_h)]);
    let [left, right] = cut::halves(main);
    let [numbers, map] = cut::rows(left, [Part::Len(6), Part::Rest]);
    key_numbers(buf, numbers, app, g, hits);
    region_map(buf, map, app, g);
    charts(buf, right, app, g);
    news_feed(buf, news, app, g);
}

fn key_numbers(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let s = &g.state;
    let c = &s.company;
    let home = usize::from(c.home.0);
    let report = s.last_report.as_ref();
    let home_orders = report
        .and_then(|r| r.regions.get(home))
        .map_or(0, |r| r.orders);
    let home_share = s.regions.get(home).map_or(0.0, |r| r.share);
    let compute = report.map(|r| r.compute).unwrap_or_default();
    // Before the first quarter has run there is no load yet, only what is rented.
    let cap = if report.is_none() {
        c.hosting_cu
    } else {
        compute.hosting + compute.data_centres
    };
    let rows = [
        format!(
            "Valuation    {}",
            crate::sim::finance::shown_valuation(&app.content, s)
        ),
        format!("Patience     {:.0}/100 (investors)", c.patience),
        format!(
            "Home orders  {} ({} share)",
            count(home_orders),
            pct(home_share)
        ),
        format!(
            "Compute      {}/{} CU, own {}",
            count(compute.own_served + compute.cloud_served),
            count(cap),
            count(compute.own_load)
        ),
    ];
    let selected = if g.screen == Screen::Dashboard {
        g.row()
    } else {
        usize::MAX
    };
    let b = block(
        t,
        &format!(
            "Numbers ({})",
            keys::hints(Context::Dashboard, strings::EXPLAIN_HINT)
        ),
    );
    let inner = b.inner(area);
    buf.render_widget(b, area);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (mark, style) = if i == selected {
                ("▸ ", t.selected)
            } else {
                ("  ", t.text)
            };
            Line::from(Span::styled(format!("{mark}{r}"), style))
        })
        .collect();
    buf.render_widget(Paragraph::new(lines), inner);
    for i in 0..TOPICS.len() {
        let y = inner.y + i as u16;
        if let Some(topic) = topic(g, i)
            && y < inner.bottom()
        {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::Open(crate::ui::model::Overlay::Explain(topic)),
            });
        }
    }
}

/// Glyph for a facility's state; the legend spells them out.
pub fn state_glyph(status: FacilityStatus) -> char {
    match status {
        FacilityStatus::Operating => '■',
        FacilityStatus::Building { .. } | FacilityStatus::Reactivating { .. } => '◌',
        FacilityStatus::Mothballed => 'z',
        FacilityStatus::Damaged { .. } => '✖',
    }
}

/// A region's facilities in a few characters: warehouses and data centres working, and those
/// being built, as `W3 D2 +1`.
fn holdings(g: &Game, r: usize) -> String {
    let (mut w, mut d, mut other) = (0, 0, 0);
    for f in g
        .state
        .facilities
        .iter()
        .filter(|f| usize::from(f.region.0) == r)
    {
        match (f.is_operating(), f.kind) {
            (true, FacilityKind::Warehouse) => w += 1,
            (true, FacilityKind::DataCentre) => d += 1,
            (false, _) => other += 1,
        }
    }
    let mut parts = Vec::new();
    if w > 0 {
        parts.push(format!("W{w}"));
    }
    if d > 0 {
        parts.push(format!("D{d}"));
    }
    if other > 0 {
        parts.push(format!("+{other}"));
    }
    if parts.is_empty() {
        "·".into()
    } else {
        parts.join(" ")
    }
}

/// A region on the map: its short name and share, then its facilities (12 cells each).
fn map_label(app: &App, g: &Game, r: usize) -> (String, String) {
    let short = app.content.regions.get(r).map_or("?", |d| d.short.as_str());
    let share = g.state.regions.get(r).map_or(0.0, |x| x.share);
    (
        fit(&format!("{short} {}", pct(share)), 12),
        fit(&holdings(g, r), 12),
    )
}

/// Below this width the region lines and their legend take their short form.
const NARROW: usize = 50;

/// What a region holds, as one short line: facilities counted, share and load.
fn region_line(app: &App, g: &Game, r: usize, width: usize) -> String {
    let s = &g.state;
    let mut used = 0.0;
    let mut n = 0.0;
    for f in s.facilities.iter().filter(|f| usize::from(f.region.0) == r) {
        if f.is_operating() {
            used += f.last.utilisation();
            n += 1.0;
        }
    }
    let def = app.content.regions.get(r);
    let short = def.map_or("?", |d| d.short.as_str());
    let share = s.regions.get(r).map_or(0.0, |x| x.share);
    let load = if n > 0.0 {
        format!(" · {} full", pct(used / n))
    } else {
        String::new()
    };
    let of = if width < NARROW { "" } else { " of shoppers" };
    fit(
        &format!(
            "{short:<5} {:<11}{:>5}{of}{load}",
            holdings(g, r),
            pct(share)
        ),
        width,
    )
}

fn region_map(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let b = block(t, strings::MAP_TITLE);
    let inner = b.inner(area);
    buf.render_widget(b, area);
    if inner.height == 0 {
        return;
    }
    let legend = if usize::from(inner.width) < NARROW {
        strings::MAP_LEGEND_SHORT
    } else {
        strings::MAP_LEGEND
    };
    let n = app.content.regions.len();
    let w = usize::from(inner.width);
    // A real map when there is room for it; otherwise one line per region.
    if usize::from(inner.height) >= 12 + n && inner.width >= 60 {
        let map_h = usize::from(inner.height) - 1 - n;
        let mut lines: Vec<Vec<char>> = vec![vec![' '; w]; map_h];
        for r in 0..n {
            let Some(def) = app.content.regions.get(r) else {
                continue;
            };
            let (mx, my) = def.map;
            let x = usize::from(mx) * w.saturating_sub(14) / 60;
            let y = usize::from(my) * lines.len().saturating_sub(3) / 14;
            let (name, text) = map_label(app, g, r);
            for (dy, s) in [(0, name), (1, text)] {
                if let Some(row) = lines.get_mut(y + dy) {
                    for (i, ch) in s.chars().enumerate() {
                        if let Some(cell) = row.get_mut(x + i) {
                            *cell = ch;
                        }
                    }
                }
            }
        }
        let mut out: Vec<Line> = lines
            .into_iter()
            .map(|l| Line::from(l.into_iter().collect::<String>().trim_end().to_string()))
            .collect();
        out.extend((0..n).map(|r| Line::from(region_line(app, g, r, w))));
        out.push(Line::from(Span::styled(fit(legend, w), t.dim)));
        buf.render_widget(Paragraph::new(out).style(t.text), inner);
    } else {
        let mut out: Vec<Line> = (0..n)
            .map(|r| Line::from(region_line(app, g, r, w)))
            .collect();
        out.push(Line::from(Span::styled(fit(legend, w), t.dim)));
        buf.render_widget(Paragraph::new(out).style(t.text), inner);
    }
}

fn charts(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let s = &g.state;
    if s.history.is_empty() {
        let b = block(t, strings::DASH_HISTORY);
        let inner = b.inner(area);
        buf.render_widget(b, area);
        buf.render_widget(
            Paragraph::new(strings::charts_later())
                .style(t.dim)
                .wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    // A tall screen carries more charts, not the same one bigger.
    let wanted: &[(&str, Scale)] = if area.height >= 30 {
        &[
            (strings::CHART_REVENUE, Scale::Money),
            (strings::CHART_SHARES, Scale::Share),
            (strings::CHART_MONEY, Scale::Money),
        ]
    } else if area.height >= 20 {
        &[
            (strings::CHART_REVENUE, Scale::Money),
            (strings::CHART_SHARES, Scale::Share),
        ]
    } else {
        &[(strings::CHART_REVENUE, Scale::Money)]
    };
    let areas = Layout::vertical(vec![
        Constraint::Ratio(1, wanted.len() as u32);
        wanted.len()
    ])
    .split(area);
    for (k, (title, scale)) in wanted.iter().enumerate() {
        let series = match k {
            0 => history::revenue_by_line(s),
            1 => history::online_shares(&app.content, s),
            _ => vec![
                history::money(s, strings::VALUATION, |h| h.valuation),
                history::money(s, strings::finance::CASH, |h| h.cash),
                history::money(s, strings::finance::DEBT, |h| h.debt),
            ],
        };
        chart::draw(buf, areas[k], t, Some(block(t, title)), *scale, &series);
    }
}

fn news_feed(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let b = block(t, "News");
    let inner = b.inner(area);
    buf.render_widget(b, area);
    let w = usize::from(inner.width);
    let lines: Vec<Line> = g
        .state
        .news
        .iter()
        .rev()
        .take(usize::from(inner.height))
        .map(|n| {
            Line::from(vec![
                Span::styled(format!("{} ", n.quarter), t.dim),
                Span::styled(fit(&n.text, w.saturating_sub(8)), t.text),
            ])
        })
        .collect();
    buf.render_widget(Paragraph::new(lines), inner);
}
