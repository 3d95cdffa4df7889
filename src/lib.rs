//! Dealbell: a chat bot for sales teams. See README.md for the shape of the system.

pub mod clock;
pub mod config;
pub mod core;
pub mod store;
