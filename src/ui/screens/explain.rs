//! Explanations: what a derived number is made of, from the rules' own parts.

use super::super::format::{count, pct, signed, signed_int};
use super::super::strings;
use super::widgets::{self, block, centered};
use crate::content::FacilityKind;
use crate::content::deck::{Disposition, Stakeholder};
use crate::sim::politics;
use crate::sim::{compute, finance, preview, world};
use crate::ui::app::App;
use crate::ui::game::Game;
use crate::ui::keys::{self, Context};
use crate::ui::model::{Hit, Topic};
use crate::ui::screens::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The title and lines explaining a topic.
/// A year's growth in words, saying when a rule counts only part of it.
fn growth_words(growth: f64, cap: f64) -> String {
    if growth > cap {
        format!("{} a year, counted as {}", pct(growth), pct(cap))
    } else {
        format!("{} a year", pct(growth))
    }
}

pub fn lines(app: &App, g: &Game, topic: Topic) -> (String, Vec<Line<'static>>) {
    let t = &app.theme;
    let c = &app.content;
    let s = &g.state;
    let h = |x: &str| Line::from(Span::styled(x.to_string(), t.title));
    match topic {
        Topic::Valuation => {
            let m = finance::multiple(c, s);
            let ttm = s.revenue_ttm();
            let mut out = vec![
                h("Valuation = revenue over 4 quarters × multiple + cash − debt"),
                Line::from(format!("  Revenue, last 4 quarters   {ttm}")),
                Line::from(format!("  Multiple                   {:.2}×", m.value)),
                Line::from(format!("    base                     {:.2}", m.base)),
                Line::from(format!(
                    "    growth ({})     {}",
                    growth_words(s.revenue_growth(), c.finance.valuation.growth_cap),
                    signed(m.growth)
                )),
                Line::from(format!("    margins                  {}", signed(m.margin))),
                Line::from(format!(
                    "    platform's profit share  {}",
                    signed(m.platform)
                )),
                Line::from(format!(
                    "    net debt against revenue {}",
                    signed(m.leverage)
                )),
                Line::from(format!("    × market mood            {:.2}", m.mood)),
                Line::from(format!(
                    "  + cash                     {}",
                    s.company.cash.max_zero()
                )),
                Line::from(format!("  − debt                     {}", s.company.debt())),
                Line::from(format!(
                    "  = valuation now            {}",
                    finance::valuation(c, s)
                )),
            ];
            if !s.company.public {
                out.push(Line::from(format!(
                    "  A private company is never valued below {} by its investors.",
                    c.finance.equity.private_floor
                )));
            }
            // The header and the score use the market's figure at the last quarter's end; the
            // sum above is as the market would set it now, in this quarter's mood.
            let recorded = finance::shown_valuation(c, s);
            if let Some(last) = s.history.last()
                && recorded != finance::valuation(c, s)
            {
                out.push(Line::from(strings::explain::explain_valuation_recorded(
                    &last.quarter.to_string(),
                    recorded,
                )));
            }
            ("Valuation".into(), out)
        }
        Topic::Patience => {
            let mut out = vec![
                h("Investor patience (0–100): at 0 the board replaces you"),
                Line::from(format!("  Now {:.0}", s.company.patience)),
            ];
            match &s.last_report {
                Some(r) => {
                    let p = preview::patience_parts(c, s, &r.books);
                    if p.grace {
                        out.push(Line::from(format!(
                            "  Investors give a new company {} quarters' grace: no change yet.",
                            c.finance.patience.grace_quarters
                        )));
                    } else {
                        out.push(Line::from(format!(
                            "  Last quarter {} (growth {}, margin {}):",
                            signed(r.patience_change),
                            growth_words(s.revenue_growth(), c.finance.patience.growth_range.1),
                            pct(p.margin)
                        )));
                        for (part, value) in [
                            ("growth", p.from_growth),
                            ("profit", p.from_profit),
                            ("losses", p.from_losses),
                            ("shrinking", p.from_shrinking),
                            ("trouble", p.from_trouble),
                        ] {
                            out.push(Line::from(format!("    from {part:<14}{}", signed(value))));
                        }
                    }
                }
                None => out.push(Line::from("  No quarter closed yet.")),
            }
            out.push(Line::from(format!(
                "  Losses are excused while revenue grows faster than {} a year.",
                pct(c.finance.patience.growth_excuse)
            )));
            ("Investor patience".into(), out)
        }
        Topic::Region(r) => {
            let i = usize::from(r.0);
            let name = c.regions.get(i).map_or("?".to_string(), |d| d.name.clone());
            let mut out = vec![h(&format!("Demand and share in {name}"))];
            match s.last_report.as_ref().and_then(|x| x.regions.get(i)) {
                Some(rr) => {
                    let p = rr.pull;
                    out.push(Line::from(format!(
                        "  Online shoppers' spending {} × your share {} → {} orders",
                        rr.spending,
                        pct(rr.share),
                        count(rr.orders)
                    )));
                    out.push(Line::from(format!(
                        "  Shoppers' choice points to {}; share moves towards it each quarter.",
                        pct(rr.target_share)
                    )));
                    out.push(h("  Your pull (higher wins shoppers):"));
                    for (label, v) in [
                        ("price level", p.price),
                        ("delivery speed", p.speed),
                        ("selection", p.selection),
                        ("reputation", p.reputation),
                        ("marketing", p.marketing),
                        ("brand", p.brand),
                        ("late deliveries", -p.late),
                    ] {
                        out.push(Line::from(format!("    {label:<18}{}", signed(v))));
                    }
                    out.push(Line::from(format!(
                        "    = total           {}",
                        signed(p.total())
                    )));
                    out.push(Line::from(format!(
                        "  Offline shops' pull  {} (falls as shoppers move online)",
                        signed(p.offline)
                    )));
                    out.push(Line::from(format!(
                        "  Served: fast {} · neighbour {} · drop-ship {} · late {} · lost to outages {}",
                        count(rr.fast),
                        count(rr.neighbour),
                        count(rr.drop_shipped),
                        count(rr.late),
                        count(rr.lost_to_outage)
                    )));
                }
                None => out.push(Line::from(format!(
                    "  No quarter closed yet: press {} to play one, then look again.",
                    crate::ui::keys::hint(
                        crate::ui::keys::Context::Game,
                        crate::ui::keys::Cmd::EndQuarter
                    )
                ))),
            }
            let near: Vec<&str> = c
                .neighbours
                .get(i)
                .map(|n| {
                    n.iter()
                        .filter_map(|&j| c.regions.get(j).map(|r| r.name.as_str()))
                        .collect()
                })
                .unwrap_or_default();
            let a = &c.market.attractiveness;
            out.push(Line::from(strings::explain::explain_neighbours(
                &near,
                a.speed_own_region,
                a.speed_neighbour,
                a.speed_dropship,
            )));
            (name, out)
        }
        Topic::Facility(id) => {
            let Some((idx, f)) = s.facilities.iter().enumerate().find(|(_, f)| f.id == id) else {
                return ("Facility".into(), vec![Line::from("  Gone.")]);
            };
            let unit = if f.kind == FacilityKind::Warehouse {
                "orders"
            } else {
                "CU"
            };
            let mut out = vec![
                h(&format!("{} #{}", f.kind.name(), f.id.0)),
                Line::from(format!(
                    "  Load last quarter: own {} + outsiders {} of {} {unit} = {}",
                    count(f.last.own),
                    count(f.last.outsiders),
                    count(f.last.capacity),
                    pct(f.last.utilisation())
                )),
                Line::from(format!(
                    "  Outsiders wanted {}; while open, {}% is kept for your own use first.",
                    count(f.last.outsider_demand),
                    f.reservation_pct
                )),
            ];
            let open = g.planned(c).state.facility(f.id).map_or(f.open, |p| p.open);
            for l in strings::explain::explain_outsiders(
                f.kind,
                open,
                s.company.sellers,
                s.company.cloud.demand_cu,
            ) {
                out.push(Line::from(Span::styled(l, t.dim)));
            }
            if f.kind == FacilityKind::DataCentre {
                let d = &c.facilities.data_centre;
                out.push(h("  Outage risk this quarter"));
                out.push(Line::from(format!(
                    "    base chance          {}",
                    pct(d.outage_chance)
                )));
                out.push(Line::from(format!(
                    "    + strain above 90% load ({} used)",
                    pct(f.last.utilisation())
                )));
                out.push(Line::from(format!(
                    "    × redundancy level {} (−{} each)",
                    f.upgrades,
                    pct(d.redundancy.effect_per_level)
                )));
                out.push(Line::from(format!(
                    "    × excellence {:.0} (−{} at 100)",
                    s.company.excellence,
                    pct(c.market.excellence.outage_cut)
                )));
                out.push(Line::from(format!(
                    "    = {}",
                    pct(compute::outage_chance(c, s, idx))
                )));
                out.push(Line::from(Span::styled(
                    strings::outage_cost(d.outage_severity),
                    t.dim,
                )));
            }
            ("Facility".into(), out)
        }
        Topic::Compute => {
            let comp = s
                .last_report
                .as_ref()
                .map(|r| r.compute)
                .unwrap_or_default();
            let out = vec![
                h("Compute: the store's own load against capacity"),
                Line::from(format!(
                    "  Own load {} CU (grows with orders, peaks in Q4); served {}",
                    count(comp.own_load),
                    count(comp.own_served)
                )),
                Line::from(format!(
                    "  Capacity: rented hosting {} + own data centres {}",
                    count(comp.hosting),
                    count(comp.data_centres)
                )),
                Line::from(format!(
                    "  Last quarter cloud customers asked for {} CU and got {} · outages {}",
                    count(comp.cloud_demand),
                    count(comp.cloud_served),
                    comp.outages
                )),
                Line::from("  Load above capacity means outages: lost sales and reputation."),
            ];
            let mut out = out;
            out.push(h("Cloud demand: what outside companies rent, and why"));
            let book = &s.company.cloud;
            out.push(Line::from(format!(
                "  Companies need {} CU a quarter; they rent {} of it and run the rest on their own servers (pull {}).",
                count(world::compute_need(c, s) as u64),
                count(s.cloud_market.size_cu as u64),
                signed(world::on_premises_pull(c, s))
            )));
            match compute::cloud_pull_parts(c, s) {
                Some(p) => {
                    out.push(Line::from(format!(
                        "  Your customers now ask for {} CU; at your price and standing they would rent {} CU.",
                        count(book.demand_cu as u64),
                        count(book.wanted_cu as u64)
                    )));
                    out.push(h("  Your pull on them (higher wins customers):"));
                    for (label, v) in [
                        ("price against going", p.price),
                        ("breadth of services", p.breadth),
                        ("reliability", p.reliability),
                        ("regions covered", p.regions),
                    ] {
                        out.push(Line::from(format!("    {label:<20}{}", signed(v))));
                    }
                    out.push(Line::from(format!(
                        "    = total             {}",
                        signed(p.total())
                    )));
                    out.push(Line::from(strings::explain::EXPLAIN_CLOUD_RULES));
                }
                None => out.push(Line::from(strings::explain::EXPLAIN_CLOUD_CLOSED)),
            }
            ("Compute".into(), out)
        }
        Topic::Visibility => {
            let v = politics::visibility(c, s);
            let r = &c.deck.politics.visibility;
            let mut out = vec![h(strings::explain::EXPLAIN_VISIBILITY)];
            let w = v
                .causes
                .iter()
                .map(|x| x.label.chars().count())
                .max()
                .unwrap_or(0);
            for cause in &v.causes {
                out.push(Line::from(format!(
                    "  {:<w$}  {:>6}",
                    cause.label,
                    signed(cause.points)
                )));
            }
            out.push(Line::from(strings::explain::explain_visibility_total(
                v.total,
            )));
            for l in strings::explain::explain_visibility_rules(
                r.size_points,
                &r.size_reference.to_string(),
                r.share_points,
                r.cloud_points,
                r.facility_points,
                r.lawsuit_points,
            ) {
                out.push(Line::from(Span::styled(l, t.dim)));
            }
            out.push(Line::from(strings::explain::EXPLAIN_VISIBILITY_EFFECT));
            (strings::politics::POL_VISIBILITY.into(), out)
        }
        Topic::Attitude(who) => {
            let a = s.politics.attitude(who);
            let rules = &c.deck.politics;
            let mut out = vec![h(&strings::explain::explain_attitude_head(
                who.name(),
                &signed_int(a),
                strings::politics::attitude_word(a),
            ))];
            if let Some(def) = rules.stakeholders.iter().find(|d| d.who == who) {
                let e = &rules.elections;
                let admin = who == Stakeholder::Administration;
                let base = if admin {
                    match s.politics.disposition {
                        Disposition::Friendly => e.attitude.0,
                        Disposition::Neutral => e.attitude.1,
                        Disposition::Hostile => e.attitude.2,
                    }
                } else {
                    def.rest
                };
                let vis = politics::visibility(c, s).total;
                let rest = base - vis * def.visibility_pressure;
                let change = def.drift * (rest - a);
                out.push(Line::from(strings::explain::explain_attitude_drift(
                    def.drift,
                )));
                out.push(Line::from(strings::explain::explain_attitude_base(
                    admin.then(|| s.politics.disposition.name()),
                    &signed(base),
                )));
                out.push(Line::from(strings::explain::explain_attitude_pressure(
                    vis,
                    def.visibility_pressure,
                    &signed(-vis * def.visibility_pressure),
                )));
                out.push(Line::from(strings::explain::explain_attitude_rest(
                    &signed(rest),
                )));
                out.push(Line::from(strings::explain::explain_attitude_next(
                    &signed(change),
                    &signed_int((a + change).clamp(-100.0, 100.0)),
                )));
                if admin {
                    out.push(Line::from(strings::explain::EXPLAIN_ATTITUDE_ELECTION));
                }
                for w in &def.sway {
                    let m = politics::sway_of(w, a);
                    out.push(Line::from(strings::explain::explain_sway(
                        w.lever, m, w.share,
                    )));
                }
            }
            out.push(Line::from(strings::explain::EXPLAIN_ATTITUDE_EVENTS));
            if let Some(l) = strings::explain::explain_attitude_use(who) {
                out.push(Line::from(l));
            }
            let swayed: Vec<String> = c
                .deck
                .events
                .iter()
                .filter(|e| {
                    e.when.mentions(who) || e.weight_if.iter().any(|w| w.when.mentions(who))
                })
                .map(|e| crate::sim::events::view::render_unfired(c, s, &e.title))
                .collect();
            if !swayed.is_empty() {
                out.push(Line::from(strings::explain::explain_attitude_events(
                    &swayed,
                )));
            }
            (who.name().into(), out)
        }
        Topic::Lawsuit(i) => {
            let Some(l) = s.politics.lawsuits.get(i) else {
                return ("Lawsuit".into(), vec![Line::from("  Decided.")]);
            };
            let r = &c.deck.politics.lawsuits;
            let (climate, shift) = politics::lawsuits::climate(c, s);
            let total = politics::lawsuits::win_chance(c, s, l.merits);
            let mut out = vec![h(&strings::explain::explain_lawsuit_head(&l.name))];
            for x in strings::explain::explain_lawsuit_parts(
                l.merits,
                r.climate_weight,
                climate,
                s.politics.disposition.name(),
                shift,
                &pct(total),
            ) {
                out.push(Line::from(x));
            }
            out.push(Line::from(strings::explain::explain_lawsuit_verdict(
                &l.verdict.to_string(),
                &l.cost_per_quarter.to_string(),
            )));
            // What each verdict brings: the follow-up event and its choices.
            for (won, id) in [(true, &l.on_win), (false, &l.on_loss)] {
                let Some(e) = c.deck.event(id) else { continue };
                let p = crate::sim::events::PendingEvent {
                    serial: 0,
                    id: id.clone(),
                    quarter: l.verdict,
                    region: l.region,
                    rival: l.rival,
                    facility: None,
                };
                let render = |x: &str| crate::sim::events::view::render(c, s, x, &p);
                out.push(h(&strings::explain::explain_lawsuit_outcome(
                    won,
                    &render(&e.title),
                )));
                for choice in &e.choices {
                    let effects: Vec<String> = choice
                        .effects
                        .iter()
                        .map(|x| render(&crate::content::deck::describe::effect(c, x)))
                        .collect();
                    out.push(Line::from(format!(
                        "    {}: {}",
                        render(&choice.label),
                        effects.join(", ")
                    )));
                }
            }
            (l.name.clone(), out)
        }
    }
}

/// Draws an explanation as a pop-up.
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, g: &Game, topic: Topic, hits: &mut Vec<Hit>) {
    let (title, text) = lines(app, g, topic);
    // Rows as wrapped in the pop-up's width, so the last line is never cut off.
    let inner = usize::from(86u16.min(area.width).saturating_sub(2)).max(1);
    let rows: usize = text.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let h = u16::try_from(rows + 3).unwrap_or(u16::MAX);
    let r = centered(area, 86, h);
    buf.render_widget(Clear, r);
    let mut text = text;
    text.push(Line::from(Span::styled(
        keys::hints(Context::Popup, strings::CLOSE_HINT),
        app.theme.dim,
    )));
    buf.render_widget(
        Paragraph::new(text)
            .block(block(&app.theme, &title))
            .style(app.theme.text)
            .wrap(Wrap { trim: false }),
        r,
    );
    widgets::popup_hits(hits, area, r);
}
