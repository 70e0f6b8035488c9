//! Validation of a merged deck: every reference resolves, every number is in range, every
//! condition can hold in some scenario. Errors stop the deck; warnings do not.

use super::diag::{Diagnostic, Severity, find_from, id_offsets};
use super::load::{Merged, SourceFile};
use crate::basic::calendar::Quarter;
use crate::content::Content;
use std::collections::HashMap;
use std::collections::{BTreeMap, BTreeSet, HashSet};

mod conds;
mod effects;
mod events;
mod follow_ups;

/// Placeholders a title or text may use.
pub const PLACEHOLDERS: &[&str] = &[
    "company",
    "region",
    "home",
    "rival",
    "facility",
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

    /// A tender id named by a condition or an effect must be a tender of some deck.
    fn check_tender_ref(&mut self, spot: Spot, id: &str) {
        if !self.merged.tenders.iter().any(|t| t.id == id) {
            self.error(
                spot,
                &format!("\"{id}\""),
                format!("unknown tender {id:?}"),
                "name a tender listed under `tenders:` in some deck",
            );
        }
    }

    fn check_project_ref(&mut self, spot: Spot, id: &str) {
        let projects = &self.content.projects.projects;
        if !projects.iter().any(|p| p.id == id) {
            let ids: Vec<&str> = projects.iter().map(|p| p.id.as_str()).collect();
            self.error(
                spot,
                &format!("\"{id}\""),
                format!("unknown project {id:?}"),
                format!("use one of: {}", ids.join(", ")),
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
        // A finished project sets its flag too, so a card may wait for it.
        set: content
            .projects
            .projects
            .iter()
            .filter_map(|p| p.sets_flag.clone())
            .collect(),
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
