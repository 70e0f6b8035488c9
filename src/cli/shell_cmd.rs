//! `flywheel completions SHELL` and `flywheel man`: generated from the command line's own
//! definition, so they always name every subcommand and option there is.

use clap::CommandFactory;
use clap_complete::Shell;
use std::io::Write;

/// Writes the completion script for `shell` to standard output.
pub fn completions(shell: Shell) {
    let mut cmd = super::Cli::command();
    clap_complete::generate(shell, &mut cmd, "flywheel", &mut std::io::stdout());
}

/// Writes the manual page (roff) to standard output.
pub fn man() -> std::io::Result<()> {
    let mut out = Vec::new();
    // The page's footer has room for the version number only.
    let cmd = super::Cli::command().version(env!("CARGO_PKG_VERSION"));
    clap_mangen::Man::new(cmd).render(&mut out)?;
    std::io::stdout().write_all(&out)
}
