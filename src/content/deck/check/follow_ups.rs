//! Follow-ups that would multiply, loop or never come.

use super::super::diag::{Severity, find_from};
use super::super::types::{Effect, EventDef};
use super::{Checker, Spot};
use std::collections::{BTreeMap, BTreeSet};

impl Checker<'_> {
    /// Follow-ups that would multiply or never come: a choice scheduling the same event twice,
    /// and follow-up-only events that nothing the director can draw leads to (a cycle of
    /// follow-ups that only fire each other, say).
    pub(super) fn follow_up_shapes(&mut self) {
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
    tenders: &[super::super::types::TenderDef],
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
