//! Compiler-style snippets for data and deck files: the message, where it is, the source line
//! with the place marked, and a hint. ariadne draws them, so deck findings and data-file errors
//! look alike.

use ariadne::{CharSet, Config, Label, Report, ReportKind, Source};

/// A place in a file: 1-based line and column, how many characters to mark, and the line.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Characters to mark (at least 1).
    pub width: usize,
    /// The text of the line.
    pub source_line: String,
}

impl Place {
    /// The place at a byte offset of `text` (clamped into it), marking `width` characters.
    pub fn at_offset(text: &str, offset: usize, width: usize) -> Place {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = text[line_start..offset].chars().count() + 1;
        Place::at_line_col(text, line, col, width)
    }

    /// The place at a 1-based line and column of `text`.
    pub fn at_line_col(text: &str, line: usize, col: usize, width: usize) -> Place {
        let source_line: String = text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        Place {
            line: line.max(1),
            col: col.max(1),
            width: width.clamp(1, 80),
            source_line,
        }
    }

    /// Where a value named by a dotted path (`variation.crunch`, `data_centre.sizes`) is
    /// written: each part's `name:` searched after the one before it.
    pub fn of_field(text: &str, path: &str) -> Option<Place> {
        let mut from = 0;
        let mut found = None;
        for part in path.split('.').filter(|p| !p.is_empty()) {
            let at = find_key(text, from, part)?;
            from = at + part.len();
            found = Some((at, part.len()));
        }
        found.map(|(at, len)| Place::at_offset(text, at, len))
    }
}

/// Byte offset of `key` written as a field name (`key:`) at or after `from`.
fn find_key(text: &str, mut from: usize, key: &str) -> Option<usize> {
    while let Some(i) = text.get(from..)?.find(key).map(|i| i + from) {
        let before_ok = !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let after = text[i + key.len()..].trim_start();
        if before_ok && after.starts_with(':') {
            return Some(i);
        }
        from = i + key.len();
    }
    None
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Draws a finding as a compiler would, without colour (it goes to logs and tests as well as
/// terminals). `place` is `None` for a finding about a whole file.
pub fn render(error: bool, file: &str, place: Option<&Place>, message: &str, hint: &str) -> String {
    let kind_name = if error { "error" } else { "warning" };
    let Some(p) = place else {
        return format!("{kind_name}: {message}\n  --> {file}\n  = hint: {hint}");
    };
    // Tabs would misalign the mark; show them as single spaces.
    let shown = p.source_line.replace('\t', " ");
    let len = shown.chars().count();
    let start = (p.col - 1).min(len);
    let end = (start + p.width).min(len.max(start + 1));
    // Blank lines before the one shown, so the snippet counts lines as the file does.
    let skip = p.line - 1;
    let source = format!("{}{shown}", "\n".repeat(skip));
    let span = skip + start..skip + end;
    let kind = if error {
        ReportKind::Error
    } else {
        ReportKind::Warning
    };
    let config = Config::default()
        .with_color(false)
        .with_char_set(CharSet::Ascii)
        .with_underlines(true);
    let mut out = Vec::new();
    let written = Report::build(kind, (file, span.clone()))
        .with_config(config)
        .with_message(message)
        .with_label(Label::new((file, span)).with_message(hint))
        .finish()
        .write((file, Source::from(source)), &mut out);
    match written {
        Ok(()) => String::from_utf8_lossy(&out)
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
            .to_string(),
        // Writing to memory does not fail; if it did, the plain form still says it all.
        Err(_) => format!(
            "{kind_name}: {message}\n  --> {file}:{}:{}\n  = hint: {hint}",
            p.line, p.col
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_found_after_its_parents_and_the_snippet_marks_it() {
        let text = "(\n  a: (x: 1),\n  b: (x: 2),\n)";
        let p = Place::of_field(text, "b.x").expect("b.x is written");
        assert_eq!((p.line, p.col, p.width), (3, 7, 1));
        let shown = render(true, "f.ron", Some(&p), "x is 2", "write 1");
        assert!(shown.contains("f.ron:3:7"), "{shown}");
        assert!(shown.contains("b: (x: 2),"), "{shown}");
        assert!(
            shown.contains("x is 2") && shown.contains("write 1"),
            "{shown}"
        );
        assert!(Place::of_field(text, "c").is_none());
    }
}
