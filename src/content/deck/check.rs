//! Validation of a merged deck: every reference resolves, every number is in range, every
//! condition can hold in some scenario. Errors stop the deck; warnings do not.

use super::diag::{Diagnostic, Severity, find_from, id_offsets};
use super::load::{Merged, SourceFile};
use super::types::{
    Cond, Effect, EventDef, MAX_WEIGHT, MAX_WEIGHT_MULTIPLIER, Requirement, Stakeholder, Stat,
};
use crate::basic::calendar::Quarter;
use crate::content::Content;
use std::collections::HashMap;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Placeholders a title or text may use.
pub const PLACEHOLDERS: &[&str] = &[
    "company",
    "region",
    "home",
    "rival",
    "year",
    "quarter",
    "administration",
];

struct Checker<'a> {
    content: &'a Content,
    sources: &'a [SourceFile],
    merged: &'a Merged,
    diags: Vec<Diagnostic>,
    /// Flags tested: name → (file, offset) of the first test.
    tested: BTreeMap<String, (usize, usize)>,
    /// Flags set by some effect.
    set: BTreeSet<String>,
    /// Lawsuit ids tested, and started.
    lawsuits_tested: BTreeMap<String, (usize, usize)>,
    lawsuits_started: BTreeSet<String>,
    /// Events some effect or tender fires.
    referenced: BTreeSet<String>,
    /// Ids of all events, for quick lookups.
    ids: HashSet<&'a str>,
    /// Earliest and latest quarter of any scenario.
    span: (i32, i32),
    /// Offsets of the ids in each file.
    offsets: Vec<HashMap<&'a str, usize>>,
}

/// Where to point in a file: the file, a starting offset, and a needle to look for after it.
#[derive(Clone, Copy)]
struct Spot {
    file: usize,
    from: usize,
}

impl<'a> Checker<'a> {
    fn locate(&self, file: usize, id: &str) -> usize {
        self.offsets
            .get(file)
            .and_then(|m| m.get(id))
            .copied()
            .unwrap_or(0)
    }

    fn text(&self, file: usize) -> (&'a str, &'a str) {
        self.sources
            .get(file)
            .map_or(("", ""), |s| (s.name.as_str(), s.text.as_str()))
    }

    fn report(&mut self, sev: Severity, spot: Spot, needle: &str, msg: String, hint: String) {
        let (name, text) = self.text(spot.file);
        let at = if needle.is_empty() {
            Some(spot.from)
        } else {
            find_from(text, spot.from, needle)
        };
        let (offset, width) = match at {
            Some(o) => (o, needle.chars().count().max(1)),
            None => (spot.from, 1),
        };
        self.diags.push(Diagnostic::at_offset(
            sev, name, text, offset, width, msg, hint,
        ));
    }

    fn error(&mut self, spot: Spot, needle: &str, msg: String, hint: impl Into<String>) {
        self.report(Severity::Error, spot, needle, msg, hint.into());
    }

    fn region_ids(&self) -> String {
        self.content
            .regions
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn rival_ids(&self) -> String {
        self.content
            .rivals
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn check_region(&mut self, spot: Spot, region: &Option<String>) {
        if let Some(r) = region
            && self.content.region_index(r).is_none()
        {
            let hint = format!("use one of: {}", self.region_ids());
            self.error(
                spot,
                &format!("\"{r}\""),
                format!("unknown region {r:?}"),
                hint,
            );
        }
    }

    fn check_prob(&mut self, spot: Spot, p: f64, what: &str) {
        if !(0.0..=1.0).contains(&p) {
            self.error(
                spot,
                &fmt_num(p),
                format!("{what} {p} is not a probability"),
                "write a probability between 0.0 and 1.0",
            );
        }
    }

    fn check_event_ref(&mut self, spot: Spot, id: &str, what: &str) {
        self.referenced.insert(id.to_string());
        if !self.ids.contains(id) {
            let hint = match closest(id, self.merged.events.iter().map(|e| e.id.as_str())) {
                Some(c) => format!("did you mean {c:?}? `flywheel deck list` shows every id"),
                None => "name an event of the deck; `flywheel deck list` shows every id".into(),
            };
            self.error(
                spot,
                &format!("\"{id}\""),
                format!("unknown {what} event {id:?}"),
                hint,
            );
        }
    }

    fn quarter_ok(&mut self, spot: Spot, (y, q): (u16, u8)) -> bool {
        if !(1..=4).contains(&q) {
            self.error(
                spot,
                &format!("({y}, {q})"),
                format!("quarter {q} of ({y}, {q}) does not exist"),
                "a quarter is 1 to 4: (year, quarter)",
            );
            return false;
        }
        true
    }

    /// Checks a condition; returns the window of quarters (by index) in which it can hold,
    /// or None if it can never hold.
    fn cond(&mut self, spot: Spot, c: &Cond, in_choice: bool) -> Option<(i32, i32)> {
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
                if !self.merged.tenders.iter().any(|t| &t.id == id) {
                    self.error(
                        spot,
                        &format!("\"{id}\""),
                        format!("unknown tender {id:?}"),
                        "name a tender listed under `tenders:` in some deck",
                    );
                }
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
    fn cond_possible(&mut self, spot: Spot, c: &Cond, in_choice: bool, what: &str) {
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

    fn effects(&mut self, spot: Spot, effects: &[Effect], depth: usize) {
        for e in effects {
            self.effect(spot, e, depth);
        }
    }

    fn effect(&mut self, spot: Spot, e: &Effect, depth: usize) {
        match e {
            Effect::Cash(_) | Effect::Attitude(..) => {}
            Effect::CashShare(k) => {
                if !k.is_finite() || k.abs() > 10.0 {
                    self.error(
                        spot,
                        "CashShare",
                        format!("CashShare({k}) is out of range"),
                        "write a share of a quarter's revenue between -10.0 and 10.0, e.g. -0.02",
                    );
                }
            }
            Effect::Stat(stat, v) | Effect::StatPct(stat, v) => {
                if !stat.writable() {
                    self.error(
                        spot,
                        Stat::id(*stat),
                        format!("{stat:?} cannot be changed by an effect"),
                        "change Reputation, Excellence, Patience, Brand, Sellers, CloudDemand or Catalogue; use Cash(…) for money",
                    );
                }
                if !v.is_finite() {
                    self.error(
                        spot,
                        "Stat(",
                        "the change is not a number".into(),
                        "write a finite number",
                    );
                }
            }
            Effect::Modifier { pct, quarters, .. } => {
                if !pct.is_finite() || *pct < -100.0 || *pct > 1000.0 {
                    self.error(
                        spot,
                        "pct",
                        format!("modifier of {pct}% is out of range"),
                        "write a percentage from -100.0 to 1000.0",
                    );
                }
                if *quarters == 0 {
                    self.error(
                        spot,
                        "quarters",
                        "a modifier must last at least one quarter".into(),
                        "write quarters: 1 or more",
                    );
                }
            }
            Effect::SetFlag(f) => {
                self.set.insert(f.clone());
            }
            Effect::ClearFlag(_) => {}
            Effect::Damage { quarters, .. } => {
                if *quarters == 0 {
                    self.error(
                        spot,
                        "Damage",
                        "damage must last at least one quarter".into(),
                        "write quarters: 1 or more",
                    );
                }
            }
            Effect::Lawsuit {
                id,
                name,
                quarters,
                merits,
                on_win,
                on_loss,
                cost_per_quarter,
            } => {
                self.placeholders(spot, name);
                self.lawsuits_started.insert(id.clone());
                if *quarters == 0 {
                    self.error(
                        spot,
                        "Lawsuit",
                        "a lawsuit must last at least one quarter".into(),
                        "write quarters: 1 or more",
                    );
                }
                if cost_per_quarter.is_negative() {
                    self.error(
                        spot,
                        "cost_per_quarter",
                        "legal costs cannot be negative".into(),
                        "write a cost of 0 or more",
                    );
                }
                self.check_prob(spot, *merits, "merits");
                self.check_event_ref(spot, on_win, "on_win");
                self.check_event_ref(spot, on_loss, "on_loss");
            }
            Effect::Tender(id) => {
                if !self.merged.tenders.iter().any(|t| &t.id == id) {
                    self.error(
                        spot,
                        &format!("\"{id}\""),
                        format!("unknown tender {id:?}"),
                        "name a tender listed under `tenders:` in some deck",
                    );
                }
            }
            Effect::FollowUp { event, after } => {
                self.check_event_ref(spot, event, "follow-up");
                if *after == 0 {
                    self.error(
                        spot,
                        "after",
                        "a follow-up comes at least one quarter later".into(),
                        "write after: 1 or more",
                    );
                }
            }
            Effect::Chance { p, then, otherwise } => {
                self.check_prob(spot, *p, "chance");
                if depth < 16 {
                    self.effects(spot, then, depth + 1);
                    self.effects(spot, otherwise, depth + 1);
                }
            }
        }
    }

    fn placeholders(&mut self, spot: Spot, text: &str) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.error(
                    spot,
                    "{",
                    "a `{` is never closed".into(),
                    "write placeholders as {company}; a literal brace is not allowed",
                );
                return;
            };
            let name = &after[..close];
            if !PLACEHOLDERS.contains(&name) {
                self.error(
                    spot,
                    &format!("{{{name}}}"),
                    format!("unknown placeholder {{{name}}}"),
                    format!(
                        "use one of: {}",
                        PLACEHOLDERS
                            .iter()
                            .map(|p| format!("{{{p}}}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                );
            }
            rest = &after[close + 1..];
        }
    }

    fn event(&mut self, i: usize, e: &EventDef) {
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

    fn tenders(&mut self) {
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

    fn rules(&mut self) {
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
        } else {
            self.diags.push(Diagnostic::file_level(
                "deck",
                "no deck sets the politics rules",
                "the base deck sets `politics: (…)`",
            ));
        }
    }

    fn unused(&mut self) {
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

impl Checker<'_> {
    /// Follow-ups that would multiply or never come: a choice scheduling the same event twice,
    /// and follow-up-only events that nothing the director can draw leads to (a cycle of
    /// follow-ups that only fire each other, say).
    fn follow_up_shapes(&mut self) {
        let events = &self.merged.events;
        let mut edges: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        let mut follows: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        let mut twice = Vec::new();
        for (i, e) in events.iter().enumerate() {
            for c in &e.choices {
                let mut follow = Vec::new();
                let mut leads = Vec::new();
                walk_leads(&c.effects, &self.merged.tenders, &mut follow, &mut leads);
                let mut seen = BTreeSet::new();
                for f in &follow {
                    if !seen.insert(f.as_str()) {
                        twice.push((i, c.label.clone(), f.clone()));
                    }
                }
                follows
                    .entry(e.id.as_str())
                    .or_default()
                    .extend(follow.iter().cloned());
                edges.entry(e.id.as_str()).or_default().extend(leads);
            }
        }
        // What the director can draw, and what tenders announced from outside the deck lead to.
        let mut reached: BTreeSet<&str> = events
            .iter()
            .filter(|e| !e.follow_up_only)
            .map(|e| e.id.as_str())
            .collect();
        let mut todo: Vec<&str> = reached.iter().copied().collect();
        while let Some(id) = todo.pop() {
            for next in edges.get(id).into_iter().flatten() {
                if let Some(e) = events.iter().find(|e| &e.id == next)
                    && reached.insert(e.id.as_str())
                {
                    todo.push(e.id.as_str());
                }
            }
        }
        let unreached: Vec<(usize, String)> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.follow_up_only
                    && self.referenced.contains(&e.id)
                    && !reached.contains(e.id.as_str())
            })
            .map(|(i, e)| (i, e.id.clone()))
            .collect();
        for (i, label, id) in twice {
            let file = self.merged.event_origin.get(i).copied().unwrap_or(0);
            let from = self.locate(file, &events[i].id);
            let from = find_from(self.text(file).1, from, &format!("\"{label}\"")).unwrap_or(from);
            self.report(
                Severity::Warning,
                Spot { file, from },
                &format!("\"{id}\""),
                format!("choice {label:?} schedules {id:?} more than once"),
                "schedule it once: the game keeps one of the same follow-up a quarter".into(),
            );
        }
        for (i, path) in follow_up_loops(events, &follows) {
            let file = self.merged.event_origin.get(i).copied().unwrap_or(0);
            let from = self.locate(file, &events[i].id);
            self.report(
                Severity::Warning,
                Spot { file, from },
                &format!("\"{}\"", events[i].id),
                format!("follow-ups loop: {}", path.join(" → ")),
                "the story comes round again for as long as the game lasts; end the loop with a \
                 choice that schedules nothing, or make that intended"
                    .into(),
            );
        }
        for (i, id) in unreached {
            let file = self.merged.event_origin.get(i).copied().unwrap_or(0);
            let from = self.locate(file, &id);
            self.report(
                Severity::Warning,
                Spot { file, from },
                &format!("\"{id}\""),
                format!("follow-up-only event {id:?} is fired only by events nothing can reach"),
                "let an event the director can draw lead to it, or drop follow_up_only".into(),
            );
        }
    }
}

/// Every loop of follow-ups (an event whose follow-ups lead back to it), once each: the index
/// of the first event in deck order that is on it, and the loop's ids from there.
fn follow_up_loops(
    events: &[EventDef],
    follows: &BTreeMap<&str, BTreeSet<String>>,
) -> Vec<(usize, Vec<String>)> {
    let mut on_a_loop: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if on_a_loop.contains(&e.id) {
            continue;
        }
        // Breadth-first from the event's follow-ups back to itself, remembering the way.
        let mut came_from: BTreeMap<String, String> = BTreeMap::new();
        let mut queue: std::collections::VecDeque<String> = follows
            .get(e.id.as_str())
            .into_iter()
            .flatten()
            .map(|n| {
                came_from.insert(n.clone(), e.id.clone());
                n.clone()
            })
            .collect();
        let mut found = false;
        while let Some(id) = queue.pop_front() {
            if id == e.id {
                found = true;
                break;
            }
            for n in follows.get(id.as_str()).into_iter().flatten() {
                if !came_from.contains_key(n) {
                    came_from.insert(n.clone(), id.clone());
                    queue.push_back(n.clone());
                }
            }
        }
        if !found {
            continue;
        }
        let mut path = vec![e.id.clone()];
        let mut at = came_from.get(&e.id).cloned();
        while let Some(id) = at {
            if id == e.id {
                break;
            }
            path.push(id.clone());
            at = came_from.get(&id).cloned();
        }
        path[1..].reverse();
        path.push(e.id.clone());
        on_a_loop.extend(path.iter().cloned());
        out.push((i, path));
    }
    out
}

/// The follow-ups a list of effects schedules (`follow`, repeats kept), and every event it can
/// lead to by follow-up, lawsuit verdict or tender award (`leads`).
fn walk_leads(
    effects: &[Effect],
    tenders: &[super::types::TenderDef],
    follow: &mut Vec<String>,
    leads: &mut Vec<String>,
) {
    for e in effects {
        match e {
            Effect::FollowUp { event, .. } => {
                follow.push(event.clone());
                leads.push(event.clone());
            }
            Effect::Lawsuit {
                on_win, on_loss, ..
            } => {
                leads.push(on_win.clone());
                leads.push(on_loss.clone());
            }
            Effect::Tender(id) => {
                for t in tenders.iter().filter(|t| &t.id == id) {
                    leads.extend(t.on_win.iter().chain(&t.on_loss).cloned());
                }
            }
            Effect::Chance {
                then, otherwise, ..
            } => {
                // Only one branch runs: a follow-up in both is scheduled once.
                let (mut a, mut b) = (Vec::new(), Vec::new());
                walk_leads(then, tenders, &mut a, leads);
                walk_leads(otherwise, tenders, &mut b, leads);
                for f in b {
                    if let Some(i) = a.iter().position(|x| *x == f) {
                        a.remove(i);
                    }
                    follow.push(f);
                }
                follow.append(&mut a);
            }
            _ => {}
        }
    }
}

fn q_index((y, q): (u16, u8)) -> i32 {
    Quarter::new(y, q).index()
}

fn fmt_num(v: f64) -> String {
    format!("{v}")
}

/// The id closest to `id` by edit distance, if close enough to be a typo.
fn closest<'b>(id: &str, ids: impl Iterator<Item = &'b str>) -> Option<&'b str> {
    ids.map(|c| (strsim::levenshtein(id, c), c))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Validates a merged deck; returns every finding, errors and warnings, in file order.
pub fn check(content: &Content, sources: &[SourceFile], merged: &Merged) -> Vec<Diagnostic> {
    let starts = content.scenarios.iter().map(|s| q_index(s.start));
    let ends = content.scenarios.iter().map(|s| q_index(s.end));
    let span = (
        starts.min().unwrap_or(i32::MIN),
        ends.max().unwrap_or(i32::MAX),
    );
    let mut c = Checker {
        content,
        sources,
        merged,
        diags: Vec::new(),
        tested: BTreeMap::new(),
        set: BTreeSet::new(),
        lawsuits_tested: BTreeMap::new(),
        lawsuits_started: BTreeSet::new(),
        referenced: BTreeSet::new(),
        ids: merged.events.iter().map(|e| e.id.as_str()).collect(),
        offsets: sources.iter().map(|s| id_offsets(&s.text)).collect(),
        span,
    };
    c.rules();
    for (i, e) in merged.events.iter().enumerate() {
        c.event(i, e);
    }
    c.tenders();
    c.unused();
    let mut diags = c.diags;
    diags.sort_by(|a, b| {
        let fa = sources.iter().position(|s| s.name == a.file);
        let fb = sources.iter().position(|s| s.name == b.file);
        (fa, a.line, a.col).cmp(&(fb, b.line, b.col))
    });
    diags
}
