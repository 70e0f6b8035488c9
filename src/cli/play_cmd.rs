//! `flywheel` and `flywheel new`: the game in the terminal.

use super::USAGE;
use crate::content::Content;
use crate::sim::NewGame;
use crate::sim::events::ForcedEvent;
use crate::ui::config::Settings;
use crate::ui::loading::ContentCell;
use crate::ui::theme::ThemeKind;
use crate::ui::{self, App, Options};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options shared by everything that opens the terminal UI (the default: none given).
#[derive(Debug, Default, Args)]
pub struct UiArgs {
    /// Colours for a dark or light terminal, or none (default: the settings' theme, else dark;
    /// NO_COLOR turns colour off).
    #[arg(long, global = true, value_parser = ThemeKind::IDS)]
    pub theme: Option<String>,
    /// Where saves and high scores live (default: FLYWHEEL_SAVES, else the platform's data
    /// directory; `flywheel config --path` shows it).
    #[arg(long, global = true)]
    pub saves: Option<PathBuf>,
}

/// Options of `flywheel new` (the default: none given).
#[derive(Debug, Default, Args)]
pub struct NewArgs {
    /// Seed of the game (the same seed and actions replay the same game); random if absent.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Scenario id (default: the settings' scenario, else standard).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Difficulty: easy, normal or hard (default: the settings' difficulty, else normal).
    #[arg(long)]
    pub difficulty: Option<String>,
    /// Company name (the settings' name, else the scenario's default).
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

/// The UI options from the command line and the settings: palette (the command line's, else the
/// settings', honouring `NO_COLOR`) and saves directory.
pub fn options(ui_args: &UiArgs, new_game: Option<NewGame>, settings: &Settings) -> Options {
    let theme = ui_args
        .theme
        .as_deref()
        .and_then(ThemeKind::from_id)
        .or(settings.theme)
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
    let (settings, notice) = settings();
    let Some(new) = new else {
        return menu(&ui_args, &settings, notice);
    };
    let content = Content::embedded()?.with_mods(&new.mods)?;
    // Defaults the data does not have are left out, and the notice says so.
    let (settings, notice) = checked_ids(settings, notice, &content);
    let opts = options(&ui_args, Some(new_game(new, &settings)), &settings);
    // Bad names are reported before the terminal is taken over.
    let mut app = match App::new(content, opts) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("flywheel: {e}");
            return Ok(ExitCode::from(USAGE));
        }
    };
    app.configure(&settings, notice);
    // Said once the terminal is the shell's again, so it stays on screen.
    if let Some(words) = ui::terminal::run(app)? {
        println!("{words}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The settings with a scenario or difficulty the data lacks left out, and a notice saying so.
fn checked_ids(
    mut settings: Settings,
    notice: Option<String>,
    content: &Content,
) -> (Settings, Option<String>) {
    match crate::ui::config::check_ids(&settings, content) {
        Ok(()) => (settings, notice),
        Err(e) => {
            settings.scenario = None;
            settings.difficulty = None;
            let notice = notice.or(Some(format!(
                "Settings' new-game default not used: {}:{e}",
                crate::ui::config::FILE
            )));
            (settings, notice)
        }
    }
}

/// The player's settings file, read (the defaults and a notice when it cannot be used).
pub fn settings() -> (Settings, Option<String>) {
    crate::ui::config::load(crate::ui::config::path().as_deref())
}

/// The main menu. It needs none of the game's data, so the menu is drawn first, the data is then
/// parsed on another core while the player reads it, and is waited for only when the player picks
/// something that needs it.
fn menu(ui_args: &UiArgs, settings: &Settings, notice: Option<String>) -> anyhow::Result<ExitCode> {
    let mut app = App::new(
        ContentCell::embedded_later(),
        options(ui_args, None, settings),
    )?;
    app.configure(settings, notice);
    // Said once the terminal is the shell's again, so it stays on screen.
    if let Some(words) = ui::terminal::run(app)? {
        println!("{words}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The new game the command line asks for; a seed from the clock when none is given.
fn new_game(n: NewArgs, settings: &Settings) -> NewGame {
    let or = |flag: Option<String>, set: &Option<String>, built_in: &str| {
        flag.or_else(|| set.clone())
            .unwrap_or_else(|| built_in.to_string())
    };
    NewGame {
        scenario: or(n.scenario, &settings.scenario, "standard"),
        difficulty: or(n.difficulty, &settings.difficulty, "normal"),
        seed: n.seed.unwrap_or_else(crate::save::clock::fresh_seed),
        company: n.company.or_else(|| settings.company.clone()),
        forced_events: n.force_events,
    }
}
