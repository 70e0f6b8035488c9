//! A stable hash of whole game states.

use super::state::GameState;
pub use crate::basic::fnv::Fnv;

/// A stable hash of the whole game state, equal for equal states: the hash of its RON text.
pub fn state_hash(state: &GameState) -> u64 {
    let mut h = Fnv::new();
    // Serialising plain data to a String cannot fail; an empty text would still hash stably.
    let text = ron::to_string(state).unwrap_or_default();
    h.write(text.as_bytes());
    h.finish()
}

/// The state hash as 16 hex digits.
pub fn state_hash_hex(state: &GameState) -> String {
    format!("{:016x}", state_hash(state))
}
