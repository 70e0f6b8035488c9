//! Installed like a well-behaved terminal program: the platform's directories, a settings file
//! with keys, colours and defaults (and a broken one falling back), completions and a manual
//! page, saves from an earlier version's `./saves` moved without loss, `--version`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use clap::CommandFactory;
use common::{keys, press, render, text};
use crossterm::event::KeyCode;
use flywheel::ui::config;
use std::path::Path;
use std::process::{Command, Output};

/// The binary with HOME and the XDG variables pointing into `home` (`xdg`: set them or not).
fn flywheel_at(home: &Path, xdg: bool, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_flywheel"));
    cmd.args(args)
        .current_dir(home)
        .env_remove("FLYWHEEL_SAVES")
        .env_remove("FLYWHEEL_CONFIG")
        .env("HOME", home);
    if xdg {
        cmd.env("XDG_DATA_HOME", home.join("xdg-data"))
            .env("XDG_CONFIG_HOME", home.join("xdg-config"));
    } else {
        cmd.env_remove("XDG_DATA_HOME")
            .env_remove("XDG_CONFIG_HOME");
    }
    cmd.output().expect("the binary runs")
}

#[test]
fn data_and_config_live_in_the_platforms_directories() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path();
    for (xdg, data, conf) in [
        (true, "xdg-data/flywheel", "xdg-config/flywheel/config.ron"),
        (
            false,
            ".local/share/flywheel",
            ".config/flywheel/config.ron",
        ),
    ] {
        let out = flywheel_at(home, xdg, &["config", "--path"]);
        assert!(out.status.success(), "{out:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            home.join(conf).display().to_string()
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&home.join(data).display().to_string()),
            "{err}"
        );
        // A save by name goes there, the directory made on first use; not into the working
        // directory.
        let out = flywheel_at(home, xdg, &["sim", "--quarters", "2", "--save", "first"]);
        assert!(out.status.success(), "{out:?}");
        assert!(home.join(data).join("first.ron").is_file());
        assert!(!home.join("saves").exists());
    }
    let help = flywheel_at(home, true, &["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("~/.local/share/flywheel"));
}

#[test]
fn config_print_writes_the_defaults_which_read_back_as_the_defaults() {
    let text = config::defaults_text();
    let parsed = config::parse(&text).expect("the printed defaults parse");
    assert_eq!(parsed.autosave_slots, Some(3));
    assert_eq!(parsed.scenario.as_deref(), Some("standard"));
    // Every action is named in it, with its keys, for the player to copy.
    for (name, _, _) in flywheel::ui::keys::map::actions() {
        assert!(text.contains(&format!("{name:?}")), "{name}");
    }
    // Action names are unique, so each can be remapped on its own.
    let names: std::collections::BTreeSet<_> = flywheel::ui::keys::map::actions()
        .into_iter()
        .map(|a| a.0)
        .collect();
    assert_eq!(names.len(), flywheel::ui::keys::BINDINGS.len());
}

#[test]
fn a_remapped_key_drives_the_game_and_shows_in_help_and_hints() {
    let settings = config::parse(r#"(keys: { "Game.EndQuarter": ["F5"] })"#).unwrap();
    let mut app = common::new_game_app();
    app.configure(&settings, None);
    let before = app.game().unwrap().state.quarter;
    keys(&mut app, "n");
    assert_eq!(
        app.game().unwrap().state.quarter,
        before,
        "n no longer ends it"
    );
    press(&mut app, KeyCode::F(5));
    assert_eq!(app.game().unwrap().state.quarter, before.next());
    let screen = text(&render(&mut app, 160, 50));
    assert!(screen.contains("F5 end quarter"), "{screen}");
    press(&mut app, KeyCode::Char('?'));
    let help = text(&render(&mut app, 160, 50));
    assert!(
        help.lines()
            .any(|l| l.contains("F5 ") && l.contains("end the quarter")),
        "{help}"
    );
}

#[test]
fn a_broken_or_conflicting_config_is_refused_with_where_and_the_defaults_are_used() {
    // A key the dashboard already uses for something else would hide one of the two.
    let err =
        config::parse("(\n  keys: {\n    \"Game.EndQuarter\": [\"e\"],\n  },\n)").unwrap_err();
    assert_eq!((err.line, err.col), (3, 5), "{err}");
    assert!(err.message.contains("would be both"), "{err}");
    let err = config::parse("(\n  keys: { \"Game.EndQuater\": [\"x\"] },\n)").unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.message.contains("Game.EndQuarter"), "suggests: {err}");
    let err = config::parse("(\n  theme: \"dark\",\n  colour: {},\n)").unwrap_err();
    assert_eq!(err.line, 3, "{err}");
    let err = config::parse("(autosave_slots: 12)").unwrap_err();
    assert!(err.message.contains("1 to 9"), "{err}");
    // A scenario the data does not have is refused where the file names it.
    let text = "(\n  company: \"x\",\n  scenario: \"long\",\n)";
    let settings = config::parse(text).unwrap();
    let c = flywheel::content::Content::embedded().unwrap();
    let err = config::check_ids(&settings, &c).unwrap_err();
    assert_eq!((err.line, err.col), (3, 13), "{err}");
    assert!(err.message.contains("standard"), "{err}");

    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("config.ron");
    std::fs::write(
        &path,
        "(\n  theme: \"dark\",\n  keys: { \"Game.Nope\": [\"x\"] },\n)",
    )
    .unwrap();
    let (settings, notice) = config::load(Some(&path));
    let notice = notice.expect("a notice");
    assert!(notice.contains("config.ron:3:"), "{notice}");
    assert_eq!(notice.lines().count(), 1);
    let mut app = common::new_game_app();
    app.configure(&settings, Some(notice.clone()));
    assert_eq!(app.status_text(), Some(notice.as_str()));
    // The defaults are in force: n ends the quarter.
    let before = app.game().unwrap().state.quarter;
    keys(&mut app, "n");
    assert_eq!(app.game().unwrap().state.quarter, before.next());
    // No file at all is no notice.
    assert!(config::load(Some(&tmp.path().join("none.ron"))).1.is_none());
}

#[test]
fn settings_give_the_new_games_defaults_colours_and_autosave_slots() {
    let settings = config::parse(
        r##"(company: "Garage Co", difficulty: "hard", autosave_slots: 5, colours: { "title": "#ff0000" })"##,
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut app = flywheel::ui::App::new(
        flywheel::content::Content::embedded().unwrap(),
        flywheel::ui::Options {
            new_game: None,
            theme: flywheel::ui::theme::ThemeKind::Dark,
            saves: Some(tmp.path().to_path_buf()),
        },
    )
    .unwrap();
    app.configure(&settings, None);
    assert_eq!(
        app.theme.title.fg,
        Some(ratatui::style::Color::Rgb(255, 0, 0))
    );
    press(&mut app, KeyCode::Enter); // New game
    let flywheel::ui::app::Mode::NewGame(form) = &app.mode else {
        panic!("the new-game form");
    };
    assert_eq!(form.company, "Garage Co");
    let ng = form.new_game(&app.content);
    assert_eq!(ng.difficulty, "hard");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(app.game().is_some(), "{:?}", app.status);
    press(&mut app, KeyCode::Esc); // whatever the last Enter opened
    for _ in 0..7 {
        keys(&mut app, "n");
    }
    let autosaves = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("autosave-")
        })
        .count();
    assert_eq!(autosaves, 5);
}

#[test]
fn completions_and_the_manual_name_every_subcommand() {
    let tmp = tempfile::tempdir().unwrap();
    let subcommands: Vec<String> = flywheel::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(subcommands.len() >= 8);
    for shell in ["bash", "zsh", "fish"] {
        let out = flywheel_at(tmp.path(), true, &["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8_lossy(&out.stdout);
        for s in &subcommands {
            assert!(script.contains(s.as_str()), "{shell} lacks {s}");
        }
    }
    let out = flywheel_at(tmp.path(), true, &["man"]);
    assert!(out.status.success());
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH flywheel"),
        "{page}"
    );
    for s in &subcommands {
        assert!(
            page.contains(&format!("flywheel\\-{s}")),
            "the manual lacks {s}"
        );
    }
}

#[test]
fn saves_left_in_dot_saves_are_listed_and_moved_without_loss() {
    use flywheel::ui::app::Mode;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let old = tmp.path().join("saves");
    let c = flywheel::content::Content::embedded().unwrap();
    let state = flywheel::sim::new_game(&c, &flywheel::sim::NewGame::default()).unwrap();
    let info = flywheel::save::HeaderInfo::of(&c);
    for (dir, name) in [(&old, "garage"), (&old, "evening"), (&data, "evening")] {
        flywheel::save::save_named(&flywheel::save::SaveDir::new(dir), name, &state, &info)
            .unwrap();
    }
    let garage = std::fs::read(old.join("garage.ron")).unwrap();
    let evening = std::fs::read(old.join("evening.ron")).unwrap();
    let mut app = flywheel::ui::App::new(
        c,
        flywheel::ui::Options {
            new_game: None,
            theme: flywheel::ui::theme::ThemeKind::Dark,
            saves: Some(data.clone()),
        },
    )
    .unwrap();
    app.old_saves = old.clone();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter); // Load
    let Mode::Load(list) = &app.mode else {
        panic!("the load list: {:?}", app.status);
    };
    assert_eq!((list.entries.len(), list.old), (3, 2));
    let screen = text(&render(&mut app, 160, 50));
    assert!(
        screen.contains("In ./saves, from an earlier version"),
        "{screen}"
    );
    assert!(screen.contains(&data.display().to_string()), "{screen}");
    keys(&mut app, "m");
    assert!(
        app.status_text().unwrap().contains("Moved 2"),
        "{:?}",
        app.status
    );
    assert_eq!(std::fs::read(data.join("garage.ron")).unwrap(), garage);
    assert_eq!(
        std::fs::read(data.join("evening (moved).ron")).unwrap(),
        evening
    );
    assert!(data.join("evening.ron").is_file());
    assert!(!old.join("garage.ron").exists() && !old.join("evening.ron").exists());
    let Mode::Load(list) = &app.mode else {
        panic!("still the load list");
    };
    assert_eq!((list.entries.len(), list.old), (3, 0));
}

#[test]
fn version_names_the_save_format_and_the_data_it_carries() {
    let tmp = tempfile::tempdir().unwrap();
    let out = flywheel_at(tmp.path(), true, &["--version"]);
    let v = String::from_utf8_lossy(&out.stdout);
    let c = flywheel::content::Content::embedded().unwrap();
    assert!(
        v.contains(&format!("save format {}", flywheel::save::FORMAT_VERSION)),
        "{v}"
    );
    assert!(v.contains(&format!("{:016x}", c.hash)), "{v}");
    for deck in &c.deck.sources {
        assert!(v.contains(&deck.hash), "{v}");
    }
}

#[test]
fn the_mouse_wheel_scrolls_every_list_and_a_click_on_a_hint_does_what_its_key_does() {
    use crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
    use flywheel::ui::app::Screen;
    // The wheel turned with the pointer at a cell.
    let wheel_at = |app: &mut flywheel::ui::App, kind, (column, row)| {
        let ev = Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        });
        let a = app.on_event(&ev);
        app.update(a);
    };
    let wheel = |app: &mut flywheel::ui::App, kind| wheel_at(app, kind, (40, 10));
    let mut app = common::mid_game_app();
    // A second line in the plan, so it has a list to scroll: a price change.
    keys(&mut app, "4");
    for _ in 0..4 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "1");
    assert!(app.game().unwrap().queue.len() >= 2, "{:?}", app.status);
    for (i, screen) in Screen::ALL.iter().enumerate() {
        keys(&mut app, &(i + 1).to_string());
        assert_eq!(app.game().unwrap().screen, *screen);
        // The build form's "row" is its focused field.
        let at = |app: &flywheel::ui::App| {
            let g = app.game().unwrap();
            if g.screen == Screen::Build {
                g.build.field as usize
            } else {
                g.row()
            }
        };
        let before = at(&app);
        wheel(&mut app, MouseEventKind::ScrollDown);
        assert_eq!(at(&app), before + 1, "the wheel on {screen:?}");
        wheel(&mut app, MouseEventKind::ScrollUp);
        assert_eq!(at(&app), before, "back up on {screen:?}");
    }
    // Over the finance ledger, the wheel scrolls the ledger back in time instead.
    keys(&mut app, "4");
    render(&mut app, 160, 50);
    let row = app.game().unwrap().row();
    let back = app.game().unwrap().finance.ledger.back;
    wheel_at(&mut app, MouseEventKind::ScrollUp, (10, 12));
    assert_eq!(app.game().unwrap().row(), row, "the selection stays");
    assert_eq!(
        app.game().unwrap().finance.ledger.back,
        back + 1,
        "a year back"
    );
    // The key bar: "n end quarter" clicked ends the quarter, as n does.
    keys(&mut app, "1");
    let t = render(&mut app, 160, 50);
    let bar = t.backend().buffer().area.height - 2;
    let line = text(&t).lines().nth(usize::from(bar)).unwrap().to_string();
    let col = line.find("end quarter").expect("the hint is shown") as u16;
    let before = app.game().unwrap().state.quarter;
    let a = app.on_click(col, bar);
    app.update(a);
    assert_eq!(app.game().unwrap().state.quarter, before.next(), "{line}");
    // A screen's own hint too: on the facilities screen, "u upgrade" queues an upgrade.
    keys(&mut app, "2");
    let t = render(&mut app, 160, 50);
    let line = text(&t).lines().nth(usize::from(bar)).unwrap().to_string();
    let col = line.find("u upgrade").unwrap_or_else(|| panic!("{line}")) as u16;
    let queued = app.game().unwrap().queue.len();
    let a = app.on_click(col, bar);
    app.update(a);
    assert_eq!(
        app.game().unwrap().queue.len(),
        queued + 1,
        "{:?}",
        app.status
    );
}
