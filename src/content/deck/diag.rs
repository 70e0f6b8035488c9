//! Diagnostics for deck files: file:line:col, the source line, a caret and a one-line hint.

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
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = text[line_start..offset].chars().count() + 1;
        Diagnostic::at_line_col(severity, file, text, line, col, width, message, hint)
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
        let source_line: String = text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        Diagnostic {
            severity,
            file: file.to_string(),
            line: line.max(1),
            col: col.max(1),
            width: width.clamp(1, 80),
            source_line,
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

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Rendered like a compiler message:
///
/// ```text
/// error: unknown follow-up event "x"
///   --> mods/a.ron:3:9
///    |
///  3 |   (FollowUp(event: "x", after: 1)),
///    |                    ^^^
///    = hint: name an event of the deck
/// ```
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{kind}: {}", self.message)?;
        if self.line == 0 {
            writeln!(f, "  --> {}", self.file)?;
        } else {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            writeln!(f, "{pad}--> {}:{}:{}", self.file, self.line, self.col)?;
            writeln!(f, "{pad} |")?;
            // Tabs would misalign the caret; show them as single spaces.
            let shown = self.source_line.replace('\t', " ");
            writeln!(f, "{num} | {}", shown.trim_end())?;
            let lead = " ".repeat(self.col.saturating_sub(1).min(200));
            writeln!(f, "{pad} | {lead}{}", "^".repeat(self.width))?;
        }
        write!(f, "  = hint: {}", self.hint)
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
