//! The app state machine driven by keys (and a click), as a player would.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{fund, keys, new_game_app, press};
use crossterm::event::KeyModifiers;
use crossterm::event::{Event, KeyCode, MouseButton, MouseEvent, MouseEventKind};
use flywheel::content::FacilityKind;
use flywheel::sim::{Action, FacilityStatus, Quarter};
use flywheel::ui::app::{Mode, Overlay, Screen, Tone, Topic};

fn game(app: &flywheel::ui::App) -> &flywheel::ui::app::Game {
    app.game().expect("a game is running")
}

#[test]
fn building_a_warehouse_queues_it_and_the_quarter_starts_construction() {
    let mut app = new_game_app();
    fund(&mut app, 30_000);
    keys(&mut app, "b");
    assert_eq!(game(&app).screen, Screen::Build);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(
        game(&app).queue.as_slice(),
        [Action::Build {
            kind: FacilityKind::Warehouse,
            ..
        }]
    ));
    assert!(app.status_text().unwrap_or("").starts_with("Queued"));
    keys(&mut app, "n");
    let g = game(&app);
    assert!(g.queue.is_empty());
    assert_eq!(g.screen, Screen::Report);
    assert_eq!(g.state.quarter, Quarter::new(1995, 4));
    assert_eq!(g.state.facilities.len(), 1);
    assert!(matches!(
        g.state.facilities[0].status,
        FacilityStatus::Building { .. }
    ));
    keys(&mut app, "n");
    keys(&mut app, "n");
    assert!(game(&app).state.facilities[0].is_operating());
}

#[test]
fn a_build_that_cannot_be_afforded_is_refused_with_the_reason() {
    let mut app = new_game_app();
    fund(&mut app, 100);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    assert!(game(&app).queue.is_empty());
    let msg = app.status_text().unwrap_or_default().to_string();
    assert!(
        msg.starts_with("Can't") && msg.contains("available"),
        "{msg}"
    );
    // A refusal reads as a problem on the status line; a queued action as news.
    assert_eq!(app.status.as_ref().map(|s| s.tone), Some(Tone::Problem));
    fund(&mut app, 100_000);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.status.as_ref().map(|s| s.tone), Some(Tone::Info));
}

#[test]
fn a_queued_action_can_be_cancelled_before_the_quarter_ends() {
    let mut app = new_game_app();
    fund(&mut app, 30_000);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    assert_eq!(game(&app).queue.len(), 1);
    keys(&mut app, "p");
    assert_eq!(game(&app).screen, Screen::Plan);
    keys(&mut app, "x");
    assert!(game(&app).queue.is_empty());
    assert!(app.status_text().unwrap_or("").starts_with("Cancelled"));
    keys(&mut app, "n");
    assert!(
        game(&app).state.facilities.is_empty(),
        "the cancelled build never happened"
    );
}

#[test]
fn ending_the_quarter_advances_the_date_and_shows_the_report() {
    let mut app = new_game_app();
    assert_eq!(game(&app).state.quarter.to_string(), "1995 Q3");
    keys(&mut app, "n");
    let g = game(&app);
    assert_eq!(g.state.quarter.to_string(), "1995 Q4");
    assert_eq!(g.screen, Screen::Report);
    assert!(g.state.last_report.is_some());
    let t = common::render(&mut app, 80, 24);
    assert!(common::text(&t).contains("Quarterly report 1995 Q3"));
}

#[test]
fn quitting_a_game_asks_first_and_n_keeps_playing() {
    let mut app = new_game_app();
    keys(&mut app, "q");
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    assert!(!app.quit);
    keys(&mut app, "n");
    assert_eq!(app.overlay, None);
    assert!(!app.quit);
    assert_eq!(
        game(&app).state.quarter.to_string(),
        "1995 Q3",
        "n answered, not ended"
    );
    keys(&mut app, "qy");
    assert!(app.quit);
}

#[test]
fn quitting_from_the_menu_needs_no_confirmation() {
    let mut app = common::menu_app();
    keys(&mut app, "q");
    assert!(app.quit);
    assert_eq!(app.overlay, None);
}

#[test]
fn the_new_game_form_takes_a_name_and_starts_on_enter() {
    let mut app = common::menu_app();
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::NewGame(_)));
    keys(&mut app, "Acme qn");
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Enter);
    let g = game(&app);
    assert_eq!(g.state.company.name, "Acme q");
    assert_eq!(g.state.scenario, "standard");
    assert_eq!(g.state.difficulty, "normal");
}

#[test]
fn help_and_explanations_open_and_close() {
    let mut app = new_game_app();
    keys(&mut app, "?");
    assert_eq!(app.overlay, Some(Overlay::Help(0)));
    let t = common::render(&mut app, 100, 40);
    assert!(common::text(&t).contains("end the quarter"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Some(Overlay::Explain(Topic::Valuation)));
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "j");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Some(Overlay::Explain(Topic::Patience)));
}

#[test]
fn tabs_cycle_and_vim_keys_move() {
    let mut app = new_game_app();
    press(&mut app, KeyCode::Tab);
    assert_eq!(game(&app).screen, Screen::Facilities);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(game(&app).screen, Screen::Timeline);
    keys(&mut app, "5j");
    assert_eq!(game(&app).screen, Screen::Market);
    assert_eq!(game(&app).row(), 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(game(&app).screen, Screen::Dashboard);
}

#[test]
fn settings_replace_each_other_instead_of_piling_up() {
    let mut app = common::mid_game_app(); // has queued "open #1"
    let before = game(&app).queue.len();
    keys(&mut app, "+++");
    let q = &game(&app).queue;
    assert_eq!(q.len(), before + 1);
    assert!(matches!(
        q.last(),
        Some(Action::SetReservation { pct: 100, .. })
    ));
}

#[test]
fn clicking_a_tab_switches_screens() {
    let mut app = new_game_app();
    common::render(&mut app, 100, 30);
    let tab = app
        .hits
        .iter()
        .find(|h| h.action == flywheel::ui::UiAction::Goto(Screen::Finance))
        .map(|h| h.area)
        .expect("the finance tab is clickable");
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: tab.x + 1,
        row: tab.y,
        modifiers: KeyModifiers::NONE,
    });
    let a = app.on_event(&click);
    assert!(app.update(a));
    assert_eq!(game(&app).screen, Screen::Finance);
    // Moving the mouse changes nothing and asks for no redraw.
    let moved = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Moved,
        column: 3,
        row: 3,
        modifiers: KeyModifiers::NONE,
    });
    let a = app.on_event(&moved);
    assert!(!app.update(a));
}

#[test]
fn the_end_screen_records_the_score_in_the_table() {
    let app = common::end_app();
    let g = game(&app);
    assert!(g.state.is_over());
    assert_eq!(g.recorded, Some(0));
    assert_eq!(app.scores.entries.len(), 1);
    assert_eq!(app.scores.entries[0].score, g.state.score());
}

#[test]
fn the_largest_funding_round_on_offer_is_accepted() {
    let mut app = new_game_app();
    keys(&mut app, "4");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(game(&app).queue.as_slice(), [Action::RaiseEquity(_)]),
        "{:?}",
        app.status
    );
    let cash = game(&app).state.company.cash;
    keys(&mut app, "n");
    assert!(game(&app).state.company.cash > cash);
    assert!(game(&app).state.company.founder_stake() < 0.8);
}

#[test]
fn an_event_card_is_answered_with_a_key_and_leaves_the_waiting_list() {
    let Some(mut app) = common::event_app() else {
        panic!("seed 7 should bring an event within 60 quarters");
    };
    assert!(matches!(app.overlay, Some(Overlay::Event(0))));
    let waiting = game(&app).event_cards(&app.content).len();
    press(&mut app, KeyCode::Enter);
    let g = game(&app);
    assert!(
        matches!(g.queue.last(), Some(Action::AnswerEvent { .. })),
        "{:?}",
        app.status
    );
    assert_eq!(g.event_cards(&app.content).len(), waiting - 1);
}

#[test]
fn a_tender_is_bid_for_on_the_politics_screen_then_withdrawn() {
    let mut app = common::politics_app();
    // Reach the politics tab from the dashboard with Tab, as a player would.
    keys(&mut app, "1");
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(game(&app).screen, Screen::Politics);
    let tender = game(&app).state.politics.tenders[0].id.clone();
    // Walk down to the tender: six stakeholders and visibility come first.
    while game(&app).row() < common::FIRST_TENDER_ROW {
        keys(&mut app, "j");
    }
    let t = common::render(&mut app, 80, 24);
    let screen = common::text(&t);
    assert!(screen.contains("Bid ◂ 90% ▸"), "{screen}");
    assert!(screen.contains("Enter queues this bid"), "{screen}");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        game(&app).queue,
        vec![Action::Bid {
            tender: tender.clone(),
            price_pct: 95
        }],
        "{:?}",
        app.status
    );
    assert!(app.status_text().unwrap_or("").starts_with("Queued"));
    let t = common::render(&mut app, 160, 50);
    assert!(common::text(&t).contains("your bid: 95% (queued)"));
    // A second bid on the same tender replaces the first.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        game(&app).queue,
        vec![Action::Bid {
            tender,
            price_pct: 85
        }]
    );
    keys(&mut app, "x");
    assert!(game(&app).queue.is_empty());
    assert!(app.status_text().unwrap_or("").starts_with("Cancelled"));
}

#[test]
fn politics_numbers_open_their_explanations() {
    let mut app = common::politics_app();
    keys(&mut app, "k");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Some(Overlay::Explain(Topic::Visibility)));
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "k");
    keys(&mut app, "e");
    assert_eq!(
        app.overlay,
        Some(Overlay::Explain(Topic::Attitude(
            flywheel::content::deck::Stakeholder::LocalGovernments
        )))
    );
    press(&mut app, KeyCode::Esc);
    if !game(&app).state.politics.lawsuits.is_empty() {
        keys(&mut app, "jjjjjjjjjjj");
        press(&mut app, KeyCode::Enter);
        assert!(matches!(
            app.overlay,
            Some(Overlay::Explain(Topic::Lawsuit(_)))
        ));
    }
}

#[test]
fn projects_and_purchases_are_chosen_with_arrows_and_queued_on_the_finance_screen() {
    use flywheel::bots::{self, Bot};
    let mut app = new_game_app();
    let content = app.content.clone();
    if let Mode::Playing(g) = &mut app.mode {
        bots::play(&content, &mut g.state, Bot::Retail, 60);
        g.state.company.projects.clear();
        g.state.company.deals.clear();
        g.replan();
    }
    fund(&mut app, 100_000_000);
    keys(&mut app, "4");
    let project_row = flywheel::ui::app::FinanceRow::ALL
        .iter()
        .position(|r| *r == flywheel::ui::app::FinanceRow::Project)
        .unwrap();
    for _ in 0..project_row {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let q = &game(&app).queue;
    let first = &content.projects.projects[0].id;
    let second = &content.projects.projects[1].id;
    assert!(
        matches!(q.as_slice(), [Action::StartProject(a), Action::StartProject(b), Action::Acquire { .. }] if a == first && b == second),
        "queued: {q:?}"
    );
    keys(&mut app, "n");
    let s = &game(&app).state;
    assert_eq!(s.company.projects.len(), 2, "both projects started");
    assert_eq!(
        s.company.deals.len(),
        1,
        "the purchase is with the regulators"
    );
}

#[test]
fn the_help_text_names_the_steps_the_keys_really_take() {
    use flywheel::ui::keys::{BINDINGS, Cmd};
    use flywheel::ui::screens::facilities::input::RESERVATION_STEP;
    use flywheel::ui::screens::politics::state::BID_STEP;
    let help = |cmd: Cmd| {
        BINDINGS
            .iter()
            .find(|b| b.cmd == cmd)
            .map_or("", |b| b.help)
    };
    for cmd in [Cmd::ReserveMore, Cmd::ReserveLess] {
        assert!(
            help(cmd).contains(&format!("{RESERVATION_STEP}%")),
            "{}",
            help(cmd)
        );
    }
    assert!(
        BINDINGS
            .iter()
            .any(|b| b.help.contains(&format!("bid price {BID_STEP} points"))),
        "the bid keys' help names the step"
    );
}

#[test]
fn help_scrolls_by_page_and_to_either_end_and_stops_at_its_last_line() {
    let mut app = new_game_app();
    keys(&mut app, "?");
    let shown = |app: &mut flywheel::ui::App| common::text(&common::render(app, 80, 24));
    let first = shown(&mut app);
    assert!(first.contains("Goal"), "{first}");
    press(&mut app, KeyCode::End);
    let end = shown(&mut app);
    assert!(app.status.is_none(), "End is a help key: {:?}", app.status);
    let Some(Overlay::Help(at_end)) = app.overlay else {
        panic!("help closed: {:?}", app.overlay);
    };
    // The last binding of the last context listed is on screen, with no blank page after it.
    let last = flywheel::ui::screens::help::lines(&app)
        .last()
        .map(|l| l.to_string())
        .expect("help has lines");
    assert!(end.contains(last.trim()), "{last:?} not in:\n{end}");
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(
        app.overlay,
        Some(Overlay::Help(at_end)),
        "no scrolling past the end"
    );
    press(&mut app, KeyCode::Up);
    assert_eq!(
        app.overlay,
        Some(Overlay::Help(at_end - 1)),
        "one up from the end"
    );
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.overlay, Some(Overlay::Help(at_end - 16)));
    press(&mut app, KeyCode::Home);
    assert_eq!(app.overlay, Some(Overlay::Help(0)));
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.overlay, Some(Overlay::Help(15)));
    assert!(shown(&mut app).contains("Help"));
}
