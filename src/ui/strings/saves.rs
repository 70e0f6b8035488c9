//! Words about saving: what a save did, and where the game is on the way out.

/// Saving without a saves directory.
pub const SAVING_OFF: &str = "Saving is off: no saves directory.";
/// After a save, followed by its name.
pub const SAVED: &str = "Saved as";
/// When the autosave fails, followed by the reason.
pub const AUTOSAVE_FAILED: &str = "Autosave failed:";

/// Printed after the terminal is restored, when an unfinished game was left saved.
pub fn farewell(save: &str) -> String {
    format!("Your game is saved as {save}; `flywheel load {save}` goes on from there.")
}
