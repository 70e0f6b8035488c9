//! `flywheel config`: where the settings file is read from and what it may say.

use clap::Args;
use std::process::ExitCode;

/// Options of `flywheel config`.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ConfigArgs {
    /// Print the default settings as a config file, a comment on each field and every action's
    /// keys (`flywheel config --print > "$(flywheel config --path)"` starts one).
    #[arg(long)]
    pub print: bool,
    /// Print where the settings file is read from (and where saves live).
    #[arg(long)]
    pub path: bool,
    /// Check the settings file and say what is wrong with it, with line:col.
    #[arg(long)]
    pub check: bool,
}

/// Runs `flywheel config`.
pub fn run(args: &ConfigArgs) -> ExitCode {
    let path = crate::ui::config::path();
    if args.print {
        print!("{}", crate::ui::config::defaults_text());
        return ExitCode::SUCCESS;
    }
    if args.path {
        match &path {
            Some(p) => println!("{}", p.display()),
            None => println!("(no home directory: no settings file)"),
        }
        eprintln!(
            "saves: {}",
            crate::save::SaveDir::resolve(None).path().display()
        );
        return ExitCode::SUCCESS;
    }
    let Some(path) = path else {
        println!("no home directory: the defaults are used");
        return ExitCode::SUCCESS;
    };
    match std::fs::read_to_string(&path) {
        Err(_) => {
            println!("{}: none; the defaults are used", path.display());
            ExitCode::SUCCESS
        }
        Ok(text) => match crate::ui::config::parse(&text).and_then(|s| {
            match crate::content::Content::embedded() {
                Ok(c) => crate::ui::config::check_ids(&s, &c),
                Err(_) => Ok(()),
            }
        }) {
            Ok(()) => {
                println!("{}: ok", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("{}:{e}", path.display());
                ExitCode::FAILURE
            }
        },
    }
}
