//! The market: your share against rivals and offline shops in each region, and the rivals'
//! visible moves.

pub mod input;

use super::super::format::{fit, pct};
use super::chart::{self, Scale};
use super::history;
use super::widgets::block;
use crate::sim::retail;
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use crate::ui::strings;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Table, TableState};

/// Draws the market screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let c = &app.content;
    let s = &g.state;
    let rivals_h = (c.rivals.len() as u16 + 4).min(area.height / 2);
    // A tall screen shows the shares and the cloud prices over time between the two tables.
    let table_h = c.regions.len() as u16 + 3;
    let charts_h = area.height.saturating_sub(rivals_h + table_h);
    let (top, charts_area, bottom) = if charts_h >= 10 && !s.history.is_empty() {
        let [a, b, d] = Layout::vertical([
            Constraint::Length(table_h),
            Constraint::Min(0),
            Constraint::Length(rivals_h),
        ])
        .areas(area);
        (a, Some(b), d)
    } else {
        let [a, d] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(rivals_h)]).areas(area);
        (a, None, d)
    };
    if let Some(area) = charts_area {
        let [l, r] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .areas(area);
        chart::draw(
            buf,
            l,
            t,
            Some(block(t, strings::CHART_SHARES)),
            Scale::Share,
            &history::online_shares(c, s),
        );
        chart::draw(
            buf,
            r,
            t,
            Some(block(t, strings::CHART_CLOUD_PRICES)),
            Scale::Cents,
            &history::cloud_prices(c, s),
        );
    }
    let coverage = retail::coverage(c, s);
    let wide = area.width >= 120;
    // What the region's online shoppers spend, in shops too: every share in the row, "In shops"
    // included, is a share of it.
    let mut head = vec!["Region".to_string(), "Spend $".into(), "You".into()];
    // Only rivals that sell to shoppers have a column; the clouds are listed below.
    let shops: Vec<usize> = (0..c.rivals.len())
        .filter(|&i| c.rivals[i].retail.is_some())
        .collect();
    for r in shops.iter().map(|&i| &c.rivals[i]) {
        head.push(if wide {
            fit(&r.name, 16)
        } else {
            fit(&r.short, 8)
        });
    }
    head.push("In shops".into());
    head.push("Delivery".into());
    let rows: Vec<Row> = c
        .regions
        .iter()
        .enumerate()
        .map(|(i, def)| {
            let st = s.regions.get(i);
            let you = st.map_or(0.0, |r| r.share);
            let rivals: Vec<f64> = st.map(|r| r.rival_shares.clone()).unwrap_or_default();
            let offline = (1.0 - you - rivals.iter().sum::<f64>()).max(0.0);
            // Online spending last quarter, all shops: what the region is worth to win, the
            // figure its explanation (Enter) works from.
            let spend = s
                .last_report
                .as_ref()
                .and_then(|r| r.regions.get(i))
                .map_or_else(
                    || crate::sim::Money::from_f64(retail::spending(c, &s.world, i, s.quarter)),
                    |r| r.spending,
                )
                .to_string();
            let name = if wide {
                def.name.clone()
            } else {
                def.short.clone()
            };
            let mut cells = vec![name, spend, pct(you)];
            cells.extend(shops.iter().map(|&k| {
                // A dash where the rival does not sell (or not yet), a share where it does.
                match retail::rival_pull(c, s, k, i) {
                    Some(_) => pct(rivals.get(k).copied().unwrap_or(0.0)),
                    None => "–".into(),
                }
            }));
            cells.push(pct(offline));
            cells.push(
                match coverage.get(i) {
                    Some(2) => "fast",
                    Some(1) => "medium",
                    _ => "drop-ship",
                }
                .into(),
            );
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![
        Constraint::Length(if wide { 18 } else { 6 }),
        Constraint::Length(9),
        Constraint::Length(6),
    ];
    widths.extend(
        shops
            .iter()
            .map(|_| Constraint::Length(if wide { 16 } else { 8 })),
    );
    widths.push(Constraint::Length(8));
    widths.push(Constraint::Length(9));
    let table = Table::new(rows, widths)
        .header(Row::new(head).style(t.title))
        .block(block(
            t,
            &format!(
                "Who each region's shoppers buy from ({})",
                keys::hints(Context::Market, strings::EXPLAIN_HINT)
            ),
        ))
        .style(t.text)
        .row_highlight_style(t.selected)
        .highlight_symbol("▸");
    let mut state = TableState::default().with_selected(Some(g.row()));
    buf.render_stateful_widget(table, top, &mut state);
    for (i, y) in (top.y + 2..top.bottom().saturating_sub(1)).enumerate() {
        let idx = state.offset() + i;
        if idx < c.regions.len() {
            hits.push(Hit {
                area: Rect::new(top.x + 1, y, top.width.saturating_sub(2), 1),
                action: UiAction::SelectRow(idx),
            });
        }
    }

    let blk = block(t, "Rivals");
    let inner = blk.inner(bottom);
    buf.render_widget(blk, bottom);
    let w = usize::from(inner.width);
    let mut lines: Vec<Line> = c
        .rivals
        .iter()
        .zip(&s.rivals)
        .map(|(def, st)| {
            let cloud = match st.cloud_opened {
                Some(q) => format!(" · cloud since {q} at {:.1}¢", st.cloud_price_cents),
                None => String::new(),
            };
            let moves = if st.last_move.is_empty() {
                def.strategy.clone()
            } else {
                st.last_move.clone()
            };
            Line::from(vec![
                Span::styled(format!("{} ({})", def.name, def.kind), t.title),
                Span::raw(fit(
                    &format!(": {moves}{cloud}"),
                    w.saturating_sub(def.name.len() + def.kind.len() + 3),
                )),
            ])
        })
        .collect();
    let cm = &s.cloud_market;
    lines.push(Line::from(Span::styled(
        match cm.opened {
            Some(q) => format!(
                "Cloud market since {q}: {} of {} CU rented, {:.1}¢ on average",
                super::super::format::count(cm.size_cu as u64),
                super::super::format::count(cm.need_cu as u64),
                cm.average_price_cents
            ),
            None => "No market for renting servers yet: the first to open one creates it.".into(),
        },
        t.dim,
    )));
    buf.render_widget(Paragraph::new(lines).style(t.text), inner);
}
