//! The application state machine. Key and mouse handlers only *describe* what should happen
//! (a [`UiAction`]); [`App::update`] is the one place that changes anything, including the
//! only calls into the rules that change the game ([`crate::sim::advance`]). Each screen owns
//! its state and its key handling (`screens::*::{state, input}`); the app routes between them.

mod jobs;
mod saves;
mod update;

pub use super::game::{DEFAULT_BID_PCT, Game};
pub use super::model::{Hit, Overlay, Screen, Status, Tone, Topic, UiAction};
pub use super::screens::build::state::{BuildField, BuildForm};
pub use super::screens::finance::state::{FinanceForm, FinanceRow};
pub use super::screens::load::state::LoadList;
pub use super::screens::menu::state::{MenuItem, NewGameField, NewGameForm};

use super::highscores::{self, HighScores};
use super::keys::{self, Cmd, Context};
use super::loading::ContentCell;
use super::screens::build::input as build_keys;
use super::screens::dashboard::input as dashboard_keys;
use super::screens::event::input as event_keys;
use super::screens::facilities::input as facility_keys;
use super::screens::finance::input as finance_keys;
use super::screens::load::input as load_keys;
use super::screens::market::input as market_keys;
use super::screens::menu::input as menu_keys;
use super::screens::plan::input as plan_keys;
use super::screens::politics::input as politics_keys;
use super::strings;
use super::theme::{Theme, ThemeKind};
use crate::sim::{self, NewGame};
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Position;
use std::path::PathBuf;

/// Rows PgUp and PgDn move a list by.
const PAGE_ROWS: i32 = 10;
/// A move past either end of any list (the selection stops at the end).
const LIST_END: i32 = 1 << 20;

/// Where the app is.
#[derive(Clone, Debug)]
pub enum Mode {
    /// The main menu, with the selected entry.
    Menu(usize),
    /// Filling in the new-game form.
    NewGame(NewGameForm),
    /// Looking at the high scores.
    HighScores,
    /// Choosing a save to load.
    Load(LoadList),
    /// Playing.
    Playing(Box<Game>),
}

/// Options for starting the app.
#[derive(Clone, Debug)]
pub struct Options {
    /// Start a game right away with these settings instead of the menu.
    pub new_game: Option<NewGame>,
    /// Palette (already resolved against `NO_COLOR`).
    pub theme: ThemeKind,
    /// Where high scores and saves live; `None` keeps high scores in memory and turns saving off.
    pub saves: Option<PathBuf>,
}

/// Lines the help pop-up moves for a page key: most of a short terminal's pop-up.
const HELP_PAGE: i16 = 15;

/// The whole application.
pub struct App {
    /// The game's data (perhaps still loading while the menu shows).
    pub content: ContentCell,
    /// Where the app is.
    pub mode: Mode,
    /// A pop-up, if any.
    pub overlay: Option<Overlay>,
    /// Colours.
    pub theme: Theme,
    /// A one-line message for the status bar (a refusal, a confirmation).
    pub status: Option<Status>,
    /// Set when the app should exit.
    pub quit: bool,
    /// Clickable areas of the last frame.
    pub hits: Vec<Hit>,
    /// How far the help pop-up can scroll in the last frame's size, so scrolling stops where
    /// its last line reaches the bottom instead of running into blank rows.
    pub help_scroll_limit: std::cell::Cell<u16>,
    /// The high-score table.
    pub scores: HighScores,
    saves: Option<PathBuf>,
    worker: super::background::Worker,
    autosaves: u8,
    defaults: super::screens::menu::state::NewGameDefaults,
    /// Where an earlier version kept saves: `./saves`.
    pub old_saves: PathBuf,
}

impl App {
    /// Starts the app: the main menu, or a game if the options ask for one.
    pub fn new(content: impl Into<ContentCell>, opts: Options) -> Result<App, sim::SimError> {
        let loaded = opts
            .saves
            .as_deref()
            .map(highscores::load)
            .unwrap_or_default();
        let scores = loaded.scores;
        let mut app = App {
            content: content.into(),
            mode: Mode::Menu(0),
            overlay: None,
            theme: Theme::new(opts.theme),
            status: loaded.problem.map(Status::problem),
            quit: false,
            hits: Vec::new(),
            help_scroll_limit: std::cell::Cell::new(0),
            scores,
            saves: opts.saves,
            worker: super::background::Worker::default(),
            autosaves: crate::save::names::AUTOSAVE_SLOTS,
            old_saves: PathBuf::from(crate::save::LEGACY_DIR),
            defaults: Default::default(),
        };
        if let Some(ng) = opts.new_game {
            let state = sim::new_game(&app.content, &ng)?;
            let mut g = Game::new(state);
            g.log.forced = ng.forced_events.iter().map(|f| f.to_string()).collect();
            app.mode = Mode::Playing(Box::new(g));
            app.status = Some(Status::info(strings::welcome()));
        }
        Ok(app)
    }

    /// Applies the player's settings: keys (for this thread's front end), custom colours
    /// (not under `NO_COLOR`), autosave slots and the new game's defaults; a settings file that
    /// could not be used is said on the status line.
    pub fn configure(&mut self, settings: &super::config::Settings, notice: Option<String>) {
        super::keys::map::install(settings.keymap.clone());
        if self.theme != Theme::new(ThemeKind::Mono) {
            self.theme = self.theme.with_colours(&settings.colours);
        }
        self.autosaves = settings
            .autosave_slots
            .unwrap_or(crate::save::names::AUTOSAVE_SLOTS);
        self.defaults = super::screens::menu::state::NewGameDefaults {
            company: settings.company.clone(),
            scenario: settings.scenario.clone(),
            difficulty: settings.difficulty.clone(),
        };
        if let Some(n) = notice {
            self.status = Some(Status::problem(n));
        }
    }

    /// The new game's defaults from the settings.
    pub fn new_game_defaults(&self) -> &super::screens::menu::state::NewGameDefaults {
        &self.defaults
    }

    /// The game, if one is being played.
    pub fn game(&self) -> Option<&Game> {
        match &self.mode {
            Mode::Playing(g) => Some(g),
            _ => None,
        }
    }

    /// The status line's text, if any.
    pub fn status_text(&self) -> Option<&str> {
        self.status.as_ref().map(|s| s.text.as_str())
    }

    fn game_mut(&mut self) -> Option<&mut Game> {
        match &mut self.mode {
            Mode::Playing(g) => Some(g),
            _ => None,
        }
    }

    /// The key-table contexts active now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match &self.overlay {
            Some(Overlay::ConfirmQuit | Overlay::ConfirmDelete(_) | Overlay::ConfirmBranch(_)) => {
                return vec![Context::Confirm];
            }
            Some(Overlay::SaveName(_)) => return vec![Context::Prompt],
            Some(Overlay::Price(_)) => return vec![Context::PricePrompt],
            Some(Overlay::Event(_)) => return vec![Context::Event],
            Some(Overlay::AskBot { .. }) => return vec![Context::AskBot],
            Some(_) => return vec![Context::Popup],
            None => {}
        }
        match &self.mode {
            Mode::Menu(_) | Mode::HighScores => vec![Context::Menu],
            Mode::NewGame(_) => vec![Context::NewGame],
            Mode::Load(_) => vec![Context::Load],
            Mode::Playing(g) if g.state.is_over() => vec![Context::End],
            Mode::Playing(g) => vec![g.screen.context(), Context::Game],
        }
    }

    /// Turns any terminal event into what it should do. Never changes the app.
    pub fn on_event(&self, ev: &Event) -> UiAction {
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.on_key(k),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => self.on_click(m.column, m.row),
                MouseEventKind::ScrollDown => self.on_wheel(m.column, m.row, 1),
                MouseEventKind::ScrollUp => self.on_wheel(m.column, m.row, -1),
                _ => UiAction::None,
            },
            Event::Resize(..) => UiAction::Redraw,
            _ => UiAction::None,
        }
    }

    /// What a click at a cell does: the topmost recorded area under it wins.
    pub fn on_click(&self, column: u16, row: u16) -> UiAction {
        match self.hit_at(column, row) {
            Some(UiAction::LedgerZone) | None => UiAction::None,
            Some(a) => a.clone(),
        }
    }

    /// What the wheel does at a cell: it scrolls the table under it (the ledger), else moves the
    /// selection of the list on screen, as ↑↓ do.
    pub fn on_wheel(&self, column: u16, row: u16, d: i32) -> UiAction {
        if self.overlay.is_none() && self.hit_at(column, row) == Some(&UiAction::LedgerZone) {
            return UiAction::LedgerScroll(d);
        }
        self.on_cmd(if d > 0 { Cmd::Down } else { Cmd::Up })
    }

    fn hit_at(&self, column: u16, row: u16) -> Option<&UiAction> {
        let pos = Position::new(column, row);
        self.hits
            .iter()
            .rev()
            .find(|h| h.area.contains(pos))
            .map(|h| &h.action)
    }

    /// What a key does now.
    pub fn on_key(&self, key: &KeyEvent) -> UiAction {
        // Suspending works on every screen and in every dialog, as in any full-screen program.
        if keys::lookup(&[Context::Game], key) == Some(Cmd::Suspend) {
            return UiAction::Suspend;
        }
        if let (Mode::NewGame(form), None) = (&self.mode, &self.overlay)
            && let Some(a) = menu_keys::on_form_key(form, key)
        {
            return a;
        }
        // Typing a save name or a price takes printable keys before the key table does.
        if let Some(Overlay::SaveName(_) | Overlay::Price(_)) = &self.overlay {
            match key.code {
                KeyCode::Char(c) if !key.modifiers.intersects(KeyModifiers::CONTROL) => {
                    return UiAction::PromptType(c);
                }
                KeyCode::Backspace => return UiAction::PromptBackspace,
                _ => {}
            }
        }
        match keys::lookup(&self.contexts(), key) {
            Some(cmd) => self.on_cmd(cmd),
            // A game key pressed under a pop-up is not lost silently: the pop-up says so.
            None if self.overlay.is_some()
                && matches!(self.mode, Mode::Playing(_))
                && keys::lookup(&[Context::Game], key).is_some() =>
            {
                UiAction::Notice(strings::close_popup_first(&self.contexts()))
            }
            None => UiAction::None,
        }
    }

    /// What a command means in the current state: the pop-up takes it first, then the screen.
    pub fn on_cmd(&self, cmd: Cmd) -> UiAction {
        match &self.overlay {
            Some(Overlay::ConfirmQuit) => {
                return match cmd {
                    Cmd::Yes => UiAction::Quit,
                    Cmd::No => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(Overlay::ConfirmDelete(name)) => {
                return match cmd {
                    Cmd::Yes => UiAction::DeleteSave(name.clone()),
                    Cmd::No => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(Overlay::ConfirmBranch(q)) => {
                return match cmd {
                    Cmd::Yes => UiAction::Branch(*q),
                    Cmd::No => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(Overlay::SaveName(name)) => {
                return match cmd {
                    Cmd::Confirm => UiAction::SaveAs(name.trim().to_string()),
                    Cmd::Back => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(Overlay::Price(typed)) => {
                return match cmd {
                    Cmd::Confirm => match typed.parse::<u32>() {
                        Ok(cents) => UiAction::SetPrice(cents),
                        Err(_) => UiAction::Notice(strings::facilities::TYPE_DIGITS.into()),
                    },
                    Cmd::Back => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(Overlay::Event(sel)) => {
                return event_keys::on_cmd(&self.content, self.game(), *sel, cmd);
            }
            Some(Overlay::AskBot { bot, row }) => {
                return crate::ui::screens::ask_bot::input::on_cmd(
                    &self.content,
                    self.game(),
                    (*bot, *row),
                    cmd,
                );
            }
            Some(_) => {
                return match cmd {
                    Cmd::Up => UiAction::Scroll(-1),
                    Cmd::Down => UiAction::Scroll(1),
                    Cmd::PageUp => UiAction::Scroll(-HELP_PAGE),
                    Cmd::PageDown => UiAction::Scroll(HELP_PAGE),
                    Cmd::First => UiAction::Scroll(i16::MIN),
                    Cmd::Last => UiAction::Scroll(i16::MAX),
                    Cmd::Back => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            None => {}
        }
        match &self.mode {
            Mode::Menu(sel) => menu_keys::on_menu_cmd(*sel, cmd),
            Mode::HighScores => menu_keys::on_high_scores_cmd(cmd),
            Mode::NewGame(_) => menu_keys::on_form_cmd(cmd),
            Mode::Load(list) => load_keys::on_cmd(list, cmd),
            Mode::Playing(g) if g.state.is_over() => crate::ui::screens::end::input::on_cmd(g, cmd),
            Mode::Playing(g) => self.on_game_cmd(g, cmd),
        }
    }

    /// Commands every game screen shares, then the screen's own.
    fn on_game_cmd(&self, g: &Game, cmd: Cmd) -> UiAction {
        let tab = g.screen.index();
        let n = Screen::ALL.len();
        match cmd {
            Cmd::Help => return UiAction::Open(Overlay::Help(0)),
            Cmd::NextTab => return UiAction::Goto(Screen::ALL[(tab + 1) % n]),
            Cmd::PrevTab => return UiAction::Goto(Screen::ALL[(tab + n - 1) % n]),
            Cmd::GoTab(i) => {
                return Screen::ALL
                    .get(usize::from(i))
                    .map_or(UiAction::None, |s| UiAction::Goto(*s));
            }
            // Lists jump; the build form has no list to jump in.
            Cmd::First | Cmd::Last | Cmd::PageUp | Cmd::PageDown if g.screen != Screen::Build => {
                return UiAction::Select(match cmd {
                    Cmd::First => -LIST_END,
                    Cmd::Last => LIST_END,
                    Cmd::PageUp => -PAGE_ROWS,
                    _ => PAGE_ROWS,
                });
            }
            Cmd::GoBuild => return UiAction::Goto(Screen::Build),
            Cmd::GoPlan => return UiAction::Goto(Screen::Plan),
            Cmd::Events => {
                return if g.event_cards(&self.content).is_empty() {
                    UiAction::None
                } else {
                    UiAction::Open(Overlay::Event(0))
                };
            }
            Cmd::EndQuarter => return UiAction::EndQuarter,
            Cmd::Quit => {
                return if g.unsaved() {
                    UiAction::AskQuit
                } else {
                    UiAction::Quit
                };
            }
            Cmd::Save => return UiAction::Open(Overlay::SaveName(String::new())),
            Cmd::Back => {
                return if g.screen == Screen::Dashboard {
                    UiAction::None
                } else {
                    UiAction::Goto(Screen::Dashboard)
                };
            }
            _ => {}
        }
        let c = &self.content;
        match g.screen {
            Screen::Build => build_keys::on_cmd(c, g, cmd),
            Screen::Facilities => facility_keys::on_cmd(c, g, cmd),
            Screen::Finance => finance_keys::on_cmd(c, g, cmd),
            Screen::Plan => plan_keys::on_cmd(&self.content, g, cmd),
            Screen::Market => market_keys::on_cmd(g, cmd),
            Screen::Politics => politics_keys::on_cmd(c, g, cmd),
            Screen::Report => match cmd {
                Cmd::Up => UiAction::Select(-1),
                Cmd::Down => UiAction::Select(1),
                _ => UiAction::None,
            },
            Screen::Dashboard => dashboard_keys::on_cmd(g, cmd),
            Screen::Timeline => crate::ui::screens::timeline::input::on_cmd(g, cmd),
        }
    }
}
