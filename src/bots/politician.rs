//! The politician: grows like a moderate opener, answers events to keep stakeholders friendly,
//! and goes after government tenders, building what they require when the prize justifies it.
//!
//! Like every bot it only reads the state: no draw from the game's generator.

use super::{plan, strategies};
use crate::content::deck::{Cond, Effect, Requirement, Stakeholder, Stat, TenderDef};
use crate::content::{Content, FacilityKind};
use crate::sim::calendar::Quarter;
use crate::sim::events;
use crate::sim::politics::requirements_met;
use crate::sim::report::Books;
use crate::sim::{Action, GameState, Money, RegionId};

/// Grows like the opener, a little more cautiously: less headroom and less of the credit line,
/// keeping room for what tenders require.
pub const POLITICIAN: strategies::Profile = strategies::Profile {
    headroom: 1.05,
    credit_use: 0.25,
    ..strategies::OPENER
};

/// Attitude points a tender announced to the company is worth when answering an event.
const TENDER_POINTS: f64 = 12.0;
/// Attitude points for a flag that an open or coming tender requires.
const REQUIRED_FLAG_POINTS: f64 = 10.0;
/// Quarters ahead the bot prepares for a tender whose announcing event is not yet due.
const PREPARE_AHEAD: i32 = 8;
/// Share of the spare cash a single answer may cost before it counts as ruinous.
const RUINOUS_SHARE: f64 = 0.5;

/// The quarter's plan: the moderate profile, then what tenders require.
pub fn plan(content: &Content, state: &GameState) -> Vec<Action> {
    let mut out = strategies::careful(content, state, &POLITICIAN);
    let committed: Money = out
        .iter()
        .filter_map(|a| match a {
            Action::Build { kind, region, size } => {
                Some(plan::cost(content, *kind, usize::from(region.0), *size))
            }
            _ => None,
        })
        .sum();
    let mut budget = plan::budget(content, state, POLITICIAN.credit_use) - committed;
    out.extend(tender_builds(content, state, &mut budget));
    out
}

/// One answer per pending event: the available choice whose effects please stakeholders most,
/// among those that are not ruinous in cash (the first on ties).
pub fn answers(content: &Content, state: &GameState) -> Vec<Action> {
    let books = Books::default();
    let spare = (state.company.cash - plan::buffer(state)).max_zero();
    state
        .events
        .pending
        .iter()
        .filter_map(|p| {
            let e = content.deck.event(&p.id)?;
            let available = events::available_choices(content, state, p.serial, &books);
            let scored: Vec<(u8, f64, Money)> = available
                .iter()
                .filter_map(|&i| {
                    let c = e.choices.get(usize::from(i))?;
                    let cost = sure_cost(state, &c.effects);
                    Some((i, choice_score(content, state, &c.effects), cost))
                })
                .collect();
            let affordable = |cost: Money| cost.as_f64() <= spare.as_f64() * RUINOUS_SHARE;
            let pool: Vec<&(u8, f64, Money)> = if scored.iter().any(|s| affordable(s.2)) {
                scored.iter().filter(|s| affordable(s.2)).collect()
            } else {
                // Everything costs too much: the cheapest does least harm.
                let cheapest = scored.iter().map(|s| s.2).min()?;
                scored.iter().filter(|s| s.2 == cheapest).collect()
            };
            let best = pool
                .iter()
                .fold(None::<&(u8, f64, Money)>, |best, s| match best {
                    Some(b) if b.1 >= s.1 => Some(b),
                    _ => Some(s),
                })?;
            Some(Action::AnswerEvent {
                serial: p.serial,
                choice: best.0,
            })
        })
        .collect()
}

/// Bids for every open tender at the price that maximises the expected contract value.
pub fn bids(content: &Content, state: &GameState) -> Vec<Action> {
    state
        .politics
        .tenders
        .iter()
        .filter_map(|o| {
            let t = content.deck.tender(&o.id)?;
            let pct = best_bid(content, state, t, o.closes);
            (o.bid_pct != Some(pct)).then(|| Action::Bid {
                tender: o.id.clone(),
                price_pct: pct,
            })
        })
        .collect()
}

/// Last quarter's revenue, at least a floor so small companies still weigh cash.
fn revenue_scale(state: &GameState) -> f64 {
    state
        .history
        .last()
        .map_or(0.0, |h| h.total_revenue().as_f64())
        .max(Money::k(1_000).as_f64())
}

/// Cash an answer costs for sure (chance branches aside); positive is a cost.
fn sure_cost(state: &GameState, effects: &[Effect]) -> Money {
    let revenue = state
        .history
        .last()
        .map_or(Money::ZERO, |h| h.total_revenue());
    effects
        .iter()
        .map(|e| match e {
            Effect::Cash(m) => -*m,
            Effect::CashShare(k) => -revenue.scale(*k),
            _ => Money::ZERO,
        })
        .sum()
}

/// How much a stakeholder's goodwill counts: the administration awards tenders.
fn stakeholder_weight(who: Stakeholder) -> f64 {
    match who {
        Stakeholder::Administration => 1.5,
        Stakeholder::Regulators => 1.2,
        _ => 1.0,
    }
}

/// A choice's expected value in attitude points: attitudes first, money and the business as
/// tie-breakers, tenders and the flags they need as prizes.
fn choice_score(content: &Content, state: &GameState, effects: &[Effect]) -> f64 {
    let revenue = revenue_scale(state);
    effects
        .iter()
        .map(|e| effect_score(content, state, revenue, e, 0))
        .sum()
}

fn effect_score(
    content: &Content,
    state: &GameState,
    revenue: f64,
    e: &Effect,
    depth: usize,
) -> f64 {
    // A cost of a whole quarter's revenue weighs like 40 attitude points.
    let money = |m: f64| m / revenue * 40.0;
    match e {
        Effect::Attitude(who, v) => {
            // Points beyond the cap are worth nothing.
            let now = state.politics.attitude(*who);
            let moved = (now + v).clamp(-100.0, 100.0) - now;
            moved * stakeholder_weight(*who)
        }
        Effect::Cash(m) => money(m.as_f64()),
        Effect::CashShare(k) => money(revenue * k),
        Effect::Stat(stat, v) => stat_points(*stat, *v),
        Effect::StatPct(stat, pct) => {
            let current = crate::sim::events::cond::snapshot_one(state, *stat);
            stat_points(*stat, current * pct / 100.0)
        }
        Effect::Modifier { on, pct, quarters } => {
            use crate::content::deck::Flow;
            // A rough share of revenue each line stands for.
            let share = match on {
                Flow::RetailRevenue => 0.8,
                Flow::MarketplaceRevenue | Flow::CloudRevenue => 0.1,
                Flow::ShippingCost | Flow::FulfilmentCost => -0.2,
                Flow::Upkeep | Flow::Overhead => -0.1,
            };
            money(revenue * share * pct / 100.0 * f64::from(*quarters))
        }
        Effect::SetFlag(f) => {
            if !state.company.flags.contains(f) && tender_needs_flag(content, state, f) {
                REQUIRED_FLAG_POINTS
            } else {
                0.0
            }
        }
        Effect::ClearFlag(f) => {
            if state.company.flags.contains(f) && tender_needs_flag(content, state, f) {
                -REQUIRED_FLAG_POINTS
            } else {
                0.0
            }
        }
        Effect::Damage { .. } => -3.0,
        // A project given is worth what it would cost to start.
        Effect::Project(id) => match crate::sim::projects::project(content, id) {
            Some(def) if !state.company.projects.iter().any(|r| &r.id == id) => {
                money(crate::sim::projects::cost(state, def).as_f64())
            }
            _ => 0.0,
        },
        Effect::Lawsuit {
            quarters,
            cost_per_quarter,
            merits,
            ..
        } => {
            // Legal bills, the visibility a suit brings, and the odds of losing.
            money(-cost_per_quarter.as_f64() * f64::from(*quarters)) - 5.0 - 5.0 * (1.0 - merits)
        }
        Effect::Tender(id) => match content.deck.tender(id) {
            Some(t) if !state.politics.tenders.iter().any(|o| &o.id == id) => {
                // Bigger prizes count more, up to twice the base.
                let per_quarter = t.value_per_quarter.as_f64() / revenue;
                TENDER_POINTS * (1.0 + per_quarter.min(1.0))
            }
            _ => 0.0,
        },
        Effect::FollowUp { .. } => 0.0,
        Effect::Chance { p, then, otherwise } => {
            if depth > 8 {
                return 0.0;
            }
            let sum = |v: &[Effect]| -> f64 {
                v.iter()
                    .map(|x| effect_score(content, state, revenue, x, depth + 1))
                    .sum()
            };
            p * sum(then) + (1.0 - p) * sum(otherwise)
        }
    }
}

/// A change in a company stat in attitude points: small next to stakeholders.
fn stat_points(stat: Stat, v: f64) -> f64 {
    match stat {
        Stat::Reputation | Stat::Excellence => 0.4 * v,
        Stat::Patience => 0.6 * v,
        Stat::Brand => 40.0 * v,
        _ => 0.0,
    }
}

/// True when an open tender, or one that may come, requires the flag.
fn tender_needs_flag(content: &Content, state: &GameState, flag: &str) -> bool {
    content
        .deck
        .tenders
        .iter()
        .filter(|t| in_prospect(content, state, t))
        .any(|t| {
            t.requirements
                .iter()
                .any(|r| matches!(r, Requirement::Flag(f) if f == flag))
        })
}

/// The earliest quarter a condition can hold, from its dates (None if it never names one).
fn earliest(c: &Cond) -> Option<Quarter> {
    match c {
        Cond::From((y, q)) | Cond::Date { from: (y, q), .. } => Some(Quarter::new(*y, *q)),
        Cond::All(v) => v.iter().filter_map(earliest).max(),
        _ => None,
    }
}

/// True when a tender is open, or an event that announces it may fire within
/// [`PREPARE_AHEAD`] quarters and no contract from it is running.
fn in_prospect(content: &Content, state: &GameState, t: &TenderDef) -> bool {
    if state.politics.tenders.iter().any(|o| o.id == t.id) {
        return true;
    }
    if state.politics.contracts.iter().any(|c| c.tender == t.id) {
        return false;
    }
    let horizon = state.quarter.plus(PREPARE_AHEAD);
    content.deck.events.iter().any(|e| {
        let announces = e.choices.iter().any(|c| {
            c.effects
                .iter()
                .any(|x| matches!(x, Effect::Tender(id) if id == &t.id))
        });
        let spent = e.once && state.events.log.iter().any(|r| r.id == e.id);
        // Follow-ups come from other tenders' outcomes: prepare for them only once announced.
        announces && !spent && !e.follow_up_only && earliest(&e.when).is_none_or(|q| q <= horizon)
    })
}

/// Facilities of a kind (in a region, if given) operating or ready by `by`.
fn ready_by(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    region: &Option<String>,
    by: Option<Quarter>,
) -> u32 {
    let region = region.as_deref().and_then(|r| content.region_index(r));
    state
        .facilities
        .iter()
        .filter(|f| f.kind == kind)
        .filter(|f| region.is_none_or(|r| usize::from(f.region.0) == r))
        .filter(|f| match (&f.status, by) {
            (crate::sim::FacilityStatus::Operating, _) => true,
            (
                crate::sim::FacilityStatus::Building { ready }
                | crate::sim::FacilityStatus::Reactivating { ready },
                Some(by),
            ) => *ready <= by,
            (
                crate::sim::FacilityStatus::Building { .. }
                | crate::sim::FacilityStatus::Reactivating { .. },
                None,
            ) => true,
            _ => false,
        })
        .count() as u32
}

/// Builds what open and coming tenders require, when the contract's value justifies the cost.
fn tender_builds(content: &Content, state: &GameState, budget: &mut Money) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let home = usize::from(state.company.home.0);
    for t in content.deck.tenders.iter() {
        if !in_prospect(content, state, t) {
            continue;
        }
        // Half the list value over the contract's life, for price cuts and the odds.
        let scale = crate::sim::politics::tender_scale(content, state);
        let prize = t.value_per_quarter.as_f64() * scale * f64::from(t.years) * 4.0 * 0.5;
        for r in &t.requirements {
            let (kind, region, min) = match r {
                Requirement::DataCentres { region, min } => (FacilityKind::DataCentre, region, min),
                Requirement::Warehouses { region, min } => (FacilityKind::Warehouse, region, min),
                _ => continue,
            };
            let queued = out
                .iter()
                .filter(|a| match a {
                    Action::Build {
                        kind: k,
                        region: RegionId(g),
                        ..
                    } => {
                        *k == kind
                            && region
                                .as_deref()
                                .and_then(|r| content.region_index(r))
                                .is_none_or(|r| usize::from(*g) == r)
                    }
                    _ => false,
                })
                .count() as u32;
            let have = ready_by(content, state, kind, region, None) + queued;
            if have >= *min {
                continue;
            }
            let at = region
                .as_deref()
                .and_then(|r| content.region_index(r))
                .unwrap_or(home);
            let gap = match kind {
                FacilityKind::DataCentre => 20_000.0,
                FacilityKind::Warehouse => 500_000.0,
            };
            let Some(size) = plan::size_for_gap(content, state, kind, gap) else {
                continue;
            };
            let cost = plan::cost(content, kind, at, size);
            let missing = f64::from(min - have);
            if cost.as_f64() * missing * 2.0 > prize || cost > *budget {
                continue;
            }
            *budget -= cost;
            out.push(Action::Build {
                kind,
                region: RegionId(at as u8),
                size,
            });
        }
    }
    out
}

/// The tender's fit (share of requirements met) counting what will be ready when it closes.
fn fit_at_close(content: &Content, state: &GameState, t: &TenderDef, closes: Quarter) -> f64 {
    if t.requirements.is_empty() {
        return 1.0;
    }
    let now = requirements_met(content, state, t);
    let met = t
        .requirements
        .iter()
        .zip(now)
        .filter(|(r, (_, ok))| {
            *ok || match r {
                Requirement::DataCentres { region, min } => {
                    ready_by(
                        content,
                        state,
                        FacilityKind::DataCentre,
                        region,
                        Some(closes),
                    ) >= *min
                }
                Requirement::Warehouses { region, min } => {
                    ready_by(
                        content,
                        state,
                        FacilityKind::Warehouse,
                        region,
                        Some(closes),
                    ) >= *min
                }
                _ => false,
            }
        })
        .count();
    met as f64 / t.requirements.len() as f64
}

/// Probability that `a + noise·U1 > b + noise·U2` for independent uniform U1, U2.
fn beat(a: f64, b: f64, noise: f64) -> f64 {
    if noise <= 0.0 {
        return if a > b { 1.0 } else { 0.0 };
    }
    // U2 − U1 has a triangular distribution on −1..1; we win when it is below d.
    let d = ((a - b) / noise).clamp(-1.0, 1.0);
    if d <= 0.0 {
        (1.0 + d) * (1.0 + d) / 2.0
    } else {
        1.0 - (1.0 - d) * (1.0 - d) / 2.0
    }
}

/// The bid percentage with the best expected contract value, from the award's own formula.
fn best_bid(content: &Content, state: &GameState, t: &TenderDef, closes: Quarter) -> u8 {
    let r = &content.deck.politics.tenders;
    let fit = fit_at_close(content, state, t, closes);
    let span = f64::from(r.max_bid_pct.saturating_sub(r.min_bid_pct)).max(1.0);
    let politics = {
        use crate::content::deck::Disposition;
        let p = (state.politics.attitude(Stakeholder::Administration) + 100.0) / 200.0;
        match state.politics.disposition {
            Disposition::Friendly => (p + 0.1).min(1.0),
            Disposition::Neutral => p,
            Disposition::Hostile => (p - 0.1).max(0.0),
        }
    };
    let rivals: Vec<f64> = t
        .bidders
        .iter()
        .filter_map(|b| content.rivals.iter().find(|x| &x.id == b))
        .map(|x| {
            r.fit_weight * x.government
                + r.price_weight * r.rival_price_score
                + r.politics_weight * x.government
        })
        .collect();
    let mut best = (r.max_bid_pct, f64::MIN);
    for pct in r.min_bid_pct..=r.max_bid_pct {
        let price = ((f64::from(r.max_bid_pct) - f64::from(pct)) / span).clamp(0.0, 1.0);
        let ours = r.fit_weight * fit + r.price_weight * price + r.politics_weight * politics;
        let win: f64 = rivals.iter().map(|&b| beat(ours, b, r.noise)).product();
        let value = win * f64::from(pct);
        if value > best.1 {
            best = (pct, value);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beating_is_a_probability_that_grows_with_the_lead() {
        assert!((beat(0.5, 0.5, 0.3) - 0.5).abs() < 1e-12);
        assert_eq!(beat(1.0, 0.0, 0.3), 1.0);
        assert_eq!(beat(0.0, 1.0, 0.3), 0.0);
        assert!(beat(0.6, 0.5, 0.3) > beat(0.55, 0.5, 0.3));
    }

    #[test]
    fn earliest_reads_the_dates_of_a_condition() {
        let c = Cond::All(vec![Cond::From((2016, 1)), Cond::Always]);
        assert_eq!(earliest(&c), Some(Quarter::new(2016, 1)));
        assert_eq!(earliest(&Cond::Always), None);
    }
}
