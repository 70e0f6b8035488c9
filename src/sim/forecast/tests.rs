//! The forecasts and the capacity planner, checked on real games.

use super::*;
use crate::sim::{NewGame, new_game};

fn start() -> (Content, GameState) {
    let c = Content::embedded().expect("the built-in data loads");
    let mut s = new_game(&c, &NewGame::default()).expect("a new game starts");
    // The planner forecasts from the last quarter's orders: play one.
    crate::sim::turn::advance(&c, &mut s, &[]);
    (c, s)
}

#[test]
fn a_region_beside_spare_warehouses_is_shipped_from_them_and_gets_no_build() {
    let (c, mut s) = start();
    // A working warehouse at home, far bigger than the garage store's orders.
    s.company.cash = crate::sim::Money::k(100_000_000);
    let build = crate::sim::Action::Build {
        kind: FacilityKind::Warehouse,
        region: s.company.home,
        size: 0,
    };
    crate::sim::action::apply(&c, &mut s, &build, &mut Default::default()).expect("built");
    for f in &mut s.facilities {
        f.status = FacilityStatus::Operating;
    }
    let p = peak(&c, &s);
    let shipped: Vec<&RegionPeak> = p
        .regions
        .iter()
        .filter(|r| r.gap() > 0 && r.from_neighbours > 0)
        .collect();
    assert!(
        !shipped.is_empty(),
        "the home warehouse has room for a neighbour"
    );
    for r in shipped {
        assert!(r.from_neighbours <= r.gap());
        if r.short() == 0 {
            assert_eq!(
                suggest(&c, &s, &p, FacilityKind::Warehouse, r.region),
                Err(NoBuild::Neighbours)
            );
        }
    }
}

#[test]
fn without_warehouses_the_planner_suggests_one_unless_the_game_ends_first() {
    let (c, mut s) = start();
    s.facilities.clear();
    let p = peak(&c, &s);
    let r = p
        .regions
        .iter()
        .max_by_key(|r| r.short())
        .expect("regions")
        .region;
    let x = suggest(&c, &s, &p, FacilityKind::Warehouse, r).expect("a build is suggested");
    assert_eq!(x.gap, p.regions[r].short());
    // Once that build is under way, and misses the peak as any new one would, the planner
    // does not ask for it again.
    if !x.in_time {
        let mut queued = s.clone();
        queued.company.cash = crate::sim::Money::k(100_000_000);
        let build = crate::sim::Action::Build {
            kind: FacilityKind::Warehouse,
            region: crate::sim::RegionId(r as u8),
            size: x.size,
        };
        crate::sim::action::apply(&c, &mut queued, &build, &mut Default::default()).expect("built");
        let again = peak(&c, &queued);
        assert_eq!(
            suggest(&c, &queued, &again, FacilityKind::Warehouse, r),
            Err(NoBuild::Coming)
        );
    }
    s.end = s.quarter;
    assert_eq!(
        suggest(&c, &s, &p, FacilityKind::Warehouse, r),
        Err(NoBuild::AfterEnd)
    );
}

#[test]
fn cloud_customers_waiting_to_sign_up_count_in_the_compute_wanted_as_they_come() {
    let (c, mut s) = start();
    s.company.cloud.demand_cu = 1000.0;
    s.company.cloud.wanted_cu = 5000.0;
    let x = peak(&c, &s).compute;
    // Some of those waiting sign up by the peak; not all at once.
    assert!(x.cloud_peak > 1000 && x.cloud_peak < 5000, "{x:?}");
    assert_eq!(x.wanted(), x.own_load + x.cloud_peak);
}
