//! The dashboard's rows: the numbers it lists, each of which Enter explains.

use crate::sim::RegionId;
use crate::ui::game::Game;
use crate::ui::model::Topic;

/// The numbers the dashboard lists, in order; Enter explains the selected one.
/// The region entry stands for the company's home region (see [`topic`]).
pub const TOPICS: [Topic; 4] = [
    Topic::Valuation,
    Topic::Patience,
    Topic::Region(RegionId(0)),
    Topic::Compute,
];

/// The topic of a dashboard row, with the region row pointing at the company's home.
pub fn topic(g: &Game, row: usize) -> Option<Topic> {
    TOPICS.get(row).map(|t| match t {
        Topic::Region(_) => Topic::Region(g.state.company.home),
        other => *other,
    })
}
