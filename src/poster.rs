//! Posting to channels, the one interface between what wants to post (the outbox's
//! sender, the scheduler) and where posts go. Discord sends to real channels
//! (`discord::post`); the console keeps posts in an outbox it prints after each line
//! (`console::outbox`). Neither side imports the other.

use crate::reply::{Message, Post};
use std::future::Future;
use std::pin::Pin;

#[derive(Debug, thiserror::Error)]
pub enum PostError {
    #[error("{0:?} is not a channel I can post in")]
    BadChannel(String),
    #[error("Discord refused the post: {0}")]
    Refused(String),
}

/// The channel id the outbox gives a direct message: `dm:` and the user's id.
pub const DM_PREFIX: &str = "dm:";

/// What a post send returns: boxed so that `Poster` can be shared as `Arc<dyn Poster>`.
pub type PostFuture<'a, T = ()> = Pin<Box<dyn Future<Output = Result<T, PostError>> + Send + 'a>>;

/// Somewhere posts can be delivered.
pub trait Poster: Send + Sync {
    /// Posts a message in a channel; returns the posted message's id.
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a, String>;

    /// Replaces the content of a message posted earlier (an announcement taken back).
    fn edit<'a>(
        &'a self,
        channel_id: &'a str,
        message_id: &'a str,
        message: &'a Message,
    ) -> PostFuture<'a>;

    /// Sends a chat user a direct message.
    fn direct_message<'a>(&'a self, user_id: &'a str, message: &'a Message) -> PostFuture<'a>;
}
