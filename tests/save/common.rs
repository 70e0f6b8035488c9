//! Helpers shared by the save tests.

use flywheel::bots::{self, Bot};
use flywheel::content::Content;
use flywheel::save::HeaderInfo;
use flywheel::sim::{self, GameState, NewGame};
use std::sync::OnceLock;

/// The embedded data, parsed once for all tests.
pub fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::embedded().expect("embedded data is valid"))
}

/// The header info of the embedded data.
pub fn info() -> HeaderInfo {
    HeaderInfo::of(content())
}

/// A standard game played by a bot for some quarters.
pub fn game(seed: u64, bot: Bot, quarters: u32) -> GameState {
    let opts = NewGame {
        seed,
        ..NewGame::default()
    };
    let mut s = sim::new_game(content(), &opts).expect("standard scenario exists");
    bots::play(content(), &mut s, bot, quarters);
    s
}

/// Names of the files in a directory, sorted.
pub fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("dir readable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
