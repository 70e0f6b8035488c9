//! The terminal: raw mode, alternate screen and mouse capture on the way in, all undone on the
//! way out — on quit, on error (a drop guard) and on panic (a hook).

use super::app::App;
use super::screens;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, BufWriter};

/// Undoes what [`run`] set up when it goes out of scope, however that happens.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back: mouse reporting off, then raw mode off and the normal screen back.
fn restore() {
    // Best effort: on the way out there is nobody left to report a failure to.
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Restores the terminal before the panic message prints, so it lands on a usable screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Runs the app in the terminal until it quits. Blocks on input: nothing is drawn or computed
/// while the player thinks, so an idle game uses no CPU and writes nothing.
pub fn run(mut app: App) -> io::Result<()> {
    // Without raw mode (no terminal at all) there is nothing to undo, and undoing it anyway would
    // write escape codes into whatever stdout is.
    enable_raw_mode()?;
    install_panic_hook();
    // From here on the guard undoes even a half-finished setup.
    let _guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    // One buffer for the whole frame: a frame goes out in one write instead of many small ones
    // (stdout alone is line-buffered), which makes the first frame appear sooner.
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, io::stdout()));
    let mut terminal = Terminal::new(backend)?;
    terminal.draw(|f| screens::draw(f, &mut app))?;
    app.content.load_in_background();
    while !app.quit {
        let ev = event::read()?;
        let action = app.on_event(&ev);
        if app.update(action) && !app.quit {
            terminal.draw(|f| screens::draw(f, &mut app))?;
        }
    }
    Ok(())
}
