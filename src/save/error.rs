//! Why a save cannot be written, read or used: always one line, fit for a status bar.

use thiserror::Error;

/// Everything that can go wrong with a save. Each message is a single line; the caller adds
/// the file name.
#[derive(Debug, Error)]
pub enum SaveError {
    /// The file system refused (missing file, no permission, disk full, …).
    // The OS reason is part of the message and deliberately not a `source`: error reporters
    // that print the chain would otherwise say it twice on the one line.
    #[error("{op}: {cause}")]
    Io {
        /// What was being done, e.g. "cannot read".
        op: &'static str,
        /// The operating system's reason.
        cause: std::io::Error,
    },
    /// Larger than any save this game writes; refused before reading it.
    #[error("the file is {size} bytes, over the {limit}-byte limit for a save")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The largest size accepted.
        limit: u64,
    },
    /// Binary garbage rather than text.
    #[error("not a text file (invalid UTF-8 at byte {0})")]
    NotText(usize),
    /// Not valid RON, or RON that does not describe a save (missing, unknown or mistyped
    /// fields).
    #[error("line {line}:{col}: {message}")]
    Parse {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What the parser expected.
        message: String,
    },
    /// Written by a newer version of the game.
    #[error(
        "saved by a newer version of the game (save format {found}, this version reads up to {supported}); update the game"
    )]
    NewerFormat {
        /// The file's format.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
    /// An older format with no way to upgrade it, or an upgrade step that failed.
    #[error("cannot upgrade save format {from}: {reason}")]
    Migration {
        /// The format the failing step starts from.
        from: u32,
        /// Why.
        reason: String,
    },
    /// Well-formed, but it does not fit the game's data (a region or rival that is not there).
    #[error("does not fit this game's data: {0}")]
    Mismatch(String),
    /// A save name that is empty, too long or would leave the saves directory.
    #[error("invalid save name {name:?}: {reason}")]
    BadName {
        /// The name as given (debug-quoted, so control characters show).
        name: String,
        /// Why it is refused.
        reason: &'static str,
    },
    /// The game state could not be written as RON.
    #[error("cannot encode the game: {0}")]
    Encode(String),
}

impl SaveError {
    /// An I/O error with what was being done.
    pub fn io(op: &'static str, cause: std::io::Error) -> SaveError {
        SaveError::Io { op, cause }
    }

    /// A RON parse error, with its line:column. Parser messages are folded onto one line.
    pub fn from_ron(err: &ron::error::SpannedError) -> SaveError {
        SaveError::Parse {
            line: err.span.start.line,
            col: err.span.start.col,
            message: one_line(&err.code.to_string()),
        }
    }
}

/// Folds a message onto one line so it fits a status bar and a terminal line.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
