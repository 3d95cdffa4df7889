//! Gateway events: registering commands on READY, and answering interactions.

use super::convert::{self, ConvertError};
use super::embed;
use crate::app::App;
use crate::commands::{self, CommandError, DuelAnswer, PreviewAnswer, catalogue};
use crate::core::ids::GuildId as StoredGuildId;
use crate::core::ids::InteractionId;
use crate::core::language::Language;
use crate::reply::{Button, Message, Reply, Tone, Visibility};
use serenity::all::{
    Command, CommandInteraction, ComponentInteraction, Context, CreateAutocompleteResponse,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    EditInteractionResponse, EventHandler, Guild, GuildId, Interaction, Ready,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// Answer within Discord's 3 seconds: a command still running this long after it
/// arrived (counting the claim of its id) is deferred ("thinking…") and its answer
/// edited in when ready.
const DEFER_AFTER: Duration = Duration::from_millis(2_000);

pub struct Handler {
    pub app: App,
    pub dev_guild: Option<u64>,
    pub started: Instant,
    /// Held for reading by every interaction in flight; shutdown takes it for writing,
    /// which waits for them to finish.
    pub in_flight: Arc<RwLock<()>>,
    pub stopping: Arc<AtomicBool>,
    pub max_attachment: usize,
}

impl Handler {
    async fn register(&self, ctx: &Context) {
        let commands = super::register::commands();
        let count = commands.len();
        let result = match self.dev_guild {
            Some(guild) => GuildId::new(guild)
                .set_commands(&ctx.http, commands)
                .await
                .map(|c| c.len()),
            None => Command::set_global_commands(&ctx.http, commands)
                .await
                .map(|c| c.len()),
        };
        match result {
            Ok(n) => tracing::info!(
                commands = n,
                scope = if self.dev_guild.is_some() {
                    "dev guild"
                } else {
                    "global"
                },
                since_start_ms =
                    u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX),
                "slash commands registered"
            ),
            Err(e) => {
                tracing::error!(error = %e, expected = count, "registering slash commands failed")
            }
        }
    }

    /// The words of a refusal before the interaction is read as a command: the
    /// member's app language when Dealbell speaks it, else the team's, else English.
    async fn early_words(
        &self,
        locale: &str,
        guild: Option<serenity::all::GuildId>,
    ) -> crate::i18n::Words {
        let team = match guild {
            Some(id) => {
                let stored = StoredGuildId::new(id.get().to_string());
                let found = self.app.db.guild(&stored).await.ok().flatten();
                found.map_or(Language::En, |g| g.language)
            }
            None => Language::En,
        };
        crate::i18n::Words::new(crate::core::language::language_for(
            Some(locale),
            None,
            team,
        ))
    }

    /// Runs a command within its answer window (opened when it arrived).
    async fn command(&self, ctx: &Context, cmd: CommandInteraction, mut window: AnswerWindow) {
        let path = convert::command_path(&cmd);
        let slow = catalogue::resolve(&path).map(|r| r.slow).unwrap_or(false);
        if slow {
            window.defer(ctx, &cmd).await;
        }
        let inv = match convert::invocation(&cmd, self.max_attachment).await {
            Ok(inv) => inv,
            Err(e) => {
                let words = self.early_words(&cmd.locale, cmd.guild_id).await;
                let failure = convert_failure(&e, words);
                self.answer(ctx, &cmd, window.state, &failure).await;
                return;
            }
        };
        let result = window
            .run(ctx, Some(&cmd), commands::run(&self.app, &inv))
            .await;
        let state = window.state;
        match result {
            Ok(reply) => {
                self.answer(ctx, &cmd, state, &reply).await;
                self.post(ctx, &cmd, &inv, &reply).await;
            }
            Err(e) => {
                let words = commands::error_words(&self.app, &inv).await;
                self.answer(ctx, &cmd, state, &error_reply(&e, words)).await;
                if let Some(post) = commands::storage_alarm(&self.app, &inv, &e).await
                    && let Err(e) = super::post::send_post(&ctx.http, &post).await
                {
                    tracing::warn!(error = %e, "could not warn the managers' channel");
                }
            }
        }
    }

    /// Sends the reply: as the interaction's response, or as an edit of the deferred one.
    /// Discord's 5xx is passing trouble: the answer is sent again, twice at most and
    /// within the three seconds; "already acknowledged" then means an earlier try got
    /// through, so the interaction is answered once either way.
    async fn answer(&self, ctx: &Context, cmd: &CommandInteraction, state: Window, reply: &Reply) {
        let mut tries = 0;
        loop {
            let result = self.send_answer(ctx, cmd, state, reply).await;
            let Err(e) = result else { return };
            if tries > 0 && already_acknowledged(&e) {
                return;
            }
            match ANSWER_RETRY_MS.get(tries) {
                Some(pause) if server_error(&e) => {
                    tracing::info!(error = %e, command = %cmd.data.name, "answer refused by Discord; trying again");
                    tokio::time::sleep(Duration::from_millis(*pause)).await;
                    tries += 1;
                }
                _ => {
                    tracing::warn!(error = %e, command = %cmd.data.name, "could not answer an interaction");
                    return;
                }
            }
        }
    }

    async fn send_answer(
        &self,
        ctx: &Context,
        cmd: &CommandInteraction,
        state: Window,
        reply: &Reply,
    ) -> serenity::Result<()> {
        let embed = embed::embed(&reply.message);
        let allowed = embed::allowed_mentions(&reply.message);
        let components = embed::buttons(&reply.buttons, crate::i18n::Words::new(reply.language));
        let files = embed::attachments(&reply.message);
        if state == Window::Deferred {
            let mut edit = EditInteractionResponse::new()
                .embed(embed)
                .components(components)
                .allowed_mentions(allowed);
            for file in files {
                edit = edit.new_attachment(file);
            }
            cmd.edit_response(&ctx.http, edit).await.map(|_| ())
        } else {
            let mut message = CreateInteractionResponseMessage::new()
                .embed(embed)
                .components(components)
                .allowed_mentions(allowed)
                .ephemeral(reply.visibility == Visibility::Ephemeral);
            for file in files {
                message = message.add_file(file);
            }
            cmd.create_response(&ctx.http, CreateInteractionResponse::Message(message))
                .await
        }
    }

    /// Sends what the command put in the outbox (a win in the wins channel). A post
    /// that cannot be delivered is logged and retried, and the person who ran the
    /// command is told privately.
    async fn post(
        &self,
        ctx: &Context,
        cmd: &CommandInteraction,
        inv: &crate::commands::invocation::Invocation,
        reply: &Reply,
    ) {
        let undelivered = self.send_outbox(ctx, &cmd.guild_id).await;
        let ours: Vec<_> = undelivered
            .iter()
            .filter(|u| reply.queued.contains(&u.outbox_id))
            .collect();
        if ours.is_empty() {
            return;
        }
        // The reader's language is looked up once, and only when there is news to give.
        let words = commands::error_words(&self.app, inv).await;
        for u in ours {
            let note = CreateInteractionResponseFollowup::new()
                .content(words.say_with(
                    "discord-could-not-post",
                    &[
                        ("channel", format!("<#{}>", u.to).into()),
                        ("error", u.error.worded(words).into()),
                        ("retry", if u.will_retry { "yes" } else { "no" }.into()),
                    ],
                ))
                .ephemeral(true);
            let _ = cmd.create_followup(&ctx.http, note).await;
        }
    }

    /// Sends every due outbox post of the guild, and takes back retracted ones.
    async fn send_outbox(
        &self,
        ctx: &Context,
        guild: &Option<serenity::all::GuildId>,
    ) -> Vec<crate::jobs::send_posts::Undelivered> {
        let Some(guild) = guild else {
            return Vec::new();
        };
        let poster = super::post::DiscordPoster(ctx.http.clone());
        let guild = crate::core::ids::GuildId::new(guild.to_string());
        let now = self.app.clock.now();
        match crate::jobs::send_posts::send_due(&self.app, &poster, Some(&guild), now).await {
            Ok(undelivered) => undelivered,
            Err(e) => {
                tracing::error!(error = %e, "could not send the outbox");
                Vec::new()
            }
        }
    }

    async fn component(&self, ctx: &Context, c: ComponentInteraction) {
        let Some(button) = Button::from_custom_id(&c.data.custom_id) else {
            return;
        };
        let inv = match convert::component_invocation(&c) {
            Ok(inv) => inv,
            Err(e) => {
                let words = self.early_words(&c.locale, c.guild_id).await;
                let _ = c
                    .create_response(&ctx.http, ephemeral_message(&convert_failure(&e, words)))
                    .await;
                return;
            }
        };
        let result = match button {
            Button::Undo { audit_id } => commands::undo_button(&self.app, &inv, audit_id).await,
            Button::DuelAccept { duel_id } => {
                commands::duel_button(&self.app, &inv, duel_id, DuelAnswer::Accept).await
            }
            Button::DuelDecline { duel_id } => {
                commands::duel_button(&self.app, &inv, duel_id, DuelAnswer::Decline).await
            }
            Button::Cancel { action_id } => {
                commands::confirm_button(&self.app, &inv, action_id, PreviewAnswer::Cancel).await
            }
            Button::Confirm { action_id } => {
                // Applying an import can take longer than Discord's 3 seconds: acknowledge
                // the click first, then edit the message with the report. Someone who may
                // not press it is told privately, and the preview stays.
                if let Err(e) = commands::check_confirm(&self.app, &inv, action_id).await {
                    let words = commands::error_words(&self.app, &inv).await;
                    let _ = c
                        .create_response(&ctx.http, ephemeral_message(&error_reply(&e, words)))
                        .await;
                    return;
                }
                if let Err(e) = c.defer(&ctx.http).await {
                    tracing::warn!(error = %e, "could not acknowledge a button press");
                }
                let reply = match commands::confirm_button(
                    &self.app,
                    &inv,
                    action_id,
                    PreviewAnswer::Apply,
                )
                .await
                {
                    Ok(reply) => reply,
                    Err(e) => error_reply(&e, commands::error_words(&self.app, &inv).await),
                };
                let edit = EditInteractionResponse::new()
                    .embed(embed::embed(&reply.message))
                    .components(Vec::new())
                    .allowed_mentions(embed::allowed_mentions(&reply.message));
                if let Err(e) = c.edit_response(&ctx.http, edit).await {
                    tracing::warn!(error = %e, "could not show the import report");
                }
                return;
            }
        };
        // The reply replaces the message the button was on, and the buttons go.
        let response = match result {
            Ok(reply) => CreateInteractionResponse::UpdateMessage(
                CreateInteractionResponseMessage::new()
                    .embed(embed::embed(&reply.message))
                    .components(Vec::new())
                    .allowed_mentions(embed::allowed_mentions(&reply.message)),
            ),
            Err(e) => {
                let words = commands::error_words(&self.app, &inv).await;
                ephemeral_message(&error_reply(&e, words))
            }
        };
        if let Err(e) = c.create_response(&ctx.http, response).await {
            tracing::warn!(error = %e, "could not answer a button press");
        }
        // An Undo takes back its announcement now, not at the scheduler's next step.
        self.send_outbox(ctx, &c.guild_id).await;
    }

    async fn autocomplete(&self, ctx: &Context, cmd: CommandInteraction) {
        let Some((option, typed)) = convert::focused(&cmd) else {
            return;
        };
        let suggestions = match convert::autocomplete_invocation(&cmd) {
            Ok(inv) => commands::suggestions(&self.app, &inv, &option, &typed)
                .await
                .unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "autocomplete failed");
                    Vec::new()
                }),
            Err(_) => Vec::new(),
        };
        let mut response = CreateAutocompleteResponse::new();
        for s in suggestions {
            response = match s.value {
                commands::suggest::SuggestionValue::Integer(n) => {
                    response.add_int_choice(s.name, n)
                }
                commands::suggest::SuggestionValue::Text(t) => {
                    response.add_string_choice(s.name, t)
                }
            };
        }
        if let Err(e) = cmd
            .create_response(&ctx.http, CreateInteractionResponse::Autocomplete(response))
            .await
        {
            tracing::debug!(error = %e, "autocomplete answer not delivered");
        }
    }
}

fn ephemeral_message(reply: &Reply) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .embed(embed::embed(&reply.message))
            .allowed_mentions(embed::allowed_mentions(&reply.message))
            .ephemeral(true),
    )
}

/// An error as a private reply: what went wrong and how to fix it, or a reference.
pub fn error_reply(e: &CommandError, language: crate::i18n::Words) -> Reply {
    let words = crate::error::for_people(e, language);
    let mut message = Message::new(Tone::Error, words.message);
    if let Some(hint) = words.hint {
        message = message.line(hint);
    }
    Reply::private(message, crate::reply::ReplyData::None)
}

/// Pauses before sending an answer again after a 5xx from Discord.
const ANSWER_RETRY_MS: [u64; 2] = [150, 400];

/// The status Discord refused a request with, if it did.
fn refused_status(e: &serenity::Error) -> Option<(u16, isize)> {
    match e {
        serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(r)) => {
            Some((r.status_code.as_u16(), r.error.code))
        }
        _ => None,
    }
}

fn server_error(e: &serenity::Error) -> bool {
    refused_status(e).is_some_and(|(status, _)| (500..600).contains(&status))
}

/// Discord's 40060: this interaction has an answer already.
fn already_acknowledged(e: &serenity::Error) -> bool {
    refused_status(e).is_some_and(|(_, code)| code == 40060)
}

/// Discord's window for a command's first answer, from when the interaction arrived:
/// work still running at its end has the command deferred ("thinking…", seen only by
/// the caller) first, once, and its answer is then an edit of the deferred reply.
struct AnswerWindow {
    closes: tokio::time::Instant,
    state: Window,
}

/// Where an interaction's answer stands: not sent yet (it is the response), or deferred
/// with "thinking…" (it is an edit of that).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Window {
    Open,
    Deferred,
}

impl AnswerWindow {
    fn open() -> AnswerWindow {
        AnswerWindow {
            closes: tokio::time::Instant::now() + DEFER_AFTER,
            state: Window::Open,
        }
    }

    /// Awaits `work`, deferring `command` (when there is one) if the window closes first.
    async fn run<T>(
        &mut self,
        ctx: &Context,
        command: Option<&CommandInteraction>,
        work: impl std::future::Future<Output = T>,
    ) -> T {
        tokio::pin!(work);
        if let Some(cmd) = command.filter(|_| self.state == Window::Open) {
            match tokio::time::timeout_at(self.closes, &mut work).await {
                Ok(done) => return done,
                Err(_) => self.defer(ctx, cmd).await,
            }
        }
        work.await
    }

    async fn defer(&mut self, ctx: &Context, cmd: &CommandInteraction) {
        if self.state == Window::Deferred {
            return;
        }
        if let Err(e) = cmd.defer_ephemeral(&ctx.http).await {
            tracing::warn!(error = %e, "could not defer");
        }
        self.state = Window::Deferred;
    }
}

fn convert_failure(e: &ConvertError, words: crate::i18n::Words) -> Reply {
    tracing::info!(error = %e, "interaction refused");
    Reply::private(
        Message::new(Tone::Error, e.worded(words)),
        crate::reply::ReplyData::None,
    )
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(user = %ready.user.name, guilds = ready.guilds.len(), "connected to Discord");
        self.register(&ctx).await;
    }

    async fn guild_create(&self, _ctx: Context, guild: Guild, _is_new: Option<bool>) {
        let now = self.app.clock.now();
        let defaults = &self.app.config.team_defaults;
        if let Err(e) = self
            .app
            .db
            .remember_guild_name(
                &StoredGuildId::new(guild.id.get().to_string()),
                &guild.name,
                defaults,
                now,
            )
            .await
        {
            tracing::warn!(error = %e, guild = %guild.id, "could not record the server's name");
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let _guard = self.in_flight.read().await;
        if self.stopping.load(Ordering::SeqCst) {
            if let Interaction::Command(cmd) = &interaction {
                // Stopping: the database is not asked; the app's language, else English.
                let language = crate::core::language::language_for(
                    Some(&cmd.locale),
                    None,
                    crate::core::language::Language::En,
                );
                let words = crate::i18n::Words::new(language);
                let reply = Reply::private(
                    Message::new(Tone::Warning, words.say("discord-restarting"))
                        .line(words.say("discord-restarting-how")),
                    crate::reply::ReplyData::None,
                );
                self.answer(&ctx, cmd, Window::Open, &reply).await;
            }
            return;
        }
        // The same interaction delivered twice (a gateway replay after a resume) runs
        // once: its id is claimed in the database before anything is done.
        let id = match &interaction {
            Interaction::Command(cmd) => Some(InteractionId::new(cmd.id.to_string())),
            Interaction::Component(c) => Some(InteractionId::new(c.id.to_string())),
            _ => None,
        };
        let mut window = AnswerWindow::open();
        if let Some(id) = id {
            // A database held up by another writer must not keep a command past
            // Discord's three seconds: the window counts the claim too.
            let command = match &interaction {
                Interaction::Command(cmd) => Some(cmd),
                _ => None,
            };
            let claim = self.app.db.claim_interaction(&id, self.app.clock.now());
            match window.run(&ctx, command, claim).await {
                Ok(true) => {}
                Ok(false) => {
                    tracing::info!(interaction = %id, "interaction delivered again; already handled");
                    return;
                }
                // The command itself will meet the same database and say what is wrong.
                Err(e) => tracing::warn!(error = %e, "could not record the interaction"),
            }
        }
        match interaction {
            Interaction::Command(cmd) => self.command(&ctx, cmd, window).await,
            Interaction::Autocomplete(cmd) => self.autocomplete(&ctx, cmd).await,
            Interaction::Component(c) => self.component(&ctx, c).await,
            _ => {}
        }
    }
}
