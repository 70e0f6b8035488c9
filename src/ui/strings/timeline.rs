//! The timeline's words.

use crate::sim::Quarter;

/// The timeline's title, with its keys.
pub fn title(hints: &str) -> String {
    format!("Timeline: the quarters played, newest first ({hints})")
}

/// Before the first quarter ends.
pub const EMPTY: &str = "No quarter played yet. Each quarter you end is listed here, and a branch can start from any of them.";

/// The column heads.
pub const HEADER: &str = " Quarter  Revenue   Profit  Share Valuation  What you did";

/// A quarter played before the game kept its log (a save from an older version).
pub const NOT_LOGGED: &str = "(not logged: played before this save kept a log)";

/// A quarter in which nothing was queued.
pub const NOTHING_DONE: &str = "nothing queued";

/// The heading over the selected quarter's actions.
pub fn detail_title(q: Quarter, done: Option<&[String]>) -> String {
    match done {
        None => format!("{q}: not in this save's log"),
        Some([]) => format!("{q}: you queued nothing"),
        Some(d) => format!(
            "{q}: what you did ({} {})",
            d.len(),
            if d.len() == 1 { "line" } else { "lines" }
        ),
    }
}

/// How to branch from a quarter.
pub fn can_branch(q: Quarter) -> String {
    format!(
        "{}: replay to the start of {q} and play it again as a new save (this one is kept).",
        crate::ui::keys::hint(
            crate::ui::keys::Context::Timeline,
            crate::ui::keys::Cmd::Confirm
        )
    )
}

/// Why a quarter cannot start a branch.
pub fn cannot_branch(q: Quarter, log_from: Option<Quarter>) -> String {
    match log_from {
        Some(from) => format!(
            "No branch from {q}: this save's log starts at {from}, after the game's first quarter (a save from an older version), so the game cannot be replayed."
        ),
        None => format!(
            "No branch from {q}: this save has no log of the quarters played (a save from an older version)."
        ),
    }
}

/// The question before a branch.
pub fn confirm_branch(q: Quarter, unsaved: bool, named: bool) -> String {
    use crate::ui::keys::{Cmd, Context, hint};
    let warning = if !named {
        format!(
            " This game has no save of its own, only the autosaves, which the branch will soon reuse: answer {} and save it ({}) first to keep it.",
            hint(Context::Confirm, Cmd::No),
            hint(Context::Game, Cmd::Save)
        )
    } else if unsaved {
        format!(
            " This game has changes no save holds yet: answer {} and save it ({}) first to keep them.",
            hint(Context::Confirm, Cmd::No),
            hint(Context::Game, Cmd::Save)
        )
    } else {
        String::new()
    };
    format!(
        "Replay this game to the start of {q} and play on from there as a new save? This game's saves are not changed.{warning}"
    )
}
