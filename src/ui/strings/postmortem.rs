//! The post-mortem's words.

use crate::bots::postmortem::{Divergence, Measure, PostMortem};
use crate::sim::Money;

/// The page's title.
pub fn title(seed: u64, scenario: &str, difficulty: &str) -> String {
    format!("Post-mortem: your world (seed {seed}, {scenario}, {difficulty}) played by every bot")
}

/// While the bots play.
pub fn running(done: usize, of: usize) -> String {
    format!("Playing the {of} bots on your world from its first quarter: {done} of {of} done…")
}

/// When the post-mortem could not be made.
pub fn failed(why: &str) -> String {
    format!("The bots could not play this world: {why}")
}

/// Pressing b with no moment to branch from.
pub const NO_MOMENT: &str = "No moment to branch from: the post-mortem is not ready or found none.";

/// Where the player placed among the bots.
pub fn place(pm: &PostMortem, best: &str) -> String {
    let of = pm.bots.len() + 1;
    let best_score = pm.best().map_or(Money::ZERO, |b| b.path.score);
    if pm.you.outcome.is_none() {
        let at = pm
            .you
            .points
            .last()
            .map_or_else(String::new, |p| format!(" after {}", p.quarter));
        return format!(
            "Your game is not over: your score{at} is {}; the bots' are at the end, {best}'s the best at {best_score}.",
            pm.you.score
        );
    }
    match pm.place() {
        1 => format!(
            "You beat every bot: {} against {best}'s {best_score}, the best of them.",
            pm.you.score
        ),
        n => format!(
            "You placed {} of {of}: {} against {best}'s {best_score}.",
            ordinal(n),
            pm.you.score
        ),
    }
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The scores table's heads.
pub const SCORES_HEADER: &str = "   Player         Final score  How it ended  Platform profit";

/// The heading over the moments; `keys` when they can be chosen (not in a printed report).
pub fn moments_title(best: &str, keys: bool) -> String {
    if keys {
        format!(
            "Where your path and {best}'s parted ({} branches from the selected quarter)",
            crate::ui::keys::hint(crate::ui::keys::Context::End, crate::ui::keys::Cmd::Branch)
        )
    } else {
        format!("Where your path and {best}'s parted (flywheel load SAVE --at QUARTER branches)")
    }
}

/// When the paths never parted for long.
pub fn no_moments(best: &str) -> String {
    format!("No lasting difference from {best}'s path: you played much as it did.")
}

/// When only shares could be compared.
pub const NO_POSTURE: &str = "This save's log does not reach back to the first quarter, so what you built and opened each quarter is unknown: only shares are compared.";

/// A count of facilities in words: "none", "1 data centre", "3 data centres".
fn facilities(n: f64, one: &str, many: &str) -> String {
    match n.round() as i64 {
        0 => "none".to_string(),
        1 => format!("1 {one}"),
        k => format!("{k} {many}"),
    }
}

/// One moment: "2004 Q2: opener had 3 data centres open to outsiders; you had none".
pub fn moment(d: &Divergence, bot: &str) -> String {
    let q = d.quarter;
    let had = |one: &str, many: &str, tail: &str| {
        format!(
            "{q}: {bot} had {}{tail}; you had {}",
            facilities(d.bot, one, many),
            facilities(d.you, one, many)
        )
    };
    let held = |what: &str| {
        format!(
            "{q}: {bot} held {} of {what}; you held {}",
            crate::basic::text::pct(d.bot),
            crate::basic::text::pct(d.you)
        )
    };
    match d.measure {
        Measure::OpenDataCentres => had("data centre", "data centres", " open to outsiders"),
        Measure::OpenWarehouses => had("warehouse", "warehouses", " open to sellers"),
        Measure::DataCentres => had("data centre", "data centres", ""),
        Measure::Warehouses => had("warehouse", "warehouses", ""),
        Measure::CloudShare => held("the cloud market"),
        Measure::MarketShare => held("online spending"),
    }
}

/// Chart titles.
pub const CHART_VALUATION: &str = "Valuation";
/// Revenue by business line.
pub const CHART_REVENUE: &str = "Revenue: store and platform";
/// Shares.
pub const CHART_SHARES: &str = "Share: online spending and cloud";
/// The player in legends.
pub const YOU: &str = "you";
/// Series suffixes.
pub const STORE: &str = "store";
/// The platform: sellers' services and cloud.
pub const PLATFORM: &str = "platform";
/// Online spending.
pub const ONLINE: &str = "online";
/// The cloud market.
pub const CLOUD: &str = "cloud";
