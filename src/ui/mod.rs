//! The terminal front end: an [`App`] state machine drawn with ratatui.
//!
//! - [`app`]: the state machine; handlers turn input into [`UiAction`]s and `App::update`
//!   applies them (the only place that changes the game).
//! - [`keys`]: the key table read by both the handlers and the help screen.
//! - [`screens`]: drawing, one module per screen.
//! - [`strings`], [`theme`], [`format`]: wording, colours and number formats.
//! - [`terminal`]: setting the terminal up and always restoring it.

pub mod app;
pub mod background;
pub mod config;
pub mod describe;
mod first_frame;
pub mod format;
pub mod game;
pub mod grouped;
pub mod highscores;
pub mod keys;
pub mod loading;
pub mod model;
pub mod screens;
pub mod steps;
pub mod strings;
pub mod terminal;
pub mod theme;

pub use app::{App, Options, Screen, UiAction};
