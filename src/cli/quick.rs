//! `flywheel new …` read without clap. Building even `new`'s own clap definition and matching
//! against it costs about 0.15 ms on a cold start, a tenth of the time to the first frame. This
//! reader takes only well-formed lines (`--flag value` or `--flag=value`, each single flag at
//! most once); anything else, including every mistake and `--help`, returns `None` and goes to
//! clap, which reports it. A test holds the two readings equal.

use super::play_cmd::{NewArgs, UiArgs};
use crate::ui::theme::ThemeKind;
use std::ffi::OsString;
use std::path::PathBuf;

/// `new`'s options and the UI's, from the arguments after `new`.
pub(super) fn new_game(args: &[OsString]) -> Option<(NewArgs, UiArgs)> {
    let mut new = NewArgs::default();
    let mut ui = UiArgs::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let arg = arg.to_str()?;
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(value)),
            None => (arg, None),
        };
        let value = match inline {
            Some(v) => v,
            // A value that looks like a flag is clap's to judge.
            None => rest.next()?.to_str().filter(|v| !v.starts_with('-'))?,
        };
        match flag {
            "--seed" => once(&mut new.seed, value.parse().ok()?)?,
            "--scenario" => once(&mut new.scenario, value.to_string())?,
            "--difficulty" => once(&mut new.difficulty, value.to_string())?,
            "--company" => once(&mut new.company, value.to_string())?,
            "--mod" => new.mods.push(PathBuf::from(value)),
            "--force-event" => new.force_events.push(value.parse().ok()?),
            "--theme" if ThemeKind::IDS.contains(&value) => once(&mut ui.theme, value.to_string())?,
            "--saves" => once(&mut ui.saves, PathBuf::from(value))?,
            _ => return None,
        }
    }
    Some((new, ui))
}

/// Sets a single-valued option, or `None` when it was already given (clap refuses that).
fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}
