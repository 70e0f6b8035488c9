//! The command line: the game (`flywheel`, `flywheel new`), `flywheel sim` and friends.

mod balance;
mod config_cmd;
pub mod deck_cmd;
pub mod deck_list;
pub mod deck_preview;
mod deck_watch;
mod load_cmd;
mod play_cmd;
mod quick;
pub mod replay_cmd;
mod shell_cmd;
mod sim_args;
mod sim_cmd;

use crate::content::Content;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::process::ExitCode;

/// What `flywheel --version` says: the game's version, the save format it writes and the
/// hashes of the data built in (the same a save's header records).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (save format ",
    "2",
    "; built-in data ",
    env!("FLYWHEEL_DATA_HASH"),
    "; decks ",
    env!("FLYWHEEL_DECK_HASHES"),
    ")"
);

/// Flywheel: grow an online store from a garage into an infrastructure giant.
#[derive(Debug, Parser)]
#[command(name = "flywheel", version = VERSION, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do; without one, the game opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Terminal UI options.
    #[command(flatten)]
    pub ui: play_cmd::UiArgs,
}

impl Cli {
    /// This process's command line. Opening the game is parsed without building clap's
    /// definition of every subcommand, which costs a quarter of a millisecond before the first
    /// frame: no arguments are the menu with every option at its default, and `flywheel new …`
    /// is read against `new`'s own options. Anything else, and any mistake or `--help`, goes to
    /// the whole parser, which reports it.
    pub fn from_env() -> Cli {
        let args: Vec<OsString> = std::env::args_os().skip(1).collect();
        match args.first().map(|a| a.to_str()) {
            None => Cli::bare(),
            Some(Some("new")) => Cli::new_game(&args[1..]).unwrap_or_else(Cli::parse),
            Some(_) => Cli::parse(),
        }
    }

    /// The command line without arguments.
    fn bare() -> Cli {
        Cli {
            command: None,
            ui: play_cmd::UiArgs::default(),
        }
    }

    /// `flywheel new` with `args` after it, if they are right.
    fn new_game(args: &[OsString]) -> Option<Cli> {
        let (new, ui) = quick::new_game(args)?;
        Some(Cli {
            command: Some(Command::New(new)),
            ui,
        })
    }
}

/// Under `flywheel --help`: where things live.
const AFTER_HELP: &str = "Saves, autosaves and high scores live in the platform's data directory (on Linux $XDG_DATA_HOME/flywheel, else ~/.local/share/flywheel) unless --saves DIR or FLYWHEEL_SAVES says otherwise; `flywheel config --path` prints it and the settings file's place.";

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
    /// Replay a saved game from its seed and action log and verify it quarter by quarter.
    Replay(replay_cmd::ReplayArgs),
    /// The settings file: where it is read from, its defaults, a check of it.
    Config(config_cmd::ConfigArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish or powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `flywheel man > flywheel.1`.
    Man,
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
            // Mods apply to the balance table as much as to single games.
            let content = match deck_cmd::load(&content, &args.mods) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            if args.bot == "all" {
                if !args.force_events.is_empty() {
                    eprintln!("--force-event plays with one bot: name it with --bot");
                    return Ok(ExitCode::from(USAGE));
                }
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
        Some(Command::Replay(args)) => replay_cmd::run(&Content::embedded()?, &args),
        Some(Command::Config(args)) => Ok(config_cmd::run(&args)),
        Some(Command::Completions { shell }) => {
            shell_cmd::completions(shell);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            shell_cmd::man()?;
            Ok(ExitCode::SUCCESS)
        }
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

    #[test]
    fn a_new_game_reads_as_the_whole_parser_reads_it() {
        for args in [
            vec!["new"],
            vec!["new", "--seed", "7"],
            vec![
                "new",
                "--theme",
                "light",
                "--mod",
                "a.ron",
                "--mod",
                "b",
                "--company",
                "Acme",
            ],
            vec![
                "new",
                "--saves",
                "elsewhere",
                "--difficulty",
                "hard",
                "--scenario",
                "short",
            ],
            vec!["new", "--seed=12", "--theme=mono", "--company=A=B"],
            vec![
                "new",
                "--force-event",
                "census",
                "--force-event=audit@2004Q2",
                "--company",
                "",
            ],
        ] {
            let whole = Cli::try_parse_from(std::iter::once("flywheel").chain(args.clone()))
                .expect("the whole parser takes it");
            let args: Vec<OsString> = args.iter().map(OsString::from).collect();
            let quick = Cli::new_game(&args[1..]).expect("the quick reading takes it");
            assert_eq!(format!("{quick:?}"), format!("{whole:?}"), "{args:?}");
        }
        for wrong in [
            vec!["--bogus"],
            vec!["--seed", "x"],
            vec!["--help"],
            vec!["extra"],
            vec!["--seed"],
            vec!["--seed", "1", "--seed", "2"],
            vec!["--theme", "pink"],
            vec!["--company", "-x"],
            vec!["--force-event", "@2004Q2"],
            vec!["--", "--seed", "1"],
            vec!["-h"],
        ] {
            let args: Vec<OsString> = wrong.iter().map(OsString::from).collect();
            assert!(
                Cli::new_game(&args).is_none(),
                "{wrong:?} is left to the whole parser"
            );
        }
    }
}
