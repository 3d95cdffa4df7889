//! An in-process fake Discord on 127.0.0.1: enough REST and gateway for the real
//! serenity client. It records every request, checks each body against Discord's
//! OpenAPI spec, and builds every gateway payload from complete objects that it
//! first reads back with serenity's own types (serenity drops events it cannot read).

use super::openapi;
use futures_util::{SinkExt, StreamExt};
use hyper::service::{make_service_fn, service_fn};
use hyper::{Body, Request, Response, StatusCode};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{Notify, mpsc};
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

pub const TOKEN: &str = "fake-bot-token";
pub const APP_ID: u64 = 900_000_000_000_000_001;
pub const BOT_ID: u64 = 900_000_000_000_000_002;
pub const GUILD_ID: u64 = 910_000_000_000_000_001;
pub const OWNER_ID: u64 = 920_000_000_000_000_001;
pub const CHANNEL_ID: u64 = 930_000_000_000_000_001;
pub const WINS_CHANNEL_ID: u64 = 930_000_000_000_000_002;
pub const MANAGER_ROLE_ID: u64 = 940_000_000_000_000_001;

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Without the `/api/v10` prefix.
    pub path: String,
    pub body: Value,
    /// Files uploaded with it (multipart parts with a filename): (name, size in bytes).
    pub files: Vec<(String, usize)>,
}

impl Recorded {
    /// A message created in `channel`.
    pub fn is_post_to(&self, channel: u64) -> bool {
        self.method == "POST" && self.path == format!("/channels/{channel}/messages")
    }
}

/// What the gateway can be told to do to the connected bot.
#[derive(Debug)]
enum GatewayControl {
    Dispatch(String, Value),
    /// Drops the TCP connection without a close frame, like a network failure.
    Drop,
    /// Opcode 7: "reconnect and resume".
    Reconnect,
    /// Opcode 9: the session is invalid; `true` if it may be resumed.
    InvalidSession(bool),
    /// Closes the connection with this close code (4000, 4009, ...).
    Close(u16),
}

#[derive(Default)]
struct State {
    requests: Mutex<Vec<Recorded>>,
    violations: Mutex<Vec<String>>,
    changed: Notify,
    gateway: Mutex<Option<mpsc::UnboundedSender<GatewayControl>>>,
    identifies: AtomicUsize,
    /// The `shard` of each IDENTIFY ([id, total]; null when the bot sent none).
    identified_shards: Mutex<Vec<Value>>,
    resumes: AtomicUsize,
    next_id: AtomicU64,
    files: Mutex<HashMap<String, Vec<u8>>>,
    failing_channels: Mutex<Vec<u64>>,
    rest_addr: Mutex<Option<SocketAddr>>,
    gateway_addr: Mutex<Option<SocketAddr>>,
    /// The last interaction dispatched, to deliver it again.
    last_interaction: Mutex<Option<Value>>,
    /// Messages created in channels, in order: (channel, message id, body).
    messages: Mutex<Vec<(u64, u64, Value)>>,
    /// Message ids by nonce: like Discord, a repeat with `enforce_nonce` returns the
    /// message made the first time instead of posting again.
    nonces: Mutex<HashMap<String, u64>>,
    /// Edits of channel messages: (channel, message id, body).
    edits: Mutex<Vec<(u64, u64, Value)>>,
    /// Statuses the next posts to a channel get instead of success (429, 500, ...).
    faults: Mutex<HashMap<u64, Vec<u16>>>,
    /// What the next interaction callbacks meet instead of success, in order.
    callback_faults: Mutex<Vec<CallbackFault>>,
    /// The heartbeat interval new sessions are told (0: Discord's usual 41.25 s).
    heartbeat_ms: AtomicU64,
    /// Heartbeats received (opcode 1).
    heartbeats: AtomicUsize,
    /// Heartbeats go unacknowledged (a gateway that stopped answering).
    acks_off: std::sync::atomic::AtomicBool,
    /// Channels whose posts are made but answered only a minute later: the sender
    /// cannot know that Discord has the message (a crash or a cut connection then).
    stalled_channels: Mutex<Vec<u64>>,
    /// Interaction callbacks by interaction id, so waiting for one does not rescan every
    /// request (which made the fake, not the bot, the cost under load).
    callbacks: Mutex<HashMap<String, Value>>,
    /// Every IDENTIFY and RESUME is answered by closing with this code (0: none): a
    /// gateway that keeps refusing the bot.
    refuse_with: std::sync::atomic::AtomicU16,
    /// Sessions refused so far.
    refusals: AtomicUsize,
    /// The Discord app language of whoever sends the next interactions (None: en-US).
    locale: Mutex<Option<String>>,
}

/// A fault on an interaction callback.
#[derive(Debug, Clone, Copy)]
pub enum CallbackFault {
    /// Refused with this status (500, 502, 503): the interaction is not answered.
    Status(u16),
    /// The answer is taken, but the reply to it is lost (a 502 comes back instead).
    LostReply,
}

#[derive(Clone)]
pub struct FakeDiscord {
    state: Arc<State>,
    pub rest: SocketAddr,
}

/// Someone in the fake server.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: u64,
    pub name: String,
    pub roles: Vec<u64>,
    /// Discord permission bits the member has in the channel.
    pub permissions: u64,
}

impl Person {
    pub fn rep(id: u64, name: &str) -> Person {
        // View channel, send messages, use application commands.
        Person {
            id,
            name: name.into(),
            roles: Vec::new(),
            permissions: 1024 | 2048 | (1 << 31),
        }
    }
    pub fn owner() -> Person {
        Person {
            id: OWNER_ID,
            name: "Olga Owner".into(),
            roles: Vec::new(),
            permissions: (1 << 41) - 1,
        }
    }
}

fn snowflake_now(state: &State) -> u64 {
    // Unique, increasing ids; the timestamp part does not matter to the bot.
    1_000_000_000_000_000_000 + state.next_id.fetch_add(1, Ordering::SeqCst)
}

/// A DM channel's id is its user's id plus this.
pub const DM_OFFSET: u64 = 1_000_000_000;

fn user_json(id: u64, name: &str, bot: bool) -> Value {
    json!({
        "id": id.to_string(), "username": name, "global_name": name, "discriminator": "0",
        "avatar": null, "bot": bot, "public_flags": 0, "flags": 0
    })
}

fn member_json(p: &Person) -> Value {
    json!({
        "user": user_json(p.id, &p.name, false),
        "nick": null, "avatar": null,
        "roles": p.roles.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
        "joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0,
        "pending": false, "permissions": p.permissions.to_string(), "premium_since": null,
        "communication_disabled_until": null
    })
}

fn message_json(id: u64, channel: u64, body: &Value) -> Value {
    let m = json!({
        "id": id.to_string(), "channel_id": channel.to_string(), "author": user_json(BOT_ID, "Dealbell", true),
        "content": body.get("content").cloned().unwrap_or(json!("")),
        "timestamp": "2026-03-10T09:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
        "embeds": body.get("embeds").cloned().unwrap_or(json!([])),
        "components": [], "pinned": false, "type": 0, "flags": body.get("flags").cloned().unwrap_or(json!(0))
    });
    // Whatever the fake sends must be readable by serenity, or the test is wrong.
    if let Err(e) = serde_json::from_value::<serenity::model::channel::Message>(m.clone()) {
        panic!("fake message does not deserialize: {e}\n{m}");
    }
    m
}

fn role_json(id: u64, name: &str, position: u64) -> Value {
    json!({"id": id.to_string(), "name": name, "color": 0,
           "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
           "hoist": false, "icon": null, "unicode_emoji": null, "position": position, "permissions": "2147486720",
           "managed": false, "mentionable": true, "flags": 0})
}

fn text_channel_json(id: u64, name: &str, position: u64) -> Value {
    json!({"id": id.to_string(), "type": 0, "guild_id": GUILD_ID.to_string(), "name": name, "position": position,
           "permission_overwrites": [], "nsfw": false, "topic": null, "last_message_id": null, "parent_id": null,
           "rate_limit_per_user": 0})
}

fn guild_json() -> Value {
    let mut g = json!({
        "id": GUILD_ID.to_string(), "name": "Acme Sales", "icon": null, "icon_hash": null, "splash": null,
        "discovery_splash": null, "owner_id": OWNER_ID.to_string(), "afk_channel_id": null, "afk_timeout": 300,
        "widget_enabled": false, "widget_channel_id": null, "verification_level": 0,
        "default_message_notifications": 0, "explicit_content_filter": 0, "features": [], "mfa_level": 0
    });
    let more = json!({
        "application_id": null, "system_channel_id": null, "system_channel_flags": 0, "rules_channel_id": null,
        "max_presences": null, "max_members": 1000, "vanity_url_code": null, "description": null, "banner": null,
        "premium_tier": 0, "premium_subscription_count": 0, "preferred_locale": "en-US",
        "public_updates_channel_id": null, "max_video_channel_users": 25, "nsfw_level": 0,
        "premium_progress_bar_enabled": false, "safety_alerts_channel_id": null
    });
    let state = json!({
        "emojis": [], "stickers": [],
        "joined_at": "2024-01-01T00:00:00.000000+00:00", "large": false, "unavailable": false, "member_count": 3,
        "voice_states": [], "members": [], "threads": [], "presences": [], "stage_instances": [],
        "guild_scheduled_events": [], "soundboard_sounds": []
    });
    for part in [more, state] {
        if let (Some(target), Value::Object(fields)) = (g.as_object_mut(), part) {
            target.extend(fields);
        }
    }
    g["roles"] = json!([
        role_json(GUILD_ID, "@everyone", 0),
        role_json(MANAGER_ROLE_ID, "Sales leads", 1)
    ]);
    g["channels"] = json!([
        text_channel_json(CHANNEL_ID, "sales", 0),
        text_channel_json(WINS_CHANNEL_ID, "wins", 1)
    ]);
    g
}

fn check_event(kind: &str, data: &Value) {
    let event = json!({"t": kind, "d": data, "op": 0, "s": 1});
    match serde_json::from_value::<serenity::model::event::GatewayEvent>(event) {
        Ok(serenity::model::event::GatewayEvent::Dispatch(
            _,
            serenity::model::event::Event::Unknown(u),
        )) => {
            panic!(
                "serenity would drop this {kind} (it reads it as unknown): {:?}",
                u
            )
        }
        Ok(_) => {}
        Err(e) => panic!("serenity cannot read this {kind}: {e}\n{data}"),
    }
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let state = Arc::new(State::default());
        let gateway_listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gateway = gateway_listener.local_addr().unwrap();
        *state.gateway_addr.lock().unwrap() = Some(gateway);
        tokio::spawn(run_gateway(gateway_listener, state.clone()));

        let make = {
            let state = state.clone();
            make_service_fn(move |_| {
                let state = state.clone();
                async move {
                    Ok::<_, Infallible>(service_fn(move |req| handle_rest(req, state.clone())))
                }
            })
        };
        let server = hyper::Server::bind(&"127.0.0.1:0".parse().unwrap()).serve(make);
        let rest = server.local_addr();
        *state.rest_addr.lock().unwrap() = Some(rest);
        tokio::spawn(server);
        FakeDiscord { state, rest }
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.rest)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }

    /// Request bodies Discord's spec would reject.
    pub fn violations(&self) -> Vec<String> {
        self.state.violations.lock().unwrap().clone()
    }

    pub fn identifies(&self) -> usize {
        self.state.identifies.load(Ordering::SeqCst)
    }

    /// The shards the bot identified as, in order ([id, total] each).
    pub fn identified_shards(&self) -> Vec<Value> {
        self.state.identified_shards.lock().unwrap().clone()
    }

    /// From now on every IDENTIFY and RESUME is closed with `code` (0 lets them in again).
    pub fn refuse_sessions_with(&self, code: u16) {
        self.state.refuse_with.store(code, Ordering::SeqCst);
    }

    pub fn refusals(&self) -> usize {
        self.state.refusals.load(Ordering::SeqCst)
    }

    pub fn resumes(&self) -> usize {
        self.state.resumes.load(Ordering::SeqCst)
    }

    /// The next interaction callbacks meet these faults, in order.
    pub fn fail_next_callbacks(&self, faults: &[CallbackFault]) {
        *self.state.callback_faults.lock().unwrap() = faults.to_vec();
    }

    /// Posts to `channel` are created, and their answers held back for a minute.
    pub fn stall_channel(&self, channel: u64) {
        self.state.stalled_channels.lock().unwrap().push(channel);
    }

    pub fn unstall_channels(&self) {
        self.state.stalled_channels.lock().unwrap().clear();
    }

    pub fn fail_channel(&self, channel: u64) {
        self.state.failing_channels.lock().unwrap().push(channel);
    }

    /// The next posts to `channel` fail with these statuses, in order (429 comes with a
    /// short retry-after, as Discord sends it).
    pub fn fail_next(&self, channel: u64, statuses: &[u16]) {
        self.state
            .faults
            .lock()
            .unwrap()
            .insert(channel, statuses.to_vec());
    }

    /// Messages created in a channel (a repeat dropped by its nonce counts once): (id, body).
    pub fn messages_in(&self, channel: u64) -> Vec<(String, Value)> {
        self.state
            .messages
            .lock()
            .unwrap()
            .iter()
            .filter(|(c, _, _)| *c == channel)
            .map(|(_, id, body)| (id.to_string(), body.clone()))
            .collect()
    }

    /// Edits of messages in a channel: (message id, new body).
    pub fn edits_in(&self, channel: u64) -> Vec<(String, Value)> {
        self.state
            .edits
            .lock()
            .unwrap()
            .iter()
            .filter(|(c, _, _)| *c == channel)
            .map(|(_, id, body)| (id.to_string(), body.clone()))
            .collect()
    }

    /// Serves `bytes` as an attachment; returns its URL.
    pub fn host_file(&self, name: &str, bytes: Vec<u8>) -> String {
        self.state
            .files
            .lock()
            .unwrap()
            .insert(name.to_string(), bytes);
        format!("{}/files/{name}", self.origin())
    }

    /// Waits until a request matching `pred` has been made (at most 10 s).
    /// The body of the first message created in `channel`, waiting for it.
    pub async fn wait_for_post(&self, what: &str, channel: u64) -> Value {
        self.wait_for(what, |r| r.is_post_to(channel)).await.body
    }

    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Recorded) -> bool) -> Recorded {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.state.changed.notified();
            let found = self
                .state
                .requests
                .lock()
                .unwrap()
                .iter()
                .find(|r| pred(r))
                .cloned();
            if let Some(r) = found {
                return r;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "timed out waiting for {what}; requests so far: {:#?}",
                    self.requests()
                        .iter()
                        .map(|r| format!("{} {}", r.method, r.path))
                        .collect::<Vec<_>>()
                );
            }
        }
    }

    /// Waits until at least `n` requests match `pred` (at most 10 s); returns how many did.
    pub async fn wait_for_count(
        &self,
        what: &str,
        n: usize,
        pred: impl Fn(&Recorded) -> bool,
    ) -> usize {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.state.changed.notified();
            let count = self.requests().iter().filter(|r| pred(r)).count();
            if count >= n {
                return count;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("timed out waiting for {n} × {what}; saw {count}");
            }
        }
    }

    /// Waits until the bot has registered its commands; returns the registered body.
    pub async fn registered_commands(&self) -> Value {
        self.wait_for("command registration", |r| {
            r.method == "PUT" && r.path.ends_with("/commands")
        })
        .await
        .body
    }

    /// Waits for a gateway connection to be ready for events.
    async fn connected(&self) -> mpsc::UnboundedSender<GatewayControl> {
        for _ in 0..200 {
            if let Some(tx) = self.state.gateway.lock().unwrap().clone() {
                return tx;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the bot never connected to the gateway");
    }

    pub async fn dispatch(&self, kind: &str, data: Value) {
        check_event(kind, &data);
        if kind == "INTERACTION_CREATE" {
            *self.state.last_interaction.lock().unwrap() = Some(data.clone());
        }
        let tx = self.connected().await;
        tx.send(GatewayControl::Dispatch(kind.to_string(), data))
            .ok();
    }

    /// Delivers the last interaction again, as a gateway replay after a resume would.
    pub async fn replay_last_interaction(&self) {
        let last = self.state.last_interaction.lock().unwrap().clone();
        let data = last.expect("an interaction was dispatched before");
        self.dispatch("INTERACTION_CREATE", data).await;
    }

    /// Sends an event without checking that serenity can read it (to test that a
    /// dropped event is noticed).
    // Used by tests/dropped_events.rs, which runs in its own process.
    #[allow(dead_code)]
    pub async fn dispatch_unchecked(&self, kind: &str, data: Value) {
        let tx = self.connected().await;
        tx.send(GatewayControl::Dispatch(kind.to_string(), data))
            .ok();
    }

    /// Tells the bot to reconnect (opcode 7), as Discord does before moving a session.
    pub async fn request_reconnect(&self) {
        let tx = self.connected().await;
        *self.state.gateway.lock().unwrap() = None;
        tx.send(GatewayControl::Reconnect).ok();
    }

    /// Invalidates the session (opcode 9, not resumable): the bot must identify again.
    pub async fn invalidate_session(&self) {
        self.control(GatewayControl::InvalidSession(false)).await;
    }

    /// Invalidates the session as resumable (opcode 9 with `true`).
    pub async fn invalidate_session_resumable(&self) {
        self.control(GatewayControl::InvalidSession(true)).await;
    }

    /// Closes the gateway connection with a close code.
    pub async fn close_with(&self, code: u16) {
        self.control(GatewayControl::Close(code)).await;
    }

    /// The heartbeat interval told to connections made from now on (a resumed session
    /// keeps the interval it had).
    pub fn set_heartbeat_interval(&self, ms: u64) {
        self.state.heartbeat_ms.store(ms, Ordering::SeqCst);
    }

    /// Heartbeats received so far.
    pub fn heartbeats(&self) -> usize {
        self.state.heartbeats.load(Ordering::SeqCst)
    }

    /// Whether heartbeats are acknowledged (opcode 11).
    pub fn acknowledge_heartbeats(&self, on: bool) {
        self.state.acks_off.store(!on, Ordering::SeqCst);
    }

    async fn control(&self, control: GatewayControl) {
        let tx = self.connected().await;
        *self.state.gateway.lock().unwrap() = None;
        tx.send(control).ok();
    }

    /// Cuts the gateway connection as a network failure would.
    pub async fn drop_connection(&self) {
        let tx = self.connected().await;
        *self.state.gateway.lock().unwrap() = None;
        tx.send(GatewayControl::Drop).ok();
    }

    /// Sets the Discord app language the next interactions come from (`pl`, `de`, …).
    pub fn set_locale(&self, locale: &str) {
        *self.state.locale.lock().unwrap() = Some(locale.to_string());
    }

    fn interaction_base(&self, kind: u8, who: &Person, data: Value) -> (Value, String, String) {
        let id = snowflake_now(&self.state).to_string();
        let locale = self
            .state
            .locale
            .lock()
            .unwrap()
            .clone()
            .unwrap_or_else(|| "en-US".into());
        let token = format!("itoken-{id}");
        let payload = json!({
            "id": id, "application_id": APP_ID.to_string(), "type": kind, "data": data,
            "guild_id": GUILD_ID.to_string(),
            "channel": {"id": CHANNEL_ID.to_string(), "type": 0, "guild_id": GUILD_ID.to_string(), "name": "sales",
                        "permission_overwrites": [], "nsfw": false, "position": 0, "flags": 0},
            "channel_id": CHANNEL_ID.to_string(), "member": member_json(who), "token": token, "version": 1,
            "app_permissions": "2147534848", "locale": locale, "guild_locale": "en-US", "entitlements": [],
            "authorizing_integration_owners": {"0": GUILD_ID.to_string()}, "context": 0,
            "attachment_size_limit": 26_214_400
        });
        (payload, id, token)
    }

    /// Sends a slash command as `who`; returns (interaction id, token).
    /// `options` are Discord option objects; `resolved` the resolved data, if any.
    pub async fn command(
        &self,
        who: &Person,
        name: &str,
        options: Value,
        resolved: Value,
    ) -> (String, String) {
        let data = json!({"id": "950000000000000001", "name": name, "type": 1, "options": options,
                          "resolved": resolved, "guild_id": GUILD_ID.to_string()});
        let (payload, id, token) = self.interaction_base(2, who, data);
        self.dispatch("INTERACTION_CREATE", payload).await;
        (id, token)
    }

    pub async fn autocomplete(&self, who: &Person, name: &str, options: Value) -> (String, String) {
        let data = json!({"id": "950000000000000001", "name": name, "type": 1, "options": options,
                          "guild_id": GUILD_ID.to_string()});
        let (payload, id, token) = self.interaction_base(4, who, data);
        self.dispatch("INTERACTION_CREATE", payload).await;
        (id, token)
    }

    pub async fn press(&self, who: &Person, custom_id: &str) -> (String, String) {
        let mut message = message_json(snowflake_now(&self.state), CHANNEL_ID, &json!({}));
        message["interaction_metadata"] = Value::Null;
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let (mut payload, id, token) = self.interaction_base(3, who, data);
        payload["message"] = message;
        self.dispatch("INTERACTION_CREATE", payload).await;
        (id, token)
    }

    /// The body of the interaction's callback (its first answer).
    pub async fn callback(&self, interaction_id: &str) -> Value {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.state.changed.notified();
            if let Some(body) = self.state.callbacks.lock().unwrap().get(interaction_id) {
                return body.clone();
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("timed out waiting for the callback of interaction {interaction_id}");
            }
        }
    }

    /// The edit of a deferred answer.
    pub async fn edited(&self, token: &str) -> Value {
        let path = format!("/webhooks/{APP_ID}/{token}/messages/@original");
        self.wait_for("an edit of the original response", |r| {
            r.method == "PATCH" && r.path == path
        })
        .await
        .body
    }
}

/// The files in a multipart body: (filename, size in bytes).
fn multipart_files(content_type: &str, bytes: &[u8]) -> Vec<(String, usize)> {
    let Some(boundary) = content_type.split("boundary=").nth(1) else {
        return Vec::new();
    };
    let marker = format!("--{}", boundary.trim_matches('"')).into_bytes();
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        hay.get(from..)
            .and_then(|h| h.windows(needle.len()).position(|w| w == needle))
            .map(|p| p + from)
    };
    let mut files = Vec::new();
    let mut at = 0;
    while let Some(start) = find(bytes, &marker, at) {
        let part_start = start + marker.len();
        let Some(next) = find(bytes, &marker, part_start) else {
            break;
        };
        let part = &bytes[part_start..next];
        if let Some(split) = find(part, b"\r\n\r\n", 0) {
            let headers = String::from_utf8_lossy(&part[..split]);
            if let Some(name) = headers
                .split("filename=\"")
                .nth(1)
                .and_then(|n| n.split('"').next())
            {
                let body = &part[split + 4..];
                files.push((name.to_string(), body.len().saturating_sub(2)));
            }
        }
        at = next;
    }
    files
}

fn record(state: &State, method: &str, path: &str, body: Value) {
    record_with_files(state, method, path, body, Vec::new());
}

fn record_with_files(
    state: &State,
    method: &str,
    path: &str,
    body: Value,
    files: Vec<(String, usize)>,
) {
    let problems = if matches!(method, "POST" | "PUT" | "PATCH")
        && !body.is_null()
        && !path.starts_with("/files/")
    {
        openapi::spec().check_request(method, path, &body)
    } else {
        Vec::new()
    };
    if !problems.is_empty() {
        let mut shown = body.to_string();
        shown.truncate(1_500);
        eprintln!("fake Discord: {method} {path} breaks the spec: {problems:?}\n  body: {shown}");
    }
    state.violations.lock().unwrap().extend(problems);
    state.requests.lock().unwrap().push(Recorded {
        method: method.into(),
        path: path.into(),
        body,
        files,
    });
    state.changed.notify_waiters();
}

/// The JSON body of a request: plain JSON, or the `payload_json` part of a multipart form.
fn body_json(content_type: &str, bytes: &[u8]) -> Value {
    if bytes.is_empty() {
        return Value::Null;
    }
    if content_type.starts_with("multipart/form-data") {
        let text = String::from_utf8_lossy(bytes);
        if let Some(start) = text.find("name=\"payload_json\"") {
            let rest = &text[start..];
            if let Some(body_start) = rest.find("\r\n\r\n") {
                let body = &rest[body_start + 4..];
                let end = body.find("\r\n--").unwrap_or(body.len());
                return serde_json::from_str(&body[..end]).unwrap_or(Value::Null);
            }
        }
        return Value::Null;
    }
    serde_json::from_slice(bytes).unwrap_or(Value::Null)
}

fn reply(status: StatusCode, body: Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Body::from(if body.is_null() {
            String::new()
        } else {
            body.to_string()
        }))
        .unwrap()
}

async fn handle_rest(req: Request<Body>, state: Arc<State>) -> Result<Response<Body>, Infallible> {
    let method = req.method().as_str().to_string();
    let full_path = req.uri().path().to_string();
    let auth = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let content_type = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = hyper::body::to_bytes(req.into_body())
        .await
        .unwrap_or_default();

    if let Some(name) = full_path.strip_prefix("/files/") {
        let file = state.files.lock().unwrap().get(name).cloned();
        return Ok(match file {
            Some(bytes) => Response::new(Body::from(bytes)),
            None => reply(
                StatusCode::NOT_FOUND,
                json!({"message": "Unknown file", "code": 0}),
            ),
        });
    }
    let path = full_path
        .strip_prefix("/api/v10")
        .unwrap_or(&full_path)
        .to_string();
    let body = body_json(&content_type, &bytes);
    let files = multipart_files(&content_type, &bytes);
    // Interaction callbacks and webhook calls authenticate with the interaction token.
    let token_free = path.starts_with("/interactions/") || path.starts_with("/webhooks/");
    if !token_free && auth != format!("Bot {TOKEN}") {
        record(&state, &method, &path, body);
        return Ok(reply(
            StatusCode::UNAUTHORIZED,
            json!({"message": "401: Unauthorized", "code": 0}),
        ));
    }
    let gateway_url = format!("ws://{}", state.gateway_addr.lock().unwrap().unwrap());
    let stalled = method == "POST"
        && path.ends_with("/messages")
        && path
            .split('/')
            .nth(2)
            .and_then(|c| c.parse::<u64>().ok())
            .is_some_and(|c| state.stalled_channels.lock().unwrap().contains(&c));
    let response = match (method.as_str(), path.as_str()) {
        ("GET", "/gateway") => reply(StatusCode::OK, json!({"url": gateway_url})),
        ("GET", "/gateway/bot") => reply(
            StatusCode::OK,
            json!({"url": gateway_url, "shards": 1,
                   "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}),
        ),
        ("GET", "/users/@me") => reply(StatusCode::OK, user_json(BOT_ID, "Dealbell", true)),
        ("GET", "/oauth2/applications/@me") => reply(
            StatusCode::OK,
            json!({"id": APP_ID.to_string(), "name": "Dealbell", "icon": null, "description": "", "bot_public": true,
                   "bot_require_code_grant": false, "verify_key": "00", "owner": user_json(OWNER_ID, "Olga Owner", false),
                   "team": null, "flags": 0}),
        ),
        ("PUT", p) if p.ends_with("/commands") => {
            let commands: Vec<Value> = body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    c["id"] = json!(snowflake_now(&state).to_string());
                    c["application_id"] = json!(APP_ID.to_string());
                    c["version"] = json!("1");
                    if c.get("type").is_none() {
                        c["type"] = json!(1);
                    }
                    c
                })
                .collect();
            reply(StatusCode::OK, Value::Array(commands))
        }
        ("POST", p) if p.starts_with("/interactions/") && p.ends_with("/callback") => {
            let id = p.split('/').nth(2).unwrap_or_default().to_string();
            let fault = {
                let mut faults = state.callback_faults.lock().unwrap();
                (!faults.is_empty()).then(|| faults.remove(0))
            };
            let answered = state.callbacks.lock().unwrap().contains_key(&id);
            let take = |state: &State| {
                state
                    .callbacks
                    .lock()
                    .unwrap()
                    .insert(id.clone(), body.clone());
            };
            match fault {
                // Like Discord: an interaction is answered once.
                _ if answered => reply(
                    StatusCode::BAD_REQUEST,
                    json!({"message": "Interaction has already been acknowledged.", "code": 40060}),
                ),
                Some(CallbackFault::Status(status)) => reply(
                    StatusCode::from_u16(status).unwrap(),
                    json!({"message": "injected fault", "code": 0}),
                ),
                Some(CallbackFault::LostReply) => {
                    take(&state);
                    reply(
                        StatusCode::BAD_GATEWAY,
                        json!({"message": "injected fault", "code": 0}),
                    )
                }
                None => {
                    take(&state);
                    reply(StatusCode::NO_CONTENT, Value::Null)
                }
            }
        }
        ("PATCH", p) if p.starts_with("/webhooks/") => reply(
            StatusCode::OK,
            message_json(snowflake_now(&state), CHANNEL_ID, &body),
        ),
        ("POST", p) if p.starts_with("/webhooks/") => reply(
            StatusCode::OK,
            message_json(snowflake_now(&state), CHANNEL_ID, &body),
        ),
        ("DELETE", p) if p.starts_with("/webhooks/") => reply(StatusCode::NO_CONTENT, Value::Null),
        // Opening a DM: the channel's id is the user's id plus DM_OFFSET, so tests can
        // tell whose DM a message went to.
        ("POST", "/users/@me/channels") => {
            let recipient: u64 = body["recipient_id"]
                .as_str()
                .and_then(|r| r.parse().ok())
                .unwrap_or(0);
            reply(
                StatusCode::OK,
                json!({"id": (recipient + DM_OFFSET).to_string(), "type": 1, "last_message_id": null,
                       "flags": 0, "recipients": [user_json(recipient, "someone", false)]}),
            )
        }
        ("POST", p) if p.starts_with("/channels/") && p.ends_with("/messages") => {
            let channel: u64 = p
                .split('/')
                .nth(2)
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            let nonce = body["nonce"]
                .as_str()
                .filter(|_| body["enforce_nonce"] == json!(true))
                .map(str::to_string);
            let seen = nonce
                .as_ref()
                .and_then(|n| state.nonces.lock().unwrap().get(n).copied());
            let fault = {
                let mut faults = state.faults.lock().unwrap();
                faults
                    .get_mut(&channel)
                    .filter(|f| !f.is_empty())
                    .map(|f| f.remove(0))
            };
            if let Some(status) = fault {
                let mut response = reply(
                    StatusCode::from_u16(status).unwrap(),
                    json!({"message": "injected fault", "code": 0, "retry_after": 0.05, "global": false}),
                );
                if status == 429 {
                    response
                        .headers_mut()
                        .insert("retry-after", "0.05".parse().unwrap());
                }
                response
            } else if state.failing_channels.lock().unwrap().contains(&channel) {
                reply(
                    StatusCode::FORBIDDEN,
                    json!({"message": "Missing Access", "code": 50001}),
                )
            } else if let Some(id) = seen {
                reply(StatusCode::OK, message_json(id, channel, &body))
            } else {
                let id = snowflake_now(&state);
                if let Some(n) = nonce {
                    state.nonces.lock().unwrap().insert(n, id);
                }
                state
                    .messages
                    .lock()
                    .unwrap()
                    .push((channel, id, body.clone()));
                reply(StatusCode::OK, message_json(id, channel, &body))
            }
        }
        ("PATCH", p) if p.starts_with("/channels/") && p.contains("/messages/") => {
            let parts: Vec<u64> = p.split('/').filter_map(|x| x.parse().ok()).collect();
            let (channel, id) = (parts[0], parts[1]);
            state
                .edits
                .lock()
                .unwrap()
                .push((channel, id, body.clone()));
            reply(StatusCode::OK, message_json(id, channel, &body))
        }
        _ => reply(
            StatusCode::NOT_FOUND,
            json!({"message": "404: Not Found", "code": 0}),
        ),
    };
    record_with_files(&state, &method, &path, body, files);
    if stalled {
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
    Ok(response)
}

async fn run_gateway(listener: TcpListener, state: Arc<State>) {
    let mut session_counter = 0u64;
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
            continue;
        };
        session_counter += 1;
        tokio::spawn(serve_connection(ws, state.clone(), session_counter));
    }
}

async fn serve_connection(
    ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    state: Arc<State>,
    connection: u64,
) {
    let (mut sink, mut stream) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<GatewayControl>();
    let interval = match state.heartbeat_ms.load(Ordering::SeqCst) {
        0 => 41_250,
        ms => ms,
    };
    let hello = json!({"op": 10, "d": {"heartbeat_interval": interval}, "s": null, "t": null});
    if sink.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    let mut seq: u64 = 0;
    let gateway_url = format!("ws://{}", state.gateway_addr.lock().unwrap().unwrap());
    loop {
        tokio::select! {
            incoming = stream.next() => {
                let Some(Ok(frame)) = incoming else { return };
                let WsMessage::Text(text) = frame else { continue };
                let Ok(msg) = serde_json::from_str::<Value>(&text) else { continue };
                match msg["op"].as_u64() {
                    Some(1) => {
                        state.heartbeats.fetch_add(1, Ordering::SeqCst);
                        if !state.acks_off.load(Ordering::SeqCst) {
                            let _ = sink.send(WsMessage::Text(json!({"op": 11, "d": null}).to_string())).await;
                        }
                    }
                    Some(2 | 6) if state.refuse_with.load(Ordering::SeqCst) != 0 => {
                        state.refusals.fetch_add(1, Ordering::SeqCst);
                        let code = state.refuse_with.load(Ordering::SeqCst);
                        let frame = CloseFrame { code: CloseCode::from(code), reason: "refused by the test".into() };
                        let _ = sink.send(WsMessage::Close(Some(frame))).await;
                        return;
                    }
                    Some(2) => {
                        let token = msg["d"]["token"].as_str().unwrap_or("");
                        if !token.ends_with(TOKEN) {
                            let _ = sink.send(WsMessage::Close(Some(CloseFrame { code: CloseCode::from(4004), reason: "Authentication failed.".into() }))).await;
                            return;
                        }
                        state.identifies.fetch_add(1, Ordering::SeqCst);
                        let shard = msg["d"]["shard"].clone();
                        state.identified_shards.lock().unwrap().push(shard.clone());
                        let shard = if shard.is_null() { json!([0, 1]) } else { shard };
                        let ready = json!({
                            "v": 10, "user": user_json(BOT_ID, "Dealbell", true),
                            "guilds": [{"id": GUILD_ID.to_string(), "unavailable": true}],
                            "session_id": format!("session-{connection}"), "resume_gateway_url": gateway_url,
                            "shard": shard, "application": {"id": APP_ID.to_string(), "flags": 0},
                            "private_channels": [], "presences": [], "relationships": [], "guild_join_requests": [],
                            "geo_ordered_rtc_regions": [], "user_settings": {}
                        });
                        check_event("READY", &ready);
                        seq += 1;
                        let _ = sink.send(WsMessage::Text(json!({"op": 0, "t": "READY", "s": seq, "d": ready}).to_string())).await;
                        let guild = guild_json();
                        check_event("GUILD_CREATE", &guild);
                        seq += 1;
                        let _ = sink.send(WsMessage::Text(json!({"op": 0, "t": "GUILD_CREATE", "s": seq, "d": guild}).to_string())).await;
                        *state.gateway.lock().unwrap() = Some(tx.clone());
                    }
                    Some(6) => {
                        state.resumes.fetch_add(1, Ordering::SeqCst);
                        seq = msg["d"]["seq"].as_u64().unwrap_or(seq) + 1;
                        let _ = sink.send(WsMessage::Text(json!({"op": 0, "t": "RESUMED", "s": seq, "d": {}}).to_string())).await;
                        *state.gateway.lock().unwrap() = Some(tx.clone());
                    }
                    _ => {}
                }
            }
            control = rx.recv() => {
                match control {
                    Some(GatewayControl::Dispatch(kind, data)) => {
                        seq += 1;
                        let _ = sink.send(WsMessage::Text(json!({"op": 0, "t": kind, "s": seq, "d": data}).to_string())).await;
                    }
                    Some(GatewayControl::Reconnect) => {
                        let _ = sink.send(WsMessage::Text(json!({"op": 7, "d": null}).to_string())).await;
                    }
                    Some(GatewayControl::InvalidSession(resumable)) => {
                        let _ = sink.send(WsMessage::Text(json!({"op": 9, "d": resumable}).to_string())).await;
                    }
                    Some(GatewayControl::Close(code)) => {
                        let frame = CloseFrame { code: CloseCode::from(code), reason: "closed by the test".into() };
                        let _ = sink.send(WsMessage::Close(Some(frame))).await;
                        return;
                    }
                    Some(GatewayControl::Drop) | None => return,
                }
            }
        }
    }
}
