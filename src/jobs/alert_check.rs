//! The forecast alert check a `kind:alerts` schedule runs: every enabled rule is
//! measured, what is new, worse or back is recorded and reported.

use crate::app::App;
use crate::core::alerts::{
    self, AboutDeal, AlertSettings, Candidate, Decision, Finding, LargeDealChange, RULES, Rule,
};
use crate::core::deal::{AuditAction, DealState, Outcome};
use crate::core::guild::GuildSettings;
use crate::core::ids::AlertNumber;
use crate::core::localtime::local_date;
use crate::core::nudge::{NudgeKind, state_key};
use crate::core::period::{Period, PeriodSpec};
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::{Message, Tone};
use crate::views::alert_words;
use crate::views::alerts::{deal_candidates, forecast_candidates, settings};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Alerts one post lists before it sums up the rest (a chat post is read, not searched).
const MAX_POST_LINES: usize = 20;

/// What one check found to say: a post for the managers. Nudges for deal owners are
/// written down as nudges (`jobs::nudges` sends them, within the limits).
pub struct CheckResult {
    pub post: Option<Message>,
}

/// Large-deal news for one audited change, if the deal is large enough.
fn large_deal_news(
    change: &crate::store::DealChange,
    currency: crate::core::money::Currency,
    pipeline: &crate::core::deal::Pipeline,
    minimum: i64,
) -> Option<Finding> {
    let after: &DealState = change.after.as_ref()?;
    let amount = after.amount.filter(|a| a.currency == currency)?;
    if amount.minor < minimum {
        return None;
    }
    let stage = |key: &str| {
        pipeline
            .by_key(key)
            .map(|s| s.label.clone())
            .unwrap_or_else(|| key.to_string())
    };
    let what = match (change.action, after.outcome) {
        (_, Outcome::Won) => LargeDealChange::Won,
        (_, Outcome::Lost) => LargeDealChange::Lost {
            reason: after.lost_reason.clone(),
        },
        (AuditAction::Create, Outcome::Open) => LargeDealChange::Opened {
            stage: stage(&after.stage),
        },
        (
            AuditAction::Stage
            | AuditAction::Won
            | AuditAction::Lost
            | AuditAction::Edit
            | AuditAction::Forecast
            | AuditAction::Import
            | AuditAction::Convert
            | AuditAction::Undo,
            Outcome::Open,
        ) => LargeDealChange::Moved {
            from: change
                .before
                .as_ref()
                .map(|b| stage(&b.stage))
                .unwrap_or_default(),
            to: stage(&after.stage),
        },
    };
    Some(Finding::LargeDeal {
        deal: AboutDeal {
            number: change.deal_number,
            customer: after.customer.clone(),
            owner: change.owner_name.clone(),
            amount: Some(amount),
        },
        change: what,
    })
}

/// Checks every enabled rule, records what it found, and says what is new, worse or
/// back. `period` is the schedule's (month or quarter), or the config's.
/// `since` is when the alerts began (the schedule's start): the first check reports
/// large-deal news from then on, later checks everything since the one before.
pub async fn check(
    app: &App,
    guild: &GuildSettings,
    period: Option<PeriodSpec>,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<CheckResult, CommandError> {
    let s = settings(app, &guild.guild_id).await?;
    let today = local_date(now, guild.timezone);
    let period: Period = match period {
        Some(p) => p,
        None => PeriodSpec::This(app.config.alerts_period.kind()),
    }
    .resolve(today, guild.fiscal_year_start)?;

    let mut found = forecast_candidates(app, guild, &s, &period, today).await?;
    found.extend(deal_candidates(app, guild, &s, today).await?);
    found.extend(large_deal_candidates(app, guild, &s, since, now).await?);

    // Every rule is checked: a rule turned off finds nothing, so its alerts close.
    let decisions = app
        .db
        .record_alert_check(
            &guild.guild_id,
            &found,
            RULES,
            |c, before| alerts::decide(c.rule, &s.get(c.rule), c.measure, before, now),
            now,
        )
        .await?;
    report(app, guild, &s, &period, now, &found, &decisions).await
}

/// Large deals opened, moved, won or lost since the last check (the last day, the
/// first time). The trail is read, and marked read, even with the rule off, so turning
/// it on does not report old news.
async fn large_deal_candidates(
    app: &App,
    guild: &GuildSettings,
    s: &AlertSettings,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Candidate>, CommandError> {
    let changes = app
        .db
        .unreported_deal_changes(&guild.guild_id, since, now)
        .await?;
    let Some(r) = s.enabled(Rule::LargeDeal) else {
        return Ok(Vec::new());
    };
    let minimum = r.threshold.saturating_mul(guild.currency.minor_per_major());
    let pipeline = app.config.pipeline.with_labels(&guild.stage_labels);
    Ok(changes
        .iter()
        .filter_map(|change| {
            large_deal_news(change, guild.currency, &pipeline, minimum).map(|finding| Candidate {
                rule: Rule::LargeDeal,
                subject: format!("deal:{}", change.deal_number),
                period_key: format!("change:{}", change.audit_id),
                measure: 0,
                finding,
                owner: None,
            })
        })
        .collect())
}

/// The managers' post (None when nothing is to be sent) and the owners' nudges.
async fn report(
    app: &App,
    guild: &GuildSettings,
    s: &AlertSettings,
    period: &Period,
    now: DateTime<Utc>,
    found: &[Candidate],
    decisions: &[(AlertNumber, Decision)],
) -> Result<CheckResult, CommandError> {
    let today = guild.today(now);
    let words = Words::team(guild);
    let mut post = Message::new(
        Tone::Warning,
        words.say_with("alert-post-title", &[("day", words.day(today).into())]),
    );
    let mut left_out: BTreeMap<Rule, i64> = BTreeMap::new();
    for (c, (number, decision)) in found.iter().zip(decisions) {
        let why = match decision {
            Decision::Quiet => continue,
            Decision::New => "new",
            Decision::Worse => "worse",
            Decision::Back => "back",
        };
        if post.lines.len() < MAX_POST_LINES {
            post = post.line(words.say_with(
                "alert-post-line",
                &[
                    ("number", number.0.into()),
                    ("rule", alert_words::rule_name(words, c.rule).into()),
                    ("why", why.into()),
                    ("finding", alert_words::finding(words, &c.finding).into()),
                ],
            ));
        } else {
            *left_out.entry(c.rule).or_default() += 1;
        }
        if s.dm_nudges
            && let Some(owner) = c.owner
            && let Some(member) = app.db.member_by_id(&guild.guild_id, owner).await?
            && let Some(user_id) = member.user_id
        {
            // A nudge like any other: the team's delivery, the limits, once per state.
            // Without the deal's details, since a channel nudge is read by others.
            let theirs = super::nudges::nudge_words(app, guild, owner).await?;
            let subject = c.subject.trim_start_matches("deal:");
            let mut nudge = Message::new(
                Tone::Info,
                theirs.say_with(
                    "alert-nudge-title",
                    &[
                        ("rep", member.display_name.as_str().into()),
                        ("number", subject.into()),
                    ],
                ),
            )
            .line(theirs.say_with(
                "alert-nudge",
                &[("rule", alert_words::rule_name(theirs, c.rule).into())],
            ))
            .line(theirs.say_with("alert-nudge-how", &[("number", subject.into())]))
            .footer(theirs.say("nudge-footer"));
            nudge.mentions = vec![user_id];
            let change = match decision {
                Decision::Worse => "worse",
                Decision::Back => "back",
                Decision::New | Decision::Quiet => "new",
            };
            let state = format!("alert:{number}:{change}");
            app.db
                .add_nudge(
                    &guild.guild_id,
                    owner,
                    NudgeKind::Deal,
                    &state_key(NudgeKind::Deal, &state),
                    &nudge,
                    now,
                    app.config.nudges.next_allowed(now, &guild.team_time()),
                )
                .await?;
        }
    }
    if !left_out.is_empty() {
        let parts: Vec<String> = left_out
            .iter()
            .map(|(rule, n)| {
                words.say_with(
                    "alert-post-more-of",
                    &[
                        ("count", (*n).into()),
                        ("rule", alert_words::rule_name(words, *rule).into()),
                    ],
                )
            })
            .collect();
        post = post.line(words.say_with(
            "alert-post-more",
            &[
                ("count", left_out.values().sum::<i64>().into()),
                ("rules", parts.join(", ").into()),
            ],
        ));
    }
    let post = (!post.lines.is_empty()).then(|| {
        post.footer(words.say_with(
            "alert-post-footer",
            &[("period", words.period(period).into())],
        ))
    });
    Ok(CheckResult { post })
}
