//! The ledger: the books by year, as the classic finance windows show them, scrollable back to
//! the first year; revenue by region by year; and what each facility earns from outsiders.

use super::super::history::{self, Year};
use super::super::widgets::block;
use super::state::Page;
use crate::sim::{Money, facility_books};
use crate::ui::app::App;
use crate::ui::format::pct;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::screens::Canvas;
use crate::ui::strings;
use crate::ui::strings::finance as text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

const LABEL_W: u16 = 20;
const YEAR_W: u16 = 9;
/// The narrowest the labels get, to make room for a second year.
const NARROW_LABEL_W: u16 = 17;
/// Rows the ledger of business lines needs to show its costs as well as the bottom line.
const FULL_LINES_ROWS: u16 = 24;

fn money(m: Money) -> String {
    m.to_string()
}

/// Draws the ledger's page.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let view = g.finance.ledger;
    let title = text::ledger_title(
        view.page,
        &keys::hints(
            Context::Finance,
            if view.page == Page::Facilities {
                strings::LEDGER_FACILITY_HINT
            } else {
                strings::LEDGER_HINT
            },
        ),
    );
    let blk = block(t, &title);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    if g.state.history.is_empty() {
        buf.render_widget(Paragraph::new(text::NO_QUARTER).style(t.dim), inner);
        return;
    }
    match view.page {
        Page::Facilities => facilities(buf, inner, app, g),
        page => by_year(buf, inner, app, g, page, view.back),
    }
}

fn by_year(buf: &mut Buffer, area: Rect, app: &App, g: &Game, page: Page, back: usize) {
    let t = &app.theme;
    let years = history::years(&g.state);
    // Labels give up a little room before a second year is lost.
    let label_w = area
        .width
        .saturating_sub(2 * (YEAR_W + 1))
        .clamp(NARROW_LABEL_W, LABEL_W);
    let fit_years = usize::from(area.width.saturating_sub(label_w) / (YEAR_W + 1)).max(1);
    let end = years
        .len()
        .saturating_sub(back.min(years.len().saturating_sub(1)));
    let start = end.saturating_sub(fit_years);
    let shown = &years[start..end];
    let mut header = vec![Cell::from(if start > 0 { "◂ earlier" } else { "" })];
    // Only the year being played is under way; a first year that began mid-year is whole.
    let now = g.state.quarter.year;
    let playing = !g.state.is_over();
    header.extend(shown.iter().map(|y| {
        Cell::from(if playing && y.year == now && y.quarters < 4 {
            format!("{}*", y.year)
        } else {
            y.year.to_string()
        })
    }));
    let row = |label: &str, style: Style, f: &dyn Fn(&Year) -> String| {
        let mut cells = vec![Cell::from(label.to_string())];
        cells.extend(shown.iter().map(|y| Cell::from(format!("{:>9}", f(y)))));
        Row::new(cells).style(style)
    };
    let mut rows = Vec::new();
    match page {
        Page::Lines => {
            rows.push(row(text::LEDGER_REVENUE, t.title, &|_| String::new()));
            for (i, name) in strings::LINES.iter().enumerate() {
                rows.push(row(&format!("  {name}"), t.text, &|y| money(y.revenue[i])));
            }
            rows.push(row(text::TOTAL, t.text, &|y| {
                money(y.revenue.iter().copied().sum())
            }));
            // A short screen keeps the bottom line: costs are revenue less profit.
            if area.height >= FULL_LINES_ROWS {
                rows.push(row(text::LEDGER_COSTS, t.title, &|_| String::new()));
                for (i, name) in strings::LINES.iter().enumerate() {
                    rows.push(row(&format!("  {name}"), t.text, &|y| {
                        money(y.revenue[i] - y.profit[i])
                    }));
                }
            }
            rows.push(row(text::LEDGER_PROFIT, t.title, &|_| String::new()));
            for (i, name) in strings::LINES.iter().enumerate() {
                rows.push(row(&format!("  {name}"), t.text, &|y| money(y.profit[i])));
            }
            rows.push(row(text::TOTAL, t.text, &|y| {
                money(y.profit.iter().copied().sum())
            }));
            rows.push(row(text::LEDGER_INTEREST, t.text, &|y| money(y.interest)));
            rows.push(row(text::LEDGER_TAX, t.text, &|y| money(y.tax)));
            rows.push(row(text::NET_INCOME, t.title, &|y| money(y.net_income)));
            rows.push(row(text::LEDGER_CASH, t.text, &|y| money(y.cash)));
            rows.push(row(text::LEDGER_DEBT, t.text, &|y| money(y.debt)));
        }
        Page::Regions => {
            rows.push(row(text::LEDGER_REGIONS, t.title, &|_| String::new()));
            for (r, def) in app.content.regions.iter().enumerate() {
                let name = if label_w < LABEL_W {
                    &def.short
                } else {
                    &def.name
                };
                rows.push(row(&format!("  {name}"), t.text, &|y| {
                    money(y.regions.get(r).copied().unwrap_or(Money::ZERO))
                }));
            }
            rows.push(row(text::TOTAL, t.text, &|y| {
                money(y.regions.iter().copied().sum())
            }));
        }
        Page::Facilities => {}
    }
    let mut widths = vec![Constraint::Length(label_w)];
    widths.extend(shown.iter().map(|_| Constraint::Length(YEAR_W)));
    let [table_area, note] = above_note(area, text::LEDGER_NOTE, rows.len() + 1);
    buf.render_widget(
        Table::new(rows, widths)
            .header(Row::new(header).style(t.title))
            .column_spacing(1),
        table_area,
    );
    buf.render_widget(
        Paragraph::new(Span::styled(text::LEDGER_NOTE, t.dim))
            .wrap(ratatui::widgets::Wrap { trim: true }),
        note,
    );
}

fn facilities(buf: &mut Buffer, area: Rect, app: &App, g: &Game) {
    let t = &app.theme;
    let c = &app.content;
    let s = &g.state;
    let mut books: Vec<(usize, facility_books::FacilityBooks)> = s
        .facilities
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_operating())
        .map(|(i, f)| (i, facility_books::last_quarter(c, s, f)))
        .collect();
    // The ones outsiders pay best for first.
    books.sort_by_key(|(_, b)| std::cmp::Reverse(b.net()));
    // Narrow screens drop the type's name for its letter and the money's padding.
    let wide = area.width >= 56;
    let (label_w, money_w) = if wide { (16u16, 9usize) } else { (10, 7) };
    // Too narrow for all five columns, the keep goes: the net says what it costs.
    let keep_col = wide;
    let header = Row::new(
        text::LEDGER_FACILITY_COLUMNS
            .iter()
            .enumerate()
            .filter(|(k, _)| keep_col || *k != 2)
            .map(|(_, c)| *c),
    )
    .style(t.title);
    // `<` and `>` scroll a long list a page at a time.
    let skip = g.finance.ledger.rows.min(books.len().saturating_sub(1));
    let rows: Vec<Row> = books
        .iter()
        .skip(skip)
        .map(|(i, b)| {
            let f = &s.facilities[*i];
            let region = c
                .regions
                .get(usize::from(f.region.0))
                .map_or("?", |r| r.short.as_str());
            let label = if wide {
                format!(
                    "{} #{} {region}",
                    strings::facilities::kind(f.kind, false),
                    f.id.0
                )
            } else {
                format!("#{} {region}", f.id.0)
            };
            let mut cells = vec![
                Cell::from(label),
                Cell::from(format!("{:>money_w$}", money(b.outsiders))),
            ];
            if keep_col {
                cells.push(Cell::from(format!("{:>money_w$}", money(b.keep))));
            }
            cells.push(Cell::from(format!("{:>money_w$}", money(b.net()))));
            cells.push(Cell::from(format!("{:>4}", pct(b.own_share))));
            Row::new(cells).style(if b.net().is_negative() {
                t.text
            } else {
                t.good
            })
        })
        .collect();
    let note_text = if keep_col {
        text::LEDGER_FACILITY_NOTE
    } else {
        text::LEDGER_FACILITY_NOTE_NARROW
    };
    let [table_area, note] = above_note(area, note_text, 0);
    buf.render_widget(
        Table::new(rows, {
            let m = Constraint::Length(money_w as u16);
            let mut w = vec![Constraint::Length(label_w), m];
            if keep_col {
                w.push(m);
            }
            w.extend([m, Constraint::Length(4)]);
            w
        })
        .header(header)
        .column_spacing(1),
        table_area,
    );
    buf.render_widget(
        Paragraph::new(Span::styled(note_text, t.dim)).wrap(ratatui::widgets::Wrap { trim: true }),
        note,
    );
}

/// The area split into the table and, under it, room for `note` wrapped to the width and a
/// blank line before it; no room for the note when the table's `table_rows` would not fit
/// beside it.
fn above_note(area: Rect, note: &str, table_rows: usize) -> [Rect; 2] {
    let rows = note
        .chars()
        .count()
        .div_ceil(usize::from(area.width.max(1)))
        + 1;
    let rows = if rows + table_rows > usize::from(area.height) {
        0
    } else {
        rows
    };
    let rows = u16::try_from(rows).unwrap_or(area.height);
    ratatui::layout::Layout::vertical([Constraint::Min(0), Constraint::Length(rows)]).areas(area)
}
