//! How the facilities table is shown: its order, what it leaves out, and the facilities marked
//! for changing together.

use crate::content::FacilityKind;
use crate::sim::{Action, Facility, FacilityId, FacilityStatus, GameState};
use std::collections::BTreeSet;
use strum::{EnumCount, IntoStaticStr, VariantArray};

/// The order of the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, VariantArray, EnumCount, IntoStaticStr)]
pub enum Sort {
    /// By number: the order they were ordered in.
    #[default]
    #[strum(serialize = "number")]
    Number,
    /// Grouped by region, each group under a heading.
    #[strum(serialize = "region")]
    Region,
    /// Warehouses first, then data centres.
    #[strum(serialize = "type")]
    Kind,
    /// Fullest first.
    #[strum(serialize = "load")]
    Load,
    /// Most outsiders' use first.
    #[strum(serialize = "outsiders")]
    Outsiders,
}

/// Which facilities the table shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, VariantArray, EnumCount, IntoStaticStr)]
pub enum Filter {
    /// All of them.
    #[default]
    #[strum(serialize = "all")]
    All,
    /// Warehouses only.
    #[strum(serialize = "warehouses")]
    Warehouses,
    /// Data centres only.
    #[strum(serialize = "data centres")]
    DataCentres,
    /// Open to outsiders.
    #[strum(serialize = "open")]
    Open,
    /// Closed to outsiders.
    #[strum(serialize = "closed")]
    Closed,
    /// Not operating: being built, damaged, mothballed or restarting.
    #[strum(serialize = "not operating")]
    NotOperating,
}

impl Filter {
    /// True if the table shows this facility.
    pub fn keeps(self, f: &Facility) -> bool {
        match self {
            Filter::All => true,
            Filter::Warehouses => f.kind == FacilityKind::Warehouse,
            Filter::DataCentres => f.kind == FacilityKind::DataCentre,
            Filter::Open => f.open,
            Filter::Closed => !f.open,
            Filter::NotOperating => !matches!(f.status, FacilityStatus::Operating),
        }
    }
}

/// One line of the table: a region's heading (when grouped) or a facility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    /// The heading of a region's group.
    Heading(u8),
    /// A facility, by its position in the state's list.
    Facility(usize),
}

/// The table's order, filter and marks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacilityView {
    /// The order.
    pub sort: Sort,
    /// What is shown.
    pub filter: Filter,
    /// Facilities marked for changing together.
    pub marked: BTreeSet<FacilityId>,
}

/// The next value of a cycle of variants.
fn next<T: Copy + PartialEq + VariantArray>(now: T) -> T {
    let all = T::VARIANTS;
    let i = all.iter().position(|x| *x == now).unwrap_or(0);
    all[(i + 1) % all.len()]
}

impl FacilityView {
    /// The facilities shown, in order, as positions in the state's list.
    pub fn order(&self, state: &GameState) -> Vec<usize> {
        self.order_planned(state, &[])
    }

    /// [`FacilityView::order`], with openness as the queued actions will leave it, so the
    /// table's filter agrees with the settings it shows.
    pub fn order_planned(&self, state: &GameState, queue: &[Action]) -> Vec<usize> {
        let planned_open = |f: &Facility| {
            queue
                .iter()
                .rev()
                .find_map(|a| match a {
                    Action::SetOpen { facility, open } if *facility == f.id => Some(*open),
                    _ => None,
                })
                .unwrap_or(f.open)
        };
        let keeps = |f: &Facility| match self.filter {
            Filter::Open => planned_open(f),
            Filter::Closed => !planned_open(f),
            other => other.keeps(f),
        };
        let mut v: Vec<usize> = (0..state.facilities.len())
            .filter(|&i| keeps(&state.facilities[i]))
            .collect();
        let f = |i: usize| &state.facilities[i];
        match self.sort {
            Sort::Number => {}
            Sort::Region => v.sort_by_key(|&i| f(i).region.0),
            Sort::Kind => v.sort_by_key(|&i| f(i).kind != FacilityKind::Warehouse),
            Sort::Load => {
                v.sort_by(|&a, &b| f(b).last.utilisation().total_cmp(&f(a).last.utilisation()))
            }
            Sort::Outsiders => v.sort_by_key(|&i| std::cmp::Reverse(f(i).last.outsiders)),
        }
        v
    }

    /// The table's lines: the facilities in order, under region headings when grouped.
    pub fn lines(&self, state: &GameState) -> Vec<Line> {
        self.lines_planned(state, &[])
    }

    /// [`FacilityView::lines`] with the queued actions counted, as the table shows them.
    pub fn lines_planned(&self, state: &GameState, queue: &[Action]) -> Vec<Line> {
        let mut out = Vec::new();
        let mut region = None;
        for i in self.order_planned(state, queue) {
            let r = state.facilities[i].region.0;
            if self.sort == Sort::Region && region != Some(r) {
                out.push(Line::Heading(r));
                region = Some(r);
            }
            out.push(Line::Facility(i));
        }
        out
    }

    /// Shows the next order.
    pub fn next_sort(&mut self) {
        self.sort = next(self.sort);
    }

    /// Shows the next filter.
    pub fn next_filter(&mut self) {
        self.filter = next(self.filter);
    }

    /// Marks or unmarks a facility.
    pub fn toggle(&mut self, id: FacilityId) {
        if !self.marked.remove(&id) {
            self.marked.insert(id);
        }
    }

    /// Marks every facility shown, or unmarks them all when they all are marked.
    pub fn toggle_all(&mut self, state: &GameState, queue: &[Action]) {
        let shown: Vec<FacilityId> = self
            .order_planned(state, queue)
            .into_iter()
            .map(|i| state.facilities[i].id)
            .collect();
        if !shown.is_empty() && shown.iter().all(|id| self.marked.contains(id)) {
            self.marked.clear();
        } else {
            self.marked.extend(shown);
        }
    }

    /// Forgets marks on facilities that are gone.
    pub fn prune(&mut self, state: &GameState) {
        self.marked.retain(|id| state.facility(*id).is_some());
    }

    /// The facilities a change applies to: the marked ones, or else the selected one.
    pub fn targets<'a>(
        &self,
        state: &'a GameState,
        selected: Option<&'a Facility>,
    ) -> Vec<&'a Facility> {
        if self.marked.is_empty() {
            return selected.into_iter().collect();
        }
        state
            .facilities
            .iter()
            .filter(|f| self.marked.contains(&f.id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::sim::{Money, RegionId, action, new_game};

    fn with_facilities() -> GameState {
        let c = Content::embedded().unwrap();
        let mut s = new_game(&c, &Default::default()).unwrap();
        s.company.cash = Money::k(10_000_000);
        for (kind, region) in [
            (FacilityKind::DataCentre, 2),
            (FacilityKind::Warehouse, 0),
            (FacilityKind::Warehouse, 2),
        ] {
            let a = Action::Build {
                kind,
                region: RegionId(region),
                size: 0,
            };
            action::apply(&c, &mut s, &a, &mut Default::default()).unwrap();
        }
        s.facilities[2].open = true;
        s
    }

    #[test]
    fn grouping_by_region_puts_each_region_under_its_heading() {
        let s = with_facilities();
        let v = FacilityView {
            sort: Sort::Region,
            ..FacilityView::default()
        };
        assert_eq!(
            v.lines(&s),
            vec![
                Line::Heading(0),
                Line::Facility(1),
                Line::Heading(2),
                Line::Facility(0),
                Line::Facility(2),
            ]
        );
    }

    #[test]
    fn filters_and_marks_choose_what_a_change_applies_to() {
        let s = with_facilities();
        let mut v = FacilityView {
            filter: Filter::Warehouses,
            ..FacilityView::default()
        };
        assert_eq!(v.order(&s), vec![1, 2]);
        v.filter = Filter::Open;
        assert_eq!(v.order(&s), vec![2]);
        // Nothing marked: the selected facility alone.
        assert_eq!(v.targets(&s, s.facilities.first()).len(), 1);
        v.filter = Filter::All;
        v.toggle_all(&s, &[]);
        assert_eq!(v.targets(&s, s.facilities.first()).len(), 3);
        v.toggle_all(&s, &[]);
        assert!(v.marked.is_empty());
    }
}
