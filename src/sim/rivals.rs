//! The rivals' strategies: each quarter every rival reads the market and acts on a rule a
//! player can learn. Retailers cut prices where they lose customers, then build; they build
//! where you lead by far. Clouds open on their own timetable and cut prices while they are
//! below the share they want.

use super::ids::RegionId;
use super::report::{Note, RivalAct};
use super::state::{GameState, RivalRegion};
use super::world;
use crate::content::Content;

/// Moves every rival: its base pull, its regional defence and its cloud.
pub fn act(
    content: &Content,
    state: &mut GameState,
    your_price_pull: f64,
    strength: f64,
    notes: &mut Vec<Note>,
) {
    retail(content, state, your_price_pull, strength, notes);
    cloud(content, state, notes);
}

fn retail(
    content: &Content,
    state: &mut GameState,
    your_price_pull: f64,
    strength: f64,
    notes: &mut Vec<Note>,
) {
    let year = state.quarter.as_year();
    let n_regions = content.regions.len();
    for (i, def) in content.rivals.iter().enumerate() {
        let drawn = state.world.rival_strength.get(i).copied().unwrap_or(1.0);
        let ln_strength = (strength * drawn).max(0.01).ln();
        let markets = &state.regions;
        let Some(rival) = state.rivals.get_mut(i) else {
            continue;
        };
        let Some(r) = &def.retail else { continue };
        if year < r.online_from {
            rival.retail_pull = f64::NEG_INFINITY;
            rival.last_move = "no online store yet".to_string();
            continue;
        }
        let grown =
            (r.utility_start + r.utility_growth * (year - r.online_from)).min(r.utility_max);
        // Rivals match a discounter: their pull rises with yours.
        let matched = r.price_match * your_price_pull.max(0.0);
        rival.retail_pull = grown + matched + ln_strength;
        rival.regions.resize(n_regions, RivalRegion::default());
        let d = &r.defence;
        // The move it makes in the region where it is hurt most, for the market screen and the
        // quarter's report.
        let mut biggest: Option<(f64, String, Note)> = None;
        for (reg, mv) in rival.regions.iter_mut().enumerate() {
            let Some(region) = content.regions.get(reg) else {
                continue;
            };
            let sells = content
                .rival_reach
                .get(i)
                .and_then(|r| r.get(reg))
                .is_some_and(Option::is_some);
            if !sells {
                continue;
            }
            let market = markets.get(reg);
            let share = market
                .and_then(|m| m.rival_shares.get(i))
                .copied()
                .unwrap_or(0.0);
            let yours = market.map_or(0.0, |m| m.share);
            let lost = mv.trend - share;
            let note = |act: RivalAct, points: f64| Note::RivalMove {
                rival: i,
                region: RegionId(reg as u8),
                act,
                points,
            };
            let text = if lost > d.trigger {
                if mv.price_push + d.price_step <= d.price_max + 1e-9 {
                    mv.price_push += d.price_step;
                    Some((
                        format!(
                            "lost {:.1} pts in {}: cuts prices",
                            lost * 100.0,
                            region.short
                        ),
                        note(RivalAct::CutPrices, lost * 100.0),
                    ))
                } else if mv.build_push + d.build_step <= d.build_max + 1e-9 && d.build_step > 0.0 {
                    mv.build_push += d.build_step;
                    Some((
                        format!(
                            "lost {:.1} pts in {}: builds depots",
                            lost * 100.0,
                            region.short
                        ),
                        note(RivalAct::Builds, lost * 100.0),
                    ))
                } else {
                    None
                }
            } else {
                mv.price_push *= 1.0 - d.price_recovery;
                None
            };
            let text = text.or_else(|| {
                let lead = yours - share;
                (lead > d.contest_lead
                    && d.build_step > 0.0
                    && mv.build_push + d.build_step <= d.build_max + 1e-9)
                    .then(|| {
                        mv.build_push += d.build_step;
                        (
                            format!(
                                "you lead {} by {:.0} pts: it builds there",
                                region.short,
                                lead * 100.0
                            ),
                            note(RivalAct::Contests, lead * 100.0),
                        )
                    })
            });
            if let Some((t, n)) = text
                && biggest.as_ref().is_none_or(|(l, _, _)| lost > *l)
            {
                biggest = Some((lost, t, n));
            }
            // The smoothed share forgets about a year back.
            mv.trend += 0.25 * (share - mv.trend);
        }
        rival.last_move = match biggest {
            Some((_, t, n)) => {
                notes.push(n);
                t
            }
            None if matched > 0.0 => format!("matching your discounts (+{matched:.2} pull)"),
            None => "growing its online store".to_string(),
        };
    }
}

fn cloud(content: &Content, state: &mut GameState, notes: &mut Vec<Note>) {
    let year = state.quarter.as_year();
    let reference = world::reference_price(content, state.quarter);
    let your_revenue = state
        .last_report
        .as_ref()
        .map_or(0.0, |r| r.books.cloud_revenue.as_f64());
    let yours = world::your_cloud_price(content, state);
    let size = state.cloud_market.size_cu.max(1.0);
    let prices: Vec<Option<f64>> = state
        .rivals
        .iter()
        .map(|r| r.cloud_opened.map(|_| r.cloud_price_cents))
        .collect();
    for (i, def) in content.rivals.iter().enumerate() {
        let Some(c) = &def.cloud else { continue };
        let Some(rival) = state.rivals.get_mut(i) else {
            continue;
        };
        if rival.cloud_opened.is_none() {
            let early = your_revenue >= c.opens_if_your_cloud_revenue && year >= c.opens_in - 3.0;
            if year >= c.opens_in || early {
                rival.cloud_opened = Some(state.quarter);
                rival.cloud_price_cents = c.entry_price * reference;
                rival.last_move = format!(
                    "opens a cloud at {:.1}¢ per CU-hour",
                    rival.cloud_price_cents
                );
                notes.push(Note::RivalCloud(i));
            }
            continue;
        }
        let floor = c.price_floor * reference;
        let cheapest_other = prices
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .filter_map(|(_, p)| *p)
            .chain(yours)
            .fold(f64::INFINITY, f64::min);
        let share = rival.cloud_cu / size;
        let mut undercut = false;
        if share < c.target_share && cheapest_other.is_finite() {
            let cut = (cheapest_other * (1.0 - c.undercut)).max(floor);
            undercut = cut < rival.cloud_price_cents * 0.995;
            rival.cloud_price_cents = rival.cloud_price_cents.min(cut);
        }
        // Everyone's servers get cheaper to run; list prices follow the reference down.
        rival.cloud_price_cents = rival
            .cloud_price_cents
            .min(c.entry_price * reference)
            .max(floor);
        if undercut {
            notes.push(Note::RivalCloudCut {
                rival: i,
                cents: rival.cloud_price_cents,
            });
            rival.last_move = format!(
                "wants {:.0}% of the cloud, holds {:.0}%: undercuts to {:.1}¢",
                c.target_share * 100.0,
                share * 100.0,
                rival.cloud_price_cents
            );
        } else if def.retail.is_none() {
            rival.last_move = format!(
                "holds {:.0}% of the cloud at {:.1}¢",
                share * 100.0,
                rival.cloud_price_cents
            );
        }
    }
}
