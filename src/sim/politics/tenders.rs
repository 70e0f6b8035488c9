//! Government tenders: bids, requirements and the award.

use super::{Contract, OpenTender};
use crate::content::deck::{Disposition, Requirement, Stakeholder, TenderDef, describe};
use crate::content::{Content, FacilityKind};
use crate::sim::action::Rejection;
use crate::sim::events::state::Scheduled;
use crate::sim::events::view::render_unfired;
use crate::sim::report::{Note, TenderWinner};
use crate::sim::state::GameState;
use rand::RngExt;

/// Each requirement of a tender in words, and whether you meet it now.
pub fn requirements_met(
    content: &Content,
    state: &GameState,
    t: &TenderDef,
) -> Vec<(String, bool)> {
    let count = |kind: FacilityKind, region: &Option<String>| {
        let region = region.as_deref().and_then(|r| content.region_index(r));
        state
            .facilities
            .iter()
            .filter(|f| f.kind == kind && f.is_operating())
            .filter(|f| region.is_none_or(|r| usize::from(f.region.0) == r))
            .count() as u32
    };
    t.requirements
        .iter()
        .map(|r| {
            let met = match r {
                Requirement::DataCentres { region, min } => {
                    count(FacilityKind::DataCentre, region) >= *min
                }
                Requirement::Warehouses { region, min } => {
                    count(FacilityKind::Warehouse, region) >= *min
                }
                Requirement::Flag(f) => state.company.flags.contains(f),
                Requirement::CloudOpen => state
                    .facilities
                    .iter()
                    .any(|f| f.kind == FacilityKind::DataCentre && f.open),
            };
            let words = describe::requirement(content, r);
            (render_unfired(content, state, &words), met)
        })
        .collect()
}

/// Checks a bid.
pub fn check_bid(
    content: &Content,
    state: &GameState,
    tender: &str,
    pct: u8,
) -> Result<(), Rejection> {
    if !state.politics.tenders.iter().any(|t| t.id == tender) {
        return Err(Rejection::Unknown("no such open tender".into()));
    }
    let r = &content.deck.politics.tenders;
    if pct < r.min_bid_pct || pct > r.max_bid_pct {
        return Err(Rejection::OutOfRange(format!(
            "bid between {}% and {}% of list value",
            r.min_bid_pct, r.max_bid_pct
        )));
    }
    Ok(())
}

/// Places (or replaces) a bid.
pub fn place_bid(state: &mut GameState, tender: &str, pct: u8) {
    if let Some(t) = state.politics.tenders.iter_mut().find(|t| t.id == tender) {
        t.bid_pct = Some(pct);
    }
}

fn fit(met: &[(String, bool)]) -> f64 {
    if met.is_empty() {
        1.0
    } else {
        met.iter().filter(|(_, ok)| *ok).count() as f64 / met.len() as f64
    }
}

/// Your score's parts for a bid: (fit, price, politics), each 0–1.
pub fn your_score_parts(
    content: &Content,
    state: &GameState,
    t: &TenderDef,
    pct: u8,
) -> (f64, f64, f64) {
    let r = &content.deck.politics.tenders;
    let span = f64::from(r.max_bid_pct.saturating_sub(r.min_bid_pct)).max(1.0);
    let price = (f64::from(r.max_bid_pct) - f64::from(pct)) / span;
    let mut politics = (state.politics.attitude(Stakeholder::Administration) + 100.0) / 200.0;
    politics = match state.politics.disposition {
        Disposition::Friendly => (politics + 0.1).min(1.0),
        Disposition::Neutral => politics,
        Disposition::Hostile => (politics - 0.1).max(0.0),
    };
    (
        fit(&requirements_met(content, state, t)),
        price.clamp(0.0, 1.0),
        politics,
    )
}

/// Awards the tenders that close this quarter.
pub(super) fn award(content: &Content, state: &mut GameState, notes: &mut Vec<Note>) {
    let now = state.quarter;
    if !state.politics.tenders.iter().any(|t| t.closes <= now) {
        return;
    }
    let (closing, open): (Vec<OpenTender>, Vec<OpenTender>) =
        std::mem::take(&mut state.politics.tenders)
            .into_iter()
            .partition(|t| t.closes <= now);
    state.politics.tenders = open;
    let r = content.deck.politics.tenders.clone();
    for o in closing {
        let Some(t) = content.deck.tender(&o.id) else {
            continue;
        };
        let mut best: Option<(f64, Option<usize>)> = None;
        if let Some(pct) = o.bid_pct {
            let (fit, price, politics) = your_score_parts(content, state, t, pct);
            let noise: f64 = state.rng.random();
            let s = r.fit_weight * fit
                + r.price_weight * price
                + r.politics_weight * politics
                + r.noise * noise;
            best = Some((s, None));
        }
        for b in &t.bidders {
            let Some(i) = content.rivals.iter().position(|x| &x.id == b) else {
                continue;
            };
            let g = content.rivals[i].government;
            let noise: f64 = state.rng.random();
            let s = r.fit_weight * g
                + r.price_weight * r.rival_price_score
                + r.politics_weight * g
                + r.noise * noise;
            if best.is_none_or(|(bs, _)| s > bs) {
                best = Some((s, Some(i)));
            }
        }
        match best {
            Some((_, None)) => {
                let pct = f64::from(o.bid_pct.unwrap_or(100)) / 100.0;
                let per_quarter = t.value_per_quarter.scale(pct * o.scale);
                state.politics.contracts.push(Contract {
                    tender: t.id.clone(),
                    name: t.name.clone(),
                    per_quarter,
                    until: now.plus(i32::from(t.years) * 4),
                });
                notes.push(Note::TenderAwarded {
                    name: t.name.clone(),
                    winner: TenderWinner::You(per_quarter),
                });
                let text = format!("You win the tender: {}", t.name);
                state.politics.record(now, text.clone());
                state.push_news(text);
                if let Some(ev) = &t.on_win {
                    schedule(state, ev, None);
                }
            }
            Some((_, Some(i))) => {
                let name = content.rivals.get(i).map_or("A rival", |x| x.name.as_str());
                let text = format!("{name} wins the tender: {}", t.name);
                state.politics.record(now, text.clone());
                state.push_news(text);
                notes.push(Note::TenderAwarded {
                    name: t.name.clone(),
                    winner: TenderWinner::Rival(i),
                });
                if o.bid_pct.is_some()
                    && let Some(ev) = &t.on_loss
                {
                    schedule(state, ev, Some(i as u8));
                }
            }
            None => {
                let text = format!("The tender lapses without bids: {}", t.name);
                state.politics.record(now, text);
                notes.push(Note::TenderAwarded {
                    name: t.name.clone(),
                    winner: TenderWinner::Nobody,
                });
            }
        }
    }
}

#[allow(dead_code)]
pub(super) fn schedule(state: &mut GameState, id: &str, rival: Option<u8>) {
    let at = state.quarter;
    state.events.scheduled.push(Scheduled {
        id: id.to_string(),
        at,
        region: None,
        rival,
    });
}
