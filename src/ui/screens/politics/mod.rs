//! Politics: stakeholders' attitudes, visibility and its causes, the administration and the
//! next election, open tenders with the bid (previewed before it is queued), lawsuits and
//! government contracts.

pub mod input;
pub mod state;

use super::super::app::App;
use super::super::format::{attitude_bar, fit, pct, signed, signed_int, wrap};
use super::super::game::Game;
use super::super::model::{Hit, UiAction};
use super::super::strings;
use super::widgets::block;
use crate::sim::politics::{self, PoliticsSummary};
use crate::ui::keys::{self, Context};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use state::{Item, items, queued_bid};

/// One line of text with the item it belongs to (for selection and clicks).
struct Row {
    line: Line<'static>,
    item: Option<Item>,
}

fn row(text: String, style: Style, item: Option<Item>) -> Row {
    Row {
        line: Line::from(Span::styled(text, style)),
        item,
    }
}

/// Rows the recent outcomes may take under the tenders on a short screen (three lines).
const OUTCOMES_RIGHT_MOST: u16 = 5;

/// Draws the politics screen.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, hits: &mut Vec<Hit>) {
    let sum = politics::summary(&app.content, &g.state);
    let list = items(&g.state);
    let sel = list.get(g.row().min(list.len().saturating_sub(1))).copied();
    let left_w = if area.width >= 120 {
        area.width / 2
    } else {
        area.width.min(44)
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(0)]).areas(area);
    let vis_h = u16::try_from(sum.causes.len() + 5).unwrap_or(u16::MAX);
    let [stake_area, vis_area, outcomes_area] = Layout::vertical([
        Constraint::Length(8),
        Constraint::Length(vis_h),
        Constraint::Min(0),
    ])
    .areas(left);
    let st = stakeholders(
        app,
        &sum,
        sel,
        usize::from(stake_area.width.saturating_sub(2)),
    );
    panel(
        buf,
        app,
        stake_area,
        &format!(
            "{} ({})",
            strings::politics::POL_STAKEHOLDERS,
            keys::hints(Context::Politics, strings::CONFIRM_EXPLAINS)
        ),
        st,
        sel,
        &list,
        hits,
    );
    let vr = visibility(
        app,
        g,
        &sum,
        sel,
        usize::from(vis_area.width.saturating_sub(2)),
    );
    panel(
        buf,
        app,
        vis_area,
        strings::politics::POL_VISIBILITY_TITLE,
        vr,
        sel,
        &list,
        hits,
    );
    // On a short screen the recent outcomes move under the tenders rather than vanish.
    let outcomes_right = outcomes_area.height < 4;
    let outcome_rows = |w: usize| {
        let mut rows: Vec<Row> = sum
            .outcomes
            .iter()
            .rev()
            .map(|o| {
                row(
                    fit(&format!("{} {}", o.quarter, o.text), w),
                    app.theme.text,
                    None,
                )
            })
            .collect();
        if rows.is_empty() {
            rows.push(row(
                strings::politics::POL_NO_OUTCOMES.into(),
                app.theme.dim,
                None,
            ));
        }
        rows
    };
    if !outcomes_right {
        let w = usize::from(outcomes_area.width.saturating_sub(2));
        panel(
            buf,
            app,
            outcomes_area,
            strings::politics::POL_OUTCOMES,
            outcome_rows(w),
            sel,
            &list,
            hits,
        );
    }

    let w = usize::from(right.width.saturating_sub(2));
    let suits = lawsuits(app, g, &sum, sel, w);
    let suits_h = u16::try_from(suits.len() + 2)
        .unwrap_or(u16::MAX)
        .min(right.height / 2)
        .max(3.min(right.height));
    let outcomes_h = if outcomes_right {
        u16::try_from(sum.outcomes.len().max(1) + 2)
            .unwrap_or(u16::MAX)
            .min(right.height / 3)
            .min(OUTCOMES_RIGHT_MOST)
    } else {
        0
    };
    let [tender_area, right_outcomes, suit_area] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(outcomes_h),
        Constraint::Length(suits_h),
    ])
    .areas(right);
    if outcomes_right && right_outcomes.height >= 3 {
        let title = if usize::from(right_outcomes.width) < strings::politics::POL_OUTCOMES.len() + 6
        {
            strings::politics::POL_OUTCOMES_SHORT
        } else {
            strings::politics::POL_OUTCOMES
        };
        panel(
            buf,
            app,
            right_outcomes,
            title,
            outcome_rows(w),
            sel,
            &list,
            hits,
        );
    }
    let tr = tenders(app, g, &sum, sel, w);
    panel(
        buf,
        app,
        tender_area,
        &format!(
            "{}: {}",
            strings::politics::POL_TENDERS,
            keys::hints(Context::Politics, strings::TENDER_HINT)
        ),
        tr,
        sel,
        &list,
        hits,
    );
    panel(
        buf,
        app,
        suit_area,
        strings::politics::POL_LAWSUITS,
        suits,
        sel,
        &list,
        hits,
    );
}

/// A bordered block showing rows, scrolled so the selected item's rows are in view; rows
/// that belong to an item are clickable.
#[allow(clippy::too_many_arguments)]
fn panel(
    buf: &mut Buffer,
    app: &App,
    area: Rect,
    title: &str,
    rows: Vec<Row>,
    sel: Option<Item>,
    list: &[Item],
    hits: &mut Vec<Hit>,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let blk = block(&app.theme, title);
    let inner = blk.inner(area);
    buf.render_widget(blk, area);
    let h = usize::from(inner.height);
    let first = rows.iter().position(|r| r.item.is_some() && r.item == sel);
    let last = rows.iter().rposition(|r| r.item.is_some() && r.item == sel);
    // The selected item comes into view; one taller than the view shows from its top.
    let offset = match (first, last) {
        (Some(f), Some(l)) if l >= h => (l + 1 - h).min(f),
        _ => 0,
    };
    let mut lines = Vec::new();
    for (i, r) in rows.into_iter().enumerate().skip(offset).take(h) {
        let y = inner.y + u16::try_from(i - offset).unwrap_or(u16::MAX);
        if let Some(idx) = r.item.and_then(|it| list.iter().position(|x| *x == it)) {
            hits.push(Hit {
                area: Rect::new(inner.x, y, inner.width, 1),
                action: UiAction::SelectRow(idx),
            });
        }
        lines.push(r.line);
    }
    buf.render_widget(Paragraph::new(lines).style(app.theme.text), inner);
}

fn mark(app: &App, selected: bool) -> (&'static str, Style) {
    if selected {
        ("▸ ", app.theme.selected)
    } else {
        ("  ", app.theme.text)
    }
}

fn stakeholders(app: &App, sum: &PoliticsSummary, sel: Option<Item>, w: usize) -> Vec<Row> {
    let name_w = sum
        .stakeholders
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0);
    // Marker, name, the bar's two halves and centre, the number and the word.
    let bar = w.saturating_sub(2 + name_w + 1 + 1 + 1 + 4 + 1 + 8) / 2;
    let bar = bar.clamp(2, 10);
    sum.stakeholders
        .iter()
        .map(|s| {
            let item = Item::Stakeholder(s.who);
            let (m, style) = mark(app, sel == Some(item));
            let sways: Vec<String> = strings::explain::attitude_use_short(s.who)
                .map(str::to_string)
                .into_iter()
                .chain(
                    s.sways
                        .iter()
                        .map(|(l, m)| strings::explain::sway_short(*l, *m)),
                )
                .collect();
            let text = format!(
                "{m}{:<name_w$} {} {:>4} {:<8} {}",
                s.name,
                attitude_bar(s.attitude, bar),
                signed_int(s.attitude),
                strings::politics::attitude_word(s.attitude),
                sways.join(", ")
            );
            row(fit(&text, w), style, Some(item))
        })
        .collect()
}

fn visibility(app: &App, g: &Game, sum: &PoliticsSummary, sel: Option<Item>, w: usize) -> Vec<Row> {
    let t = &app.theme;
    let (m, style) = mark(app, sel == Some(Item::Visibility));
    let bar_w = w.saturating_sub(2 + 10 + 1 + 7 + 1).clamp(2, 20);
    let mut out = vec![row(
        fit(
            &format!(
                "{m}{:<10} {:>3.0}/100 {}",
                strings::politics::POL_VISIBILITY,
                sum.visibility,
                super::super::format::bar(sum.visibility / 100.0, bar_w)
            ),
            w,
        ),
        style,
        Some(Item::Visibility),
    )];
    let label_w = sum
        .causes
        .iter()
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    for c in &sum.causes {
        out.push(row(
            fit(
                &format!("    {:<label_w$} {:>6}", c.label, signed(c.points)),
                w,
            ),
            t.dim,
            Some(Item::Visibility),
        ));
    }
    let p = &g.state.politics;
    out.push(row(
        fit(
            &strings::politics::pol_administration(
                sum.disposition.name(),
                p.last_election.map(|q| q.to_string()),
            ),
            w,
        ),
        t.text,
        None,
    ));
    let next = match sum.next_election {
        Some(q) => strings::politics::pol_next_election(&q.to_string(), q.since(g.state.quarter)),
        None => strings::politics::POL_NO_ELECTIONS.to_string(),
    };
    out.push(row(fit(&next, w), t.text, None));
    out
}

fn tenders(app: &App, g: &Game, sum: &PoliticsSummary, sel: Option<Item>, w: usize) -> Vec<Row> {
    let t = &app.theme;
    let c = &app.content;
    let mut out = Vec::new();
    if sum.tenders.is_empty() {
        for l in wrap(strings::politics::POL_NO_TENDERS, w, "", "") {
            out.push(row(l, t.dim, None));
        }
        return out;
    }
    let rules = &c.deck.politics.tenders;
    for (i, tv) in sum.tenders.iter().enumerate() {
        let item = Item::Tender(i);
        let selected = sel == Some(item);
        let (m, style) = mark(app, selected);
        let some = Some(item);
        out.push(row(fit(&format!("{m}{}", tv.name), w), style, some));
        let queued = queued_bid(g, i);
        let bid = match (queued, tv.bid_pct) {
            (Some((_, pct)), _) => strings::politics::pol_bid_queued(pct),
            (None, Some(pct)) => strings::politics::pol_bid_placed(pct),
            (None, None) => strings::politics::POL_NO_BID.to_string(),
        };
        let mut text = |s: String, style: Style| {
            for l in wrap(&s, w, "  ", "    ") {
                out.push(row(l, style, some));
            }
        };
        text(
            strings::politics::pol_tender_value(&tv.value_per_quarter.to_string(), tv.years),
            t.text,
        );
        text(
            strings::politics::pol_tender_award(&tv.closes.to_string(), &bid),
            t.text,
        );
        for (req, ok) in &tv.requirements {
            let (sign, st) = if *ok { ("✓", t.good) } else { ("✗", t.bad) };
            text(format!("{sign} {req}"), st);
        }
        if !selected {
            text(strings::politics::pol_rivals(&tv.rivals.join(", ")), t.dim);
            continue;
        }
        // The bid as it would be queued, previewed before Enter: the price and whether it
        // can be queued first, so they stay in view on a small screen.
        let pct_now = state::bid_pct(c, g);
        let per_q = tv.value_per_quarter.scale(f64::from(pct_now) / 100.0);
        text(
            strings::politics::pol_bid_price(pct_now, &per_q.to_string()),
            t.selected,
        );
        let check = input::bid_action(c, g, i).map(|a| g.check_next(c, &a));
        match check {
            Some(Ok(_)) => text(strings::politics::pol_bid_ok(queued.is_some()), t.good),
            Some(Err(why)) => text(strings::politics::pol_bid_refused(&why.to_string()), t.bad),
            None => {}
        }
        let until = tv.closes.plus(i32::from(tv.years) * 4);
        text(
            strings::politics::pol_bid_effect(&per_q.to_string(), &until.to_string()),
            t.text,
        );
        if let Some(def) = c.deck.tender(&tv.id) {
            let (fit_p, price, pol) = politics::your_score_parts(c, &g.state, def, pct_now);
            text(
                strings::politics::pol_award_weights([
                    (rules.fit_weight, pct(fit_p)),
                    (rules.price_weight, pct(price)),
                    (rules.politics_weight, pct(pol)),
                ]),
                t.dim,
            );
        }
        text(strings::politics::pol_rivals(&tv.rivals.join(", ")), t.dim);
    }
    out
}

fn lawsuits(app: &App, g: &Game, sum: &PoliticsSummary, sel: Option<Item>, w: usize) -> Vec<Row> {
    let t = &app.theme;
    let mut out = Vec::new();
    for (i, l) in sum.lawsuits.iter().enumerate() {
        let item = Item::Lawsuit(i);
        let (m, style) = mark(app, sel == Some(item));
        out.push(row(fit(&format!("{m}{}", l.name), w), style, Some(item)));
        let running = g.state.quarter.since(l.started);
        for text in strings::politics::pol_lawsuit(
            &l.cost_per_quarter.to_string(),
            running,
            &l.verdict.to_string(),
            &pct(l.win_chance),
        ) {
            for line in wrap(&text, w, "  ", "    ") {
                out.push(row(line, t.text, Some(item)));
            }
        }
    }
    for ct in &sum.contracts {
        let text = strings::politics::pol_contract(
            &ct.name,
            &ct.per_quarter.to_string(),
            &ct.until.to_string(),
        );
        for line in wrap(&text, w, "", "  ") {
            out.push(row(line, t.good, None));
        }
    }
    if out.is_empty() {
        for line in wrap(strings::politics::POL_NO_LAWSUITS, w, "", "") {
            out.push(row(line, t.dim, None));
        }
    }
    out
}
