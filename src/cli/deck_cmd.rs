//! `flywheel deck`: the modders' tools — check, list and stats.

use super::USAGE;
use super::deck_list::{Listing, listing};
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
        /// Check again whenever a file under the paths changes, clearing the screen between
        /// runs (Ctrl-C stops).
        #[arg(long)]
        watch: bool,
    },
    /// Print one event a line: id, category, title (tab-separated); with `--what`, the ids of
    /// that kind a mod may use instead.
    List {
        /// A mod file or folder (repeatable; later ones override earlier ones).
        #[arg(long = "mod")]
        mods: Vec<PathBuf>,
        /// What to list instead of the events.
        #[arg(long, value_enum)]
        what: Option<Listing>,
    },
    /// Print an event's card as the game would show it, in a game a bot has played to then.
    Preview {
        /// The event's id.
        id: String,
        /// A mod file or folder (repeatable).
        #[arg(long = "mod")]
        mods: Vec<PathBuf>,
        /// The quarter (e.g. 2004Q2); by default the first quarter its condition holds.
        #[arg(long)]
        at: Option<crate::sim::Quarter>,
        /// The game's seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The bot that plays up to then.
        #[arg(long, default_value = "opener")]
        bot: String,
        /// Scenario id.
        #[arg(long, default_value = "standard")]
        scenario: String,
    },
    /// Write a starter mod: one event with every common field explained, ready to edit.
    New {
        /// The file to write (a .ron name; refuses to overwrite).
        path: PathBuf,
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

/// The bot named on the command line and the content with the mods, or the exit code.
fn bot_and_content(
    content: &Content,
    bot: &str,
    mods: &[PathBuf],
) -> Result<(Bot, Content), ExitCode> {
    let Some(bot) = Bot::from_id(bot) else {
        eprintln!("unknown bot {bot:?}; valid: {}", Bot::ids().join(", "));
        return Err(ExitCode::from(USAGE));
    };
    Ok((bot, load(content, mods)?))
}

/// Runs a deck tool.
pub fn run(content: &Content, args: &DeckArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        DeckCommand::Check { paths, watch } if *watch => super::deck_watch::run(paths, || {
            check(content, paths);
        }),
        DeckCommand::Check { paths, .. } => Ok(check(content, paths)),
        DeckCommand::List { mods, what } => {
            let c = match load(content, mods) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let lines = match what {
                Some(w) => listing(&c, *w),
                None => c
                    .deck
                    .events
                    .iter()
                    .map(|e| format!("{}\t{}\t{}", e.id, e.category.id(), e.title))
                    .collect(),
            };
            let mut out = std::io::stdout().lock();
            for l in lines {
                // A closed pipe (`| head`) just ends the listing.
                if writeln!(out, "{l}").is_err() {
                    break;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        DeckCommand::Preview {
            id,
            mods,
            at,
            seed,
            bot,
            scenario,
        } => {
            let (bot, c) = match bot_and_content(content, bot, mods) {
                Ok(x) => x,
                Err(code) => return Ok(code),
            };
            let ask = super::deck_preview::PreviewAsk {
                id: id.clone(),
                at: *at,
                seed: *seed,
                bot,
                scenario: scenario.clone(),
            };
            match super::deck_preview::preview(&c, &ask) {
                Ok(text) => {
                    print!("{text}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{e}");
                    Ok(ExitCode::from(USAGE))
                }
            }
        }
        DeckCommand::New { path } => new_mod(path),
        DeckCommand::Stats {
            mods,
            games,
            bot,
            scenario,
            json,
        } => {
            let (bot, c) = match bot_and_content(content, bot, mods) {
                Ok(x) => x,
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

/// Checks base + mods and prints the findings; the exit code says how it went.
pub fn check(content: &Content, paths: &[PathBuf]) -> ExitCode {
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
    /// The first quarter it fired in any game.
    pub first: Option<String>,
    /// The median quarter it fired.
    pub median: Option<String>,
    /// The choices' labels, in choice order.
    pub choice_labels: Vec<String>,
    /// Share of answers that took each choice, in choice order.
    pub choice_shares: Vec<f64>,
}

/// Why an event never fired in `deck stats`.
#[derive(Debug, Serialize)]
pub struct NeverFired {
    /// The event's id.
    pub id: String,
    /// Quarters in which the director could have drawn it, had its condition held.
    pub eligible_quarters: u64,
    /// The part of its condition false most often in those quarters, in words.
    pub failing: Option<String>,
    /// How often that part was false, 0–1.
    pub failing_share: f64,
    /// The whole sentence.
    pub reason: String,
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
    /// The events that never fired, and why.
    pub never_fired: Vec<NeverFired>,
}

/// What one event's condition did over the games: quarters it could have come and which part
/// of it was false.
#[derive(Default)]
struct Watch {
    eligible: u64,
    failing: BTreeMap<String, u64>,
}

/// The parts of a condition that are false now: each false member of an `All`, else the
/// condition itself. A chance counts as coming up, so the game's generator is left alone.
fn failing_parts<'a>(
    content: &Content,
    state: &sim::GameState,
    stats: &sim::events::cond::Stats,
    c: &'a crate::content::deck::Cond,
    out: &mut Vec<&'a crate::content::deck::Cond>,
) {
    use crate::content::deck::Cond;
    let mut lucky = || 0.0;
    match c {
        Cond::All(parts) => {
            for p in parts {
                failing_parts(content, state, stats, p, out);
            }
        }
        _ => {
            if !sim::events::cond::holds(content, state, stats, c, &mut lucky) {
                out.push(c);
            }
        }
    }
}

/// Plays `games` games and counts fires and choices, and watches why events that do not fire
/// do not.
pub fn play(
    content: &Content,
    bot: Bot,
    scenario: &str,
    games: u64,
) -> Result<DeckStats, sim::SimError> {
    use crate::content::deck::describe;
    let n = content.deck.events.len();
    let mut fired = vec![0u64; n];
    let mut chosen: Vec<Vec<u64>> = content
        .deck
        .events
        .iter()
        .map(|e| vec![0; e.choices.len()])
        .collect();
    let mut when_fired: Vec<Vec<i32>> = vec![Vec::new(); n];
    let mut watch: Vec<Watch> = (0..n).map(|_| Watch::default()).collect();
    let grace = usize::from(content.deck.director.grace_quarters);
    for seed in 1..=games {
        let opts = NewGame {
            scenario: scenario.to_string(),
            seed,
            ..NewGame::default()
        };
        let mut state = sim::new_game(content, &opts)?;
        while !state.is_over() && state.quarters_played() < 1_000 {
            let logged = state.events.log.len();
            bots::step(content, &mut state, bot);
            // The cards this quarter dealt: the log's new entries.
            for r in state.events.log.get(logged..).unwrap_or_default() {
                let Some(i) = content.deck.position(&r.id) else {
                    continue;
                };
                fired[i] += 1;
                when_fired[i].push(r.quarter.index());
            }
            if state.history.len() <= grace {
                continue;
            }
            // Only events that have not fired yet are watched: for the others the draw, not
            // the condition, decides.
            let stats = sim::events::cond::snapshot(&state);
            for (i, e) in content.deck.events.iter().enumerate() {
                if fired[i] > 0 || e.follow_up_only {
                    continue;
                }
                watch[i].eligible += 1;
                let mut parts = Vec::new();
                failing_parts(content, &state, &stats, &e.when, &mut parts);
                for p in parts {
                    *watch[i]
                        .failing
                        .entry(describe::condition(content, p))
                        .or_default() += 1;
                }
            }
        }
        for r in &state.events.log {
            let Some(i) = content.deck.position(&r.id) else {
                continue;
            };
            if let Some(ch) = r.choice
                && let Some(v) = chosen[i].get_mut(usize::from(ch))
            {
                *v += 1;
            }
        }
    }
    let games_f = games.max(1) as f64;
    let quarter = |i: i32| sim::Quarter::from_index(i).to_string();
    let events = content
        .deck
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let total: u64 = chosen[i].iter().sum();
            let mut at = when_fired[i].clone();
            at.sort_unstable();
            EventStats {
                id: e.id.clone(),
                fired_per_game: fired[i] as f64 / games_f,
                first: at.first().map(|&q| quarter(q)),
                median: at.get(at.len() / 2).map(|&q| quarter(q)),
                choice_labels: e.choices.iter().map(|c| c.label.clone()).collect(),
                choice_shares: chosen[i]
                    .iter()
                    .map(|&k| {
                        if total == 0 {
                            0.0
                        } else {
                            k as f64 / total as f64
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
        .enumerate()
        .filter(|(i, _)| fired[*i] == 0)
        .map(|(i, e)| never_fired(e, &watch[i]))
        .collect();
    Ok(DeckStats {
        games,
        bot: bot.id().to_string(),
        events,
        never_fired,
    })
}

/// Why an event never fired, from what its condition did.
fn never_fired(e: &crate::content::deck::EventDef, w: &Watch) -> NeverFired {
    let worst = w.failing.iter().max_by_key(|(_, n)| **n);
    let share = |n: u64| n as f64 / w.eligible.max(1) as f64;
    let (failing, failing_share, reason) = if e.follow_up_only {
        (
            None,
            0.0,
            "a follow-up only: no choice, tender or lawsuit that schedules it was taken".into(),
        )
    } else if w.eligible == 0 {
        (
            None,
            0.0,
            "no game lasted past the director's first quarters".into(),
        )
    } else {
        match worst {
            Some((part, &n)) => (
                Some(part.clone()),
                share(n),
                format!(
                    "`{part}` was false in {:.0}% of {} eligible quarters",
                    share(n) * 100.0,
                    w.eligible
                ),
            ),
            None => (
                None,
                0.0,
                format!(
                    "its condition held in all {} eligible quarters; it lost the draw (raise its weight)",
                    w.eligible
                ),
            ),
        }
    };
    NeverFired {
        id: e.id.clone(),
        eligible_quarters: w.eligible,
        failing,
        failing_share,
        reason,
    }
}

fn print_table(s: &DeckStats) {
    println!("{} game(s), bot {}", s.games, s.bot);
    println!(
        "{:<28} {:>8}  {:<8} {:<8} choices",
        "event", "per game", "first", "median"
    );
    for e in &s.events {
        let choices: Vec<String> = e
            .choice_labels
            .iter()
            .zip(&e.choice_shares)
            .map(|(l, x)| format!("{l} {:.0}%", x * 100.0))
            .collect();
        println!(
            "{:<28} {:>8.2}  {:<8} {:<8} {}",
            e.id,
            e.fired_per_game,
            e.first.as_deref().unwrap_or("–"),
            e.median.as_deref().unwrap_or("–"),
            choices.join(" · ")
        );
    }
    if s.never_fired.is_empty() {
        println!("every event fired");
    } else {
        for n in &s.never_fired {
            println!("never fired: {}: {}", n.id, n.reason);
        }
    }
}

/// The starter mod `deck new` writes.
pub const STARTER: &str = include_str!("starter_mod.ron");

fn new_mod(path: &std::path::Path) -> anyhow::Result<ExitCode> {
    if path.exists() {
        eprintln!("{} exists already; pick a new name", path.display());
        return Ok(ExitCode::from(USAGE));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, STARTER)?;
    println!(
        "wrote {}: check it with `flywheel deck check {}`, see its card with `flywheel deck preview my_first_event --mod {}`",
        path.display(),
        path.display(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}
