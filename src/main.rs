//! The `flywheel` binary: parses the command line and hands over to the library.
#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = flywheel::cli::Cli::from_env();
    match flywheel::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("flywheel: {e:#}");
            ExitCode::FAILURE
        }
    }
}
