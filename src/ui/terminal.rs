//! The terminal: raw mode, alternate screen and mouse capture on the way in, all undone on the
//! way out — on quit, on error (a drop guard) and on panic (a hook).

use super::app::App;
use super::screens;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use std::io;

/// Undoes what [`run`] set up when it goes out of scope, however that happens.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    // Best effort: on the way out there is nobody left to report a failure to.
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Runs the app in the terminal until it quits. Blocks on input: nothing is drawn or computed
/// while the player thinks, so an idle game uses no CPU and writes nothing.
pub fn run(mut app: App) -> io::Result<()> {
    // Our hook goes in first: ratatui's hook restores the screen, then calls the one before it,
    // which turns mouse reporting off and prints the panic on a normal screen.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    // The guard comes first so even a half-finished setup is undone.
    let _guard = Guard;
    let mut terminal = ratatui::try_init()?;
    execute!(io::stdout(), EnableMouseCapture)?;
    terminal.draw(|f| screens::draw(f, &mut app))?;
    while !app.quit {
        let ev = event::read()?;
        let action = app.on_event(&ev);
        if app.update(action) && !app.quit {
            terminal.draw(|f| screens::draw(f, &mut app))?;
        }
    }
    Ok(())
}
