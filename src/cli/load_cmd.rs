//! `flywheel load NAME|PATH`: opens a saved game. Until the game screens exist it checks the
//! save and prints a one-line summary.

use crate::content::Content;
use crate::save::{self, SaveDir};
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `flywheel load`.
#[derive(Debug, Args)]
pub struct LoadArgs {
    /// A save name in the saves directory, or a path to a save file.
    pub save: String,
    /// Saves directory; default $FLYWHEEL_SAVES, else saves/.
    #[arg(long, value_name = "DIR")]
    pub saves: Option<PathBuf>,
}

/// Loads and checks the save; a bad one is an error (exit code 1) with a one-line reason.
pub fn run(content: &Content, args: &LoadArgs) -> anyhow::Result<ExitCode> {
    let dir = SaveDir::resolve(args.saves.as_deref());
    let path = dir.resolve_target(&args.save)?;
    let (loaded, warnings) = save::load_checked(&path, content)
        .with_context(|| format!("cannot load {}", path.display()))?;
    for w in warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    println!("{}: {}", path.display(), loaded.header.summary());
    Ok(ExitCode::SUCCESS)
}
