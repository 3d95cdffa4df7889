//! The Discord half of posting: a `Poster` that sends through serenity's REST client.

use super::embed;
use crate::poster::{PostError, PostFuture, Poster};
use crate::reply::{Message, Post};
use std::sync::Arc;

/// Posts through the bot's REST client.
#[derive(Clone)]
pub struct DiscordPoster(pub Arc<serenity::http::Http>);

impl Poster for DiscordPoster {
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a> {
        Box::pin(send_post(&self.0, post))
    }

    fn direct_message<'a>(&'a self, user_id: &'a str, message: &'a Message) -> PostFuture<'a> {
        Box::pin(send_direct(&self.0, user_id, message))
    }
}

/// Sends one post to its Discord channel, pinging only the users it means to mention.
pub async fn send_post(http: &serenity::http::Http, post: &Post) -> Result<(), PostError> {
    use serenity::all::{ChannelId, CreateMessage};
    // Id 0 is not a channel (and serenity's ids refuse it).
    let channel = post
        .channel_id
        .parse::<u64>()
        .ok()
        .filter(|id| *id != 0)
        .ok_or_else(|| PostError::BadChannel(post.channel_id.clone()))?;
    let mut message = CreateMessage::new()
        .embed(embed::embed(&post.message))
        .allowed_mentions(embed::allowed_mentions(&post.message));
    if let Some(content) = embed::mention_content(&post.message) {
        message = message.content(content);
    }
    for file in embed::attachments(&post.message) {
        message = message.add_file(file);
    }
    ChannelId::new(channel)
        .send_message(http, message)
        .await
        .map(|_| ())
        .map_err(|e| PostError::Refused(e.to_string()))
}

/// Sends a direct message: opens (or reuses) the DM channel with the user, then posts.
pub async fn send_direct(
    http: &serenity::http::Http,
    user_id: &str,
    message: &Message,
) -> Result<(), PostError> {
    use serenity::all::UserId;
    let user = user_id
        .parse::<u64>()
        .ok()
        .filter(|id| *id != 0)
        .ok_or_else(|| PostError::BadChannel(format!("user {user_id}")))?;
    let channel = UserId::new(user)
        .create_dm_channel(http)
        .await
        .map_err(|e| PostError::Refused(e.to_string()))?;
    send_post(
        http,
        &Post {
            channel_id: channel.id.to_string(),
            message: message.clone(),
        },
    )
    .await
}
