//! What the timeline lists: the quarters played, newest first, and which of them a branch can
//! start from.

use crate::save::LoggedQuarter;
use crate::sim::Quarter;
use crate::sim::state::Snapshot;
use crate::ui::game::Game;

/// The quarters played, newest first: the timeline's rows.
pub fn rows(g: &Game) -> impl Iterator<Item = &Snapshot> {
    g.state.history.iter().rev()
}

/// The quarter on a row.
pub fn quarter_at(g: &Game, row: usize) -> Option<Quarter> {
    rows(g).nth(row).map(|h| h.quarter)
}

/// What the log holds of a quarter played, if anything.
pub fn logged(g: &Game, q: Quarter) -> Option<&LoggedQuarter> {
    g.log.quarters.iter().find(|l| l.quarter == q)
}

/// True when a branch can start at `q`: the log runs from the game's first quarter through the
/// quarters before `q`, so the game can be rebuilt up to it.
pub fn can_branch(g: &Game, q: Quarter) -> bool {
    g.log.from == Some(g.state.start)
        && q >= g.state.start
        && q < g.state.quarter
        && g.log.quarters.iter().filter(|l| l.quarter < q).count()
            == usize::try_from(q.since(g.state.start)).unwrap_or(usize::MAX)
}
