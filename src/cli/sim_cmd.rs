//! `flywheel sim`: headless games played by a bot.

use super::USAGE;
use crate::bots::{self, Bot};
use crate::content::Content;
use crate::sim::{self, GameState, NewGame};
use clap::Args;
use serde::Serialize;
use std::process::ExitCode;

/// Options of `flywheel sim`.
#[derive(Debug, Args)]
pub struct SimArgs {
    /// Seed of the first game.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Quarters to play; the scenario's end by default.
    #[arg(long)]
    pub quarters: Option<u32>,
    /// The bot that plays.
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
    /// An event deck mod: a .ron file or a folder of them (repeatable).
    #[arg(long = "mod")]
    pub mods: Vec<std::path::PathBuf>,
}

/// One game's result, as printed with `--json`.
#[derive(Debug, Serialize)]
pub struct GameResult {
    /// Seed.
    pub seed: u64,
    /// Bot id.
    pub bot: String,
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// Quarters resolved.
    pub quarters_played: u32,
    /// completed, bankrupt, ousted, or playing when stopped early.
    pub outcome: String,
    /// Founder's stake × valuation, in thousands of dollars.
    pub score: i64,
    /// Valuation, in thousands.
    pub valuation: i64,
    /// Cash, in thousands.
    pub cash: i64,
    /// Revenue over the last four quarters, in thousands.
    pub revenue_last_year: i64,
    /// Stable hash of the whole game state.
    pub state_hash: String,
}

impl GameResult {
    /// The result of a game as it stands.
    pub fn of(state: &GameState, bot: Bot) -> GameResult {
        GameResult {
            seed: state.seed,
            bot: bot.id().to_string(),
            scenario: state.scenario.clone(),
            difficulty: state.difficulty.clone(),
            quarters_played: state.quarters_played(),
            outcome: state.outcome.map_or("playing", |o| o.id()).to_string(),
            score: state.score().thousands(),
            valuation: state.valuation().thousands(),
            cash: state.company.cash.thousands(),
            revenue_last_year: state.revenue_ttm().thousands(),
            state_hash: sim::state_hash_hex(state),
        }
    }
}

/// Plays the games and prints one line each.
pub fn run(content: &Content, args: &SimArgs) -> anyhow::Result<ExitCode> {
    let Some(bot) = Bot::from_id(&args.bot) else {
        eprintln!(
            "unknown bot {:?}; valid: {}",
            args.bot,
            Bot::ids().join(", ")
        );
        return Ok(ExitCode::from(USAGE));
    };
    let with_mods = match super::deck_cmd::load(content, &args.mods) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let content = &with_mods;
    for i in 0..args.games {
        let opts = NewGame {
            scenario: args.scenario.clone(),
            difficulty: args.difficulty.clone(),
            seed: args.seed.wrapping_add(i),
            company: None,
        };
        let mut state = match sim::new_game(content, &opts) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                return Ok(ExitCode::from(USAGE));
            }
        };
        let quarters = args
            .quarters
            .unwrap_or_else(|| u32::try_from(state.end.since(state.quarter) + 1).unwrap_or(0));
        bots::play(content, &mut state, bot, quarters);
        let r = GameResult::of(&state, bot);
        if args.json {
            println!("{}", serde_json::to_string(&r)?);
        } else {
            println!(
                "seed {:>4}  {:<8} {}/{}  {:<9} after {:>3} quarters ({})  score {:>9}  valuation {:>9}  cash {:>9}  revenue last year {:>9}  hash {}",
                r.seed,
                r.bot,
                r.scenario,
                r.difficulty,
                r.outcome,
                r.quarters_played,
                state.quarter,
                state.score(),
                state.valuation(),
                state.company.cash,
                state.revenue_ttm(),
                r.state_hash
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
