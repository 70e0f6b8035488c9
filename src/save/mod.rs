//! Saving and loading games: the most trusted part of the game.
//!
//! A save is a RON file holding a [`SaveHeader`] and the complete [`GameState`], generator
//! included, so loading and continuing is the same game, to the bit, as never having stopped.
//!
//! - Writes are atomic ([`atomic`]): a crash mid-save never damages an existing save, and the
//!   previous version of a named save is kept as `NAME.ron.bak`.
//! - Loads are robust ([`load()`]): every bad file gives a one-line [`SaveError`], never a panic.
//! - Old formats are upgraded step by step ([`migrate`]).
//! - The wall clock is read here, never in the rules.
//!
//! ```no_run
//! use flywheel::{content::Content, save, sim};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let content = Content::embedded()?;
//! let state = sim::new_game(&content, &sim::NewGame::default())?;
//! let dir = save::SaveDir::resolve(None);
//! let info = save::HeaderInfo::of(&content);
//! let path = save::save_named(&dir, "garage days", &state, &info)?;
//! let loaded = save::load(&path)?;
//! let warnings = loaded.check(&content)?;
//! assert_eq!(loaded.state, state);
//! # let _ = warnings; Ok(()) }
//! ```
//!
//! [`GameState`]: crate::sim::GameState

pub mod atomic;
pub mod branch;
mod check;
pub mod clock;
mod dir;
mod error;
pub mod format;
mod header;
pub mod legacy;
mod list;
mod load;
pub mod log;
pub mod migrate;
pub mod names;
pub mod replay;

pub use dir::{
    LEGACY_DIR, SAVES_ENV, SaveDir, autosave, autosave_with_plan, config_dir, data_dir, delete,
    next_autosave_slot, save_named, save_named_with_plan, save_to, save_with_plan,
};
pub use error::SaveError;
pub use format::{MAX_SAVE_BYTES, SaveFile};
pub use header::{DataRef, FORMAT_VERSION, HeaderInfo, SaveHeader};
pub use list::{SaveEntry, SaveKind, latest, list};
pub use load::{LoadedGame, load, load_checked, read_text};
pub use log::{ActionLog, LoggedQuarter};
