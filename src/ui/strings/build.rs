//! The build form's text: its fields, its button, and the preview shown before anything is
//! queued.

use super::BUILD_HINT;
use crate::content::FacilityKind;
use crate::sim::forecast::NoBuild;
use crate::sim::{Money, Quarter};
use crate::ui::format::count;
use crate::ui::keys::{Cmd as C, Context as X, hint, hints};
use std::fmt::Display;

/// Title of the form, with its keys.
pub fn title() -> String {
    format!("Build ({})", hints(X::Build, BUILD_HINT))
}
/// Label of the type field.
pub const FIELD_TYPE: &str = "Type";
/// Label of the region field.
pub const FIELD_REGION: &str = "Region";
/// Label of the size field.
pub const FIELD_SIZE: &str = "Size";
/// The button that queues the build.
pub fn queue_button() -> String {
    format!("  [ {}: queue this build ]", hint(X::Build, C::Confirm))
}
/// Under the form: what a facility of this kind is for.
pub fn kind_note(kind: FacilityKind) -> &'static str {
    match kind {
        FacilityKind::Warehouse => {
            "Warehouses ship your orders fast in their region (slower to neighbours). Opened to sellers, idle space earns fees and widens the catalogue."
        }
        FacilityKind::DataCentre => {
            "Data centres run the store (own load peaks in Q4). Opened to cloud customers, idle servers earn rent; an outage hurts both."
        }
    }
}

// ---------------------------------------------------------------- preview

/// Title of the preview.
pub const PREVIEW_TITLE: &str = "Before you confirm";
/// The price, or a question mark when the data has none for this choice.
pub fn price(cost: Option<Money>) -> String {
    format!(
        "Price        {}",
        cost.map_or("?".into(), |m| m.to_string())
    )
}
/// How long building takes.
pub fn lead_time(quarters: u8, ready: Quarter) -> String {
    format!("Lead time    {quarters} quarters: serves from {ready}")
}
/// The running cost once built.
pub fn upkeep(per_quarter: Money) -> String {
    format!("Upkeep       {per_quarter} per quarter once built")
}
/// When, with a build's upkeep, the company would lose money each quarter and soon run out.
pub fn runway(loss: Money, quarters: i64) -> String {
    let last = match quarters {
        0 => "cash and credit would run out within the quarter".to_string(),
        1 => "cash and credit last about one quarter".to_string(),
        n => format!("cash and credit last about {n} quarters"),
    };
    format!(
        "! With its upkeep you would lose about {loss} a quarter at last quarter's sales: {last}."
    )
}
/// What the company can spend.
pub fn spendable(amount: Money) -> String {
    format!("You can spend {amount} (cash + undrawn credit, after queued actions)")
}
/// The build can be queued.
pub const CHECK_OK: &str = "✓ affordable and allowed now";
/// The build cannot be queued.
pub fn check_refused(why: impl Display) -> String {
    format!("✗ not possible: {why}")
}
/// Heading of the projected effect.
pub const PROJECTED: &str = "Projected effect";

/// Delivery in the region now, by speed (2 own warehouse, 1 a neighbour's, 0 drop-shipped).
pub fn delivery_now(speed: u8) -> &'static str {
    match speed {
        2 => "fast already (a warehouse in the region)",
        1 => "medium (shipped from a neighbouring region)",
        _ => "slow (drop-shipped by suppliers)",
    }
}
/// What a warehouse does for delivery and shoppers' pull in the region.
pub fn delivery_gain(now: &str, gain: f64) -> String {
    if gain.abs() < 0.005 {
        return format!("Delivery here is {now}; another one adds capacity, not speed.");
    }
    format!(
        "Delivery here is {now}; a warehouse makes it fast: shoppers' pull {gain:+.2} \
         (Market, {} shows the parts).",
        hint(X::Market, C::Explain)
    )
}
/// Last quarter's orders in the region.
pub fn orders_last_quarter(orders: u64) -> String {
    format!("{} orders were placed here last quarter", count(orders))
}
/// Instead of last quarter's orders before the first quarter.
pub const NO_QUARTER_YET: &str = "no quarter has been played yet";
/// A warehouse's capacity, then last quarter's orders.
pub fn warehouse_capacity(capacity: u64, last: &str) -> String {
    format!("Capacity {} orders a quarter; {last}.", count(capacity))
}
/// The seasonal peak a kind of facility is sized for.
pub fn peak_note(kind: FacilityKind) -> &'static str {
    match kind {
        FacilityKind::Warehouse => {
            "Q4 demand is about 1.6× other quarters: build for the peak, open idle space to sellers."
        }
        FacilityKind::DataCentre => {
            "The store's load peaks in Q4 with its orders: build for the peak, rent idle servers to cloud customers."
        }
    }
}
/// The planner in one line, when the screen is too short for its table.
pub fn planner_line(
    peak: &str,
    wanted: u64,
    ready: u64,
    cover: &str,
    suggestion: Result<&str, NoBuild>,
) -> String {
    let then = match suggestion {
        Ok(s) => format!("{} queues a {s}", hint(X::Build, C::Suggest)),
        Err(NoBuild::Enough) => "nothing to add".to_string(),
        Err(why) => no_build_cell(why).trim_start_matches("– ").to_string(),
    };
    format!(
        "Planner, holiday peak {peak}: {} wanted here, {} ready ({cover}); {then}. A taller terminal shows every region.",
        count(wanted),
        count(ready)
    )
}
/// A data centre's capacity against last quarter's own load.
pub fn data_centre_capacity(adds: u64, own_load: u64, capacity: u64) -> String {
    format!(
        "Adds {} CU/quarter. Last quarter own load {} CU on {} CU of capacity.",
        count(adds),
        count(own_load),
        count(capacity)
    )
}
/// When the planner has nothing to suggest for the form's type and region, and why.
pub fn nothing_to_suggest(why: NoBuild) -> &'static str {
    match why {
        NoBuild::Enough => {
            "Nothing is missing there for the coming holiday peak: the planner has no build to suggest."
        }
        NoBuild::Neighbours => {
            "Neighbouring regions' spare warehouses will ship what this region's cannot; build here for faster delivery, not for room."
        }
        NoBuild::Small => {
            "Under 2% of the peak's own orders are missing there: late, they cost less than a building costs to run."
        }
        NoBuild::AfterEnd => "A build ordered now would be ready only after the game ends.",
        NoBuild::Coming => {
            "A build ordered now would miss the coming peak, and what is being built there already covers it."
        }
    }
}
/// The planner's cell when it suggests nothing.
pub fn no_build_cell(why: NoBuild) -> &'static str {
    match why {
        NoBuild::Enough => "–",
        NoBuild::Neighbours => "– neighbours ship it",
        NoBuild::Small => "– under 2% short",
        NoBuild::AfterEnd => "– ready after the end",
        NoBuild::Coming => "– already building",
    }
}
/// The planner's row for sellers' orders, all open warehouses together.
pub const PLANNER_SELLERS: &str = "Sellers (open halls)";
/// Sellers' orders against the open warehouses' room.
pub fn sellers_cover(turned_away: u64) -> String {
    if turned_away == 0 {
        "room for all".into()
    } else {
        format!("{} turned away", count(turned_away))
    }
}
/// What to do when sellers are turned away.
pub fn sellers_advice(worth_it: bool) -> &'static str {
    if worth_it {
        "reserve less, or build and open"
    } else {
        "–"
    }
}
/// A build that would be ready only after the game's last quarter.
pub fn after_end(ready: &str, end: &str) -> String {
    format!("Ready {ready}, after the game ends in {end}: it would cost money and never work.")
}
/// Title of the capacity planner.
pub fn planner_title(peak: &str) -> String {
    format!("Capacity planner: the holiday peak {peak}, with what is queued")
}
/// The planner's columns.
pub const PLANNER_COLUMNS: [&str; 7] = [
    "Where",
    "Own demand",
    "Outsiders'",
    "Working now",
    "+ built in time",
    "Against demand",
    "Suggested build",
];
/// The planner's compute row.
pub const PLANNER_COMPUTE: &str = "Compute (CU)";
/// A suggested build, and whether it would be ready in time.
pub fn suggestion(size: &str, in_time: bool) -> String {
    if in_time {
        size.to_string()
    } else {
        format!("{size} (after the peak)")
    }
}
/// Under the planner.
pub fn planner_note() -> String {
    format!(
        "Warehouses count orders: own orders first up to each hall's reservation, sellers' in open halls; neighbours ship own orders from idle halls. Compute counts CU, hosting included, and the cloud customers signed up by then. Demand grows at last year's pace. {} queues the suggestion for the form's type and region.",
        hint(X::Build, C::Suggest)
    )
}
/// What running short of compute costs.
pub const OUTAGE_NOTE: &str = "Own load above capacity causes outages: lost sales and reputation.";
