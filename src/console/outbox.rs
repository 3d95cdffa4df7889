//! The console's side of posting: posts wait in an outbox, and the console prints
//! them after the line that caused them. A direct message shows as a post to `dm:USER`.

use crate::poster::{PostFuture, Poster};
use crate::reply::{Message, Post};
use std::sync::{Arc, Mutex};

/// Posts waiting to be shown by the console. Clones share the same outbox.
#[derive(Debug, Clone, Default)]
pub struct Outbox(Arc<Mutex<Vec<Post>>>);

impl Outbox {
    /// Takes everything posted since the last call.
    pub fn drain(&self) -> Vec<Post> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn push(&self, post: Post) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(post);
    }
}

impl Poster for Outbox {
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a> {
        self.push(post.clone());
        Box::pin(std::future::ready(Ok(())))
    }

    fn direct_message<'a>(&'a self, user_id: &'a str, message: &'a Message) -> PostFuture<'a> {
        self.push(Post {
            channel_id: format!("dm:{user_id}"),
            message: message.clone(),
        });
        Box::pin(std::future::ready(Ok(())))
    }
}
