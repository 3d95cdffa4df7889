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

/// What `/setup` changed ("timezone UTC → Europe/Berlin"), and what the team should know
/// about it.
#[derive(Debug, Default)]
struct Changes {
    changed: Vec<String>,
    notes: Vec<String>,
}

pub async fn run(req: &Request<'_>, args: SetupArgs) -> Result<Reply, CommandError> {
    let mut guild = req.guild.clone();
    let mut changes = Changes::default();
    change_locale(&args, &mut guild, &mut changes)?;
    change_audience(&args, &mut guild, &mut changes);
    change_calendar(req, &args, &mut guild, &mut changes)?;
    change_stage_label(req, &args, &mut guild, &mut changes)?;
    if !changes.changed.is_empty() {
        req.app.db.save_guild(&guild).await?;
    }
    let pipeline = req.app.config.pipeline.with_labels(&guild.stage_labels);
    let message = settings_message(&guild, &pipeline, &changes, req.today);
    let data = settings_data(&guild, &pipeline, changes.changed);
    Ok(Reply::private(message, ReplyData::Settings(data)))
}

/// The team's timezone, currency and fiscal year.
fn change_locale(
    args: &SetupArgs,
    guild: &mut GuildSettings,
    changes: &mut Changes,
) -> Result<(), CommandError> {
    if let Some(name) = args.timezone.as_deref() {
        let tz = parse_timezone(name).ok_or_else(|| {
            CommandError::with_hint(
                format!("{name:?} is not a timezone I know."),
                "Use an IANA name such as Europe/Berlin, Europe/Warsaw, America/New_York or Asia/Shanghai.",
            )
        })?;
        set(
            &mut changes.changed,
            "timezone",
            &mut guild.timezone,
            tz,
            |tz| tz.to_string(),
        );
    }
    if let Some(code) = args.currency.as_deref() {
        let currency = Currency::from_code(code).ok_or_else(|| {
            CommandError::with_hint(
                format!("{code:?} is not a currency code I know."),
                "Use an ISO 4217 code such as EUR, USD, PLN, RON or CNY.",
            )
        })?;
        if set(
            &mut changes.changed,
            "currency",
            &mut guild.currency,
            currency,
            |c| c.to_string(),
        ) {
            changes.notes.push(format!(
                "Deals already logged keep the currency they were logged in; leaderboards now count revenue in {currency}."
            ));
        }
    }
    if let Some(language) = args.language {
        set(
            &mut changes.changed,
            "language",
            &mut guild.language,
            language,
            |l| l.label().to_string(),
        );
    }
    if let Some(month) = args.fiscal_year_start {
        let fy = u32::try_from(month)
            .ok()
            .and_then(FiscalYearStart::new)
            .ok_or_else(|| CommandError::user("fiscal_year_start must be a month from 1 to 12."))?;
        set(
            &mut changes.changed,
            "fiscal year start month",
            &mut guild.fiscal_year_start,
            fy,
            |fy| fy.month().to_string(),
        );
    }
    Ok(())
}

/// Who manages, where wins, alerts and nudges go, and what public posts show.
fn change_audience(args: &SetupArgs, guild: &mut GuildSettings, changes: &mut Changes) {
    if let Some(role) = &args.manager_role {
        changes.changed.push("manager role".into());
        guild.manager_role = Some(role.clone());
    }
    if let Some(channel) = &args.wins_channel {
        changes.changed.push("wins channel".into());
        guild.wins_channel = Some(channel.clone());
    }
    if args.clear_wins_channel == Some(true) {
        changes.changed.push("wins channel cleared".into());
        guild.wins_channel = None;
    }
    if let Some(v) = args.quota_visibility {
        set(
            &mut changes.changed,
            "quota visibility",
            &mut guild.quota_visibility,
            v,
            |v| v.key().to_string(),
        );
    }
    if let Some(channel) = &args.managers_channel {
        changes.changed.push("managers channel".into());
        guild.managers_channel = Some(channel.clone());
    }
    if let Some(on) = args.charts
        && on != guild.charts_on_schedules
    {
        changes.changed.push(format!(
            "charts on scheduled posts {}",
            if on { "on" } else { "off" }
        ));
        guild.charts_on_schedules = on;
    }
    if let Some(delivery) = args.nudges {
        set(
            &mut changes.changed,
            "nudges",
            &mut guild.nudge_delivery,
            delivery,
            |d| d.key().to_string(),
        );
    }
    if let Some(channel) = &args.nudges_channel {
        changes.changed.push("nudges channel".into());
        guild.nudges_channel = Some(channel.clone());
    }
    if let Some(amounts) = args.amounts {
        let hidden = amounts == AmountDisplay::Hidden;
        if hidden != guild.amounts_hidden {
            changes
                .changed
                .push(format!("amounts on public posts: {}", amounts.key()));
            guild.amounts_hidden = hidden;
        }
    }
}

/// The team's working days: weekend, public holidays, days off of its own.
fn change_calendar(
    req: &Request<'_>,
    args: &SetupArgs,
    guild: &mut GuildSettings,
    changes: &mut Changes,
) -> Result<(), CommandError> {
    if let Some(weekend) = args.weekend {
        set(
            &mut changes.changed,
            "weekend",
            &mut guild.calendar.weekend,
            weekend,
            |w| w.label().to_lowercase(),
        );
    }
    if let Some(code) = args.country.as_deref() {
        let country = match code.trim() {
            none if none.eq_ignore_ascii_case("none") => None,
            code => Some(HolidayCountry::from_code(code).ok_or_else(|| {
                CommandError::with_hint(
                    format!("I do not have the public holidays of {code:?}."),
                    format!(
                        "Use one of {} (or country:none), and add other days off with days_off:….",
                        HolidayCountry::all_codes().join(", ")
                    ),
                )
            })?),
        };
        set(
            &mut changes.changed,
            "public holidays of",
            &mut guild.calendar.country,
            country,
            |c| c.map_or("no country".to_string(), |c| c.code().to_string()),
        );
    }
    if let Some(typed) = args.days_off.as_deref() {
        let days = change_days_off(&guild.calendar.days_off, typed, |t| {
            parse_date(t, req.today, guild.fiscal_year_start)
        })?;
        set(
            &mut changes.changed,
            "days off of the team's own",
            &mut guild.calendar.days_off,
            days,
            |d| d.len().to_string(),
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
    if let Some(rename) = args.stage_label.as_deref() {
        let (key, label) = rename_stage(&req.app.config.pipeline, &guild.stage_labels, rename)?;
        guild.stage_labels.retain(|(k, _)| *k != key);
        match &label {
            Some(l) => {
                changes
                    .changed
                    .push(format!("stage {key} is now called {l:?}"));
                guild.stage_labels.push((key, l.clone()));
            }
            None => changes
                .changed
                .push(format!("stage {key} has its default name again")),
        }
    }

    Ok(())
}

/// The settings as `/setup` shows them, with what changed.
fn settings_message(
    guild: &GuildSettings,
    pipeline: &Pipeline,
    changes: &Changes,
    today: chrono::NaiveDate,
) -> Message {
    let mention_role = guild
        .manager_role
        .as_ref()
        .map(|r| format!("<@&{r}>"))
        .unwrap_or_else(|| "not set (Manage Server counts)".into());
    let mention_channel = guild
        .wins_channel
        .as_ref()
        .map(|c| format!("<#{c}>"))
        .unwrap_or_else(|| "not set".into());
    let title = if changes.changed.is_empty() {
        "Team settings".to_string()
    } else {
        "Team settings updated".to_string()
    };
    let mut message = Message::new(
        if changes.changed.is_empty() {
            Tone::Info
        } else {
            Tone::Success
        },
        title,
    )
    .field("Timezone", guild.timezone.to_string())
    .field("Language", guild.language.label().to_string())
    .field("Currency", guild.currency.to_string())
    .field(
        "Fiscal year starts",
        month_name(guild.fiscal_year_start.month()),
    )
    .field("Manager role", mention_role)
    .field("Wins channel", mention_channel)
    .field(
        "Managers' channel",
        guild
            .managers_channel
            .as_ref()
            .map(|c| format!("<#{c}>"))
            .unwrap_or_else(|| "not set".into()),
    )
    .field(
        "Quota detail",
        match guild.quota_visibility {
            QuotaVisibility::Private => "private: the rep and managers".to_string(),
            QuotaVisibility::Team => "shared within each team".to_string(),
        },
    )
    .field(
        "Charts on scheduled posts",
        if guild.charts_on_schedules {
            "on"
        } else {
            "off"
        }
        .to_string(),
    )
    .field("Nudges", nudges_text(guild))
    .field(
        "Amounts in public",
        if guild.amounts_hidden {
            "hidden (% of quota and counts)"
        } else {
            "shown"
        }
        .to_string(),
    )
    .field("Working days", calendar_text(guild, today))
    .field("Stages", stages_text(pipeline));
    for c in &changes.changed {
        message = message.line(format!("Changed: {c}"));
    }
    for n in &changes.notes {
        message = message.line(n.clone());
    }
    if changes.changed.is_empty() {
        message = message.line("Change any of these with /setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:…");
    }
    message.footer(format!(
        "{} · {}",
        today.format("%-d %b %Y"),
        guild.timezone
    ))
}

/// How the team is nudged: off, by DM, or by a mention in a channel.
fn nudges_text(guild: &GuildSettings) -> String {
    match guild.nudge_delivery {
        NudgeDelivery::Off => "off".to_string(),
        NudgeDelivery::Dm => "by direct message".to_string(),
        NudgeDelivery::Channel => match guild
            .nudges_channel
            .as_ref()
            .or(guild.wins_channel.as_ref())
        {
            Some(c) => format!("a mention in <#{c}>"),
            None => {
                "a mention in the nudges channel (not set: /setup nudges_channel:…)".to_string()
            }
        },
    }
}

/// "New 10% → Qualified 25% → …".
fn stages_text(pipeline: &Pipeline) -> String {
    pipeline
        .stages()
        .iter()
        .map(|s| format!("{} {}%", s.label, s.probability))
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

/// Sets a setting to `new` and records "what old → new", unless it is already `new`.
/// Says whether it changed.
fn set<T: PartialEq>(
    changed: &mut Vec<String>,
    what: &str,
    setting: &mut T,
    new: T,
    show: impl Fn(&T) -> String,
) -> bool {
    if *setting == new {
        return false;
    }
    changed.push(format!("{what} {} → {}", show(setting), show(&new)));
    *setting = new;
    true
}

/// Reads `key=New name` (or `key=` to restore the default) and checks the result
/// leaves every stage with a distinct name.
fn rename_stage(
    defaults: &Pipeline,
    current: &[(String, String)],
    text: &str,
) -> Result<(String, Option<String>), CommandError> {
    let usage = || {
        CommandError::with_hint(
            format!("I could not read {text:?} as a stage rename."),
            format!(
                "Write key=New name, e.g. stage_label:proposal=Angebot. Stage keys: {}.",
                keys(defaults)
            ),
        )
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
    let label = clean_text("Stage name", label, 40)?;
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
        .map_err(|_| CommandError::user(format!("Another stage is already called {label:?}.")))?;
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
fn calendar_text(guild: &crate::core::guild::GuildSettings, today: chrono::NaiveDate) -> String {
    let calendar = &guild.calendar;
    let holidays = match calendar.country {
        Some(c) => format!("public holidays of {}", c.code()),
        None => "no public holidays (set country:…)".to_string(),
    };
    let own = match calendar.days_off.len() {
        0 => String::new(),
        n => format!(
            ", {} of the team's own",
            crate::core::words::count(n as i64, "day off", "days off")
        ),
    };
    let next: Vec<String> = guild
        .working_days()
        .holidays_between(today, today + chrono::Duration::days(120))
        .take(4)
        .map(|d| d.format("%-d %b").to_string())
        .collect();
    let coming = if next.is_empty() {
        String::new()
    } else {
        format!("; next: {}", next.join(", "))
    };
    let past_data = if today.year() > *HOLIDAY_YEARS.end() && calendar.country.is_some() {
        format!(
            " (public holidays are known up to {}: add later ones with days_off)",
            HOLIDAY_YEARS.end()
        )
    } else {
        String::new()
    };
    format!(
        "{} off; {holidays}{own}{coming}{past_data}",
        calendar.weekend.label()
    )
}

fn month_name(month: u32) -> String {
    chrono::NaiveDate::from_ymd_opt(2000, month, 1)
        .map(|d| d.format("%B").to_string())
        .unwrap_or_else(|| month.to_string())
}
