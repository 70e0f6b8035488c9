//! Reading deck files: collecting mod paths in a fixed order, parsing, and merging by id.

use super::diag::{Diagnostic, Severity, locate_event};
use super::types::{DeckFile, DirectorDef, EventDef, PoliticsRules, TenderDef};
use std::path::{Path, PathBuf};

/// Largest deck file read; anything bigger is refused rather than exhausting memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Most files one `--mod` folder may hold.
const MAX_FILES: usize = 10_000;

/// One deck file's name and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The name shown in diagnostics (the path as given).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// The deck files under the given paths: a file as is, a folder's `.ron` files (recursively)
/// sorted by path. The paths themselves keep their order, so a later `--mod` overrides an earlier.
/// On failure, the findings and whether any is a usage problem (a path that is missing or cannot
/// be read) rather than a file that is there but is no deck (too large, not UTF-8).
pub fn collect(paths: &[PathBuf]) -> Result<Vec<SourceFile>, (Vec<Diagnostic>, bool)> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut usage = false;
    for path in paths {
        let mut found = Vec::new();
        if path.is_dir() {
            let before = errors.len();
            walk(path, &mut found, &mut errors);
            usage |= errors.len() > before;
            found.sort();
            if found.is_empty() {
                usage = true;
                errors.push(Diagnostic::file_level(
                    &path.display().to_string(),
                    "the folder holds no .ron files",
                    "put deck files ending in .ron into the folder",
                ));
            }
        } else {
            found.push(path.clone());
        }
        for p in found {
            match read(&p) {
                Ok(f) => files.push(f),
                Err(Unread {
                    diagnostic,
                    usage: u,
                }) => {
                    usage |= u;
                    errors.push(*diagnostic);
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err((errors, usage))
    }
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Diagnostic::file_level(
                &dir.display().to_string(),
                format!("cannot read the folder: {e}"),
                "check the path and its permissions",
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        if found.len() >= MAX_FILES {
            return;
        }
        let p = entry.path();
        // Symlinked folders are not followed: a link loop would never end.
        let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if is_dir {
            walk(&p, found, errors);
        } else if p.extension().is_some_and(|e| e == "ron") {
            found.push(p);
        }
    }
}

/// A file that could not be taken in: why, and whether that is a usage problem.
struct Unread {
    diagnostic: Box<Diagnostic>,
    usage: bool,
}

fn usage(d: Box<Diagnostic>) -> Unread {
    Unread {
        diagnostic: d,
        usage: true,
    }
}

fn invalid(d: Box<Diagnostic>) -> Unread {
    Unread {
        diagnostic: d,
        usage: false,
    }
}

fn read(path: &Path) -> Result<SourceFile, Unread> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|e| {
            Box::new(Diagnostic::file_level(
                &name,
                format!("cannot read: {e}"),
                "pass an existing deck file or folder to --mod",
            ))
        })
        .map_err(usage)?;
    if !meta.is_file() {
        return Err(usage(Box::new(Diagnostic::file_level(
            &name,
            "not a file",
            "pass a .ron file or a folder of them",
        ))));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(invalid(Box::new(Diagnostic::file_level(
            &name,
            format!(
                "the file is {} bytes, more than a deck may hold",
                meta.len()
            ),
            "split the deck into files under 16 MiB",
        ))));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| {
            Box::new(Diagnostic::file_level(
                &name,
                format!("cannot read: {e}"),
                "check its permissions",
            ))
        })
        .map_err(usage)?;
    let text = String::from_utf8(bytes)
        .map_err(|e| {
            Box::new(Diagnostic::file_level(
                &name,
                format!(
                    "not UTF-8 text (bad byte at {})",
                    e.utf8_error().valid_up_to()
                ),
                "save the file as UTF-8",
            ))
        })
        .map_err(invalid)?;
    let text = crate::basic::text::without_bom(&text).to_owned();
    Ok(SourceFile { name, text })
}

/// Parses one deck file.
pub fn parse(file: &SourceFile) -> Result<DeckFile, Box<Diagnostic>> {
    let opts = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(NESTING);
    opts.from_str::<DeckFile>(&file.text).map_err(|e| {
        // A bracket or string left open makes the parser stumble far from the mistake; point
        // at where it was opened instead.
        if matches!(
            e.code,
            ron::Error::Eof
                | ron::Error::ExpectedComma
                | ron::Error::ExpectedStringEnd
                | ron::Error::ExpectedArrayEnd
                | ron::Error::ExpectedStructLikeEnd
                | ron::Error::TrailingCharacters
        ) && let Some(u) = unbalanced(&file.text)
        {
            return Box::new(Diagnostic::at_line_col(
                Severity::Error,
                &file.name,
                &file.text,
                u.line,
                u.col,
                1,
                u.message,
                u.hint,
            ));
        }
        let message = match e.code {
            ron::Error::ExceededRecursionLimit => {
                format!("conditions and effects nest deeper than {NESTING} levels")
            }
            ref c => c.to_string(),
        };
        let width = if e.span.end.line == e.span.start.line {
            e.span.end.col.saturating_sub(e.span.start.col).max(1)
        } else {
            1
        };
        Box::new(Diagnostic::at_line_col(
            Severity::Error,
            &file.name,
            &file.text,
            e.span.start.line,
            e.span.start.col,
            width,
            message,
            parse_hint(&e.code),
        ))
    })
}

/// How deep a deck may nest: conditions in conditions, effects in chances.
pub const NESTING: usize = 64;

/// Where a deck's brackets or quotes fail to pair up.
struct Unbalanced {
    line: usize,
    col: usize,
    message: String,
    hint: String,
}

/// The first bracket or string that is never closed (or closed by the wrong bracket), by a scan
/// that knows RON's strings, escapes and comments. A string may not run past its line: deck
/// texts write line breaks as `\n`, so a raw one means a quote is missing.
fn unbalanced(text: &str) -> Option<Unbalanced> {
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut col) = (1usize, 0usize);
    while let Some(c) = chars.next() {
        col += 1;
        match c {
            '\n' => {
                line += 1;
                col = 0;
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        col = 0;
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut prev = ' ';
                for c in chars.by_ref() {
                    col += 1;
                    if c == '\n' {
                        line += 1;
                        col = 0;
                    }
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            '"' => {
                let (at_line, at_col) = (line, col);
                let mut closed = false;
                while let Some(c) = chars.next() {
                    col += 1;
                    match c {
                        '\\' => {
                            chars.next();
                            col += 1;
                        }
                        '"' => {
                            closed = true;
                            break;
                        }
                        '\n' => break,
                        _ => {}
                    }
                }
                if !closed {
                    return Some(Unbalanced {
                        line: at_line,
                        col: at_col,
                        message: "this string is never closed on its line".into(),
                        hint: "end it with \" (write line breaks inside text as \\n)".into(),
                    });
                }
            }
            '(' | '[' | '{' => stack.push((c, line, col)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((open, _, _)) if open == want => {}
                    Some((open, l, k)) => {
                        return Some(Unbalanced {
                            line: l,
                            col: k,
                            message: format!("this `{open}` is closed by `{c}` at {line}:{col}"),
                            hint: format!("close it with `{}` first", closing(open)),
                        });
                    }
                    None => {
                        return Some(Unbalanced {
                            line,
                            col,
                            message: format!("this `{c}` closes nothing"),
                            hint: "remove it, or open what it closes".into(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    stack.pop().map(|(open, l, k)| Unbalanced {
        line: l,
        col: k,
        message: format!("this `{open}` is never closed: the file ends first"),
        hint: format!("close it with `{}`", closing(open)),
    })
}

fn closing(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

fn parse_hint(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early: close every open `(`, `[` and `\"`".into(),
        E::NoSuchStructField { .. } => {
            "remove the field or fix its spelling (docs/MODDING.md lists every field)".into()
        }
        E::NoSuchEnumVariant { .. } => {
            "fix the spelling: names are case-sensitive (docs/MODDING.md lists them)".into()
        }
        E::MissingStructField { field, .. } => format!("add `{field}: …`"),
        E::DuplicateStructField { field, .. } => format!("write `{field}` only once"),
        E::InvalidValueForType { expected, .. } => format!("write {expected} here"),
        E::ExpectedString | E::ExpectedStringEnd => "write text in double quotes".into(),
        E::ExpectedFloat | E::ExpectedInteger => "write a number here".into(),
        E::ExpectedComma => "separate items with a comma".into(),
        E::ExceededRecursionLimit => "nest conditions and effects less deeply".into(),
        E::TrailingCharacters => "the deck is one `( … )`; remove what follows it".into(),
        E::UnclosedBlockComment => "close the comment with */".into(),
        _ => "compare with the example mod and docs/MODDING.md".into(),
    }
}

/// The merged deck before validation, with where each event and tender came from.
#[derive(Clone, Debug, Default)]
pub struct Merged {
    /// Events in load order.
    pub events: Vec<EventDef>,
    /// The file (index into the sources) each event came from.
    pub event_origin: Vec<usize>,
    /// Tenders in load order.
    pub tenders: Vec<TenderDef>,
    /// The file each tender came from.
    pub tender_origin: Vec<usize>,
    /// The director's pacing from the last file that set it, with that file.
    pub director: Option<(DirectorDef, usize)>,
    /// The politics rules from the last file that set it, with that file.
    pub politics: Option<(PoliticsRules, usize)>,
    /// Flags' meanings: a later file's replaces an earlier one's.
    pub flags: Vec<super::types::FlagDef>,
}

/// Merges parsed files in order: same id replaces, new id adds, `disable` removes.
pub fn merge(sources: &[SourceFile], parsed: Vec<DeckFile>, diags: &mut Vec<Diagnostic>) -> Merged {
    let mut m = Merged::default();
    // Position of each id in `m.events`, rebuilt after a disable shifts positions.
    let mut pos: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (fi, file) in parsed.into_iter().enumerate() {
        let text = sources.get(fi).map_or("", |s| s.text.as_str());
        let name = sources.get(fi).map_or("", |s| s.name.as_str());
        for id in &file.disable {
            match pos.get(id).copied() {
                Some(i) => {
                    m.events.remove(i);
                    m.event_origin.remove(i);
                    pos = m
                        .events
                        .iter()
                        .enumerate()
                        .map(|(i, e)| (e.id.clone(), i))
                        .collect();
                }
                None => {
                    let at = super::diag::find_from(text, 0, &format!("\"{id}\"")).unwrap_or(0);
                    diags.push(Diagnostic::at_offset(
                        Severity::Warning,
                        name,
                        text,
                        at,
                        id.len() + 2,
                        format!("`disable` names {id:?}, which no earlier deck defines"),
                        "check the id with `flywheel deck list`",
                    ));
                }
            }
        }
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for e in &file.events {
            if !seen.insert(e.id.as_str()) {
                let first = locate_event(text, &e.id).unwrap_or(0);
                // `first` sits on an ASCII quote (or is 0), so skipping past it needs a boundary check.
                let after = (first + 1).min(text.len());
                let second = text
                    .get(after..)
                    .and_then(|rest| locate_event(rest, &e.id))
                    .map_or(first, |o| o + after);
                diags.push(Diagnostic::at_offset(
                    Severity::Error,
                    name,
                    text,
                    second,
                    e.id.len() + 2,
                    format!("event {:?} is defined twice in this file", e.id),
                    "give each event its own id",
                ));
            }
        }
        for e in file.events {
            match pos.get(&e.id).copied() {
                Some(i) => {
                    m.events[i] = e;
                    m.event_origin[i] = fi;
                }
                None => {
                    pos.insert(e.id.clone(), m.events.len());
                    m.events.push(e);
                    m.event_origin.push(fi);
                }
            }
        }
        for f in file.flags {
            match m.flags.iter().position(|x| x.id == f.id) {
                Some(i) => m.flags[i] = f,
                None => m.flags.push(f),
            }
        }
        for t in file.tenders {
            match m.tenders.iter().position(|x| x.id == t.id) {
                Some(i) => {
                    m.tenders[i] = t;
                    m.tender_origin[i] = fi;
                }
                None => {
                    m.tenders.push(t);
                    m.tender_origin.push(fi);
                }
            }
        }
        if let Some(d) = file.director {
            m.director = Some((d, fi));
        }
        if let Some(p) = file.politics {
            m.politics = Some((p, fi));
        }
    }
    m
}
