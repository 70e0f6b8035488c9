//! A game being played, with the screens' state that belongs to it and the preview of its plan.

use super::model::Screen;
use super::screens::build::state::BuildForm;
use super::screens::facilities::state::FacilityView;
use super::screens::finance::state::FinanceForm;
use crate::bots::Bot;
use crate::bots::postmortem::PostMortem;
use crate::content::Content;
use crate::save::ActionLog;
use crate::sim::consequence::Consequence;
use crate::sim::events::view::{EventCard, pending_cards};
use crate::sim::preview::{self, Plan};
use crate::sim::{self, Action, GameState, Quarter};
use std::cell::OnceCell;

/// The bid price a game starts with, in percent of list (clamped to the deck's range).
pub const DEFAULT_BID_PCT: u8 = 90;

/// A bot's end score if it played on from the player's position.
#[derive(Clone, Debug, PartialEq)]
pub enum Projected {
    /// Being played out in the background.
    Working,
    /// Its final score, and how the game ended (when, if it failed).
    Score(sim::Money, Option<sim::Outcome>, Quarter),
    /// Why it could not be played out.
    Failed(String),
}

/// The post-mortem against the bots, once the game is over.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Comparison {
    /// Not asked for (the game is not over).
    #[default]
    NotStarted,
    /// Bots playing the player's world; how many have finished.
    Running(usize),
    /// Done.
    Ready(Box<PostMortem>),
    /// Why it could not be made.
    Failed(String),
}

/// The end screen's pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EndPage {
    /// Score, recap, charts and high scores.
    #[default]
    Summary,
    /// The player against every bot on the same world.
    PostMortem,
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
    /// The finance screen's amounts being edited.
    pub finance: FinanceForm,
    /// The facilities table's order, filter and marks.
    pub facility_view: FacilityView,
    /// Price of the next tender bid, in percent of the tender's list value.
    pub bid_pct: u8,
    /// Set once the high-score table has this game.
    pub recorded: Option<usize>,
    /// The quarters played, for replays; saves carry it.
    pub log: ActionLog,
    /// True when the game has progress no save holds yet.
    pub dirty: bool,
    /// The save this game was loaded from or last saved as, if any: branches are named after it.
    pub name: Option<String>,
    /// The save that holds the game as it stands, the latest autosave included: named on the
    /// way out so the player knows what to load.
    pub kept_in: Option<String>,
    /// Bots' projected end scores, each from the quarter it was asked in.
    pub projections: Vec<(Bot, Quarter, Projected)>,
    /// The post-mortem, once the game is over.
    pub comparison: Comparison,
    /// The end screen's page and the moment selected on the post-mortem.
    pub end_page: (EndPage, usize),
    /// The plan as the last save holds it, so a plan changed since counts as unsaved.
    pub saved_queue: Vec<Action>,
    /// The queue applied to a copy of the state: worked out once after the queue or the state
    /// changes (see [`Game::replan`]) and read by every screen that draws it.
    planned: OnceCell<Plan>,
    /// What each queued action does, worked out with the plan.
    consequences: OnceCell<Vec<Option<Consequence>>>,
}

impl Game {
    /// A fresh game around a state.
    pub fn new(state: GameState) -> Game {
        // A game at its first quarter logs from the start; a loaded one brings its log.
        let log = if state.history.is_empty() {
            ActionLog::starting(state.quarter)
        } else {
            ActionLog::default()
        };
        Game {
            finance: FinanceForm::of(&state),
            facility_view: FacilityView::default(),
            state,
            queue: Vec::new(),
            screen: Screen::Dashboard,
            rows: [0; Screen::ALL.len()],
            build: BuildForm::default(),
            bid_pct: DEFAULT_BID_PCT,
            recorded: None,
            log,
            dirty: true,
            name: None,
            kept_in: None,
            projections: Vec::new(),
            comparison: Comparison::NotStarted,
            end_page: (EndPage::Summary, 0),
            saved_queue: Vec::new(),
            planned: OnceCell::new(),
            consequences: OnceCell::new(),
        }
    }

    /// A bot's projected end score from the quarter being planned, if asked for.
    pub fn projection(&self, bot: Bot) -> Option<&Projected> {
        self.projections
            .iter()
            .find(|(b, q, _)| *b == bot && *q == self.state.quarter)
            .map(|(_, _, p)| p)
    }

    /// The quarter the selected post-mortem moment branches from, once the post-mortem is ready.
    pub fn selected_moment(&self) -> Option<Quarter> {
        match &self.comparison {
            Comparison::Ready(pm) => pm.divergences.get(self.end_page.1).map(|d| d.quarter),
            _ => None,
        }
    }

    /// True when the game is kept under a name of the player's (not only in the rotating
    /// autosaves).
    pub fn is_named(&self) -> bool {
        self.name
            .as_deref()
            .is_some_and(|n| crate::save::names::autosave_slot(n).is_none())
    }

    /// True when quitting would lose something: unsaved quarters or queued actions.
    pub fn unsaved(&self) -> bool {
        self.dirty || self.queue != self.saved_queue
    }

    /// The selected row of the current screen.
    pub fn row(&self) -> usize {
        self.rows[self.screen.index()]
    }

    /// The selected facility on the facilities screen (the row counts the facilities shown, in
    /// the table's order).
    pub fn selected_facility(&self) -> Option<&sim::Facility> {
        let order = self.facility_order();
        order
            .get(self.rows[Screen::Facilities.index()])
            .and_then(|&i| self.state.facilities.get(i))
    }

    /// The facilities the table shows, in its order, as positions in the state's list.
    pub fn facility_order(&self) -> Vec<usize> {
        self.facility_view.order_planned(&self.state, &self.queue)
    }

    /// The facilities a change on the facilities screen applies to: the marked ones, or the
    /// selected one.
    pub fn facility_targets(&self) -> Vec<&sim::Facility> {
        self.facility_view
            .targets(&self.state, self.selected_facility())
    }

    /// The state as the queued actions would leave it, with their costs: worked out on first
    /// use after a change, then shared by every screen and key until the next change.
    pub fn planned(&self, content: &Content) -> &Plan {
        self.planned
            .get_or_init(|| preview::plan(content, &self.state, &self.queue))
    }

    /// Forgets the preview: to be called whenever the queue or the state changes.
    pub fn replan(&mut self) {
        self.planned = OnceCell::new();
        self.consequences = OnceCell::new();
    }

    /// The plan's lines: queued actions, one change to several facilities on one line (an
    /// action that would be refused keeps a line of its own, with its reason).
    pub fn plan_lines(&self, content: &Content) -> Vec<crate::ui::grouped::Grouped> {
        let outcomes = &self.planned(content).outcomes;
        crate::ui::grouped::group(content, &self.state, &self.queue, |i| {
            outcomes.get(i).is_some_and(Result::is_ok)
        })
    }

    /// What each queued action does, in the player's terms, in the queue's order.
    pub fn consequences(&self, content: &Content) -> &[Option<Consequence>] {
        self.consequences
            .get_or_init(|| sim::consequence::of_queue(content, &self.state, &self.queue))
    }

    /// One more action after the queued ones: its cost, or why it would be refused.
    pub fn check_next(
        &self,
        content: &Content,
        next: &Action,
    ) -> Result<sim::Money, sim::action::Rejection> {
        self.planned(content).check_next(content, next)
    }

    /// What one more action after the queued ones would do, in the player's terms.
    pub fn consequence(
        &self,
        content: &Content,
        next: &Action,
    ) -> Result<Consequence, sim::action::Rejection> {
        sim::consequence::consequence(content, self.planned(content), next)
    }

    /// Event cards still waiting for an answer once the queued actions are counted.
    pub fn event_cards(&self, content: &Content) -> Vec<EventCard> {
        let p = self.planned(content);
        pending_cards(content, &p.state, &p.books)
    }
}
