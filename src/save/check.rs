//! Does a loaded game fit the data it will be played with? Hard mismatches (a region or a
//! rival that is not there) are errors; softer ones (tuned numbers) are warnings.

use super::error::SaveError;
use super::header::{HeaderInfo, SaveHeader};
use crate::content::Content;
use crate::sim::GameState;

/// Checks a state against the content, returning warnings for what still plays.
pub fn check(
    header: &SaveHeader,
    state: &GameState,
    content: &Content,
) -> Result<Vec<String>, SaveError> {
    check_shape(state, content)?;
    let mut warnings = Vec::new();
    let now = HeaderInfo::of(content);
    if header.data.hash != now.data.hash {
        warnings.push(format!(
            "saved with game data {} and loaded with {}: the game goes on under the current numbers",
            header.data.hash, now.data.hash
        ));
    }
    if let Some(w) = decks_differ(&header.decks, &now.decks) {
        warnings.push(w);
    }
    if header.game_version != env!("CARGO_PKG_VERSION") {
        warnings.push(format!(
            "saved by version {} of the game, loaded by {}",
            header.game_version,
            env!("CARGO_PKG_VERSION")
        ));
    }
    if state.rivals.len() < content.rivals.len() {
        let newcomers: Vec<&str> = content.rivals[state.rivals.len()..]
            .iter()
            .map(|r| r.name.as_str())
            .collect();
        warnings.push(format!(
            "saved with game data before {} existed: they join the game now",
            newcomers.join(" and ")
        ));
    }
    if content.scenario(&state.scenario).is_none() {
        warnings.push(format!(
            "scenario {:?} is no longer in the data; the game keeps its own dates",
            state.scenario
        ));
    }
    if content.difficulty(&state.difficulty).is_none() {
        warnings.push(format!(
            "difficulty {:?} is no longer in the data; normal strength applies",
            state.difficulty
        ));
    }
    let missing: Vec<&str> = state
        .events
        .pending
        .iter()
        .map(|p| p.id.as_str())
        .chain(state.events.scheduled.iter().map(|s| s.id.as_str()))
        .filter(|id| content.deck.event(id).is_none())
        .collect();
    if !missing.is_empty() {
        warnings.push(format!(
            "events waiting in the game are not in the decks in use and will not happen: {}",
            missing.join(", ")
        ));
    }
    warnings.extend(header.disagreements(state));
    Ok(warnings)
}

/// The structural checks: every index in the state must point at something in the content.
fn check_shape(state: &GameState, content: &Content) -> Result<(), SaveError> {
    let bad = |msg: String| Err(SaveError::Mismatch(msg));
    let regions = content.regions.len();
    if state.regions.len() != regions {
        return bad(format!(
            "the game has {} regions, the data {regions}",
            state.regions.len()
        ));
    }
    // Rivals added to the data after a game was saved join it when play resumes; a rival the
    // data no longer has cannot be played.
    if state.rivals.len() > content.rivals.len() {
        return bad(format!(
            "the game has {} rivals, the data {}",
            state.rivals.len(),
            content.rivals.len()
        ));
    }
    if let Some(r) = state
        .regions
        .iter()
        .find(|r| r.rival_shares.len() != state.rivals.len())
    {
        return bad(format!(
            "a region lists {} rival shares for {} rivals",
            r.rival_shares.len(),
            content.rivals.len()
        ));
    }
    if usize::from(state.company.home.0) >= regions {
        return bad(format!(
            "home region {} does not exist",
            state.company.home.0
        ));
    }
    if usize::from(state.company.price_level) >= content.market.price_levels.len() {
        return bad(format!(
            "price level {} does not exist",
            state.company.price_level
        ));
    }
    for f in &state.facilities {
        if usize::from(f.region.0) >= regions {
            return bad(format!(
                "facility {} stands in region {}, which does not exist",
                f.id.0, f.region.0
            ));
        }
        if usize::from(f.size) >= content.sizes(f.kind).len() {
            return bad(format!(
                "facility {} has size {}, which does not exist",
                f.id.0, f.size
            ));
        }
    }
    if let Some(f) = state
        .facilities
        .iter()
        .find(|f| f.id.0 >= state.next_facility)
    {
        return bad(format!(
            "facility {} is numbered at or past the next free number {}",
            f.id.0, state.next_facility
        ));
    }
    Ok(())
}

/// How the decks in use differ from those a save was made with, judged by content: the same
/// mod read from another path is the same mod.
fn decks_differ(
    saved: &[super::header::DataRef],
    now: &[super::header::DataRef],
) -> Option<String> {
    let hashes =
        |d: &[super::header::DataRef]| d.iter().map(|r| r.hash.clone()).collect::<Vec<_>>();
    if hashes(saved) == hashes(now) {
        return None;
    }
    let mut parts = Vec::new();
    for r in saved
        .iter()
        .filter(|r| !now.iter().any(|n| n.hash == r.hash))
    {
        if now.iter().any(|n| n.id == r.id) {
            parts.push(format!("{} has changed", r.id));
        } else {
            parts.push(format!("{} is missing", r.id));
        }
    }
    for n in now
        .iter()
        .filter(|n| !saved.iter().any(|r| r.hash == n.hash || r.id == n.id))
    {
        parts.push(format!("{} is new", n.id));
    }
    if parts.is_empty() {
        parts.push("the same decks in another order".into());
    }
    Some(format!(
        "saved with other decks: {}; the game goes on with the decks in use",
        parts.join(", ")
    ))
}
