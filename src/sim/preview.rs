//! Previews for the Plan phase: what the queued actions would do, before the quarter ends.
//!
//! The front end shows costs and effects before the player confirms; these functions apply the
//! same rules as [`super::advance`] to a copy of the state, so the preview can never drift from
//! what actually happens.

use super::action::{self, Action, Rejection};
use super::money::Money;
use super::report::Books;
use super::state::{GameState, RegionId};
use crate::content::{Content, FacilityKind};

/// The state after the queued actions, their books, and each action's outcome in order.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The state as it would be once the actions are applied (before the quarter resolves).
    pub state: GameState,
    /// Money committed by the actions.
    pub books: Books,
    /// Each queued action's cost (negative brings cash) or why it would be refused.
    pub outcomes: Vec<Result<Money, Rejection>>,
}

/// Applies the queued actions to a copy of the state, in order, as the quarter's end would.
pub fn plan(content: &Content, state: &GameState, queue: &[Action]) -> Plan {
    let mut copy = state.clone();
    let mut books = Books::default();
    let outcomes = queue
        .iter()
        .map(|a| {
            let cost = action::check(content, &copy, a, &books)?;
            action::apply(content, &mut copy, a, &mut books).map(|()| cost)
        })
        .collect();
    Plan {
        state: copy,
        books,
        outcomes,
    }
}

impl Plan {
    /// One more action after the planned ones: its cost, or why it would be refused.
    pub fn check_next(&self, content: &Content, next: &Action) -> Result<Money, Rejection> {
        action::check(content, &self.state, next, &self.books)
    }

    /// Cash that can still be committed after the planned actions (cash plus undrawn credit).
    pub fn spendable(&self, content: &Content) -> Money {
        action::spendable(content, &self.state, &self.books)
    }
}

/// Checks one more action after the queued ones: its cost, or why it would be refused.
pub fn check_next(
    content: &Content,
    state: &GameState,
    queue: &[Action],
    next: &Action,
) -> Result<Money, Rejection> {
    plan(content, state, queue).check_next(content, next)
}

/// Cash that can still be committed after the queued actions (cash plus undrawn credit).
pub fn spendable_after(content: &Content, state: &GameState, queue: &[Action]) -> Money {
    plan(content, state, queue).spendable(content)
}

/// Fixed upkeep per quarter of a facility once operating, at today's excellence
/// (the same formula the quarter's books use).
pub fn upkeep(
    content: &Content,
    state: &GameState,
    kind: FacilityKind,
    region: RegionId,
    size: u8,
) -> Money {
    let (Some(def), Some(r)) = (
        content.sizes(kind).get(usize::from(size)),
        content.regions.get(usize::from(region.0)),
    ) else {
        return Money::ZERO;
    };
    let saving = 1.0 - content.market.excellence.cost_saving * state.company.excellence / 100.0;
    let mut cost = def.upkeep.as_f64() * r.labour_index;
    if kind == FacilityKind::DataCentre {
        cost += def.capacity as f64 * content.facilities.data_centre.power_per_cu * r.power_index
            / 1000.0;
    }
    Money::from_f64(cost * saving)
}

pub use super::finance::{PatienceParts, patience_parts};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{NewGame, new_game};

    #[test]
    fn plan_commits_the_build_cost_and_refuses_what_cannot_be_afforded() {
        let content = Content::embedded().unwrap();
        let mut state = new_game(&content, &NewGame::default()).unwrap();
        let build = Action::Build {
            kind: FacilityKind::Warehouse,
            region: RegionId(0),
            size: 0,
        };
        let cost = action::build_cost(&content, FacilityKind::Warehouse, RegionId(0), 0).unwrap();
        state.company.cash = cost + Money::k(1);
        let p = plan(&content, &state, std::slice::from_ref(&build));
        assert_eq!(p.outcomes, vec![Ok(cost)]);
        assert_eq!(p.books.capex, cost);
        assert_eq!(p.state.facilities.len(), 1);
        // A second one would overdraw cash and credit.
        let again = check_next(&content, &state, std::slice::from_ref(&build), &build);
        assert!(matches!(again, Err(Rejection::CannotAfford { .. })));
        assert!(upkeep(&content, &state, FacilityKind::Warehouse, RegionId(0), 0).0 > 0);
    }

    #[test]
    fn patience_parts_add_up_to_the_change_the_quarter_made() {
        let content = Content::embedded().unwrap();
        let mut state = new_game(&content, &NewGame::default()).unwrap();
        for _ in 0..12 {
            let report = crate::sim::advance(&content, &mut state, &[]);
            let parts = patience_parts(&content, &state, &report.books);
            let p = state.company.patience;
            if p > 0.0 && p < 100.0 {
                assert!((parts.total() - report.patience_change).abs() < 1e-9);
            }
        }
    }
}
