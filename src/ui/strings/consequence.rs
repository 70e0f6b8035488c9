//! What an action would do, in words: the preview shown before it is queued and the short note
//! beside it in the plan.

use crate::content::FacilityKind;
use crate::sim::Money;
use crate::sim::consequence::{BuildEffect, Consequence, StakeChange, UpgradeEffect};
use crate::sim::forecast::RegionPeak;
use crate::ui::format::{count, pct};

/// The stake and score before and after.
fn stake(c: &StakeChange) -> String {
    format!(
        "your stake {} → {}; your score at today's valuation {} → {}",
        pct(c.stake_before),
        pct(c.stake_after),
        c.score_before,
        c.score_after
    )
}

/// A change of money, with its direction in words.
fn by(before: Money, after: Money) -> String {
    let d = after - before;
    if d.is_negative() {
        format!("{} less", -d)
    } else {
        format!("{d} more")
    }
}

/// A pull with its sign and two decimals.
fn signed2(x: f64) -> String {
    if x < -0.005 {
        format!("−{:.2}", -x)
    } else {
        format!("+{:.2}", x.abs())
    }
}

/// Money with its sign.
fn signed_money(m: Money) -> String {
    if m.is_negative() {
        format!("−{}", -m)
    } else {
        format!("+{m}")
    }
}

/// A build's preview: its cost, capacity and running costs, then the coming holiday peak.
pub fn build(e: &BuildEffect, cost: Money) -> Vec<String> {
    let unit = match e.kind {
        FacilityKind::Warehouse => "orders",
        FacilityKind::DataCentre => "CU",
    };
    let mut out = vec![format!(
        "Costs {cost} now; adds {} {unit} a quarter from {}; upkeep {} and write-off {} a quarter.",
        count(e.capacity),
        e.ready,
        e.upkeep,
        e.depreciation
    )];
    let in_time = e.ready <= e.peak;
    let neighbours = if e.from_neighbours > 0 && e.region_after.is_none() {
        format!(
            " Neighbours' spare warehouses ship {} of what is short, more slowly.",
            count(e.from_neighbours)
        )
    } else {
        String::new()
    };
    // A warehouse's region is told as the planner tells it: own orders first, then sellers'.
    let after = |ready| match &e.region_after {
        Some(r) => region_cover(r),
        None => cover(e.wanted, ready),
    };
    out.push(if e.wanted == 0 {
        format!("No demand is forecast here for {} yet.", e.peak)
    } else if in_time {
        format!(
            "Holiday peak {}: {} {unit} wanted; ready then {} → {} ({}).{neighbours}",
            e.peak,
            count(e.wanted),
            count(e.ready_before),
            count(e.ready_after),
            after(e.ready_after)
        )
    } else {
        format!(
            "Ready after the holiday peak {}, which has {} {unit} wanted on {} ready ({}).{neighbours}",
            e.peak,
            count(e.wanted),
            count(e.ready_before),
            after(e.ready_before)
        )
    });
    out
}

/// A region's row against its demand: short or spare, and what neighbours ship.
pub fn region_cover(r: &RegionPeak) -> String {
    match (r.short(), r.from_neighbours, r.sellers_short()) {
        (0, 0, 0) => cover(r.wanted(), r.ready()),
        (0, 0, sellers) => format!("own fit; sellers {} short", count(sellers)),
        (0, n, _) => format!("own: {} from neighbours", count(n)),
        (short, 0, _) if r.building_late > 0 => format!(
            "own {} short, {} later",
            count(short),
            count(r.building_late)
        ),
        (short, 0, _) => format!("own {} short", count(short)),
        (short, n, _) => format!("own {} short, {} from nbrs", count(short), count(n)),
    }
}
/// Capacity against what is wanted, in words.
pub fn cover(wanted: u64, ready: u64) -> String {
    if wanted == 0 {
        "nothing wanted yet".to_string()
    } else if ready < wanted {
        format!("{} short", count(wanted - ready))
    } else if ready >= wanted.saturating_mul(2) {
        format!("{:.0}× what is wanted", ready as f64 / wanted.max(1) as f64)
    } else {
        format!(
            "{} spare",
            pct((ready - wanted) as f64 / wanted.max(1) as f64)
        )
    }
}

/// The full preview, a line or two, shown before an action is queued.
pub fn long(c: &Consequence) -> Vec<String> {
    match c {
        Consequence::Shares { raised, change } => vec![
            format!("Brings {raised}; {}.", stake(change)),
            "Shares sell below today's valuation, so each sale costs you part of your score now; spend it on growth that raises the valuation.".into(),
        ],
        Consequence::Bond {
            amount,
            rate_pct,
            term_quarters,
            matures,
            interest_per_quarter,
            change,
        } => vec![
            format!(
                "Brings {amount} at {rate_pct:.1}% a year for {term_quarters} quarters: {interest_per_quarter} interest a quarter, repaid in {matures}."
            ),
            format!(
                "No shares sold; your score at today's valuation {} → {} (the market weighs debt less cash against revenue).",
                change.score_before, change.score_after
            ),
        ],
        Consequence::Repay {
            amount,
            interest_saved,
        } => vec![format!(
            "Pays back {amount} of the credit line: {interest_saved} less interest a quarter, and that much more credit open."
        )],
        Consequence::Upgrade {
            cost,
            level,
            max_level,
            effect,
        } => {
            let what = match effect {
                UpgradeEffect::Automation {
                    per_order_before,
                    per_order_after,
                    saving_per_quarter,
                } => format!(
                    "automation: handling an order costs ${per_order_before:.2} → ${per_order_after:.2}, about {saving_per_quarter} a quarter at last quarter's volume"
                ),
                UpgradeEffect::Redundancy {
                    outage_before,
                    outage_after,
                } => format!(
                    "redundancy: chance of an outage {} → {} a quarter",
                    pct(*outage_before),
                    pct(*outage_after)
                ),
            };
            vec![format!(
                "Costs {cost}; level {} of {max_level}, {what}.",
                level + 1
            )]
        }
        Consequence::Build { cost, effect } => build(effect, *cost),
        Consequence::Hosting {
            before,
            after,
            cost_before,
            cost_after,
        } => vec![format!(
            "Rented hosting {} → {} CU: {cost_before} → {cost_after} a quarter. Hosts run your store's load when your own data centres are short; they take no cloud customers.",
            count(*before),
            count(*after)
        )],
        Consequence::Marketing {
            before,
            after,
            pull_before,
            pull_after,
        } => vec![
            format!(
                "{before} → {after} a quarter ({}): shoppers' pull from marketing {} → {} in every region.",
                by(*before, *after),
                signed2(*pull_before),
                signed2(*pull_after)
            ),
            "Marketing also builds the brand while it is young; each doubling buys less pull than the last.".into(),
        ],
        Consequence::PriceLevel {
            price_before,
            price_after,
            pull_before,
            pull_after,
            revenue_change,
        } => vec![format!(
            "Prices {} → {} of standard: shoppers' pull {} → {} in every region; at last quarter's orders retail revenue moves {} a quarter (goods cost the same), before new shoppers come.",
            pct(*price_before),
            pct(*price_after),
            signed2(*pull_before),
            signed2(*pull_after),
            signed_money(*revenue_change)
        )],
        Consequence::Spend { before, after } => vec![format!(
            "{before} → {after} a quarter ({}), from the next quarter on.",
            by(*before, *after)
        )],
        Consequence::Cost(m) if m.is_negative() => vec![format!("Brings {}.", -*m)],
        Consequence::Cost(m) if m.0 > 0 => vec![format!("Costs {m} now.")],
        Consequence::Cost(_) => vec!["Costs nothing now.".into()],
    }
}

/// A few words for the plan, beside the action's cost: what matters most about it.
pub fn short(c: &Consequence) -> Option<String> {
    match c {
        Consequence::Shares { change, .. } => Some(format!(
            "stake {} → {}",
            pct(change.stake_before),
            pct(change.stake_after)
        )),
        Consequence::Bond {
            rate_pct,
            interest_per_quarter,
            ..
        } => Some(format!(
            "{rate_pct:.1}%, {interest_per_quarter} interest a quarter"
        )),
        Consequence::Repay { interest_saved, .. } => {
            Some(format!("{interest_saved} less interest a quarter"))
        }
        Consequence::Upgrade { effect, .. } => Some(match effect {
            UpgradeEffect::Automation {
                per_order_before,
                per_order_after,
                ..
            } => format!("handling ${per_order_before:.2} → ${per_order_after:.2} an order"),
            UpgradeEffect::Redundancy {
                outage_before,
                outage_after,
            } => format!(
                "outage risk {} → {}",
                pct(*outage_before),
                pct(*outage_after)
            ),
        }),
        Consequence::Build { effect, .. } => Some(if effect.ready <= effect.peak {
            format!(
                "+{} by {}, {}",
                count(effect.capacity),
                effect.peak,
                cover(effect.wanted, effect.ready_after)
            )
        } else {
            format!("+{} from {}", count(effect.capacity), effect.ready)
        }),
        Consequence::Hosting { cost_after, .. } => Some(format!("{cost_after} a quarter")),
        Consequence::Marketing {
            pull_before,
            pull_after,
            ..
        } => Some(format!(
            "pull {} → {}",
            signed2(*pull_before),
            signed2(*pull_after)
        )),
        Consequence::PriceLevel { revenue_change, .. } => Some(format!(
            "{} a quarter at last quarter's orders",
            signed_money(*revenue_change)
        )),
        Consequence::Spend { before, after } => {
            Some(format!("was {before} a quarter; {}", by(*before, *after)))
        }
        Consequence::Cost(_) => None,
    }
}
