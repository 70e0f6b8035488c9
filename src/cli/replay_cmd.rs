//! `flywheel replay SAVE [--to 2004Q2]`: plays a saved game again from its seed and its action
//! log, checking the state's hash after every quarter against the log and, at the end, against
//! the save: proof that the game (and its score) came from the rules.

use super::USAGE;
use crate::content::Content;
use crate::save::replay::{Replayed, replay};
use crate::save::{self, SaveDir};
use crate::sim::Quarter;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `flywheel replay`.
#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// A save name in the saves directory, or a path to a save file.
    pub save: String,
    /// Stop before this quarter (e.g. 2004Q2) instead of at the save's.
    #[arg(long)]
    pub to: Option<Quarter>,
    /// The event-deck mods the game was played with (repeatable, in order).
    #[arg(long = "mod", value_name = "PATH")]
    pub mods: Vec<PathBuf>,
    /// Saves directory for bare save names; default $FLYWHEEL_SAVES, else the platform's data
    /// directory.
    #[arg(long, value_name = "DIR")]
    pub saves: Option<PathBuf>,
    /// Also play every bot on the save's world and print the post-mortem: final scores,
    /// charts of your path beside the best bot's, and the moments they parted.
    #[arg(long)]
    pub report: bool,
}

/// Runs `flywheel replay`: exit 0 and "verified", 1 naming the first quarter that differs (or
/// why the save cannot be replayed), 2 for usage.
pub fn run(content: &Content, args: &ReplayArgs) -> anyhow::Result<ExitCode> {
    let content = match super::deck_cmd::load(content, &args.mods) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let dir = SaveDir::resolve(args.saves.as_deref());
    let path = match dir.resolve_target(&args.save) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(USAGE));
        }
    };
    let loaded = match save::load(&path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot load {}: {e}", path.display());
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Some(to) = args.to {
        let s = &loaded.state;
        // The log ends where the save stands: after its last quarter if the game is over.
        let last = if s.is_over() {
            s.quarter.next()
        } else {
            s.quarter
        };
        if to <= s.start || to > last {
            eprintln!(
                "--to {to} is outside this save: it can stop before any quarter from {} to {last}",
                s.start.next()
            );
            return Ok(ExitCode::from(USAGE));
        }
    }
    let code = verify(&content, &path, &loaded, args.to)?;
    if args.report {
        report(&content, &loaded)?;
    }
    Ok(code)
}

/// Prints the post-mortem of a save, with progress on a terminal's stderr while the bots play.
fn report(content: &Content, loaded: &save::LoadedGame) -> anyhow::Result<()> {
    use std::io::{IsTerminal, Write};
    let show = std::io::stderr().is_terminal();
    let progress = |n: usize| {
        if show {
            eprint!(
                "\r{}",
                crate::ui::strings::postmortem::running(n, crate::bots::Bot::ALL.len())
            );
            let _ = std::io::stderr().flush();
        }
    };
    let pm = crate::ui::background::compare(content, &loaded.state, &loaded.log, &progress)?;
    if show {
        eprint!("\r\x1b[2K");
    }
    let width = if std::io::stdout().is_terminal() {
        crossterm::terminal::size().map_or(120, |(w, _)| w.clamp(80, 200))
    } else {
        120
    };
    let s = &loaded.state;
    println!(
        "{}",
        crate::ui::screens::end::postmortem::text(&pm, (s.seed, &s.scenario, &s.difficulty), width)
            .trim_end()
    );
    Ok(())
}

/// Replays and says how it went.
fn verify(
    content: &Content,
    path: &std::path::Path,
    loaded: &save::LoadedGame,
    to: Option<Quarter>,
) -> anyhow::Result<ExitCode> {
    match replay(content, &loaded.state, &loaded.log, to)? {
        Replayed::Verified { quarters, hash } => {
            println!(
                "verified: {quarters} quarter(s) of {} replayed from seed {}, hash {hash}",
                path.display(),
                loaded.state.seed
            );
            Ok(ExitCode::SUCCESS)
        }
        Replayed::Differs { quarter } => {
            println!(
                "differs: {} does not replay from {quarter} on (another version of the rules or data, other mods, or an edited save)",
                path.display()
            );
            Ok(ExitCode::FAILURE)
        }
        Replayed::NoFullLog { from } => {
            match from {
                Some(q) => println!(
                    "cannot replay: {}'s log starts in {q}, not at the game's start (it was saved before the game kept logs)",
                    path.display()
                ),
                None => println!(
                    "cannot replay: {} has no action log (it was saved before the game kept logs)",
                    path.display()
                ),
            }
            Ok(ExitCode::FAILURE)
        }
    }
}
