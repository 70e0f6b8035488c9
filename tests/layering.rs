//! The modules' arrows point one way (docs/ARCHITECTURE.md): the rules and the data never reach
//! up into the front end, the command line, saves or bots; the data never into the rules; and
//! no two source files use each other.

#![allow(clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A source file's module path (`ui::screens::build::state`) and the module paths it names.
struct Source {
    module: Vec<String>,
    uses: BTreeSet<Vec<String>>,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("file is under src/");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Every path a `use` tree names: `a::{b, c::{d, self}}` is `a::b`, `a::c::d` and `a::c`.
fn expand_use(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or("").trim();
        let full = match (prefix.is_empty(), path) {
            (_, "self") => prefix.to_string(),
            (true, p) => p.to_string(),
            (false, p) => format!("{prefix}::{p}"),
        };
        out.push(full);
        return;
    };
    let head = tree[..open].trim().trim_end_matches("::");
    let base = match (prefix.is_empty(), head.is_empty()) {
        (_, true) => prefix.to_string(),
        (true, false) => head.to_string(),
        (false, false) => format!("{prefix}::{head}"),
    };
    let close = tree.rfind('}').filter(|c| *c > open).unwrap_or(tree.len());
    let inner = &tree[open + 1..close];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                if !inner[start..i].trim().is_empty() {
                    expand_use(&inner[start..i], &base, out);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        expand_use(&inner[start..], &base, out);
    }
}

/// A path as written (`crate::a::b`, `super::super::a`) made absolute; `None` for other paths.
fn absolute(word: &str, module: &[String], is_mod_file: bool) -> Option<Vec<String>> {
    let segs: Vec<&str> = word
        .split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let first = segs.first()?;
    let mut base: Vec<String> = match *first {
        "crate" => Vec::new(),
        "super" => {
            // `super` of a `mod.rs` file is its directory's parent module.
            let mut b = module.to_vec();
            if !is_mod_file || !b.is_empty() {
                b.pop();
            }
            b
        }
        _ => return None,
    };
    for s in &segs[1..] {
        if *s == "super" {
            base.pop();
        } else {
            base.push((*s).to_string());
        }
    }
    Some(base)
}

/// Paths written as `crate::a::b` or `super::a` in code (comments skipped), made absolute:
/// each path of a `use` tree, and every path written out in the code.
fn paths_named(text: &str, module: &[String], is_mod_file: bool) -> BTreeSet<Vec<String>> {
    let mut found = BTreeSet::new();
    let mut plain = String::new();
    let mut statement: Option<String> = None;
    // `use` statements (each starts a line) have their trees expanded; the rest of the code is
    // scanned for written-out paths.
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let trimmed = code.trim_start();
        let body = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p));
        match (&mut statement, body) {
            (Some(s), _) => s.push_str(code),
            (None, Some(b)) => statement = Some(b.to_string()),
            (None, None) => {
                plain.push_str(code);
                plain.push('\n');
            }
        }
        if let Some(s) = statement.take_if(|s| s.contains(';')) {
            let tree = s.split(';').next().unwrap_or("");
            let mut paths = Vec::new();
            expand_use(tree, "", &mut paths);
            found.extend(
                paths
                    .iter()
                    .filter_map(|p| absolute(p, module, is_mod_file)),
            );
        }
    }
    let mut rest = plain.as_str();
    while let Some(at) = rest.find(|c: char| c.is_ascii_alphabetic()) {
        rest = &rest[at..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        found.extend(absolute(&rest[..end], module, is_mod_file));
        rest = &rest[end..];
    }
    found
}

fn sources() -> BTreeMap<PathBuf, Source> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(&f).expect("source is UTF-8");
            let module = module_of(&src, &f);
            let is_mod = f.file_stem().is_some_and(|s| s == "mod");
            let uses = paths_named(&text, &module, is_mod);
            (f, Source { module, uses })
        })
        .collect()
}

/// The file a named path lives in: the longest module prefix that is a file.
fn file_of<'a>(
    by_module: &'a BTreeMap<Vec<String>, PathBuf>,
    path: &[String],
) -> Option<&'a PathBuf> {
    (1..=path.len())
        .rev()
        .find_map(|n| by_module.get(&path[..n]))
}

#[test]
fn rules_and_data_never_use_the_layers_above_them() {
    let forbidden: [(&str, &[&str]); 3] = [
        ("basic", &["content", "sim", "bots", "save", "ui", "cli"]),
        ("content", &["sim", "bots", "save", "ui", "cli"]),
        ("sim", &["bots", "save", "ui", "cli"]),
    ];
    let mut wrong = Vec::new();
    for (file, s) in sources() {
        let Some(top) = s.module.first() else {
            continue;
        };
        for (layer, above) in forbidden {
            if top != layer {
                continue;
            }
            for u in &s.uses {
                if let Some(t) = u.first()
                    && above.contains(&t.as_str())
                {
                    wrong.push(format!("{} names {}", file.display(), u.join("::")));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "arrows pointing up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_two_source_files_use_each_other() {
    let all = sources();
    let by_module: BTreeMap<Vec<String>, PathBuf> = all
        .iter()
        .map(|(f, s)| (s.module.clone(), f.clone()))
        .collect();
    let mut edges: BTreeMap<&PathBuf, BTreeSet<&PathBuf>> = BTreeMap::new();
    for (f, s) in &all {
        for u in &s.uses {
            if let Some(to) = file_of(&by_module, u)
                && to != f
            {
                edges.entry(f).or_default().insert(to);
            }
        }
    }
    let mut pairs = Vec::new();
    for (a, tos) in &edges {
        for b in tos {
            if a < b && edges.get(b).is_some_and(|back| back.contains(a)) {
                pairs.push(format!("{} <-> {}", a.display(), b.display()));
            }
        }
    }
    assert!(
        pairs.is_empty(),
        "files that use each other:\n{}",
        pairs.join("\n")
    );
}

#[test]
fn the_check_sees_an_import_and_a_cycle() {
    // The scanner itself: a `super::` path from a nested file and a `crate::` path both resolve.
    let m: Vec<String> = ["ui", "screens", "build", "state"]
        .map(String::from)
        .to_vec();
    let named = paths_named(
        "use super::input::on_cmd;\nuse crate::sim::{self, action::{Action, check}};\n\
         // crate::ui::app in a comment\nfn f() { crate::save::load(); }\n",
        &m,
        false,
    );
    let want: BTreeSet<Vec<String>> = [
        vec!["ui", "screens", "build", "input", "on_cmd"],
        vec!["sim"],
        vec!["sim", "action", "Action"],
        vec!["sim", "action", "check"],
        vec!["save", "load"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    assert_eq!(named, want);
}
