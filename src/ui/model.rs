//! The front end's shared vocabulary: the screens of a game, the pop-ups, the numbers that can be
//! explained, clickable areas, and every [`UiAction`] input can ask for.

use super::keys::Context;
use super::screens::menu::state::MenuItem;
use crate::content::deck::Stakeholder;
use crate::sim::{Action, FacilityId, RegionId};
use ratatui::layout::Rect;
use std::path::PathBuf;
use strum::VariantArray;

/// The screens of a game, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
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
    /// The quarters played, any of which a branch can start from.
    Timeline,
}

impl Screen {
    /// All screens in tab order.
    pub const ALL: &'static [Screen] = Screen::VARIANTS;

    /// Position in the tab bar.
    pub fn index(self) -> usize {
        self as usize
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
            Screen::Timeline => Context::Timeline,
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
    /// Typing a cloud price, in cents, for the selected or marked data centres.
    Price(String),
    /// Asking whether to delete the named save.
    ConfirmDelete(String),
    /// "Start a branch from the start of this quarter?"
    ConfirmBranch(crate::sim::Quarter),
    /// What a bot (by index in the bot list) would queue in the player's place, with the
    /// selected action.
    AskBot {
        /// The bot.
        bot: usize,
        /// The selected action.
        row: usize,
    },
}

/// A clickable area recorded while drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// The area.
    pub area: Rect,
    /// What a click there does.
    pub action: UiAction,
}

/// Everything that can happen in response to input. Produced by the screens' input handlers,
/// applied by `App::update`.
#[derive(Clone, Debug, PartialEq)]
pub enum UiAction {
    /// Nothing changed: no redraw needed.
    None,
    /// Redraw (a resize).
    Redraw,
    /// Say something on the status line and change nothing else.
    Notice(String),
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
    /// Queue several actions, each checked after the ones before.
    QueueAll(Vec<Action>),
    /// Change how the facilities table is shown.
    View(ViewChange),
    /// Close the price prompt and queue the typed cloud price for the facilities it is for.
    SetPrice(u32),
    /// Show the ledger's next page.
    LedgerPage,
    /// Scroll the ledger by years (negative: earlier).
    LedgerScroll(i32),
    /// Marks the ledger's area for the mouse wheel, which scrolls it there (a click does
    /// nothing).
    LedgerZone,
    /// Cancel queued actions by their positions (a plan line may stand for several).
    Cancel(std::ops::Range<usize>),
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
    /// Move the saves an earlier version left in `./saves` into the saves directory.
    MoveOldSaves,
    /// Switch the end screen between its summary and the post-mortem.
    EndPage,
    /// Rebuild the game at the start of a quarter played, save it as a branch and play it.
    Branch(crate::sim::Quarter),
}

/// A change to how the facilities table is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewChange {
    /// The next order.
    Sort,
    /// The next filter.
    Filter,
    /// Mark or unmark the selected facility.
    Mark,
    /// Mark all shown, or unmark all.
    MarkAll,
}

/// How a status-line message reads: news, or something that went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// A confirmation or a piece of news.
    Info,
    /// A refusal or an error: the player has to do something else.
    Problem,
}

/// The one-line message under the screen, with its tone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// What it says.
    pub text: String,
    /// How it reads.
    pub tone: Tone,
}

impl Status {
    /// A confirmation or a piece of news.
    pub fn info(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            tone: Tone::Info,
        }
    }

    /// A refusal or an error.
    pub fn problem(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            tone: Tone::Problem,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screen_never_takes_a_key_the_whole_game_uses() {
        // A screen's binding is looked up before the game's, so one on the same key would hide
        // the game's (as `l` for the ledger once hid vim's →).
        let screens: Vec<Context> = Screen::ALL.iter().map(|s| s.context()).collect();
        for s in crate::ui::keys::BINDINGS
            .iter()
            .filter(|b| screens.contains(&b.context))
        {
            for g in crate::ui::keys::BINDINGS
                .iter()
                .filter(|b| b.context == Context::Game)
            {
                for k in s.keys.iter() {
                    assert!(
                        !g.keys.contains(k) || s.cmd == g.cmd,
                        "{:?} on {:?} hides the game's {:?}",
                        k.label(),
                        s.context,
                        g.cmd
                    );
                }
            }
        }
    }
}
