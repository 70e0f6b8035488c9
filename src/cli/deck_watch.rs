//! `flywheel deck check --watch PATH…`: checks the mod, then again each time a file under the
//! paths changes, clearing the screen between runs, until Ctrl-C.

use super::USAGE;
use notify::{RecursiveMode, Watcher};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

/// An editor's save is often several writes (a temporary file, a rename): wait this long for
/// the last before checking.
const SETTLE: Duration = Duration::from_millis(150);

/// Watches the paths and checks on every change; returns only when watching fails.
pub fn run(paths: &[PathBuf], check: impl Fn()) -> anyhow::Result<ExitCode> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    for p in paths {
        if let Err(e) = watcher.watch(p, RecursiveMode::Recursive) {
            eprintln!("cannot watch {}: {e}", p.display());
            return Ok(ExitCode::from(USAGE));
        }
    }
    loop {
        // Clear the screen and put the cursor home, as `watch` and test runners do.
        print!("\x1b[2J\x1b[H");
        let _ = std::io::stdout().flush();
        check();
        println!(
            "\nwatching {} for changes (Ctrl-C stops)",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        // Wait for a change that touches content, then for the burst to settle.
        loop {
            match rx.recv() {
                Ok(Ok(ev)) if ev.kind.is_modify() || ev.kind.is_create() || ev.kind.is_remove() => {
                    break;
                }
                Ok(_) => {}
                Err(_) => return Ok(ExitCode::FAILURE),
            }
        }
        while rx.recv_timeout(SETTLE).is_ok() {}
    }
}
