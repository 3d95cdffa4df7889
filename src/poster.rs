//! Posting to channels, the one interface between what wants to post (the outbox's
//! sender, the scheduler) and where posts go. Discord sends to real channels
//! (`discord::post`); the console keeps posts in an outbox it prints after each line
//! (`console::outbox`). Neither side imports the other.

use crate::core::ids::{Destination, MessageId};
use crate::reply::{Message, Post};
use std::future::Future;
use std::pin::Pin;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostError {
    #[error("{0} is not somewhere I can post")]
    BadDestination(String),
    /// Discord's own words for why.
    #[error("Discord refused the post: {0}")]
    Refused(String),
}

impl PostError {
    /// What a member or manager reads (the `Display` above is for logs).
    pub fn worded(&self, words: crate::i18n::Words) -> String {
        match self {
            PostError::BadDestination(place) => words.say_with(
                "post-error-bad-destination",
                &[("place", place.as_str().into())],
            ),
            PostError::Refused(why) => {
                words.say_with("post-error-refused", &[("why", why.as_str().into())])
            }
        }
    }
}

/// What a post send returns: boxed so that `Poster` can be shared as `Arc<dyn Poster>`.
pub type PostFuture<'a, T = ()> = Pin<Box<dyn Future<Output = Result<T, PostError>> + Send + 'a>>;

/// Somewhere posts can be delivered.
pub trait Poster: Send + Sync {
    /// Posts a message in a channel, or to a user directly; returns the posted
    /// message's id.
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a, MessageId>;

    /// Replaces the content of a message posted earlier (an announcement taken back).
    fn edit<'a>(
        &'a self,
        to: &'a Destination,
        message_id: &'a MessageId,
        message: &'a Message,
    ) -> PostFuture<'a>;
}
