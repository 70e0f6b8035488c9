//! The leaf every other module builds on: exact money, the calendar of quarters and a stable
//! hash, and text as editors write it. It depends on nothing else in the crate.

pub mod calendar;
pub mod fnv;
pub mod money;
pub mod text;
