//! `/setup`: the team's timezone, currency, fiscal year, manager role, wins channel
//! and stage names. With no options it shows the current settings.

use super::arguments::arguments;
use super::{CommandError, NotFound, Request};
use crate::core::calendar::{HOLIDAY_YEARS, HolidayCountry, Weekend, change_days_off};
use crate::core::dates::parse_date;
use crate::core::deal::{Pipeline, clean_text};
use crate::core::guild::AmountDisplay;
use crate::core::guild::GuildSettings;
use crate::core::ids::{ChannelId, RoleId};
use crate::core::language::Language;
use crate::core::localtime::parse_timezone;
use crate::core::money::Currency;
use crate::core::nudge::NudgeDelivery;
use crate::core::period::FiscalYearStart;
use crate::core::quota::QuotaVisibility;
use crate::i18n::{Said, Words};
use crate::reply::{Message, Reply, ReplyData, SettingsData, Tone};
use chrono::Datelike;

arguments! {
    /// `/setup`: every option changes one setting; none shows them.
    pub struct SetupArgs {
        timezone: Option<String>,
        currency: Option<String>,
        fiscal_year_start: Option<i64>,
        manager_role: Option<RoleId>,
        wins_channel: Option<ChannelId>,
        stage_label: Option<String>,
        clear_wins_channel: Option<bool>,
        quota_visibility: Option<QuotaVisibility>,
        managers_channel: Option<ChannelId>,
        charts: Option<bool>,
        nudges: Option<NudgeDelivery>,
        nudges_channel: Option<ChannelId>,
        amounts: Option<AmountDisplay>,
        weekend: Option<Weekend>,
        country: Option<String>,
        days_off: Option<String>,
        language: Option<Language>,
    }
}

/// One setting `/setup` changed: its field, and from what to what, as the reader reads
/// them.
#[derive(Debug)]
struct Change {
    /// The settings field's message (`setup-field-timezone`), or a stage's own words.
    setting: String,
    from: String,
    to: String,
    /// What `/setup`'s data calls it: `timezone`, `stage:proposal`.
    key: String,
}

/// What `/setup` changed, and what the team should know about it.
#[derive(Debug, Default)]
struct Changes {
    changed: Vec<Change>,
    notes: Vec<String>,
}

impl Changes {
    /// Records a setting set to `new`, unless it is already `new`; says whether it
    /// changed. `show` words a value for the reader.
    fn set<T: PartialEq>(
        &mut self,
        words: Words,
        field: &'static str,
        setting: &mut T,
        new: T,
        show: impl Fn(&T) -> String,
    ) -> bool {
        if *setting == new {
            return false;
        }
        self.changed.push(Change {
            setting: words.say(&format!("setup-field-{field}")),
            from: show(setting),
            to: show(&new),
            key: field.to_string(),
        });
        *setting = new;
        true
    }
}

pub async fn run(req: &Request<'_>, args: SetupArgs) -> Result<Reply, CommandError> {
    let mut guild = req.guild.clone();
    let mut changes = Changes::default();
    let words = req.words;
    change_locale(words, &args, &mut guild, &mut changes)?;
    change_audience(words, &args, &mut guild, &mut changes);
    change_calendar(req, &args, &mut guild, &mut changes)?;
    change_stage_label(req, &args, &mut guild, &mut changes)?;
    if !changes.changed.is_empty() {
        req.app.db.save_guild(&guild).await?;
    }
    let pipeline = req.app.config.pipeline.with_labels(&guild.stage_labels);
    let message = settings_message(words, &guild, &pipeline, &changes, req.today);
    let keys = changes.changed.into_iter().map(|c| c.key).collect();
    let data = settings_data(&guild, &pipeline, keys);
    Ok(Reply::private(message, ReplyData::Settings(data)))
}

/// A channel or role as chat shows it, or "not set".
fn mention(words: Words, what: Option<String>) -> String {
    what.unwrap_or_else(|| words.say("setup-not-set"))
}

/// The team's timezone, currency and fiscal year.
fn change_locale(
    words: Words,
    args: &SetupArgs,
    guild: &mut GuildSettings,
    changes: &mut Changes,
) -> Result<(), CommandError> {
    if let Some(name) = args.timezone.as_deref() {
        let tz = parse_timezone(name)
            .ok_or_else(|| Said::new("error-setup-timezone").with("name", name))?;
        changes.set(words, "timezone", &mut guild.timezone, tz, |tz| {
            tz.to_string()
        });
    }
    if let Some(code) = args.currency.as_deref() {
        let currency = Currency::from_code(code)
            .ok_or_else(|| Said::new("error-setup-currency").with("code", code))?;
        if changes.set(words, "currency", &mut guild.currency, currency, |c| {
            c.to_string()
        }) {
            changes.notes.push(words.say_with(
                "setup-currency-note",
                &[("currency", currency.to_string().into())],
            ));
        }
    }
    if let Some(language) = args.language {
        changes.set(words, "language", &mut guild.language, language, |l| {
            l.own_name().to_string()
        });
    }
    if let Some(month) = args.fiscal_year_start {
        let fy = u32::try_from(month)
            .ok()
            .and_then(FiscalYearStart::new)
            .ok_or_else(|| Said::new("error-setup-fiscal-year"))?;
        changes.set(
            words,
            "fiscal-year",
            &mut guild.fiscal_year_start,
            fy,
            |fy| month_name(words, fy.month()),
        );
    }
    Ok(())
}

/// Who manages, where wins, alerts and nudges go, and what public posts show.
fn change_audience(
    words: Words,
    args: &SetupArgs,
    guild: &mut GuildSettings,
    changes: &mut Changes,
) {
    let role = |r: &Option<RoleId>| mention(words, r.as_ref().map(|r| format!("<@&{r}>")));
    let channel = |c: &Option<ChannelId>| mention(words, c.as_ref().map(|c| format!("<#{c}>")));
    if let Some(new) = &args.manager_role {
        changes.set(
            words,
            "manager-role",
            &mut guild.manager_role,
            Some(new.clone()),
            role,
        );
    }
    if let Some(new) = &args.wins_channel {
        changes.set(
            words,
            "wins-channel",
            &mut guild.wins_channel,
            Some(new.clone()),
            channel,
        );
    }
    if args.clear_wins_channel == Some(true) {
        changes.set(
            words,
            "wins-channel",
            &mut guild.wins_channel,
            None,
            channel,
        );
    }
    if let Some(v) = args.quota_visibility {
        changes.set(words, "quota-detail", &mut guild.quota_visibility, v, |v| {
            quota_detail(words, *v)
        });
    }
    if let Some(new) = &args.managers_channel {
        changes.set(
            words,
            "managers-channel",
            &mut guild.managers_channel,
            Some(new.clone()),
            channel,
        );
    }
    if let Some(on) = args.charts {
        changes.set(words, "charts", &mut guild.charts_on_schedules, on, |on| {
            on_off(words, *on)
        });
    }
    if let Some(delivery) = args.nudges {
        changes.set(words, "nudges", &mut guild.nudge_delivery, delivery, |d| {
            words.choice(&NudgeDelivery::CHOICES[index_of(NudgeDelivery::ALL, *d)])
        });
    }
    if let Some(new) = &args.nudges_channel {
        changes.set(
            words,
            "nudges",
            &mut guild.nudges_channel,
            Some(new.clone()),
            channel,
        );
    }
    if let Some(amounts) = args.amounts {
        let hidden = amounts == AmountDisplay::Hidden;
        changes.set(words, "amounts", &mut guild.amounts_hidden, hidden, |h| {
            amounts_text(words, *h)
        });
    }
}

/// Where a value sits in its closed set, for its choice.
fn index_of<T: PartialEq>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or(0)
}

/// The team's working days: weekend, public holidays, days off of its own.
fn change_calendar(
    req: &Request<'_>,
    args: &SetupArgs,
    guild: &mut GuildSettings,
    changes: &mut Changes,
) -> Result<(), CommandError> {
    let words = req.words;
    if let Some(weekend) = args.weekend {
        changes.set(
            words,
            "working-days",
            &mut guild.calendar.weekend,
            weekend,
            |w| weekend_name(words, *w),
        );
    }
    if let Some(code) = args.country.as_deref() {
        let country = match code.trim() {
            none if none.eq_ignore_ascii_case("none") => None,
            code => Some(HolidayCountry::from_code(code).ok_or_else(|| {
                Said::new("error-setup-country")
                    .with("code", code)
                    .with("codes", HolidayCountry::all_codes().join(", "))
            })?),
        };
        changes.set(
            words,
            "working-days",
            &mut guild.calendar.country,
            country,
            |c| c.map_or(words.say("setup-no-country"), |c| c.code().to_string()),
        );
    }
    if let Some(typed) = args.days_off.as_deref() {
        let days = change_days_off(&guild.calendar.days_off, typed, |t| {
            parse_date(t, req.today, guild.fiscal_year_start)
        })?;
        changes.set(
            words,
            "working-days",
            &mut guild.calendar.days_off,
            days,
            |d| own_days_off(words, d.len()),
        );
    }
    Ok(())
}

/// A stage's own name (`stage_label:proposal=Angebot`).
fn change_stage_label(
    req: &Request<'_>,
    args: &SetupArgs,
    guild: &mut GuildSettings,
    changes: &mut Changes,
) -> Result<(), CommandError> {
    let Some(rename) = args.stage_label.as_deref() else {
        return Ok(());
    };
    let words = req.words;
    let defaults = &req.app.config.pipeline;
    let (key, label) = rename_stage(defaults, &guild.stage_labels, rename)?;
    let name_now = |labels: &[(String, String)]| {
        defaults
            .with_labels(labels)
            .by_key(&key)
            .map(|s| s.label.clone())
            .unwrap_or_default()
    };
    let from = name_now(&guild.stage_labels);
    guild.stage_labels.retain(|(k, _)| *k != key);
    if let Some(l) = &label {
        guild.stage_labels.push((key.clone(), l.clone()));
    }
    changes.changed.push(Change {
        setting: words.say_with("setup-setting-stage", &[("key", key.as_str().into())]),
        from,
        to: match label {
            Some(l) => l,
            None => words.say("setup-default-name"),
        },
        key: format!("stage:{key}"),
    });
    Ok(())
}

fn on_off(words: Words, on: bool) -> String {
    words.say(if on { "setup-on" } else { "setup-off" })
}

fn quota_detail(words: Words, visibility: QuotaVisibility) -> String {
    words.say(match visibility {
        QuotaVisibility::Private => "setup-quota-private",
        QuotaVisibility::Team => "setup-quota-team",
    })
}

fn amounts_text(words: Words, hidden: bool) -> String {
    words.say(if hidden {
        "setup-amounts-hidden"
    } else {
        "setup-amounts-shown"
    })
}

fn weekend_name(words: Words, weekend: Weekend) -> String {
    words.choice(&Weekend::CHOICES[index_of(Weekend::ALL, weekend)])
}

fn own_days_off(words: Words, n: usize) -> String {
    words.say_with(
        "setup-own-days-off",
        &[("count", i64::try_from(n).unwrap_or(i64::MAX).into())],
    )
}

/// The settings as `/setup` shows them, with what changed.
fn settings_message(
    words: Words,
    guild: &GuildSettings,
    pipeline: &Pipeline,
    changes: &Changes,
    today: chrono::NaiveDate,
) -> Message {
    let role = guild
        .manager_role
        .as_ref()
        .map(|r| format!("<@&{r}>"))
        .unwrap_or_else(|| words.say("setup-role-not-set"));
    let channel = |c: &Option<ChannelId>| mention(words, c.as_ref().map(|c| format!("<#{c}>")));
    let (tone, title) = if changes.changed.is_empty() {
        (Tone::Info, "setup-title")
    } else {
        (Tone::Success, "setup-title-updated")
    };
    let field = |key: &str| words.say(&format!("setup-field-{key}"));
    let mut message = Message::new(tone, words.say(title))
        .field(field("timezone"), guild.timezone.to_string())
        .field(field("language"), guild.language.own_name().to_string())
        .field(field("currency"), guild.currency.to_string())
        .field(
            field("fiscal-year"),
            month_name(words, guild.fiscal_year_start.month()),
        )
        .field(field("manager-role"), role)
        .field(field("wins-channel"), channel(&guild.wins_channel))
        .field(field("managers-channel"), channel(&guild.managers_channel))
        .field(
            field("quota-detail"),
            quota_detail(words, guild.quota_visibility),
        )
        .field(field("charts"), on_off(words, guild.charts_on_schedules))
        .field(field("nudges"), nudges_text(words, guild))
        .field(field("amounts"), amounts_text(words, guild.amounts_hidden))
        .field(field("working-days"), calendar_text(words, guild, today))
        .field(field("stages"), stages_text(words, pipeline));
    for c in &changes.changed {
        message = message.line(words.say_with(
            "setup-changed",
            &[
                ("setting", c.setting.as_str().into()),
                ("from", c.from.as_str().into()),
                ("to", c.to.as_str().into()),
            ],
        ));
    }
    for n in &changes.notes {
        message = message.line(n.clone());
    }
    if changes.changed.is_empty() {
        message = message.line(words.say("setup-change-any"));
    }
    message.footer(format!("{} · {}", words.day(today), guild.timezone))
}

/// How the team is nudged: off, by DM, or by a mention in a channel.
fn nudges_text(words: Words, guild: &GuildSettings) -> String {
    match guild.nudge_delivery {
        NudgeDelivery::Off => words.say("setup-off"),
        NudgeDelivery::Dm => words.say("setup-nudges-dm"),
        NudgeDelivery::Channel => match guild
            .nudges_channel
            .as_ref()
            .or(guild.wins_channel.as_ref())
        {
            Some(c) => words.say_with(
                "setup-nudges-channel",
                &[("channel", format!("<#{c}>").into())],
            ),
            None => words.say("setup-nudges-no-channel"),
        },
    }
}

/// "Prospecting 10% → Qualified 25% → …" (shipped names in the reader's language; a
/// team's own as written).
fn stages_text(words: Words, pipeline: &Pipeline) -> String {
    pipeline
        .stages()
        .iter()
        .map(|s| {
            let name = super::deals::stage_label(words, &s.key, &s.label);
            format!("{name} {}%", s.probability)
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

fn settings_data(guild: &GuildSettings, pipeline: &Pipeline, changed: Vec<String>) -> SettingsData {
    SettingsData {
        timezone: guild.timezone.to_string(),
        currency: guild.currency.to_string(),
        fiscal_year_start: guild.fiscal_year_start.month(),
        manager_role: guild.manager_role.clone(),
        wins_channel: guild.wins_channel.clone(),
        quota_visibility: guild.quota_visibility.key().to_string(),
        language: guild.language,
        managers_channel: guild.managers_channel.clone(),
        stages: pipeline
            .stages()
            .iter()
            .map(|s| (s.key.clone(), s.label.clone(), s.probability))
            .collect(),
        changed,
    }
}

/// Reads `key=New name` (or `key=` to restore the default) and checks the result
/// leaves every stage with a distinct name.
fn rename_stage(
    defaults: &Pipeline,
    current: &[(String, String)],
    text: &str,
) -> Result<(String, Option<String>), CommandError> {
    let usage = || {
        Said::new("error-setup-stage-rename")
            .with("text", text)
            .with("keys", keys(defaults))
    };
    let (key, label) = text.split_once('=').ok_or_else(usage)?;
    let key = key.trim().to_lowercase();
    // The key, or the stage's current name ("Angebot=Offerte").
    let renamed = defaults.with_labels(current);
    let key = defaults
        .by_key(&key)
        .or_else(|| renamed.find(&key))
        .map(|s| s.key.clone())
        .ok_or_else(|| NotFound::Stage {
            name: key.clone(),
            stages: keys(defaults),
        })?;
    if label.trim().is_empty() {
        return Ok((key, None));
    }
    let label = clean_text("stage_label", label, 40)?;
    let mut labels: Vec<(String, String)> =
        current.iter().filter(|(k, _)| *k != key).cloned().collect();
    labels.push((key.clone(), label.clone()));
    let mut stages = defaults.stages().to_vec();
    for (k, l) in &labels {
        if let Some(s) = stages.iter_mut().find(|s| &s.key == k) {
            s.label = l.clone();
        }
    }
    Pipeline::new(stages)
        .map_err(|_| Said::new("error-setup-stage-taken").with("label", label.as_str()))?;
    Ok((key, Some(label)))
}

fn keys(p: &Pipeline) -> String {
    p.stages()
        .iter()
        .map(|s| s.key.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The team's working days in words: the weekend, whose holidays, its own days off, and
/// the next few days off so a manager can check them.
fn calendar_text(words: Words, guild: &GuildSettings, today: chrono::NaiveDate) -> String {
    let calendar = &guild.calendar;
    let mut parts = vec![
        words.say_with(
            "setup-weekend-off",
            &[("weekend", weekend_name(words, calendar.weekend).into())],
        ),
        match calendar.country {
            Some(c) => words.say_with("setup-holidays-of", &[("country", c.code().into())]),
            None => words.say("setup-no-holidays"),
        },
    ];
    if !calendar.days_off.is_empty() {
        parts.push(own_days_off(words, calendar.days_off.len()));
    }
    let next: Vec<String> = guild
        .working_days()
        .holidays_between(today, today + chrono::Duration::days(120))
        .take(4)
        .map(|d| words.day_and_month(d))
        .collect();
    if !next.is_empty() {
        parts.push(words.say_with("setup-next-days-off", &[("days", next.join(", ").into())]));
    }
    if today.year() > *HOLIDAY_YEARS.end() && calendar.country.is_some() {
        parts.push(words.say_with(
            "setup-holidays-known-until",
            &[("year", i64::from(*HOLIDAY_YEARS.end()).into())],
        ));
    }
    parts.join("; ")
}

/// A month's name: `Apr`, `kwi`, `4月`.
fn month_name(words: Words, month: u32) -> String {
    chrono::NaiveDate::from_ymd_opt(2000, month, 1)
        .map(|d| crate::i18n::dates::month(words.language(), d))
        .unwrap_or_else(|| month.to_string())
}
