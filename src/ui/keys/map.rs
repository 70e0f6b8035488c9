//! The key table in force: the built-in bindings with the player's remapping from the config
//! file applied. Installed once for the thread that runs the front end; every lookup, hint and the
//! help screen read it, so a remapped key shows wherever keys are named.

use super::{BINDINGS, Binding, Context, Key};
use crossterm::event::{KeyCode, KeyModifiers};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// The bindings in force.
#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: BINDINGS.to_vec(),
        }
    }
}

thread_local! {
    // The front end runs on one thread; tests each on their own, so one test's remapping never
    // reaches another.
    static ACTIVE: RefCell<Rc<Keymap>> = RefCell::new(Rc::new(Keymap::default()));
}

/// Makes `map` the key table for this thread's front end.
pub fn install(map: Keymap) {
    ACTIVE.with(|a| *a.borrow_mut() = Rc::new(map));
}

/// Reads the key table in force.
pub fn with<R>(f: impl FnOnce(&[Binding]) -> R) -> R {
    let map = ACTIVE.with(|a| Rc::clone(&a.borrow()));
    f(&map.bindings)
}

/// Why a remapping was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemapError {
    /// No binding has this name.
    UnknownAction {
        /// The name given.
        name: String,
        /// The closest name there is.
        suggestion: Option<String>,
    },
    /// A key name that is not a key.
    UnknownKey {
        /// The action.
        action: String,
        /// The key as written.
        key: String,
    },
    /// No keys at all for an action.
    NoKeys(String),
    /// Two actions on one key where both would apply.
    Conflict {
        /// The key.
        key: String,
        /// One action.
        first: String,
        /// The other.
        second: String,
    },
}

impl std::fmt::Display for RemapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RemapError::UnknownAction { name, suggestion } => {
                write!(f, "no action is called {name:?}")?;
                match suggestion {
                    Some(s) => write!(f, " (did you mean {s:?}?)"),
                    None => Ok(()),
                }
            }
            RemapError::UnknownKey { action, key } => {
                write!(
                    f,
                    "{action}: {key:?} is not a key (a letter, Enter, Esc, Tab, Space, Up, Ctrl-x, F1 …)"
                )
            }
            RemapError::NoKeys(action) => write!(f, "{action}: give at least one key"),
            RemapError::Conflict { key, first, second } => {
                write!(f, "{key} would be both {first} and {second}")
            }
        }
    }
}

impl RemapError {
    /// The action names the error is about, to find where the config file says them.
    pub fn actions(&self) -> Vec<&str> {
        match self {
            RemapError::UnknownAction { name, .. } => vec![name],
            RemapError::UnknownKey { action, .. } | RemapError::NoKeys(action) => vec![action],
            RemapError::Conflict { first, second, .. } => vec![first, second],
        }
    }
}

/// A binding's name in the config file: where it applies and what it does, `Game.EndQuarter`.
pub fn action_name(b: &Binding) -> String {
    let cmd = format!("{:?}", b.cmd);
    let cmd = cmd.split('(').next().unwrap_or(&cmd);
    format!("{:?}.{cmd}", b.context)
}

impl Keymap {
    /// The built-in bindings with some replaced: each `(action, keys)` gives an action (see
    /// [`action_name`]) new keys. Refused whole when a name or key is unknown, or when a key
    /// would then mean two things at once.
    pub fn remapped(remaps: &[(String, Vec<String>)]) -> Result<Keymap, RemapError> {
        let mut map = Keymap::default();
        for (name, keys) in remaps {
            let Some(b) = map.bindings.iter_mut().find(|b| action_name(b) == *name) else {
                let names: Vec<String> = BINDINGS.iter().map(action_name).collect();
                let suggestion = names
                    .iter()
                    .map(|n| (strsim::levenshtein(n, name), n))
                    .filter(|(d, _)| *d <= 3)
                    .min()
                    .map(|(_, n)| n.clone());
                return Err(RemapError::UnknownAction {
                    name: name.clone(),
                    suggestion,
                });
            };
            if keys.is_empty() {
                return Err(RemapError::NoKeys(name.clone()));
            }
            let parsed = keys
                .iter()
                .map(|k| {
                    Key::parse(k).ok_or_else(|| RemapError::UnknownKey {
                        action: name.clone(),
                        key: k.clone(),
                    })
                })
                .collect::<Result<Vec<Key>, _>>()?;
            b.keys = Cow::Owned(parsed);
        }
        map.check()?;
        Ok(map)
    }

    /// Refuses a table in which one key means two things where both apply: two bindings of one
    /// context, or a screen's and the whole game's with different commands.
    fn check(&self) -> Result<(), RemapError> {
        let screen = |c: Context| {
            crate::ui::model::Screen::ALL
                .iter()
                .any(|s| s.context() == c)
        };
        for (i, a) in self.bindings.iter().enumerate() {
            for b in &self.bindings[i + 1..] {
                let clash = a.context == b.context
                    || (a.cmd != b.cmd
                        && ((a.context == Context::Game && screen(b.context))
                            || (b.context == Context::Game && screen(a.context))));
                if !clash {
                    continue;
                }
                if let Some(k) = a.keys.iter().find(|k| b.keys.contains(k)) {
                    return Err(RemapError::Conflict {
                        key: k.label(),
                        first: action_name(a),
                        second: action_name(b),
                    });
                }
            }
        }
        Ok(())
    }
}

impl Key {
    /// A key as a config file writes it: a character (`n`, `?`), `Ctrl-x`, or a name (`Enter`,
    /// `Esc`, `Tab`, `Shift-Tab`, `Space`, `Up`/`↑`, `Down`, `Left`, `Right`, `Home`, `End`,
    /// `PageUp`, `PageDown`, `Del`, `Backspace`, `F1`…`F12`), case aside for names.
    pub fn parse(text: &str) -> Option<Key> {
        let plain = |code| {
            Some(Key {
                code,
                mods: KeyModifiers::NONE,
            })
        };
        let mut chars = text.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return plain(match c {
                '↑' => KeyCode::Up,
                '↓' => KeyCode::Down,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                c => KeyCode::Char(c),
            });
        }
        let lower = text.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("ctrl-") {
            let mut cs = rest.chars();
            return match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii_alphanumeric() => Some(Key {
                    code: KeyCode::Char(c),
                    mods: KeyModifiers::CONTROL,
                }),
                _ => None,
            };
        }
        if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            return (1..=12)
                .contains(&n)
                .then_some(())
                .and(plain(KeyCode::F(n)));
        }
        plain(match lower.as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "shift-tab" | "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            "del" | "delete" => KeyCode::Delete,
            "backspace" => KeyCode::Backspace,
            _ => return None,
        })
    }
}

/// Every action that can be remapped, with its keys and what it does: for `flywheel config`.
pub fn actions() -> Vec<(String, String, &'static str)> {
    BINDINGS
        .iter()
        .map(|b| (action_name(b), b.keys_label(), b.help))
        .collect()
}

/// The keys of an action as the config file writes them (`["↑", "k"]` as `["Up", "k"]`).
pub fn config_keys(b: &Binding) -> Vec<String> {
    b.keys
        .iter()
        .map(|k| match k.code {
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            _ => k.label(),
        })
        .collect()
}
