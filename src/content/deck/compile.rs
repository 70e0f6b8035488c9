//! Conditions compiled once when a deck loads: ids resolved to indices, dates to quarter
//! numbers, flags to bit positions, so the director's per-quarter walk never hashes or
//! compares strings.

use super::IdMap;
use super::types::{Cond, Disposition, EventDef};
use crate::basic::calendar::Quarter;
use crate::content::{Content, FacilityKind};

/// A condition ready for fast testing.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Compiled {
    /// Always true.
    True,
    /// Never true (an unknown reference).
    False,
    /// The quarter's running index lies in this range, inclusive.
    Window(i32, i32),
    /// The quarter of the year.
    Quarter(u8),
    /// Stat (by index) above a value.
    Above(usize, f64),
    /// Stat (by index) below a value.
    Below(usize, f64),
    /// Flag by bit position.
    Flag(usize),
    /// Attitude (by stakeholder index) above a value.
    AttitudeAbove(usize, f64),
    /// Attitude below a value.
    AttitudeBelow(usize, f64),
    /// The administration's disposition.
    Administration(Disposition),
    /// Facility count.
    Facilities {
        /// Kind, any if None.
        kind: Option<FacilityKind>,
        /// Region index, any if None.
        region: Option<u8>,
        /// Open ones only.
        open: bool,
        /// Operating ones only.
        operating: bool,
        /// At least.
        min: u32,
    },
    /// A lawsuit by id running.
    Lawsuit(String),
    /// A project by id started.
    Project(String),
    /// A tender by id open.
    TenderOpen(String),
    /// A contract by tender id running.
    Contract(String),
    /// A rival (by index) has a cloud.
    RivalCloud(usize),
    /// A chance.
    Chance(f64),
    /// All hold.
    All(Vec<Compiled>),
    /// Any holds.
    Any(Vec<Compiled>),
    /// Does not hold.
    Not(Box<Compiled>),
}

/// An event's director-side data, compiled.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompiledEvent {
    /// Its condition.
    pub when: Compiled,
    /// Quarters (running index) outside which the condition cannot hold: a cheap first test.
    pub window: (i32, i32),
    /// Weight multipliers.
    pub weight_if: Vec<(Compiled, f64)>,
}

/// Compiles a condition; flags get bit positions in `flags`.
pub fn compile(content: &Content, c: &Cond, flags: &mut IdMap<usize>) -> Compiled {
    let q = |(y, n): (u16, u8)| Quarter::new(y, n).index();
    match c {
        Cond::Always => Compiled::True,
        Cond::Date { from, to } => Compiled::Window(q(*from), q(*to)),
        Cond::From(at) => Compiled::Window(q(*at), i32::MAX),
        Cond::Until(at) => Compiled::Window(i32::MIN, q(*at)),
        Cond::Quarter(n) => Compiled::Quarter(*n),
        Cond::Above(s, v) => Compiled::Above(s.index(), *v),
        Cond::Below(s, v) => Compiled::Below(s.index(), *v),
        Cond::Flag(f) => {
            let next = flags.len();
            Compiled::Flag(*flags.entry(f.clone()).or_insert(next))
        }
        Cond::AttitudeAbove(s, v) => Compiled::AttitudeAbove(s.index(), *v),
        Cond::AttitudeBelow(s, v) => Compiled::AttitudeBelow(s.index(), *v),
        Cond::Administration(d) => Compiled::Administration(*d),
        Cond::Facilities {
            kind,
            region,
            open,
            operating,
            min,
        } => match region {
            Some(r) => match content.region_index(r) {
                Some(i) => Compiled::Facilities {
                    kind: *kind,
                    region: Some(i as u8),
                    open: *open,
                    operating: *operating,
                    min: *min,
                },
                None => Compiled::False,
            },
            None => Compiled::Facilities {
                kind: *kind,
                region: None,
                open: *open,
                operating: *operating,
                min: *min,
            },
        },
        Cond::Lawsuit(id) => Compiled::Lawsuit(id.clone()),
        Cond::Project(id) => Compiled::Project(id.clone()),
        Cond::TenderOpen(id) => Compiled::TenderOpen(id.clone()),
        Cond::Contract(id) => Compiled::Contract(id.clone()),
        Cond::RivalCloud(id) => match content.rivals.iter().position(|r| &r.id == id) {
            Some(i) => Compiled::RivalCloud(i),
            None => Compiled::False,
        },
        Cond::Chance(p) => Compiled::Chance(*p),
        Cond::All(list) => Compiled::All(list.iter().map(|c| compile(content, c, flags)).collect()),
        Cond::Any(list) => Compiled::Any(list.iter().map(|c| compile(content, c, flags)).collect()),
        Cond::Not(inner) => Compiled::Not(Box::new(compile(content, inner, flags))),
    }
}

/// The quarters in which a compiled condition can hold at all (by dates alone).
pub fn window(c: &Compiled) -> (i32, i32) {
    match c {
        Compiled::Window(a, b) => (*a, *b),
        Compiled::False => (i32::MAX, i32::MIN),
        Compiled::All(list) => list
            .iter()
            .map(window)
            .fold((i32::MIN, i32::MAX), |w, x| (w.0.max(x.0), w.1.min(x.1))),
        Compiled::Any(list) if !list.is_empty() => list
            .iter()
            .map(window)
            .fold((i32::MAX, i32::MIN), |w, x| (w.0.min(x.0), w.1.max(x.1))),
        _ => (i32::MIN, i32::MAX),
    }
}

/// Compiles every event of a deck.
pub fn compile_events(
    content: &Content,
    events: &[EventDef],
    flags: &mut IdMap<usize>,
) -> Vec<CompiledEvent> {
    events
        .iter()
        .map(|e| {
            let when = compile(content, &e.when, flags);
            CompiledEvent {
                window: window(&when),
                when,
                weight_if: e
                    .weight_if
                    .iter()
                    .map(|m| (compile(content, &m.when, flags), m.times))
                    .collect(),
            }
        })
        .collect()
}

/// What the director's per-quarter loop reads of a drawable event, packed together so the
/// loop never touches the (large) event definitions of events it skips.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Drawable {
    /// The event's position in the deck.
    pub event: usize,
    /// Its base weight.
    pub weight: f64,
    /// Its own cooldown, if it has one (the director's default otherwise).
    pub cooldown: Option<u16>,
    /// Fires at most once a game.
    pub once: bool,
    /// A crisis (kept apart by the director's gap).
    pub crisis: bool,
    /// A major event.
    pub major: bool,
    /// A politics event (its weight scales with visibility and hostility).
    pub politics: bool,
    /// A cheap test that must hold for the condition to hold, tried first.
    pub guard: Guard,
}

/// A simple test that draws no chance, lifted out of an event's condition so the director can
/// reject the event before walking the condition.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Guard {
    /// Nothing to test.
    #[default]
    None,
    /// The quarter of the year.
    Quarter(u8),
    /// Stat (by index) above a value.
    Above(usize, f64),
    /// Stat (by index) below a value.
    Below(usize, f64),
    /// Flag by bit position.
    Flag(usize),
}

/// True if testing the condition may draw a chance.
pub fn draws(c: &Compiled) -> bool {
    match c {
        Compiled::Chance(_) => true,
        Compiled::All(list) | Compiled::Any(list) => list.iter().any(draws),
        Compiled::Not(inner) => draws(inner),
        _ => false,
    }
}

/// Splits an event's condition, for quarters inside its window, into a guard and the rest.
///
/// Only members of a top-level `All` that come before the first member that may draw a chance
/// are touched: the full test reaches the first drawing member only if all of them hold, and
/// draws nothing before it, so testing them in another order (the guard first) draws the same
/// chances and gives the same answer. Date windows that the event's window implies are dropped.
pub fn split(c: &Compiled, window: (i32, i32)) -> (Guard, Compiled) {
    let implied =
        |m: &Compiled| matches!(m, Compiled::Window(a, b) if *a <= window.0 && window.1 <= *b);
    let as_guard = |m: &Compiled| match m {
        Compiled::Quarter(n) => Some(Guard::Quarter(*n)),
        Compiled::Above(i, v) => Some(Guard::Above(*i, *v)),
        Compiled::Below(i, v) => Some(Guard::Below(*i, *v)),
        Compiled::Flag(i) => Some(Guard::Flag(*i)),
        _ => None,
    };
    let list = match c {
        Compiled::All(list) => list.as_slice(),
        other => std::slice::from_ref(other),
    };
    let mut guard = Guard::None;
    let mut rest = Vec::with_capacity(list.len());
    let mut pure = true;
    for m in list {
        pure = pure && !draws(m);
        if pure {
            if implied(m) {
                continue;
            }
            if guard == Guard::None
                && let Some(g) = as_guard(m)
            {
                guard = g;
                continue;
            }
        }
        rest.push(m.clone());
    }
    let rest = match rest.len() {
        0 => Compiled::True,
        1 => rest.pop().unwrap_or(Compiled::True),
        _ => Compiled::All(rest),
    };
    (guard, rest)
}

/// The events the director may draw, with an index by quarter: the quarters are cut into
/// spans at every event's window edges, and each span lists (as a bit set, in deck order)
/// the events whose date window covers it. A quarter's draw then visits only those.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawIndex {
    /// Drawable events, in deck order.
    pub slots: Vec<Drawable>,
    /// Each slot's condition once its window and guard hold (see [`split`]).
    pub tests: Vec<Compiled>,
    /// The first quarter (running index) of each span, ascending; the first is `i32::MIN`.
    starts: Vec<i32>,
    /// Words of one span's bit set.
    words: usize,
    /// The spans' bit sets over `slots`, one after the other.
    bits: Vec<u64>,
}

impl DrawIndex {
    /// Indexes the events that can ever be drawn (not follow-up only, a weight above zero,
    /// a window that is not empty).
    pub fn build(events: &[EventDef], compiled: &[CompiledEvent]) -> DrawIndex {
        let mut slots = Vec::new();
        let mut tests = Vec::new();
        let mut windows = Vec::new();
        for (i, (e, c)) in events.iter().zip(compiled).enumerate() {
            if e.follow_up_only || e.weight <= 0.0 || c.window.0 > c.window.1 {
                continue;
            }
            let (guard, test) = split(&c.when, c.window);
            tests.push(test);
            slots.push(Drawable {
                guard,
                event: i,
                weight: e.weight,
                cooldown: e.cooldown,
                once: e.once,
                crisis: e.crisis,
                major: e.major,
                politics: e.category == super::types::Category::Politics,
            });
            windows.push(c.window);
        }
        let mut starts = vec![i32::MIN];
        for &(a, b) in &windows {
            starts.push(a);
            if let Some(after) = b.checked_add(1) {
                starts.push(after);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        let words = slots.len().div_ceil(64);
        let mut bits = vec![0u64; words * starts.len()];
        for (k, &s) in starts.iter().enumerate() {
            // Every window edge starts a span, so a window covers a span whole or not at all.
            for (j, &(a, b)) in windows.iter().enumerate() {
                if a <= s
                    && s <= b
                    && let Some(w) = bits.get_mut(k * words + j / 64)
                {
                    *w |= 1 << (j % 64);
                }
            }
        }
        DrawIndex {
            slots,
            tests,
            starts,
            words,
            bits,
        }
    }

    /// How many drawable events have a window that holds `now`.
    pub fn live_count(&self, now: i32) -> usize {
        self.span(now).iter().map(|w| w.count_ones() as usize).sum()
    }

    fn span(&self, now: i32) -> &[u64] {
        let k = self.starts.partition_point(|&s| s <= now).saturating_sub(1);
        self.bits
            .get(k * self.words..(k + 1) * self.words)
            .unwrap_or(&[])
    }

    /// The drawable events (positions in `slots`, ascending) whose window holds `now`.
    pub fn live(&self, now: i32) -> impl Iterator<Item = usize> + '_ {
        self.span(now).iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let b = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(w * 64 + b)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draw_index_lists_exactly_the_events_whose_window_holds() {
        let content = Content::embedded().expect("embedded data is valid");
        let deck = &content.deck;
        let live_by_scan = |now: i32| -> Vec<usize> {
            deck.events
                .iter()
                .zip(&deck.compiled)
                .enumerate()
                .filter(|(_, (e, c))| {
                    !e.follow_up_only && e.weight > 0.0 && c.window.0 <= now && now <= c.window.1
                })
                .map(|(i, _)| i)
                .collect()
        };
        let start = Quarter::new(1990, 1).index();
        for now in start..start + 200 {
            let listed: Vec<usize> = deck
                .draw
                .live(now)
                .map(|j| deck.draw.slots[j].event)
                .collect();
            assert_eq!(listed, live_by_scan(now), "quarter index {now}");
            assert_eq!(deck.draw.live_count(now), listed.len());
        }
    }

    #[test]
    fn split_lifts_only_tests_before_the_first_chance() {
        let w = (10, 20);
        let c = Compiled::All(vec![
            Compiled::Window(5, 30),
            Compiled::Above(1, 2.0),
            Compiled::Any(vec![Compiled::Flag(0), Compiled::Chance(0.5)]),
            Compiled::Below(2, 1.0),
        ]);
        let (g, rest) = split(&c, w);
        assert_eq!(g, Guard::Above(1, 2.0));
        assert_eq!(
            rest,
            Compiled::All(vec![
                Compiled::Any(vec![Compiled::Flag(0), Compiled::Chance(0.5)]),
                Compiled::Below(2, 1.0),
            ])
        );
        // A chance first: nothing may be tested before it.
        let c = Compiled::All(vec![Compiled::Chance(0.5), Compiled::Flag(3)]);
        assert_eq!(split(&c, w), (Guard::None, c.clone()));
        // A single test becomes the guard; nothing is left.
        assert_eq!(
            split(&Compiled::Flag(3), w),
            (Guard::Flag(3), Compiled::True)
        );
        // A window narrower than the event's is kept.
        let c = Compiled::All(vec![Compiled::Window(12, 14), Compiled::Chance(0.5)]);
        assert_eq!(split(&c, w), (Guard::None, c.clone()));
    }
}
