//! Dealbell: a chat bot for sales teams. See README.md for the shape of the system.

pub mod app;
pub mod bot;
pub mod clock;
pub mod commands;
pub mod config;
pub mod console;
pub mod core;
pub mod demo;
pub mod discord;
mod error;
pub mod eval_ask;
pub mod i18n;
pub mod jobs;
pub mod logging;
pub mod post_budget;
pub mod poster;
pub mod render;
pub mod reply;
pub mod scheduler;
pub mod shell;
pub mod store;
mod views;
pub mod web;
