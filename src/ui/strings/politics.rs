//! The politics screen's words: stakeholders, visibility, elections, tenders and lawsuits.

use crate::ui::keys::{Cmd as C, Context as X, Hint};

/// Title of the stakeholders block.
pub const POL_STAKEHOLDERS: &str = "Attitudes, −100 to 100";
/// Title of the visibility block.
pub const POL_VISIBILITY_TITLE: &str = "Visibility and elections";
/// Label of the visibility row.
pub const POL_VISIBILITY: &str = "Visibility";
/// Title of the tenders block.
pub const POL_TENDERS: &str = "Tenders";
/// No tender open.
pub const POL_NO_TENDERS: &str = "No tender is open. Governments announce them as events (cloud and logistics contracts); answer the event to take part.";
/// Title of the lawsuits block.
pub const POL_LAWSUITS: &str = "Lawsuits and contracts";
/// No lawsuit and no contract.
pub const POL_NO_LAWSUITS: &str = "No lawsuits running, no government contracts.";
/// Title of the recent outcomes block.
pub const POL_OUTCOMES: &str = "Recent elections, awards and verdicts";
/// The same title where the panel is narrow.
pub const POL_OUTCOMES_SHORT: &str = "Recent outcomes";
/// No outcome yet.
pub const POL_NO_OUTCOMES: &str = "Nothing yet.";
/// No election in the rules.
pub const POL_NO_ELECTIONS: &str = "No elections in this deck.";

/// A word for an attitude, so it reads without colour.
pub fn attitude_word(a: f64) -> &'static str {
    if a <= -60.0 {
        "hostile"
    } else if a <= -20.0 {
        "cool"
    } else if a < 20.0 {
        "neutral"
    } else if a < 60.0 {
        "warm"
    } else {
        "friendly"
    }
}

/// The sitting administration, with when it was elected if known.
pub fn pol_administration(disposition: &str, elected: Option<String>) -> String {
    match elected {
        Some(q) => format!(
            "Administration: {disposition} by leaning, elected {q} (attitude to you: above)"
        ),
        None => format!(
            "Administration: {disposition} by leaning, since the start (attitude to you: above)"
        ),
    }
}

/// The next election.
pub fn pol_next_election(q: &str, quarters: i32) -> String {
    match quarters {
        0 => format!("Next election: {q} (this quarter's end)"),
        1 => format!("Next election: {q} (in 1 quarter)"),
        n => format!("Next election: {q} (in {n} quarters)"),
    }
}

/// A tender's value and length.
pub fn pol_tender_value(value: &str, years: u16) -> String {
    format!(
        "{value} a quarter for {years} year{}",
        if years == 1 { "" } else { "s" }
    )
}

/// When a tender is awarded, and the bid standing.
pub fn pol_tender_award(closes: &str, bid: &str) -> String {
    format!("awarded {closes} · your bid: {bid}")
}

/// No bid on a tender.
pub const POL_NO_BID: &str = "none";

/// A bid placed in an earlier quarter.
pub fn pol_bid_placed(pct: u8) -> String {
    format!("{pct}% (placed)")
}

/// A bid queued this quarter.
pub fn pol_bid_queued(pct: u8) -> String {
    format!("{pct}% (queued)")
}

/// The rivals bidding.
pub fn pol_rivals(names: &str) -> String {
    if names.is_empty() {
        "No rival bids.".to_string()
    } else {
        format!("Rivals bidding: {names}")
    }
}

/// The price being edited.
pub fn pol_bid_price(pct: u8, per_quarter: &str) -> String {
    format!("Bid ◂ {pct}% ▸ = {per_quarter} a quarter")
}

/// What a bid does if it wins.
pub fn pol_bid_effect(per_quarter: &str, until: &str) -> String {
    format!("If you win: {per_quarter} a quarter until {until}. Bidding costs nothing.")
}

/// How the award is weighed, with the company's parts.
pub fn pol_award_weights(parts: [(f64, String); 3]) -> String {
    let [(fw, f), (pw, p), (lw, l)] = parts;
    format!(
        "Award weighs fit {:.0}%, price {:.0}%, politics {:.0}% and luck; you score fit {f}, price {p}, politics {l}.",
        fw * 100.0,
        pw * 100.0,
        lw * 100.0
    )
}

/// The bid can be queued.
pub fn pol_bid_ok(queued: bool) -> String {
    let keys: &[Hint] = if queued {
        &[(&[C::Confirm], "re-bids"), (&[C::Cancel], "withdraws")]
    } else {
        &[(&[C::Confirm], "queues this bid")]
    };
    format!("✓ {}", crate::ui::keys::hints(X::Politics, keys))
}

/// The bid cannot be queued.
pub fn pol_bid_refused(why: &str) -> String {
    format!("✗ cannot bid: {why}")
}

/// A lawsuit's lines under its name.
pub fn pol_lawsuit(cost: &str, running: i32, verdict: &str, chance: &str) -> [String; 3] {
    [
        format!("chance of winning {chance}"),
        format!("verdict {verdict} ({running} quarters in)"),
        format!("legal costs {cost} a quarter"),
    ]
}

/// A contract's line.
pub fn pol_contract(name: &str, per_quarter: &str, until: &str) -> String {
    format!("Contract: {name}, {per_quarter} a quarter until {until}")
}
