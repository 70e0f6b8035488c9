//! Errors in data files, always with the file and the line:column where they are.

use std::fmt;
use thiserror::Error;

/// Where in a data file something is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file, as the player or modder knows it (e.g. `assets/regions.ron`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// A data file that cannot be used.
#[derive(Debug, Error)]
pub enum ContentError {
    /// The text is not valid RON for what the file should hold.
    #[error("{at}: {message}")]
    Parse {
        /// Where the parser stopped.
        at: Location,
        /// What it expected.
        message: String,
    },
    /// The file parses but a value breaks a rule of the game.
    #[error("{file}: {message} (hint: {hint})")]
    Invalid {
        /// The file that holds the value.
        file: String,
        /// What is wrong.
        message: String,
        /// How to fix it.
        hint: String,
    },
}

impl ContentError {
    /// An error from RON's parser, placed in `file`.
    pub fn from_ron(file: &str, err: &ron::error::SpannedError) -> ContentError {
        ContentError::Parse {
            at: Location {
                file: file.to_string(),
                line: err.span.start.line,
                col: err.span.start.col,
            },
            message: err.code.to_string(),
        }
    }

    /// A value that breaks a rule.
    pub fn invalid(
        file: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> ContentError {
        ContentError::Invalid {
            file: file.to_string(),
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// Parses one RON document, placing any error in `file`.
pub fn parse_ron<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, ContentError> {
    let text = crate::basic::text::without_bom(text);
    ron::from_str(text).map_err(|e| ContentError::from_ron(file, &e))
}
