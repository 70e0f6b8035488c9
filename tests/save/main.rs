//! Saving and loading: round trips, bad files, atomic writes, names, the CLI and fixtures.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bad_files;
mod cli;
mod common;
mod dir;
mod fixtures;
mod migration;
mod round_trip;
