//! Shoppers: online spending per region and your share of it.

use super::calendar::Quarter;
use super::money::Money;
use super::report::{Pull, RegionReport};
use super::state::{FacilityStatus, GameState, WorldDraw};
use super::world;
use crate::content::deck::Lever;
use crate::content::{Content, FacilityKind};

/// Shoppers online in a region in a quarter.
pub fn shoppers(content: &Content, world: &WorldDraw, region: usize, q: Quarter) -> f64 {
    let Some(r) = content.regions.get(region) else {
        return 0.0;
    };
    let shift = world.adoption_shift.get(region).copied().unwrap_or(0.0);
    r.population_m * 1e6 * r.adoption(q.as_year() - shift)
}

/// Online spending in a region in a quarter, in thousands of dollars (all shops).
pub fn spending(content: &Content, world: &WorldDraw, region: usize, q: Quarter) -> f64 {
    let m = &content.market;
    let Some(r) = content.regions.get(region) else {
        return 0.0;
    };
    let year = q.as_year();
    let shoppers = shoppers(content, world, region, q);
    let per_shopper =
        m.spend_per_shopper * (1.0 + world.spend_growth).powf(year - m.base_year) * r.wealth;
    let season = m.season[usize::from(q.q - 1)];
    let mood = world::macro_phase(content, q).map_or(1.0, |p| p.demand);
    shoppers * per_shopper * season * mood / 1000.0
}

/// How fast you can deliver into each region: 2 own region, 1 neighbour, 0 drop-ship.
pub fn coverage(content: &Content, state: &GameState) -> Vec<u8> {
    let mut has = vec![false; content.regions.len()];
    for f in &state.facilities {
        if f.kind == FacilityKind::Warehouse
            && matches!(f.status, FacilityStatus::Operating)
            && let Some(h) = has.get_mut(usize::from(f.region.0))
        {
            *h = true;
        }
    }
    (0..content.regions.len())
        .map(|r| {
            if has[r] {
                2
            } else if content.neighbours[r].iter().any(|&n| has[n]) {
                1
            } else {
                0
            }
        })
        .collect()
}

/// Marketing spend over all regions' online spending (thousands), as [`pull`] takes it.
fn marketing_share(content: &Content, state: &GameState, marketing: Money, spends: &[f64]) -> f64 {
    // Marketing is spread over regions in proportion to their spending, so its intensity is alike.
    // The press's mood decides how far the message carries.
    marketing.as_f64() / spends.iter().sum::<f64>().max(1.0)
        * super::politics::sway(content, state, Lever::Marketing)
}

/// The pull a marketing spend per quarter adds in every region this quarter.
pub fn marketing_pull(content: &Content, state: &GameState, marketing: Money) -> f64 {
    let spends: Vec<f64> = (0..content.regions.len())
        .map(|r| spending(content, &state.world, r, state.quarter))
        .collect();
    let a = &content.market.attractiveness;
    a.marketing
        * (1.0 + marketing_share(content, state, marketing, &spends) / a.marketing_scale).ln()
}

/// Your pull on shoppers in a region, by part.
/// `marketing_share` is marketing spend over all regions' online spending.
pub fn pull(
    content: &Content,
    state: &GameState,
    region: usize,
    speed: u8,
    marketing_share: f64,
) -> Pull {
    let m = &content.market;
    let a = &m.attractiveness;
    let c = &state.company;
    let level = m.price_levels.get(usize::from(c.price_level));
    let year = state.quarter.as_year();
    let selection_units = c.catalogue + c.sellers / 1000.0 * m.marketplace.selection_per_k_sellers;
    let late = state.regions.get(region).map_or(0.0, |r| r.late_share);
    let offline = (m.offline.utility_start - m.offline.decline_per_year * (year - m.base_year))
        .max(m.offline.floor)
        + content
            .regions
            .get(region)
            .map_or(0.0, |r| r.local_competition);
    Pull {
        price: level.map_or(0.0, |l| l.utility),
        speed: match speed {
            2 => a.speed_own_region,
            1 => a.speed_neighbour,
            _ => a.speed_dropship,
        },
        selection: a.selection * (1.0 + selection_units.max(0.0)).ln(),
        reputation: a.reputation * (c.reputation - 50.0),
        marketing: a.marketing * (1.0 + marketing_share / a.marketing_scale).ln(),
        brand: a.brand_start + (a.brand_full - a.brand_start) * c.brand,
        late: a.late_penalty * late * 100.0,
        offline,
    }
}

/// A rival's pull on shoppers in a region, if it sells there.
pub fn rival_pull(
    content: &Content,
    state: &GameState,
    rival: usize,
    region: usize,
) -> Option<f64> {
    let st = state.rivals.get(rival)?;
    if !st.retail_pull.is_finite() {
        return None;
    }
    let home = (*content.rival_reach.get(rival)?.get(region)?)?;
    let moves = st
        .regions
        .get(region)
        .map_or(0.0, |m| m.price_push + m.build_push);
    Some(st.retail_pull + home + moves)
}

/// Moves a region's customers between shops for one quarter and returns the share each shop
/// pulls among those choosing now (you first, then each rival, then offline).
///
/// `shares` holds you, each rival and offline, adding up to 1; `pulls` the same order (`None`
/// for a rival not selling there). `growth` is the new shoppers as a share of last quarter's,
/// `late_leaving` the share of your customers who leave over late orders.
pub fn move_customers(
    content: &Content,
    shares: &mut [f64],
    pulls: &[Option<f64>],
    growth: f64,
    late_leaving: f64,
) -> Vec<f64> {
    let c = &content.market.customers;
    let n = shares.len();
    // The best and second-best pulls: the strongest other shop for any shop is the best one,
    // or the second best for the best shop itself.
    let (mut best, mut second, mut best_at) = (f64::NEG_INFINITY, f64::NEG_INFINITY, usize::MAX);
    for (k, p) in pulls.iter().enumerate() {
        if let Some(u) = *p {
            if u > best {
                second = best;
                best = u;
                best_at = k;
            } else if u > second {
                second = u;
            }
        }
    }
    let mut chosen: Vec<f64> = pulls
        .iter()
        .map(|p| p.map_or(0.0, |u| (u - best).exp()))
        .collect();
    let total: f64 = chosen.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    for w in chosen.iter_mut() {
        *w /= total;
    }
    let mut pool = growth.max(0.0);
    let mut your_leaving = 0.0;
    for k in 0..n {
        let churn = match pulls[k] {
            // A shop that no longer sells here loses all its customers.
            None => 1.0,
            Some(u) => {
                let best_other = if k == best_at { second } else { best };
                let gap = (best_other - u).max(0.0);
                (c.base_churn + c.gap_churn * gap).min(c.max_churn)
            }
        };
        let leaving = shares[k] * churn;
        if k == 0 {
            your_leaving = leaving;
        }
        shares[k] -= leaving;
        pool += leaving;
    }
    // Customers who leave over late orders go to the others, in proportion to their pull.
    let held = shares[0] + your_leaving;
    let late = held * late_leaving.clamp(0.0, 1.0) * (1.0 - your_leaving / held.max(1e-12));
    let others: f64 = chosen[1..].iter().sum::<f64>().max(f64::MIN_POSITIVE);
    for k in 0..n {
        let mut s = shares[k] + pool * chosen[k];
        if k == 0 {
            s -= late;
        } else {
            s += late * chosen[k] / others;
        }
        shares[k] = (s / (1.0 + growth.max(0.0))).max(0.0);
    }
    let sum: f64 = shares.iter().sum();
    if sum > 0.0 {
        for s in shares.iter_mut() {
            *s /= sum;
        }
    }
    chosen
}

/// Computes every region's demand and moves the customers between shops; returns the
/// per-region lines with `orders` filled in.
pub fn demand(content: &Content, state: &mut GameState) -> Vec<RegionReport> {
    let coverage = coverage(content, state);
    let order_value = content.market.order_value;
    let late_leave = content.market.customers.late_leave;
    let spends: Vec<f64> = (0..content.regions.len())
        .map(|r| spending(content, &state.world, r, state.quarter))
        .collect();
    let marketing_share = marketing_share(content, state, state.company.marketing, &spends);
    let mut out = Vec::with_capacity(content.regions.len());
    let nr = state.rivals.len();
    for (r, &spend_k) in spends.iter().enumerate() {
        let p = pull(content, state, r, coverage[r], marketing_share);
        let before = shoppers(content, &state.world, r, state.quarter.plus(-1));
        let now = shoppers(content, &state.world, r, state.quarter);
        let growth = if before > 0.0 {
            now / before - 1.0
        } else {
            0.0
        };
        let mut pulls = Vec::with_capacity(nr + 2);
        pulls.push(Some(p.total()));
        pulls.extend((0..nr).map(|i| rival_pull(content, state, i, r)));
        pulls.push(Some(p.offline));
        let Some(region) = state.regions.get_mut(r) else {
            continue;
        };
        region.rival_shares.resize(nr, 0.0);
        let mut shares = Vec::with_capacity(nr + 2);
        shares.push(region.share.clamp(0.0, 1.0));
        shares.extend(region.rival_shares.iter().map(|s| s.clamp(0.0, 1.0)));
        let held: f64 = shares.iter().sum();
        shares.push((1.0 - held).max(0.0));
        let chosen = move_customers(
            content,
            &mut shares,
            &pulls,
            growth,
            region.late_share * late_leave,
        );
        region.share = shares[0];
        region.rival_shares.copy_from_slice(&shares[1..=nr]);
        let share = region.share;
        let orders = (spend_k * 1000.0 * share / order_value).max(0.0);
        out.push(RegionReport {
            spending: Money::from_f64(spend_k),
            share,
            target_share: chosen[0],
            pull: p,
            orders: orders.min(1e15) as u64,
            ..RegionReport::default()
        });
    }
    out
}
