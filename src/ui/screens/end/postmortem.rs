//! The end screen's post-mortem page: the player's final score among every bot's on the same
//! world, charts of the player's path beside the best bot's, and the moments they parted, each
//! with the quarter a branch can start from. `flywheel replay --report` prints the same page.

use crate::bots::postmortem::{Path, PostMortem};
use crate::sim::Money;
use crate::ui::format::fit;
use crate::ui::game::Comparison;
use crate::ui::screens::Canvas;
use crate::ui::screens::chart::{self, Scale, Series};
use crate::ui::screens::widgets::block;
use crate::ui::strings::postmortem as words;
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// What the page shows.
pub struct View<'a> {
    /// The post-mortem, or how far it has got.
    pub comparison: &'a Comparison,
    /// The selected moment, if one is.
    pub selected: Option<usize>,
    /// The world: seed, scenario and difficulty.
    pub world: (u64, &'a str, &'a str),
}

/// How many bots a post-mortem plays.
const BOTS: usize = crate::bots::Bot::ALL.len();

/// Draws the page.
pub fn draw(buf: &mut Buffer, area: Rect, t: &Theme, v: &View) {
    let (seed, scenario, difficulty) = v.world;
    let blk = block(t, &words::title(seed, scenario, difficulty));
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let pm = match v.comparison {
        Comparison::Ready(pm) => pm,
        Comparison::Running(done) => {
            let bar = crate::ui::format::bar(*done as f64 / BOTS as f64, 20);
            let text = vec![
                Line::from(words::running(*done, BOTS)),
                Line::from(Span::styled(bar, t.good)),
            ];
            buf.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
            return;
        }
        Comparison::Failed(why) => {
            buf.render_widget(
                Paragraph::new(words::failed(why))
                    .style(t.warn)
                    .wrap(Wrap { trim: false }),
                inner,
            );
            return;
        }
        Comparison::NotStarted => return,
    };
    let best = pm.best().map_or("", |b| b.bot.id());
    // Scores get what is left after the moments and charts, up to every player.
    let moments_rows = 2 + u16::try_from(pm.divergences.len().max(1)).unwrap_or(3);
    let score_rows = (inner.height / 3).clamp(4, 2 + u16::try_from(BOTS + 1).unwrap_or(12));
    let [scores, charts, moments] = Layout::vertical([
        Constraint::Length(score_rows),
        Constraint::Min(6),
        Constraint::Length(moments_rows),
    ])
    .areas(inner);
    scores_table(buf, scores, t, pm, best);
    draw_charts(buf, charts, t, pm, best);
    moments_list(buf, moments, t, pm, best, v.selected);
}

/// The summary line and every player's final score, best first, the player's line marked; the
/// rows that do not fit are the lowest scores.
fn scores_table(buf: &mut Buffer, area: Rect, t: &Theme, pm: &PostMortem, best: &str) {
    let mut rows: Vec<(&str, &Path, bool)> = pm
        .bots
        .iter()
        .map(|b| (b.bot.id(), &b.path, false))
        .collect();
    rows.push((words::YOU, &pm.you, true));
    rows.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(a.2.cmp(&b.2).reverse()));
    let room = usize::from(area.height).saturating_sub(2);
    // The player's row always shows, even when it ranks below the rows that fit.
    let you_at = rows.iter().position(|r| r.2).unwrap_or(0);
    if you_at >= room && room > 0 {
        let you = rows.remove(you_at);
        rows.insert(room - 1, you);
    }
    let w = usize::from(area.width);
    let mut lines = vec![
        Line::from(Span::styled(fit(&words::place(pm, best), w), t.title)),
        Line::from(Span::styled(fit(words::SCORES_HEADER, w), t.dim)),
    ];
    for (name, path, you) in rows.into_iter().take(room) {
        let text = format!(
            "{} {:<14} {:>11}  {:<12}  {:>6}",
            if you { "▸" } else { " " },
            name,
            path.score.to_string(),
            path.outcome.map_or("playing", |o| o.id()),
            crate::ui::format::pct(path.platform_share),
        );
        lines.push(Line::from(Span::styled(
            fit(&format!(" {text}"), w),
            if you { t.selected } else { t.text },
        )));
    }
    buf.render_widget(Paragraph::new(lines), area);
}

fn series(name: &str, path: &Path, f: impl Fn(&crate::bots::postmortem::Point) -> f64) -> Series {
    Series::new(
        name,
        path.points.iter().map(|p| (p.quarter.as_year(), f(p))),
    )
}

/// The player's path beside the best bot's: valuation, store and platform revenue, shares.
fn draw_charts(buf: &mut Buffer, area: Rect, t: &Theme, pm: &PostMortem, best: &str) {
    let Some(b) = pm.best() else {
        return;
    };
    let you = &pm.you;
    let money = |m: Money| m.as_f64();
    let named = |who: &str, what: &str| format!("{who} {what}");
    let charts: [(&str, Scale, Vec<Series>); 3] = [
        (
            words::CHART_VALUATION,
            Scale::Money,
            vec![
                series(words::YOU, you, |p| money(p.valuation)),
                series(best, &b.path, |p| money(p.valuation)),
            ],
        ),
        (
            words::CHART_REVENUE,
            Scale::Money,
            vec![
                series(&named(words::YOU, words::STORE), you, |p| {
                    money(p.revenue[0])
                }),
                series(&named(words::YOU, words::PLATFORM), you, |p| {
                    money(p.revenue[1] + p.revenue[2])
                }),
                series(&named(best, words::STORE), &b.path, |p| money(p.revenue[0])),
                series(&named(best, words::PLATFORM), &b.path, |p| {
                    money(p.revenue[1] + p.revenue[2])
                }),
            ],
        ),
        (
            words::CHART_SHARES,
            Scale::Share,
            vec![
                series(&named(words::YOU, words::ONLINE), you, |p| p.market_share),
                series(&named(words::YOU, words::CLOUD), you, |p| p.cloud_share),
                series(&named(best, words::ONLINE), &b.path, |p| p.market_share),
                series(&named(best, words::CLOUD), &b.path, |p| p.cloud_share),
            ],
        ),
    ];
    // Side by side when there is room for three readable charts, else as many as fit.
    let shown = usize::from((area.width / 38).clamp(1, 3));
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, shown as u32); shown]).split(area);
    for ((title, scale, s), a) in charts.iter().zip(areas.iter()) {
        chart::draw(buf, *a, t, Some(block(t, title)), *scale, s);
    }
}

/// The moments the paths parted, the selected one marked.
fn moments_list(
    buf: &mut Buffer,
    area: Rect,
    t: &Theme,
    pm: &PostMortem,
    best: &str,
    selected: Option<usize>,
) {
    let w = usize::from(area.width);
    let mut lines = vec![Line::from(Span::styled(
        fit(&words::moments_title(best, selected.is_some()), w),
        t.title,
    ))];
    if pm.divergences.is_empty() {
        lines.push(Line::from(Span::styled(words::no_moments(best), t.dim)));
    }
    for (i, d) in pm.divergences.iter().enumerate() {
        let sel = selected.map(|s| s.min(pm.divergences.len().saturating_sub(1))) == Some(i);
        lines.push(Line::from(Span::styled(
            fit(
                &format!("{} {}", if sel { "▸" } else { " " }, words::moment(d, best)),
                w,
            ),
            if sel { t.selected } else { t.text },
        )));
    }
    if pm.you.points.iter().all(|p| p.posture.is_none()) {
        lines.push(Line::from(Span::styled(fit(words::NO_POSTURE, w), t.dim)));
    }
    buf.render_widget(Paragraph::new(lines), area);
}

/// The page as plain text, `width` columns wide: what `flywheel replay --report` prints.
pub fn text(pm: &PostMortem, world: (u64, &str, &str), width: u16) -> String {
    let comparison = Comparison::Ready(Box::new(pm.clone()));
    let view = View {
        comparison: &comparison,
        selected: None,
        world,
    };
    let height = 44;
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    draw(
        &mut buf,
        area,
        &Theme::new(crate::ui::theme::ThemeKind::Mono),
        &view,
    );
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        for x in 0..width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
