//! The leaf every other module builds on: exact money, the calendar of quarters and a stable
//! hash. It depends on nothing else in the crate.

pub mod calendar;
pub mod fnv;
pub mod money;
