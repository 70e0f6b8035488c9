//! Built-in players for headless games: each a deterministic function of the game state.

mod events;
mod finance;
pub mod harness;
mod plan;
mod politician;
pub mod postmortem;
mod random;
mod strategies;

use crate::content::Content;
use crate::sim::{self, Action, GameState};

/// A built-in strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bot {
    /// Never acts.
    Idle,
    /// Builds warehouses only and never opens anything.
    Retail,
    /// Builds warehouses and data centres and opens both to outsiders.
    Opener,
    /// Builds as fast as credit allows.
    Reckless,
    /// Data centres early, opened soon.
    CloudFirst,
    /// Builds for itself; opens only when rivals do.
    LateOpener,
    /// Grows without debt.
    Frugal,
    /// Finances growth with bonds.
    DebtHeavy,
    /// Random legal actions.
    Random,
    /// Keeps stakeholders friendly and goes after government tenders.
    Politician,
}

impl Bot {
    /// Every bot, in the order tables list them.
    pub const ALL: [Bot; 10] = [
        Bot::Idle,
        Bot::Retail,
        Bot::Opener,
        Bot::Reckless,
        Bot::CloudFirst,
        Bot::LateOpener,
        Bot::Frugal,
        Bot::DebtHeavy,
        Bot::Random,
        Bot::Politician,
    ];

    /// The name used on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Bot::Idle => "idle",
            Bot::Retail => "retail",
            Bot::Opener => "opener",
            Bot::Reckless => "reckless",
            Bot::CloudFirst => "cloud-first",
            Bot::LateOpener => "late-opener",
            Bot::Frugal => "frugal",
            Bot::DebtHeavy => "debt-heavy",
            Bot::Random => "random",
            Bot::Politician => "politician",
        }
    }

    /// What the bot does, in a few words.
    pub fn about(self) -> &'static str {
        match self {
            Bot::Idle => "never acts",
            Bot::Retail => "builds warehouses only and never opens anything",
            Bot::Opener => "builds warehouses and data centres and opens both to outsiders",
            Bot::Reckless => "builds as fast as credit allows",
            Bot::CloudFirst => "data centres early, opened soon",
            Bot::LateOpener => "builds for itself; opens only when rivals do",
            Bot::Frugal => "grows without debt",
            Bot::DebtHeavy => "finances growth with bonds",
            Bot::Random => "random legal actions",
            Bot::Politician => "keeps stakeholders friendly and goes after government tenders",
        }
    }

    /// A bot by name.
    pub fn from_id(id: &str) -> Option<Bot> {
        Bot::ALL.into_iter().find(|b| b.id() == id)
    }

    /// Names of all bots, for messages.
    pub fn ids() -> Vec<&'static str> {
        Bot::ALL.iter().map(|b| b.id()).collect()
    }

    /// The bot's actions for the quarter being planned.
    pub fn plan(self, content: &Content, state: &GameState) -> Vec<Action> {
        match self {
            Bot::Idle => Vec::new(),
            Bot::Retail => strategies::careful(content, state, &strategies::RETAIL),
            Bot::Opener => strategies::careful(content, state, &strategies::OPENER),
            Bot::Reckless => strategies::reckless(content, state),
            Bot::CloudFirst => strategies::careful(content, state, &strategies::CLOUD_FIRST),
            Bot::LateOpener => strategies::careful(content, state, &strategies::LATE_OPENER),
            Bot::Frugal => strategies::careful(content, state, &strategies::FRUGAL),
            Bot::DebtHeavy => strategies::careful(content, state, &strategies::DEBT_HEAVY),
            Bot::Random => random::plan(content, state),
            Bot::Politician => politician::plan(content, state),
        }
    }
}

impl Bot {
    /// The bot's answers to the pending events.
    pub fn answers(self, content: &Content, state: &GameState) -> Vec<Action> {
        match self {
            Bot::Politician => politician::answers(content, state),
            _ => events::answers(content, state),
        }
    }

    /// The bot's bids for open tenders (none for the idle bot).
    pub fn bids(self, content: &Content, state: &GameState) -> Vec<Action> {
        match self {
            Bot::Idle => Vec::new(),
            Bot::Politician => politician::bids(content, state),
            _ => events::bids(content, state),
        }
    }
}

/// What a bot queues for the quarter being planned: its plan, its answers to events and its
/// bids.
pub fn actions(content: &Content, state: &GameState, bot: Bot) -> Vec<Action> {
    let mut actions = bot.plan(content, state);
    // Every bot answers its events; all but the idle one bid for tenders.
    actions.extend(bot.answers(content, state));
    actions.extend(bot.bids(content, state));
    actions
}

/// Plays one quarter with a bot: its plan, its answers to events and its bids.
pub fn step(content: &Content, state: &mut GameState, bot: Bot) -> sim::QuarterReport {
    let actions = actions(content, state, bot);
    sim::advance(content, state, &actions)
}

/// Plays up to `quarters` quarters with a bot, stopping early if the game ends.
pub fn play(content: &Content, state: &mut GameState, bot: Bot, quarters: u32) {
    for _ in 0..quarters {
        if state.is_over() {
            break;
        }
        step(content, state, bot);
    }
}
