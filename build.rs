//! Checks the built-in data when the game is built, and embeds it parsed: a bad asset fails the
//! build with file:line:col, and the game starts without parsing RON (`--data` and mods still
//! read RON at run time).

// The data's own modules, compiled into this script; the game's other modules are not needed.
#[allow(dead_code, unused_imports)]
#[path = "src/basic/mod.rs"]
mod basic;
#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    for watched in ["assets", "src/content", "src/basic"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    println!("cargo::rustc-check-cfg=cfg(embedded_data)");
    let data = match content::Content::from_sources(content::EMBEDDED) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("the built-in data does not load:\n{e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = match postcard::to_allocvec(&data) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("the built-in data cannot be embedded: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        eprintln!("cargo sets OUT_DIR for build scripts");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(out.join("content.bin"), bytes) {
        eprintln!("cannot write the embedded data: {e}");
        return ExitCode::FAILURE;
    }
    println!("cargo::rustc-cfg=embedded_data");
    // `flywheel --version` names the data it carries, as a save's header does.
    let decks: Vec<String> = data
        .deck
        .sources
        .iter()
        .map(|s| format!("{} {}", s.name, s.hash))
        .collect();
    println!("cargo::rustc-env=FLYWHEEL_DATA_HASH={:016x}", data.hash);
    println!("cargo::rustc-env=FLYWHEEL_DECK_HASHES={}", decks.join(", "));
    ExitCode::SUCCESS
}
