//! Shoppers: online spending per region and your share of it.

use super::calendar::Quarter;
use super::money::Money;
use super::report::{Pull, RegionReport};
use super::state::{FacilityStatus, GameState, WorldDraw};
use super::world;
use crate::content::{Content, FacilityKind};

/// Online spending in a region in a quarter, in thousands of dollars (all shops).
pub fn spending(content: &Content, world: &WorldDraw, region: usize, q: Quarter) -> f64 {
    let m = &content.market;
    let Some(r) = content.regions.get(region) else {
        return 0.0;
    };
    let year = q.as_year();
    let shift = world.adoption_shift.get(region).copied().unwrap_or(0.0);
    let shoppers = r.population_m * 1e6 * r.adoption(year - shift);
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
        habit: a.habit * state.regions.get(region).map_or(0.0, |r| r.share),
        late: a.late_penalty * late * 100.0,
        offline,
    }
}

/// Computes every region's demand and moves the market shares; returns the per-region lines
/// with `orders` filled in.
pub fn demand(content: &Content, state: &mut GameState) -> Vec<RegionReport> {
    let coverage = coverage(content, state);
    let adjust = content.market.share_adjust;
    let order_value = content.market.order_value;
    let spends: Vec<f64> = (0..content.regions.len())
        .map(|r| spending(content, &state.world, r, state.quarter))
        .collect();
    // Marketing is spread over regions in proportion to their spending, so its intensity is alike.
    let marketing_share = state.company.marketing.as_f64() / spends.iter().sum::<f64>().max(1.0);
    let mut out = Vec::with_capacity(content.regions.len());
    for (r, &spend_k) in spends.iter().enumerate() {
        let p = pull(content, state, r, coverage[r], marketing_share);
        let you = p.total();
        let mut denom = p.offline.exp() + you.exp();
        for rival in &state.rivals {
            if rival.retail_pull.is_finite() {
                denom += rival.retail_pull.exp();
            }
        }
        let target = you.exp() / denom;
        let Some(region) = state.regions.get_mut(r) else {
            continue;
        };
        region.share += adjust * (target - region.share);
        for (i, rival) in state.rivals.iter().enumerate() {
            let t = if rival.retail_pull.is_finite() {
                rival.retail_pull.exp() / denom
            } else {
                0.0
            };
            if let Some(s) = region.rival_shares.get_mut(i) {
                *s += adjust * (t - *s);
            }
        }
        let share = region.share.clamp(0.0, 1.0);
        let orders = (spend_k * 1000.0 * share / order_value).max(0.0);
        out.push(RegionReport {
            spending: Money::from_f64(spend_k),
            share,
            target_share: target,
            pull: p,
            orders: orders.min(1e15) as u64,
            ..RegionReport::default()
        });
    }
    out
}
