//! Speed of the terminal UI: drawing the dashboard, and handling a key with its redraw.
#![allow(clippy::expect_used)] // A bench with broken setup should stop loudly.

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use flywheel::content::Content;
use flywheel::sim::{Money, NewGame};
use flywheel::ui::app::{App, Mode, Options};
use flywheel::ui::screens;
use flywheel::ui::theme::ThemeKind;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

/// A game a few years in, with facilities and history, like a player sees it.
fn app() -> App {
    let mut app = App::new(
        Content::embedded().expect("embedded data is valid"),
        Options {
            new_game: Some(NewGame {
                seed: 7,
                ..NewGame::default()
            }),
            theme: ThemeKind::Dark,
            saves: None,
        },
    )
    .expect("standard scenario exists");
    if let Mode::Playing(g) = &mut app.mode {
        g.state.company.cash = Money::m(40);
        g.replan();
    }
    let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    for k in [
        KeyCode::Char('3'),
        KeyCode::Enter,
        KeyCode::Right,
        KeyCode::Enter,
    ] {
        let a = app.on_event(&key(k));
        app.update(a);
    }
    for _ in 0..12 {
        let a = app.on_event(&key(KeyCode::Char('n')));
        app.update(a);
    }
    let a = app.on_event(&key(KeyCode::Char('1')));
    app.update(a);
    app
}

fn bench(c: &mut Criterion) {
    let mut app = app();
    let mut term = Terminal::new(TestBackend::new(160, 50)).expect("test backend");
    c.bench_function("draw dashboard 160x50", |b| {
        b.iter(|| {
            term.draw(|f| screens::draw(f, &mut app)).expect("draw");
        })
    });
    let down = Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    let up = Event::Key(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE));
    let mut flip = false;
    c.bench_function("key and redraw 160x50", |b| {
        b.iter(|| {
            flip = !flip;
            let ev = if flip { &down } else { &up };
            let a = app.on_event(black_box(ev));
            if app.update(a) {
                term.draw(|f| screens::draw(f, &mut app)).expect("draw");
            }
        })
    });
    let mut app2 = self::app();
    let fac = Event::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE));
    let a = app2.on_event(&fac);
    app2.update(a);
    c.bench_function("draw facilities 160x50", |b| {
        b.iter(|| {
            term.draw(|f| screens::draw(f, &mut app2)).expect("draw");
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
