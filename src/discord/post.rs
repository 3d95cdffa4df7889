//! The Discord half of posting: a `Poster` that sends through serenity's REST client.

use super::embed;
use crate::core::ids::{Destination, MessageId};
use crate::poster::{PostError, PostFuture, Poster};
use crate::reply::{Message, Post};
use std::sync::Arc;

/// Posts through the bot's REST client.
#[derive(Clone)]
pub struct DiscordPoster(pub Arc<serenity::http::Http>);

impl Poster for DiscordPoster {
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a, MessageId> {
        Box::pin(send_post(&self.0, post))
    }

    fn edit<'a>(
        &'a self,
        to: &'a Destination,
        message_id: &'a MessageId,
        message: &'a Message,
    ) -> PostFuture<'a> {
        Box::pin(edit_post(&self.0, to, message_id, message))
    }
}

/// A Discord id from text; 0 is not an id (and serenity's ids refuse it).
fn snowflake(text: &str) -> Option<u64> {
    text.parse::<u64>().ok().filter(|id| *id != 0)
}

/// The Discord channel a destination is: the channel itself, or the direct-message
/// channel with the user (opened, or reused, for the purpose).
async fn discord_channel(
    http: &serenity::http::Http,
    to: &Destination,
) -> Result<serenity::all::ChannelId, PostError> {
    let bad = || PostError::BadDestination(to.to_string());
    match to {
        Destination::Channel(c) => Ok(serenity::all::ChannelId::new(
            snowflake(c.as_str()).ok_or_else(bad)?,
        )),
        Destination::Direct(u) => {
            serenity::all::UserId::new(snowflake(u.as_str()).ok_or_else(bad)?)
                .create_dm_channel(http)
                .await
                .map(|dm| dm.id)
                .map_err(|e| PostError::Refused(e.to_string()))
        }
    }
}

/// Sends one post to its Discord channel (or a user's direct messages), pinging only
/// the users it means to mention; returns the message's id. A post with a nonce asks
/// Discord to drop a repeat of it.
pub async fn send_post(http: &serenity::http::Http, post: &Post) -> Result<MessageId, PostError> {
    use serenity::all::{CreateMessage, Nonce};
    let channel = discord_channel(http, &post.to).await?;
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
    channel
        .send_message(http, message)
        .await
        .map(|sent| MessageId::new(sent.id.to_string()))
        .map_err(|e| PostError::Refused(e.to_string()))
}

/// Replaces a posted message's embed (and drops its pings: an edit never pings again).
pub async fn edit_post(
    http: &serenity::http::Http,
    to: &Destination,
    message_id: &MessageId,
    message: &Message,
) -> Result<(), PostError> {
    use serenity::all::{CreateAllowedMentions, EditMessage};
    let channel = discord_channel(http, to).await?;
    let id = snowflake(message_id.as_str())
        .ok_or_else(|| PostError::BadDestination(message_id.to_string()))?;
    let edit = EditMessage::new()
        .embed(embed::embed(message))
        .allowed_mentions(CreateAllowedMentions::new());
    channel
        .edit_message(http, serenity::all::MessageId::new(id), edit)
        .await
        .map(|_| ())
        .map_err(|e| PostError::Refused(e.to_string()))
}
