//! `flywheel load NAME|PATH`: opens a saved game in the terminal. A bad save is refused before
//! the terminal is taken over; `--summary` prints the save's one-line summary instead.

use super::play_cmd::{self, UiArgs};
use crate::content::Content;
use crate::save::{self, SaveDir};
use crate::ui::{self, App};
use anyhow::Context;
use clap::Args;
use std::process::ExitCode;

/// Options of `flywheel load`.
#[derive(Debug, Args)]
pub struct LoadArgs {
    /// A save name in the saves directory, or a path to a save file.
    pub save: String,
    /// Print a one-line summary of the save instead of opening it.
    #[arg(long)]
    pub summary: bool,
    /// An event-deck mod: a .ron file or a folder of them (repeatable, applied in order).
    #[arg(long = "mod", value_name = "PATH")]
    pub mods: Vec<std::path::PathBuf>,
    /// Start a branch at the start of this quarter (e.g. 2004Q2), rebuilt from the save's seed
    /// and action log and saved as "NAME from 2004Q2"; the save itself is left as it is.
    #[arg(long)]
    pub at: Option<crate::sim::Quarter>,
    /// Fire an event in a quarter (the one being planned when none is given), whatever its
    /// conditions (repeatable); the save records it.
    #[arg(long = "force-event", value_name = "ID[@2004Q2]")]
    pub force_events: Vec<crate::sim::events::ForcedEvent>,
}

/// Loads and checks the save, then opens it (or prints its summary); a bad one is an error
/// (exit code 1) with a one-line reason.
pub fn run(content: Content, ui_args: UiArgs, args: &LoadArgs) -> anyhow::Result<ExitCode> {
    let dir = SaveDir::resolve(ui_args.saves.as_deref());
    let path = dir.resolve_target(&args.save)?;
    let (loaded, warnings) = save::load_checked(&path, &content)
        .with_context(|| format!("cannot load {}", path.display()))?;
    for w in &warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    if args.summary {
        println!("{}: {}", path.display(), loaded.header.summary());
        return Ok(ExitCode::SUCCESS);
    }
    // Nothing is written for a game that cannot be shown.
    ui::terminal::require_terminal()?;
    let mut branched = None;
    let mut name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let (mut state, log, plan) = match args.at {
        None => (loaded.state, loaded.log, loaded.plan),
        Some(at) => {
            let original = path
                .file_stem()
                .map_or_else(|| args.save.clone(), |s| s.to_string_lossy().into_owned());
            match save::branch::branch(&content, &dir, &original, &loaded.state, &loaded.log, at)
                .with_context(|| format!("cannot branch {}", path.display()))?
            {
                Some(b) => {
                    branched = Some(crate::ui::strings::branched(&original, at, &b.name, true));
                    name = Some(b.name.clone());
                    (b.state, b.log, Vec::new())
                }
                None => {
                    eprintln!(
                        "cannot branch {} at {at}: its log does not rebuild the game up to then (a save from before logs, another version, or a quarter it did not reach)",
                        path.display()
                    );
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    };
    for f in &args.force_events {
        crate::sim::events::force(&content, &mut state, f)?;
    }
    let (settings, notice) = play_cmd::settings();
    let opts = play_cmd::options(&ui_args, None, &settings);
    let mut app = App::new(content, opts)?;
    app.configure(&settings, notice);
    app.open_loaded(state, plan, log, name, &warnings);
    if let Some(text) = branched {
        app.status = Some(crate::ui::model::Status::info(text));
    }
    // Said once the terminal is the shell's again, so it stays on screen.
    if let Some(words) = ui::terminal::run(app)? {
        println!("{words}");
    }
    Ok(ExitCode::SUCCESS)
}
