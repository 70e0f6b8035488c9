//! Upgrading old saves, one format at a time (N → N+1), before typed parsing.
//!
//! When the game state or the header changes shape, either the change reads old saves as they
//! are (a new field with `#[serde(default)]`), or [`FORMAT_VERSION`] goes up by one and a step
//! from the old number is added to [`MIGRATIONS`]. The fixtures in `saves/fixtures/` fail their
//! test until one of the two is done.
//!
//! Steps work on the save's text rather than on `ron::Value`: a `Value` drops enum variant
//! names (`Building(ready: …)` and `Operating` both lose their tag), so a round trip through it
//! would damage the game state. A step may still parse the parts it rewrites.

use super::error::SaveError;
#[cfg(doc)]
use super::header::FORMAT_VERSION;

/// One step of the chain: turns a save of format `from` into one of format `from + 1`,
/// including the new number in `header.format`.
#[derive(Clone, Copy, Debug)]
pub struct Migration {
    /// The format the step reads.
    pub from: u32,
    /// What changed, for the record.
    pub what: &'static str,
    /// The rewrite; an error is a one-line reason.
    pub apply: fn(&str) -> Result<String, String>,
}

/// The chain of this build: every format change adds its step here and keeps the old fixtures
/// loading.
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    what: "saves carry an action log; a format-1 save gets an empty one, starting where it was made",
    apply: one_to_two,
}];

/// Format 1 → 2: only the number changes; the log a format-2 save carries reads as empty when
/// absent.
fn one_to_two(text: &str) -> Result<String, String> {
    const OLD: &str = "format: 1,";
    if !text.contains(OLD) {
        return Err("no `format: 1,` in its header".into());
    }
    Ok(text.replacen(OLD, "format: 2,", 1))
}

/// Runs the steps from `from` up to `to`, in order. A missing step is an error naming the
/// format that cannot be read.
pub fn upgrade(text: &str, from: u32, to: u32, chain: &[Migration]) -> Result<String, SaveError> {
    let mut text = text.to_string();
    for version in from..to {
        let step =
            chain
                .iter()
                .find(|m| m.from == version)
                .ok_or_else(|| SaveError::Migration {
                    from: version,
                    reason: "this version of the game has no upgrade for it".into(),
                })?;
        text = (step.apply)(&text).map_err(|reason| SaveError::Migration {
            from: version,
            reason,
        })?;
    }
    Ok(text)
}
