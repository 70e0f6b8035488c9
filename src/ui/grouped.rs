//! Consecutive actions that make one change to several facilities, told as one line: a change
//! to 110 marked warehouses reads "reserve 80% of 110 warehouses (#1, #2, #3 and 107 more) for
//! own use", in the plan and in the report, not as 110 lines.

use super::describe::{describe, describe_in};
use crate::content::{Content, FacilityKind};
use crate::sim::{Action, FacilityId, GameState};
use std::ops::Range;

/// One line of a list of actions: the actions it stands for and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouped {
    /// The indices of the actions in the list.
    pub range: Range<usize>,
    /// What they do, in words.
    pub text: String,
}

/// How many facility numbers a grouped line names before it counts the rest.
const NAMED: usize = 3;

/// The facility an action changes, if it changes one that exists.
fn facility_of(a: &Action) -> Option<FacilityId> {
    match a {
        Action::Upgrade(id) | Action::Mothball(id) | Action::Reactivate(id) | Action::Sell(id) => {
            Some(*id)
        }
        Action::SetOpen { facility, .. }
        | Action::SetReservation { facility, .. }
        | Action::SetCloudPrice { facility, .. } => Some(*facility),
        _ => None,
    }
}

/// The action's words with its facility's number taken out: actions with the same template
/// make the same change.
fn template(content: &Content, a: &Action) -> Option<String> {
    let id = facility_of(a)?;
    let words = describe(content, a);
    let number = format!("#{}", id.0);
    let at = words.find(&number)?;
    Some(format!(
        "{}{{}}{}",
        &words[..at],
        &words[at + number.len()..]
    ))
}

/// The actions as lines, consecutive changes of the same kind to several facilities on one
/// line. `joins(i)` says whether action `i` may join a line at all (the plan keeps an action
/// that would be refused on a line of its own, with its reason).
pub fn group(
    content: &Content,
    state: &GameState,
    actions: &[Action],
    joins: impl Fn(usize) -> bool,
) -> Vec<Grouped> {
    let mut out: Vec<(Range<usize>, Option<String>)> = Vec::new();
    for (i, a) in actions.iter().enumerate() {
        let tmpl = template(content, a).filter(|_| joins(i));
        match out.last_mut() {
            Some((range, Some(last))) if tmpl.as_ref() == Some(last) => range.end = i + 1,
            _ => out.push((i..i + 1, tmpl)),
        }
    }
    out.into_iter()
        .map(|(range, tmpl)| {
            let text = match tmpl {
                Some(t) if range.len() > 1 => {
                    t.replace("{}", &facilities(state, &actions[range.clone()]))
                }
                _ => describe_in(content, state, &actions[range.start]),
            };
            Grouped { range, text }
        })
        .collect()
}

/// "110 warehouses (#1, #2, #3 and 107 more)".
fn facilities(state: &GameState, actions: &[Action]) -> String {
    let ids: Vec<FacilityId> = actions.iter().filter_map(facility_of).collect();
    let kinds: Vec<Option<FacilityKind>> = ids
        .iter()
        .map(|id| state.facility(*id).map(|f| f.kind))
        .collect();
    let noun = match kinds.first() {
        Some(Some(k)) if kinds.iter().all(|x| *x == Some(*k)) => {
            super::strings::facilities::kinds(*k)
        }
        _ => "facilities",
    };
    let named: Vec<String> = ids
        .iter()
        .take(NAMED)
        .map(|id| format!("#{}", id.0))
        .collect();
    let list = if ids.len() > NAMED {
        format!("{} and {} more", named.join(", "), ids.len() - NAMED)
    } else {
        named.join(", ")
    };
    format!("{} {noun} ({list})", ids.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{self, Money, NewGame, RegionId};

    fn world() -> (Content, GameState) {
        let c = Content::embedded().expect("the built-in data loads");
        let mut s = sim::new_game(&c, &NewGame::default()).expect("a new game starts");
        s.company.cash = Money::k(10_000_000);
        let build = Action::Build {
            kind: FacilityKind::Warehouse,
            region: RegionId(0),
            size: 0,
        };
        sim::action::apply(&c, &mut s, &build, &mut Default::default()).expect("affordable");
        let first = s.facilities[0].clone();
        for n in 0..5u32 {
            let mut f = first.clone();
            f.id = FacilityId(100 + n);
            s.facilities.push(f);
        }
        (c, s)
    }

    fn reserve(id: u32, pct: u8) -> Action {
        Action::SetReservation {
            facility: FacilityId(id),
            pct,
        }
    }

    #[test]
    fn one_change_to_many_facilities_is_one_line() {
        let (c, s) = world();
        let kind = super::super::strings::facilities::kinds(s.facilities[0].kind);
        let actions: Vec<Action> = (100..105).map(|id| reserve(id, 80)).collect();
        let lines = group(&c, &s, &actions, |_| true);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].range, 0..5);
        assert_eq!(
            lines[0].text,
            format!("reserve 80% of 5 {kind} (#100, #101, #102 and 2 more) for own use")
        );
    }

    #[test]
    fn different_changes_and_other_actions_keep_their_lines() {
        let (c, s) = world();
        let actions = vec![
            reserve(100, 80),
            reserve(101, 80),
            reserve(102, 70),
            Action::SetPriceLevel(1),
            reserve(103, 70),
            reserve(104, 70),
        ];
        let lines = group(&c, &s, &actions, |i| i != 5);
        let ranges: Vec<Range<usize>> = lines.iter().map(|l| l.range.clone()).collect();
        assert_eq!(ranges, vec![0..2, 2..3, 3..4, 4..5, 5..6]);
        assert_eq!(lines[1].text, "reserve 70% of #102 for own use");
    }

    #[test]
    fn actions_without_a_facility_are_never_joined() {
        let (c, s) = world();
        let actions = vec![Action::SetPriceLevel(1), Action::SetPriceLevel(1)];
        assert_eq!(group(&c, &s, &actions, |_| true).len(), 2);
    }
}
