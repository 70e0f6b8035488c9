//! A stable 64-bit hash (FNV-1a) of game states and data files.

use super::state::GameState;

/// FNV-1a, 64-bit: tiny, stable across platforms and Rust versions.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

impl Fnv {
    /// A fresh hasher.
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Feeds bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// The hash so far.
    pub fn finish(self) -> u64 {
        self.0
    }
}

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
