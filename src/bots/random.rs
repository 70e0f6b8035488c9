//! The random bot: legal-looking actions drawn from a copy of the game's generator.
//!
//! It never advances the game's own generator (a bot only reads the state); the copy differs
//! every quarter because the game draws from the original as it resolves.

use super::{finance, plan};
use crate::content::{Content, FacilityKind};
use crate::sim::{Action, GameState, Money, RegionId};
use rand::RngExt;

/// A few random actions for the quarter.
pub fn plan(content: &Content, state: &GameState) -> Vec<Action> {
    let mut rng = state.rng.clone();
    // Even a random player pays the bills: it raises money when cash runs low, like the others.
    let mut out = finance::keep_funded(content, state, true, true);
    let mut budget = plan::budget(content, state, 0.5);
    let regions = content.regions.len();
    for _ in 0..rng.random_range(0..4u8) {
        let action = match rng.random_range(0..10u8) {
            0..=2 => {
                let kind = if rng.random_bool(0.6) {
                    FacilityKind::Warehouse
                } else {
                    FacilityKind::DataCentre
                };
                let region = rng.random_range(0..regions);
                // Any size it can pay for now, as a player picks from what the form allows.
                let affordable: Vec<u8> = (0..content.sizes(kind).len() as u8)
                    .filter(|&z| plan::cost(content, kind, region, z) <= budget)
                    .filter(|&z| {
                        content
                            .sizes(kind)
                            .get(usize::from(z))
                            .is_some_and(|d| d.available_from <= state.quarter.year)
                    })
                    .collect();
                if affordable.is_empty() {
                    continue;
                }
                let size = affordable[rng.random_range(0..affordable.len())];
                let cost = plan::cost(content, kind, region, size);
                budget -= cost;
                Action::Build {
                    kind,
                    region: RegionId(region as u8),
                    size,
                }
            }
            3 | 4 if !state.facilities.is_empty() => {
                let f = &state.facilities[rng.random_range(0..state.facilities.len())];
                match rng.random_range(0..4u8) {
                    0 => Action::SetOpen {
                        facility: f.id,
                        open: !f.open,
                    },
                    1 => Action::SetReservation {
                        facility: f.id,
                        pct: rng.random_range(0..=100u8),
                    },
                    2 => Action::SetCloudPrice {
                        facility: f.id,
                        cents: rng.random_range(5..40u32),
                    },
                    _ => Action::Upgrade(f.id),
                }
            }
            5 => {
                Action::SetPriceLevel(rng.random_range(0..content.market.price_levels.len()) as u8)
            }
            6 => {
                let revenue = state
                    .last_report
                    .as_ref()
                    .map_or(Money::ZERO, |r| r.books.revenue());
                Action::SetMarketing(revenue.scale(rng.random_range(0.0..0.08)).max(Money::k(20)))
            }
            7 => Action::SetHosting(
                plan::peak_load(content, state, 1).saturating_mul(rng.random_range(8..20u64)) / 10,
            ),
            _ => continue,
        };
        out.push(action);
    }
    out
}
