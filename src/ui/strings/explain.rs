//! The explanations' words: what a number on the screen is made of (the `?` pop-ups).

use crate::basic::text::count;
use crate::content::deck::{Lever, Stakeholder};

/// Explanation of visibility: heading.
pub const EXPLAIN_VISIBILITY: &str = "Visibility (0–100): how much attention the company draws";
/// Explanation of visibility: what it does.
pub const EXPLAIN_VISIBILITY_EFFECT: &str =
    "  More visibility: more political events, lower resting attitudes.";
/// Explanation of visibility: how the parts are computed.
pub fn explain_visibility_rules(
    size: f64,
    reference: &str,
    share: f64,
    cloud: f64,
    fac: f64,
    suit: f64,
) -> Vec<String> {
    vec![
        format!("  Size: {size:.0} × √(revenue over 4 quarters ÷ {reference}), at most 2×"),
        format!(
            "  Retail share: {share} per point of online share; cloud share: {cloud} per point"
        ),
        format!("  Facilities: {fac} each; lawsuits: {suit} each"),
    ]
}
/// Explanation of visibility: total.
pub fn explain_visibility_total(total: f64) -> String {
    format!("  = {total:.1} (kept between 0 and 100)")
}

/// Explanation of an attitude: heading.
pub fn explain_attitude_head(name: &str, now: &str, word: &str) -> String {
    format!("{name}: attitude {now} ({word}), from −100 to 100")
}
/// Explanation of an attitude: the drift rule.
pub fn explain_attitude_drift(drift: f64) -> String {
    format!(
        "  Each quarter it closes {:.0}% of the gap to its resting attitude:",
        drift * 100.0
    )
}
/// Explanation of an attitude: the base of the resting attitude.
pub fn explain_attitude_base(admin: Option<&str>, base: &str) -> String {
    match admin {
        Some(d) => format!(
            "    {:<36}{base:>7}",
            format!("set by the {d} administration")
        ),
        None => format!("    {:<36}{base:>7}", "resting attitude at no visibility"),
    }
}
/// Explanation of an attitude: the visibility pressure.
pub fn explain_attitude_pressure(vis: f64, pressure: f64, points: &str) -> String {
    format!(
        "    {:<36}{points:>7}",
        format!("− visibility {vis:.0} × {pressure}")
    )
}
/// Explanation of an attitude: the resting attitude.
pub fn explain_attitude_rest(rest: &str) -> String {
    format!("    {:<36}{rest:>7}", "= resting attitude")
}
/// Explanation of an attitude: next quarter's move.
pub fn explain_attitude_next(change: &str, next: &str) -> String {
    format!("  Next quarter's drift {change}, to about {next}.")
}
/// Explanation of an attitude: the other movers.
pub const EXPLAIN_ATTITUDE_EVENTS: &str =
    "  Event choices move attitudes too; each card shows how before you answer.";
/// Explanation of an attitude: elections.
pub const EXPLAIN_ATTITUDE_ELECTION: &str =
    "  Each election resets it to what the new administration brings.";
/// Explanation of an attitude: what the rules use it for beyond its sways.
pub fn explain_attitude_use(who: Stakeholder) -> Option<&'static str> {
    match who {
        Stakeholder::Administration => {
            Some("  It weighs in tender awards and in every lawsuit's chance.")
        }
        Stakeholder::Regulators => {
            Some("  It weighs in every lawsuit's chance and in whether a purchase is allowed.")
        }
        _ => None,
    }
}

/// Explanation of an attitude: the events whose coming it decides.
pub fn explain_attitude_events(titles: &[String]) -> String {
    format!(
        "  Whether or how often these events come depends on it: {}.",
        titles.join(", ")
    )
}

/// What the rules use an attitude for, in a few words for the stakeholder's row.
pub fn attitude_use_short(who: Stakeholder) -> Option<&'static str> {
    match who {
        Stakeholder::Administration => Some("tenders, rulings"),
        Stakeholder::Regulators => Some("rulings, mergers"),
        _ => None,
    }
}

/// A lever a stakeholder sways, as the player reads it.
pub fn lever_name(lever: Lever) -> &'static str {
    match lever {
        Lever::Handling => "handling",
        Lever::Upkeep => "running costs",
        Lever::Marketing => "marketing reach",
        Lever::Tax => "tax rate",
    }
}

/// A sway now, short: "handling +1.8%".
pub fn sway_short(lever: Lever, multiplier: f64) -> String {
    format!("{} {}", lever_name(lever), signed_pct(multiplier - 1.0))
}

/// Explanation of an attitude: one sway with its numbers.
pub fn explain_sway(lever: Lever, multiplier: f64, share: f64) -> String {
    let now = signed_pct(multiplier - 1.0);
    let most = share * 100.0;
    let name = lever_name(lever);
    if lever.is_cost() {
        format!(
            "  It sways {name}: {now} now against a neutral one; hostility adds up to {most:.0}%, warmth saves as much."
        )
    } else {
        format!(
            "  It sways {name}: {now} now against a neutral one; warmth carries up to {most:.0}% further, hostility as much less."
        )
    }
}

fn signed_pct(x: f64) -> String {
    let p = x * 100.0;
    if p.abs() < 0.05 {
        "±0%".into()
    } else if p > 0.0 {
        format!("+{p:.1}%")
    } else {
        format!("−{:.1}%", -p)
    }
}

/// Explanation of a lawsuit's chance: heading.
pub fn explain_lawsuit_head(name: &str) -> String {
    format!("Chance of winning: {name}")
}
/// Explanation of a lawsuit's chance: the parts.
pub fn explain_lawsuit_parts(
    merits: f64,
    weight: f64,
    climate: f64,
    disposition: &str,
    shift: f64,
    total: &str,
) -> Vec<String> {
    vec![
        format!(
            "  merits of the case                 {:.0}%",
            merits * 100.0
        ),
        format!(
            "  + climate {weight} × {climate:+.2}               {:+.0} points",
            weight * climate * 100.0
        ),
        "    (climate: regulators' and administration's attitudes averaged, ÷ 100)".to_string(),
        format!(
            "  + {disposition} administration           {:+.0} points",
            shift * 100.0
        ),
        format!("  = {total} (kept between 2% and 98%)"),
    ]
}
/// Explanation of a lawsuit: when it ends.
pub fn explain_lawsuit_verdict(verdict: &str, cost: &str) -> String {
    format!("  Decided at the end of {verdict}; legal fees {cost} a quarter until then.")
}
/// Under the valuation's parts, when the score's figure is the last quarter's.
pub fn explain_valuation_recorded(quarter: &str, recorded: crate::sim::Money) -> String {
    format!(
        "  Your score and the header use the market's figure at the end of {quarter}: {recorded}. The sum above is as the market would value the company now; the quarter's end sets the next figure."
    )
}
/// Heading of what a verdict brings.
pub fn explain_lawsuit_outcome(won: bool, title: &str) -> String {
    if won {
        format!("  If you win: “{title}”, with the choice of")
    } else {
        format!("  If you lose: “{title}”, with the choice of")
    }
}
/// Which regions a region's neighbours are, and what a warehouse there does for delivery.
pub fn explain_neighbours(near: &[&str], own: f64, neighbour: f64, dropship: f64) -> String {
    if near.is_empty() {
        return format!(
            "  No neighbours: only a warehouse here ships fast (pull {own:+.2}); otherwise suppliers drop-ship ({dropship:+.2})."
        );
    }
    format!(
        "  Neighbours: {}. A warehouse here ships fast (pull {own:+.2}); one in a neighbour ships at medium speed ({neighbour:+.2}); with neither, suppliers drop-ship ({dropship:+.2}).",
        near.join(", ")
    )
}
/// Where outsiders' demand for a facility comes from, and why it can be nothing.
pub fn explain_outsiders(
    kind: crate::content::FacilityKind,
    open: bool,
    sellers: f64,
    cloud_book: f64,
) -> Vec<String> {
    use crate::content::FacilityKind as K;
    let mut out = match kind {
        K::Warehouse => vec![format!(
            "  Sellers' orders go to the open warehouses by their unreserved space: you have {} sellers now. Sellers join in proportion to your own orders and leave when their orders wait.",
            count(sellers.max(0.0) as u64)
        )],
        K::DataCentre => vec![format!(
            "  Cloud customers rent from the open data centres by their spare room: your book is {} CU a quarter (Dashboard, Compute, explains what drives it).",
            count(cloud_book.max(0.0) as u64)
        )],
    };
    if !open {
        out.push("  Closed to outsiders, it gets none of that demand: open it to earn from its idle space.".into());
    }
    out
}
/// The rules of cloud demand, under its parts.
pub const EXPLAIN_CLOUD_RULES: &str = "  New customers come while your pull beats their own servers and the rivals'; they leave faster when you are dearer than the cheapest rival or unreliable, slower the longer you have been open (lock-in). Prices and costs fall every year.";
/// Cloud demand before any data centre is open.
pub const EXPLAIN_CLOUD_CLOSED: &str = "  None of your data centres is open to outsiders, so none of that demand is yours: open one on the Facilities screen.";
