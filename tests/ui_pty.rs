//! End to end: the real binary in a pseudo-terminal, read back through a terminal emulator.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::content::{Content, FacilityKind};
use flywheel::sim::{Action, NewGame, RegionId, finance, new_game, preview};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
}

impl Term {
    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {needle:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // One key at a time, as a person types: each is read and drawn before the next.
        std::thread::sleep(Duration::from_millis(60));
    }
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

/// Keys that lead to a small warehouse the company can pay for in its first quarter,
/// raising money first if it must; `None` when the balance makes that impossible.
fn warehouse_plan() -> Option<(bool, u8)> {
    let content = Content::embedded().unwrap();
    let state = new_game(
        &content,
        &NewGame {
            seed: 7,
            ..NewGame::default()
        },
    )
    .unwrap();
    let raise = vec![Action::RaiseEquity(finance::max_raise(&content, &state))];
    for with_raise in [false, true] {
        for r in 0..content.regions.len() {
            let build = Action::Build {
                kind: FacilityKind::Warehouse,
                region: RegionId(r as u8),
                size: 0,
            };
            let queue: &[Action] = if with_raise { &raise } else { &[] };
            if preview::check_next(&content, &state, queue, &build).is_ok() {
                return Some((with_raise, r as u8));
            }
        }
    }
    None
}

/// A running game in a pseudo-terminal of 160×50, in a fresh working directory.
struct Game {
    t: Term,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    pump: std::thread::JoinHandle<()>,
    /// Set, the pump lets go of the terminal after the next output it reads.
    stop_reading: Arc<AtomicBool>,
    _dir: tempfile::TempDir,
}

fn spawn(args: &[&str]) -> Game {
    let dir = tempfile::tempdir().unwrap();
    let pty = native_pty_system();
    let pair = pty.openpty(size(50, 160)).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_flywheel"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("RUST_BACKTRACE");
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("FLYWHEEL_SAVES");
    // The platform's directories inside the test's own folder: saves go to data/flywheel.
    cmd.env("HOME", dir.path());
    cmd.env("XDG_DATA_HOME", dir.path().join("data"));
    cmd.env("XDG_CONFIG_HOME", dir.path().join("config"));
    cmd.cwd(dir.path());
    let child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(50), nz(160), 0)));
    let mut reader = pair.master.try_clone_reader().unwrap();
    let feed = Arc::clone(&parser);
    let stop_reading = Arc::new(AtomicBool::new(false));
    let stop = Arc::clone(&stop_reading);
    let pump = std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            feed.lock().unwrap().process(&buf[..n]);
            if stop.load(Ordering::Relaxed) {
                break;
            }
        }
    });
    let t = Term {
        parser,
        writer: pair.master.take_writer().unwrap(),
    };
    Game {
        t,
        child,
        master: pair.master,
        pump,
        stop_reading,
        _dir: dir,
    }
}

impl Game {
    /// Quits with q (and y when the game asks because of unsaved progress) and checks the exit
    /// code and that the normal screen is back.
    fn quit(mut self) {
        self.t.send("q");
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            if self.t.screen().contains("Quit?") {
                self.t.send("y");
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "did not quit");
            std::thread::sleep(Duration::from_millis(20));
        }
        let status = self.child.wait().unwrap();
        assert!(status.success(), "exit status {status:?}");
        let parser = Arc::clone(&self.t.parser);
        drop(self.t);
        drop(self.master);
        let _ = self.pump.join();
        assert!(
            !parser.lock().unwrap().screen().alternate_screen(),
            "the alternate screen was left"
        );
    }
}

#[test]
fn plays_four_quarters_resizes_and_quits_cleanly() {
    let mut g = spawn(&["new", "--seed", "7"]);
    let t = &mut g.t;
    t.wait_for("1995 Q3");
    assert!(t.parser.lock().unwrap().screen().alternate_screen());

    let plan = warehouse_plan();
    eprintln!("warehouse plan (raise first, region): {plan:?}");
    if let Some((raise, region)) = plan {
        if raise {
            t.send("4");
            t.wait_for("Funding round");
            // The form offers half of what investors would put in; take all of it.
            for _ in 0..5 {
                t.send("l");
            }
            t.wait_for("(←→ 100%)");
            t.send("\r");
            t.wait_for("Queued: raise");
        }
        t.send("3");
        t.wait_for("Before you confirm");
        t.send("\x1b[B"); // down to the region field
        for _ in 0..region {
            t.send("l");
        }
        t.send("\r");
        t.wait_for("Queued: build a small warehouse");
    } else {
        // The balance data leaves no warehouse affordable in 1995 Q3: the game must say so.
        t.send("3");
        t.send("\r");
        t.wait_for("Can't: build a small warehouse");
    }

    for q in ["1995 Q4", "1996 Q1", "1996 Q2", "1996 Q3"] {
        t.send("n");
        t.wait_for(&format!("Now planning {q}"));
    }
    let s = t.wait_for("1996 Q3");
    assert!(s.contains("Quarterly report 1996 Q2"), "{s}");
    if plan.is_some() {
        t.send("2");
        let s = t.wait_for("Facilities");
        assert!(
            s.contains("■ operating"),
            "the warehouse should be operating:\n{s}"
        );
    }

    // Too small, then back.
    g.master.resize(size(20, 60)).unwrap();
    g.t.parser.lock().unwrap().set_size(nz(20), nz(60));
    g.t.wait_for("Please enlarge to 80×24");
    g.master.resize(size(50, 160)).unwrap();
    g.t.parser.lock().unwrap().set_size(nz(50), nz(160));
    g.t.wait_for("1996 Q3");
    g.quit();
}

#[test]
fn a_warehouse_ordered_in_the_short_scenario_is_operating_four_quarters_later() {
    let mut g = spawn(&["new", "--seed", "7", "--scenario", "short"]);
    let t = &mut g.t;
    t.wait_for("2002 Q1");
    t.send("b");
    t.wait_for("✓ affordable and allowed now");
    t.send("\r");
    t.wait_for("Queued: build a small warehouse in Pacific Northwest");
    for q in ["2002 Q2", "2002 Q3", "2002 Q4", "2003 Q1"] {
        t.send("n");
        t.wait_for(&format!("Now planning {q}"));
    }
    t.wait_for("Quarterly report 2002 Q4");
    t.send("1");
    let s = t.wait_for("News");
    assert!(s.contains("2003 Q1"), "{s}");
    assert!(
        s.contains("Warehouse #6 in Pacific Northwest is operating"),
        "the new warehouse should be operating:\n{s}"
    );
    g.quit();
}

/// Sends a signal to the game's process.
fn signal(g: &Game, name: &str) {
    let pid = g.child.process_id().expect("the game runs");
    let ok = std::process::Command::new("kill")
        .args([format!("-{name}"), pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(ok.success(), "kill -{name} {pid}");
}

/// Plays into 1995 Q4 and queues a funding round: something the game must save on its way out.
fn queue_a_funding_round(g: &mut Game) {
    g.t.wait_for("1995 Q3");
    g.t.send("n");
    g.t.wait_for("Now planning 1995 Q4");
    g.t.send("4");
    g.t.wait_for("Funding round");
    g.t.send("\r");
    g.t.wait_for("Queued:");
}

/// How the game's process ended; it is killed, and the test fails, if it has not within 20 s.
fn exit_status(child: &mut (dyn portable_pty::Child + Send + Sync)) -> portable_pty::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("the game did not exit");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// How many actions the newest autosave in the game's folder `dir` holds for the quarter.
fn saved_plan(dir: &std::path::Path) -> usize {
    let saves = flywheel::save::SaveDir::new(dir.join("data/flywheel"));
    let newest = flywheel::save::latest(&saves).expect("an autosave is there");
    flywheel::save::load(&newest.path)
        .expect("it loads")
        .plan
        .len()
}

#[test]
fn a_terminated_game_saves_its_plan_puts_the_terminal_back_and_exits_128_plus_the_signal() {
    for (sig, code) in [("TERM", 143), ("HUP", 129)] {
        let mut g = spawn(&["new", "--seed", "7"]);
        queue_a_funding_round(&mut g);
        signal(&g, sig);
        let status = exit_status(&mut *g.child);
        assert_eq!(status.exit_code(), code, "SIG{sig}");
        // Give the pump the last bytes the game wrote on its way out.
        std::thread::sleep(Duration::from_millis(100));
        let screen = g.t.parser.lock().unwrap().screen().clone();
        assert!(
            !screen.alternate_screen(),
            "SIG{sig}: the alternate screen was left"
        );
        assert!(!screen.hide_cursor(), "SIG{sig}: the cursor is shown");
        assert_eq!(
            saved_plan(g._dir.path()),
            1,
            "SIG{sig}: the queued plan was saved"
        );
    }
}

#[test]
fn a_closed_terminal_ends_the_game_with_its_plan_saved() {
    let mut g = spawn(&["new", "--seed", "7"]);
    queue_a_funding_round(&mut g);
    // Close every handle on the terminal, as a closed window does: the pump's after the
    // dashboard is drawn, then the writer's and the master's.
    g.stop_reading.store(true, Ordering::Relaxed);
    g.t.send("1");
    g.pump.join().unwrap();
    let Game {
        t,
        mut child,
        master,
        _dir: dir,
        ..
    } = g;
    drop(t);
    drop(master);
    let status = exit_status(&mut *child);
    assert_eq!(status.exit_code(), 129, "exits as hung up: {status:?}");
    assert_eq!(saved_plan(dir.path()), 1, "the queued plan was saved");
}

#[test]
fn ctrl_z_hands_the_terminal_back_and_the_game_redraws_when_resumed() {
    let mut g = spawn(&["new", "--seed", "7"]);
    g.t.wait_for("1995 Q3");
    g.t.send("4");
    g.t.wait_for("Funding round");
    // Without a shell's job control (as here) the stop is discarded at once; either way the
    // game must come back whole.
    g.t.send("\x1a");
    signal(&g, "CONT");
    let s = g.t.wait_for("Funding round");
    assert!(
        g.t.parser.lock().unwrap().screen().alternate_screen(),
        "{s}"
    );
    g.t.send("1");
    g.t.wait_for("Numbers");
    g.quit();
}
