//! The player's settings: an optional `config.ron` in the platform's config directory (on Linux
//! `$XDG_CONFIG_HOME/flywheel`): palette and custom colours, keys, the new game's defaults and
//! the number of autosave slots. A file that cannot be used is refused whole, with line:col, and
//! the game starts with the defaults and says so in one line.

use super::keys::map::{self, Keymap, RemapError};
use super::theme::ThemeKind;
use ratatui::style::Color;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file's name in the config directory.
pub const FILE: &str = "config.ron";

use crate::save::names::MAX_AUTOSAVE_SLOTS;

/// The file as written; every field may be left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConfigFile {
    /// `"dark"`, `"light"` or `"mono"`.
    pub theme: Option<String>,
    /// Colours over the palette, by role.
    pub colours: BTreeMap<String, String>,
    /// New keys for actions, by action name.
    pub keys: BTreeMap<String, Vec<String>>,
    /// The new game's company name.
    pub company: Option<String>,
    /// The new game's scenario id.
    pub scenario: Option<String>,
    /// The new game's difficulty id.
    pub difficulty: Option<String>,
    /// How many rotating autosave slots to keep.
    pub autosave_slots: Option<u8>,
}

/// The roles a colour can be given to, and what each colours.
pub const ROLES: [(&str, &str); 9] = [
    ("text", "ordinary text"),
    ("dim", "less important text"),
    ("title", "titles and headings"),
    (
        "selected",
        "the background of the selected row, tab or field",
    ),
    ("good", "good news"),
    ("bad", "bad news"),
    ("warn", "warnings"),
    ("key", "keys in hints"),
    ("border", "borders"),
];

/// The settings in force.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// The palette, unless the command line names one.
    pub theme: Option<ThemeKind>,
    /// Custom colours by role (ignored under `NO_COLOR`).
    pub colours: Vec<(String, Color)>,
    /// The key table.
    pub keymap: Keymap,
    /// The new game's company name.
    pub company: Option<String>,
    /// The new game's scenario id.
    pub scenario: Option<String>,
    /// The new game's difficulty id.
    pub difficulty: Option<String>,
    /// Rotating autosave slots.
    pub autosave_slots: Option<u8>,
    /// The file's text (empty for the defaults), so a later check against the game's data can
    /// say where a value is without reading the file again.
    pub source: String,
}

/// Why a config file was refused: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// Where the config file is read from: `$FLYWHEEL_CONFIG` if set, else the platform's config
/// directory.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os("FLYWHEEL_CONFIG") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => crate::save::config_dir().map(|d| d.join(FILE)),
    }
}

/// The settings from the config file: the defaults when there is none, and the defaults with a
/// one-line notice when it cannot be used.
pub fn load(path: Option<&Path>) -> (Settings, Option<String>) {
    let Some(path) = path else {
        return (Settings::default(), None);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (Settings::default(), None);
        }
        Err(e) => {
            return (
                Settings::default(),
                Some(notice(path, &format!("cannot read: {e}"))),
            );
        }
    };
    match parse(&text) {
        Ok(s) => (s, None),
        Err(e) => (Settings::default(), Some(notice(path, &e.to_string()))),
    }
}

fn notice(path: &Path, why: &str) -> String {
    // The file's name, not its whole path, so the reason fits the status line;
    // `flywheel config --path` gives the rest.
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    format!("Settings not used, defaults in force: {name}:{why}")
}

/// Reads a config file's text into settings, refusing it whole on any mistake.
pub fn parse(text: &str) -> Result<Settings, ConfigError> {
    // Optional fields are written bare (`theme: "dark"`), not as `Some("dark")`.
    let ron =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let file: ConfigFile = ron.from_str(text).map_err(|e| ConfigError {
        line: e.span.start.line,
        col: e.span.start.col,
        // The parser names the type it filled; the player knows it as the settings.
        message: e.code.to_string().replace("`ConfigFile`", "the settings"),
    })?;
    let at = |needle: &str, message: String| {
        let (line, col) = position(text, needle).unwrap_or((1, 1));
        ConfigError { line, col, message }
    };
    let theme = match file.theme.as_deref() {
        None => None,
        Some(id) => Some(ThemeKind::from_id(id).ok_or_else(|| {
            at(
                &format!("\"{id}\""),
                format!("theme {id:?}: choose \"dark\", \"light\" or \"mono\""),
            )
        })?),
    };
    let mut colours = Vec::new();
    for (role, value) in &file.colours {
        if !ROLES.iter().any(|(r, _)| r == role) {
            let roles: Vec<&str> = ROLES.iter().map(|(r, _)| *r).collect();
            return Err(at(
                &format!("\"{role}\""),
                format!("no colour role {role:?} (roles: {})", roles.join(", ")),
            ));
        }
        let colour: Color = value.parse().map_err(|_| {
            at(
                &format!("\"{value}\""),
                format!(
                    "{value:?} is not a colour (a name such as \"light-blue\", or \"#rrggbb\")"
                ),
            )
        })?;
        colours.push((role.clone(), colour));
    }
    let remaps: Vec<(String, Vec<String>)> = file
        .keys
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let keymap = Keymap::remapped(&remaps).map_err(|e: RemapError| {
        // Of the actions the error names, the one the file remaps is where it points.
        let (line, col) = e
            .actions()
            .iter()
            .find_map(|a| position(text, &format!("\"{a}\"")))
            .unwrap_or((1, 1));
        ConfigError {
            line,
            col,
            message: e.to_string(),
        }
    })?;
    if let Some(n) = file.autosave_slots
        && !(1..=MAX_AUTOSAVE_SLOTS).contains(&n)
    {
        return Err(at(
            "autosave_slots",
            format!("autosave_slots is {n}: keep 1 to {MAX_AUTOSAVE_SLOTS}"),
        ));
    }
    Ok(Settings {
        theme,
        colours,
        keymap,
        company: file.company,
        scenario: file.scenario,
        difficulty: file.difficulty,
        autosave_slots: file.autosave_slots,
        source: text.to_string(),
    })
}

/// Checks the new game's defaults against the game's data: a scenario or difficulty it does not
/// have is refused with where the file names it.
pub fn check_ids(
    settings: &Settings,
    content: &crate::content::Content,
) -> Result<(), ConfigError> {
    let text = settings.source.as_str();
    let known = |id: &str, ids: Vec<&str>, what: &str| {
        if ids.contains(&id) {
            return Ok(());
        }
        let (line, col) = position(text, &format!("\"{id}\"")).unwrap_or((1, 1));
        Err(ConfigError {
            line,
            col,
            message: format!("no {what} {id:?} (there are: {})", ids.join(", ")),
        })
    };
    if let Some(id) = &settings.scenario {
        known(
            id,
            content.scenarios.iter().map(|s| s.id.as_str()).collect(),
            "scenario",
        )?;
    }
    if let Some(id) = &settings.difficulty {
        known(
            id,
            content.difficulties.iter().map(|d| d.id.as_str()).collect(),
            "difficulty",
        )?;
    }
    Ok(())
}

/// Where `needle` first appears in `text`, as 1-based line and column.
fn position(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .find_map(|(i, l)| l.find(needle).map(|c| (i + 1, l[..c].chars().count() + 1)))
}

/// The defaults as a config file, a comment on each field and every action's keys listed:
/// what `flywheel config --print` writes.
pub fn defaults_text() -> String {
    let roles: Vec<String> = ROLES
        .iter()
        .map(|(r, what)| format!("    //   {r}: {what}"))
        .collect();
    let keys: Vec<String> = crate::ui::keys::BINDINGS
        .iter()
        .map(|b| {
            let quoted: Vec<String> = map::config_keys(b)
                .iter()
                .map(|k| format!("{k:?}"))
                .collect();
            format!(
                "        // {:?}: [{}], // {}",
                map::action_name(b),
                quoted.join(", "),
                b.help
            )
        })
        .collect();
    format!(
        r##"// Flywheel settings. Every field is optional: leave one out (or comment it out) for its
// default. A mistake makes the game start with the defaults and say where the mistake is.
(
    // Colours for a dark or light terminal: "dark", "light" or "mono" (no colour).
    // --theme on the command line wins, and NO_COLOR always means "mono".
    theme: "dark",
    // Colours over the palette, by role: a name ("red", "light-blue", "gray") or "#rrggbb".
{roles}
    colours: {{
        // "title": "#ffaf00",
    }},
    // New keys for any action: "Where.Action": ["key", …] replaces that action's keys.
    // Keys: a character, Ctrl-x, Enter, Esc, Tab, Shift-Tab, Space, Up, Down, Left, Right,
    // Home, End, PageUp, PageDown, Del, Backspace, F1 to F12. A key that would then mean two
    // things at once is refused. Every action, with its keys now:
    keys: {{
{keys}
    }},
    // The new game's company name (the scenario's own when left out).
    // company: "Tributary",
    // The new game's scenario ("standard" or "short") and difficulty ("easy", "normal", "hard").
    scenario: "standard",
    difficulty: "normal",
    // How many rotating autosave slots to keep, 1 to {max}.
    autosave_slots: {slots},
)
"##,
        roles = roles.join("\n"),
        keys = keys.join("\n"),
        max = MAX_AUTOSAVE_SLOTS,
        slots = crate::save::names::AUTOSAVE_SLOTS,
    )
}
