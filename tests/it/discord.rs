//! End to end through Discord: the real serenity client against the in-process fake
//! Discord (REST + gateway on 127.0.0.1), with a temporary SQLite database.

use crate::support::fake_discord::*;
use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::commands::catalogue::{self, Body, OptionKind};
use dealbell::config::{Config, Secret};
use dealbell::core::language::Language;
use dealbell::discord::{self, DiscordError};
use dealbell::i18n::Words;
use serde_json::{Value, json};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

struct Bot {
    fake: FakeDiscord,
    app: App,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), DiscordError>>,
    registered: Value,
}

fn config_for(fake: &FakeDiscord, token: &str) -> Config {
    let mut config = Config::defaults();
    config.discord.token = Secret::new(token);
    config.discord.api_url = Some(fake.origin());
    config.discord.dev_guild = Some(GUILD_ID);
    config
}

async fn start_bot() -> Bot {
    start_bot_on(crate::support::test_database().await).await
}

async fn start_bot_on(database: Database) -> Bot {
    start_bot_against(FakeDiscord::start().await, database).await
}

/// The bot against a fake set up beforehand (a short heartbeat, say).
async fn start_bot_against(fake: FakeDiscord, database: Database) -> Bot {
    let config = config_for(&fake, TOKEN);
    start_bot_with(fake, database, config).await
}

/// The bot with settings of its own.
async fn start_bot_with(fake: FakeDiscord, database: Database, config: Config) -> Bot {
    dealbell::logging::init_once();
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    let app = App::build(config, database, clock).await.unwrap();
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(dealbell::bot::run_until(app.clone(), async move {
        let _ = rx.await;
    }));
    let registered = fake.registered_commands().await;
    Bot {
        fake,
        app,
        stop: Some(tx),
        task,
        registered,
    }
}

impl Bot {
    /// Moves the bot's clock to `at` (UTC, RFC 3339) and wakes its scheduler there.
    fn set_clock(&self, at: &str) {
        self.app.clock.set(Some(at.parse().unwrap()));
        self.app.scheduler_wake.notify_one();
    }

    /// Stops the bot and checks what every test must hold: it stopped cleanly, every
    /// request was one Discord accepts, and no gateway event was dropped.
    async fn finish(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let result = tokio::time::timeout(std::time::Duration::from_secs(10), self.task).await;
        assert!(
            matches!(result, Ok(Ok(Ok(())))),
            "the bot stops cleanly: {result:?}"
        );
        assert_eq!(
            self.fake.violations(),
            Vec::<String>::new(),
            "requests Discord's spec would reject"
        );
        assert_eq!(
            dealbell::logging::dropped_events(),
            0,
            "serenity dropped gateway events"
        );
    }

    /// The owner points /setup's wins channel at the fake's #wins.
    async fn wins_channel_is_set(&self) {
        self.run(
            &Person::owner(),
            "setup",
            json!([channel("wins_channel", WINS_CHANNEL_ID)]),
        )
        .await;
    }

    /// Runs a command and returns its first answer (the interaction callback body).
    async fn run(&self, who: &Person, name: &str, options: Value) -> Value {
        self.run_resolved(who, name, options, json!({})).await
    }

    /// The final answer: the callback, or for a deferred command, the edit that follows.
    async fn run_resolved(
        &self,
        who: &Person,
        name: &str,
        options: Value,
        resolved: Value,
    ) -> Value {
        let (id, token) = self.fake.command(who, name, options, resolved).await;
        let first = self.fake.callback(&id).await;
        if first["type"] == 5 {
            let edit = self.fake.edited(&token).await;
            return json!({"type": 5, "data": edit, "deferred_flags": first["data"]["flags"]});
        }
        first
    }
}

fn s(name: &str, value: &str) -> Value {
    json!({"name": name, "type": 3, "value": value})
}
fn i(name: &str, value: i64) -> Value {
    json!({"name": name, "type": 4, "value": value})
}
fn b(name: &str, value: bool) -> Value {
    json!({"name": name, "type": 5, "value": value})
}
fn user(name: &str, id: u64) -> Value {
    json!({"name": name, "type": 6, "value": id.to_string()})
}
fn channel(name: &str, id: u64) -> Value {
    json!({"name": name, "type": 7, "value": id.to_string()})
}
fn role(name: &str, id: u64) -> Value {
    json!({"name": name, "type": 8, "value": id.to_string()})
}
fn sub(name: &str, options: Vec<Value>) -> Value {
    json!([{"name": name, "type": 1, "options": options}])
}

fn title(callback: &Value) -> String {
    callback["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap_or("")
        .to_string()
}
fn text(callback: &Value) -> String {
    callback["data"]["embeds"][0].to_string()
}
fn ephemeral(callback: &Value) -> bool {
    callback["data"]["flags"].as_u64().unwrap_or(0) & 64 == 64
}

fn bob() -> Person {
    Person::rep(960_000_000_000_000_001, "Bob Brown")
}
fn zofia() -> Person {
    Person::rep(960_000_000_000_000_002, "Zofia Wójcik")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_is_exactly_the_catalogue() {
    let bot = start_bot().await;
    let registered = bot.registered.as_array().unwrap().clone();
    let path = bot
        .fake
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .unwrap()
        .path;
    assert_eq!(
        path,
        format!("/applications/{APP_ID}/guilds/{GUILD_ID}/commands"),
        "dev-guild registration"
    );
    assert_eq!(registered.len(), catalogue::CATALOGUE.len());
    let win = registered.iter().find(|r| r["name"] == "win").unwrap();
    assert_eq!(
        win["description_localizations"]["pl"],
        "Zapisz wygraną transakcję w jednym kroku"
    );
    // The server's name comes with GUILD_CREATE (interactions carry only its id).
    let mut named = None;
    for _ in 0..100 {
        named = bot
            .app
            .db
            .guild(&dealbell::core::ids::GuildId::new(GUILD_ID.to_string()))
            .await
            .unwrap()
            .map(|t| t.name);
        if named.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(named.as_deref(), Some("Acme Sales"));
    for (reg, spec) in registered.iter().zip(catalogue::CATALOGUE) {
        assert_eq!(reg["name"], spec.name);
        let english = Words::new(Language::En).say(&catalogue::command_key(&[spec.name]));
        assert_eq!(reg["description"], english.as_str());
        // Discord's menu in German, Polish, Romanian and Chinese (it has no Arabic).
        let localized = reg["description_localizations"].as_object().unwrap();
        let locales: Vec<&str> = localized.keys().map(String::as_str).collect();
        assert_eq!(locales, ["de", "pl", "ro", "zh-CN"], "{}", spec.name);
        for text in localized.values() {
            let text = text.as_str().unwrap();
            assert!(
                !text.is_empty() && text.chars().count() <= 100 && *text != english,
                "{}: {text:?}",
                spec.name
            );
        }
        let manager = spec.access == catalogue::Access::Manager;
        assert_eq!(
            reg["default_member_permissions"].as_str() == Some("32"),
            manager,
            "{}",
            spec.name
        );
        let check_options = |reg_opts: &Value, specs: &[catalogue::OptionSpec]| {
            let reg_opts = reg_opts.as_array().cloned().unwrap_or_default();
            // (name, type, required, choices, autocomplete) as Discord should have them: a
            // rep option is a user option and, beside it, a text option that suggests names.
            let mut expected: Vec<(String, u64, bool, Vec<&str>, bool)> = Vec::new();
            for os in specs {
                let kind = match os.kind {
                    OptionKind::String => 3,
                    OptionKind::Integer => 4,
                    OptionKind::Boolean => 5,
                    OptionKind::User | OptionKind::Rep => 6,
                    OptionKind::Channel => 7,
                    OptionKind::Role => 8,
                    OptionKind::Attachment => 11,
                };
                let choices = os.choices.iter().map(|c| c.value).collect();
                expected.push((
                    os.name.to_string(),
                    kind,
                    os.required,
                    choices,
                    os.autocomplete.is_some(),
                ));
                if os.kind == OptionKind::Rep {
                    expected.push((format!("{}_name", os.name), 3, false, Vec::new(), true));
                }
            }
            assert_eq!(reg_opts.len(), expected.len(), "{}", spec.name);
            for (o, (name, kind, required, choices_expected, autocomplete)) in
                reg_opts.iter().zip(expected)
            {
                assert_eq!(o["name"], name.as_str());
                assert_eq!(o["type"], kind, "{} {}", spec.name, name);
                assert_eq!(
                    o["required"].as_bool().unwrap_or(false),
                    required,
                    "{} {}",
                    spec.name,
                    name
                );
                let choices: Vec<&str> = o["choices"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c["value"].as_str())
                    .collect();
                assert_eq!(choices, choices_expected);
                // Each choice is named in the four locales, but a language's own name.
                for choice in o["choices"].as_array().into_iter().flatten() {
                    let value = choice["value"].as_str().unwrap_or("");
                    if Language::from_tag(value).is_none() {
                        assert_four_locales(&choice["name_localizations"], value);
                    }
                }
                assert_eq!(o["autocomplete"].as_bool().unwrap_or(false), autocomplete);
                // Every option of the catalogue reads in Discord's four locales of ours
                // (a rep option's text twin is Dealbell's own, in English).
                if !name.ends_with("_name") {
                    assert_four_locales(&o["description_localizations"], &name);
                }
            }
        };
        match spec.body {
            Body::Leaf { options, .. } => check_options(&reg["options"], options),
            Body::Group(subs) => {
                let reg_subs = reg["options"].as_array().unwrap();
                assert_eq!(reg_subs.len(), subs.len());
                for (rs, ss) in reg_subs.iter().zip(subs) {
                    assert_eq!(rs["type"], 1);
                    assert_eq!(rs["name"], ss.name);
                    assert_four_locales(&rs["description_localizations"], ss.name);
                    if let Body::Leaf { options, .. } = ss.body {
                        check_options(&rs["options"], options);
                    }
                }
            }
        }
    }
    // The console accepts the same commands: every registered path resolves there.
    for reg in &registered {
        let name = reg["name"].as_str().unwrap().to_string();
        let subs: Vec<String> = reg["options"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|o| o["type"] == 1)
            .map(|o| o["name"].as_str().unwrap().to_string())
            .collect();
        if subs.is_empty() {
            assert!(catalogue::resolve(std::slice::from_ref(&name)).is_ok());
        }
        for sub in subs {
            assert!(catalogue::resolve(&[name.clone(), sub]).is_ok());
        }
    }
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_win_is_public_with_an_undo_button_and_announced() {
    let bot = start_bot().await;
    let owner = Person::owner();
    let setup = bot
        .run(
            &owner,
            "setup",
            json!([
                s("currency", "EUR"),
                channel("wins_channel", WINS_CHANNEL_ID)
            ]),
        )
        .await;
    assert!(ephemeral(&setup), "settings are private");
    assert_eq!(setup["type"], 4);

    let r = bot
        .run(
            &bob(),
            "win",
            json!([
                s("amount", "12.5k"),
                s("customer", "@everyone Acme <@&123>"),
                s("product", "GTX Pro")
            ]),
        )
        .await;
    assert_eq!(r["type"], 4);
    assert!(!ephemeral(&r), "a win is public");
    assert!(
        title(&r).contains("Bob Brown won @everyone Acme"),
        "{}",
        title(&r)
    );
    assert!(text(&r).contains("12,500.00 EUR"));
    assert_eq!(
        r["data"]["allowed_mentions"]["parse"],
        json!([]),
        "no @everyone, no roles"
    );
    let button = &r["data"]["components"][0]["components"][0];
    assert_eq!(button["label"], "Undo");
    assert!(button["custom_id"].as_str().unwrap().starts_with("undo:"));

    let post = bot
        .fake
        .wait_for_post("the wins post", WINS_CHANNEL_ID)
        .await;
    assert_eq!(
        post["content"],
        format!("<@{}>", bob().id),
        "the rep is mentioned"
    );
    assert_eq!(post["allowed_mentions"]["parse"], json!([]));
    assert_eq!(
        post["allowed_mentions"]["users"],
        json!([bob().id.to_string()])
    );
    assert!(post["embeds"][0]["title"].as_str().unwrap().contains("won"));
    bot.finish().await;
}

/// A reply follows the member's Discord app language; the wins channel hears the team's;
/// a member whose app speaks a language Dealbell does not gets their own /language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_polish_app_is_answered_in_polish_and_the_channel_hears_the_teams_language() {
    let bot = start_bot().await;
    let setup = bot
        .run(
            &Person::owner(),
            "setup",
            json!([
                s("currency", "PLN"),
                channel("wins_channel", WINS_CHANNEL_ID),
                s("language", "de")
            ]),
        )
        .await;
    assert!(text(&setup).contains("Deutsch"), "{}", text(&setup));
    bot.fake.set_locale("pl");
    let win = json!([s("amount", "1200"), s("customer", "Acme")]);
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "12500"), s("customer", "Acme")]),
        )
        .await;
    assert_eq!(title(&r), "🎉 Wygrana: Bob Brown — Acme!");
    // The card's words and its amount, written the Polish way (CLDR: a no-break space
    // between thousands, a decimal comma).
    let fields = &r["data"]["embeds"][0]["fields"];
    assert!(
        fields
            .as_array()
            .unwrap()
            .contains(&json!({"name": "Kwota", "value": "12\u{a0}500,00 PLN", "inline": true})),
        "{fields}"
    );
    assert!(
        r["data"]["embeds"][0]["footer"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Transakcja nr "),
        "{}",
        r["data"]["embeds"][0]
    );
    let post = bot
        .fake
        .wait_for_post("the wins post", WINS_CHANNEL_ID)
        .await;
    assert_eq!(post["embeds"][0]["title"], "🎉 Bob Brown gewinnt Acme!");

    bot.fake.set_locale("fr");
    let r = bot.run(&bob(), "language", json!([s("set", "ro")])).await;
    assert!(ephemeral(&r));
    assert_eq!(title(&r), "Limba ta");
    let r = bot.run(&bob(), "win", win.clone()).await;
    assert_eq!(title(&r), "🎉 Vânzare câștigată: Bob Brown — Acme!");
    // Back to automatic: a French app gets the team's language.
    bot.run(&bob(), "language", json!([b("auto", true)])).await;
    let r = bot.run(&bob(), "win", win).await;
    assert_eq!(title(&r), "🎉 Bob Brown gewinnt Acme!");
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undo_takes_back_the_announcement_by_editing_the_posted_message() {
    let bot = start_bot().await;
    bot.wins_channel_is_set().await;
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "5k"), s("customer", "Initech")]),
        )
        .await;
    let post = bot
        .fake
        .wait_for_post("the wins post", WINS_CHANNEL_ID)
        .await;
    assert_eq!(post["enforce_nonce"], true, "sent with a nonce: {post}");
    assert!(post["nonce"].as_str().unwrap().starts_with("dealbell-"));
    let posted = bot.fake.messages_in(WINS_CHANNEL_ID);
    assert_eq!(posted.len(), 1);
    let custom_id = r["data"]["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let (id, _) = bot.fake.press(&bob(), &custom_id).await;
    assert!(title(&bot.fake.callback(&id).await).contains("Undone"));
    let message_path = format!("/channels/{WINS_CHANNEL_ID}/messages/{}", posted[0].0);
    let edit = bot
        .fake
        .wait_for("the announcement's edit", |r| {
            r.method == "PATCH" && r.path == message_path
        })
        .await
        .body;
    let edited_title = edit["embeds"][0]["title"].as_str().unwrap();
    assert!(
        edited_title.starts_with("~~") && edited_title.contains("won Initech"),
        "{edited_title}"
    );
    let lines = edit["embeds"][0]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(lines.contains("Undone"), "{edit}");
    assert_eq!(
        edit["allowed_mentions"]["parse"],
        json!([]),
        "an edit pings nobody"
    );
    assert_eq!(
        bot.fake.messages_in(WINS_CHANNEL_ID).len(),
        1,
        "taken back in place, not posted again"
    );
    let edits = bot.fake.edits_in(WINS_CHANNEL_ID);
    assert_eq!(edits.len(), 1, "one edit");
    assert_eq!(edits[0].0, posted[0].0, "of the posted message");
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_duel_starts_when_the_challenged_rep_presses_accept() {
    let bot = start_bot().await;
    let r = bot
        .run_resolved(
            &zofia(),
            "duel",
            sub(
                "challenge",
                vec![user("rep", bob().id), s("metric", "deals"), i("days", 3)],
            ),
            json!({"users": {bob().id.to_string(): {"id": bob().id.to_string(), "username": "bob",
                   "global_name": "Bob Brown", "discriminator": "0", "avatar": null}}}),
        )
        .await;
    assert!(!ephemeral(&r), "a challenge is public");
    assert!(title(&r).contains("challenges Bob Brown"), "{}", title(&r));
    let buttons = &r["data"]["components"][0]["components"];
    assert_eq!(buttons[0]["label"], "Accept");
    assert_eq!(buttons[1]["label"], "Decline");
    let accept = buttons[0]["custom_id"].as_str().unwrap().to_string();
    assert_eq!(
        r["data"]["allowed_mentions"]["users"],
        json!([bob().id.to_string()]),
        "the challenged rep is pinged"
    );
    // Only Bob may answer.
    let (id, _) = bot.fake.press(&zofia(), &accept).await;
    let other = bot.fake.callback(&id).await;
    assert!(ephemeral(&other));
    assert!(
        title(&other).contains("Only Bob Brown"),
        "{}",
        title(&other)
    );
    let (id, _) = bot.fake.press(&bob(), &accept).await;
    let accepted = bot.fake.callback(&id).await;
    assert_eq!(
        accepted["type"], 7,
        "the challenge itself becomes the answer"
    );
    assert!(title(&accepted).contains("Duel on"), "{}", title(&accepted));
    assert_eq!(accepted["data"]["components"], json!([]), "buttons gone");
    // Each of the two sees the duel's score so far, privately.
    let status = bot.run(&bob(), "duel", sub("status", vec![])).await;
    assert!(ephemeral(&status), "a duel's status is the rep's own");
    assert!(
        text(&status).contains("You vs Zofia Wójcik (Deals won over 3 days): you 0 won"),
        "{}",
        text(&status)
    );
    bot.finish().await;
}

/// Through an API proxy (as the fake is) serenity's own rate limiter is off, so a 429
/// reaches Dealbell: the outbox tries again after its pauses, and the post goes out once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_then_a_server_error_are_retried_and_the_announcement_posted_once() {
    let bot = start_bot().await;
    bot.wins_channel_is_set().await;
    bot.fake.fail_next(WINS_CHANNEL_ID, &[429, 500]);
    bot.run(
        &bob(),
        "win",
        json!([s("amount", "5k"), s("customer", "Initech")]),
    )
    .await;
    let posts = || {
        bot.fake
            .requests()
            .into_iter()
            .filter(|r| r.is_post_to(WINS_CHANNEL_ID))
            .count()
    };
    wait_until("the first attempt", || posts() == 1).await;
    // The retries: a minute after the first attempt, then five minutes after the second.
    for (at, attempts) in [("2026-03-10T09:01:30Z", 2), ("2026-03-10T09:07:00Z", 3)] {
        bot.set_clock(at);
        wait_until("a retry", || posts() == attempts).await;
    }
    wait_until("the post", || {
        bot.fake.messages_in(WINS_CHANNEL_ID).len() == 1
    })
    .await;
    bot.set_clock("2026-03-10T12:00:00Z");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(posts(), 3, "no attempt after the one that worked");
    assert_eq!(
        bot.fake.messages_in(WINS_CHANNEL_ID).len(),
        1,
        "posted once"
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_announcement_that_hits_a_server_error_is_retried_later_and_posted_once() {
    let bot = start_bot().await;
    bot.wins_channel_is_set().await;
    bot.fake.fail_next(WINS_CHANNEL_ID, &[500]);
    let (_, token) = bot
        .fake
        .command(
            &bob(),
            "win",
            json!([s("amount", "5k"), s("customer", "Initech")]),
            json!({}),
        )
        .await;
    let note = bot
        .fake
        .wait_for("the follow-up", |r| {
            r.method == "POST" && r.path == format!("/webhooks/{APP_ID}/{token}")
        })
        .await
        .body;
    assert!(
        note["content"]
            .as_str()
            .unwrap()
            .contains("I will try again"),
        "{note}"
    );
    assert!(bot.fake.messages_in(WINS_CHANNEL_ID).is_empty());
    // Two minutes later the scheduler's step sends it.
    bot.set_clock("2026-03-10T09:02:00Z");
    wait_until("the retried post", || {
        bot.fake.messages_in(WINS_CHANNEL_ID).len() == 1
    })
    .await;
    // And never again.
    bot.set_clock("2026-03-10T10:00:00Z");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        bot.fake.messages_in(WINS_CHANNEL_ID).len(),
        1,
        "posted once"
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_private_and_say_how_to_fix() {
    let bot = start_bot().await;
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "zero"), s("customer", "Acme")]),
        )
        .await;
    assert!(ephemeral(&r));
    assert!(
        title(&r).contains("could not read \"zero\""),
        "{}",
        title(&r)
    );
    assert!(text(&r).contains("12.5k"), "shows an accepted form");
    // A manager command is refused for a rep, whatever Discord's client showed them.
    let r = bot.run(&bob(), "setup", json!([])).await;
    assert!(ephemeral(&r));
    assert!(title(&r).contains("Only managers"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_manager_role_grants_manager_commands() {
    let bot = start_bot().await;
    let owner = Person::owner();
    bot.run(
        &owner,
        "setup",
        json!([role("manager_role", MANAGER_ROLE_ID)]),
    )
    .await;
    let mut lead = Person::rep(960_000_000_000_000_009, "Lena Lead");
    lead.roles = vec![MANAGER_ROLE_ID];
    let r = bot.run(&lead, "setup", json!([])).await;
    assert!(title(&r).contains("Team settings"), "{}", title(&r));
    let r = bot.run(&bob(), "setup", json!([])).await;
    assert!(title(&r).contains("Only managers"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_defers_then_edits_the_answer() {
    let bot = start_bot().await;
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pipeline_small.csv"
    ))
    .unwrap();
    let size = bytes.len();
    let url = bot.fake.host_file("pipeline.csv", bytes);
    let attachment_id = "970000000000000001";
    let resolved = json!({"attachments": {attachment_id: {
        "id": attachment_id, "filename": "pipeline.csv", "size": size, "url": url, "proxy_url": url,
        "content_type": "text/csv"
    }}});
    let (id, token) = bot
        .fake
        .command(
            &Person::owner(),
            "import",
            json!([
                s("kind", "deals"),
                json!({"name": "file", "type": 11, "value": attachment_id})
            ]),
            resolved,
        )
        .await;
    let first = bot.fake.callback(&id).await;
    assert_eq!(first["type"], 5, "deferred: Discord shows 'thinking'");
    assert_eq!(first["data"]["flags"], 64, "privately");
    let edit = bot.fake.edited(&token).await;
    let embed = &edit["embeds"][0];
    assert_eq!(embed["title"], "Imported pipeline.csv");
    assert!(embed.to_string().contains("Skipped line 8"), "{embed}");
    // A file that is not CSV is refused clearly.
    let url = bot.fake.host_file("notes.pdf", b"%PDF-1.4".to_vec());
    let resolved = json!({"attachments": {attachment_id: {
        "id": attachment_id, "filename": "notes.pdf", "size": 8, "url": url, "proxy_url": url, "content_type": "application/pdf"
    }}});
    let (_, token) = bot
        .fake
        .command(
            &Person::owner(),
            "import",
            json!([
                s("kind", "deals"),
                json!({"name": "file", "type": 11, "value": attachment_id})
            ]),
            resolved,
        )
        .await;
    let edit = bot.fake.edited(&token).await;
    assert!(
        edit["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .contains("not a CSV file")
    );
    bot.finish().await;
}

async fn import(bot: &Bot, who: &Person, fixture: &str) -> (Value, Value) {
    let bytes = std::fs::read(format!(
        "{}/tests/fixtures/{fixture}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let size = bytes.len();
    let url = bot.fake.host_file(fixture, bytes);
    let attachment_id = "970000000000000002";
    let resolved = json!({"attachments": {attachment_id: {
        "id": attachment_id, "filename": fixture, "size": size, "url": url, "proxy_url": url, "content_type": "text/csv"
    }}});
    let options = json!([
        s("kind", "deals"),
        json!({"name": "file", "type": 11, "value": attachment_id})
    ]);
    let (id, token) = bot.fake.command(who, "import", options, resolved).await;
    let first = bot.fake.callback(&id).await;
    (first, bot.fake.edited(&token).await)
}

/// A rep from the CRM has no chat user to pick in a user option: beside every rep option
/// Discord shows `rep_name` (here `owner_name`), which suggests every rep's name as it is
/// typed, and the command reads it as that rep.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crm_rep_is_named_with_autocomplete_wherever_a_rep_is() {
    let bot = start_bot().await;
    let owner = Person::owner();
    import(&bot, &owner, "pipeline_small.csv").await;
    let focused = json!([{"name": "list", "type": 1, "options": [
        {"name": "owner_name", "type": 3, "value": "darc", "focused": true}
    ]}]);
    let (id, _) = bot.fake.autocomplete(&owner, "deal", focused).await;
    let r = bot.fake.callback(&id).await;
    assert_eq!(r["type"], 8);
    assert_eq!(
        r["data"]["choices"],
        json!([{"name": "Darcel Schlecht", "value": "Darcel Schlecht"}])
    );
    let list = |options: Vec<Value>| sub("list", options);
    let r = bot
        .run(
            &owner,
            "deal",
            list(vec![s("owner_name", "Darcel Schlecht"), s("status", "won")]),
        )
        .await;
    let shown = text(&r);
    assert!(
        shown.contains("Isdom") && shown.contains("Cancity") && !shown.contains("Moses"),
        "{shown}"
    );
    // His forecast is his, not zeros.
    let r = bot
        .run(
            &owner,
            "forecast",
            sub(
                "show",
                vec![s("rep_name", "Darcel Schlecht"), s("period", "year")],
            ),
        )
        .await;
    assert!(title(&r).contains("Darcel Schlecht"), "{}", text(&r));
    // A name that is no rep, and a rep named twice, are refused with what to do.
    let r = bot
        .run(&owner, "deal", list(vec![s("owner_name", "Nobody Here")]))
        .await;
    assert!(text(&r).contains("There is no rep called"), "{}", text(&r));
    // Refused before it is a command, in the member's language.
    for (locale, expected) in [
        ("en-US", "Name the rep once"),
        ("de", "Nenn den Vertriebler nur einmal"),
    ] {
        bot.fake.set_locale(locale);
        let r = bot
            .run_resolved(
                &owner,
                "deal",
                list(vec![
                    user("owner", bob().id),
                    s("owner_name", "Darcel Schlecht"),
                ]),
                json!({}),
            )
            .await;
        assert!(text(&r).contains(expected), "{locale}: {}", text(&r));
    }
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_that_overwrites_deals_waits_for_apply() {
    let bot = start_bot().await;
    let owner = Person::owner();
    let (_, first) = import(&bot, &owner, "pipeline_small.csv").await;
    assert_eq!(
        first["embeds"][0]["title"], "Imported pipeline_small.csv",
        "new deals only: applied at once"
    );
    let (_, preview) = import(&bot, &owner, "pipeline_small_v2.csv").await;
    assert!(
        preview["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .contains("would change 1 existing deal")
    );
    let buttons = &preview["components"][0]["components"];
    let apply = buttons[0]["custom_id"].as_str().unwrap().to_string();
    let cancel = buttons[1]["custom_id"].as_str().unwrap().to_string();
    assert_eq!(buttons[0]["label"], "Apply import");

    // Another manager cannot press it; the author can cancel it.
    let mut other = Person::owner();
    other.id = 920_000_000_000_000_009;
    other.name = "Other Admin".into();
    let (id, _) = bot.fake.press(&other, &apply).await;
    assert!(title(&bot.fake.callback(&id).await).contains("Only the manager who started"));
    let (id, _) = bot.fake.press(&owner, &cancel).await;
    let cancelled = bot.fake.callback(&id).await;
    assert_eq!(
        (cancelled["type"].as_u64(), title(&cancelled).as_str()),
        (Some(7), "Import cancelled")
    );
    let (id, _) = bot.fake.press(&owner, &apply).await;
    assert!(title(&bot.fake.callback(&id).await).contains("already applied or cancelled"));

    // A new preview, applied: the click is acknowledged, then the message shows the report.
    let (_, preview) = import(&bot, &owner, "pipeline_small_v2.csv").await;
    let apply = preview["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let (id, token) = bot.fake.press(&owner, &apply).await;
    assert_eq!(bot.fake.callback(&id).await["type"], 6, "deferred update");
    let report = bot.fake.edited(&token).await;
    assert_eq!(
        report["embeds"][0]["title"],
        "Imported pipeline_small_v2.csv"
    );
    let updated = report["embeds"][0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "Updated")
        .unwrap()
        .clone();
    assert_eq!(updated["value"], "1");
    assert_eq!(report["components"], json!([]));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduled_post_is_retried_then_reported_to_managers() {
    let bot = start_bot().await;
    let owner = Person::owner();
    bot.run(
        &owner,
        "setup",
        json!([
            s("timezone", "Europe/Berlin"),
            channel("managers_channel", CHANNEL_ID)
        ]),
    )
    .await;
    let r = bot
        .run(
            &owner,
            "schedule",
            sub(
                "add",
                vec![
                    s("kind", "leaderboard"),
                    s("cron", "daily 17:30"),
                    channel("channel", WINS_CHANNEL_ID),
                ],
            ),
        )
        .await;
    assert!(title(&r).contains("Schedule #1 added"), "{}", title(&r));
    bot.fake.fail_channel(WINS_CHANNEL_ID);
    let to_wins = |r: &Recorded| r.is_post_to(WINS_CHANNEL_ID);
    // 17:30 in Berlin on 10 March is 16:30 UTC: the first attempt.
    bot.set_clock("2026-03-10T16:30:00Z");
    bot.fake
        .wait_for_count("the first attempt", 1, to_wins)
        .await;
    // Retries after 1 and then 5 minutes.
    bot.set_clock("2026-03-10T16:31:00Z");
    bot.fake
        .wait_for_count("the second attempt", 2, to_wins)
        .await;
    bot.set_clock("2026-03-10T16:36:00Z");
    bot.fake
        .wait_for_count("the third attempt", 3, to_wins)
        .await;
    let warning = bot
        .fake
        .wait_for_post("the managers' warning", CHANNEL_ID)
        .await;
    assert_eq!(warning["embeds"][0]["title"], "Schedule #1 could not post");
    assert!(
        warning["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .contains("failed 3 times")
    );
    // No fourth attempt.
    bot.set_clock("2026-03-10T18:00:00Z");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(bot.fake.requests().iter().filter(|r| to_wins(r)).count(), 3);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alerts_reach_the_managers_channel_and_nudge_the_owner_by_dm() {
    let bot = start_bot().await;
    let owner = Person::owner();
    bot.run(
        &owner,
        "setup",
        json!([channel("managers_channel", CHANNEL_ID), s("nudges", "dm")]),
    )
    .await;
    bot.run(
        &owner,
        "alerts",
        sub("set", vec![s("rule", "dm_nudges"), b("enabled", true)]),
    )
    .await;
    let r = bot
        .run(
            &owner,
            "schedule",
            sub("add", vec![s("kind", "alerts"), s("cron", "daily 09:30")]),
        )
        .await;
    assert!(
        text(&r).contains(&format!("<#{CHANNEL_ID}>")),
        "{}",
        text(&r)
    );
    bot.run(
        &bob(),
        "deal",
        sub(
            "add",
            vec![
                s("customer", "Slowpoke"),
                s("amount", "2k"),
                s("close", "2026-03-01"),
            ],
        ),
    )
    .await;
    bot.set_clock("2026-03-10T09:30:00Z");
    let dm_channel = bob().id + DM_OFFSET;
    let nudge = bot.fake.wait_for_post("the nudge", dm_channel).await;
    assert_eq!(
        nudge["embeds"][0]["title"],
        "👋 Bob Brown, deal #1 needs an update"
    );
    let opened = bot
        .fake
        .requests()
        .into_iter()
        .find(|r| r.path == "/users/@me/channels")
        .unwrap();
    assert_eq!(opened.body["recipient_id"], bob().id.to_string());
    let alert = bot
        .fake
        .wait_for("the alert", |r| {
            r.method == "POST"
                && r.path == format!("/channels/{CHANNEL_ID}/messages")
                && r.body["embeds"][0]["title"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("🚨 Forecast alerts"))
        })
        .await
        .body;
    assert!(
        alert["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .contains("Slowpoke (Bob Brown) — 2,000 USD was due 1 Mar, 9 days ago")
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chart_is_uploaded_and_shown_in_the_embed() {
    let bot = start_bot().await;
    bot.run(
        &bob(),
        "win",
        json!([s("amount", "5k"), s("customer", "Initech")]),
    )
    .await;
    let (id, _) = bot
        .fake
        .command(
            &zofia(),
            "leaderboard",
            json!([b("chart", true)]),
            json!({}),
        )
        .await;
    let callback = bot
        .fake
        .wait_for("the leaderboard with its chart", |r| {
            r.method == "POST" && r.path.starts_with(&format!("/interactions/{id}/"))
        })
        .await;
    assert_eq!(
        callback.body["data"]["embeds"][0]["image"]["url"],
        "attachment://leaderboard.png"
    );
    assert_eq!(callback.files.len(), 1, "{:?}", callback.files);
    assert_eq!(callback.files[0].0, "leaderboard.png");
    assert!(callback.files[0].1 > 1_000, "a real PNG");
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_undo_button_works_only_for_its_author() {
    let bot = start_bot().await;
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "5k"), s("customer", "Initech")]),
        )
        .await;
    let custom_id = r["data"]["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let (id, _) = bot.fake.press(&zofia(), &custom_id).await;
    let other = bot.fake.callback(&id).await;
    assert_eq!(other["type"], 4);
    assert!(ephemeral(&other));
    assert!(title(&other).contains("Only the person who made this change"));
    let (id, _) = bot.fake.press(&bob(), &custom_id).await;
    let undone = bot.fake.callback(&id).await;
    assert_eq!(undone["type"], 7, "the reply itself is edited");
    assert!(title(&undone).contains("Undone"), "{}", title(&undone));
    assert_eq!(
        undone["data"]["components"],
        json!([]),
        "the button is gone"
    );
    let (id, _) = bot.fake.press(&bob(), &custom_id).await;
    assert!(title(&bot.fake.callback(&id).await).contains("already undone"));
    let r = bot.run(&bob(), "deal", sub("show", vec![i("id", 1)])).await;
    assert!(title(&r).contains("no deal #1"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undeliverable_post_is_reported_to_the_rep() {
    let bot = start_bot().await;
    bot.wins_channel_is_set().await;
    bot.fake.fail_channel(WINS_CHANNEL_ID);
    let (id, token) = bot
        .fake
        .command(
            &bob(),
            "win",
            json!([s("amount", "5k"), s("customer", "Initech")]),
            json!({}),
        )
        .await;
    assert!(!ephemeral(&bot.fake.callback(&id).await));
    let note = bot
        .fake
        .wait_for("a follow-up", |r| {
            r.method == "POST" && r.path == format!("/webhooks/{APP_ID}/{token}")
        })
        .await
        .body;
    assert!(note["content"].as_str().unwrap().contains("could not post"));
    assert_eq!(note["flags"], 64);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_connection_resumes() {
    let bot = start_bot().await;
    assert_eq!(bot.fake.identifies(), 1);
    bot.fake.drop_connection().await;
    for _ in 0..200 {
        if bot.fake.resumes() > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(bot.fake.resumes(), 1, "the bot resumed its session");
    assert_eq!(bot.fake.identifies(), 1, "without identifying again");
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "1k"), s("customer", "After")]),
        )
        .await;
    assert!(title(&r).contains("won After"));
    bot.finish().await;
}

async fn wait_until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..300 {
        if check() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_request_resumes_and_an_invalid_session_identifies_again() {
    let bot = start_bot().await;
    bot.fake.request_reconnect().await;
    wait_until("a resume after opcode 7", || bot.fake.resumes() == 1).await;
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "1k"), s("customer", "After reconnect")]),
        )
        .await;
    assert!(title(&r).contains("won After reconnect"));
    bot.fake.invalidate_session().await;
    wait_until("a new identify after opcode 9", || {
        bot.fake.identifies() == 2
    })
    .await;
    assert_eq!(bot.fake.resumes(), 1, "an invalid session is not resumed");
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "1k"), s("customer", "After new session")]),
        )
        .await;
    assert!(title(&r).contains("won After new session"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_suggests_the_callers_open_deals() {
    let bot = start_bot().await;
    bot.run(
        &bob(),
        "deal",
        sub("add", vec![s("customer", "Initech"), s("amount", "20k")]),
    )
    .await;
    bot.run(
        &zofia(),
        "deal",
        sub("add", vec![s("customer", "Zakład Łódź"), s("amount", "5k")]),
    )
    .await;
    let focused = json!([{"name": "won", "type": 1, "options": [{"name": "id", "type": 4, "value": "", "focused": true}]}]);
    let (id, _) = bot.fake.autocomplete(&bob(), "deal", focused).await;
    let r = bot.fake.callback(&id).await;
    assert_eq!(r["type"], 8);
    let choices = r["data"]["choices"].as_array().unwrap();
    assert_eq!(choices.len(), 1, "only Bob's own deal: {choices:?}");
    assert_eq!(choices[0]["value"], 1);
    assert!(
        choices[0]["name"]
            .as_str()
            .unwrap()
            .starts_with("#1 Initech")
    );
    let focused = json!([{"name": "timezone", "type": 3, "value": "berl", "focused": true}]);
    let (id, _) = bot
        .fake
        .autocomplete(&Person::owner(), "setup", focused)
        .await;
    let r = bot.fake.callback(&id).await;
    assert_eq!(r["data"]["choices"][0]["value"], "Europe/Berlin");
    // Documents by number or title (every team starts with the samples).
    let focused = json!([{"name": "remove", "type": 1, "options": [{"name": "id", "type": 4, "value": "playb", "focused": true}]}]);
    let (id, _) = bot
        .fake
        .autocomplete(&Person::owner(), "docs", focused)
        .await;
    let r = bot.fake.callback(&id).await;
    let names: Vec<&str> = r["data"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["#4 Sales playbook"]);
    bot.finish().await;
}

/// Every command of the catalogue through Discord: its main path and one refusal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_main_path_and_a_refusal() {
    let bot = start_bot().await;
    let owner = Person::owner();
    let bob = bob();
    let zofia = zofia();
    let bob_ref = json!({"users": {bob.id.to_string(): {"id": bob.id.to_string(), "username": "bob", "global_name": "Bob Brown", "discriminator": "0", "avatar": null}}});
    // (who, command, options, resolved, expected in the title on success or refusal)
    let cases: Vec<(&Person, &str, Value, Value, &str)> = vec![
        (&owner, "help", json!([]), json!({}), "Dealbell commands"),
        (
            &bob,
            "help",
            json!([s("command", "nothing")]),
            json!({}),
            "no command /nothing",
        ),
        (
            &owner,
            "setup",
            json!([s("timezone", "Europe/Warsaw"), s("currency", "PLN")]),
            json!({}),
            "Team settings updated",
        ),
        (
            &owner,
            "setup",
            json!([s("timezone", "Mars/Base")]),
            json!({}),
            "not a timezone",
        ),
        (
            &owner,
            "setup",
            json!([channel("wins_channel", WINS_CHANNEL_ID)]),
            json!({}),
            "Team settings updated",
        ),
        (
            &owner,
            "setup",
            json!([b("clear_wins_channel", true)]),
            json!({}),
            "Team settings updated",
        ),
        (
            &bob,
            "win",
            json!([s("amount", "12 500,50 zł"), s("customer", "Zakład Łódź")]),
            json!({}),
            "Bob Brown won Zakład Łódź",
        ),
        (
            &bob,
            "win",
            json!([s("amount", "5"), s("customer", "X"), user("rep", zofia.id)]),
            json!({}),
            "Only managers",
        ),
        (
            &bob,
            "deal",
            sub(
                "add",
                vec![
                    s("customer", "Initech"),
                    s("amount", "20k"),
                    s("stage", "proposal"),
                ],
            ),
            json!({}),
            "Added deal #2",
        ),
        (
            &bob,
            "deal",
            sub("add", vec![s("customer", "X"), s("amount", "-3")]),
            json!({}),
            "more than zero",
        ),
        (
            &bob,
            "deal",
            sub("stage", vec![i("id", 2), s("stage", "negotiation")]),
            json!({}),
            "Proposal → Negotiation",
        ),
        (
            &zofia,
            "deal",
            sub("stage", vec![i("id", 2), s("stage", "proposal")]),
            json!({}),
            "belongs to Bob Brown",
        ),
        (
            &bob,
            "deal",
            sub("edit", vec![i("id", 2), s("amount", "22k")]),
            json!({}),
            "updated: amount",
        ),
        (
            &bob,
            "deal",
            sub("edit", vec![i("id", 2)]),
            json!({}),
            "Nothing to change",
        ),
        (
            &bob,
            "deal",
            sub("show", vec![i("id", 2)]),
            json!({}),
            "Deal #2 — Initech",
        ),
        (
            &zofia,
            "deal",
            sub("show", vec![i("id", 2)]),
            json!({}),
            "open pipeline",
        ),
        (
            &bob,
            "deal",
            sub("list", vec![]),
            json!({}),
            "Your open deals",
        ),
        (
            &zofia,
            "deal",
            sub("list", vec![user("owner", bob.id)]),
            bob_ref.clone(),
            "Only managers",
        ),
        (
            &bob,
            "deal",
            sub("won", vec![i("id", 2)]),
            json!({}),
            "Bob Brown won Initech",
        ),
        (
            &bob,
            "deal",
            sub("won", vec![i("id", 2)]),
            json!({}),
            "already won",
        ),
        (
            &bob,
            "deal",
            sub("undo", vec![]),
            json!({}),
            "Undone: your win of deal #2",
        ),
        (
            &zofia,
            "deal",
            sub("undo", vec![]),
            json!({}),
            "no change from the last 30 minutes",
        ),
        (
            &bob,
            "deal",
            sub("lost", vec![i("id", 2), s("reason", "price")]),
            json!({}),
            "Deal #2 marked lost",
        ),
        (
            &bob,
            "deal",
            sub("lost", vec![i("id", 99)]),
            json!({}),
            "no deal #99",
        ),
        (
            &bob,
            "deal",
            sub("history", vec![i("id", 2)]),
            json!({}),
            "History of deal #2",
        ),
        (
            &zofia,
            "deal",
            sub("history", vec![i("id", 2)]),
            json!({}),
            "open pipeline",
        ),
        (
            &bob,
            "activity",
            sub("log", vec![s("kind", "call"), i("count", 5)]),
            json!({}),
            "Logged 5 calls",
        ),
        (
            &bob,
            "activity",
            sub("log", vec![s("kind", "fax")]),
            json!({}),
            "cannot be \"fax\"",
        ),
        (
            &bob,
            "leaderboard",
            json!([s("period", "month")]),
            json!({}),
            "Revenue won — March 2026",
        ),
        (
            &bob,
            "leaderboard",
            json!([s("period", "decade")]),
            json!({}),
            "cannot be \"decade\"",
        ),
        (&owner, "team", sub("list", vec![]), json!({}), "Teams"),
        (
            &owner,
            "team",
            sub("link", vec![s("rep", "Nobody"), user("user", bob.id)]),
            bob_ref.clone(),
            "no rep called",
        ),
        (
            &bob,
            "team",
            sub("link", vec![s("rep", "Nobody"), user("user", bob.id)]),
            bob_ref.clone(),
            "Only managers",
        ),
        (
            &bob,
            "import",
            json!([s("kind", "deals")]),
            json!({}),
            "Only managers",
        ),
        (
            &owner,
            "quota",
            sub(
                "set",
                vec![
                    s("amount", "100k"),
                    s("period", "month"),
                    user("rep", bob.id),
                ],
            ),
            bob_ref.clone(),
            "Quota set: Bob Brown",
        ),
        (
            &bob,
            "quota",
            sub(
                "set",
                vec![s("amount", "1"), s("period", "month"), user("rep", bob.id)],
            ),
            bob_ref.clone(),
            "Only managers",
        ),
        (
            &bob,
            "quota",
            sub("check", vec![]),
            json!({}),
            "🎯 Bob Brown — March 2026",
        ),
        (
            &owner,
            "schedule",
            sub(
                "add",
                vec![
                    s("kind", "leaderboard"),
                    s("cron", "weekly monday 09:00"),
                    channel("channel", CHANNEL_ID),
                ],
            ),
            json!({}),
            "Schedule #1 added",
        ),
        (
            &bob,
            "schedule",
            sub("list", vec![]),
            json!({}),
            "Only managers",
        ),
        (
            &owner,
            "schedule",
            sub("list", vec![]),
            json!({}),
            "Schedules",
        ),
        (
            &owner,
            "schedule",
            sub("preview", vec![i("id", 1)]),
            json!({}),
            "the next five posts",
        ),
        (
            &owner,
            "schedule",
            sub("pause", vec![i("id", 1)]),
            json!({}),
            "Schedule #1 paused",
        ),
        (
            &owner,
            "schedule",
            sub("resume", vec![i("id", 1)]),
            json!({}),
            "Schedule #1 resumed",
        ),
        (
            &owner,
            "schedule",
            sub("remove", vec![i("id", 1)]),
            json!({}),
            "Schedule #1 removed",
        ),
        (
            &owner,
            "schedule",
            sub("remove", vec![i("id", 1)]),
            json!({}),
            "no schedule #1",
        ),
        (
            &bob,
            "forecast",
            sub("show", vec![]),
            json!({}),
            "🔮 Forecast — Bob Brown",
        ),
        (
            &zofia,
            "forecast",
            sub("show", vec![b("everyone", true)]),
            json!({}),
            "for managers",
        ),
        (
            &bob,
            "forecast",
            sub("accuracy", vec![]),
            json!({}),
            "No forecasts of February 2026 were kept for Bob Brown",
        ),
        (
            &owner,
            "alerts",
            sub("rules", vec![]),
            json!({}),
            "🚨 Alert rules",
        ),
        (
            &owner,
            "alerts",
            sub("set", vec![s("rule", "stale"), i("threshold", 21)]),
            json!({}),
            "Alert rule `stale` changed",
        ),
        (
            &owner,
            "alerts",
            sub("list", vec![]),
            json!({}),
            "Open alerts (0)",
        ),
        (
            &owner,
            "alerts",
            sub("snooze", vec![i("id", 1), i("days", 2)]),
            json!({}),
            "There is no alert #1",
        ),
        (
            &zofia,
            "alerts",
            sub("rules", vec![]),
            json!({}),
            "Only managers",
        ),
        (
            &bob,
            "comp",
            sub("plan", vec![]),
            json!({}),
            "No commission plan is loaded yet",
        ),
        (
            &owner,
            "comp",
            sub(
                "plan",
                vec![s(
                    "text",
                    "name = \"P\"\nversion = \"v1\"\ncurrency = \"PLN\"\nbase_rate = \"5%\"",
                )],
            ),
            json!({}),
            "Plan loaded — P (version v1)",
        ),
        (
            &bob,
            "comp",
            sub("estimate", vec![]),
            json!({}),
            "Commission estimate — Bob Brown",
        ),
        (
            &bob,
            "comp",
            sub("plan", vec![s("text", "name = 1")]),
            json!({}),
            "Only managers",
        ),
        (
            &bob,
            "docs",
            sub("list", vec![]),
            json!({}),
            "Documents (4)",
        ),
        (
            &owner,
            "docs",
            sub(
                "add",
                vec![s("title", "Parking"), s("text", "The garage opens at 7.")],
            ),
            json!({}),
            "Document #5 added: Parking",
        ),
        (
            &bob,
            "docs",
            sub("remove", vec![i("id", 5)]),
            json!({}),
            "Only managers",
        ),
        (
            &bob,
            "ask",
            json!([s("question", "When does the garage open?")]),
            json!({}),
            "When does the garage open?",
        ),
        (
            &bob,
            "deal",
            sub("add", vec![s("customer", "Later"), s("amount", "9k")]),
            json!({}),
            "Added deal",
        ),
        (
            &zofia,
            "deal",
            sub("forecast", vec![i("id", 2), s("category", "commit")]),
            json!({}),
            "belongs to Bob Brown",
        ),
        (
            &zofia,
            "quota",
            sub("check", vec![user("rep", bob.id)]),
            bob_ref.clone(),
            "Only managers",
        ),
    ];
    for (who, name, options, resolved, expected) in cases {
        let r = bot.run_resolved(who, name, options.clone(), resolved).await;
        let t = title(&r);
        assert!(
            t.contains(expected),
            "/{name} {options}: expected {expected:?} in {t:?}"
        );
    }
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_is_reported_plainly() {
    dealbell::logging::init_once();
    let fake = FakeDiscord::start().await;
    let app = App::build(
        config_for(&fake, "wrong-token"),
        crate::support::test_database().await,
        Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap()),
    )
    .await
    .unwrap();
    let result = dealbell::bot::run_until(app, std::future::pending()).await;
    let err = result.unwrap_err();
    assert!(matches!(err, DiscordError::BadToken));
    assert!(err.to_string().contains("rejected the bot token"));
    assert_eq!(fake.identifies(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_api_fails_loudly_instead_of_falling_back() {
    dealbell::logging::init_once();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = listener.local_addr().unwrap();
    drop(listener);
    let mut config = Config::defaults();
    config.discord.token = Secret::new(TOKEN);
    config.discord.api_url = Some(format!("http://{closed}"));
    let app = App::build(
        config,
        crate::support::test_database().await,
        Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap()),
    )
    .await
    .unwrap();
    let err = dealbell::bot::run_until(app, std::future::pending())
        .await
        .unwrap_err();
    assert!(matches!(err, DiscordError::Unreachable { .. }), "{err}");
    assert!(err.to_string().contains("not falling back"));
}

#[test]
fn the_binary_reports_a_bad_token_and_exits_non_zero() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let fake = runtime.block_on(FakeDiscord::start());
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
        .args(["--memory", "run"])
        .env("DISCORD_TOKEN", "wrong-token")
        .env("DEALBELL_DISCORD_API_URL", fake.origin())
        .env_remove("DEALBELL_DEV_GUILD")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Discord rejected the bot token"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("wrong-token"),
        "the token is never printed"
    );
}

#[test]
fn invite_url_asks_only_for_the_permissions_it_needs() {
    let url = discord::invite_url(Some(42));
    assert_eq!(
        url,
        "https://discord.com/oauth2/authorize?client_id=42&scope=bot%20applications.commands&permissions=52224"
    );
    // view channel, send messages, embed links, attach files
    assert_eq!(discord::INVITE_PERMISSIONS, 1024 | 2048 | 16384 | 32768);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interaction_delivered_twice_is_handled_once() {
    let bot = start_bot().await;
    let r = bot
        .run(
            &bob(),
            "win",
            json!([s("amount", "5k"), s("customer", "Twice GmbH")]),
        )
        .await;
    assert!(title(&r).contains("won Twice GmbH"), "{}", title(&r));
    bot.fake.replay_last_interaction().await;
    // The replay is read and dropped; a later command is still answered.
    let later = bot
        .run(
            &bob(),
            "deal",
            json!([{"type": 1, "name": "list", "options": [
        {"type": 3, "name": "status", "value": "all"}]}]),
        )
        .await;
    let callbacks = bot
        .fake
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.starts_with("/interactions/"))
        .count();
    assert_eq!(
        callbacks, 2,
        "one answer for the win, one for the list: {later}"
    );
    let deals = bot
        .app
        .db
        .list_deals(
            &dealbell::core::ids::GuildId::new(GUILD_ID.to_string()),
            &dealbell::store::DealFilter {
                owner_id: None,
                stage: None,
                outcome: dealbell::core::deal::StatusFilter::All,
                dated_between: None,
                limit: 10,
            },
        )
        .await
        .unwrap();
    assert_eq!(deals.len(), 1, "the win was stored once");
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_arrives_as_a_csv_file_and_not_as_an_image() {
    let bot = start_bot().await;
    bot.run(
        &bob(),
        "win",
        json!([s("amount", "5k"), s("customer", "Initech")]),
    )
    .await;
    let (id, _) = bot
        .fake
        .command(&bob(), "export", json!([s("kind", "deals")]), json!({}))
        .await;
    let callback = bot
        .fake
        .wait_for("the export", |r| {
            r.method == "POST" && r.path.starts_with(&format!("/interactions/{id}/"))
        })
        .await;
    assert_eq!(callback.files.len(), 1, "{:?}", callback.files);
    assert_eq!(callback.files[0].0, "deals-2026-03-10.csv");
    assert!(
        callback.body["data"]["embeds"][0]["image"].is_null(),
        "a CSV is not shown as the embed's image"
    );
    assert_eq!(callback.body["data"]["flags"], 64, "private to the rep");
    bot.finish().await;
}

/// Starts `dealbell run` (the real binary) against the fake Discord, its clock pinned
/// at `now` when given.
fn dealbell_run(
    fake: &FakeDiscord,
    config: &std::path::Path,
    db: &std::path::Path,
    now: Option<&str>,
) -> std::process::Child {
    let mut args = vec![
        "--config",
        config.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ];
    if let Some(now) = now {
        args.extend(["--now", now]);
    }
    args.push("run");
    std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
        .args(args)
        .env("DISCORD_TOKEN", TOKEN)
        .env("DEALBELL_DISCORD_API_URL", fake.origin())
        .env("DEALBELL_DEV_GUILD", GUILD_ID.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Crash test: `dealbell run` (the real binary) against the fake Discord is killed with
/// SIGKILL during a burst of /win, then started again. Every win stored is stored once,
/// with its audit row; every interaction was answered at most once; every confirmed win
/// is announced; and every stored win's announcement goes out exactly once, those the
/// killed process never got to included (they were written in the win's transaction).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_killed_mid_burst_stores_and_announces_each_win_once_after_a_restart() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let config = dir.path().join("dealbell.toml");
    // No burst hold (every win alone), and a short lease: the restarted bot's clock is
    // three minutes on, so what the killed process had claimed is free again.
    std::fs::write(
        &config,
        "[competition]\nburst_posts = 1000\n[schedules]\npost_lease_seconds = 2\n",
    )
    .unwrap();
    let start = |now: &str| dealbell_run(&fake, &config, &db, Some(now));
    let callbacks = |fake: &FakeDiscord| {
        fake.requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/callback"))
            .count()
    };
    let mut bot = start("2026-03-10T09:00:00Z");
    fake.registered_commands().await;
    let (id, _) = fake
        .command(
            &Person::owner(),
            "setup",
            json!([channel("wins_channel", WINS_CHANNEL_ID)]),
            json!({}),
        )
        .await;
    fake.callback(&id).await;
    // 200 wins sent as fast as the gateway takes them; the kill lands while many are
    // still being handled.
    let sender = {
        let fake = fake.clone();
        tokio::spawn(async move {
            for n in 0..200 {
                fake.command(
                    &bob(),
                    "win",
                    json!([s("amount", "1k"), s("customer", &format!("Burst {n}"))]),
                    json!({}),
                )
                .await;
            }
        })
    };
    wait_until("some wins answered", || callbacks(&fake) >= 30).await;
    bot.kill().unwrap(); // SIGKILL
    bot.wait().unwrap();
    sender.await.unwrap();
    // The wins whose reply went out: those are confirmed.
    let confirmed: Vec<String> = fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/callback"))
        .filter_map(|r| {
            r.body["data"]["embeds"][0]["title"]
                .as_str()
                .map(str::to_string)
        })
        .filter_map(|t| {
            t.split(" won ")
                .nth(1)
                .map(|c| c.trim_end_matches('!').to_string())
        })
        .collect();
    let answered_before = confirmed.len();
    assert!(answered_before < 200, "killed mid-burst");

    // Start again; it identifies anew and sends what was left.
    let identified = fake.identifies();
    let mut bot = start("2026-03-10T09:03:00Z");
    wait_until("the restarted bot", || fake.identifies() > identified).await;
    let stored = {
        let read = || async {
            let mut conn = crate::support::read_only(&db).await;
            let deals: Vec<(i64, String)> =
                sqlx::query_as("SELECT number, customer FROM deals ORDER BY number")
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            let audits: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM deal_audit")
                .fetch_one(&mut conn)
                .await
                .unwrap();
            (deals, audits)
        };
        let (deals, audits) = read().await;
        let mut customers: Vec<&String> = deals.iter().map(|(_, c)| c).collect();
        customers.sort();
        customers.dedup();
        assert_eq!(customers.len(), deals.len(), "no win stored twice");
        assert_eq!(audits, deals.len() as i64, "one audit row per win");
        deals
    };
    assert!(!stored.is_empty());
    // Every stored win's announcement, once (one lease later at most).
    let announced = |fake: &FakeDiscord| -> Vec<String> {
        fake.messages_in(WINS_CHANNEL_ID)
            .iter()
            .map(|(_, body)| {
                body["embeds"][0]["title"]
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            })
            .collect()
    };
    let customer_of = |title: &str| {
        title
            .split(" won ")
            .nth(1)
            .map(|c| c.trim_end_matches('!').to_string())
            .unwrap_or_default()
    };
    // Every confirmed win is stored, and announced exactly once (a post the killed
    // process had claimed goes out at once: the restarted bot's clock is past its lease).
    for c in &confirmed {
        assert!(
            stored.iter().any(|(_, s)| s == c),
            "confirmed {c} is not stored"
        );
    }
    wait_until("every confirmed win announced", || {
        let posts: Vec<String> = announced(&fake).iter().map(|t| customer_of(t)).collect();
        confirmed.iter().all(|c| posts.contains(c))
    })
    .await;
    // Time for a second copy to show, if one were coming.
    tokio::time::sleep(std::time::Duration::from_millis(2_500)).await;
    let posts = announced(&fake);
    let mut unique = posts.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        posts.len(),
        "no announcement twice: {posts:?}"
    );
    assert!(
        posts
            .iter()
            .all(|t| stored.iter().any(|(_, s)| *s == customer_of(t))),
        "no announcement of a win that is not stored"
    );
    let expected = stored.len();
    // Every interaction answered at most once.
    let mut callback_ids: Vec<String> = fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/callback"))
        .map(|r| r.path.clone())
        .collect();
    let all = callback_ids.len();
    callback_ids.sort();
    callback_ids.dedup();
    assert_eq!(callback_ids.len(), all, "an interaction answered twice");
    bot.kill().unwrap();
    bot.wait().unwrap();
    // What the bot had sent by the moment it died (it sends at its share of Discord's
    // rate, so it may still have been sending when the posts were read above).
    let posts = announced(&fake);
    // The wins stored but never answered were written with their announcement too:
    // a sender that comes later (here one in this process, its clock five minutes on)
    // composes and sends each of them, and nothing Discord already has is sent again.
    let clock = dealbell::clock::Clock::fixed("2026-03-10T09:08:00Z".parse().unwrap());
    let app = App::build(Config::defaults(), Database::File(db.clone()), clock)
        .await
        .unwrap();
    let later = dealbell::console::outbox::Outbox::default();
    dealbell::jobs::send_posts::send_due(&app, &later, None, app.clock.now())
        .await
        .unwrap();
    // A post the killed bot had sent but not yet recorded as sent is sent again with
    // the same nonce, which Discord (enforce_nonce) answers with the message it already
    // has instead of posting it twice; the console's outbox keeps every send, so those
    // are set aside here as Discord would.
    let nonces_seen: std::collections::HashSet<String> = fake
        .messages_in(WINS_CHANNEL_ID)
        .iter()
        .filter_map(|(_, body)| body["nonce"].as_str().map(str::to_string))
        .collect();
    let mut everything: Vec<String> = posts.iter().map(|t| customer_of(t)).collect();
    everything.extend(
        later
            .drain()
            .iter()
            .filter(|p| !p.nonce.as_ref().is_some_and(|n| nonces_seen.contains(n)))
            .map(|p| customer_of(&p.message.title)),
    );
    let mut once = everything.clone();
    once.sort();
    once.dedup();
    assert_eq!(once.len(), everything.len(), "an announcement sent twice");
    assert_eq!(everything.len(), expected, "every stored win announced");
    app.db.close().await;
    eprintln!(
        "sent 200 /win, {answered_before} answered before the kill; {expected} stored; {} announced by the bots, the rest ({}) by a later sender; each once",
        posts.len(),
        expected - posts.len()
    );
}

/// A command slower than Discord's three seconds (here: another process holds the
/// database's write lock) is deferred two seconds after it arrived, even while its
/// interaction id is still being claimed, then answered by editing the deferred reply:
/// the interaction is answered once, and the win is stored once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_held_up_by_the_database_is_deferred_then_answered_once() {
    use sqlx::ConnectOptions;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("slow.db");
    let bot = start_bot_on(Database::File(path.clone())).await;
    let mut other = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .connect()
        .await
        .unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut other)
        .await
        .unwrap();
    let (id, token) = bot
        .fake
        .command(
            &bob(),
            "win",
            json!([s("amount", "5k"), s("customer", "Initech")]),
            json!({}),
        )
        .await;
    let sent = std::time::Instant::now();
    let first = bot.fake.callback(&id).await;
    // Discord forgets an interaction not answered within three seconds. The claim of
    // the interaction's id waits on the same lock: the deferral must not wait for it (it
    // came after ten seconds before).
    assert!(
        sent.elapsed() < std::time::Duration::from_secs(3),
        "answered after {:?}",
        sent.elapsed()
    );
    assert_eq!(
        first["type"], 5,
        "deferred before Discord's three seconds: {first}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    sqlx::query("ROLLBACK").execute(&mut other).await.unwrap();
    let edit = bot.fake.edited(&token).await;
    let title = edit["embeds"][0]["title"].as_str().unwrap_or_default();
    assert!(title.contains("won Initech"), "{edit}");
    let callbacks = bot
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.starts_with(&format!("/interactions/{id}/")))
        .count();
    assert_eq!(callbacks, 1, "one answer to the interaction");
    let r = bot
        .run(&bob(), "deal", sub("list", vec![s("status", "won")]))
        .await;
    assert!(text(&r).contains("Initech"), "{}", text(&r));
    drop(other);
    bot.finish().await;
}

/// Crash test during a scheduler step: `dealbell run` starts with a leaderboard due, and
/// Discord makes the post but its answer never reaches the bot (held back), so the bot
/// is SIGKILLed not knowing whether the post went out. Restarted after the dead
/// process's lease, it sends the post again with the same nonce: Discord has it once,
/// and the firing reads "posted". Both runs pin their clock (`--now`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_killed_mid_scheduled_post_delivers_it_exactly_once_after_a_restart() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let config = dir.path().join("dealbell.toml");
    std::fs::write(&config, "[schedules]\npost_lease_seconds = 2\n").unwrap();
    // A daily leaderboard at 17:30, made at 17:00; the bot starts at 17:31, and
    // again at 17:34 (its clock pinned both times).
    {
        let app = App::build(
            Config::defaults(),
            Database::File(db.clone()),
            Clock::fixed("2026-03-10T17:00:00Z".parse().unwrap()),
        )
        .await
        .unwrap();
        let mut console = dealbell::console::Console::new(app.clone(), &GUILD_ID.to_string());
        for line in [
            ":as owner manager".to_string(),
            format!(
                "/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#{WINS_CHANNEL_ID}"
            ),
        ] {
            let outcome = console.execute(&line).await;
            assert!(
                !matches!(outcome, dealbell::console::Outcome::Failed(_)),
                "{line}: {outcome:?}"
            );
        }
        app.db.close().await;
    }
    let start = |now: &str| dealbell_run(&fake, &config, &db, Some(now));
    let posts_to_wins = |fake: &FakeDiscord| {
        fake.requests()
            .into_iter()
            .filter(|r| r.is_post_to(WINS_CHANNEL_ID))
            .count()
    };
    fake.stall_channel(WINS_CHANNEL_ID);
    let mut bot = start("2026-03-10T17:31:00Z");
    wait_until("the scheduled post made", || {
        fake.messages_in(WINS_CHANNEL_ID).len() == 1
    })
    .await;
    bot.kill().unwrap(); // SIGKILL, the post's answer still held back
    bot.wait().unwrap();
    fake.unstall_channels();
    let mut bot = start("2026-03-10T17:34:00Z");
    wait_until("the post sent again", || posts_to_wins(&fake) >= 2).await;
    let messages = fake.messages_in(WINS_CHANNEL_ID);
    assert_eq!(messages.len(), 1, "Discord has it once: {messages:?}");
    assert!(
        messages[0].1["embeds"][0]["title"]
            .as_str()
            .unwrap_or_default()
            .contains("Revenue won"),
        "{messages:?}"
    );
    let sent: Vec<Value> = fake
        .requests()
        .into_iter()
        .filter(|r| r.is_post_to(WINS_CHANNEL_ID))
        .map(|r| r.body["nonce"].clone())
        .collect();
    assert_eq!(sent[0], sent[1], "sent again with the same nonce: {sent:?}");
    wait_until("the firing recorded as posted", || {
        let db = db.clone();
        std::thread::spawn(move || {
            tokio::runtime::Runtime::new().unwrap().block_on(async {
                let mut conn = crate::support::read_only(&db).await;
                let status: Option<String> =
                    sqlx::query_scalar("SELECT status FROM schedule_firings")
                        .fetch_optional(&mut conn)
                        .await
                        .unwrap();
                status.as_deref() == Some("posted")
            })
        })
        .join()
        .unwrap()
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(2_500)).await;
    assert_eq!(posts_to_wins(&fake), 2, "and not again");
    bot.kill().unwrap();
    bot.wait().unwrap();
}

/// Discord's 500, 502 or 503 on an interaction's answer: the bot sends the answer again,
/// and the interaction is answered exactly once, also when an answer got through but the
/// reply to it was lost (the retry then hears "already acknowledged" and stops).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_refused_with_5xx_is_sent_again_and_the_interaction_answered_once() {
    let bot = start_bot().await;
    let tries = |id: &str| {
        bot.fake
            .requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.starts_with(&format!("/interactions/{id}/")))
            .count()
    };
    let win = |customer: &str| json!([s("amount", "5k"), s("customer", customer)]);
    bot.fake
        .fail_next_callbacks(&[CallbackFault::Status(500), CallbackFault::Status(503)]);
    let (id, _) = bot
        .fake
        .command(&bob(), "win", win("Initech"), json!({}))
        .await;
    let answer = bot.fake.callback(&id).await;
    assert!(
        answer["data"]["embeds"][0]["title"]
            .as_str()
            .unwrap_or_default()
            .contains("won Initech"),
        "{answer}"
    );
    assert_eq!(tries(&id), 3, "two refusals, then the answer");
    bot.fake.fail_next_callbacks(&[CallbackFault::LostReply]);
    let (id, _) = bot
        .fake
        .command(&bob(), "win", win("Globex"), json!({}))
        .await;
    let answer = bot.fake.callback(&id).await;
    assert!(answer.to_string().contains("won Globex"), "{answer}");
    wait_until("the retry", || tries(&id) >= 2).await;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(
        tries(&id),
        2,
        "one retry, refused as already answered, and no more"
    );
    // Each win stored once.
    let r = bot
        .run(&bob(), "deal", sub("list", vec![s("status", "won")]))
        .await;
    let listed = text(&r);
    assert_eq!(listed.matches("Initech").count(), 1, "{listed}");
    assert_eq!(listed.matches("Globex").count(), 1, "{listed}");
    bot.finish().await;
}

/// Sends a /win after `what` and checks it is answered, once.
async fn answered_once(bot: &Bot, what: String) {
    let customer = format!("After {what}");
    let (id, _) = bot
        .fake
        .command(
            &bob(),
            "win",
            json!([s("amount", "1k"), s("customer", &customer)]),
            json!({}),
        )
        .await;
    let answer = bot.fake.callback(&id).await;
    assert!(answer.to_string().contains(&customer), "{what}: {answer}");
    let answers = bot
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with(&format!("/interactions/{id}/")))
        .count();
    assert_eq!(answers, 1, "{what}: answered once");
}

/// Every way Discord's gateway closes or stalls a session: the bot resumes where it may
/// (close codes 4000, 4001, 4002, 4005, 4007, 4008; opcode 9 marked resumable), starts a
/// new session where it must (4009; a heartbeat left unacknowledged), and after each an
/// interaction is answered, once. (A
/// connection cut without a close frame, which the bot sees as 1006, is
/// `a_dropped_connection_resumes`; opcode 7 and a non-resumable opcode 9 are
/// `a_reconnect_request_resumes_and_an_invalid_session_identifies_again`.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_gateway_close_and_stall_is_survived_and_interactions_answered_once() {
    // Heartbeats every 300 ms (Discord says 41.25 s), so that a missed acknowledgement
    // shows within the test.
    let fake = FakeDiscord::start().await;
    fake.set_heartbeat_interval(300);
    let bot = start_bot_against(fake, crate::support::test_database().await).await;
    for code in [4000u16, 4001, 4002, 4005, 4007, 4008] {
        let resumes = bot.fake.resumes();
        bot.fake.close_with(code).await;
        wait_until(&format!("a resume after close {code}"), || {
            bot.fake.resumes() > resumes
        })
        .await;
        answered_once(&bot, format!("close {code}")).await;
    }
    let identifies = bot.fake.identifies();
    bot.fake.close_with(4009).await;
    wait_until("a new session after 4009 (session timed out)", || {
        bot.fake.identifies() > identifies
    })
    .await;
    answered_once(&bot, "close 4009".into()).await;
    let resumes = bot.fake.resumes();
    bot.fake.invalidate_session_resumable().await;
    wait_until("a resume after a resumable opcode 9", || {
        bot.fake.resumes() > resumes
    })
    .await;
    answered_once(&bot, "resumable invalid session".into()).await;
    // Heartbeats no longer acknowledged: the bot gives up on the connection and starts
    // a new session.
    let beats = bot.fake.heartbeats();
    wait_until("a heartbeat", || bot.fake.heartbeats() > beats).await;
    let sessions = bot.fake.resumes() + bot.fake.identifies();
    bot.fake.acknowledge_heartbeats(false);
    wait_until("a new session after an unacknowledged heartbeat", || {
        bot.fake.resumes() + bot.fake.identifies() > sessions
    })
    .await;
    bot.fake.acknowledge_heartbeats(true);
    answered_once(&bot, "an unacknowledged heartbeat".into()).await;
    bot.finish().await;
}

/// `dealbell run --shards 0-1 --shard-total 2` (here set in the config): the process
/// identifies once per shard of its range, each with its shard number and the total,
/// one after the other as serenity's shard queue paces them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_runs_the_range_of_shards_it_is_given() {
    let fake = FakeDiscord::start().await;
    let mut config = config_for(&fake, TOKEN);
    config.discord.shards = Some(dealbell::config::ShardRange::parse("0-1", 2).unwrap());
    let bot = start_bot_with(fake, crate::support::test_database().await, config).await;
    wait_until("both shards identified", || bot.fake.identifies() == 2).await;
    assert_eq!(
        bot.fake.identified_shards(),
        [serde_json::json!([0, 2]), serde_json::json!([1, 2])]
    );
    bot.finish().await;
}

/// A stop that comes while serenity is between gateway connections (the gateway keeps
/// closing with 4009, so the shard has no runner to tell) still ends the run, promptly
/// and cleanly: serenity's own shutdown would return early and `start` never would.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_between_gateway_connections_ends_the_run() {
    let bot = start_bot().await;
    answered_once(&bot, "before the refusals".into()).await;
    // 4009 (session timed out) makes serenity drop the shard's runner and queue a new
    // session five seconds later; every new session is refused the same way.
    bot.fake.refuse_sessions_with(4009);
    bot.fake.close_with(4009).await;
    wait_until("a new session refused", || bot.fake.refusals() >= 1).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let asked = std::time::Instant::now();
    bot.finish().await;
    assert!(
        asked.elapsed() < std::time::Duration::from_secs(10),
        "stopped in {:?}",
        asked.elapsed()
    );
}

/// A gateway that refuses the bot with a close no retry can fix ends `dealbell run`
/// with Dealbell's own words on what to check, instead of retrying for ever. (Each
/// close has a test, and so a runtime, of its own: serenity spins on a closed
/// connection until its next heartbeat, which would starve the next case's runtime.)
async fn a_refusal_ends_the_run_saying(code: u16, expected: &str) {
    dealbell::logging::init_once();
    let fake = FakeDiscord::start().await;
    fake.refuse_sessions_with(code);
    let mut config = config_for(&fake, TOKEN);
    config.discord.refusal_patience = Some(std::time::Duration::from_secs(1));
    // About the gateway, not the store: a SQLite file in both runs.
    let app = App::build(
        config,
        Database::Temporary,
        Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap()),
    )
    .await
    .unwrap();
    let run = dealbell::bot::run_until(app, std::future::pending());
    // It ends within seconds; the bound only tells a hang from a run starved of CPU
    // by the other tests (serenity's spin takes a core while it lasts).
    let result = tokio::time::timeout(std::time::Duration::from_secs(60), run)
        .await
        .unwrap_or_else(|_| panic!("close {code}: still running after 60 s"));
    let err = result.unwrap_err();
    assert!(
        matches!(err, DiscordError::Refused(_)),
        "close {code}: {err}"
    );
    // The operator reads it in the terminal's language; the `Display` is the log's.
    let english = err.worded(Words::new(Language::En));
    assert!(english.contains(&format!("close {code}")), "{english}");
    assert!(english.contains(expected), "close {code}: {english}");
    let german = err.worded(Words::new(Language::De));
    assert!(german.contains(&format!("Close {code}")), "{german}");
    assert_ne!(german, english);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_shard_ends_the_run_pointing_at_the_shard_settings() {
    a_refusal_ends_the_run_saying(4010, "--shard-total").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sharding_required_ends_the_run_asking_for_more_shards() {
    a_refusal_ends_the_run_saying(4011, "more shards").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_api_version_ends_the_run_asking_for_an_update() {
    a_refusal_ends_the_run_saying(4012, "Update Dealbell").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_intents_end_the_run_as_a_bug_to_report() {
    a_refusal_ends_the_run_saying(4013, "bug in Dealbell").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_privileged_intent_refused_ends_the_run_saying_where_to_enable_it() {
    a_refusal_ends_the_run_saying(4014, "privileged intent").await;
}

/// A registered description's translations: German, Polish, Romanian and Chinese, each
/// within Discord's 100 characters.
#[track_caller]
fn assert_four_locales(localized: &Value, what: &str) {
    let localized = localized.as_object().cloned().unwrap_or_default();
    let locales: Vec<&str> = localized.keys().map(String::as_str).collect();
    assert_eq!(locales, ["de", "pl", "ro", "zh-CN"], "{what}");
    for text in localized.values() {
        let n = text.as_str().unwrap_or("").chars().count();
        assert!((1..=100).contains(&n), "{what}: {text}");
    }
}
