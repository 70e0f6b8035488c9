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
        let mut gap = gap;
        while gap >= smallest * 0.3 && out.len() < max {
            let Some(size) = plan::size_within_gap(content, state, FacilityKind::Warehouse, gap)
            else {
                break;
            };
            let cost = plan::cost(content, FacilityKind::Warehouse, r, size);
            if cost > *budget {
                break;
            }
            *budget -= cost;
            gap -= content
                .sizes(FacilityKind::Warehouse)
                .get(usize::from(size))
                .map_or(f64::INFINITY, |z| z.capacity as f64);
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
    // Before the first quarter's report there are no orders to size the servers by: keep what
    // the company started with rather than cut it to the idle load and overload in the launch.
    state.last_report.as_ref()?;
    let need = plan::peak_load(content, state, 1).saturating_mul(13) / 10;
    let want = need.saturating_sub(own_cover);
    let now = state.company.hosting_cu;
    let low = want > now;
    let far_above = now > want.saturating_mul(3) / 2 + 50;
    (low || far_above).then_some(Action::SetHosting(want))
}

/// When a bot opens its facilities to outsiders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Never.
    Never,
    /// As soon as a facility operates.
    Always,
    /// Once a rival has opened a cloud.
    WhenRivalsDo,
}

/// How a careful bot plays: the knobs that tell the strategies apart.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    /// Sells shares when cash runs low.
    pub equity: bool,
    /// Issues bonds when cash runs low (before equity).
    pub bonds: bool,
    /// Share of the undrawn credit line it will spend on building.
    pub credit_use: f64,
    /// Borrows every dollar bond buyers offer, every quarter, to build with.
    pub eager_bonds: bool,
    /// Capacity it builds over the projected holiday peak.
    pub headroom: f64,
    /// Most warehouses ordered in one quarter.
    pub max_builds: usize,
    /// First year it builds data centres (rents hosting before), if ever.
    pub data_centres_from: Option<u16>,
    /// Opening warehouses to sellers.
    pub open_warehouses: Opening,
    /// Opening data centres to cloud customers.
    pub open_data_centres: Opening,
    /// Reservation for own orders in open warehouses.
    pub warehouse_reservation: u8,
    /// Reservation for own load in open data centres.
    pub data_centre_reservation: u8,
    /// Cloud price against the reference price.
    pub cloud_price: f64,
    /// Marketing as a share of revenue.
    pub marketing: f64,
    /// Spend on new cloud services as a share of cloud revenue.
    pub services: f64,
    /// Starts projects with money left after building.
    pub projects: bool,
    /// Buys rivals' businesses with money left after building.
    pub acquires: bool,
}

/// Builds warehouses only, rents hosting for its servers, never opens anything.
pub const RETAIL: Profile = Profile {
    equity: true,
    bonds: true,
    credit_use: 0.3,
    eager_bonds: false,
    headroom: 1.15,
    max_builds: 3,
    data_centres_from: None,
    open_warehouses: Opening::Never,
    open_data_centres: Opening::Never,
    warehouse_reservation: 75,
    data_centre_reservation: 40,
    cloud_price: 1.0,
    // A store with nothing else to sell buys its shoppers harder.
    marketing: 0.035,
    services: 0.0,
    projects: true,
    acquires: true,
};

/// Builds warehouses and data centres and opens both to outsiders.
pub const OPENER: Profile = Profile {
    headroom: 1.1,
    max_builds: 2,
    data_centres_from: Some(1997),
    open_warehouses: Opening::Always,
    open_data_centres: Opening::Always,
    marketing: 0.03,
    services: 0.05,
    acquires: false,
    ..RETAIL
};

/// Data centres early, opened soon; warehouses only as orders need them.
pub const CLOUD_FIRST: Profile = Profile {
    headroom: 1.1,
    max_builds: 2,
    data_centres_from: Some(1995),
    open_warehouses: Opening::Always,
    open_data_centres: Opening::Always,
    warehouse_reservation: 75,
    data_centre_reservation: 30,
    cloud_price: 0.9,
    services: 0.1,
    acquires: false,
    ..RETAIL
};

/// Builds for itself and opens only when rivals do.
pub const LATE_OPENER: Profile = Profile {
    data_centres_from: Some(1997),
    open_warehouses: Opening::WhenRivalsDo,
    open_data_centres: Opening::WhenRivalsDo,
    ..OPENER
};

/// Grows without debt: profits and shares only, never bonds or the credit line.
pub const FRUGAL: Profile = Profile {
    equity: true,
    bonds: false,
    credit_use: 0.0,
    headroom: 1.0,
    marketing: 0.025,
    ..OPENER
};

/// Finances growth with bonds and the credit line, never with shares.
pub const DEBT_HEAVY: Profile = Profile {
    equity: false,
    bonds: true,
    credit_use: 1.0,
    eager_bonds: true,
    ..OPENER
};

fn opens(when: Opening, state: &GameState) -> bool {
    match when {
        Opening::Never => false,
        Opening::Always => true,
        Opening::WhenRivalsDo => state.rivals.iter().any(|r| r.cloud_opened.is_some()),
    }
}

/// Plays a careful strategy described by a profile.
pub fn careful(content: &Content, state: &GameState, p: &Profile) -> Vec<Action> {
    let mut out = finance::keep_funded(content, state, p.equity, p.bonds);
    out.extend(marketing(state, p.marketing, Money::k(50)));
    let builds_dcs = p.data_centres_from.is_some_and(|y| state.quarter.year >= y);
    let operating_dc: u64 = state
        .facilities
        .iter()
        .filter(|f| f.kind == FacilityKind::DataCentre && f.is_operating())
        .filter_map(|f| content.sizes(f.kind).get(usize::from(f.size)))
        .map(|s| s.capacity)
        .sum();
    out.extend(hosting(content, state, operating_dc));
    let mut budget = plan::budget(content, state, p.credit_use);
    if p.eager_bonds {
        let room = crate::sim::finance::bond_room(content, state);
        if room.0 > 0 && !out.iter().any(|a| matches!(a, Action::IssueBond(_))) {
            out.push(Action::IssueBond(room));
            budget += room;
        }
    }
    let sellers = if opens(p.open_warehouses, state) {
        plan::peak_seller_orders(content, state)
    } else {
        0.0
    };
    out.extend(build_warehouses(
        content,
        state,
        &mut budget,
        p.max_builds,
        p.headroom,
        sellers,
    ));
    if builds_dcs {
        out.extend(build_data_centres(content, state, &mut budget));
    }
    out.extend(invest(content, state, p, &mut budget));
    let price = cloud_price(content, state, p.cloud_price);
    let any_dc_open = state
        .facilities
        .iter()
        .any(|f| f.kind == FacilityKind::DataCentre && f.open);
    for f in state.facilities.iter().filter(|f| f.is_operating()) {
        let (when, pct) = match f.kind {
            FacilityKind::Warehouse => (p.open_warehouses, p.warehouse_reservation),
            FacilityKind::DataCentre => (p.open_data_centres, p.data_centre_reservation),
        };
        let open = opens(when, state);
        if open && !f.open {
            out.push(Action::SetOpen {
                facility: f.id,
                open: true,
            });
            out.push(Action::SetReservation {
                facility: f.id,
                pct,
            });
        }
        // Open halls follow the market's price, repriced only when it moves by more than 8%.
        let drift = (f64::from(f.cloud_price_cents) - f64::from(price)).abs();
        if f.kind == FacilityKind::DataCentre && open && drift > f64::from(price) * 0.08 {
            out.push(Action::SetCloudPrice {
                facility: f.id,
                cents: price,
            });
        }
    }
    if any_dc_open && p.services > 0.0 {
        let cloud = state
            .last_report
            .as_ref()
            .map_or(Money::ZERO, |r| r.books.cloud_revenue);
        let want = cloud.scale(p.services);
        let now = state.company.services_budget;
        if (want.as_f64() - now.as_f64()).abs() > now.as_f64() * 0.2 + 1.0 {
            out.push(Action::SetServices(want));
        }
    }
    out
}

/// The price a careful bot asks: its profile's multiple of the going price, but never more
/// than a tenth above the cheapest rival, nor under half the going price.
fn cloud_price(content: &Content, state: &GameState, factor: f64) -> u32 {
    let reference = crate::sim::world::reference_price(content, state.quarter);
    let cheapest = state
        .rivals
        .iter()
        .filter(|r| r.cloud_opened.is_some())
        .map(|r| r.cloud_price_cents * 1.1)
        .fold(reference * factor, f64::min);
    cheapest.max(reference * 0.5).round().max(1.0) as u32
}

/// A project, then a rival's business, with what is left after building: at most one of each
/// a quarter, only when it leaves half the budget standing.
fn invest(content: &Content, state: &GameState, p: &Profile, budget: &mut Money) -> Vec<Action> {
    use crate::sim::projects::{self, Standing};
    let mut out = Vec::new();
    let has_dc = state
        .facilities
        .iter()
        .any(|f| f.kind == FacilityKind::DataCentre);
    if p.projects {
        let next = content.projects.projects.iter().find(|d| {
            let useful = has_dc
                || !matches!(
                    d.effect,
                    crate::content::projects::ProjectEffect::ComputeCost(_)
                );
            useful && projects::standing(state, d) == Standing::Open
        });
        if let Some(d) = next {
            let cost = projects::cost(state, d);
            if cost.scale(4.0) <= *budget {
                *budget -= cost;
                out.push(Action::StartProject(d.id.clone()));
            }
        }
    }
    if p.acquires && state.company.deals.is_empty() {
        let best = (0..content.rivals.len())
            .flat_map(|rival| (0..content.regions.len()).map(move |region| (rival, region)))
            .filter_map(|(rival, region)| {
                let o = projects::offer(content, state, rival, region).ok()?;
                (o.approval >= 0.5 && o.price.scale(2.0) <= *budget).then_some((rival, region, o))
            })
            .max_by_key(|(_, _, o)| o.price);
        if let Some((rival, region, o)) = best {
            *budget -= o.price;
            out.push(Action::Acquire {
                rival: rival as u8,
                region: RegionId(region as u8),
            });
        }
    }
    out
}

/// Data centres while the store's peak and the cloud book will outgrow compute: at most three a
/// quarter, each the largest the gap fills and the budget allows.
fn build_data_centres(content: &Content, state: &GameState, budget: &mut Money) -> Vec<Action> {
    // Customers turned away are the signal: build for what they want, at most two and a half
    // times today's book, as halls take three quarters.
    let book = &state.company.cloud;
    let wanted = book
        .wanted_cu
        .min(book.demand_cu * 2.0 + 20_000.0)
        .max(book.demand_cu);
    let need = plan::peak_load(content, state, 3) as f64 + wanted * 1.2 + 1500.0;
    let mut cap = plan::compute_capacity(content, state) as f64;
    let mut out = Vec::new();
    let home = usize::from(state.company.home.0);
    let sizes = content.sizes(FacilityKind::DataCentre);
    if need <= cap {
        return out;
    }
    let mut regions_with_dc: Vec<usize> = (0..content.regions.len())
        .filter(|&r| plan::capacity_in(content, state, FacilityKind::DataCentre, r) > 0)
        .collect();
    let mut dcs = state
        .facilities
        .iter()
        .filter(|f| f.kind == FacilityKind::DataCentre)
        .count();
    while need > cap && out.len() < 3 {
        // Every third data centre goes to a new region, for cloud customers who want choice.
        let region = if dcs % 3 == 2 {
            plan::regions_by_demand(content, state, 4)
                .into_iter()
                .map(|(r, _)| r)
                .find(|r| !regions_with_dc.contains(r))
                .unwrap_or(home)
        } else {
            home
        };
        let Some(fit) = plan::size_within_gap(content, state, FacilityKind::DataCentre, need - cap)
        else {
            break;
        };
        // The largest size up to the fit that the budget allows: one size smaller now beats
        // none, but a string of small halls costs more per CU than waiting for a big one.
        let Some(size) = (fit.saturating_sub(1)..=fit).rev().find(|&s| {
            sizes
                .get(usize::from(s))
                .is_some_and(|z| z.available_from <= state.quarter.year)
                && plan::cost(content, FacilityKind::DataCentre, region, s) <= *budget
        }) else {
            break;
        };
        *budget -= plan::cost(content, FacilityKind::DataCentre, region, size);
        cap += sizes.get(usize::from(size)).map_or(0, |z| z.capacity) as f64;
        dcs += 1;
        if !regions_with_dc.contains(&region) {
            regions_with_dc.push(region);
        }
        out.push(Action::Build {
            kind: FacilityKind::DataCentre,
            region: RegionId(region as u8),
            size,
        });
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
