//! The end screen: outcome, score, rank title, the company's history as charts, high scores;
//! and a second page, the post-mortem against the bots.

pub mod input;
pub mod postmortem;

use super::super::format::{self, pct};
use super::super::strings;
use super::chart::{self, Scale};
use super::history;
use super::widgets::block;
use crate::sim::state::Snapshot;
use crate::sim::{GameState, Money, finance};
use crate::ui::app::App;
use crate::ui::game::{EndPage, Game};
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, UiAction};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Rows of the score box without the recap: its border, the title, outcome and score lines.
const SCORE_ROWS: u16 = 6;

/// Draws the end screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let t = &app.theme;
    let s = &g.state;
    if g.end_page.0 == EndPage::PostMortem {
        let [page, keys_row] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
        let view = postmortem::View {
            comparison: &g.comparison,
            selected: Some(g.end_page.1),
            world: (s.seed, &s.scenario, &s.difficulty),
        };
        postmortem::draw(buf, page, t, &view);
        buf.render_widget(
            Paragraph::new(Span::styled(
                keys::hints(Context::End, strings::END_POSTMORTEM_HINT),
                t.key,
            )),
            keys_row,
        );
        return;
    }
    let score = s.score();
    // The keys sit on the last row, as in a game, so no wrapped line above can push them out.
    let [area, keys_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let hint = keys::hints(Context::End, strings::END_SUMMARY_HINT);
    buf.render_widget(Paragraph::new(Span::styled(hint.clone(), t.key)), keys_area);
    if let Some(at) = hint.find("main menu") {
        let x = keys_area.x + u16::try_from(at).unwrap_or(0);
        hits.push(Hit {
            area: Rect::new(x, keys_area.y, 9, 1).intersection(keys_area),
            action: UiAction::ToMenu,
        });
    }
    let outcome = s.outcome.map_or(String::new(), |o| {
        strings::outcome_text(o, app.content.finance.trouble_quarters_to_fail)
    });
    // Wrapped here rather than by the paragraph, so the boxes can be sized to what they hold.
    let recap: Vec<String> = recap(s)
        .iter()
        .flat_map(|l| format::wrap(l, usize::from(area.width.saturating_sub(2)), "", ""))
        .collect();
    let recap_rows = u16::try_from(recap.len()).unwrap_or(u16::MAX);
    // Tall enough: the recap joins the score and the charts keep the middle; else the recap
    // takes the middle, where a chart would be a few rows high, and the high scores what is left.
    let recap_on_top = area.height >= 30;
    let [top, middle, bottom] = if recap_on_top {
        Layout::vertical([
            Constraint::Length(SCORE_ROWS.saturating_add(recap_rows)),
            Constraint::Min(0),
            Constraint::Length(9),
        ])
        .areas(area)
    } else {
        let entries = u16::try_from(app.scores.entries.len().max(1)).unwrap_or(u16::MAX);
        let scores_least = entries.saturating_add(2).min(4);
        let room = area
            .height
            .saturating_sub(SCORE_ROWS)
            .saturating_sub(scores_least);
        Layout::vertical([
            Constraint::Length(SCORE_ROWS),
            Constraint::Length(recap_rows.saturating_add(2).min(room)),
            Constraint::Min(0),
        ])
        .areas(area)
    };
    let lines = vec![
        Line::from(Span::styled(
            format!(
                "{}: {} · {} to {}",
                strings::GAME_OVER,
                s.company.name,
                s.start,
                s.quarter
            ),
            t.title,
        )),
        Line::from(outcome),
        Line::from(vec![
            Span::raw("Score (your stake × valuation): "),
            Span::styled(score.to_string(), t.title),
            Span::raw(format!(
                " = {} × {} · rank: ",
                pct(s.company.founder_stake()),
                s.valuation()
            )),
            Span::styled(strings::rank_title(score.0), t.good),
        ]),
    ];
    let mut lines = lines;
    if recap_on_top {
        lines.extend(recap.iter().map(|l| Line::from(l.as_str())));
    }
    let blk = block(t, strings::GAME_OVER);
    let inner = blk.inner(top);
    buf.render_widget(blk, top);
    buf.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);

    // The company's story: what it was worth, what each business earned, how much of the
    // market it held against the rivals; side by side when wide, else stacked.
    let charts: [(&str, Scale, Vec<chart::Series>); 3] = [
        (
            strings::CHART_MONEY,
            Scale::Money,
            vec![
                history::money(s, strings::VALUATION, |h| h.valuation),
                history::money(s, strings::finance::CASH, |h| h.cash),
                history::money(s, strings::finance::DEBT, |h| h.debt),
            ],
        ),
        (
            strings::CHART_REVENUE,
            Scale::Money,
            history::revenue_by_line(s),
        ),
        (
            strings::CHART_SHARES,
            Scale::Share,
            history::online_shares(&app.content, s),
        ),
    ];
    if !recap_on_top {
        let blk = block(t, strings::RECAP_TITLE);
        let inner = blk.inner(middle);
        buf.render_widget(blk, middle);
        let lines: Vec<Line> = recap.iter().map(|l| Line::from(l.as_str())).collect();
        buf.render_widget(Paragraph::new(lines), inner);
        scores_table(buf, bottom, app, g.recorded);
        return;
    }
    let shown = if middle.height >= 24 || middle.width >= 150 {
        3
    } else if middle.height >= 12 {
        2
    } else {
        1
    };
    let areas = if middle.width >= 150 {
        Layout::horizontal(vec![Constraint::Ratio(1, shown); shown as usize]).split(middle)
    } else {
        Layout::vertical(vec![Constraint::Ratio(1, shown); shown as usize]).split(middle)
    };
    for ((title, scale, series), area) in charts.iter().zip(areas.iter()) {
        chart::draw(buf, *area, t, Some(block(t, title)), *scale, series);
    }

    scores_table(buf, bottom, app, g.recorded);
}

/// The game told in a few lines: the last quarter, the platform's part of the profit, when the
/// flywheel turned, and the share of the market held.
fn recap(s: &GameState) -> Vec<String> {
    let Some(last) = s.history.last() else {
        return Vec::new();
    };
    let operating: Money = last.profit.iter().copied().sum();
    let first = |f: &dyn Fn(&Snapshot) -> bool| s.history.iter().find(|h| f(h)).map(|h| h.quarter);
    let sellers = first(&|h| h.revenue[1].0 > 0);
    let cloud = first(&|h| h.revenue[2].0 > 0);
    // The first quarter from which the platform's profit stayed above the store's.
    let from = s
        .history
        .iter()
        .rposition(|h| h.profit[1] + h.profit[2] <= h.profit[0])
        .map_or(0, |i| i + 1);
    let overtook = s
        .history
        .get(from)
        .filter(|h| (h.profit[1] + h.profit[2]).0 > 0)
        .map(|h| h.quarter);
    let best = s
        .history
        .iter()
        .max_by(|a, b| a.market_share.total_cmp(&b.market_share));
    let mut out = vec![
        strings::recap_last(
            &last.quarter.to_string(),
            last.total_revenue(),
            operating,
            last.net_income,
        ),
        strings::recap_platform(&pct(finance::platform_profit_share(s))),
        strings::recap_milestones(sellers, cloud, overtook),
    ];
    if let Some(b) = best {
        out.push(strings::recap_share(
            &pct(b.market_share),
            (b.quarter != last.quarter).then(|| b.quarter.to_string()),
            &pct(last.market_share),
        ));
    }
    out
}

/// The high-score table, with this game's place marked.
pub fn scores_table(buf: &mut Buffer, area: Rect, app: &App, mark: Option<usize>) {
    let t = &app.theme;
    let blk = block(t, "High scores");
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let mut lines = Vec::new();
    if app.scores.entries.is_empty() {
        lines.push(Line::from(Span::styled("No finished games yet.", t.dim)));
    }
    for (i, e) in app.scores.entries.iter().enumerate() {
        let you = mark == Some(i);
        lines.push(Line::from(Span::styled(
            format!(
                "{}{:>2}. {:<16} {:>8} {:<20} {} {} {} #{}{}",
                if you { "▸" } else { " " },
                i + 1,
                super::super::format::fit(&e.company, 16),
                e.score.to_string(),
                strings::rank_title(e.score.0),
                e.scenario,
                e.difficulty,
                e.outcome,
                e.seed,
                if e.verified {
                    strings::VERIFIED_MARK
                } else {
                    ""
                }
            ),
            if you { t.selected } else { t.text },
        )));
    }
    // A long table scrolls so that the game just played stays in sight.
    let skip = mark.map_or(0, |m| (m + 1).saturating_sub(usize::from(inner.height)));
    buf.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()),
        inner,
    );
}
