//! `flywheel deck`: the modders' tools — check, list and stats.

use super::USAGE;
use crate::bots::{self, Bot};
use crate::content::Content;
use crate::content::deck::DeckError;
use crate::sim::{self, NewGame};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `flywheel deck`.
#[derive(Debug, Args)]
pub struct DeckArgs {
    /// What to do with the deck.
    #[command(subcommand)]
    pub command: DeckCommand,
}

/// The deck tools.
#[derive(Debug, Subcommand)]
pub enum DeckCommand {
    /// Validate mod files or folders against the base deck (exit 0 valid, 1 invalid, 2 usage).
    Check {
        /// Deck files or folders of .ron files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print one event a line: id, category, title (tab-separated).
    List {
        /// A mod file or folder (repeatable; later ones override earlier ones).
        #[arg(long = "mod")]
        mods: Vec<PathBuf>,
    },
    /// Play headless games and report how often each event fires and each choice is taken.
    Stats {
        /// A mod file or folder (repeatable).
        #[arg(long = "mod")]
        mods: Vec<PathBuf>,
        /// Games to play, on seeds 1..=N.
        #[arg(long, default_value_t = 100)]
        games: u64,
        /// The bot that plays.
        #[arg(long, default_value = "opener")]
        bot: String,
        /// Scenario id.
        #[arg(long, default_value = "standard")]
        scenario: String,
        /// One JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Loads base + mods, printing the findings; None (with the exit code) when it fails.
pub fn load(content: &Content, mods: &[PathBuf]) -> Result<Content, ExitCode> {
    match content.with_mods(mods) {
        Ok(c) => {
            for w in &c.deck.warnings {
                eprintln!("{w}\n");
            }
            Ok(c)
        }
        Err(e) => {
            eprintln!("{e}");
            Err(exit_for(&e))
        }
    }
}

fn exit_for(e: &DeckError) -> ExitCode {
    if e.unreadable {
        ExitCode::from(USAGE)
    } else {
        ExitCode::FAILURE
    }
}

/// Runs a deck tool.
pub fn run(content: &Content, args: &DeckArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        DeckCommand::Check { paths } => Ok(check(content, paths)),
        DeckCommand::List { mods } => {
            let c = match load(content, mods) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let mut out = std::io::stdout().lock();
            for e in &c.deck.events {
                // A closed pipe (`| head`) just ends the listing.
                if writeln!(out, "{}\t{}\t{}", e.id, e.category.id(), e.title).is_err() {
                    break;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        DeckCommand::Stats {
            mods,
            games,
            bot,
            scenario,
            json,
        } => {
            let Some(bot) = Bot::from_id(bot) else {
                eprintln!("unknown bot {bot:?}; valid: {}", Bot::ids().join(", "));
                return Ok(ExitCode::from(USAGE));
            };
            let c = match load(content, mods) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let stats = match play(&c, bot, scenario, *games) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("{e}");
                    return Ok(ExitCode::from(USAGE));
                }
            };
            if *json {
                println!("{}", serde_json::to_string_pretty(&stats)?);
            } else {
                print_table(&stats);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check(content: &Content, paths: &[PathBuf]) -> ExitCode {
    match content.with_mods(paths) {
        Ok(c) => {
            for w in &c.deck.warnings {
                eprintln!("{w}\n");
            }
            println!(
                "ok: {} event(s) from {} file(s), {} warning(s)",
                c.deck.events.len(),
                c.deck.sources.len(),
                c.deck.warnings.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            exit_for(&e)
        }
    }
}

/// One event's figures in `deck stats`.
#[derive(Debug, Serialize)]
pub struct EventStats {
    /// The event's id.
    pub id: String,
    /// Times fired per game.
    pub fired_per_game: f64,
    /// Share of answers that took each choice, in choice order.
    pub choice_shares: Vec<f64>,
}

/// The output of `deck stats`.
#[derive(Debug, Serialize)]
pub struct DeckStats {
    /// Games played.
    pub games: u64,
    /// Bot id.
    pub bot: String,
    /// Each event of the deck, in deck order.
    pub events: Vec<EventStats>,
    /// Ids of events that never fired.
    pub never_fired: Vec<String>,
}

/// Plays `games` games and counts fires and choices.
pub fn play(
    content: &Content,
    bot: Bot,
    scenario: &str,
    games: u64,
) -> Result<DeckStats, sim::SimError> {
    let mut fired: BTreeMap<&str, u64> = BTreeMap::new();
    let mut chosen: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for seed in 1..=games {
        let opts = NewGame {
            scenario: scenario.to_string(),
            seed,
            ..NewGame::default()
        };
        let mut state = sim::new_game(content, &opts)?;
        bots::play(content, &mut state, bot, 1_000);
        for r in &state.events.log {
            let Some(e) = content.deck.event(&r.id) else {
                continue;
            };
            let id = e.id.as_str();
            *fired.entry(id).or_default() += 1;
            if let Some(ch) = r.choice {
                let v = chosen.entry(id).or_insert_with(|| vec![0; e.choices.len()]);
                if let Some(n) = v.get_mut(usize::from(ch)) {
                    *n += 1;
                }
            }
        }
    }
    let games_f = games.max(1) as f64;
    let events = content
        .deck
        .events
        .iter()
        .map(|e| {
            let counts = chosen.get(e.id.as_str());
            let total: u64 = counts.map_or(0, |v| v.iter().sum());
            EventStats {
                id: e.id.clone(),
                fired_per_game: fired.get(e.id.as_str()).copied().unwrap_or(0) as f64 / games_f,
                choice_shares: (0..e.choices.len())
                    .map(|i| {
                        let n = counts.and_then(|v| v.get(i)).copied().unwrap_or(0);
                        if total == 0 {
                            0.0
                        } else {
                            n as f64 / total as f64
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let never_fired = content
        .deck
        .events
        .iter()
        .filter(|e| !fired.contains_key(e.id.as_str()))
        .map(|e| e.id.clone())
        .collect();
    Ok(DeckStats {
        games,
        bot: bot.id().to_string(),
        events,
        never_fired,
    })
}

fn print_table(s: &DeckStats) {
    println!("{} game(s), bot {}", s.games, s.bot);
    println!("{:<28} {:>9}  choices", "event", "per game");
    for e in &s.events {
        let shares: Vec<String> = e
            .choice_shares
            .iter()
            .map(|x| format!("{:.0}%", x * 100.0))
            .collect();
        println!(
            "{:<28} {:>9.2}  {}",
            e.id,
            e.fired_per_game,
            shares.join(" / ")
        );
    }
    if s.never_fired.is_empty() {
        println!("every event fired");
    } else {
        println!("never fired: {}", s.never_fired.join(", "));
    }
}
