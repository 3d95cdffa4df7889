//! The Discord adapter (serenity): connect, register the catalogue, turn interactions
//! into invocations and replies into embeds. It holds no business rules.

mod convert;
pub mod embed;
mod handler;
pub mod register;

use crate::app::App;
use handler::Handler;
use serenity::all::{ApplicationId, ClientBuilder, GatewayIntents, HttpBuilder};
use serenity::http::HttpError;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;
use tokio::sync::RwLock;

/// The permissions the bot asks for: view channels, send messages, embed links,
/// attach files (1024 + 2048 + 16384 + 32768).
pub const INVITE_PERMISSIONS: u64 = 52_224;

pub fn invite_url(application_id: Option<u64>) -> String {
    let id = application_id
        .map(|i| i.to_string())
        .unwrap_or_else(|| "YOUR_APPLICATION_ID".into());
    format!(
        "https://discord.com/oauth2/authorize?client_id={id}&scope=bot%20applications.commands&permissions={INVITE_PERMISSIONS}"
    )
}

#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    #[error(
        "Discord rejected the bot token (401 Unauthorized). Copy the token again from the Bot page of your application and set DISCORD_TOKEN."
    )]
    BadToken,
    #[error(
        "cannot reach the Discord API at {origin}: {reason}. Check DEALBELL_DISCORD_API_URL and the network; not falling back to another address."
    )]
    Unreachable { origin: String, reason: String },
    #[error("Discord closed the connection: {0}")]
    Gateway(String),
}

fn is_unauthorized(e: &serenity::Error) -> bool {
    matches!(e, serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 401)
}

/// The application id behind the configured token (for the invite link).
pub async fn application_id(config: &crate::config::Config) -> Result<u64, DiscordError> {
    let origin = config
        .discord
        .api_url
        .clone()
        .unwrap_or_else(|| "https://discord.com".into());
    let http = http_client(
        config.discord.token.expose(),
        config.discord.api_url.as_deref(),
    );
    http.get_current_application_info()
        .await
        .map(|a| a.id.get())
        .map_err(|e| {
            if is_unauthorized(&e) {
                DiscordError::BadToken
            } else {
                DiscordError::Unreachable {
                    origin,
                    reason: e.to_string(),
                }
            }
        })
}

/// Sends one post to its Discord channel, pinging only the users it means to mention.
pub(crate) async fn send_post(
    http: &serenity::http::Http,
    post: &crate::reply::Post,
) -> Result<(), crate::poster::PostError> {
    use crate::poster::PostError;
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
    if let Some(file) = embed::attachment(&post.message) {
        message = message.add_file(file);
    }
    ChannelId::new(channel)
        .send_message(http, message)
        .await
        .map(|_| ())
        .map_err(|e| PostError::Refused(e.to_string()))
}

/// Sends a direct message: opens (or reuses) the DM channel with the user, then posts.
pub(crate) async fn send_direct(
    http: &serenity::http::Http,
    user_id: &str,
    message: &crate::reply::Message,
) -> Result<(), crate::poster::PostError> {
    use crate::poster::PostError;
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
        &crate::reply::Post {
            channel_id: channel.id.to_string(),
            message: message.clone(),
        },
    )
    .await
}

/// The REST client: Discord itself, or the configured origin (a proxy, the fake Discord).
fn http_client(token: &str, api_url: Option<&str>) -> serenity::http::Http {
    let mut builder = HttpBuilder::new(token);
    if let Some(origin) = api_url {
        // serenity's proxy mode needs its rate limiter off; the origin (a proxy or a
        // test server) is then responsible for rate limits.
        builder = builder.proxy(origin).ratelimiter_disabled(true);
    }
    builder.build()
}

/// Runs the bot until Ctrl-C or SIGTERM, then stops taking interactions, lets those
/// in flight finish, closes the gateway and the database.
pub async fn run(app: App) -> Result<(), DiscordError> {
    run_until(app, shutdown_signal()).await
}

/// Runs the bot until `stop` completes (tests stop it this way; `run` uses signals).
pub async fn run_until(
    app: App,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), DiscordError> {
    let started = Instant::now();
    let config = app.config.clone();
    let token = config.discord.token.expose().to_string();
    let api_url = config.discord.api_url.as_deref();
    let origin = api_url.unwrap_or("https://discord.com").to_string();
    let unreachable = |e: serenity::Error| DiscordError::Unreachable {
        origin: origin.clone(),
        reason: e.to_string(),
    };

    // Check the token and the gateway address ourselves: serenity would quietly fall
    // back to the real Discord gateway if its own gateway request failed.
    let http = http_client(&token, api_url);
    let me = http.get_current_user().await.map_err(|e| {
        if is_unauthorized(&e) {
            DiscordError::BadToken
        } else {
            unreachable(e)
        }
    })?;
    let gateway = http.get_gateway().await.map_err(unreachable)?;
    let application = http
        .get_current_application_info()
        .await
        .map_err(unreachable)?;
    tracing::info!(bot = %me.name, gateway = %gateway.url, "Discord API reachable");

    let in_flight = Arc::new(RwLock::new(()));
    let stopping = Arc::new(AtomicBool::new(false));
    let handler = Handler {
        app: app.clone(),
        dev_guild: config.discord.dev_guild,
        started,
        in_flight: in_flight.clone(),
        stopping: stopping.clone(),
        max_attachment: config.import_max_bytes,
    };
    let http = http_client(&token, api_url);
    http.set_application_id(ApplicationId::new(application.id.get()));
    let mut client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
        .event_handler(handler)
        .await
        .map_err(|e| DiscordError::Gateway(e.to_string()))?;
    let chosen = client.ws_url.lock().await.clone();
    if chosen != gateway.url {
        return Err(DiscordError::Unreachable {
            origin,
            reason: format!(
                "serenity chose the gateway {chosen} instead of {}",
                gateway.url
            ),
        });
    }

    // Scheduled posts go out through the same client.
    let scheduler = crate::scheduler::Scheduler::new(
        app.clone(),
        crate::poster::Poster::Discord(client.http.clone()),
    );
    let scheduler_task = tokio::spawn(scheduler.run_forever());

    let shards = client.shard_manager.clone();
    tokio::spawn(async move {
        stop.await;
        tracing::info!("stopping: finishing interactions in flight");
        stopping.store(true, Ordering::SeqCst);
        let _all_done = in_flight.write().await;
        shards.shutdown_all().await;
    });
    let result = client.start().await;
    scheduler_task.abort();
    app.db.close().await;
    match result {
        Ok(()) => Ok(()),
        Err(e) if is_unauthorized(&e) => Err(DiscordError::BadToken),
        Err(e) => Err(DiscordError::Gateway(e.to_string())),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
