//! The terminal: raw mode, alternate screen and mouse capture on the way in, all undone on the
//! way out — on quit, on error (a drop guard), on panic (a hook) and when the game is
//! terminated, hung up or interrupted by a signal, or its terminal closed. Ctrl-Z suspends the game
//! like any full-screen program, and `fg` brings it back redrawn.

use super::app::{App, UiAction};
use super::screens;
use crossterm::cursor::Show;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::io::{self, BufWriter, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Undoes what [`run`] set up when it goes out of scope, however that happens.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back: mouse reporting off, then raw mode off and the normal screen back.
fn restore() {
    // Best effort, and silent: on the way out there is nobody left to report a failure to, and
    // with the terminal closed even a report on stderr would fail (and, from the panic hook,
    // abort the game before it could save).
    let _ = execute!(io::stdout(), DisableMouseCapture, Show);
    let _ = disable_raw_mode();
    let _ = execute!(io::stdout(), LeaveAlternateScreen);
}

/// Restores the terminal before the panic message prints, so it lands on a usable screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Notes SIGTERM, SIGHUP and SIGINT (from outside: Ctrl-C in the game is a key and asks first,
/// as `q` does) in `flag`, for the loop to save the plan, put the terminal back and exit with
/// 128 + the signal's number.
#[cfg(unix)]
fn watch_signals(flag: &Arc<AtomicUsize>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        // The signal number is small and positive, so it fits.
        signal_hook::flag::register_usize(sig, Arc::clone(flag), sig.unsigned_abs() as usize)?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn watch_signals(_flag: &Arc<AtomicUsize>) -> io::Result<()> {
    Ok(())
}

/// SIGHUP's number, the same on every Unix: what a closed terminal counts as.
const HANG_UP: usize = 1;

/// Whether the terminal has gone away (its window closed): it no longer answers for its size.
/// (`window_size`, not `size`: `size` falls back to asking `tput`, which answers without one.)
fn closed() -> bool {
    crossterm::terminal::window_size().is_err()
}

/// The signal that ends the game when the terminal has gone: the one that came, if any, else a
/// hang-up.
fn ending(signalled: &AtomicUsize) -> usize {
    match signalled.load(Ordering::Relaxed) {
        0 => HANG_UP,
        sig => sig,
    }
}

/// How often the loop looks for a signal while the player thinks: a few wake-ups a second
/// cost nothing measurable and draw nothing.
const SIGNAL_CHECK: Duration = past_whole_millis(250);
/// How often the loop looks for results while background work runs: progress moves smoothly.
const BUSY_CHECK: Duration = past_whole_millis(30);

/// A wait of `ms` milliseconds and a little more. crossterm's /dev/tty reader rounds what is
/// left of a wait down to whole milliseconds and polls without sleeping through the last
/// fraction, which kept a core busy for up to a millisecond on every wake-up (0.4% while idle);
/// a wait a few microseconds past a whole millisecond is over after one sleep, since the
/// kernel wakes a sleeper later than asked by more than that.
const fn past_whole_millis(ms: u64) -> Duration {
    Duration::from_micros(ms * 1000 + 20)
}

/// Hands the terminal back and stops the process as Ctrl-Z does in a shell; when `fg` resumes
/// it, takes the terminal again (the caller redraws).
#[cfg(unix)]
fn suspend() -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Running again: the shell gave the terminal back in its own modes.
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    Ok(())
}

#[cfg(not(unix))]
fn suspend() -> io::Result<()> {
    Ok(())
}

/// The frame writer: one buffer for the whole frame, so a frame goes out in one write instead
/// of many small ones (stdout alone is line-buffered), which makes the first frame appear
/// sooner.
fn new_backend() -> Writer {
    CrosstermBackend::new(BufWriter::with_capacity(1 << 16, io::stdout()))
}

/// What frames are written through.
type Writer = CrosstermBackend<BufWriter<io::Stdout>>;

/// The terminal with ratatui's double buffer.
type Tty = Terminal<Writer>;

fn new_terminal() -> io::Result<Tty> {
    Terminal::new(new_backend())
}

/// The first frame, on screen before the terminal's double buffer exists.
struct Shown {
    backend: Writer,
    frame: Buffer,
}

/// Draws the first frame from one buffer straight onto the (blank) alternate screen. A
/// full-screen buffer is about 375 KB of fresh memory at 160×50, and touching fresh memory is
/// most of what the first frame costs, so the terminal's second buffer is made after the player
/// sees the game ([`Shown::into_terminal`]), not before.
fn first_frame(app: &mut App) -> io::Result<Shown> {
    let mut backend = new_backend();
    let size = backend.size()?;
    let mut frame = Buffer::empty(Rect::new(0, 0, size.width, size.height));
    screens::render(&mut frame, app);
    Write::write_all(&mut backend, &super::first_frame::bytes(&frame)?)?;
    Backend::flush(&mut backend)?;
    Ok(Shown { backend, frame })
}

impl Shown {
    /// The terminal's double buffer, with the first frame as the one on screen.
    fn into_terminal(self, app: &mut App) -> io::Result<Tty> {
        let mut terminal = Terminal::new(self.backend)?;
        if terminal.current_buffer_mut().area == self.frame.area {
            *terminal.current_buffer_mut() = self.frame;
            // The drawn frame becomes the one the next frame is compared with.
            terminal.swap_buffers();
        } else {
            // Resized in between (before the resize events are watched): cleared without
            // asking the terminal where its cursor is, and drawn whole at the new size.
            terminal
                .backend_mut()
                .clear_region(ratatui::backend::ClearType::All)?;
            terminal.draw(|f| screens::draw(f, app))?;
        }
        Ok(terminal)
    }
}

/// How long the game leaves the CPU to the terminal for showing the first frame before it
/// finishes setting up (the second screen buffer, the data in the background); a key cuts it
/// short.
const SETTLE: Duration = past_whole_millis(20);

/// Refuses, with what to use instead, when the game has no terminal to run in: checked before
/// anything else is done for it (a branch saved, say).
pub fn require_terminal() -> io::Result<()> {
    use std::io::IsTerminal;
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(io::Error::other(
            "this needs a terminal (for games without one: flywheel sim; for a save's summary: flywheel load NAME --summary)",
        ));
    }
    Ok(())
}

/// Runs the app in the terminal until it quits. Waits on input: nothing is drawn or computed
/// while the player thinks (the loop only wakes to look for a signal), so an idle game uses
/// next to no CPU and writes nothing. Returns what to say once the terminal is restored (where
/// an unfinished game was saved).
pub fn run(mut app: App) -> io::Result<Option<String>> {
    require_terminal()?;
    // Without raw mode (no terminal at all) there is nothing to undo, and undoing it anyway would
    // write escape codes into whatever stdout is.
    enable_raw_mode()?;
    install_panic_hook();
    // From here on the guard undoes even a half-finished setup.
    let _guard = Guard;
    let signalled = Arc::new(AtomicUsize::new(0));
    watch_signals(&signalled)?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let shown = first_frame(&mut app)?;
    // Whether a key came or not, the loop below reads it; a failure shows there too.
    let _ = event::poll(SETTLE);
    let mut terminal = shown.into_terminal(&mut app)?;
    app.content.load_in_background();
    let ended = match serve(&mut app, &mut terminal, &signalled) {
        // Whatever failed, a closed terminal is the cause: the game ends as hung up.
        Err(_) if closed() => Ok(Some(ending(&signalled))),
        ended => ended,
    };
    if let Some(sig) = ended? {
        app.save_for_exit();
        restore();
        std::process::exit(128 + i32::try_from(sig).unwrap_or(0));
    }
    Ok(app.farewell())
}

/// The loop: a key or a mouse event in, a frame out, until the player quits (`None`) or a
/// signal or a closed terminal ends the game (the signal's number).
fn serve(app: &mut App, terminal: &mut Tty, signalled: &AtomicUsize) -> io::Result<Option<usize>> {
    while !app.quit {
        let sig = signalled.load(Ordering::Relaxed);
        if sig != 0 {
            return Ok(Some(sig));
        }
        // Background work (bots playing on) is looked for often while it runs; otherwise the
        // loop only wakes to look for a signal.
        let wait = if app.busy() { BUSY_CHECK } else { SIGNAL_CHECK };
        if !event::poll(wait)? {
            // A closed terminal has nothing to read either, whether or not the hang-up signal
            // reached the game.
            if closed() {
                return Ok(Some(ending(signalled)));
            }
            if app.poll_background() {
                terminal.draw(|f| screens::draw(f, app))?;
            }
            continue;
        }
        let ev = event::read()?;
        let action = app.on_event(&ev);
        if action == UiAction::Suspend {
            suspend()?;
            // A fresh terminal has empty buffers, so the whole screen is drawn again (clearing
            // the old one would ask the terminal where its cursor is, which not all answer).
            execute!(io::stdout(), Clear(ClearType::All))?;
            *terminal = new_terminal()?;
            terminal.draw(|f| screens::draw(f, app))?;
            continue;
        }
        let changed = app.update(action) | app.poll_background();
        if changed && !app.quit {
            terminal.draw(|f| screens::draw(f, app))?;
        }
    }
    Ok(None)
}
