//! Posting to channels: win announcements now, scheduled posts later. One `Poster`
//! serves the commands and (later) the scheduler; Discord sends to real channels,
//! the console keeps posts in an outbox it prints after each line.

use crate::reply::{Message, Post};
use std::sync::{Arc, Mutex};

#[derive(Debug, thiserror::Error)]
pub enum PostError {
    #[error("{0:?} is not a channel I can post in")]
    BadChannel(String),
    #[error("Discord refused the post: {0}")]
    Refused(String),
}

/// Posts waiting to be shown by the console.
#[derive(Debug, Clone, Default)]
pub struct Outbox(Arc<Mutex<Vec<Post>>>);

impl Outbox {
    /// Takes everything posted since the last call.
    pub fn drain(&self) -> Vec<Post> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

#[derive(Clone)]
pub enum Poster {
    Discord(Arc<serenity::http::Http>),
    Console(Outbox),
}

impl Poster {
    pub async fn post(&self, post: &Post) -> Result<(), PostError> {
        match self {
            Poster::Discord(http) => crate::discord::send_post(http, post).await,
            Poster::Console(outbox) => {
                outbox
                    .0
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(post.clone());
                Ok(())
            }
        }
    }

    /// Sends a chat user a direct message. The console shows it as a post to `dm:USER`.
    pub async fn direct_message(&self, user_id: &str, message: &Message) -> Result<(), PostError> {
        match self {
            Poster::Discord(http) => crate::discord::send_direct(http, user_id, message).await,
            Poster::Console(_) => {
                self.post(&Post {
                    channel_id: format!("dm:{user_id}"),
                    message: message.clone(),
                })
                .await
            }
        }
    }
}
