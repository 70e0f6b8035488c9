//! The one key table: handlers look keys up here and the help screen is generated from it, so
//! what help says is always what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub mod map;
mod table;
pub use table::BINDINGS;

/// Where a binding applies. Lookups try the most specific context first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Everywhere in a game (unless a dialog is open).
    Game,
    /// The main menu.
    Menu,
    /// The new-game form.
    NewGame,
    /// The dashboard.
    Dashboard,
    /// The facilities table.
    Facilities,
    /// The build form.
    Build,
    /// The finance screen.
    Finance,
    /// The market screen.
    Market,
    /// The politics screen.
    Politics,
    /// The queued actions.
    Plan,
    /// The quarterly report (only the keys that work anywhere).
    Report,
    /// The end screen.
    End,
    /// A yes/no question.
    Confirm,
    /// Help, explanations and other pop-ups.
    Popup,
    /// An event card waiting for an answer.
    Event,
    /// The load screen's list of saves.
    Load,
    /// Typing a save name.
    Prompt,
    /// Typing a cloud price.
    PricePrompt,
    /// What a bot would queue in the player's place.
    AskBot,
    /// The quarters played.
    Timeline,
}

impl Context {
    /// Heading in the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Context::Game => "Anywhere in a game",
            Context::Menu => "Main menu",
            Context::NewGame => "New game",
            Context::Dashboard => "Dashboard",
            Context::Facilities => "Facilities",
            Context::Build => "Build",
            Context::Finance => "Finance",
            Context::Market => "Market",
            Context::Politics => "Politics",
            Context::Plan => "Plan (queued actions)",
            Context::Report => "Quarterly report",
            Context::End => "End screen",
            Context::Confirm => "Questions",
            Context::Popup => "Pop-ups",
            Context::Event => "Event cards",
            Context::Load => "Load game",
            Context::Prompt => "Save name",
            Context::PricePrompt => "Typing a cloud price",
            Context::AskBot => "Asking a bot",
            Context::Timeline => "Timeline",
        }
    }
}

/// What a key means, before the app decides what that does in the current state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cmd {
    /// Open the help screen.
    Help,
    /// Next screen.
    NextTab,
    /// Previous screen.
    PrevTab,
    /// Move up.
    Up,
    /// Move down.
    Down,
    /// To the first row of a list.
    First,
    /// To the last row of a list.
    Last,
    /// A page up a list.
    PageUp,
    /// A page down a list.
    PageDown,
    /// Move left / decrease.
    Left,
    /// Move right / increase.
    Right,
    /// Confirm.
    Confirm,
    /// Back out.
    Back,
    /// End the quarter.
    EndQuarter,
    /// Quit.
    Quit,
    /// Suspend to the shell (Ctrl-Z).
    Suspend,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Show what the selected number is made of.
    Explain,
    /// Cancel the selected queued action.
    Cancel,
    /// Upgrade the selected facility.
    Upgrade,
    /// Open or close the selected facility to outsiders.
    ToggleOpen,
    /// Reserve more capacity for own use.
    ReserveMore,
    /// Reserve less capacity for own use.
    ReserveLess,
    /// Raise the cloud price.
    PriceUp,
    /// Lower the cloud price.
    PriceDown,
    /// Mothball or reactivate the selected facility.
    Mothball,
    /// Sell the selected facility.
    Sell,
    /// Jump to the build screen.
    GoBuild,
    /// Jump to the plan (queued actions).
    GoPlan,
    /// Jump to a screen by number (1 = dashboard).
    GoTab(u8),
    /// Open the events waiting for an answer.
    Events,
    /// Save the game under a name.
    Save,
    /// Delete the selected save.
    Delete,
    /// Mark or unmark the selected facility for changing with others.
    Mark,
    /// Mark every facility shown, or unmark them all.
    MarkAll,
    /// Show the table in the next order.
    Sort,
    /// Show the next selection of facilities.
    Filter,
    /// Type a cloud price.
    TypePrice,
    /// New facilities of this kind start with the selected one's settings.
    MakeDefault,
    /// Queue the capacity planner's suggested build.
    Suggest,
    /// Show the ledger's next page.
    LedgerPage,
    /// Scroll back in time.
    Earlier,
    /// Scroll forward in time.
    Later,
    /// Ask a bot what it would queue in the player's place.
    AskBot,
    /// Start a branch from the selected quarter.
    Branch,
    /// Move the saves an earlier version left in `./saves` to the saves directory.
    MoveSaves,
}

/// A key, as written in help and hints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Modifiers that must be held (Shift is ignored for characters).
    pub mods: KeyModifiers,
}

impl Key {
    const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    /// True if the event is this key.
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        match (self.code, ev.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => {
                if self.mods.contains(KeyModifiers::CONTROL) {
                    ev.modifiers.contains(KeyModifiers::CONTROL) && a.eq_ignore_ascii_case(&b)
                } else {
                    // Shift is part of the character itself ('?', '+'), so only Ctrl/Alt differ.
                    a == b
                        && !ev
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                }
            }
            (a, b) => a == b && ev.modifiers.contains(self.mods),
        }
    }

    /// How help writes the key.
    pub fn label(&self) -> String {
        match self.code {
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => format!("Ctrl-{c}"),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        }
    }
}

/// One binding: keys, where they apply, what they mean and how help describes them.
#[derive(Clone, Debug)]
pub struct Binding {
    /// The keys (the first is the one hints show): the table's, or the player's from the config.
    pub keys: std::borrow::Cow<'static, [Key]>,
    /// Where it applies.
    pub context: Context,
    /// What it means.
    pub cmd: Cmd,
    /// What help says.
    pub help: &'static str,
}

impl Binding {
    /// All keys as help writes them, such as `↑/k`.
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// The command bound to a key in the first of the contexts that has one.
pub fn lookup(contexts: &[Context], ev: &KeyEvent) -> Option<Cmd> {
    map::with(|bindings| {
        contexts.iter().find_map(|ctx| {
            bindings
                .iter()
                .filter(|bind| bind.context == *ctx)
                .find_map(|bind| {
                    let hit = bind.keys.iter().position(|k| k.matches(ev))?;
                    Some(match bind.cmd {
                        // The digit keys share one binding; the position says which screen.
                        Cmd::GoTab(_) => Cmd::GoTab(hit as u8),
                        c => c,
                    })
                })
        })
    })
}

/// The keys of a command where it applies in `context`, or game-wide behind it.
fn keys_of(context: Context, cmd: Cmd) -> Option<Vec<Key>> {
    map::with(|bindings| {
        [context, Context::Game].iter().find_map(|ctx| {
            bindings
                .iter()
                .find(|bind| bind.context == *ctx && bind.cmd == cmd)
                .map(|bind| bind.keys.to_vec())
        })
    })
}

/// The first key of a command in a context, for on-screen hints.
pub fn hint(context: Context, cmd: Cmd) -> String {
    // The digit keys share one binding, in screen order.
    let (cmd, nth) = match cmd {
        Cmd::GoTab(n) => (Cmd::GoTab(0), usize::from(n)),
        c => (c, 0),
    };
    keys_of(context, cmd)
        .and_then(|keys| keys.get(nth).copied())
        .map_or_else(|| "?".to_string(), |k| k.label())
}

/// One hint on screen: the commands whose keys it shows and what they do there.
pub type Hint = (&'static [Cmd], &'static str);

/// A line of hints, each written as its commands' first keys run together (`↑↓`) and what they
/// do, joined by ` · `: the keys come from the table, so a hint cannot name a key that does
/// something else.
pub fn hints(context: Context, items: &[Hint]) -> String {
    items
        .iter()
        .map(|(cmds, what)| {
            let keys: String = cmds.iter().map(|&c| hint(context, c)).collect();
            match (keys.is_empty(), what.is_empty()) {
                (true, _) => (*what).to_string(),
                (false, true) => keys,
                (false, false) => format!("{keys} {what}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn specific_contexts_win_and_vim_keys_move() {
        let ctx = [Context::Facilities, Context::Game];
        assert_eq!(lookup(&ctx, &key(KeyCode::Char('j'))), Some(Cmd::Down));
        assert_eq!(lookup(&ctx, &key(KeyCode::Enter)), Some(Cmd::Explain));
        assert_eq!(lookup(&ctx, &key(KeyCode::Char('3'))), Some(Cmd::GoTab(2)));
        assert_eq!(
            lookup(&[Context::Confirm], &key(KeyCode::Char('y'))),
            Some(Cmd::Yes)
        );
        assert_eq!(lookup(&ctx, &key(KeyCode::Char('Z'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(&ctx, &ctrl_c), Some(Cmd::Quit));
        assert_eq!(hint(Context::Game, Cmd::EndQuarter), "n");
    }

    #[test]
    fn hints_take_their_keys_from_the_table_and_fall_back_to_the_game() {
        let line = hints(
            Context::Build,
            &[
                (&[Cmd::Up, Cmd::Down], "field"),
                (&[Cmd::Confirm], "queues"),
            ],
        );
        assert_eq!(line, "↑↓ field · Enter queues");
        assert_eq!(hint(Context::Facilities, Cmd::Upgrade), "u");
        assert_eq!(hint(Context::Menu, Cmd::Upgrade), "?");
        assert_eq!(hint(Context::Game, Cmd::GoTab(3)), "4");
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for bnd in &BINDINGS[i + 1..] {
                if a.context != bnd.context {
                    continue;
                }
                for k in a.keys.iter() {
                    assert!(
                        !bnd.keys.contains(k),
                        "{:?} bound twice in {:?}",
                        k,
                        a.context
                    );
                }
            }
        }
    }
}
