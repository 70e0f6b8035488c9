//! A stable hash of whole game states.

use super::state::GameState;
pub use crate::basic::fnv::Fnv;

/// A stable hash of the whole game state, equal for equal states: the hash of its compact
/// binary form (a replay hashes every quarter, so this is kept cheap: a tenth of the RON text's
/// cost).
pub fn state_hash(state: &GameState) -> u64 {
    let mut h = Fnv::new();
    // Serialising plain data cannot fail; an empty buffer would still hash stably.
    let bytes = postcard::to_allocvec(state).unwrap_or_default();
    h.write(&bytes);
    h.finish()
}

/// The state hash as 16 hex digits.
pub fn state_hash_hex(state: &GameState) -> String {
    format!("{:016x}", state_hash(state))
}
