//! The bindings themselves: every key the game knows, by context, with the words help shows.

use super::{Binding, Cmd, Cmd as C, Context, Context as X, Key};
use crossterm::event::{KeyCode, KeyModifiers};

const UP: &[Key] = &[Key::plain(KeyCode::Up), Key::ch('k')];
const DOWN: &[Key] = &[Key::plain(KeyCode::Down), Key::ch('j')];
const LEFT: &[Key] = &[Key::plain(KeyCode::Left), Key::ch('h')];
const RIGHT: &[Key] = &[Key::plain(KeyCode::Right), Key::ch('l')];
const ENTER: &[Key] = &[Key::plain(KeyCode::Enter)];
const ESC: &[Key] = &[Key::plain(KeyCode::Esc)];

const fn b(keys: &'static [Key], context: Context, cmd: Cmd, help: &'static str) -> Binding {
    Binding {
        keys: std::borrow::Cow::Borrowed(keys),
        context,
        cmd,
        help,
    }
}

/// Every binding in the game.
pub const BINDINGS: &[Binding] = &[
    // Dialogs first: a question or a pop-up takes every key it knows.
    b(&[Key::ch('y')], X::Confirm, C::Yes, "yes"),
    b(
        &[Key::ch('n'), Key::plain(KeyCode::Esc)],
        X::Confirm,
        C::No,
        "no",
    ),
    b(UP, X::Popup, C::Up, "scroll up"),
    b(DOWN, X::Popup, C::Down, "scroll down"),
    b(
        &[Key::plain(KeyCode::PageUp)],
        X::Popup,
        C::PageUp,
        "a page up",
    ),
    b(
        &[Key::plain(KeyCode::PageDown)],
        X::Popup,
        C::PageDown,
        "a page down",
    ),
    b(
        &[Key::plain(KeyCode::Home)],
        X::Popup,
        C::First,
        "to the top",
    ),
    b(&[Key::plain(KeyCode::End)], X::Popup, C::Last, "to the end"),
    b(
        &[
            Key::plain(KeyCode::Esc),
            Key::plain(KeyCode::Enter),
            Key::ch('?'),
        ],
        X::Popup,
        C::Back,
        "close",
    ),
    b(UP, X::Event, C::Up, "previous choice"),
    b(DOWN, X::Event, C::Down, "next choice"),
    b(
        ENTER,
        X::Event,
        C::Confirm,
        "answer with the selected choice",
    ),
    b(
        ESC,
        X::Event,
        C::Back,
        "decide later (unanswered, an event takes its first choice)",
    ),
    b(ENTER, X::Prompt, C::Confirm, "save under the typed name"),
    b(ESC, X::Prompt, C::Back, "cancel saving"),
    b(ENTER, X::PricePrompt, C::Confirm, "set the typed price"),
    b(ESC, X::PricePrompt, C::Back, "cancel"),
    // Menu and new game.
    b(UP, X::Menu, C::Up, "previous entry"),
    b(DOWN, X::Menu, C::Down, "next entry"),
    b(ENTER, X::Menu, C::Confirm, "choose"),
    b(
        &[Key::ch('q'), Key::plain(KeyCode::Esc)],
        X::Menu,
        C::Quit,
        "quit",
    ),
    b(
        &[Key::plain(KeyCode::Up)],
        X::NewGame,
        C::Up,
        "previous field",
    ),
    b(
        &[Key::plain(KeyCode::Down), Key::plain(KeyCode::Tab)],
        X::NewGame,
        C::Down,
        "next field",
    ),
    b(
        &[Key::plain(KeyCode::Left)],
        X::NewGame,
        C::Left,
        "previous choice",
    ),
    b(
        &[Key::plain(KeyCode::Right)],
        X::NewGame,
        C::Right,
        "next choice",
    ),
    b(
        ENTER,
        X::NewGame,
        C::Confirm,
        "start the game (defaults are fine)",
    ),
    b(ESC, X::NewGame, C::Back, "back to the menu"),
    b(UP, X::Load, C::Up, "previous save"),
    b(DOWN, X::Load, C::Down, "next save"),
    b(ENTER, X::Load, C::Confirm, "load the selected save"),
    b(
        &[Key::ch('m')],
        X::Load,
        C::MoveSaves,
        "move the saves found in ./saves into the saves directory",
    ),
    b(
        &[Key::ch('d'), Key::plain(KeyCode::Delete)],
        X::Load,
        C::Delete,
        "delete the selected save (asks first)",
    ),
    b(
        &[Key::plain(KeyCode::Esc), Key::ch('q')],
        X::Load,
        C::Back,
        "back to the menu",
    ),
    // Anywhere in a game.
    b(&[Key::ch('?')], X::Game, C::Help, "help (this screen)"),
    b(
        &[Key::plain(KeyCode::Tab)],
        X::Game,
        C::NextTab,
        "next screen",
    ),
    b(
        &[Key::plain(KeyCode::BackTab)],
        X::Game,
        C::PrevTab,
        "previous screen",
    ),
    b(
        &[
            Key::ch('1'),
            Key::ch('2'),
            Key::ch('3'),
            Key::ch('4'),
            Key::ch('5'),
            Key::ch('6'),
            Key::ch('7'),
            Key::ch('8'),
            Key::ch('9'),
        ],
        X::Game,
        C::GoTab(0),
        "go to screen 1–9",
    ),
    b(
        &[Key::ch('n')],
        X::Game,
        C::EndQuarter,
        "end the quarter (runs the queued actions)",
    ),
    b(&[Key::ch('b')], X::Game, C::GoBuild, "build a facility"),
    b(
        &[Key::ch('s')],
        X::Game,
        C::Save,
        "save the game under a name",
    ),
    b(
        &[Key::ch('p')],
        X::Game,
        C::GoPlan,
        "see and cancel queued actions",
    ),
    b(
        &[Key::ch('v')],
        X::Game,
        C::Events,
        "answer the events waiting",
    ),
    b(
        &[Key::ch('q'), Key::plain(KeyCode::Char('c')).ctrl()],
        X::Game,
        C::Quit,
        "quit (asks first if there is unsaved progress)",
    ),
    b(
        &[Key::plain(KeyCode::Char('z')).ctrl()],
        X::Game,
        C::Suspend,
        "suspend to the shell (fg brings the game back)",
    ),
    b(UP, X::Game, C::Up, "move up"),
    b(DOWN, X::Game, C::Down, "move down"),
    b(
        &[Key::plain(KeyCode::Home)],
        X::Game,
        C::First,
        "to the first row of a list",
    ),
    b(
        &[Key::plain(KeyCode::End)],
        X::Game,
        C::Last,
        "to the last row of a list",
    ),
    b(
        &[Key::plain(KeyCode::PageUp)],
        X::Game,
        C::PageUp,
        "a page up a list",
    ),
    b(
        &[Key::plain(KeyCode::PageDown)],
        X::Game,
        C::PageDown,
        "a page down a list",
    ),
    b(LEFT, X::Game, C::Left, "move left / less"),
    b(RIGHT, X::Game, C::Right, "move right / more"),
    b(ESC, X::Game, C::Back, "back to the dashboard"),
    // Screens.
    b(
        &[Key::plain(KeyCode::Enter), Key::ch('e')],
        X::Dashboard,
        C::Explain,
        "explain the selected number",
    ),
    b(
        &[Key::ch('u')],
        X::Facilities,
        C::Upgrade,
        "upgrade (automation / redundancy)",
    ),
    b(
        &[Key::ch('o')],
        X::Facilities,
        C::ToggleOpen,
        "open to / close to outsiders",
    ),
    b(
        &[Key::ch('+'), Key::ch('=')],
        X::Facilities,
        C::ReserveMore,
        "reserve 10% more for own use",
    ),
    b(
        &[Key::ch('-')],
        X::Facilities,
        C::ReserveLess,
        "reserve 10% less for own use",
    ),
    b(
        &[Key::ch(']')],
        X::Facilities,
        C::PriceUp,
        "cloud price +1¢ per CU-hour",
    ),
    b(
        &[Key::ch('[')],
        X::Facilities,
        C::PriceDown,
        "cloud price −1¢ per CU-hour",
    ),
    b(
        &[Key::ch('m')],
        X::Facilities,
        C::Mothball,
        "mothball / reactivate",
    ),
    b(&[Key::ch('x')], X::Facilities, C::Sell, "sell (at a loss)"),
    b(
        &[Key::ch(' ')],
        X::Facilities,
        C::Mark,
        "mark or unmark and move down: changes apply to every marked facility",
    ),
    b(
        &[Key::ch('a')],
        X::Facilities,
        C::MarkAll,
        "mark every facility shown (again: unmark all)",
    ),
    b(
        &[Key::ch('r')],
        X::Facilities,
        C::Sort,
        "order by number, region (grouped), type, load, outsiders",
    ),
    b(
        &[Key::ch('f')],
        X::Facilities,
        C::Filter,
        "show all, warehouses, data centres, open, closed, not operating",
    ),
    b(
        &[Key::ch('t')],
        X::Facilities,
        C::TypePrice,
        "type a cloud price in cents",
    ),
    b(
        &[Key::ch('d')],
        X::Facilities,
        C::MakeDefault,
        "new facilities of this kind start with these settings",
    ),
    b(
        &[Key::plain(KeyCode::Enter), Key::ch('e')],
        X::Facilities,
        C::Explain,
        "explain load and outage risk",
    ),
    b(
        &[Key::ch('g')],
        X::Build,
        C::Suggest,
        "queue the planner's suggestion (for this type and region)",
    ),
    b(
        UP,
        X::Timeline,
        C::Up,
        "a later quarter (the newest is at the top)",
    ),
    b(DOWN, X::Timeline, C::Down, "an earlier quarter"),
    b(
        ENTER,
        X::Timeline,
        C::Confirm,
        "branch from the start of the selected quarter",
    ),
    b(UP, X::Report, C::Up, "scroll up"),
    b(DOWN, X::Report, C::Down, "scroll down"),
    b(ENTER, X::Build, C::Confirm, "queue the build"),
    b(
        ENTER,
        X::Finance,
        C::Confirm,
        "queue the selected financing or setting",
    ),
    b(
        &[Key::ch('L')],
        X::Finance,
        C::LedgerPage,
        "ledger: lines, regions, facilities",
    ),
    b(
        &[Key::ch('<'), Key::ch(',')],
        X::Finance,
        C::Earlier,
        "ledger: earlier years (facilities: scroll up)",
    ),
    b(
        &[Key::ch('>'), Key::ch('.')],
        X::Finance,
        C::Later,
        "ledger: later years (facilities: scroll down)",
    ),
    b(&[Key::ch('e')], X::Finance, C::Explain, "explain valuation"),
    b(
        &[Key::plain(KeyCode::Enter), Key::ch('e')],
        X::Market,
        C::Explain,
        "explain demand and share in the region",
    ),
    b(
        LEFT,
        X::Politics,
        C::Left,
        "bid price 5 points lower (on a tender)",
    ),
    b(
        RIGHT,
        X::Politics,
        C::Right,
        "bid price 5 points higher (on a tender)",
    ),
    b(
        ENTER,
        X::Politics,
        C::Confirm,
        "bid or explain (on a tender: queue a bid at the price shown; elsewhere: explain the number)",
    ),
    b(
        &[Key::ch('e')],
        X::Politics,
        C::Explain,
        "explain (visibility, an attitude, a lawsuit's chance)",
    ),
    b(
        &[Key::ch('x'), Key::plain(KeyCode::Delete)],
        X::Politics,
        C::Cancel,
        "withdraw the queued bid on the selected tender",
    ),
    b(
        &[
            Key::ch('x'),
            Key::plain(KeyCode::Delete),
            Key::plain(KeyCode::Enter),
        ],
        X::Plan,
        C::Cancel,
        "cancel the selected action",
    ),
    b(
        &[Key::ch('a')],
        X::Plan,
        C::AskBot,
        "ask a bot what it would queue in your place",
    ),
    b(UP, X::AskBot, C::Up, "previous action"),
    b(DOWN, X::AskBot, C::Down, "next action"),
    b(LEFT, X::AskBot, C::Left, "previous bot"),
    b(RIGHT, X::AskBot, C::Right, "next bot"),
    b(
        ENTER,
        X::AskBot,
        C::Confirm,
        "copy the action into your plan",
    ),
    b(ESC, X::AskBot, C::Back, "close"),
    b(ENTER, X::End, C::Confirm, "back to the main menu"),
    b(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::BackTab)],
        X::End,
        C::NextTab,
        "switch between the summary and the post-mortem against the bots",
    ),
    b(UP, X::End, C::Up, "previous moment (post-mortem)"),
    b(DOWN, X::End, C::Down, "next moment (post-mortem)"),
    b(
        &[Key::ch('b')],
        X::End,
        C::Branch,
        "branch from the selected moment's quarter (post-mortem)",
    ),
    b(&[Key::ch('q')], X::End, C::Quit, "quit"),
];

impl Key {
    const fn ctrl(self) -> Key {
        Key {
            code: self.code,
            mods: KeyModifiers::CONTROL,
        }
    }
}
