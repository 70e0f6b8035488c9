//! Fixtures shared by the UI tests: an app in a known state, key presses, rendering.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use flywheel::content::Content;
use flywheel::sim::{Money, NewGame};
use flywheel::ui::app::{App, Mode, Options, Overlay, Screen, Topic};
use flywheel::ui::screens;
use flywheel::ui::theme::ThemeKind;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The seed every fixture uses.
pub const SEED: u64 = 7;

/// An app at the main menu, without a saves directory.
pub fn menu_app() -> App {
    App::new(
        Content::embedded().unwrap(),
        Options {
            new_game: None,
            theme: ThemeKind::Dark,
            saves: None,
        },
    )
    .unwrap()
}

/// An app in a fresh game on the fixed seed.
pub fn new_game_app() -> App {
    App::new(
        Content::embedded().unwrap(),
        Options {
            new_game: Some(NewGame {
                seed: SEED,
                ..NewGame::default()
            }),
            theme: ThemeKind::Dark,
            saves: None,
        },
    )
    .unwrap()
}

/// Sends one key through the same path the terminal loop uses.
pub fn press(app: &mut App, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let a = app.on_event(&ev);
    app.update(a);
}

/// Sends characters as key presses.
pub fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Enough money to build freely, so screens have something to show whatever the balance.
pub fn fund(app: &mut App, thousands: i64) {
    if let Mode::Playing(g) = &mut app.mode {
        g.state.company.cash = Money::k(thousands);
        // The state changed behind the app's back, so its preview of the plan is stale.
        g.replan();
    }
}

/// A game some quarters in: a warehouse and a server room built, a few quarters played.
pub fn mid_game_app() -> App {
    let mut app = new_game_app();
    fund(&mut app, 40_000);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter); // small warehouse in the home region
    press(&mut app, KeyCode::Right); // type: data centre
    press(&mut app, KeyCode::Enter); // server room
    for _ in 0..5 {
        keys(&mut app, "n");
    }
    keys(&mut app, "2");
    press(&mut app, KeyCode::Char('o')); // open the warehouse to sellers (queued)
    app
}

/// Renders the app into a test terminal of the given size.
pub fn render(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| screens::draw(f, app)).unwrap();
    t
}

/// The screen as text, one line per row.
pub fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Every state worth drawing, by name: each screen, pop-up and mode.
pub fn all_states() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    out.push(("menu", menu_app()));
    let mut a = menu_app();
    press(&mut a, KeyCode::Enter);
    if let Mode::NewGame(f) = &mut a.mode {
        f.seed = SEED; // the form proposes a clock seed; pin it for stable pictures
    }
    out.push(("new_game", a));
    let mut a = menu_app();
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter);
    out.push(("high_scores", a));
    out.push(("start", new_game_app()));
    for (name, screen) in [
        ("dashboard", Screen::Dashboard),
        ("facilities", Screen::Facilities),
        ("build", Screen::Build),
        ("finance", Screen::Finance),
        ("market", Screen::Market),
        ("politics_early", Screen::Politics),
        ("report", Screen::Report),
        ("plan", Screen::Plan),
    ] {
        let mut a = mid_game_app();
        if let Mode::Playing(g) = &mut a.mode {
            g.screen = screen;
        }
        out.push((name, a));
    }
    out.push(("politics", politics_app()));
    for (name, topic) in [
        ("explain_visibility", Topic::Visibility),
        (
            "explain_attitude",
            Topic::Attitude(flywheel::content::deck::Stakeholder::Regulators),
        ),
        ("explain_lawsuit", Topic::Lawsuit(0)),
    ] {
        let mut a = politics_app();
        a.overlay = Some(Overlay::Explain(topic));
        out.push((name, a));
    }
    let mut a = mid_game_app();
    a.overlay = Some(Overlay::Help(0));
    out.push(("help", a));
    for (name, topic) in [
        ("explain_valuation", Topic::Valuation),
        ("explain_patience", Topic::Patience),
        ("explain_region", Topic::Region(flywheel::sim::RegionId(0))),
        ("explain_compute", Topic::Compute),
    ] {
        let mut a = mid_game_app();
        a.overlay = Some(Overlay::Explain(topic));
        out.push((name, a));
    }
    let mut a = mid_game_app();
    let id = match &a.mode {
        Mode::Playing(g) => g.state.facilities.last().map(|f| f.id),
        _ => None,
    };
    a.overlay = id.map(|id| Overlay::Explain(Topic::Facility(id)));
    out.push(("explain_facility", a));
    let mut a = mid_game_app();
    keys(&mut a, "q");
    out.push(("confirm_quit", a));
    out.push(("end", end_app()));
    let mut a = end_app();
    press(&mut a, KeyCode::Tab);
    a.wait_background();
    out.push(("end_postmortem", a));
    // A company some years in, as the opener bot plays it: the screens with a history to show.
    for (name, screen) in [
        ("later_dashboard", Screen::Dashboard),
        ("later_build_planner", Screen::Build),
        ("later_market_charts", Screen::Market),
        ("later_report", Screen::Report),
        ("later_timeline", Screen::Timeline),
    ] {
        out.push((name, bot_app(50, screen)));
    }
    // A plan with a build, a share sale and an event's answer, each with its consequence.
    let mut a = bot_app(50, Screen::Build);
    press(&mut a, KeyCode::Enter);
    keys(&mut a, "4");
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter); // a bond
    keys(&mut a, "v");
    press(&mut a, KeyCode::Enter);
    keys(&mut a, "8");
    out.push(("later_plan", a));
    for (name, presses) in [
        ("ledger_lines", ""),
        ("ledger_regions", "L"),
        ("ledger_facilities", "LL"),
    ] {
        let mut a = bot_app(50, Screen::Finance);
        keys(&mut a, presses);
        out.push((name, a));
    }
    let mut a = bot_app(50, Screen::Facilities);
    keys(&mut a, "rf  ");
    out.push(("facilities_grouped_marked", a));
    let mut a = bot_app(50, Screen::Facilities);
    keys(&mut a, "ff"); // data centres
    keys(&mut a, "t12");
    out.push(("price_prompt", a));
    if let Some(a) = event_app() {
        out.push(("event", a));
    }
    out
}

/// A game played to its end on the short scenario.
pub fn end_app() -> App {
    let mut app = App::new(
        Content::embedded().unwrap(),
        Options {
            new_game: Some(NewGame {
                seed: SEED,
                scenario: "short".into(),
                ..NewGame::default()
            }),
            theme: ThemeKind::Dark,
            saves: None,
        },
    )
    .unwrap();
    for _ in 0..60 {
        keys(&mut app, "n");
        if app.game().is_some_and(|g| g.state.is_over()) {
            break;
        }
    }
    app
}

/// A game on the fixed seed played until an event card waits, with the card open.
pub fn event_app() -> Option<App> {
    let mut app = new_game_app();
    for _ in 0..60 {
        if let Some(g) = app.game()
            && !g.event_cards(&app.content).is_empty()
        {
            keys(&mut app, "v");
            return Some(app);
        }
        keys(&mut app, "n");
    }
    None
}

/// The row of the first open tender on the politics screen (after the six stakeholders and
/// visibility).
pub const FIRST_TENDER_ROW: usize = 7;

/// A game on the fixed seed played by a bot until a tender is open (and, on this seed, a
/// lawsuit runs), shown on the politics screen with the tender selected.
pub fn politics_app() -> App {
    use flywheel::bots::{self, Bot};
    let mut app = new_game_app();
    let Mode::Playing(g) = &app.mode else {
        panic!("a game is running");
    };
    let start = g.state.clone();
    // Which events come depends on how the game is played, so the first of these bots whose
    // game brings a tender (with a lawsuit running, if it comes) sets the scene.
    let found = [Bot::Frugal, Bot::Opener, Bot::Politician, Bot::CloudFirst]
        .into_iter()
        .find_map(|bot| {
            let mut state = start.clone();
            let mut first_tender = None;
            for _ in 0..100 {
                let p = &state.politics;
                if !p.tenders.is_empty() && !p.lawsuits.is_empty() {
                    return Some(state);
                }
                if !p.tenders.is_empty() && first_tender.is_none() {
                    first_tender = Some(state.clone());
                }
                bots::play(&app.content, &mut state, bot, 1);
            }
            first_tender
        });
    let state = found.expect("seed 7 brings a tender to one of the bots within 100 quarters");
    let mut g = flywheel::ui::app::Game::new(state);
    g.screen = Screen::Politics;
    g.rows[Screen::Politics.index()] = FIRST_TENDER_ROW;
    app.mode = Mode::Playing(Box::new(g));
    app.status = None;
    app
}

/// A game the opener bot has played for `quarters` on the fixed seed, shown on `screen`.
pub fn bot_app(quarters: u32, screen: Screen) -> App {
    use flywheel::bots::{self, Bot};
    let mut app = new_game_app();
    let Mode::Playing(g) = &app.mode else {
        panic!("a game is running");
    };
    let mut state = g.state.clone();
    // Played as the game plays a quarter, logged, so the timeline and branches have a log.
    let mut log = flywheel::save::ActionLog::starting(state.quarter);
    for _ in 0..quarters {
        if state.is_over() {
            break;
        }
        let played = state.quarter;
        let actions = bots::actions(&app.content, &state, Bot::Opener);
        flywheel::sim::advance(&app.content, &mut state, &actions);
        log.record(played, &actions, flywheel::sim::state_hash_hex(&state));
    }
    let mut g = flywheel::ui::app::Game::new(state);
    g.log = log;
    g.screen = screen;
    app.mode = Mode::Playing(Box::new(g));
    app.status = None;
    app
}

/// Runs the game's binary from the project's folder, as a player at a shell would.
pub fn flywheel(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_flywheel"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs")
}
