//! Conditions: every reference resolves, every date and number is in range, and the
//! condition can hold in some scenario.

use super::super::diag::find_from;
use super::super::types::{Cond, Stat};
use super::{Checker, Spot, q_index};
use crate::basic::calendar::Quarter;

impl Checker<'_> {
    /// Checks a condition; returns the window of quarters (by index) in which it can hold,
    /// or None if it can never hold.
    pub(super) fn cond(&mut self, spot: Spot, c: &Cond, in_choice: bool) -> Option<(i32, i32)> {
        let all = (i32::MIN, i32::MAX);
        match c {
            Cond::Always => Some(all),
            Cond::Date { from, to } => {
                if !self.quarter_ok(spot, *from) || !self.quarter_ok(spot, *to) {
                    return Some(all);
                }
                let (a, b) = (q_index(*from), q_index(*to));
                if a > b {
                    return None;
                }
                Some((a, b))
            }
            Cond::From(at) => {
                if !self.quarter_ok(spot, *at) {
                    return Some(all);
                }
                Some((q_index(*at), i32::MAX))
            }
            Cond::Until(at) => {
                if !self.quarter_ok(spot, *at) {
                    return Some(all);
                }
                Some((i32::MIN, q_index(*at)))
            }
            Cond::Quarter(q) => (1..=4).contains(q).then_some(all),
            Cond::Above(stat, v) | Cond::Below(stat, v) => {
                if !v.is_finite() {
                    self.error(
                        spot,
                        Stat::id(*stat),
                        "threshold is not a number".into(),
                        "write a finite number",
                    );
                    return Some(all);
                }
                let (lo, hi) = stat.range();
                let possible = match c {
                    Cond::Above(..) => *v < hi,
                    _ => *v > lo,
                };
                possible.then_some(all)
            }
            Cond::Flag(f) => {
                if !self.tested.contains_key(f) {
                    let (_, text) = self.text(spot.file);
                    let at = find_from(text, spot.from, &format!("\"{f}\"")).unwrap_or(spot.from);
                    self.tested.insert(f.clone(), (spot.file, at));
                }
                Some(all)
            }
            Cond::AttitudeAbove(_, v) => (*v < 100.0).then_some(all),
            Cond::AttitudeBelow(_, v) => (*v > -100.0).then_some(all),
            Cond::Administration(_) => Some(all),
            Cond::Facilities { region, .. } => {
                self.check_region(spot, region);
                Some(all)
            }
            Cond::Lawsuit(id) => {
                if !self.lawsuits_tested.contains_key(id) {
                    self.lawsuits_tested
                        .insert(id.clone(), (spot.file, spot.from));
                }
                Some(all)
            }
            Cond::TenderOpen(id) | Cond::Contract(id) => {
                self.check_tender_ref(spot, id);
                Some(all)
            }
            Cond::Project(id) => {
                self.check_project_ref(spot, id);
                Some(all)
            }
            Cond::RivalCloud(id) => match self.content.rivals.iter().find(|r| &r.id == id) {
                None => {
                    let hint = format!("use one of: {}", self.rival_ids());
                    self.error(
                        spot,
                        &format!("\"{id}\""),
                        format!("unknown rival {id:?}"),
                        hint,
                    );
                    Some(all)
                }
                Some(r) => r.cloud.is_some().then_some(all),
            },
            Cond::Chance(p) => {
                if in_choice {
                    self.error(
                        spot,
                        "Chance(",
                        "a choice's condition cannot be a chance".into(),
                        "put the chance into the choice's effects: Chance(p: …, then: […])",
                    );
                }
                self.check_prob(spot, *p, "chance");
                (*p > 0.0).then_some(all)
            }
            Cond::All(list) => {
                let mut w = all;
                let mut ok = true;
                for c in list {
                    match self.cond(spot, c, in_choice) {
                        Some((a, b)) => w = (w.0.max(a), w.1.min(b)),
                        None => ok = false,
                    }
                }
                (ok && w.0 <= w.1).then_some(w)
            }
            Cond::Any(list) => {
                let mut w: Option<(i32, i32)> = None;
                for c in list {
                    if let Some((a, b)) = self.cond(spot, c, in_choice) {
                        w = Some(w.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
                    }
                }
                w
            }
            Cond::Not(inner) => {
                let r = self.cond(spot, inner, in_choice);
                if matches!(**inner, Cond::Always) {
                    None
                } else {
                    r.map(|_| all).or(Some(all))
                }
            }
        }
    }

    /// Checks a condition that must be able to hold in some scenario.
    pub(super) fn cond_possible(&mut self, spot: Spot, c: &Cond, in_choice: bool, what: &str) {
        match self.cond(spot, c, in_choice) {
            None => self.error(
                spot,
                "when",
                format!("{what} can never hold"),
                "check the numbers and ranges: a stat or attitude beyond its limits, an empty Any, Chance(0.0), or dates that exclude each other",
            ),
            Some((a, b)) => {
                if b < self.span.0 || a > self.span.1 {
                    let (first, last) = (Quarter::from_index(self.span.0), Quarter::from_index(self.span.1));
                    self.error(
                        spot,
                        "when",
                        format!("{what} can never hold: its dates lie outside every scenario"),
                        format!("scenarios run from {first} to {last}"),
                    );
                }
            }
        }
    }
}
