//! `flywheel` and `flywheel new`: the game in the terminal.

use super::USAGE;
use crate::content::Content;
use crate::sim::NewGame;
use crate::sim::events::ForcedEvent;
use crate::ui::loading::ContentCell;
use crate::ui::theme::ThemeKind;
use crate::ui::{self, App, Options};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options shared by everything that opens the terminal UI.
#[derive(Debug, Args)]
pub struct UiArgs {
    /// Colours for a dark or light terminal (NO_COLOR turns colour off).
    #[arg(long, global = true, default_value = DEFAULT_THEME, value_parser = ["dark", "light"])]
    pub theme: String,
    /// Where saves and high scores live (default: FLYWHEEL_SAVES, else `saves/`).
    #[arg(long, global = true)]
    pub saves: Option<PathBuf>,
}

/// The palette when `--theme` is not given.
const DEFAULT_THEME: &str = "dark";

impl Default for UiArgs {
    /// What the command line holds when no option is given.
    fn default() -> UiArgs {
        UiArgs {
            theme: DEFAULT_THEME.to_owned(),
            saves: None,
        }
    }
}

/// Options of `flywheel new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Seed of the game (the same seed and actions replay the same game); random if absent.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Scenario id.
    #[arg(long, default_value = "standard")]
    pub scenario: String,
    /// Difficulty: easy, normal or hard.
    #[arg(long, default_value = "normal")]
    pub difficulty: String,
    /// Company name (the scenario's default otherwise).
    #[arg(long)]
    pub company: Option<String>,
    /// An event-deck mod: a .ron file or a folder of them (repeatable, applied in order).
    #[arg(long = "mod", value_name = "PATH")]
    pub mods: Vec<PathBuf>,
    /// Fire an event in a quarter (the first when none is given), whatever its conditions
    /// (repeatable); the save records it.
    #[arg(long = "force-event", value_name = "ID[@2004Q2]")]
    pub force_events: Vec<ForcedEvent>,
}

/// The UI options from the command line: palette (honouring `NO_COLOR`) and saves directory.
pub fn options(ui_args: &UiArgs, new_game: Option<NewGame>) -> Options {
    let theme = ThemeKind::from_id(&ui_args.theme)
        .unwrap_or_default()
        .with_no_color(std::env::var("NO_COLOR").ok().as_deref());
    Options {
        new_game,
        theme,
        saves: Some(
            crate::save::SaveDir::resolve(ui_args.saves.as_deref())
                .path()
                .to_path_buf(),
        ),
    }
}

/// Opens the game: the menu, or straight into a new game.
pub fn run(ui_args: UiArgs, new: Option<NewArgs>) -> anyhow::Result<ExitCode> {
    let Some(new) = new else {
        return menu(&ui_args);
    };
    let content = Content::embedded()?.with_mods(&new.mods)?;
    let opts = options(&ui_args, Some(new_game(new)));
    // Bad names are reported before the terminal is taken over.
    let app = match App::new(content, opts) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("flywheel: {e}");
            return Ok(ExitCode::from(USAGE));
        }
    };
    ui::terminal::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// The main menu. It needs none of the game's data, so the menu is drawn first, the data is then
/// parsed on another core while the player reads it, and is waited for only when the player picks
/// something that needs it.
fn menu(ui_args: &UiArgs) -> anyhow::Result<ExitCode> {
    let app = App::new(ContentCell::embedded_later(), options(ui_args, None))?;
    ui::terminal::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// The new game the command line asks for; a seed from the clock when none is given.
fn new_game(n: NewArgs) -> NewGame {
    NewGame {
        scenario: n.scenario,
        difficulty: n.difficulty,
        seed: n.seed.unwrap_or_else(crate::save::clock::fresh_seed),
        company: n.company,
        forced_events: n.force_events,
    }
}
