//! Every piece of text the terminal UI shows, in one place, so wording stays consistent and
//! can be reviewed (or translated) without reading layout code.

/// The game's name in titles.
pub const TITLE: &str = "Flywheel";
/// Subtitle on the main menu.
pub const TAGLINE: &str = "From a garage store to the infrastructure of the internet";
/// Shown instead of the UI when the terminal is too small.
pub const ENLARGE: &str = "Please enlarge to 80×24";
/// Main-menu entries.
pub const MENU_NEW: &str = "New game";
/// Main-menu entry for continuing the autosave (arrives with saves).
pub const MENU_CONTINUE: &str = "Continue";
/// Main-menu entry for loading a save (arrives with saves).
pub const MENU_LOAD: &str = "Load game";
/// Main-menu entry for the high-score table.
pub const MENU_SCORES: &str = "High scores";
/// Main-menu entry to leave.
pub const MENU_QUIT: &str = "Quit";
/// Continue or load with nothing to load.
pub const NO_SAVES: &str = "No saved games yet: press s in a game to save one.";
/// Saving without a saves directory.
pub const SAVING_OFF: &str = "Saving is off: no saves directory.";
/// After a save, followed by its name.
pub const SAVED: &str = "Saved as";
/// After a load.
pub const LOADED: &str = "Game loaded. ? help";
/// Before a warning about a loaded save.
pub const WARNING: &str = "Loaded with a warning:";
/// After a delete, followed by its name.
pub const DELETED: &str = "Deleted";
/// When the autosave fails, followed by the reason.
pub const AUTOSAVE_FAILED: &str = "Autosave failed:";
/// Title of the save prompt.
pub const SAVE_TITLE: &str = "Save game";
/// Hint under the save prompt.
pub const SAVE_HINT: &str = "Type a name · Enter saves · Esc cancels";
/// Title of the load screen.
pub const LOAD_TITLE: &str = "Load game (newest first)";
/// Hint under the load screen.
pub const LOAD_HINT: &str = "↑↓ choose · Enter load · d delete · Esc back";
/// Marks a save that cannot be loaded, followed by the reason.
pub const BROKEN: &str = "cannot load:";
/// Delete confirmation, followed by the save's name.
pub const CONFIRM_DELETE: &str = "Delete this save for good?";
/// New-game form title.
pub const NEW_GAME: &str = "New game";
/// New-game form hint.
pub const NEW_GAME_HINT: &str =
    "↑↓ choose a field · ←→ change it · type the company name · Enter starts";
/// Labels in the new-game form.
pub const FIELD_COMPANY: &str = "Company name";
/// Scenario label.
pub const FIELD_SCENARIO: &str = "Scenario";
/// Difficulty label.
pub const FIELD_DIFFICULTY: &str = "Difficulty";
/// Seed label.
pub const FIELD_SEED: &str = "Seed";
/// Start button.
pub const START: &str = "  [ Start ]";
/// Quit confirmation.
pub const CONFIRM_QUIT: &str = "Quit? This game is not saved and its progress will be lost.";
/// Quit confirmation keys.
pub const CONFIRM_QUIT_KEYS: &str = "y quit · n keep playing";
/// Help title.
pub const HELP: &str = "Help: ↑↓ scroll · Esc closes";
/// Tab names, in tab order.
pub const TABS: [&str; 7] = [
    "Dashboard",
    "Facilities",
    "Build",
    "Finance",
    "Market",
    "Report",
    "Plan",
];
/// Business lines, in the order of the books' revenue lines.
pub const LINES: [&str; 4] = ["Retail", "Sellers", "Cloud", "Contracts"];
/// Empty queue.
pub const QUEUE_EMPTY: &str = "Nothing queued. Actions you take this quarter appear here; each can be cancelled until you end the quarter (n).";
/// No report yet.
pub const NO_REPORT: &str =
    "No quarter played yet. Queue actions, then press n to end the quarter.";
/// No facilities yet.
pub const NO_FACILITIES: &str = "No facilities yet: every order is drop-shipped by suppliers (slow and unreliable). Build a warehouse (Tab to Build, or b).";
/// Shown when a game starts.
pub const WELCOME: &str =
    "Welcome! Suppliers ship your orders for now. b build · 4 money · n end quarter · ? help";
/// Name of the founder's stake.
pub const STAKE: &str = "Stake";
/// Shown on the end screen.
pub const GAME_OVER: &str = "Game over";

/// A title for a final score, from the thresholds in thousands of dollars.
pub fn rank_title(score_thousands: i64) -> &'static str {
    const RANKS: [(i64, &str); 6] = [
        (1_000, "Garage tinkerer"),
        (100_000, "Shopkeeper"),
        (1_000_000, "Mail-order mogul"),
        (10_000_000, "Retail baron"),
        (100_000_000, "Infrastructure titan"),
        (i64::MAX, "Flywheel legend"),
    ];
    RANKS
        .iter()
        .find(|(limit, _)| score_thousands < *limit)
        .map_or("Flywheel legend", |(_, t)| t)
}

/// What an outcome means, in words.
pub fn outcome_text(outcome: crate::sim::Outcome) -> &'static str {
    match outcome {
        crate::sim::Outcome::Completed => "You played to the scenario's last quarter.",
        crate::sim::Outcome::Bankrupt => {
            "Bankrupt: two quarters with negative cash and no credit left."
        }
        crate::sim::Outcome::Ousted => {
            "Ousted: investor patience ran out and the board replaced you."
        }
    }
}
