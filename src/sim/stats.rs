//! The company's slow-moving scores: reputation, excellence, brand, catalogue and sellers.

use super::report::{MarketplaceReport, Note, QuarterReport};
use super::state::GameState;
use crate::content::{Content, FacilityKind};

/// Moves reputation, excellence, brand, catalogue and the sellers after a quarter.
pub fn update(
    content: &Content,
    state: &mut GameState,
    report: &mut QuarterReport,
    unserved_load: f64,
) {
    let m = &content.market;
    let orders = report.orders().max(1) as f64;
    let late_share = report.late() as f64 / orders;
    if late_share > 0.02 {
        report
            .notes
            .push(Note::LateDeliveries { share: late_share });
    }
    for (r, line) in report.regions.iter().enumerate() {
        if let Some(region) = state.regions.get_mut(r) {
            region.late_share = if line.orders == 0 {
                0.0
            } else {
                line.late as f64 / line.orders as f64
            };
        }
    }
    let c = &mut state.company;
    let before = c.reputation;
    let rep = &m.reputation;
    c.reputation += rep.drift * (rep.good_service_target - c.reputation);
    c.reputation -= rep.late_penalty * late_share * 100.0;
    c.reputation -= m.compute.outage_reputation * unserved_load * 100.0;
    c.reputation = c.reputation.clamp(0.0, 100.0);
    report.reputation_change = c.reputation - before;

    let x = &m.excellence;
    let running = state.facilities.iter().any(|f| f.is_operating());
    let before = state.company.excellence;
    let gain = x.outsider_gain * outsider_share(state) + if running { x.run_gain } else { 0.0 };
    let c = &mut state.company;
    c.excellence = (c.excellence * (1.0 - x.decay) + gain).clamp(0.0, 100.0);
    report.excellence_change = c.excellence - before;

    let a = &m.attractiveness;
    let marketing_push = if report.books.revenue().0 > 0 {
        (c.marketing.as_f64() / report.books.revenue().as_f64()).min(1.0)
    } else {
        0.0
    };
    let word_of_mouth = orders / (orders + a.brand_orders_half);
    c.brand +=
        (a.brand_growth + a.brand_marketing * marketing_push) * (1.0 - c.brand) * word_of_mouth;
    c.brand = c.brand.clamp(0.0, 1.0);
    c.catalogue *= 1.0 + m.catalogue_growth;

    report.marketplace = update_sellers(content, state, report.marketplace, report.orders());
}

fn update_sellers(
    content: &Content,
    state: &mut GameState,
    mut mp: MarketplaceReport,
    own_orders: u64,
) -> MarketplaceReport {
    let p = &content.market.marketplace;
    let any_open = state
        .facilities
        .iter()
        .any(|f| f.open && f.kind == FacilityKind::Warehouse && f.is_operating());
    let mut news = None;
    let c = &mut state.company;
    if any_open {
        let pool = p.sellers_per_m_orders * state.world.seller_appetite * own_orders as f64 / 1e6;
        if pool > c.sellers {
            c.sellers += p.join_rate * (pool - c.sellers);
        }
        let unserved = if mp.demand == 0 {
            0.0
        } else {
            (mp.demand - mp.served) as f64 / mp.demand as f64
        };
        let most = p.breach_churn_max.clamp(0.0, 1.0);
        let lost = (p.breach_churn * unserved * 100.0).clamp(0.0, most);
        c.sellers *= 1.0 - lost;
        if lost >= 0.2 {
            news = Some(format!(
                "Sellers leave: {:.0}% of their orders could not be handled, and {:.0}% of the sellers go elsewhere",
                unserved * 100.0,
                lost * 100.0
            ));
        }
    } else {
        c.sellers *= 1.0 - p.closed_churn;
    }
    c.sellers = c.sellers.max(0.0);
    mp.sellers = c.sellers as u64;
    if let Some(text) = news {
        state.push_news(text);
    }
    mp
}

/// Outsiders' share of the volume served last quarter, warehouses and data centres weighing
/// alike (a kind with no volume does not count).
pub fn outsider_share(state: &GameState) -> f64 {
    let mut parts = Vec::with_capacity(2);
    for kind in [FacilityKind::Warehouse, FacilityKind::DataCentre] {
        let (own, out) = state
            .facilities
            .iter()
            .filter(|f| f.kind == kind)
            .fold((0u64, 0u64), |(a, b), f| {
                (a + f.last.own, b + f.last.outsiders)
            });
        if own + out > 0 {
            parts.push(out as f64 / (own + out) as f64);
        }
    }
    if parts.is_empty() {
        0.0
    } else {
        parts.iter().sum::<f64>() / parts.len() as f64
    }
}
