//! The director: fires due follow-ups, then draws at most one major and one minor event,
//! honouring `once`, cooldowns, the gap between crises and the quiet-quarter weights.

use super::cond::{Ctx, Stats, guard_holds, holds_compiled, snapshot};
use super::state::{EventRecord, Fired, Origin, PendingEvent, Scheduled};
use crate::content::deck::{Effect, EventDef};
use crate::content::{Content, FacilityKind, NEUTRAL_HOSTILITY};
use crate::sim::calendar::Quarter;
use crate::sim::ids::FacilityId;
use crate::sim::state::GameState;
use rand::RngExt;

/// The most event cards that may wait for an answer at once. A deck whose follow-ups multiply
/// (a choice scheduling its own event twice) would otherwise double the queue every quarter.
pub const MAX_PENDING: usize = 16;

/// The most follow-ups that may wait to fire at once.
pub const MAX_SCHEDULED: usize = 32;

const OVERFLOW_PENDING: &str = "The deck tried to open more than 16 event cards at once; the extra ones were dropped (check the mods' follow-ups)";

/// The news when follow-ups overflow.
pub(crate) const OVERFLOW_SCHEDULED: &str = "The deck tried to schedule more than 32 follow-up events; the extra ones were dropped (check the mods' follow-ups)";

/// Tells the player, once a quarter, that the deck hit a bound.
pub(crate) fn warn_overflow(state: &mut GameState, text: &str) {
    let now = state.quarter;
    if !state
        .news
        .iter()
        .any(|n| n.quarter == now && n.text == text)
    {
        state.push_news(text.to_string());
    }
}

/// Runs the Events phase for the quarter just resolved.
pub fn draw(content: &Content, state: &mut GameState) {
    let deck = &content.deck;
    if deck.events.is_empty() {
        return;
    }
    let now = state.quarter;
    let mut major_fired = false;

    // Follow-ups first: they continue stories the player already started.
    if state.events.scheduled.iter().any(|s| s.at <= now) {
        let scheduled = std::mem::take(&mut state.events.scheduled);
        let mut keep = Vec::with_capacity(scheduled.len());
        for s in scheduled {
            if s.at > now {
                keep.push(s);
                continue;
            }
            let Some(i) = deck.position(&s.id) else {
                continue;
            };
            let major = deck.events[i].major;
            if major && major_fired {
                // One major a quarter: the story waits a quarter.
                keep.push(Scheduled {
                    at: now.next(),
                    ..s
                });
                continue;
            }
            major_fired |= major;
            fire(content, state, i, s.region, s.rival, Origin::FollowUp);
        }
        keep.append(&mut state.events.scheduled);
        state.events.scheduled = keep;
    }

    let d = &deck.director;
    if state.history.len() <= usize::from(d.grace_quarters) {
        return;
    }
    let stats = snapshot(state);
    let picks = candidates(content, state, &stats, now);
    if !major_fired && let Some(i) = pick(state, &picks, true, d.quiet_weight) {
        fire(content, state, i, None, None, Origin::Drawn);
    }
    if let Some(i) = pick(state, &picks, false, d.minor_quiet_weight) {
        fire(content, state, i, None, None, Origin::Drawn);
    }
}

/// Candidates in deck order: event position, weight, major.
type Picks = Vec<(usize, f64, bool)>;

fn candidates(content: &Content, state: &mut GameState, stats: &Stats, now: Quarter) -> Picks {
    let deck = &content.deck;
    let d = &deck.director;
    // Last firing per event position, sorted by position: the draw visits events in deck
    // order, so it walks this list alongside instead of filling a table the deck's size.
    // The sort is stable, so where an id were listed twice the later entry still wins.
    let mut last: Vec<(usize, Quarter)> = state
        .events
        .fired
        .iter()
        .filter_map(|f| deck.position(&f.id).map(|i| (i, f.last)))
        .collect();
    last.sort_by_key(|&(i, _)| i);
    let mut next_fired = 0;
    let crisis_blocked = state
        .events
        .last_crisis
        .is_some_and(|q| now.since(q) < i32::from(d.crisis_gap));
    let hostility = content.hostility(&state.difficulty);
    let political = (1.0 + state.politics.visibility / 100.0 * d.political_visibility)
        * (1.0 + (hostility - NEUTRAL_HOSTILITY) * d.political_hostility).max(0.0);
    let mut flags = vec![false; deck.flag_bits.len()];
    for f in &state.company.flags {
        if let Some(&i) = deck.flag_bits.get(f.as_str())
            && let Some(b) = flags.get_mut(i)
        {
            *b = true;
        }
    }
    let ctx = Ctx {
        stats,
        flags: &flags,
        now: now.index(),
    };
    // Conditions may draw chances: use a copy of the generator and put it back after.
    let mut rng = state.rng.clone();
    let mut roll = || rng.random::<f64>();
    let mut picks = Picks::with_capacity(deck.draw.live_count(ctx.now));
    let st: &GameState = state;
    for j in deck.draw.live(ctx.now) {
        let Some(e) = deck.draw.slots.get(j) else {
            continue;
        };
        let i = e.event;
        if e.crisis && crisis_blocked {
            continue;
        }
        let mut fired = None;
        while let Some(&(k, q)) = last.get(next_fired)
            && k <= i
        {
            if k == i {
                fired = Some(q);
            }
            next_fired += 1;
        }
        if let Some(q) = fired
            && (e.once || now.since(q) < i32::from(e.cooldown.unwrap_or(d.default_cooldown)))
        {
            continue;
        }
        if !guard_holds(st, &ctx, e.guard) {
            continue;
        }
        let (Some(test), Some(c)) = (deck.draw.tests.get(j), deck.compiled.get(i)) else {
            continue;
        };
        if !holds_compiled(st, &ctx, test, &mut roll) {
            continue;
        }
        let mut w = e.weight;
        for (when, times) in &c.weight_if {
            if holds_compiled(st, &ctx, when, &mut roll) {
                w *= times;
            }
        }
        if e.politics {
            w *= political;
        }
        // However many multipliers hold, a weight stays a number: never overflows into "never".
        let w = w.min(crate::content::deck::MAX_WEIGHT * 1e9);
        if w > 0.0 && w.is_finite() {
            picks.push((i, w, e.major));
        }
    }
    state.rng = rng;
    picks
}

/// Draws one major (or minor) candidate against the quiet weight; None is a quiet quarter.
fn pick(state: &mut GameState, picks: &Picks, major: bool, quiet: f64) -> Option<usize> {
    let list = || {
        picks
            .iter()
            .filter(move |c| c.2 == major)
            .map(|&(i, w, _)| (i, w))
    };
    list().next()?;
    let total: f64 = list().map(|(_, w)| w).sum::<f64>() + quiet.max(0.0);
    if total <= 0.0 {
        return None;
    }
    let mut x = state.rng.random::<f64>() * total;
    for (i, w) in list() {
        if x < w {
            return Some(i);
        }
        x -= w;
    }
    None
}

/// The kind of facility an event's choices can damage (`Some(None)`: any kind), or `None` when
/// no choice damages one.
fn strikes(e: &EventDef) -> Option<Option<FacilityKind>> {
    fn find(effects: &[Effect]) -> Option<Option<FacilityKind>> {
        effects.iter().find_map(|x| match x {
            Effect::Damage { kind, .. } => Some(*kind),
            Effect::Chance {
                then, otherwise, ..
            } => find(then).or_else(|| find(otherwise)),
            _ => None,
        })
    }
    e.choices.iter().find_map(|c| find(&c.effects))
}

/// Makes an event pending: picks its region, rival and the facility it strikes, records it and
/// tells the news.
pub fn fire(
    content: &Content,
    state: &mut GameState,
    i: usize,
    region: Option<u8>,
    rival: Option<u8>,
    origin: Origin,
) {
    let Some(e) = content.deck.events.get(i) else {
        return;
    };
    let now = state.quarter;
    if state.events.pending.len() >= MAX_PENDING {
        warn_overflow(state, OVERFLOW_PENDING);
        return;
    }
    let fixed = e
        .region
        .as_deref()
        .and_then(|r| content.region_index(r))
        .map(|r| r as u8)
        .or(region);
    // An event that damages a facility strikes one that can be struck: working, of the kind
    // it names, in its region if it has one. The card then names it.
    let target = strikes(e).and_then(|kind| {
        let hit: Vec<(u8, FacilityId)> = state
            .facilities
            .iter()
            .filter(|f| f.is_operating() && kind.is_none_or(|k| f.kind == k))
            .filter(|f| fixed.is_none_or(|r| f.region.0 == r))
            .map(|f| (f.region.0, f.id))
            .collect();
        (!hit.is_empty()).then(|| hit[state.rng.random_range(0..hit.len())])
    });
    let region = match target.map(|(r, _)| r).or(fixed) {
        Some(r) => r,
        None => {
            let operating: Vec<u8> = state
                .facilities
                .iter()
                .filter(|f| f.is_operating())
                .map(|f| f.region.0)
                .collect();
            if operating.is_empty() {
                state.company.home.0
            } else {
                operating[state.rng.random_range(0..operating.len())]
            }
        }
    };
    let rival = match e
        .rival
        .as_deref()
        .and_then(|r| content.rivals.iter().position(|x| x.id == r))
    {
        Some(r) => r as u8,
        None => match rival {
            Some(r) => r,
            None if content.rivals.is_empty() => 0,
            None => state.rng.random_range(0..content.rivals.len()) as u8,
        },
    };
    let serial = state.events.next_serial;
    state.events.next_serial += 1;
    let pending = PendingEvent {
        serial,
        id: e.id.clone(),
        quarter: now,
        region,
        rival,
        facility: target.map(|(_, f)| f),
    };
    let title = super::view::render(content, state, &e.title, &pending);
    state.push_news(title);
    state.events.pending.push(pending);
    match state.events.fired.iter_mut().find(|f| f.id == e.id) {
        Some(f) => {
            f.count += 1;
            f.last = now;
        }
        None => state.events.fired.push(Fired {
            id: e.id.clone(),
            count: 1,
            last: now,
        }),
    }
    if e.crisis {
        state.events.last_crisis = Some(now);
    }
    state.events.log.push(EventRecord {
        serial,
        quarter: now,
        id: e.id.clone(),
        major: e.major,
        origin,
        choice: None,
        by_default: false,
    });
}
