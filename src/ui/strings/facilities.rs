//! The facilities screen's text: the table and the selected facility's details and keys.

use crate::content::FacilityKind;
use crate::sim::{FacilityStatus, Money, state::FacilityUse};
use crate::ui::format::count;
use crate::ui::keys::{Cmd as C, Context as X, hint};

/// Title of the table: what it shows, in what order, which rows, and (when there is room) that
/// settings show queued changes.
pub fn title(
    shown: usize,
    total: usize,
    filter: &str,
    sort: &str,
    marked: usize,
    rows: (usize, usize),
    wide: bool,
) -> String {
    let which = if shown == total {
        format!("{total}")
    } else {
        format!("{shown} of {total} ({filter})")
    };
    let marks = if marked > 0 {
        format!(" · {marked} marked")
    } else {
        String::new()
    };
    let span = if rows.1 > 0 && (rows.0 > 1 || rows.1 < shown) {
        format!(" · rows {}–{}", rows.0, rows.1)
    } else {
        String::new()
    };
    let note = if wide {
        " · settings show queued changes"
    } else {
        ""
    };
    format!("Facilities {which} · by {sort}{marks}{span}{note}")
}
/// "warehouses" or "data centres".
pub fn kinds(kind: FacilityKind) -> &'static str {
    match kind {
        FacilityKind::Warehouse => "warehouses",
        FacilityKind::DataCentre => "data centres",
    }
}

/// What new facilities of a kind start with under `settings`, as a phrase ("new warehouses
/// start open, 20% reserved").
pub fn new_facilities_start(kind: FacilityKind, s: crate::sim::state::FacilitySettings) -> String {
    let open = if s.open { "open" } else { "closed" };
    let price = if kind == FacilityKind::DataCentre {
        format!(" at {}% of the going price", s.price_pct)
    } else {
        String::new()
    };
    format!(
        "new {} start {open}, {}% reserved{price}",
        kinds(kind),
        s.reservation_pct
    )
}

/// What new facilities of a kind start with, and the keys for defaults and marks.
pub fn defaults_line(
    kind: FacilityKind,
    defaults: Option<crate::sim::state::FacilitySettings>,
    game_reservation: u8,
    marked: usize,
) -> String {
    let start = match defaults {
        Some(s) => crate::basic::text::capitalised(&new_facilities_start(kind, s)),
        None => format!(
            "New {} start closed, {game_reservation}% reserved",
            kinds(kind)
        ),
    };
    let marks = if marked > 0 {
        format!(
            " · {marked} marked: keys change them all ({} unmarks)",
            hint(X::Facilities, C::Mark)
        )
    } else {
        format!(
            " · {} marks rows to change together",
            hint(X::Facilities, C::Mark)
        )
    };
    format!(
        "{start}; {} makes this one's settings the default{marks}",
        hint(X::Facilities, C::MakeDefault)
    )
}
/// A region's heading when the table is grouped by region: how many facilities, and how full.
pub fn group_heading(count: usize, load: &str) -> (String, String) {
    let noun = if count == 1 { "facility" } else { "facilities" };
    (format!("{count} {noun}"), format!("{load} full"))
}
/// Title of the table before there is anything in it.
pub const EMPTY_TITLE: &str = "Facilities";
/// When a key would change nothing on the facilities it applies to.
pub const NOTHING_TO_CHANGE: &str = "Nothing to change: the facilities this applies to are already so (marked ones, if any are marked).";
/// When the price key is pressed with no data centre to price.
pub const NO_PRICE: &str = "Only data centres have a cloud price: select or mark one.";
/// When the typed price is not a number.
pub const TYPE_DIGITS: &str = "Type the price as a whole number of cents, then Enter.";
/// Under the typed price: the range and the going price.
pub fn price_prompt_note(lo: u32, hi: u32, going: f64) -> String {
    format!("From {lo} to {hi}. The going price is {going:.1}¢; it falls every year.")
}
/// Title of the price prompt.
pub const PRICE_TITLE: &str = "Cloud price, cents per CU-hour";
/// Column headers of the table.
pub const COLUMNS: [&str; 10] = [
    "#",
    "Type",
    "Region",
    "Size",
    "State",
    "Load",
    "Outsiders",
    "Own%",
    "Price",
    "Upg",
];

/// Words for a facility's state, with the quarter it changes; shorter in a narrow table, so
/// the quarter always shows.
pub fn state_words(status: FacilityStatus, wide: bool) -> String {
    match (status, wide) {
        (FacilityStatus::Operating, _) => "operating".into(),
        (FacilityStatus::Building { ready }, true) => format!("building→{ready}"),
        (FacilityStatus::Building { ready }, false) => format!("ready {ready}"),
        (FacilityStatus::Reactivating { ready }, true) => format!("restart→{ready}"),
        (FacilityStatus::Reactivating { ready }, false) => format!("back {ready}"),
        (FacilityStatus::Mothballed, _) => "mothballed".into(),
        (FacilityStatus::Damaged { until }, true) => format!("damaged→{until}"),
        (FacilityStatus::Damaged { until }, false) => format!("fixed {until}"),
    }
}

/// A facility's kind in the table, shortened when the table is narrow.
pub fn kind(kind: FacilityKind, wide: bool) -> &'static str {
    match (kind, wide) {
        (FacilityKind::Warehouse, true) => "Warehouse",
        (FacilityKind::DataCentre, true) => "Data centre",
        (FacilityKind::Warehouse, false) => "Whse",
        (FacilityKind::DataCentre, false) => "DC",
    }
}

/// Whether outsiders may use a facility, with a mark so it reads without colour.
pub fn openness(open: bool) -> &'static str {
    if open { "● open" } else { "○ closed" }
}

// ---------------------------------------------------------------- selected facility

/// Title of the details block.
pub const DETAILS_TITLE: &str = "Selected facility";

/// What a facility's capacity is counted in.
fn unit(kind: FacilityKind) -> &'static str {
    match kind {
        FacilityKind::Warehouse => "orders",
        FacilityKind::DataCentre => "CU",
    }
}

/// Who the outsiders are that a facility can be opened to.
fn outsiders(kind: FacilityKind) -> &'static str {
    match kind {
        FacilityKind::Warehouse => "third-party sellers",
        FacilityKind::DataCentre => "cloud customers",
    }
}

/// A facility's capacity, last quarter's use and its running cost.
pub fn usage(
    kind: FacilityKind,
    id: u32,
    capacity: u64,
    last: &FacilityUse,
    upkeep: Money,
) -> String {
    // Only say what outsiders wanted when some of it was turned away.
    let turned_away = if last.outsider_demand > last.outsiders {
        format!(" (outsiders wanted {})", count(last.outsider_demand))
    } else {
        String::new()
    };
    format!(
        "#{id} capacity {} {} a quarter · last quarter own {} + outsiders {}{turned_away} · upkeep {upkeep} a quarter",
        count(capacity),
        unit(kind),
        count(last.own),
        count(last.outsiders),
    )
}

/// The keys for opening a facility, its reservation and, for a data centre, its price.
pub fn settings(kind: FacilityKind, open: bool, reservation_pct: u8) -> String {
    let price = match kind {
        FacilityKind::DataCentre => format!(
            "; {} {} cloud price",
            hint(X::Facilities, C::PriceDown),
            hint(X::Facilities, C::PriceUp)
        ),
        FacilityKind::Warehouse => String::new(),
    };
    let toggle = if open { "closes it to" } else { "opens it to" };
    format!(
        "{} {toggle} {}; {}/{} reserve for own use (now {reservation_pct}%){price}",
        hint(X::Facilities, C::ToggleOpen),
        outsiders(kind),
        hint(X::Facilities, C::ReserveMore),
        hint(X::Facilities, C::ReserveLess)
    )
}

/// The upgrade key and what the upgrade would do, or why there is none.
pub fn upgrade(preview: Result<&str, String>) -> String {
    match preview {
        Ok(what) => format!("{} upgrade: {what}", hint(X::Facilities, C::Upgrade)),
        Err(why) => format!("no upgrade: {why}"),
    }
}

/// The other keys on a facility, after the upgrade: mothball, sell and explain.
pub fn actions(sale: Money) -> String {
    format!(
        " · {} mothball/reactivate · {} sell for {sale} · {} explains",
        hint(X::Facilities, C::Mothball),
        hint(X::Facilities, C::Sell),
        hint(X::Facilities, C::Explain)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_in_the_details_come_from_the_table() {
        // The snapshots show a warehouse; this pins the data centre's price keys too.
        assert_eq!(
            settings(FacilityKind::DataCentre, false, 70),
            "o opens it to cloud customers; +/- reserve for own use (now 70%); [ ] cloud price"
        );
        assert_eq!(
            settings(FacilityKind::Warehouse, true, 0),
            "o closes it to third-party sellers; +/- reserve for own use (now 0%)"
        );
        assert_eq!(upgrade(Ok("Costs $2.0M.")), "u upgrade: Costs $2.0M.");
        assert_eq!(
            upgrade(Err("fully upgraded".into())),
            "no upgrade: fully upgraded"
        );
        assert_eq!(
            actions(Money::k(500)),
            " · m mothball/reactivate · x sell for $500K · Enter explains"
        );
    }
}
