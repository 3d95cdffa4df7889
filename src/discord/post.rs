//! The Discord half of posting: a `Poster` that sends through serenity's REST client.

use super::embed;
use crate::poster::{PostError, PostFuture, Poster};
use crate::reply::{Message, Post};
use std::sync::Arc;

/// Posts through the bot's REST client.
#[derive(Clone)]
pub struct DiscordPoster(pub Arc<serenity::http::Http>);

impl Poster for DiscordPoster {
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a, String> {
        Box::pin(send_post(&self.0, post))
    }

    fn edit<'a>(
        &'a self,
        channel_id: &'a str,
        message_id: &'a str,
        message: &'a Message,
    ) -> PostFuture<'a> {
        Box::pin(edit_post(&self.0, channel_id, message_id, message))
    }

    fn direct_message<'a>(&'a self, user_id: &'a str, message: &'a Message) -> PostFuture<'a> {
        Box::pin(send_direct(&self.0, user_id, message))
    }
}

/// A Discord id from text; 0 is not an id (and serenity's ids refuse it).
fn snowflake(text: &str) -> Option<u64> {
    text.parse::<u64>().ok().filter(|id| *id != 0)
}

/// Sends one post to its Discord channel, pinging only the users it means to mention;
/// returns the message's id. A post with a nonce asks Discord to drop a repeat of it.
pub async fn send_post(http: &serenity::http::Http, post: &Post) -> Result<String, PostError> {
    use serenity::all::{ChannelId, CreateMessage, Nonce};
    let channel = snowflake(&post.channel_id)
        .ok_or_else(|| PostError::BadChannel(post.channel_id.clone()))?;
    let mut message = CreateMessage::new()
        .embed(embed::embed(&post.message))
        .allowed_mentions(embed::allowed_mentions(&post.message));
    if let Some(content) = embed::mention_content(&post.message) {
        message = message.content(content);
    }
    if let Some(nonce) = &post.nonce {
        message = message
            .nonce(Nonce::String(nonce.clone()))
            .enforce_nonce(true);
    }
    for file in embed::attachments(&post.message) {
        message = message.add_file(file);
    }
    ChannelId::new(channel)
        .send_message(http, message)
        .await
        .map(|sent| sent.id.to_string())
        .map_err(|e| PostError::Refused(e.to_string()))
}

/// Replaces a posted message's embed (and drops its pings: an edit never pings again).
pub async fn edit_post(
    http: &serenity::http::Http,
    channel_id: &str,
    message_id: &str,
    message: &Message,
) -> Result<(), PostError> {
    use serenity::all::{ChannelId, CreateAllowedMentions, EditMessage, MessageId};
    let channel =
        snowflake(channel_id).ok_or_else(|| PostError::BadChannel(channel_id.to_string()))?;
    let id = snowflake(message_id)
        .ok_or_else(|| PostError::BadChannel(format!("message {message_id}")))?;
    let edit = EditMessage::new()
        .embed(embed::embed(message))
        .allowed_mentions(CreateAllowedMentions::new());
    ChannelId::new(channel)
        .edit_message(http, MessageId::new(id), edit)
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
    let user =
        snowflake(user_id).ok_or_else(|| PostError::BadChannel(format!("user {user_id}")))?;
    let channel = UserId::new(user)
        .create_dm_channel(http)
        .await
        .map_err(|e| PostError::Refused(e.to_string()))?;
    send_post(http, &Post::new(channel.id.to_string(), message.clone()))
        .await
        .map(|_| ())
}
