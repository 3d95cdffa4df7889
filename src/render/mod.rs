//! Turning typed replies into something to show. `text` serves the console; the
//! Discord adapter builds embeds from the same `Message`.

pub mod chart;
pub mod table;
pub mod text;
