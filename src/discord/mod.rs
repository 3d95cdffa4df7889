//! The Discord adapter (serenity): connect, register the catalogue, turn interactions
//! into invocations and replies into embeds. It holds no business rules.

mod convert;
pub mod embed;
mod handler;
pub mod post;
mod refusal;
pub mod register;

pub use refusal::Refusal;

use crate::app::App;
use handler::Handler;
use serenity::all::{ApplicationId, ClientBuilder, GatewayIntents, HttpBuilder};
use serenity::http::HttpError;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{RwLock, watch};

/// How long interactions in flight may run on after a stop.
const IN_FLIGHT_GRACE: Duration = Duration::from_secs(15);
/// How long a stop waits for the gateway to close before leaving it.
const GATEWAY_CLOSE_GRACE: Duration = Duration::from_secs(5);
/// How long a shard may stay unconnected before Dealbell asks the gateway why.
const REFUSAL_PATIENCE: Duration = Duration::from_secs(30);

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
    /// serenity connected elsewhere than the gateway the configured API named.
    #[error("serenity chose the gateway {chosen} instead of {expected}")]
    WrongGateway { chosen: String, expected: String },
    #[error("Discord closed the connection: {0}")]
    Gateway(String),
    #[error("{0}")]
    Refused(#[from] Refusal),
}

impl DiscordError {
    /// What the operator reads when the bot cannot start or stops (the `Display` above
    /// is for logs).
    pub fn worded(&self, words: crate::i18n::Words) -> String {
        match self {
            DiscordError::BadToken => words.say("shell-discord-bad-token"),
            DiscordError::Unreachable { origin, reason } => words.say_with(
                "shell-discord-unreachable",
                &[
                    ("origin", origin.as_str().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            DiscordError::WrongGateway { chosen, expected } => words.say_with(
                "shell-discord-wrong-gateway",
                &[
                    ("chosen", chosen.as_str().into()),
                    ("expected", expected.as_str().into()),
                ],
            ),
            DiscordError::Gateway(why) => {
                words.say_with("shell-discord-closed", &[("why", why.as_str().into())])
            }
            DiscordError::Refused(refusal) => refusal.worded(words),
        }
    }
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

/// A bot connected to Discord's REST API, its token checked, ready to open the gateway.
pub struct Bot {
    app: App,
    client: serenity::Client,
    in_flight: Arc<RwLock<()>>,
    stopping: Arc<AtomicBool>,
}

/// Checks the token and the gateway address, then builds the gateway client.
pub async fn connect(app: App) -> Result<Bot, DiscordError> {
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
    let client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
        .event_handler(handler)
        .await
        .map_err(|e| DiscordError::Gateway(e.to_string()))?;
    let chosen = client.ws_url.lock().await.clone();
    if chosen != gateway.url {
        return Err(DiscordError::WrongGateway {
            chosen,
            expected: gateway.url.clone(),
        });
    }
    Ok(Bot {
        app,
        client,
        in_flight,
        stopping,
    })
}

impl Bot {
    /// Where scheduled posts go out: the same REST client the bot answers with.
    pub fn poster(&self) -> post::DiscordPoster {
        post::DiscordPoster(self.client.http.clone())
    }

    /// Runs the gateway until `stop` completes, then stops taking interactions, lets
    /// those in flight finish and closes the gateway. Returns early, with
    /// the reason, when the gateway refuses the bot in a way no retry can fix.
    pub async fn run_until(
        mut self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), DiscordError> {
        let (stopped_tx, mut stopped) = watch::channel(false);
        let stopper = tokio::spawn(stop_gateway(
            stop,
            self.client.shard_manager.clone(),
            self.stopping.clone(),
            self.in_flight.clone(),
            stopped_tx,
        ));
        let refused = tokio::spawn(refusal::watch(
            self.client.shard_manager.clone(),
            self.asking().await,
        ));
        let watching = refused.abort_handle();
        let gateway = async {
            match self.app.config.discord.shards {
                Some(shards) => {
                    tracing::info!(
                        first = shards.first,
                        last = shards.last,
                        total = shards.total,
                        "running a range of the gateway's shards"
                    );
                    // serenity reads the range's end as the last shard, included.
                    self.client
                        .start_shard_range(shards.first..shards.last, shards.total)
                        .await
                }
                None => self.client.start().await,
            }
        };
        // A stop ends the run within a bounded time even when serenity's `start` does
        // not return: its shard manager ignores a shutdown that comes while a shard is
        // between connections.
        let stopped_long_enough = async {
            let stop_seen = stopped.wait_for(|s| *s).await.is_ok();
            if !stop_seen {
                std::future::pending::<()>().await;
            }
            tokio::time::sleep(GATEWAY_CLOSE_GRACE).await;
        };
        let result = tokio::select! {
            result = gateway => result.map_err(|e| {
                if is_unauthorized(&e) {
                    DiscordError::BadToken
                } else {
                    gateway_error(e)
                }
            }),
            () = stopped_long_enough => {
                tracing::warn!("the gateway did not close within 5 s of the stop; leaving it");
                Ok(())
            }
            refusal = refused => match refusal {
                Ok(refusal) => Err(DiscordError::Refused(refusal)),
                Err(e) => Err(DiscordError::Gateway(e.to_string())),
            },
        };
        stopper.abort();
        // A dropped JoinHandle leaves its task running: the watch would go on asking
        // the gateway after the bot stopped.
        watching.abort();
        result
    }

    /// How the refusal watch reaches the gateway: the address serenity chose, our
    /// token and intents, and this process's shards.
    async fn asking(&self) -> refusal::Asking {
        let config = &self.app.config.discord;
        let (shards, total) = match config.shards {
            Some(r) => ((r.first..=r.last).collect(), r.total),
            // serenity runs every shard Discord recommends; ask the same question it
            // asked (should that fail, serenity's own start fails with it).
            None => {
                let total = match self.client.http.get_bot_gateway().await {
                    Ok(gateway) => gateway.shards.max(1),
                    Err(_) => 1,
                };
                ((0..total).collect(), total)
            }
        };
        refusal::Asking {
            gateway_url: self.client.ws_url.lock().await.clone(),
            token: config.token.expose().to_string(),
            intents: GatewayIntents::GUILDS.bits(),
            shards,
            total,
            patience: config.refusal_patience.unwrap_or(REFUSAL_PATIENCE),
        }
    }
}

/// serenity's own errors for closes no retry can fix, in Dealbell's words.
fn gateway_error(e: serenity::Error) -> DiscordError {
    use serenity::gateway::GatewayError as G;
    let refusal = match &e {
        serenity::Error::Gateway(G::InvalidAuthentication) => Some(Refusal::Token),
        serenity::Error::Gateway(G::InvalidGatewayIntents) => Some(Refusal::InvalidIntents),
        serenity::Error::Gateway(G::DisallowedGatewayIntents) => Some(Refusal::DisallowedIntents),
        _ => None,
    };
    match refusal {
        Some(refusal) => DiscordError::Refused(refusal),
        None => DiscordError::Gateway(e.to_string()),
    }
}

/// On `stop`: no new interactions, those in flight finish (for a while), then the
/// shards are told to close, again and again, because a shard between connections has
/// no runner to tell yet and would otherwise connect again.
async fn stop_gateway(
    stop: impl std::future::Future<Output = ()>,
    shards: Arc<serenity::all::ShardManager>,
    stopping: Arc<AtomicBool>,
    in_flight: Arc<RwLock<()>>,
    stopped: watch::Sender<bool>,
) {
    stop.await;
    tracing::info!("stopping: finishing interactions in flight");
    stopping.store(true, Ordering::SeqCst);
    if tokio::time::timeout(IN_FLIGHT_GRACE, in_flight.write())
        .await
        .is_err()
    {
        tracing::warn!("interactions still in flight 15 s after the stop; leaving them");
    }
    let _watched = stopped.send(true);
    loop {
        shards.shutdown_all().await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
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
