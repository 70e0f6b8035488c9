//! Diagnostics for deck files: file:line:col, the source line, a caret and a one-line hint.

use crate::content::snippet::{Place, floor_char_boundary, render};
use std::fmt;

/// How bad a finding is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Severity {
    /// The deck still loads.
    Warning,
    /// The deck cannot be used.
    Error,
}

/// One finding in a deck file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as given on the command line.
    pub file: String,
    /// 1-based line (0 when the file could not be read at all).
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// Width of the marked span in characters (at least 1).
    pub width: usize,
    /// The source line, for the snippet.
    pub source_line: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, in one line.
    pub hint: String,
}

impl Diagnostic {
    /// A finding at a byte offset of `text` (clamped into the text), marking `width` characters.
    pub fn at_offset(
        severity: Severity,
        file: &str,
        text: &str,
        offset: usize,
        width: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at_place(
            severity,
            file,
            Place::at_offset(text, offset, width),
            message,
            hint,
        )
    }

    /// A finding at a 1-based line and column of `text`.
    #[allow(clippy::too_many_arguments)]
    pub fn at_line_col(
        severity: Severity,
        file: &str,
        text: &str,
        line: usize,
        col: usize,
        width: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at_place(
            severity,
            file,
            Place::at_line_col(text, line, col, width),
            message,
            hint,
        )
    }

    fn at_place(
        severity: Severity,
        file: &str,
        p: Place,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            file: file.to_string(),
            line: p.line,
            col: p.col,
            width: p.width,
            source_line: p.source_line,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A finding about a whole file that has no position (it could not be read).
    pub fn file_level(
        file: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line: 0,
            col: 0,
            width: 1,
            source_line: String::new(),
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Rendered like a compiler message (by `content::snippet`):
///
/// ```text
/// Error: unknown follow-up event "x"
///    ,-[ mods/a.ron:3:9 ]
///    |
///  3 |   (FollowUp(event: "x", after: 1)),
///    |                    ^|^
///    | Help: name an event of the deck
/// ---'
/// ```
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = (self.line > 0).then(|| Place {
            line: self.line,
            col: self.col,
            width: self.width,
            source_line: self.source_line.clone(),
        });
        f.write_str(&render(
            self.is_error(),
            &self.file,
            place.as_ref(),
            &self.message,
            &self.hint,
        ))
    }
}

/// Byte offset of `needle` in `text` at or after `from`, if any.
pub fn find_from(text: &str, from: usize, needle: &str) -> Option<usize> {
    let from = floor_char_boundary(text, from.min(text.len()));
    text[from..].find(needle).map(|i| i + from)
}

/// Offsets of every `id: "…"` in `text`, by id, first occurrence kept: one pass per file
/// instead of one search per event.
pub fn id_offsets(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut map = std::collections::HashMap::new();
    let mut from = 0;
    while let Some(i) = find_from(text, from, "id") {
        from = i + 2;
        let prev_ok = i == 0 || !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let rest = &text[i + 2..];
        let trimmed = rest.trim_start();
        if !prev_ok || !trimmed.starts_with(':') {
            continue;
        }
        let after = trimmed[1..].trim_start();
        if !after.starts_with('"') {
            continue;
        }
        let start = text.len() - after.len();
        if let Some(end) = after[1..].find('"') {
            map.entry(&after[1..1 + end]).or_insert(start);
        }
    }
    map
}

/// Where an event with this id is defined in `text`: the offset of its quoted id after `id:`.
pub fn locate_event(text: &str, id: &str) -> Option<usize> {
    let quoted = format!("\"{id}\"");
    let mut from = 0;
    while let Some(i) = find_from(text, from, &quoted) {
        let before = text[..i].trim_end();
        if before.ends_with(':') && before[..before.len() - 1].trim_end().ends_with("id") {
            return Some(i);
        }
        from = i + quoted.len();
    }
    None
}
