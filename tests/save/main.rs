//! Saving and loading: round trips, bad files, atomic writes, names, the CLI and fixtures.

mod bad_files;
mod cli;
mod common;
mod dir;
mod fixtures;
mod migration;
mod round_trip;
