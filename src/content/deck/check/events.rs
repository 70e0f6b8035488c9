//! Events, tenders, the politics rules and what is defined but never used.

use super::super::diag::{Diagnostic, Severity, find_from};
use super::super::types::{
    Cond, EventDef, MAX_WEIGHT, MAX_WEIGHT_MULTIPLIER, Requirement, Stakeholder,
};
use super::{Checker, Spot};

impl Checker<'_> {
    pub(super) fn event(&mut self, i: usize, e: &EventDef) {
        let file = self.merged.event_origin.get(i).copied().unwrap_or(0);
        let from = self.locate(file, &e.id);
        let spot = Spot { file, from };
        if e.id.is_empty() || e.id.chars().any(|c| c.is_whitespace() || c == '\t') {
            self.error(
                spot,
                "",
                format!("event id {:?} is empty or has spaces", e.id),
                "use lower_snake_case ids",
            );
        }
        if e.choices.is_empty() {
            self.error(
                spot,
                &format!("\"{}\"", e.id),
                format!("event {:?} has no choices", e.id),
                "give it at least one: choices: [(label: \"Carry on\")]",
            );
        }
        if !(0.0..=MAX_WEIGHT).contains(&e.weight) {
            self.error(
                spot,
                "weight",
                format!(
                    "weight {} must be a number from 0 to {MAX_WEIGHT}",
                    e.weight
                ),
                "weights are relative: 1.0 is usual, 10.0 ten times as likely",
            );
        }
        self.placeholders(spot, &e.title);
        self.placeholders(spot, &e.text);
        self.check_region(spot, &e.region);
        if let Some(r) = &e.rival
            && !self.content.rivals.iter().any(|x| &x.id == r)
        {
            let hint = format!("use one of: {}", self.rival_ids());
            self.error(
                spot,
                &format!("\"{r}\""),
                format!("unknown rival {r:?}"),
                hint,
            );
        }
        if !e.follow_up_only {
            self.cond_possible(
                spot,
                &e.when,
                false,
                &format!("the condition of event {:?}", e.id),
            );
        } else {
            self.cond(spot, &e.when, false);
        }
        for w in &e.weight_if {
            if !(0.0..=MAX_WEIGHT_MULTIPLIER).contains(&w.times) {
                self.error(
                    spot,
                    "times",
                    format!(
                        "weight multiplier {} must be a number from 0 to {MAX_WEIGHT_MULTIPLIER}",
                        w.times
                    ),
                    "write a multiplier such as 2.0",
                );
            }
            self.cond(spot, &w.when, false);
        }
        for c in &e.choices {
            let (_, text) = self.text(file);
            let cfrom = find_from(text, from, &format!("\"{}\"", c.label)).unwrap_or(from);
            let cspot = Spot { file, from: cfrom };
            self.placeholders(cspot, &c.label);
            if !matches!(c.when, Cond::Always) {
                self.cond_possible(
                    cspot,
                    &c.when,
                    true,
                    &format!("the condition of choice {:?}", c.label),
                );
            }
            self.effects(cspot, &c.effects, 0);
        }
    }

    pub(super) fn tenders(&mut self) {
        for (i, t) in self.merged.tenders.iter().enumerate() {
            let file = self.merged.tender_origin.get(i).copied().unwrap_or(0);
            let (_, text) = self.text(file);
            let from = self.locate(file, &t.id);
            let spot = Spot { file, from };
            if t.name.contains('{') {
                self.error(
                    spot,
                    "{",
                    format!("tender {:?}'s name holds a placeholder", t.id),
                    "a tender is shown outside any event, so its name is written out in full",
                );
            }
            for b in &t.bidders {
                if !self.content.rivals.iter().any(|r| &r.id == b) {
                    let hint = format!("use one of: {}", self.rival_ids());
                    self.error(
                        spot,
                        &format!("\"{b}\""),
                        format!("unknown rival {b:?} bids"),
                        hint,
                    );
                }
            }
            for r in &t.requirements {
                match r {
                    Requirement::DataCentres { region, .. }
                    | Requirement::Warehouses { region, .. } => self.check_region(spot, region),
                    Requirement::Flag(f) => {
                        if !self.tested.contains_key(f) {
                            self.tested.insert(
                                f.clone(),
                                (
                                    file,
                                    find_from(text, from, &format!("\"{f}\"")).unwrap_or(from),
                                ),
                            );
                        }
                    }
                    Requirement::CloudOpen => {}
                }
            }
            if t.years == 0 || t.open_quarters == 0 {
                self.error(
                    spot,
                    "",
                    format!(
                        "tender {:?} needs years and open_quarters of 1 or more",
                        t.id
                    ),
                    "write years: 1 or more and open_quarters: 1 or more",
                );
            }
            if t.value_per_quarter.is_negative() {
                self.error(
                    spot,
                    "value_per_quarter",
                    "a tender's value cannot be negative".into(),
                    "write a value of 0 or more",
                );
            }
            for (ev, what) in [(&t.on_win, "on_win"), (&t.on_loss, "on_loss")] {
                if let Some(ev) = ev {
                    self.check_event_ref(spot, ev, what);
                }
            }
        }
    }

    pub(super) fn rules(&mut self) {
        if let Some((d, file)) = &self.merged.director {
            let spot = Spot {
                file: *file,
                from: find_from(self.text(*file).1, 0, "director").unwrap_or(0),
            };
            for (v, name) in [
                (d.quiet_weight, "quiet_weight"),
                (d.minor_quiet_weight, "minor_quiet_weight"),
                (d.political_visibility, "political_visibility"),
            ] {
                if !v.is_finite() || v < 0.0 {
                    self.error(
                        spot,
                        name,
                        format!("{name} {v} must be zero or more"),
                        "write a number such as 1.0",
                    );
                }
            }
            if !d.political_hostility.is_finite() {
                self.error(
                    spot,
                    "political_hostility",
                    "political_hostility is not a number".into(),
                    "write a number such as 1.0",
                );
            }
        } else {
            self.diags.push(Diagnostic::file_level(
                "deck",
                "no deck sets the director's pacing",
                "the base deck sets `director: (…)`",
            ));
        }
        if let Some((p, file)) = &self.merged.politics {
            let spot = Spot {
                file: *file,
                from: find_from(self.text(*file).1, 0, "politics").unwrap_or(0),
            };
            for &who in Stakeholder::ALL {
                let n = p.stakeholders.iter().filter(|s| s.who == who).count();
                if n != 1 {
                    self.error(
                        spot,
                        "stakeholders",
                        format!("{who:?} is listed {n} times in stakeholders"),
                        "list each of the six stakeholders exactly once",
                    );
                }
            }
            for s in &p.stakeholders {
                if !(0.0..=1.0).contains(&s.drift) {
                    self.error(
                        spot,
                        "drift",
                        format!("drift {} of {:?} is outside 0–1", s.drift, s.who),
                        "write a share between 0.0 and 1.0",
                    );
                }
                for w in &s.sway {
                    if !(0.0..=0.9).contains(&w.share) {
                        self.error(
                            spot,
                            "sway",
                            format!(
                                "{:?}'s sway on {:?} is {}, outside 0–0.9",
                                s.who, w.lever, w.share
                            ),
                            "write a share such as 0.15 (15% at full hostility)",
                        );
                    }
                }
            }
            let e = &p.elections;
            if e.every_years == 0 || !(1..=4).contains(&e.quarter) {
                self.error(
                    spot,
                    "elections",
                    "elections need every_years ≥ 1 and a quarter 1–4".into(),
                    "write every_years: 4, quarter: 4",
                );
            }
            let (a, b, c) = e.weights;
            if [a, b, c].iter().any(|w| !w.is_finite() || *w < 0.0) || a + b + c <= 0.0 {
                self.error(
                    spot,
                    "weights",
                    "election weights must be zero or more and not all zero".into(),
                    "write weights such as (1.0, 1.0, 1.0)",
                );
            }
            if p.tenders.min_bid_pct > p.tenders.max_bid_pct {
                self.error(
                    spot,
                    "min_bid_pct",
                    "min_bid_pct is above max_bid_pct".into(),
                    "swap the two",
                );
            }
            let (lo, hi) = p.lawsuits.win_chance;
            if !(0.0..=1.0).contains(&lo) || !(0.0..=1.0).contains(&hi) || lo > hi {
                self.error(
                    spot,
                    "win_chance",
                    format!("lawsuit win_chance is ({lo}, {hi})"),
                    "write (low, high) with 0 ≤ low ≤ high ≤ 1, such as (0.02, 0.98)",
                );
            }
        } else {
            self.diags.push(Diagnostic::file_level(
                "deck",
                "no deck sets the politics rules",
                "the base deck sets `politics: (…)`",
            ));
        }
    }

    pub(super) fn unused(&mut self) {
        let tested: Vec<(String, (usize, usize))> =
            self.tested.iter().map(|(k, v)| (k.clone(), *v)).collect();
        for (flag, (file, at)) in tested {
            if !self.set.contains(&flag) {
                self.report(
                    Severity::Warning,
                    Spot { file, from: at },
                    &format!("\"{flag}\""),
                    format!("flag {flag:?} is tested but no effect sets it"),
                    "set it with SetFlag(…) in some choice, or fix the spelling".into(),
                );
            }
        }
        let lawsuits: Vec<(String, (usize, usize))> = self
            .lawsuits_tested
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        for (id, (file, at)) in lawsuits {
            if !self.lawsuits_started.contains(&id) {
                self.report(
                    Severity::Warning,
                    Spot { file, from: at },
                    &format!("\"{id}\""),
                    format!("lawsuit {id:?} is tested but no effect starts it"),
                    "start it with Lawsuit(id: …) in some choice, or fix the spelling".into(),
                );
            }
        }
        self.follow_up_shapes();
        for (i, e) in self.merged.events.iter().enumerate() {
            if e.follow_up_only && !self.referenced.contains(&e.id) {
                let file = self.merged.event_origin.get(i).copied().unwrap_or(0);
                let from = self.locate(file, &e.id);
                self.report(
                    Severity::Warning,
                    Spot { file, from },
                    &format!("\"{}\"", e.id),
                    format!("event {:?} is follow_up_only but nothing fires it", e.id),
                    "fire it with FollowUp(event: …) or from a tender or lawsuit".into(),
                );
            }
        }
    }
}
