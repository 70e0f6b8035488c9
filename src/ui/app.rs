//! The application state machine. Key and mouse handlers only *describe* what should happen
//! (a [`UiAction`]); [`App::update`] is the one place that changes anything, including the
//! only calls into the rules that change the game ([`crate::sim::advance`]).

use super::describe::describe;
use super::highscores::{self, Entry, HighScores};
use super::keys::{self, Cmd, Context};
use super::loading::ContentCell;
use super::strings;
use super::theme::{Theme, ThemeKind};
use crate::content::deck::Stakeholder;
use crate::content::{Content, FacilityKind};
use crate::save::{self, HeaderInfo, SaveDir, SaveEntry};
use crate::sim::preview;
use crate::sim::{self, Action, FacilityId, FacilityStatus, GameState, Money, NewGame, RegionId};
use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::{Position, Rect};
use std::path::{Path, PathBuf};

/// The screens of a game, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Overview: numbers, map, charts, news.
    Dashboard,
    /// Facilities table and their settings.
    Facilities,
    /// Ordering a new facility.
    Build,
    /// Books, balance, money.
    Finance,
    /// Shares per region and the rivals.
    Market,
    /// Stakeholders, visibility, tenders and lawsuits.
    Politics,
    /// The last quarter's report.
    Report,
    /// Queued actions.
    Plan,
}

impl Screen {
    /// All screens in tab order.
    pub const ALL: [Screen; 8] = [
        Screen::Dashboard,
        Screen::Facilities,
        Screen::Build,
        Screen::Finance,
        Screen::Market,
        Screen::Politics,
        Screen::Report,
        Screen::Plan,
    ];

    /// Position in the tab bar.
    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The key-table context of the screen.
    pub fn context(self) -> Context {
        match self {
            Screen::Dashboard => Context::Dashboard,
            Screen::Facilities => Context::Facilities,
            Screen::Build => Context::Build,
            Screen::Finance => Context::Finance,
            Screen::Market => Context::Market,
            Screen::Politics => Context::Politics,
            Screen::Report => Context::Report,
            Screen::Plan => Context::Plan,
        }
    }
}

/// A derived number whose parts can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// The company's valuation and its multiple.
    Valuation,
    /// Investor patience.
    Patience,
    /// Orders and share in a region.
    Region(RegionId),
    /// A facility's load and, for data centres, outage risk.
    Facility(FacilityId),
    /// Own compute load against capacity.
    Compute,
    /// How visible the company is, and why.
    Visibility,
    /// A stakeholder's attitude and where it is heading.
    Attitude(Stakeholder),
    /// A running lawsuit's chance of winning (by its position in the list).
    Lawsuit(usize),
}

/// A pop-up over the current screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    /// The help screen, scrolled by this many lines.
    Help(u16),
    /// Asking whether to quit.
    ConfirmQuit,
    /// The parts of a derived number.
    Explain(Topic),
    /// The first event card waiting for an answer, with the selected choice.
    Event(usize),
    /// Typing a name to save the game under.
    SaveName(String),
    /// Asking whether to delete the named save.
    ConfirmDelete(String),
}

/// Entries of the main menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    /// Start a new game.
    New,
    /// Continue the latest save.
    Continue,
    /// Load a save from the list.
    Load,
    /// The high-score table.
    HighScores,
    /// Leave.
    Quit,
}

impl MenuItem {
    /// All entries in order.
    pub const ALL: [MenuItem; 5] = [
        MenuItem::New,
        MenuItem::Continue,
        MenuItem::Load,
        MenuItem::HighScores,
        MenuItem::Quit,
    ];

    /// Every entry is available (continue and load say so when there is nothing to load).
    pub fn enabled(self) -> bool {
        true
    }
}

/// The new-game form.
#[derive(Clone, Debug, PartialEq)]
pub struct NewGameForm {
    /// Field with focus: 0 company, 1 scenario, 2 difficulty, 3 seed, 4 start.
    pub field: usize,
    /// Company name typed so far (empty = the scenario's default).
    pub company: String,
    /// Index into the content's scenarios.
    pub scenario: usize,
    /// Index into the content's difficulties.
    pub difficulty: usize,
    /// Seed.
    pub seed: u64,
}

/// The build form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BuildForm {
    /// Field with focus: 0 type, 1 region, 2 size, 3 confirm button.
    pub field: usize,
    /// Data centre rather than warehouse.
    pub data_centre: bool,
    /// Region index.
    pub region: u8,
    /// Size index.
    pub size: u8,
}

impl BuildForm {
    /// The kind chosen.
    pub fn kind(&self) -> FacilityKind {
        if self.data_centre {
            FacilityKind::DataCentre
        } else {
            FacilityKind::Warehouse
        }
    }

    /// The build action the form describes.
    pub fn action(&self) -> Action {
        Action::Build {
            kind: self.kind(),
            region: RegionId(self.region),
            size: self.size,
        }
    }
}

/// Rows of the finance screen's action list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceRow {
    /// A funding round or share offering.
    Raise,
    /// The IPO.
    Ipo,
    /// A bond issue.
    Bond,
    /// Repay the credit line.
    Repay,
    /// The store's price level.
    PriceLevel,
    /// Marketing per quarter.
    Marketing,
    /// New cloud services per quarter.
    Services,
    /// Rented hosting.
    Hosting,
    /// A company-wide project.
    Project,
    /// Buying a rival's business in a region.
    Acquire,
}

impl FinanceRow {
    /// All rows in order.
    pub const ALL: [FinanceRow; 10] = [
        FinanceRow::Raise,
        FinanceRow::Ipo,
        FinanceRow::Bond,
        FinanceRow::Repay,
        FinanceRow::PriceLevel,
        FinanceRow::Marketing,
        FinanceRow::Services,
        FinanceRow::Hosting,
        FinanceRow::Project,
        FinanceRow::Acquire,
    ];
}

/// A game being played, with the UI state that belongs to it.
#[derive(Clone, Debug)]
pub struct Game {
    /// The rules' state.
    pub state: GameState,
    /// Actions queued for the quarter's end, in order.
    pub queue: Vec<Action>,
    /// Screen shown.
    pub screen: Screen,
    /// Selected row per screen (by tab index).
    pub rows: [usize; Screen::ALL.len()],
    /// The build form.
    pub build: BuildForm,
    /// Amount steps for the finance rows (percent of the maximum for money rows).
    pub finance_pct: u8,
    /// Price level, marketing and hosting as being edited on the finance screen.
    pub price_level: u8,
    /// Marketing being edited.
    pub marketing: Money,
    /// Cloud services spend being edited.
    pub services: Money,
    /// Hosting being edited.
    pub hosting: u64,
    /// Price of the next tender bid, in percent of the tender's list value.
    pub bid_pct: u8,
    /// The project shown on the finance screen (index in the data).
    pub project: usize,
    /// The rival's business shown for buying (index in `projects::targets`).
    pub target: usize,
    /// Set once the high-score table has this game.
    pub recorded: Option<usize>,
    /// True when the game has progress no save holds yet.
    pub dirty: bool,
    /// The plan as the last save holds it, so a plan changed since counts as unsaved.
    pub saved_queue: Vec<Action>,
}

impl Game {
    /// A fresh game around a state.
    pub fn new(state: GameState) -> Game {
        let c = &state.company;
        Game {
            price_level: c.price_level,
            marketing: c.marketing,
            services: c.services_budget,
            hosting: c.hosting_cu,
            state,
            queue: Vec::new(),
            screen: Screen::Dashboard,
            rows: [0; Screen::ALL.len()],
            build: BuildForm::default(),
            finance_pct: 100,
            bid_pct: DEFAULT_BID_PCT,
            project: 0,
            target: 0,
            recorded: None,
            dirty: true,
            saved_queue: Vec::new(),
        }
    }

    /// True when quitting would lose something: unsaved quarters or queued actions.
    pub fn unsaved(&self) -> bool {
        self.dirty || self.queue != self.saved_queue
    }

    /// The selected row of the current screen.
    pub fn row(&self) -> usize {
        self.rows[self.screen.index()]
    }

    /// The selected facility on the facilities screen.
    pub fn selected_facility(&self) -> Option<&sim::Facility> {
        self.state
            .facilities
            .get(self.rows[Screen::Facilities.index()])
    }
}

/// The bid price a game starts with, in percent of list (clamped to the deck's range).
pub const DEFAULT_BID_PCT: u8 = 90;

/// Steps of the bid price on the politics screen, in percentage points.
pub const BID_STEP: i32 = 5;

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

/// The load screen: the saves found, newest first, and the selected one.
#[derive(Clone, Debug)]
pub struct LoadList {
    /// Saves in the saves directory, broken ones included with their reason.
    pub entries: Vec<SaveEntry>,
    /// Selected row.
    pub sel: usize,
}

impl LoadList {
    /// The selected save.
    pub fn selected(&self) -> Option<&SaveEntry> {
        self.entries.get(self.sel)
    }
}

/// Everything that can happen in response to input. Produced by handlers, applied by
/// [`App::update`].
#[derive(Clone, Debug, PartialEq)]
pub enum UiAction {
    /// Nothing changed: no redraw needed.
    None,
    /// Redraw (a resize).
    Redraw,
    /// Leave now.
    Quit,
    /// Ask before leaving.
    AskQuit,
    /// Hand the terminal back and stop until the shell resumes the game (Ctrl-Z); the terminal
    /// loop does it, the app's state does not change.
    Suspend,
    /// Close the pop-up.
    CloseOverlay,
    /// Open a pop-up.
    Open(Overlay),
    /// Scroll the help.
    Scroll(i16),
    /// Menu: move the selection.
    MenuMove(i32),
    /// Menu: choose an entry.
    MenuChoose(MenuItem),
    /// New game: move between fields.
    FormField(i32),
    /// New game: change the focused field's value.
    FormChange(i32),
    /// New game: type into the name.
    FormType(char),
    /// New game: delete the last character of the name.
    FormBackspace,
    /// New game: start.
    Start,
    /// Back to the main menu.
    ToMenu,
    /// Show a screen.
    Goto(Screen),
    /// Move the selection on the current screen.
    Select(i32),
    /// Select a row directly (mouse).
    SelectRow(usize),
    /// Change a value on the current screen (build form, finance amounts).
    Adjust(i32),
    /// Build form: focus a field.
    BuildField(i32),
    /// Queue an action for the quarter's end (checked first; refused with a message).
    Queue(Action),
    /// Cancel a queued action by its position.
    Cancel(usize),
    /// End the quarter.
    EndQuarter,
    /// Save prompt: type a character.
    PromptType(char),
    /// Save prompt: delete the last character.
    PromptBackspace,
    /// Save the game under a name.
    SaveAs(String),
    /// Load screen: move the selection.
    LoadMove(i32),
    /// Load a save file.
    LoadFile(PathBuf),
    /// Delete the named save (already confirmed).
    DeleteSave(String),
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

/// A clickable area recorded while drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// The area.
    pub area: Rect,
    /// What a click there does.
    pub action: UiAction,
}

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
    pub status: Option<String>,
    /// Set when the app should exit.
    pub quit: bool,
    /// Clickable areas of the last frame.
    pub hits: Vec<Hit>,
    /// The high-score table.
    pub scores: HighScores,
    saves: Option<PathBuf>,
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
            status: loaded.problem,
            quit: false,
            hits: Vec::new(),
            scores,
            saves: opts.saves,
        };
        if let Some(ng) = opts.new_game {
            let state = sim::new_game(&app.content, &ng)?;
            app.mode = Mode::Playing(Box::new(Game::new(state)));
            app.status = Some(super::strings::WELCOME.to_string());
        }
        Ok(app)
    }

    /// The game, if one is being played.
    pub fn game(&self) -> Option<&Game> {
        match &self.mode {
            Mode::Playing(g) => Some(g),
            _ => None,
        }
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
            Some(Overlay::ConfirmQuit | Overlay::ConfirmDelete(_)) => {
                return vec![Context::Confirm];
            }
            Some(Overlay::SaveName(_)) => return vec![Context::Prompt],
            Some(Overlay::Event(_)) => return vec![Context::Event],
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
                MouseEventKind::ScrollDown => self.on_cmd(Cmd::Down),
                MouseEventKind::ScrollUp => self.on_cmd(Cmd::Up),
                _ => UiAction::None,
            },
            Event::Resize(..) => UiAction::Redraw,
            _ => UiAction::None,
        }
    }

    /// What a click at a cell does: the topmost recorded area under it wins.
    pub fn on_click(&self, column: u16, row: u16) -> UiAction {
        let pos = Position::new(column, row);
        self.hits
            .iter()
            .rev()
            .find(|h| h.area.contains(pos))
            .map_or(UiAction::None, |h| h.action.clone())
    }

    /// What a key does now.
    pub fn on_key(&self, key: &KeyEvent) -> UiAction {
        // Suspending works on every screen and in every dialog, as in any full-screen program.
        if keys::lookup(&[Context::Game], key) == Some(Cmd::Suspend) {
            return UiAction::Suspend;
        }
        // Typing a company name takes printable keys before the key table does.
        if let (Mode::NewGame(form), None) = (&self.mode, &self.overlay)
            && form.field == 0
        {
            match key.code {
                crossterm::event::KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(crossterm::event::KeyModifiers::CONTROL) =>
                {
                    return UiAction::FormType(c);
                }
                crossterm::event::KeyCode::Backspace => return UiAction::FormBackspace,
                _ => {}
            }
        }
        // So does typing a save name.
        if let Some(Overlay::SaveName(_)) = &self.overlay {
            match key.code {
                crossterm::event::KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(crossterm::event::KeyModifiers::CONTROL) =>
                {
                    return UiAction::PromptType(c);
                }
                crossterm::event::KeyCode::Backspace => return UiAction::PromptBackspace,
                _ => {}
            }
        }
        match keys::lookup(&self.contexts(), key) {
            Some(cmd) => self.on_cmd(cmd),
            None => UiAction::None,
        }
    }

    /// What a command means in the current state.
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
            Some(Overlay::SaveName(name)) => {
                return match cmd {
                    Cmd::Confirm => UiAction::SaveAs(name.trim().to_string()),
                    Cmd::Back => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(Overlay::Event(sel)) => {
                let card = self
                    .game()
                    .and_then(|g| self.event_cards(g).into_iter().next());
                let Some(card) = card else {
                    return UiAction::CloseOverlay;
                };
                let n = card.choices.len();
                return match cmd {
                    Cmd::Up => UiAction::Open(Overlay::Event(sel.saturating_sub(1))),
                    Cmd::Down => UiAction::Open(Overlay::Event((sel + 1).min(n.saturating_sub(1)))),
                    Cmd::Confirm => card.choices.get(*sel).map_or(UiAction::None, |c| {
                        UiAction::Queue(Action::AnswerEvent {
                            serial: card.serial,
                            choice: c.index,
                        })
                    }),
                    Cmd::Back => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            Some(_) => {
                return match cmd {
                    Cmd::Up => UiAction::Scroll(-1),
                    Cmd::Down => UiAction::Scroll(1),
                    Cmd::Back => UiAction::CloseOverlay,
                    _ => UiAction::None,
                };
            }
            None => {}
        }
        match &self.mode {
            Mode::Menu(sel) => match cmd {
                Cmd::Up => UiAction::MenuMove(-1),
                Cmd::Down => UiAction::MenuMove(1),
                Cmd::Confirm => MenuItem::ALL
                    .get(*sel)
                    .map_or(UiAction::None, |m| UiAction::MenuChoose(*m)),
                Cmd::Quit => UiAction::Quit,
                _ => UiAction::None,
            },
            Mode::HighScores => match cmd {
                Cmd::Quit | Cmd::Confirm => UiAction::ToMenu,
                _ => UiAction::None,
            },
            Mode::NewGame(_) => match cmd {
                Cmd::Up => UiAction::FormField(-1),
                Cmd::Down => UiAction::FormField(1),
                Cmd::Left => UiAction::FormChange(-1),
                Cmd::Right => UiAction::FormChange(1),
                Cmd::Confirm => UiAction::Start,
                Cmd::Back => UiAction::ToMenu,
                _ => UiAction::None,
            },
            Mode::Load(list) => match cmd {
                Cmd::Up => UiAction::LoadMove(-1),
                Cmd::Down => UiAction::LoadMove(1),
                Cmd::Confirm => list
                    .selected()
                    .map_or(UiAction::None, |e| UiAction::LoadFile(e.path.clone())),
                Cmd::Delete => list.selected().map_or(UiAction::None, |e| {
                    UiAction::Open(Overlay::ConfirmDelete(e.name.clone()))
                }),
                Cmd::Back | Cmd::Quit => UiAction::ToMenu,
                _ => UiAction::None,
            },
            Mode::Playing(g) if g.state.is_over() => match cmd {
                Cmd::Confirm => UiAction::ToMenu,
                Cmd::Quit => UiAction::Quit,
                _ => UiAction::None,
            },
            Mode::Playing(g) => self.on_game_cmd(g, cmd),
        }
    }

    fn on_game_cmd(&self, g: &Game, cmd: Cmd) -> UiAction {
        let tab = g.screen.index();
        match cmd {
            Cmd::Help => return UiAction::Open(Overlay::Help(0)),
            Cmd::NextTab => return UiAction::Goto(Screen::ALL[(tab + 1) % Screen::ALL.len()]),
            Cmd::PrevTab => {
                return UiAction::Goto(
                    Screen::ALL[(tab + Screen::ALL.len() - 1) % Screen::ALL.len()],
                );
            }
            Cmd::GoTab(i) => {
                return Screen::ALL
                    .get(usize::from(i))
                    .map_or(UiAction::None, |s| UiAction::Goto(*s));
            }
            Cmd::GoBuild => return UiAction::Goto(Screen::Build),
            Cmd::GoPlan => return UiAction::Goto(Screen::Plan),
            Cmd::Events => {
                return if self.event_cards(g).is_empty() {
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
        match g.screen {
            Screen::Build => match cmd {
                Cmd::Up => UiAction::BuildField(-1),
                Cmd::Down => UiAction::BuildField(1),
                Cmd::Left => UiAction::Adjust(-1),
                Cmd::Right => UiAction::Adjust(1),
                Cmd::Confirm => UiAction::Queue(g.build.action()),
                _ => UiAction::None,
            },
            Screen::Facilities => self.on_facility_cmd(g, cmd),
            Screen::Finance => match cmd {
                Cmd::Up => UiAction::Select(-1),
                Cmd::Down => UiAction::Select(1),
                Cmd::Left => UiAction::Adjust(-1),
                Cmd::Right => UiAction::Adjust(1),
                Cmd::Confirm => self
                    .finance_action(g)
                    .map_or(UiAction::None, UiAction::Queue),
                Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Valuation)),
                _ => UiAction::None,
            },
            Screen::Plan => match cmd {
                Cmd::Up => UiAction::Select(-1),
                Cmd::Down => UiAction::Select(1),
                Cmd::Cancel if g.row() < g.queue.len() => UiAction::Cancel(g.row()),
                _ => UiAction::None,
            },
            Screen::Market => match cmd {
                Cmd::Up => UiAction::Select(-1),
                Cmd::Down => UiAction::Select(1),
                Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Region(RegionId(
                    u8::try_from(g.row()).unwrap_or(0),
                )))),
                _ => UiAction::None,
            },
            Screen::Politics => self.on_politics_cmd(g, cmd),
            Screen::Report => UiAction::None,
            Screen::Dashboard => match cmd {
                Cmd::Up => UiAction::Select(-1),
                Cmd::Down => UiAction::Select(1),
                Cmd::Explain => super::screens::dashboard::topic(g, g.row())
                    .map_or(UiAction::None, |t| UiAction::Open(Overlay::Explain(t))),
                _ => UiAction::None,
            },
        }
    }

    fn on_facility_cmd(&self, g: &Game, cmd: Cmd) -> UiAction {
        let Some(f) = g.selected_facility() else {
            return match cmd {
                Cmd::Up => UiAction::Select(-1),
                Cmd::Down => UiAction::Select(1),
                _ => UiAction::None,
            };
        };
        // Settings show as they will be once queued changes apply, so repeated presses add up.
        let planned = preview::plan(&self.content, &g.state, &g.queue);
        let p = planned.state.facility(f.id).unwrap_or(f);
        let id = f.id;
        match cmd {
            Cmd::Up => UiAction::Select(-1),
            Cmd::Down => UiAction::Select(1),
            Cmd::Upgrade => UiAction::Queue(Action::Upgrade(id)),
            Cmd::ToggleOpen => UiAction::Queue(Action::SetOpen {
                facility: id,
                open: !p.open,
            }),
            Cmd::ReserveMore | Cmd::ReserveLess => {
                let step: i32 = if cmd == Cmd::ReserveMore { 10 } else { -10 };
                let pct = (i32::from(p.reservation_pct) + step).clamp(0, 100);
                UiAction::Queue(Action::SetReservation {
                    facility: id,
                    pct: u8::try_from(pct).unwrap_or(100),
                })
            }
            Cmd::PriceUp | Cmd::PriceDown if f.kind == FacilityKind::DataCentre => {
                let step: i64 = if cmd == Cmd::PriceUp { 1 } else { -1 };
                let cents = (i64::from(p.cloud_price_cents) + step).clamp(1, 10_000);
                UiAction::Queue(Action::SetCloudPrice {
                    facility: id,
                    cents: u32::try_from(cents).unwrap_or(1),
                })
            }
            Cmd::Mothball => {
                if matches!(p.status, FacilityStatus::Mothballed) {
                    UiAction::Queue(Action::Reactivate(id))
                } else {
                    UiAction::Queue(Action::Mothball(id))
                }
            }
            Cmd::Sell => UiAction::Queue(Action::Sell(id)),
            Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Facility(id))),
            _ => UiAction::None,
        }
    }

    fn on_politics_cmd(&self, g: &Game, cmd: Cmd) -> UiAction {
        use super::screens::politics::{self, Item};
        let item = politics::items(&g.state).get(g.row()).copied();
        match (cmd, item) {
            (Cmd::Up, _) => UiAction::Select(-1),
            (Cmd::Down, _) => UiAction::Select(1),
            (Cmd::Left, Some(Item::Tender(_))) => UiAction::Adjust(-1),
            (Cmd::Right, Some(Item::Tender(_))) => UiAction::Adjust(1),
            (Cmd::Confirm, Some(Item::Tender(i))) => self
                .bid_action(g, i)
                .map_or(UiAction::None, UiAction::Queue),
            (Cmd::Confirm | Cmd::Explain, Some(it)) => {
                politics::topic(it).map_or(UiAction::None, |t| UiAction::Open(Overlay::Explain(t)))
            }
            (Cmd::Cancel, Some(Item::Tender(i))) => {
                politics::queued_bid(g, i).map_or(UiAction::None, |(at, _)| UiAction::Cancel(at))
            }
            _ => UiAction::None,
        }
    }

    /// The bid the politics screen would queue for an open tender (by its position).
    pub fn bid_action(&self, g: &Game, tender: usize) -> Option<Action> {
        let o = g.state.politics.tenders.get(tender)?;
        Some(Action::Bid {
            tender: o.id.clone(),
            price_pct: self.bid_pct(g),
        })
    }

    /// The bid price being edited, within the deck's range.
    pub fn bid_pct(&self, g: &Game) -> u8 {
        let r = &self.content.deck.politics.tenders;
        g.bid_pct
            .clamp(r.min_bid_pct.min(r.max_bid_pct), r.max_bid_pct)
    }

    /// Event cards still waiting for an answer once the queued actions are counted.
    pub fn event_cards(&self, g: &Game) -> Vec<sim::events::view::EventCard> {
        let p = preview::plan(&self.content, &g.state, &g.queue);
        sim::events::view::pending_cards(&self.content, &p.state, &p.books)
    }

    /// The action the selected finance row would queue.
    pub fn finance_action(&self, g: &Game) -> Option<Action> {
        let planned = preview::plan(&self.content, &g.state, &g.queue);
        let s = &planned.state;
        let share = f64::from(g.finance_pct) / 100.0;
        let row = FinanceRow::ALL.get(g.rows[Screen::Finance.index()])?;
        Some(match row {
            FinanceRow::Raise => Action::RaiseEquity(raise_amount(&self.content, s, share)),
            FinanceRow::Ipo => Action::GoPublic,
            FinanceRow::Bond => {
                Action::IssueBond(sim::finance::bond_room(&self.content, s).scale(share))
            }
            FinanceRow::Repay => Action::RepayCredit(s.company.credit_drawn.scale(share)),
            FinanceRow::PriceLevel => Action::SetPriceLevel(g.price_level),
            FinanceRow::Marketing => Action::SetMarketing(g.marketing),
            FinanceRow::Services => Action::SetServices(g.services),
            FinanceRow::Hosting => Action::SetHosting(g.hosting),
            FinanceRow::Project => {
                let p = self.content.projects.projects.get(g.project)?;
                Action::StartProject(p.id.clone())
            }
            FinanceRow::Acquire => {
                let (rival, region) = self.target(g)?;
                Action::Acquire {
                    rival: u8::try_from(rival).ok()?,
                    region: RegionId(u8::try_from(region).ok()?),
                }
            }
        })
    }

    /// The rival's business selected for buying on the finance screen: (rival, region).
    pub fn target(&self, g: &Game) -> Option<(usize, usize)> {
        let targets = sim::projects::targets(&self.content, &g.state);
        targets.get(g.target % targets.len().max(1)).copied()
    }

    /// Applies what input asked for. Returns false when nothing changed (no redraw needed).
    pub fn update(&mut self, action: UiAction) -> bool {
        if action == UiAction::None {
            return false;
        }
        // A new keypress replaces the last message.
        if !matches!(action, UiAction::Redraw) {
            self.status = None;
        }
        match action {
            // The terminal loop suspends; after `fg` everything is redrawn.
            UiAction::None | UiAction::Suspend => return false,
            UiAction::Redraw => {}
            UiAction::Quit => self.quit = true,
            UiAction::AskQuit => self.overlay = Some(Overlay::ConfirmQuit),
            UiAction::CloseOverlay => self.overlay = None,
            UiAction::Open(o) => self.overlay = Some(o),
            UiAction::Scroll(d) => {
                if let Some(Overlay::Help(s)) = &mut self.overlay {
                    *s = s.saturating_add_signed(d);
                }
            }
            UiAction::MenuMove(d) => {
                if let Mode::Menu(sel) = &mut self.mode {
                    *sel = step(*sel, d, MenuItem::ALL.len());
                }
            }
            UiAction::MenuChoose(item) => self.choose(item),
            UiAction::FormField(d) => {
                if let Mode::NewGame(f) = &mut self.mode {
                    f.field = step(f.field, d, 5);
                }
            }
            UiAction::FormChange(d) => self.form_change(d),
            UiAction::FormType(c) => {
                if let Mode::NewGame(f) = &mut self.mode
                    && f.company.chars().count() < 24
                    && !c.is_control()
                {
                    f.company.push(c);
                }
            }
            UiAction::FormBackspace => {
                if let Mode::NewGame(f) = &mut self.mode {
                    f.company.pop();
                }
            }
            UiAction::Start => self.start(),
            UiAction::ToMenu => {
                self.mode = Mode::Menu(0);
                self.overlay = None;
            }
            UiAction::Goto(s) => {
                if let Some(g) = self.game_mut() {
                    g.screen = s;
                }
            }
            UiAction::Select(d) => self.select(d),
            UiAction::SelectRow(r) => {
                if let Some(g) = self.game_mut() {
                    let tab = g.screen.index();
                    g.rows[tab] = r;
                }
                self.select(0);
            }
            UiAction::Adjust(d) => self.adjust(d),
            UiAction::BuildField(d) => {
                if let Some(g) = self.game_mut() {
                    g.build.field = step(g.build.field, d, 4);
                }
            }
            UiAction::Queue(a) => self.queue(a),
            UiAction::Cancel(i) => {
                if let Some(g) = self.game_mut()
                    && i < g.queue.len()
                {
                    let a = g.queue.remove(i);
                    let row = &mut g.rows[Screen::Plan.index()];
                    *row = (*row).min(g.queue.len().saturating_sub(1));
                    self.status = Some(format!("Cancelled: {}", describe(&self.content, &a)));
                }
            }
            UiAction::EndQuarter => self.end_quarter(),
            UiAction::PromptType(c) => {
                if let Some(Overlay::SaveName(name)) = &mut self.overlay
                    && name.chars().count() < save::names::MAX_NAME_CHARS
                    && !c.is_control()
                {
                    name.push(c);
                }
            }
            UiAction::PromptBackspace => {
                if let Some(Overlay::SaveName(name)) = &mut self.overlay {
                    name.pop();
                }
            }
            UiAction::SaveAs(name) => self.save_as(&name),
            UiAction::LoadMove(d) => {
                if let Mode::Load(list) = &mut self.mode {
                    list.sel = step(list.sel, d, list.entries.len());
                }
            }
            UiAction::LoadFile(path) => self.load_file(&path),
            UiAction::DeleteSave(name) => self.delete_save(&name),
        }
        true
    }

    /// The saves directory, if saving is on.
    pub fn save_dir(&self) -> Option<SaveDir> {
        self.saves.as_deref().map(SaveDir::new)
    }

    /// Autosaves the game being played with its queued plan, when it has anything unsaved:
    /// the last thing the game does when a signal stops it. Best effort, as it is on the way out.
    pub fn save_for_exit(&self) {
        let (Some(dir), Mode::Playing(g)) = (self.save_dir(), &self.mode) else {
            return;
        };
        if g.state.is_over() || !g.unsaved() {
            return;
        }
        let info = HeaderInfo::of(&self.content);
        let _ = save::autosave_with_plan(&dir, &g.state, &g.queue, &info);
    }

    fn save_as(&mut self, name: &str) {
        let info = HeaderInfo::of(&self.content);
        let Some(dir) = self.save_dir() else {
            self.overlay = None;
            self.status = Some(strings::SAVING_OFF.to_string());
            return;
        };
        let Some(g) = self.game_mut() else {
            return;
        };
        match save::save_named_with_plan(&dir, name, &g.state, &g.queue, &info) {
            Ok(_) => {
                g.dirty = false;
                g.saved_queue = g.queue.clone();
                self.overlay = None;
                self.status = Some(format!("{} {name}", strings::SAVED));
            }
            // The prompt stays open so the name can be corrected.
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    /// Opens a save's game, checked against the content; a bad save leaves everything as it
    /// was and shows the reason.
    pub fn load_file(&mut self, path: &Path) {
        match save::load_checked(path, &self.content) {
            Ok((loaded, warnings)) => self.open_loaded(loaded.state, loaded.plan, &warnings),
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    /// Starts playing a loaded game with the plan it was saved with, showing any warnings as
    /// the message. A queued action the game no longer allows (other data, say) is dropped.
    pub fn open_loaded(&mut self, state: GameState, plan: Vec<Action>, warnings: &[String]) {
        let mut g = Game::new(state);
        g.dirty = false;
        for a in plan {
            if preview::check_next(&self.content, &g.state, &g.queue, &a).is_ok() {
                g.queue.push(a);
            }
        }
        g.saved_queue = g.queue.clone();
        self.mode = Mode::Playing(Box::new(g));
        self.overlay = None;
        self.status = Some(if warnings.is_empty() {
            strings::LOADED.to_string()
        } else {
            format!("{} {}", strings::WARNING, warnings.join("; "))
        });
    }

    fn open_load_list(&mut self) {
        let entries = self.save_dir().map(|d| save::list(&d)).unwrap_or_default();
        if entries.is_empty() {
            self.status = Some(strings::NO_SAVES.to_string());
            return;
        }
        self.mode = Mode::Load(LoadList { entries, sel: 0 });
    }

    fn delete_save(&mut self, name: &str) {
        self.overlay = None;
        let Some(dir) = self.save_dir() else {
            return;
        };
        match save::delete(&dir, name) {
            Ok(()) => self.status = Some(format!("{} {name}", strings::DELETED)),
            Err(e) => self.status = Some(e.to_string()),
        }
        let entries = save::list(&dir);
        if let Mode::Load(list) = &mut self.mode {
            list.sel = list.sel.min(entries.len().saturating_sub(1));
            list.entries = entries;
        }
    }

    fn choose(&mut self, item: MenuItem) {
        match item {
            MenuItem::New => {
                self.mode = Mode::NewGame(NewGameForm {
                    field: 0,
                    company: String::new(),
                    scenario: self
                        .content
                        .scenarios
                        .iter()
                        .position(|s| s.id == "standard")
                        .unwrap_or(0),
                    difficulty: self
                        .content
                        .difficulties
                        .iter()
                        .position(|d| d.id == "normal")
                        .unwrap_or(0),
                    seed: fresh_seed(),
                });
            }
            MenuItem::Continue => match self.save_dir().and_then(|d| save::latest(&d)) {
                Some(entry) => self.load_file(&entry.path),
                None => self.status = Some(strings::NO_SAVES.to_string()),
            },
            MenuItem::Load => self.open_load_list(),
            MenuItem::HighScores => self.mode = Mode::HighScores,
            MenuItem::Quit => self.quit = true,
        }
    }

    fn form_change(&mut self, d: i32) {
        let (ns, nd) = (
            self.content.scenarios.len(),
            self.content.difficulties.len(),
        );
        if let Mode::NewGame(f) = &mut self.mode {
            match f.field {
                1 => f.scenario = step_wrap(f.scenario, d, ns),
                2 => f.difficulty = step_wrap(f.difficulty, d, nd),
                3 => f.seed = f.seed.saturating_add_signed(i64::from(d)),
                _ => {}
            }
        }
    }

    fn start(&mut self) {
        let Mode::NewGame(f) = &self.mode else {
            return;
        };
        let ng = NewGame {
            scenario: self
                .content
                .scenarios
                .get(f.scenario)
                .map(|s| s.id.clone())
                .unwrap_or_default(),
            difficulty: self
                .content
                .difficulties
                .get(f.difficulty)
                .map(|d| d.id.clone())
                .unwrap_or_default(),
            seed: f.seed,
            company: Some(f.company.trim().to_string()).filter(|c| !c.is_empty()),
        };
        match sim::new_game(&self.content, &ng) {
            Ok(state) => {
                self.mode = Mode::Playing(Box::new(Game::new(state)));
                self.status = Some(super::strings::WELCOME.to_string());
            }
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    fn select(&mut self, d: i32) {
        let n_regions = self.content.regions.len();
        let Some(g) = self.game_mut() else {
            return;
        };
        let len = match g.screen {
            Screen::Dashboard | Screen::Report => super::screens::dashboard::TOPICS.len(),
            Screen::Facilities => g.state.facilities.len(),
            Screen::Finance => FinanceRow::ALL.len(),
            Screen::Market => n_regions,
            Screen::Plan => g.queue.len(),
            Screen::Politics => super::screens::politics::items(&g.state).len(),
            Screen::Build => 4,
        };
        let tab = g.screen.index();
        g.rows[tab] = step(g.rows[tab].min(len.saturating_sub(1)), d, len);
    }

    fn adjust(&mut self, d: i32) {
        if self.game().is_some_and(|g| g.screen == Screen::Facilities) {
            let cmd = if d > 0 {
                Cmd::ReserveMore
            } else {
                Cmd::ReserveLess
            };
            let a = self.on_cmd(cmd);
            self.update(a);
            return;
        }
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        match g.screen {
            Screen::Politics => {
                let r = &content.deck.politics.tenders;
                let (lo, hi) = (r.min_bid_pct.min(r.max_bid_pct), r.max_bid_pct);
                let pct = (i32::from(g.bid_pct.clamp(lo, hi)) + BID_STEP * d)
                    .clamp(i32::from(lo), i32::from(hi));
                g.bid_pct = u8::try_from(pct).unwrap_or(hi);
            }
            Screen::Build => {
                let b = &mut g.build;
                match b.field {
                    0 => {
                        b.data_centre = !b.data_centre;
                        b.size = 0;
                    }
                    1 => {
                        b.region = step_wrap(usize::from(b.region), d, content.regions.len()) as u8
                    }
                    2 => {
                        let n = content.sizes(b.kind()).len();
                        b.size = step_wrap(usize::from(b.size), d, n) as u8;
                    }
                    _ => {}
                }
            }
            Screen::Finance => match FinanceRow::ALL.get(g.rows[Screen::Finance.index()]) {
                Some(FinanceRow::Raise | FinanceRow::Bond | FinanceRow::Repay) => {
                    let pct = i32::from(g.finance_pct) + 10 * d;
                    g.finance_pct = u8::try_from(pct.clamp(10, 100)).unwrap_or(100);
                }
                Some(FinanceRow::PriceLevel) => {
                    let n = content.market.price_levels.len();
                    let v = (i32::from(g.price_level) + d).clamp(0, n as i32 - 1);
                    g.price_level = u8::try_from(v).unwrap_or(0);
                }
                Some(FinanceRow::Marketing) => g.marketing = money_step(g.marketing, d),
                Some(FinanceRow::Services) => g.services = money_step(g.services, d),
                Some(FinanceRow::Hosting) => {
                    let h = g.hosting as i64;
                    let stepcu = (h / 4).max(50);
                    g.hosting = u64::try_from((h + stepcu * i64::from(d)).max(0)).unwrap_or(0);
                }
                Some(FinanceRow::Project) => {
                    g.project = step_wrap(g.project, d, content.projects.projects.len());
                }
                Some(FinanceRow::Acquire) => {
                    let n = sim::projects::targets(content, &g.state).len();
                    g.target = step_wrap(g.target % n.max(1), d, n);
                }
                _ => {}
            },
            _ => {}
        }
    }

    fn queue(&mut self, action: Action) {
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        match preview::check_next(content, &g.state, &g.queue, &action) {
            Ok(_) => {
                // A setting replaces an earlier queued value for the same thing.
                if let Some(i) = g.queue.iter().position(|q| same_setting(q, &action)) {
                    g.queue.remove(i);
                }
                self.status = Some(format!(
                    "Queued: {} (p to review, cancel any time before n)",
                    describe(content, &action)
                ));
                let answered = matches!(action, Action::AnswerEvent { .. });
                g.queue.push(action);
                // An answered card makes way for the next one, if any.
                if answered {
                    let more = self.game().is_some_and(|g| !self.event_cards(g).is_empty());
                    self.overlay = more.then_some(Overlay::Event(0));
                }
            }
            Err(why) => {
                self.status = Some(format!("Can't: {} — {why}", describe(content, &action)));
            }
        }
    }

    fn end_quarter(&mut self) {
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        let queue = std::mem::take(&mut g.queue);
        let report = sim::advance(content, &mut g.state, &queue);
        g.dirty = true;
        g.rows[Screen::Plan.index()] = 0;
        g.screen = Screen::Report;
        g.price_level = g.state.company.price_level;
        g.marketing = g.state.company.marketing;
        g.services = g.state.company.services_budget;
        g.hosting = g.state.company.hosting_cu;
        let q = report.quarter.map(|q| q.to_string()).unwrap_or_default();
        self.status = Some(format!(
            "{q} closed: {} applied, {} refused. Now planning {}.",
            report.applied.len(),
            report.rejected.len(),
            g.state.quarter
        ));
        // Autosave at the start of every quarter, into the rotating slots.
        if !g.state.is_over()
            && let Some(dir) = &self.saves
        {
            let info = HeaderInfo::of(content);
            match save::autosave(&SaveDir::new(dir), &g.state, &info) {
                Ok(_) => g.dirty = false,
                Err(e) => self.status = Some(format!("{} {e}", strings::AUTOSAVE_FAILED)),
            }
        }
        if g.state.is_over() && g.recorded.is_none() {
            let entry = Entry::from_state(&g.state);
            let place = self.scores.insert(entry);
            g.recorded = Some(place);
            if let Some(dir) = &self.saves
                && let Err(e) = highscores::save(dir, &self.scores)
            {
                self.status = Some(format!("High scores not saved: {e}"));
            }
        }
    }
}

/// The funding round the finance screen offers: a share of the most investors will put in.
/// `max_raise` rounds to the nearest thousand, which can land a hair above the investors'
/// limit; a thousand less always passes the check.
pub fn raise_amount(content: &Content, state: &GameState, share: f64) -> Money {
    let most = (sim::finance::max_raise(content, state) - Money::k(1)).max_zero();
    most.scale(share)
}

/// A new seed from the clock, for games started without one.
fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_secs() % 100_000)
}

fn step(i: usize, d: i32, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as i64 + i64::from(d)).clamp(0, len as i64 - 1) as usize
}

fn step_wrap(i: usize, d: i32, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as i64 + i64::from(d)).rem_euclid(len as i64) as usize
}

/// One press of ←→ on a money setting: steps grow with the amount so both $50K and $500M are a
/// few presses away.
fn money_step(m: Money, d: i32) -> Money {
    let stepk = (m.0 / 4).max(25);
    Money::k((m.0 + stepk * i64::from(d)).max(0))
}

/// True when two actions set the same thing, so the later one replaces the earlier.
fn same_setting(a: &Action, b: &Action) -> bool {
    use Action as A;
    match (a, b) {
        (A::SetOpen { facility: x, .. }, A::SetOpen { facility: y, .. })
        | (A::SetReservation { facility: x, .. }, A::SetReservation { facility: y, .. })
        | (A::SetCloudPrice { facility: x, .. }, A::SetCloudPrice { facility: y, .. }) => x == y,
        (A::SetPriceLevel(_), A::SetPriceLevel(_))
        | (A::SetMarketing(_), A::SetMarketing(_))
        | (A::SetServices(_), A::SetServices(_))
        | (A::SetHosting(_), A::SetHosting(_)) => true,
        (A::Bid { tender: x, .. }, A::Bid { tender: y, .. }) => x == y,
        _ => false,
    }
}
