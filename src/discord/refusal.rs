//! When Discord's gateway keeps refusing the bot. serenity retries every close it does
//! not know to be final, with only its own warnings; some closes no retry can fix
//! (a shard number the gateway does not accept, a bot that needs more shards, an API
//! version it no longer speaks). This watches our shards; one that stays unconnected
//! for a while is asked about by a session of our own, whose close code says why, in
//! Dealbell's words.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use serenity::all::{ShardId, ShardManager};
use serenity::gateway::ConnectionStage;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::{Instant, sleep, timeout};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

/// Why the gateway refuses the bot, for a close no retry can fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error(
        "Discord's gateway refused the bot token (close 4004). Copy the token again from the Bot page of your application and set DISCORD_TOKEN."
    )]
    Token,
    #[error(
        "Discord's gateway refused shard {shard} of {total} (close 4010, invalid shard). Check --shards and --shard-total (discord.shards and discord.shard_total): every shard must be below the total, and every process must use the same total."
    )]
    InvalidShard { shard: u32, total: u32 },
    #[error(
        "Discord wants this bot split over more shards (close 4011, sharding required): it is in too many servers for {total}. Raise --shard-total (Discord recommends a count at GET /gateway/bot) and spread the shards over your processes."
    )]
    ShardingRequired { total: u32 },
    #[error(
        "Discord's gateway no longer speaks the API version this Dealbell uses (close 4012). Update Dealbell."
    )]
    ApiVersion,
    #[error(
        "Discord's gateway does not know the intents Dealbell asked for (close 4013). This is a bug in Dealbell: please report it."
    )]
    InvalidIntents,
    #[error(
        "Discord refused a privileged intent (close 4014). Dealbell needs only the Guilds intent; if you changed that, enable the intent on the Bot page of the Developer Portal."
    )]
    DisallowedIntents,
}

impl Refusal {
    /// What the operator reads (the `Display` above is for logs).
    pub fn worded(&self, words: crate::i18n::Words) -> String {
        match *self {
            Refusal::Token => words.say("shell-refusal-token"),
            Refusal::InvalidShard { shard, total } => words.say_with(
                "shell-refusal-invalid-shard",
                &[
                    ("shard", i64::from(shard).into()),
                    ("total", i64::from(total).into()),
                ],
            ),
            Refusal::ShardingRequired { total } => words.say_with(
                "shell-refusal-sharding-required",
                &[("total", i64::from(total).into())],
            ),
            Refusal::ApiVersion => words.say("shell-refusal-api-version"),
            Refusal::InvalidIntents => words.say("shell-refusal-invalid-intents"),
            Refusal::DisallowedIntents => words.say("shell-refusal-disallowed-intents"),
        }
    }

    /// The refusal a close code means, if no retry can fix it.
    pub fn from_close(code: u16, shard: u32, total: u32) -> Option<Refusal> {
        match code {
            4004 => Some(Refusal::Token),
            4010 => Some(Refusal::InvalidShard { shard, total }),
            4011 => Some(Refusal::ShardingRequired { total }),
            4012 => Some(Refusal::ApiVersion),
            4013 => Some(Refusal::InvalidIntents),
            4014 => Some(Refusal::DisallowedIntents),
            _ => None,
        }
    }
}

/// What a session of our own heard from the gateway.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Probe {
    /// The gateway accepted a session: serenity's next try should get in too.
    Accepted,
    Closed(u16),
    /// No close and no session (a network error, a timeout).
    Unclear(String),
}

/// Where and how to ask the gateway.
#[derive(Clone)]
pub struct Asking {
    pub gateway_url: String,
    pub token: String,
    pub intents: u64,
    pub shards: Vec<u32>,
    pub total: u32,
    /// How long a shard may stay unconnected before we ask why.
    pub patience: Duration,
}

/// The longest wait between two questions about the same shard.
const MOST_BETWEEN_PROBES: Duration = Duration::from_secs(600);
/// How long a question may take.
const PROBE_TIMEOUT: Duration = Duration::from_secs(15);

/// Watches the shards until one is refused for good, and returns why. While a refusal
/// is one a retry may fix, it says so in the log and keeps watching.
pub async fn watch(manager: Arc<ShardManager>, asking: Asking) -> Refusal {
    let started = Instant::now();
    let mut last_connected: HashMap<u32, Instant> =
        asking.shards.iter().map(|s| (*s, started)).collect();
    // Per shard refused so far: when to ask again, and the wait after that.
    let mut asked: HashMap<u32, (Instant, Duration)> = HashMap::new();
    loop {
        sleep(Duration::from_millis(250)).await;
        let now = Instant::now();
        {
            let runners = manager.runners.lock().await;
            for shard in &asking.shards {
                let connected = runners
                    .get(&ShardId(*shard))
                    .is_some_and(|r| r.stage == ConnectionStage::Connected);
                if connected {
                    last_connected.insert(*shard, now);
                    asked.remove(shard);
                }
            }
        }
        for shard in &asking.shards {
            let since = last_connected.get(shard).copied().unwrap_or(started);
            let (due, wait) = asked
                .get(shard)
                .copied()
                .unwrap_or((since + asking.patience, asking.patience));
            if now < due {
                continue;
            }
            match probe(&asking, *shard).await {
                Probe::Closed(code) => {
                    if let Some(refusal) = Refusal::from_close(code, *shard, asking.total) {
                        return refusal;
                    }
                    tracing::warn!(
                        shard,
                        close = code,
                        "Discord's gateway keeps closing this shard's connection with a code a retry may fix; still retrying. Check https://discordstatus.com and the network"
                    );
                }
                Probe::Accepted => tracing::info!(
                    shard,
                    "the gateway accepts a new session again; the shard reconnects"
                ),
                Probe::Unclear(why) => tracing::warn!(
                    shard,
                    reason = %why,
                    "this shard has not connected to Discord's gateway for a while; still retrying. Check the network and https://discordstatus.com"
                ),
            }
            let wait = (wait * 2).min(MOST_BETWEEN_PROBES);
            asked.insert(*shard, (Instant::now() + wait, wait));
        }
    }
}

/// Opens a session of our own for `shard` and reports how the gateway answered it.
async fn probe(asking: &Asking, shard: u32) -> Probe {
    match timeout(PROBE_TIMEOUT, ask(asking, shard)).await {
        Ok(probe) => probe,
        Err(_) => Probe::Unclear("the gateway did not answer within 15 s".into()),
    }
}

async fn ask(asking: &Asking, shard: u32) -> Probe {
    let url = format!(
        "{}/?v=10&encoding=json",
        asking.gateway_url.trim_end_matches('/')
    );
    let (mut socket, _) = match tokio_tungstenite::connect_async(url.as_str()).await {
        Ok(connected) => connected,
        Err(e) => return Probe::Unclear(e.to_string()),
    };
    let identify = json!({"op": 2, "d": {
        "token": asking.token,
        "intents": asking.intents,
        "properties": {"os": std::env::consts::OS, "browser": "dealbell", "device": "dealbell"},
        "shard": [shard, asking.total],
    }});
    if let Err(e) = socket.send(Message::Text(identify.to_string())).await {
        return Probe::Unclear(e.to_string());
    }
    while let Some(frame) = socket.next().await {
        match frame {
            Ok(Message::Close(Some(frame))) => return Probe::Closed(u16::from(frame.code)),
            Ok(Message::Close(None)) => return Probe::Unclear("closed without a code".into()),
            Ok(Message::Text(text)) => {
                let event: Value = serde_json::from_str(&text).unwrap_or_default();
                if event["t"] == "READY" {
                    let bye = CloseFrame {
                        code: CloseCode::Normal,
                        reason: "dealbell: only asking".into(),
                    };
                    let _closed = socket.close(Some(bye)).await;
                    return Probe::Accepted;
                }
            }
            Ok(_) => {}
            Err(e) => return Probe::Unclear(e.to_string()),
        }
    }
    Probe::Unclear("the connection ended without a close code".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_closes_no_retry_can_fix_are_refusals() {
        for code in [
            4000u16, 4001, 4002, 4003, 4005, 4007, 4008, 4009, 1000, 1006,
        ] {
            assert_eq!(Refusal::from_close(code, 0, 1), None, "{code}");
        }
        assert_eq!(
            Refusal::from_close(4010, 3, 2),
            Some(Refusal::InvalidShard { shard: 3, total: 2 })
        );
        for code in [4004u16, 4011, 4012, 4013, 4014] {
            assert!(Refusal::from_close(code, 0, 1).is_some(), "{code}");
        }
        assert!(
            Refusal::ShardingRequired { total: 2 }
                .to_string()
                .contains("--shard-total")
        );
    }
}
