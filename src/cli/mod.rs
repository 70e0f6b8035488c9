//! The command line: the game (`flywheel`, `flywheel new`), `flywheel sim` and friends.

mod balance;
pub mod deck_cmd;
mod load_cmd;
mod play_cmd;
mod sim_args;
mod sim_cmd;

use crate::content::Content;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Flywheel: grow an online store from a garage into an infrastructure giant.
#[derive(Debug, Parser)]
#[command(name = "flywheel", version, about)]
pub struct Cli {
    /// What to do; without one, the game opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Terminal UI options.
    #[command(flatten)]
    pub ui: play_cmd::UiArgs,
}

impl Cli {
    /// This process's command line. Without arguments — a player opening the game — it is the
    /// menu with every option at its default, known without building clap's definition of all
    /// the subcommands, which costs a quarter of a millisecond before the first frame.
    pub fn from_env() -> Cli {
        if std::env::args_os().len() <= 1 {
            Cli::bare()
        } else {
            Cli::parse()
        }
    }

    /// The command line without arguments.
    fn bare() -> Cli {
        Cli {
            command: None,
            ui: play_cmd::UiArgs::default(),
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play games headless with a built-in bot, for balance testing and benchmarks.
    Sim(sim_args::SimArgs),
    /// The modders' tools: check, list and stats for event decks.
    Deck(deck_cmd::DeckArgs),
    /// Open a saved game: a save name in the saves directory, or a path.
    Load(load_cmd::LoadArgs),
    /// Start a new game in the terminal.
    New(play_cmd::NewArgs),
}

/// Exit code for a usage error (unknown names, bad flags).
pub const USAGE: u8 = 2;

/// Runs the command line and returns the process's exit code.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Sim(args)) => {
            let content = match &args.data {
                Some(dir) => Content::from_dir(dir)?,
                None => Content::embedded()?,
            };
            if args.bot == "all" {
                balance::run(&content, &args)
            } else {
                sim_cmd::run(&content, &args)
            }
        }
        Some(Command::Deck(args)) => deck_cmd::run(&Content::embedded()?, &args),
        Some(Command::Load(args)) => {
            let content = Content::embedded()?.with_mods(&args.mods)?;
            load_cmd::run(content, cli.ui, &args)
        }
        Some(Command::New(args)) => play_cmd::run(cli.ui, Some(args)),
        None => play_cmd::run(cli.ui, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_arguments_mean_what_clap_would_make_of_them() {
        let parsed = Cli::try_parse_from(["flywheel"]).expect("no arguments parse");
        assert_eq!(format!("{parsed:?}"), format!("{:?}", Cli::bare()));
    }
}
