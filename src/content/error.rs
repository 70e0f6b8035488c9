//! Errors in data files, always with the file and the line:column where they are.

use super::snippet::{self, Place};
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
    #[error("{}", snippet::render(true, &at.file, place.as_ref(), message, "check the file against the game's assets/ (docs/MODDING.md describes every field)"))]
    Parse {
        /// Where the parser stopped.
        at: Location,
        /// What it expected.
        message: String,
        /// The line it stopped on, for the snippet.
        place: Option<Place>,
    },
    /// The file parses but a value breaks a rule of the game.
    #[error("{}", snippet::render(true, file, place.as_ref(), message, hint))]
    Invalid {
        /// The file that holds the value.
        file: String,
        /// What is wrong.
        message: String,
        /// How to fix it.
        hint: String,
        /// Where the value is written, when it could be found.
        place: Option<Place>,
    },
}

impl ContentError {
    /// An error from RON's parser, placed in `file`.
    pub fn from_ron(file: &str, text: &str, err: &ron::error::SpannedError) -> ContentError {
        let (line, col) = (err.span.start.line, err.span.start.col);
        ContentError::Parse {
            at: Location {
                file: file.to_string(),
                line,
                col,
            },
            message: err.code.to_string(),
            place: Some(Place::at_line_col(text, line, col, 1)),
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
            place: None,
        }
    }

    /// The same error, pointing at where its value is written when the message names it: a
    /// quoted id (`unknown neighbour "atlantis"`) or a field path first (`equity.discount is`).
    pub fn placed(self, sources: &[(&str, &str)]) -> ContentError {
        let ContentError::Invalid {
            file,
            message,
            hint,
            place: None,
        } = self
        else {
            return self;
        };
        // Validation names files as the game ships them (`assets/market.ron`); a `--data`
        // folder names them by its own path, so match on the part after `assets/`.
        let shipped = file.strip_prefix("assets/").unwrap_or(&file);
        let source = sources.iter().find(|(name, _)| {
            *name == file || name.strip_suffix(shipped).is_some_and(|d| d.ends_with('/'))
        });
        let file = source.map_or(file.clone(), |(name, _)| name.to_string());
        let text = source.map(|(_, t)| *t);
        let place = text.and_then(|text| {
            let quoted = message
                .split('"')
                .nth(1)
                .and_then(|id| text.find(&format!("\"{id}\"")).map(|at| (at, id.len() + 2)));
            match quoted {
                Some((at, width)) => Some(Place::at_offset(text, at, width)),
                None => message
                    .split_whitespace()
                    .next()
                    .filter(|w| {
                        w.chars()
                            .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.')
                    })
                    .and_then(|path| Place::of_field(text, path)),
            }
        });
        ContentError::Invalid {
            file,
            message,
            hint,
            place,
        }
    }
}

/// Parses one RON document, placing any error in `file`.
pub fn parse_ron<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, ContentError> {
    let text = crate::basic::text::without_bom(text);
    ron::from_str(text).map_err(|e| ContentError::from_ron(file, text, &e))
}
