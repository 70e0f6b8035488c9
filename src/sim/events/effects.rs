//! Carrying out a choice's effects on the state and the quarter's books.

use super::state::{ActiveModifier, PendingEvent, Scheduled};
use crate::content::Content;
use crate::content::deck::{Effect, Stat};
use crate::sim::FacilityStatus;
use crate::sim::politics::{Lawsuit, OpenTender};
use crate::sim::report::Books;
use crate::sim::state::GameState;
use rand::RngExt;

/// Deepest nesting of chance branches carried out (validation caps data the same way).
const MAX_DEPTH: usize = 16;

/// Applies effects in order. Cash goes to `books.other` (negative is income) so the
/// quarter's cash identity holds.
pub fn apply(
    content: &Content,
    state: &mut GameState,
    books: &mut Books,
    ctx: &PendingEvent,
    effects: &[Effect],
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let now = state.quarter;
    for e in effects {
        match e {
            Effect::Cash(m) => books.other -= *m,
            Effect::CashShare(k) => books.other -= state.last_revenue().scale(*k),
            Effect::Stat(stat, v) => add_stat(state, *stat, *v),
            Effect::StatPct(stat, pct) => {
                let current = super::cond::snapshot_one(state, *stat);
                add_stat(state, *stat, current * pct / 100.0);
            }
            Effect::Attitude(who, v) => state.politics.shift(*who, *v),
            Effect::Modifier { on, pct, quarters } => {
                state.events.modifiers.push(ActiveModifier {
                    on: *on,
                    pct: *pct,
                    from: now,
                    until: now.plus(i32::from(*quarters) - 1),
                    source: ctx.id.clone(),
                });
            }
            Effect::SetFlag(f) => {
                state.company.flags.insert(f.clone());
            }
            Effect::ClearFlag(f) => {
                state.company.flags.remove(f);
            }
            Effect::Damage { kind, quarters } => {
                let fits = |f: &crate::sim::Facility| {
                    f.region.0 == ctx.region && f.is_operating() && kind.is_none_or(|k| f.kind == k)
                };
                // The facility the card named, if it still stands; else another like it.
                let named = ctx
                    .facility
                    .and_then(|id| state.facilities.iter().position(|f| f.id == id))
                    .filter(|&i| fits(&state.facilities[i]));
                let pick = match named {
                    Some(i) => i,
                    None => {
                        let candidates: Vec<usize> = state
                            .facilities
                            .iter()
                            .enumerate()
                            .filter(|(_, f)| fits(f))
                            .map(|(i, _)| i)
                            .collect();
                        if candidates.is_empty() {
                            continue;
                        }
                        candidates[state.rng.random_range(0..candidates.len())]
                    }
                };
                let until = now.plus(i32::from(*quarters));
                let f = &mut state.facilities[pick];
                f.status = FacilityStatus::Damaged { until };
                let where_ = content
                    .regions
                    .get(usize::from(f.region.0))
                    .map_or("?", |r| r.name.as_str());
                let text = format!(
                    "{} #{} in {where_} is out of service until {until}",
                    f.kind.name(),
                    f.id.0
                );
                state.push_news(text);
            }
            Effect::Lawsuit {
                id,
                name,
                quarters,
                cost_per_quarter,
                merits,
                on_win,
                on_loss,
            } => {
                if state.politics.lawsuits.iter().any(|l| &l.id == id) {
                    continue;
                }
                // The suit is named for the company, rival and region of the event that began it.
                let name = super::view::render(content, state, name, ctx);
                state.politics.lawsuits.push(Lawsuit {
                    id: id.clone(),
                    name: name.clone(),
                    started: now,
                    verdict: now.plus(i32::from(*quarters)),
                    cost_per_quarter: *cost_per_quarter,
                    merits: *merits,
                    on_win: on_win.clone(),
                    on_loss: on_loss.clone(),
                    region: ctx.region,
                    rival: ctx.rival,
                });
                state.push_news(format!("Lawsuit opened: {name}"));
            }
            Effect::Project(id) => {
                if let Some(ready) = crate::sim::projects::start_given(content, state, id)
                    && let Some(def) = crate::sim::projects::project(content, id)
                {
                    state.push_news(format!("{} under way, working from {ready}", def.name));
                }
            }
            Effect::Tender(id) => {
                let Some(t) = content.deck.tender(id) else {
                    continue;
                };
                // A tender already open, or one whose award would come after the game ends, is
                // not announced.
                let closes = now.plus(i32::from(t.open_quarters));
                if state.politics.tenders.iter().any(|o| &o.id == id) || closes > state.end {
                    continue;
                }
                state.politics.tenders.push(OpenTender {
                    id: id.clone(),
                    announced: now,
                    closes,
                    bid_pct: None,
                    scale: crate::sim::politics::tender_scale(content, state),
                });
                state.push_news(format!("Tender announced: {}", t.name));
            }
            Effect::FollowUp { event, after } => {
                let at = now.plus(i32::from(*after) - 1);
                // The same story cannot be told twice in one quarter, and the queue is bounded.
                if state
                    .events
                    .scheduled
                    .iter()
                    .any(|s| &s.id == event && s.at == at)
                {
                    continue;
                }
                if state.events.scheduled.len() >= super::director::MAX_SCHEDULED {
                    super::director::warn_overflow(state, super::director::OVERFLOW_SCHEDULED);
                    continue;
                }
                state.events.scheduled.push(Scheduled {
                    id: event.clone(),
                    at,
                    region: Some(ctx.region),
                    rival: Some(ctx.rival),
                });
            }
            Effect::Chance { p, then, otherwise } => {
                let roll: f64 = state.rng.random();
                let branch = if roll < *p { then } else { otherwise };
                apply(content, state, books, ctx, branch, depth + 1);
            }
        }
    }
}

fn add_stat(state: &mut GameState, stat: Stat, v: f64) {
    let c = &mut state.company;
    let (lo, hi) = stat.range();
    let slot = match stat {
        Stat::Reputation => &mut c.reputation,
        Stat::Excellence => &mut c.excellence,
        Stat::Patience => &mut c.patience,
        Stat::Brand => &mut c.brand,
        Stat::Sellers => &mut c.sellers,
        Stat::CloudDemand => &mut c.cloud.demand_cu,
        Stat::Catalogue => &mut c.catalogue,
        // Validation refuses effects on read-only stats; ignore them if one slips through.
        _ => return,
    };
    *slot = (*slot + v).clamp(lo, hi);
}

/// The net cash a list of effects costs for sure (chance branches aside): positive is a cost.
pub fn sure_cost(state: &GameState, effects: &[Effect]) -> crate::sim::Money {
    effects
        .iter()
        .map(|e| match e {
            Effect::Cash(m) => -*m,
            Effect::CashShare(k) => -state.last_revenue().scale(*k),
            _ => crate::sim::Money::ZERO,
        })
        .sum()
}
