//! Every piece of text the terminal UI shows, in one place, so wording stays consistent and
//! can be reviewed (or translated) without reading layout code. The busiest screens keep their
//! text in a file of their own, reached as `strings::finance::…` and so on, so no file grows
//! past reading length.

pub mod build;
pub mod consequence;
pub mod explain;
pub mod facilities;
pub mod finance;
pub mod politics;
pub mod postmortem;
pub mod saves;
pub mod timeline;

use super::keys::{Cmd as C, Context as X, Hint, hint};
use crate::basic::text::{capitalised, count};
use crate::sim::{Money, Quarter};

/// Title of the dashboard's map.
pub const MAP_TITLE: &str = "Regions";
/// Under the map: what the counts mean.
pub const MAP_LEGEND: &str =
    "W warehouses, D data centres working; +N being built, damaged or mothballed";
/// The same where the panel is narrow: the region lines then drop "of shoppers".
pub const MAP_LEGEND_SHORT: &str = "W/D working, +N not; share, load";
/// Title of the dashboard's history before any quarter.
pub const DASH_HISTORY: &str = "History";
/// Instead of the dashboard's charts before any quarter.
pub fn charts_later() -> String {
    format!(
        "Charts fill in as quarters pass ({} ends the quarter).",
        hint(X::Game, C::EndQuarter)
    )
}
/// Chart of revenue by business line.
pub const CHART_REVENUE: &str = "Revenue by business line, a quarter (log scale)";
/// Chart of shares of online spending.
pub const CHART_SHARES: &str = "Share of the world's online spending";
/// Chart of valuation, cash and debt.
pub const CHART_MONEY: &str = "Valuation, cash and debt (log scale)";
/// Chart of cloud prices.
pub const CHART_CLOUD_PRICES: &str = "Cloud prices, cents per CU-hour";
/// Valuation, in a chart's legend.
pub const VALUATION: &str = "Valuation";
/// You, in a chart's legend.
pub const YOU: &str = "You";
/// The cloud market's average price, in a chart's legend.
pub const MARKET_AVERAGE: &str = "Market average";
/// The game's name in titles.
pub const TITLE: &str = "Flywheel";
/// Subtitle on the main menu.
pub const TAGLINE: &str = "From a garage store to the infrastructure of the internet";
/// Shown instead of the UI when the terminal is too small.
pub const ENLARGE: &str = "Please enlarge to 80×24";
/// Main-menu entries.
pub const MENU_NEW: &str = "New game";
/// Main-menu entry for continuing the autosave (arrives with saves).
pub const MENU_CONTINUE: &str = "Continue";
/// Main-menu entry for loading a save (arrives with saves).
pub const MENU_LOAD: &str = "Load game";
/// Main-menu entry for the high-score table.
pub const MENU_SCORES: &str = "High scores";
/// Main-menu entry to leave.
pub const MENU_QUIT: &str = "Quit";
/// Continue or load with nothing to load.
pub fn no_saves() -> String {
    format!(
        "No saved games yet: press {} in a game to save one.",
        hint(X::Game, C::Save)
    )
}
/// A bot's suggestion copied again: the plan holds it as often as the bot makes it.
pub fn already_queued(what: &str) -> String {
    format!("Already in the plan: {what}")
}
/// After a load.
pub fn loaded() -> String {
    format!(
        "Game loaded. {}",
        super::keys::hints(X::Game, &[(&[C::Help], "help")])
    )
}
/// Before a warning about a loaded save.
pub const WARNING: &str = "Loaded with a warning:";
/// After a delete, followed by its name.
pub const DELETED: &str = "Deleted";
/// Title of the save prompt.
pub const SAVE_TITLE: &str = "Save game";
/// Hint under the save prompt.
pub const SAVE_HINT: &[Hint] = &[
    (&[], "Type a name"),
    (&[C::Confirm], "saves"),
    (&[C::Back], "cancels"),
];
/// Title of the load screen.
pub const LOAD_TITLE: &str = "Load game (newest first)";
/// Where the listed saves are.
pub fn saves_in(dir: &str) -> String {
    format!("Saves, autosaves and high scores are kept in {dir}")
}
/// Over the saves found in `./saves`.
pub fn old_saves_heading() -> String {
    format!(
        "In ./saves, from an earlier version ({} moves them here):",
        hint(X::Load, C::MoveSaves)
    )
}
/// On opening a list with saves in `./saves`.
pub fn old_saves_found(n: usize, dir: &str) -> String {
    format!(
        "{n} saved game{} found in ./saves from an earlier version: {} moves {} to {dir}.",
        if n == 1 { "" } else { "s" },
        hint(X::Load, C::MoveSaves),
        if n == 1 { "it" } else { "them" }
    )
}
/// After moving them.
pub fn old_saves_moved(n: usize, dir: &str) -> String {
    format!(
        "Moved {n} saved game{} from ./saves to {dir}.",
        if n == 1 { "" } else { "s" }
    )
}
/// Deleting a save still in `./saves`.
pub fn move_old_first() -> String {
    format!(
        "That save is in ./saves: move it to the saves directory first ({}), then delete it there.",
        hint(X::Load, C::MoveSaves)
    )
}
/// Hint under the load screen when there are saves in `./saves`.
pub const LOAD_OLD_HINT: &[Hint] = &[(&[C::MoveSaves], "move ./saves here")];
/// Hint under the load screen.
pub const LOAD_HINT: &[Hint] = &[
    (&[C::Up, C::Down], "choose"),
    (&[C::Confirm], "load"),
    (&[C::Delete], "delete"),
    (&[C::Back], "back"),
];
/// Marks a save that cannot be loaded, followed by the reason.
pub const BROKEN: &str = "cannot load:";
/// Delete confirmation, followed by the save's name.
pub const CONFIRM_DELETE: &str = "Delete this save for good?";
/// New-game form title.
pub const NEW_GAME: &str = "New game";
/// New-game form hint.
pub const NEW_GAME_HINT: &[Hint] = &[
    (&[C::Up, C::Down], "choose a field"),
    (&[C::Left, C::Right], "change it"),
    (&[], "type the company name"),
    (&[C::Confirm], "starts"),
];
/// Labels in the new-game form.
pub const FIELD_COMPANY: &str = "Company name";
/// Scenario label.
pub const FIELD_SCENARIO: &str = "Scenario";
/// Difficulty label.
pub const FIELD_DIFFICULTY: &str = "Difficulty";
/// Seed label.
pub const FIELD_SEED: &str = "Seed";
/// Start button.
pub const START: &str = "  [ Start ]";
/// Quit confirmation.
pub const CONFIRM_QUIT: &str = "Quit? This game is not saved and its progress will be lost.";
/// Help title, before its hints.
pub const HELP: &str = "Help";
/// Keys in the help pop-up, which scrolls.
pub const POPUP_HINT: &[Hint] = &[(&[C::Up, C::Down], "scroll"), (&[C::Back], "closes")];
/// Keys in a pop-up that fits its text.
pub const CLOSE_HINT: &[Hint] = &[(&[C::Back], "closes")];
/// Tab names, in tab order.
pub const TABS: [&str; 9] = [
    "Dashboard",
    "Facilities",
    "Build",
    "Finance",
    "Market",
    "Politics",
    "Report",
    "Plan",
    "Timeline",
];
/// Shorter tab names for a tab bar that would not fit otherwise.
pub const TABS_SHORT: [&str; 9] = [
    "Dash", "Facil", "Build", "Finance", "Market", "Politics", "Report", "Plan", "Time",
];
/// The shortest tab names, for the narrowest terminals.
pub const TABS_SHORTEST: [&str; 9] = [
    "Dash", "Fac", "Bld", "Fin", "Mkt", "Pol", "Rep", "Plan", "Time",
];
/// Business lines, in the order of the books' revenue lines.
pub const LINES: [&str; 4] = ["Retail", "Sellers", "Cloud", "Contracts"];
/// Empty queue.
pub fn queue_empty() -> String {
    format!(
        "Nothing queued. Actions you take this quarter appear here; each can be cancelled until you end the quarter ({}).",
        hint(X::Game, C::EndQuarter)
    )
}
/// The status line after an action is queued: what it is, what matters most about it, and how
/// to review or cancel it.
pub fn queued(what: &str, note: Option<&str>) -> String {
    let note = note.map(|n| format!(" — {n}")).unwrap_or_default();
    format!(
        "Queued: {what}{note} ({} reviews; cancel any time before {})",
        hint(X::Game, C::GoPlan),
        hint(X::Game, C::EndQuarter)
    )
}
/// The status line after several actions are queued at once.
pub fn queued_many(n: usize) -> String {
    format!(
        "Queued {n} changes ({} reviews; cancel any time before {})",
        hint(X::Game, C::GoPlan),
        hint(X::Game, C::EndQuarter)
    )
}
/// Some of several actions could not be queued.
pub fn queued_some(queued: usize, of: usize, first_refusal: &str) -> String {
    format!("Queued {queued} of {of} changes. {first_refusal}")
}
/// A queued action's cost in the plan, with what matters most about it.
pub fn plan_cost(
    outcome: &Result<crate::sim::Money, crate::sim::Rejection>,
    note: Option<&str>,
) -> String {
    let cost = match outcome {
        Ok(m) if m.0 > 0 => format!("costs {m}"),
        Ok(m) if m.0 < 0 => format!("brings {}", -*m),
        Ok(_) => "nothing now".to_string(),
        Err(why) => return format!("✗ would be refused: {why}"),
    };
    match note {
        Some(n) => format!("{cost} · {n}"),
        None => cost,
    }
}
/// The plan's title: its keys, and which lines show when the list is longer than the screen.
pub fn plan_title(hints: &str, shown: Option<(usize, usize, usize)>) -> String {
    match shown {
        Some((from, to, of)) => {
            format!("Plan for this quarter · lines {from}–{to} of {of} ({hints})")
        }
        None => format!("Plan for this quarter ({hints})"),
    }
}

/// The plan's totals: what the queued actions spend and bring now, and what is left.
pub fn plan_totals(
    spent: crate::sim::Money,
    brought: crate::sim::Money,
    spendable: crate::sim::Money,
) -> String {
    format!("Now: spends {spent}, brings {brought} · still spendable {spendable}")
}
/// Under the plan.
pub fn plan_footer() -> String {
    format!(
        "{} ends the quarter and carries these out in order; spends per quarter start with it.",
        hint(X::Game, C::EndQuarter)
    )
}
/// Title of the report before any quarter.
pub const REPORT_TITLE: &str = "Quarterly report";
/// Title of the report of a quarter.
pub fn report_title(quarter: &str) -> String {
    format!("Quarterly report {quarter}")
}
/// The report's phases.
pub const REPORT_PLAN: &str = "1 Plan: your actions and answers";
/// The report's second phase.
pub const REPORT_RESOLVE: &str = "2 Resolve: orders, servers and money";
/// The report's third phase.
pub const REPORT_WORLD: &str = "3 World: rivals, markets and politics";
/// The report's fourth phase.
pub const REPORT_EVENTS: &str = "4 Events: what arrived for you to decide";
/// Title of the report's right column.
pub const REPORT_NOTES: &str = "The world";
/// A plan with nothing in it.
pub const REPORT_NOTHING: &str = "  nothing queued, nothing answered";
/// A world where nothing moved.
pub const REPORT_QUIET_WORLD: &str =
    "  · nothing moved: rivals held their ground, no vote, no award";
/// A report's title when it does not fit: which way there is more, and the keys.
pub fn report_scroll_title(title: &str, more_below: bool, more_above: bool) -> String {
    let arrows = match (more_above, more_below) {
        (true, true) => "↑↓",
        (false, true) => "↓",
        _ => "↑",
    };
    format!(
        "{title} · {arrows} more ({})",
        crate::ui::keys::hints(X::Report, &[(&[C::Up, C::Down], "scroll")])
    )
}
/// Where the cloud's customers are heading, after "served X of Y CU": more want in than there
/// is room for, or the price and standing are driving some away.
pub fn cloud_drift(customers: u64, would_rent: u64, room: u64) -> String {
    let c = customers as f64;
    if would_rent as f64 > c * 1.01 {
        let more = would_rent - customers;
        // Customers come a share of the way each quarter; only missing room stops them.
        if room >= would_rent {
            format!(
                " ({} more want in; they sign up over the coming quarters)",
                count(more)
            )
        } else {
            format!(
                " ({} more want in; open halls have room for {} in all)",
                count(more),
                count(room)
            )
        }
    } else if (would_rent as f64) < c * 0.99 {
        format!(
            " (at your price and standing they drift toward {})",
            count(would_rent)
        )
    } else {
        String::new()
    }
}
/// The report's cloud line before any customer.
pub const REPORT_NO_CLOUD: &str =
    "  Cloud: no customers; they rent from data centres opened to them";
/// No events dealt.
pub const REPORT_NO_EVENTS: &str = "  · none this quarter";
/// The sellers' line of the report; a handful of sellers (under one, on average) reads as such.
pub fn report_sellers(sellers: u64, served: u64, wanted: u64) -> String {
    if sellers == 0 && wanted == 0 {
        return "  Sellers: none yet; they come to warehouses opened to them".into();
    }
    let who = if sellers == 0 && wanted > 0 {
        "a handful".to_string()
    } else {
        count(sellers)
    };
    format!(
        "  Sellers {who}: {} of their {} orders shipped",
        count(served),
        count(wanted)
    )
}
/// A game key pressed while a pop-up is open.
pub fn close_popup_first(contexts: &[X]) -> String {
    let close = contexts
        .first()
        .map(|c| match c {
            X::Event => hint(*c, C::Back),
            X::Confirm => hint(*c, C::No),
            _ => hint(*c, C::Back),
        })
        .unwrap_or_else(|| "Esc".into());
    format!("Close this first ({close}); the key works once it is closed.")
}
/// No report yet.
pub fn no_report() -> String {
    format!(
        "No quarter played yet. Queue actions, then press {} to end the quarter.",
        hint(X::Game, C::EndQuarter)
    )
}
/// No facilities yet.
pub fn no_facilities() -> String {
    format!(
        "No facilities yet: every order is drop-shipped by suppliers (slow and unreliable). Build a warehouse ({} to Build, or {}).",
        hint(X::Game, C::NextTab),
        hint(X::Game, C::GoBuild)
    )
}
/// Shown when a game starts.
pub fn welcome() -> String {
    format!(
        "Welcome! Suppliers ship your orders for now. {} build · {} money · {}",
        hint(X::Game, C::GoBuild),
        hint(X::Game, C::GoTab(super::model::Screen::Finance as u8)),
        super::keys::hints(
            X::Game,
            &[(&[C::EndQuarter], "end quarter"), (&[C::Help], "help")]
        )
    )
}
/// Name of the founder's stake.
pub const STAKE: &str = "Stake";
/// Shown on the end screen.
pub const GAME_OVER: &str = "Game over";
/// What an outage costs, under a data centre's outage risk.
pub fn outage_cost(severity: f64) -> String {
    format!(
        "  An outage takes {} of the hall's capacity down for the quarter. With room to spare elsewhere it costs nothing at once; if own load goes unserved, sales are lost; and cloud customers trust you less after each one, so fewer sign up.",
        crate::basic::text::pct(severity)
    )
}
/// The bot list's title: who is asked.
pub fn ask_bot_title(id: &str) -> String {
    format!("Ask a bot: {id}")
}
/// The bot's line under the title.
pub fn ask_bot_about(id: &str, about: &str) -> String {
    format!("What {id} ({about}) would queue now, in your place:")
}
/// The bot list's keys.
pub const ASK_BOT_HINT: &[Hint] = &[
    (&[C::Left, C::Right], "bot"),
    (&[C::Up, C::Down], "action"),
    (&[C::Confirm], "copy"),
];
/// When the bot would do nothing this quarter.
pub const ASK_BOT_NOTHING: &str = "Nothing: this bot would let the quarter run as it stands.";
/// Under the bot's list.
pub const ASK_BOT_NOTE: &str = "The bot plans from the quarter as it stands, before your queue. Enter copies the selected action to the end of your plan, where it is checked like any other; your game is not touched until you end the quarter.";
/// What the bot would end the game with, playing on from here alone.
pub fn ask_bot_projection(
    bot: &str,
    projected: Option<&crate::ui::game::Projected>,
    now: crate::sim::Money,
) -> String {
    use crate::ui::game::Projected as P;
    match projected {
        Some(P::Score(s, Some(crate::sim::Outcome::Bankrupt), at)) => format!(
            "If {bot} played on from here, it would go bankrupt in {at}: final score {s} (your score now: {now})."
        ),
        Some(P::Score(s, Some(crate::sim::Outcome::Ousted), at)) => format!(
            "If {bot} played on from here, the board would oust it in {at}: final score {s} (your score now: {now})."
        ),
        Some(P::Score(s, _, _)) => format!(
            "If {bot} played on from here to the end: final score {s} (your score now: {now})."
        ),
        Some(P::Failed(why)) => format!("{bot} could not play on from here: {why}"),
        None | Some(P::Working) => {
            format!("Playing {bot} on from here to the end for its final score…")
        }
    }
}
/// A bot's action that would be refused after the player's queue.
pub fn ask_bot_refused(why: &str) -> String {
    format!("After your queued actions this would be refused: {why}")
}
/// The message on a branch just opened.
pub fn branched(save: &str, at: crate::sim::Quarter, branch: &str, named: bool) -> String {
    if named {
        format!(
            "Branched {save} at the start of {at}, saved as \"{branch}\"; the original is untouched."
        )
    } else {
        format!(
            "Branched at the start of {at}, saved as \"{branch}\"; the game you left is only in the autosaves."
        )
    }
}
/// After a high score replayed from its seed and log with every quarter matching.
pub const VERIFIED_MARK: &str = " ✓ replayed";
/// Title of the end screen's recap when it stands alone.
pub const RECAP_TITLE: &str = "The game in brief";
/// The end screen's recap: the last quarter in numbers.
pub fn recap_last(quarter: &str, revenue: Money, operating: Money, net: Money) -> String {
    format!("{quarter}: revenue {revenue}, operating profit {operating}, net income {net}.")
}
/// The end screen's recap: the platform's part of the profit, the game's headline.
pub fn recap_platform(share: &str) -> String {
    format!(
        "Over the last four quarters, sellers' services and the cloud earned {share} of your operating profit; the store earned the rest."
    )
}
/// The end screen's recap: when the flywheel turned, as far as it did.
pub fn recap_milestones(
    sellers: Option<Quarter>,
    cloud: Option<Quarter>,
    overtook: Option<Quarter>,
) -> String {
    let mut parts = Vec::new();
    parts.push(match sellers {
        Some(q) => format!("sellers first paid you in {q}"),
        None => "no outside seller ever used your warehouses".into(),
    });
    parts.push(match cloud {
        Some(q) => format!("the cloud earned first in {q}"),
        None => "the cloud never opened".into(),
    });
    parts.push(match overtook {
        Some(q) => format!("the platform out-earned the store from {q}"),
        None => "the store earned more than the platform to the end".into(),
    });
    format!("{}.", capitalised(&parts.join("; ")))
}
/// The end screen's recap: the share of the world's online spending, best and last.
pub fn recap_share(best: &str, when: Option<String>, last: &str) -> String {
    match when {
        Some(when) => format!(
            "Your share of the world's online spending peaked at {best} in {when}; it ended at {last}."
        ),
        None => format!("Your share of the world's online spending ended at its peak, {last}."),
    }
}

/// A title for a final score, from the thresholds in thousands of dollars.
pub fn rank_title(score_thousands: i64) -> &'static str {
    const RANKS: [(i64, &str); 6] = [
        (1_000, "Garage tinkerer"),
        (100_000, "Shopkeeper"),
        (1_000_000, "Mail-order mogul"),
        (10_000_000, "Retail baron"),
        (100_000_000, "Infrastructure titan"),
        (i64::MAX, "Flywheel legend"),
    ];
    RANKS
        .iter()
        .find(|(limit, _)| score_thousands < *limit)
        .map_or("Flywheel legend", |(_, t)| t)
}

/// What an outcome means, in words; `quarters_to_fail` is how many quarters in trouble end a
/// game.
pub fn outcome_text(outcome: crate::sim::Outcome, quarters_to_fail: u8) -> String {
    match outcome {
        crate::sim::Outcome::Completed => "You played to the scenario's last quarter.".into(),
        crate::sim::Outcome::Bankrupt => {
            format!("Bankrupt: {quarters_to_fail} quarters with negative cash and no credit left.")
        }
        crate::sim::Outcome::Ousted => {
            "Ousted: investor patience ran out and the board replaced you.".into()
        }
    }
}

// Key hints: what keys do on each screen. The keys come from the key table (`keys::hints`), so a
// hint always names the key that does it.

/// Keys in the main menu.
pub const MENU_HINT: &[Hint] = &[
    (&[C::Up, C::Down], "choose"),
    (&[C::Confirm], "select"),
    (&[C::Quit], "quit"),
];
/// Keys under the high-score table.
pub const SCORES_HINT: &[Hint] = &[(&[C::Confirm], "back to the menu")];
/// Keys on an event card.
pub const EVENT_HINT: &[Hint] = &[
    (&[C::Up, C::Down], "choose"),
    (&[C::Confirm], "answers (runs at the quarter's end)"),
    (&[C::Back], "decides later"),
];
/// Keys of the plan's table.
pub const PLAN_HINT: &[Hint] = &[(&[C::Cancel], "cancels the selected action")];
/// Keys on the end screen's summary.
pub const END_SUMMARY_HINT: &[Hint] = &[
    (&[C::NextTab], "post-mortem against the bots"),
    (&[C::Confirm], "main menu"),
    (&[C::Quit], "quit"),
];
/// Keys on the end screen's post-mortem.
pub const END_POSTMORTEM_HINT: &[Hint] = &[
    (&[C::NextTab], "summary"),
    (&[C::Up, C::Down], "moment"),
    (&[C::Branch], "branch from it"),
    (&[C::Confirm], "main menu"),
    (&[C::Quit], "quit"),
];
/// Keys on the timeline.
pub const TIMELINE_HINT: &[Hint] = &[(&[C::Up, C::Down], "quarter"), (&[C::Confirm], "branch")];
/// Keys of the price prompt.
pub const PRICE_HINT: &[Hint] = &[(&[C::Confirm], "sets it"), (&[C::Back], "cancels")];
/// Keys of the ledger.
pub const LEDGER_HINT: &[Hint] = &[
    (&[C::LedgerPage], "page"),
    (&[C::Earlier, C::Later], "years"),
];
/// The same on the facilities page, where `<` `>` scroll the list.
pub const LEDGER_FACILITY_HINT: &[Hint] = &[
    (&[C::LedgerPage], "page"),
    (&[C::Earlier, C::Later], "scroll"),
];
/// Keys of the build form.
pub const BUILD_HINT: &[Hint] = &[
    (&[C::Up, C::Down], "field"),
    (&[C::Left, C::Right], "change"),
    (&[C::Confirm], "queues"),
];
/// Keys of the finance form.
pub const FINANCE_HINT: &[Hint] = &[
    (&[C::Up, C::Down], "row"),
    (&[C::Left, C::Right], "amount"),
    (&[C::Confirm], "queues"),
];
/// Keys of lists whose rows explain themselves.
pub const EXPLAIN_HINT: &[Hint] = &[(&[C::Up, C::Down], ""), (&[C::Explain], "explains")];
/// The key that explains, where Enter both acts and explains.
pub const CONFIRM_EXPLAINS: &[Hint] = &[(&[C::Confirm], "explains")];
/// The keys that step an amount, written before the step.
pub const STEP_KEYS: &[Hint] = &[(&[C::Left, C::Right], "")];
/// Keys of the tenders table.
pub const TENDER_HINT: &[Hint] = &[(&[C::Left, C::Right], "price"), (&[C::Confirm], "bids")];
/// Keys in the quarterly report.
pub const REPORT_HINT: &[Hint] = &[
    (&[C::NextTab], "for other screens"),
    (&[C::EndQuarter], "ends the next quarter"),
];
