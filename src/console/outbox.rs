//! The console's side of posting: posts wait in an outbox, and the console prints
//! them after the line that caused them. A direct message shows as a post to `dm:USER`;
//! an edit of an earlier post shows as such.

use crate::core::ids::{Destination, MessageId};
use crate::poster::{PostFuture, Poster};
use crate::reply::{Message, Post};
use std::sync::{Arc, Mutex};

/// Something that reached a channel.
#[derive(Debug, Clone)]
pub enum Delivery {
    Posted { message_id: MessageId, post: Post },
    Edited { message_id: MessageId, post: Post },
}

#[derive(Debug, Default)]
struct Sent {
    deliveries: Vec<Delivery>,
    /// Message ids are numbered like Discord's: unique, increasing.
    next_id: u64,
}

/// Posts waiting to be shown by the console. Clones share the same outbox.
#[derive(Debug, Clone, Default)]
pub struct Outbox(Arc<Mutex<Sent>>);

impl Outbox {
    /// Takes the new posts since the last call (edits are dropped; see `take_deliveries`).
    pub fn drain(&self) -> Vec<Post> {
        self.take_deliveries()
            .into_iter()
            .filter_map(|d| match d {
                Delivery::Posted { post, .. } => Some(post),
                Delivery::Edited { .. } => None,
            })
            .collect()
    }

    /// Takes everything delivered since the last call, posts and edits, in order.
    pub fn take_deliveries(&self) -> Vec<Delivery> {
        std::mem::take(&mut self.lock().deliveries)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Sent> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn push(&self, post: Post) -> MessageId {
        let mut sent = self.lock();
        sent.next_id += 1;
        let message_id = MessageId::new(format!("m{}", sent.next_id));
        sent.deliveries.push(Delivery::Posted {
            message_id: message_id.clone(),
            post,
        });
        message_id
    }
}

impl Poster for Outbox {
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a, MessageId> {
        let id = self.push(post.clone());
        Box::pin(std::future::ready(Ok(id)))
    }

    fn edit<'a>(
        &'a self,
        to: &'a Destination,
        message_id: &'a MessageId,
        message: &'a Message,
    ) -> PostFuture<'a> {
        self.lock().deliveries.push(Delivery::Edited {
            message_id: message_id.clone(),
            post: Post::new(to.clone(), message.clone()),
        });
        Box::pin(std::future::ready(Ok(())))
    }
}
