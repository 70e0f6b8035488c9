//! The options of `flywheel sim`, shared by one bot's games and the balance table of all bots.

use clap::Args;
use std::path::PathBuf;

/// Options of `flywheel sim`.
#[derive(Debug, Args)]
pub struct SimArgs {
    /// Seed of the first game.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Quarters to play; the scenario's end by default.
    #[arg(long)]
    pub quarters: Option<u32>,
    /// The bot that plays, or `all` for the balance table of every bot on the same seeds.
    #[arg(long, default_value = "opener")]
    pub bot: String,
    /// Games to play, on seeds N, N+1, …
    #[arg(long, default_value_t = 1)]
    pub games: u64,
    /// Scenario id.
    #[arg(long, default_value = "standard")]
    pub scenario: String,
    /// Difficulty: easy, normal or hard.
    #[arg(long, default_value = "normal")]
    pub difficulty: String,
    /// One JSON object per line per game.
    #[arg(long)]
    pub json: bool,
    /// Print a line per year of each game (for balancing); the game plays exactly as without it.
    #[arg(long)]
    pub trace: bool,
    /// With `--bot all --json`: one JSON row per bot and seed instead of the table.
    #[arg(long)]
    pub per_game: bool,
    /// An event deck mod: a .ron file or a folder of them (repeatable).
    #[arg(long = "mod")]
    pub mods: Vec<std::path::PathBuf>,
    /// Read the data files from this folder (laid out like `assets/`) instead of the built-in
    /// ones, to try balance changes without rebuilding.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Save the game at the end, to a save name or a path (ending in .ron or holding a /).
    #[arg(long, value_name = "FILE", conflicts_with = "games")]
    pub save: Option<String>,
    /// Continue a saved game (a save name or a path) instead of starting one; `--quarters`
    /// then counts from the save.
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = ["games", "seed", "scenario", "difficulty"]
    )]
    pub load: Option<String>,
    /// Saves directory for bare save names; default $FLYWHEEL_SAVES, else the platform's data
    /// directory.
    #[arg(long, value_name = "DIR")]
    pub saves: Option<PathBuf>,
    /// Fire an event in a quarter (the first when none is given), whatever its conditions, in
    /// every game (repeatable; one bot only).
    #[arg(long = "force-event", value_name = "ID[@2004Q2]")]
    pub force_events: Vec<crate::sim::events::ForcedEvent>,
}
