//! Flywheel: a turn-based strategy game about an online store whose own infrastructure,
//! built for its holiday peak and opened to others, becomes the bigger business.
//!
//! - [`basic`]: money, quarters and hashing, which everything else uses.
//! - [`content`]: the data (scenarios, regions, balance), parsed and validated.
//! - [`sim`]: the rules, free of any terminal, file or clock.
//! - [`bots`]: built-in players for headless games.
//! - [`save`]: saved games on disk.
//! - [`cli`]: the command line.
//! - [`ui`]: the terminal front end.
#![forbid(unsafe_code)]

pub mod basic;
pub mod bots;
pub mod cli;
pub mod content;
pub mod save;
pub mod sim;
pub mod ui;
