//! The bots' strategies.

use super::{finance, plan};
use crate::content::{Content, FacilityKind};
use crate::sim::{Action, GameState, Money, RegionId};

/// Quarters ahead the bots plan warehouses for: lead time plus a holiday of slack.
const WAREHOUSE_HORIZON: i32 = 4;

fn marketing(state: &GameState, share: f64, floor: Money) -> Option<Action> {
    let revenue = state
        .last_report
        .as_ref()
        .map_or(Money::ZERO, |r| r.books.revenue());
    let want = revenue.scale(share).max(floor);
    let now = state.company.marketing;
    // Only change when it moves by more than a fifth, so the plan stays readable.
    if (want.as_f64() - now.as_f64()).abs() > now.as_f64() * 0.2 {
        Some(Action::SetMarketing(want))
    } else {
        None
    }
}

/// Warehouses where projected holiday demand will outgrow capacity.
fn build_warehouses(
    content: &Content,
    state: &GameState,
    budget: &mut Money,
    max: usize,
    headroom: f64,
    extra: f64,
) -> Vec<Action> {
    let mut out = Vec::new();
    let smallest = content
        .sizes(FacilityKind::Warehouse)
        .first()
        .map_or(1, |s| s.capacity) as f64;
    let by_demand = plan::regions_by_demand(content, state, WAREHOUSE_HORIZON);
    // Sellers' orders (`extra`) spread over regions like own orders.
    let total: f64 = by_demand.iter().map(|(_, d)| d).sum::<f64>().max(1.0);
    for (r, own_peak) in by_demand {
        let peak = own_peak * (1.0 + extra / total);
        if out.len() >= max {
            break;
        }
        let cap = plan::capacity_in(content, state, FacilityKind::Warehouse, r) as f64;
        // The first warehouse in a region pays for itself in speed long before it is full.
        let gap = if cap == 0.0 && peak > smallest * 0.15 {
            peak.max(smallest)
        } else {
            peak * headroom - cap
        };
        if gap < smallest * 0.3 {
            continue;
        }
        // Build big enough to grow the region by half at least: fewer, larger sites.
        let Some(size) =
            plan::size_for_gap(content, state, FacilityKind::Warehouse, gap.max(cap * 0.5))
        else {
            continue;
        };
        let cost = plan::cost(content, FacilityKind::Warehouse, r, size);
        if cost <= *budget {
            *budget -= cost;
            out.push(Action::Build {
                kind: FacilityKind::Warehouse,
                region: RegionId(r as u8),
                size,
            });
        }
    }
    out
}

fn hosting(content: &Content, state: &GameState, own_cover: u64) -> Option<Action> {
    let need = plan::peak_load(content, state, 1).saturating_mul(13) / 10;
    let want = need.saturating_sub(own_cover);
    let now = state.company.hosting_cu;
    let low = want > now;
    let far_above = now > want.saturating_mul(3) / 2 + 50;
    (low || far_above).then_some(Action::SetHosting(want))
}

/// Builds warehouses only, rents hosting for its servers, never opens anything.
pub fn retail(content: &Content, state: &GameState) -> Vec<Action> {
    let mut out = finance::keep_funded(content, state, false);
    out.extend(marketing(state, 0.03, Money::k(50)));
    out.extend(hosting(content, state, 0));
    let mut budget = plan::budget(content, state, 0.3);
    out.extend(build_warehouses(content, state, &mut budget, 2, 1.05, 0.0));
    out
}

/// Builds warehouses and data centres and opens both to outsiders.
pub fn opener(content: &Content, state: &GameState) -> Vec<Action> {
    let mut out = finance::keep_funded(content, state, true);
    out.extend(marketing(state, 0.03, Money::k(50)));
    let operating_dc: u64 = state
        .facilities
        .iter()
        .filter(|f| f.kind == FacilityKind::DataCentre && f.is_operating())
        .filter_map(|f| content.sizes(f.kind).get(usize::from(f.size)))
        .map(|s| s.capacity)
        .sum();
    out.extend(hosting(content, state, operating_dc));
    let mut budget = plan::budget(content, state, 0.3);
    out.extend(build_warehouses(
        content,
        state,
        &mut budget,
        2,
        1.1,
        plan::peak_seller_orders(content, state),
    ));

    // Compute for the store's peak plus the cloud book, with room to grow.
    let need =
        plan::peak_load(content, state, 3) as f64 + state.company.cloud.demand_cu * 1.6 + 1500.0;
    let cap = plan::compute_capacity(content, state) as f64;
    if need > cap {
        let regions_with_dc: Vec<usize> = (0..content.regions.len())
            .filter(|&r| plan::capacity_in(content, state, FacilityKind::DataCentre, r) > 0)
            .collect();
        // Every third data centre goes to a new region, for cloud customers who want choice.
        let dcs = state
            .facilities
            .iter()
            .filter(|f| f.kind == FacilityKind::DataCentre)
            .count();
        let region = if dcs % 3 == 2 {
            plan::regions_by_demand(content, state, 4)
                .into_iter()
                .map(|(r, _)| r)
                .find(|r| !regions_with_dc.contains(r))
                .unwrap_or(usize::from(state.company.home.0))
        } else {
            usize::from(state.company.home.0)
        };
        if let Some(size) = plan::size_for_gap(content, state, FacilityKind::DataCentre, need - cap)
        {
            let cost = plan::cost(content, FacilityKind::DataCentre, region, size);
            if cost <= budget {
                out.push(Action::Build {
                    kind: FacilityKind::DataCentre,
                    region: RegionId(region as u8),
                    size,
                });
            }
        }
    }
    for f in &state.facilities {
        if f.is_operating() && !f.open {
            out.push(Action::SetOpen {
                facility: f.id,
                open: true,
            });
            let pct = if f.kind == FacilityKind::Warehouse {
                75
            } else {
                40
            };
            out.push(Action::SetReservation {
                facility: f.id,
                pct,
            });
        }
    }
    out
}

/// Builds the biggest facilities it can every quarter with every dollar lenders and investors offer.
pub fn reckless(content: &Content, state: &GameState) -> Vec<Action> {
    let mut out = Vec::new();
    let deep = content
        .market
        .price_levels
        .iter()
        .position(|l| l.id == "deep_discount")
        .unwrap_or(0) as u8;
    if state.company.price_level != deep {
        out.push(Action::SetPriceLevel(deep));
    }
    out.extend(marketing(state, 0.12, Money::k(200)));
    let room = crate::sim::finance::bond_room(content, state);
    if room.0 > 0 {
        out.push(Action::IssueBond(room));
    }
    // It takes every dollar investors offer, whenever they offer it.
    let equity = crate::sim::finance::max_raise(content, state);
    let raised = if crate::sim::finance::check_raise(content, state, equity).is_ok() {
        out.push(Action::RaiseEquity(equity));
        equity
    } else {
        Money::ZERO
    };
    // Its one concession to prudence: last quarter's bills are covered before it builds.
    let bills = state
        .last_report
        .as_ref()
        .map_or(Money::ZERO, |r| r.books.operating_costs());
    let mut budget = state.company.cash + room + raised - bills;
    let target = plan::regions_by_demand(content, state, 2)
        .first()
        .map_or(0, |(r, _)| *r);
    for kind in [FacilityKind::Warehouse, FacilityKind::DataCentre] {
        let sizes = content.sizes(kind);
        if let Some(size) = (0..sizes.len())
            .rev()
            .find(|&i| sizes[i].available_from <= state.quarter.year)
        {
            let cost = plan::cost(content, kind, target, size as u8);
            if cost <= budget {
                budget -= cost;
                out.push(Action::Build {
                    kind,
                    region: RegionId(target as u8),
                    size: size as u8,
                });
            }
        }
    }
    let load = plan::peak_load(content, state, 1);
    if state.company.hosting_cu < load {
        out.push(Action::SetHosting(load * 2));
    }
    out
}
