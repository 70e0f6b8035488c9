//! Visibility: how much attention the company draws, with its causes for the politics screen.

use crate::content::Content;
use crate::sim::state::GameState;

/// One cause of visibility and the points it adds.
#[derive(Clone, Debug, PartialEq)]
pub struct Cause {
    /// What it is, in words.
    pub label: &'static str,
    /// Points it adds.
    pub points: f64,
}

/// Visibility, 0–100, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Visibility {
    /// The total, capped at 100.
    pub total: f64,
    /// The parts, largest first as computed.
    pub causes: Vec<Cause>,
}

/// Computes visibility from size, market shares, facilities and lawsuits.
pub fn visibility(content: &Content, state: &GameState) -> Visibility {
    let v = &content.deck.politics.visibility;
    let ttm = state.revenue_ttm().as_f64().max(0.0);
    let reference = v.size_reference.as_f64().max(1.0);
    // Size counts with diminishing returns: doubling revenue adds less than double attention.
    let size = v.size_points * (ttm / reference).sqrt().min(2.0);
    let share = state.history.last().map_or(0.0, |h| h.market_share);
    let cloud_share = state
        .last_report
        .as_ref()
        .map_or(0.0, |r| r.compute.cloud_share);
    let causes = vec![
        Cause {
            label: "Size (revenue)",
            points: size,
        },
        Cause {
            label: "Share of online retail",
            points: v.share_points * share * 100.0,
        },
        Cause {
            label: "Share of the cloud market",
            points: v.cloud_points * cloud_share * 100.0,
        },
        Cause {
            label: "Facilities",
            points: v.facility_points * state.facilities.len() as f64,
        },
        Cause {
            label: "Lawsuits",
            points: v.lawsuit_points * state.politics.lawsuits.len() as f64,
        },
    ];
    let total: f64 = causes.iter().map(|c| c.points).sum();
    Visibility {
        total: if total.is_finite() {
            total.clamp(0.0, 100.0)
        } else {
            0.0
        },
        causes,
    }
}
