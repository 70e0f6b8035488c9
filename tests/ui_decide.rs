//! Deciding with the consequences in sight, and without busywork: previews before anything is
//! queued, typed prices, the facilities table's order and marks, defaults for new facilities.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{bot_app, fund, keys, new_game_app, press, render, text};
use crossterm::event::KeyCode;
use flywheel::content::FacilityKind;
use flywheel::sim::{Action, FacilityId, finance};
use flywheel::ui::app::{App, Game, Mode, Overlay, Screen};

fn game(app: &App) -> &Game {
    app.game().expect("a game is running")
}

fn game_mut(app: &mut App) -> &mut Game {
    match &mut app.mode {
        Mode::Playing(g) => g,
        _ => panic!("a game is running"),
    }
}

fn screen_text(app: &mut App) -> String {
    // Wide enough that no preview line is cut.
    text(&render(app, 200, 60)).replace('\n', " ")
}

#[test]
fn a_funding_round_shows_the_stake_before_and_after_and_the_score() {
    let mut app = new_game_app();
    keys(&mut app, "4");
    assert_eq!(game(&app).screen, Screen::Finance);
    let shown = screen_text(&mut app);
    // The first row is the funding round: the founder's 80% and what is left after.
    assert!(shown.contains("your stake 80% → "), "{shown}");
    assert!(shown.contains("your score at today's valuation"), "{shown}");
    // Queued, the plan says the same in a few words.
    press(&mut app, KeyCode::Enter);
    let status = app.status_text().unwrap_or_default().to_string();
    assert!(status.contains("stake 80% → "), "{status}");
}

#[test]
fn a_bond_shows_its_coupon_term_and_interest_before_it_is_issued() {
    let mut app = bot_app(60, Screen::Finance);
    let g = game_mut(&mut app);
    assert!(g.state.company.public, "the opener is listed by 2010");
    g.rows[Screen::Finance.index()] = 2; // the bond row
    let rate = finance::interest_rate(&app.content, &game(&app).state);
    let term = app.content.finance.debt.bond_term_quarters;
    let shown = screen_text(&mut app);
    assert!(
        shown.contains(&format!("at {rate:.1}% a year for {term} quarters")),
        "{shown}"
    );
    assert!(shown.contains("interest a quarter, repaid in"), "{shown}");
}

#[test]
fn an_upgrade_says_what_it_changes_before_it_is_queued() {
    let mut app = new_game_app();
    fund(&mut app, 30_000);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter); // a small warehouse
    for _ in 0..3 {
        keys(&mut app, "n");
    }
    keys(&mut app, "2");
    let shown = screen_text(&mut app);
    assert!(shown.contains("u upgrade: Costs "), "{shown}");
    assert!(
        shown.contains("automation: handling an order costs $"),
        "{shown}"
    );
    keys(&mut app, "u");
    assert!(matches!(game(&app).queue.as_slice(), [Action::Upgrade(_)]));
}

/// Selects the first data centre in the facilities table as shown, and gives its id.
fn select_first_data_centre(app: &mut App) -> FacilityId {
    let order = game(app).facility_view.order(&game(app).state);
    let row = order
        .iter()
        .position(|&i| game(app).state.facilities[i].kind == FacilityKind::DataCentre)
        .expect("the opener has data centres");
    game_mut(app).rows[Screen::Facilities.index()] = row;
    game(app).selected_facility().unwrap().id
}

#[test]
fn a_cloud_price_is_typed_as_a_number() {
    let mut app = bot_app(40, Screen::Facilities);
    let id = select_first_data_centre(&mut app);
    keys(&mut app, "t");
    assert!(matches!(app.overlay, Some(Overlay::Price(_))));
    keys(&mut app, "3x0"); // a stray letter is not a digit
    press(&mut app, KeyCode::Backspace);
    keys(&mut app, "05");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, None);
    assert_eq!(
        game(&app).queue,
        vec![Action::SetCloudPrice {
            facility: id,
            cents: 305
        }]
    );
}

#[test]
fn the_table_sorts_and_keeps_the_selected_facility() {
    let mut app = bot_app(40, Screen::Facilities);
    let id = select_first_data_centre(&mut app);
    keys(&mut app, "r"); // by region, grouped
    let g = game(&app);
    assert_eq!(g.selected_facility().unwrap().id, id);
    let regions: Vec<u8> = g
        .facility_view
        .order(&g.state)
        .iter()
        .map(|&i| g.state.facilities[i].region.0)
        .collect();
    assert!(regions.windows(2).all(|w| w[0] <= w[1]), "{regions:?}");
    let shown = screen_text(&mut app);
    assert!(shown.contains("by region"), "{shown}");
    assert!(
        shown.contains("facilities") && shown.contains("full"),
        "{shown}"
    );
    keys(&mut app, "f"); // warehouses only
    let g = game(&app);
    assert!(
        g.facility_view
            .order(&g.state)
            .iter()
            .all(|&i| g.state.facilities[i].kind == FacilityKind::Warehouse)
    );
}

#[test]
fn marked_facilities_change_together() {
    let mut app = bot_app(40, Screen::Facilities);
    keys(&mut app, "f"); // warehouses
    keys(&mut app, "  "); // mark the first two (a mark moves the selection on)
    assert_eq!(game(&app).facility_view.marked.len(), 2);
    keys(&mut app, "-");
    let queue = &game(&app).queue;
    assert_eq!(queue.len(), 2, "{queue:?}");
    assert!(
        queue
            .iter()
            .all(|a| matches!(a, Action::SetReservation { .. }))
    );
    assert!(
        app.status_text()
            .unwrap_or_default()
            .starts_with("Queued 2 changes")
    );
}

#[test]
fn a_change_to_marked_facilities_is_one_plan_line_and_cancels_as_one() {
    let mut app = bot_app(40, Screen::Facilities);
    // The same setting everywhere, so one step makes the same change everywhere.
    for f in &mut game_mut(&mut app).state.facilities {
        f.reservation_pct = 50;
    }
    keys(&mut app, "f"); // warehouses
    keys(&mut app, "a"); // mark all shown
    let marked = game(&app).facility_view.marked.len();
    assert!(marked > 2, "the opener has several warehouses by now");
    keys(&mut app, "-");
    assert_eq!(game(&app).queue.len(), marked);
    keys(&mut app, "8"); // the plan
    assert_eq!(game(&app).plan_lines(&app.content).len(), 1);
    let screen = text(&render(&mut app, 160, 50));
    assert!(
        screen.contains(&format!("of {marked} warehouses (#")),
        "{screen}"
    );
    keys(&mut app, "x");
    assert!(game(&app).queue.is_empty(), "{:?}", game(&app).queue);
}

#[test]
fn a_long_plan_scrolls_to_keep_the_selected_line_in_view() {
    let mut app = bot_app(40, Screen::Facilities);
    // Lines that do not join: each facility's setting differs from the next one's.
    let ids: Vec<_> = game(&app).state.facilities.iter().map(|f| f.id).collect();
    for (k, id) in ids.iter().enumerate() {
        game_mut(&mut app).queue.push(Action::SetReservation {
            facility: *id,
            pct: if k % 2 == 0 { 40 } else { 60 },
        });
    }
    game_mut(&mut app).replan();
    let lines = game(&app).plan_lines(&app.content).len();
    assert!(lines > 20, "enough lines to scroll at 80x24: {lines}");
    keys(&mut app, "8");
    for _ in 1..lines {
        press(&mut app, KeyCode::Down);
    }
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains(&format!("▸ {lines}. ")), "{screen}");
    assert!(screen.contains(&format!("of {lines}")), "{screen}");
    assert!(screen.contains("Now: spends"), "{screen}");
    // Home, PgDn, PgUp and End jump as in any list.
    press(&mut app, KeyCode::Home);
    assert!(text(&render(&mut app, 80, 24)).contains("▸ 1. "));
    press(&mut app, KeyCode::PageDown);
    assert!(text(&render(&mut app, 80, 24)).contains("▸ 11. "));
    press(&mut app, KeyCode::PageUp);
    assert!(text(&render(&mut app, 80, 24)).contains("▸ 1. "));
    press(&mut app, KeyCode::End);
    assert!(text(&render(&mut app, 80, 24)).contains(&format!("▸ {lines}. ")));
}

#[test]
fn new_facilities_start_with_the_defaults_set_once() {
    let mut app = bot_app(40, Screen::Facilities);
    keys(&mut app, "f"); // warehouses
    keys(&mut app, "d"); // the first one's settings are the default
    let Some(Action::SetDefaults { kind, settings }) = game(&app).queue.first().cloned() else {
        panic!("defaults queued: {:?}", game(&app).queue);
    };
    assert_eq!(kind, FacilityKind::Warehouse);
    let settings = settings.unwrap();
    keys(&mut app, "n");
    fund(&mut app, 10_000_000);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter); // a warehouse
    keys(&mut app, "n");
    let built = game(&app).state.facilities.last().unwrap();
    assert_eq!(built.kind, FacilityKind::Warehouse);
    assert_eq!(built.open, settings.open);
    assert_eq!(built.reservation_pct, settings.reservation_pct);
}

#[test]
fn a_forced_event_is_waiting_in_the_first_quarter() {
    let app_with = |forced: &str| {
        App::new(
            flywheel::content::Content::embedded().unwrap(),
            flywheel::ui::Options {
                new_game: Some(flywheel::sim::NewGame {
                    seed: common::SEED,
                    forced_events: vec![forced.parse().unwrap()],
                    ..Default::default()
                }),
                theme: flywheel::ui::theme::ThemeKind::Dark,
                saves: None,
            },
        )
        .unwrap()
    };
    let mut app = app_with("power_failure");
    assert!(text(&render(&mut app, 160, 50)).contains("! 1 event (v)"));
    keys(&mut app, "v");
    let screen = text(&render(&mut app, 160, 50));
    assert!(screen.contains("Grid failure in"), "{screen}");
    assert!(
        screen.contains("Invest in backup power everywhere"),
        "{screen}"
    );
}

#[test]
fn the_facilities_ledger_scrolls_a_page_at_a_time() {
    let mut app = bot_app(40, Screen::Finance);
    keys(&mut app, "LL");
    let first = text(&render(&mut app, 160, 50));
    assert!(first.contains("What facilities earn"), "{first}");
    keys(&mut app, ">");
    let moved = text(&render(&mut app, 160, 50));
    assert_ne!(first, moved, "the list moved");
    keys(&mut app, "<");
    assert_eq!(text(&render(&mut app, 160, 50)), first, "and back");
}

#[test]
fn a_bot_asked_on_the_plan_screen_lists_what_it_would_queue_and_copies_one() {
    use flywheel::bots::{self, Bot};
    let mut app = bot_app(40, Screen::Plan);
    let before = game(&app).state.clone();
    keys(&mut app, "8a");
    // The first bot asked is the store-only one; → turns to the opener.
    press(&mut app, KeyCode::Right);
    let want = bots::actions(&app.content, &before, Bot::Opener);
    assert!(!want.is_empty(), "the opener has something to do");
    let screen = text(&render(&mut app, 160, 50));
    assert!(screen.contains("Ask a bot: opener"), "{screen}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(game(&app).state, before, "asking and copying touch nothing");
    assert_eq!(
        game(&app).queue.first(),
        want.first(),
        "the first action is copied"
    );
    // Copy the rest: the quarter then plays as the bot's own would.
    for _ in 1..want.len() {
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(game(&app).queue, want);
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "n");
    let mut bot_game = before.clone();
    bots::step(&app.content, &mut bot_game, Bot::Opener);
    assert_eq!(
        flywheel::sim::state_hash(&game(&app).state),
        flywheel::sim::state_hash(&bot_game)
    );
}

#[test]
fn a_bot_asked_projects_its_end_score_in_the_background_without_touching_the_game() {
    use flywheel::bots::{self, Bot};
    use flywheel::ui::game::Projected;
    let mut app = bot_app(40, Screen::Plan);
    let before = game(&app).state.clone();
    keys(&mut app, "8a");
    press(&mut app, KeyCode::Right); // the opener
    // Drawn while the bots play: the screen says it is working, and never waits.
    let screen = text(&render(&mut app, 160, 50));
    assert!(
        screen.contains("final score") || screen.contains("Playing opener on"),
        "{screen}"
    );
    app.wait_background();
    let mut alone = before.clone();
    bots::play(&app.content, &mut alone, Bot::Opener, u32::MAX);
    assert_eq!(
        game(&app).projection(Bot::Opener),
        Some(&Projected::Score(
            alone.score(),
            alone.outcome,
            alone.history.last().unwrap().quarter
        ))
    );
    let screen = text(&render(&mut app, 160, 50));
    assert!(
        screen.contains(&format!("final score {}", alone.score())),
        "{screen}"
    );
    assert_eq!(game(&app).state, before, "projecting touches nothing");
    // Asking again in the same quarter does not play it out again.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Right);
    assert!(!app.busy() || game(&app).projections.len() == 2);
    assert_eq!(
        game(&app)
            .projections
            .iter()
            .filter(|(b, _, _)| *b == Bot::Opener)
            .count(),
        1
    );
}

#[test]
fn the_end_screen_compares_the_game_with_every_bot_and_offers_a_branch_from_a_moment() {
    use flywheel::ui::game::Comparison;
    let mut app = common::end_app();
    press(&mut app, KeyCode::Tab);
    let screen = text(&render(&mut app, 160, 50));
    assert!(screen.contains("Post-mortem"), "{screen}");
    app.wait_background();
    let Comparison::Ready(pm) = &game(&app).comparison else {
        panic!("post-mortem: {:?}", game(&app).comparison);
    };
    let moments: Vec<_> = pm.divergences.iter().map(|d| d.quarter).collect();
    let screen = text(&render(&mut app, 160, 50));
    assert!(screen.contains("Where your path and"), "{screen}");
    assert!(screen.contains("▸ you"), "{screen}");
    let Some(&last) = moments.last() else {
        panic!("no moment found: {screen}");
    };
    for _ in 0..moments.len() {
        press(&mut app, KeyCode::Down);
    }
    keys(&mut app, "b");
    assert_eq!(app.overlay, Some(Overlay::ConfirmBranch(last)));
    keys(&mut app, "n");
    // Tab goes back to the summary.
    assert_eq!(app.overlay, None);
    press(&mut app, KeyCode::Tab);
    let screen = text(&render(&mut app, 160, 50));
    assert!(screen.contains("High scores"), "{screen}");
}

#[test]
fn the_end_screen_at_80x24_shows_the_whole_recap_and_the_game_just_played() {
    let mut app = common::end_app();
    let ours = app.scores.entries[0].clone();
    // Nine better games before it: the one just played is tenth, below the box's first rows.
    for i in 0..9 {
        app.scores.entries.insert(
            0,
            flywheel::ui::highscores::Entry {
                company: format!("Rival {i}"),
                seed: 100 + i,
                score: ours.score.scale(2.0 + i as f64),
                ..ours.clone()
            },
        );
    }
    game_mut(&mut app).recorded = Some(9);
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("▸10. Tributary"), "{screen}");
    // The recap's last sentence ends on the screen.
    let g = game(&app);
    let last = g.state.history.last().expect("a history");
    let ended = flywheel::basic::text::pct(last.market_share);
    assert!(screen.contains(&format!("at {ended}.")), "{screen}");
}

#[test]
fn a_bots_suggestion_copied_twice_is_queued_once() {
    let mut app = bot_app(40, Screen::Plan);
    keys(&mut app, "8a");
    press(&mut app, KeyCode::Right); // the opener
    let (_, list) = flywheel::ui::screens::ask_bot::input::actions(&app.content, game(&app), 1);
    // A suggestion the bot makes once.
    let (row, wanted) = list
        .iter()
        .enumerate()
        .find(|(_, a)| list.iter().filter(|x| x == a).count() == 1)
        .map(|(i, a)| (i, a.clone()))
        .expect("the opener suggests something once");
    for _ in 0..row {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let queued = game(&app).queue.iter().filter(|a| **a == wanted).count();
    assert_eq!(queued, 1, "{:?}", game(&app).queue);
    let said = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(said.starts_with("Already in the plan"), "{said}");
}
