//! `/comp plan` and `/comp estimate`.

use super::arguments::{RepRef, arguments};
use super::invocation::Attachment;
use super::{CommandError, Request};
use crate::core::comp::{
    Clawback, EstimateError, Input, Plan, PlanError, PlanPeriod, PlanProblem, Win, clawback_applies,
};
use crate::core::ids::MemberId;
use crate::core::localtime::local_date;
use crate::core::money::Money;
use crate::core::period::{Period, PeriodKind, PeriodSpec};
use crate::core::quota::QuotaSubject;
use crate::i18n::Said;
use crate::i18n::said::Part;
use crate::reply::{CommissionData, Message, Reply, ReplyData, Tone};
use crate::store::{LostAfterWin, Member};
use crate::views::comp::plan_lines;
use crate::views::quota::period_quota;

/// The largest plan file accepted.
const MAX_PLAN_BYTES: usize = 64 * 1024;

fn plan_kind(p: PlanPeriod) -> PeriodKind {
    match p {
        PlanPeriod::Month => PeriodKind::Month,
        PlanPeriod::Quarter => PeriodKind::Quarter,
        PlanPeriod::Year => PeriodKind::FiscalYear,
    }
}

/// The plan in force, read again from what was stored.
async fn plan_on_file(req: &Request<'_>) -> Result<Option<Plan>, CommandError> {
    let Some(stored) = req.app.db.comp_plan(&req.inv.guild_id).await? else {
        return Ok(None);
    };
    Plan::parse(&stored.source).map(Some).map_err(|e| {
        Said::new("error-comp-plan-on-file")
            .with("error", plan_said(&e))
            .into()
    })
}

fn no_plan() -> CommandError {
    Said::new("error-comp-no-plan").into()
}

arguments! {
    /// `/comp plan`
    pub struct PlanArgs {
        file: Option<Attachment>,
        text: Option<String>,
    }
}

/// `/comp plan`: shows the plan; with `file` or `text` (managers), loads a new one.
pub async fn plan(req: &Request<'_>, args: PlanArgs) -> Result<Reply, CommandError> {
    let source = match (&args.file, args.text.as_deref()) {
        (Some(_), Some(_)) => {
            return Err(Said::new("error-comp-file-and-text").into());
        }
        (Some(file), None) => {
            super::check_size(file, MAX_PLAN_BYTES, super::FileUse::Plan)?;
            Some(super::attachment_text(file, super::FileUse::Plan)?)
        }
        // Discord's text options are one line: `\n` stands for a line break there.
        (None, Some(text)) if !text.contains('\n') => Some(text.replace("\\n", "\n")),
        (None, Some(text)) => Some(text.to_string()),
        (None, None) => None,
    };
    let Some(source) = source else {
        let plan = plan_on_file(req).await?.ok_or_else(no_plan)?;
        let words = req.words;
        let mut m = Message::new(
            Tone::Info,
            words.say_with("comp-plan-title", &plan_names(&plan)),
        );
        m.lines = plan_lines(words, &plan);
        let m = m.footer(words.say("comp-plan-footer"));
        return Ok(Reply::private(
            m,
            ReplyData::CommissionPlan {
                plan: Box::new(plan),
            },
        ));
    };
    let plan = Plan::parse(&source).map_err(|e| {
        let hint = if source.contains('\n') {
            "error-comp-plan-unusable-hint"
        } else {
            "error-comp-plan-one-line-hint"
        };
        Said::new("error-comp-plan-unusable")
            .with("error", plan_said(&e))
            .hinted_by(hint)
    })?;
    if plan.currency != req.guild.currency {
        return Err(Said::new("error-comp-plan-currency")
            .with("plan", plan.currency.to_string())
            .with("team", req.guild.currency.to_string())
            .into());
    }
    req.app
        .db
        .save_comp_plan(
            &req.inv.guild_id,
            &plan.name,
            &plan.version,
            &source,
            req.caller.id,
            req.now,
        )
        .await?;
    let words = req.words;
    let mut m = Message::new(
        Tone::Success,
        words.say_with("comp-plan-loaded", &plan_names(&plan)),
    );
    m.lines = plan_lines(words, &plan);
    Ok(Reply::private(
        m.footer(words.say("comp-plan-loaded-footer")),
        ReplyData::CommissionPlan {
            plan: Box::new(plan),
        },
    ))
}

/// Whose revenue a part of an estimate is paid on (the rep, or the rep's team), with
/// their deals that were won and later marked lost.
struct PaidOn {
    subject: QuotaSubject,
    lost_after_win: Vec<LostAfterWin>,
}

impl PaidOn {
    async fn read(
        req: &Request<'_>,
        plan: &Plan,
        subject: QuotaSubject,
        members: &[MemberId],
    ) -> Result<PaidOn, CommandError> {
        let lost_after_win = req
            .app
            .db
            .lost_after_win(&req.inv.guild_id, members, plan.currency.code())
            .await?;
        Ok(PaidOn {
            subject,
            lost_after_win,
        })
    }

    /// A deal won in `period` and lost after it ended was paid on in that period.
    fn lost_after<'a>(
        &'a self,
        req: &'a Request<'_>,
        period: &'a Period,
    ) -> impl Iterator<Item = &'a LostAfterWin> {
        self.lost_after_win.iter().filter(move |l| {
            period.contains(l.won_on) && local_date(l.lost_at, req.guild.timezone) >= period.end
        })
    }

    /// What `period` paid on: won in it, with every deal lost after it ended (so that
    /// a later loss does not rewrite a period: the clawback alone takes it back).
    async fn revenue(
        &self,
        req: &Request<'_>,
        plan: &Plan,
        period: &Period,
    ) -> Result<i64, CommandError> {
        let won = req
            .app
            .db
            .won_by(
                &req.inv.guild_id,
                self.subject,
                period.start,
                period.end,
                plan.currency,
            )
            .await?
            .0;
        Ok(won + self.lost_after(req, period).map(|l| l.amount).sum::<i64>())
    }

    async fn quota(
        &self,
        req: &Request<'_>,
        plan: &Plan,
        period: &Period,
    ) -> Result<Option<i64>, CommandError> {
        period_quota(
            req.app,
            &req.inv.guild_id,
            plan.currency,
            self.subject,
            period,
        )
        .await
    }
}

/// The revenue, quota and (for a split) team figures of one period, without SPIFFs or
/// clawbacks: what the tiers pay on.
async fn tier_input(
    req: &Request<'_>,
    plan: &Plan,
    rep: &PaidOn,
    team: Option<&PaidOn>,
    period: &Period,
) -> Result<Input, CommandError> {
    let team = match team {
        Some(team) => match team.quota(req, plan, period).await? {
            Some(q) => Some((team.revenue(req, plan, period).await?, q)),
            None => None,
        },
        None => None,
    };
    Ok(Input {
        revenue: rep.revenue(req, plan, period).await?,
        quota: rep.quota(req, plan, period).await?,
        team,
        wins: Vec::new(),
        clawbacks: Vec::new(),
    })
}

/// What the estimate reads for one rep and period.
async fn input_for(
    req: &Request<'_>,
    plan: &Plan,
    member: &Member,
    period: &Period,
) -> Result<Input, CommandError> {
    let db = &req.app.db;
    let guild = &req.inv.guild_id;
    let rep = PaidOn::read(req, plan, QuotaSubject::Member(member.id), &[member.id]).await?;
    let mut team = None;
    if plan.split.is_some()
        && let Some((team_id, _, members)) = db
            .team_memberships(guild)
            .await?
            .into_iter()
            .find(|(_, _, members)| members.contains(&member.id))
    {
        team = Some(PaidOn::read(req, plan, QuotaSubject::Team(team_id), &members).await?);
    }
    let mut input = tier_input(req, plan, &rep, team.as_ref(), period).await?;
    if !plan.spiffs.is_empty() {
        let mut wins: Vec<Win> = db
            .won_deals_of(
                guild,
                member.id,
                period.start,
                period.end,
                plan.currency.code(),
            )
            .await?
            .into_iter()
            .map(|w| Win {
                number: w.number,
                product: w.product,
                amount: w.amount,
                closed_on: w.closed_on,
            })
            .collect();
        // A deal lost after the period ended was paid on in it, SPIFF and all.
        wins.extend(rep.lost_after(req, period).map(|l| Win {
            number: l.number,
            product: l.product.clone(),
            amount: l.amount,
            closed_on: l.won_on,
        }));
        wins.sort_by_key(|w| (w.closed_on, w.number));
        input.wins = wins;
    }
    if let Some(days) = plan.clawback_days {
        for lost in &rep.lost_after_win {
            let lost_on = local_date(lost.lost_at, req.guild.timezone);
            if !clawback_applies(lost.won_on, lost_on, period, days) {
                continue;
            }
            let then = Period::containing(
                plan_kind(plan.period),
                lost.won_on,
                req.guild.fiscal_year_start,
            );
            // Taken back at the average rate the tiers paid in the deal's own period,
            // its team part included.
            let paid_then = tier_input(req, plan, &rep, team.as_ref(), &then).await?;
            let paid = plan.estimate(&paid_then).map(|e| e.total).unwrap_or(0);
            input.clawbacks.push(Clawback {
                number: lost.number,
                amount: lost.amount,
                paid_commission: paid,
                paid_revenue: paid_then.revenue,
            });
        }
    }
    Ok(input)
}

fn estimate_error(e: EstimateError, name: &str, period: &Period) -> CommandError {
    match e {
        EstimateError::NoQuota => Said::new("error-comp-no-quota")
            .with("rep", name)
            .with("period", Part::Period(*period))
            .into(),
    }
}

/// Why a plan cannot be used, to be said in the reader's language: the line, then the
/// problem (the TOML reader's own words stay as it wrote them).
fn plan_said(e: &PlanError) -> Said {
    let problem = match &e.problem {
        PlanProblem::Toml(text) => Said::new("plan-problem-toml").with("text", text.as_str()),
        PlanProblem::Currency(code) => {
            Said::new("plan-problem-currency").with("code", code.as_str())
        }
        PlanProblem::NameEmpty => Said::new("plan-problem-name-empty"),
        PlanProblem::VersionEmpty => Said::new("plan-problem-version-empty"),
        PlanProblem::NotOneOf {
            field,
            typed,
            choices,
        } => Said::new("plan-problem-not-one-of")
            .with("field", *field)
            .with("typed", typed.as_str())
            .with("choices", choices.as_str()),
        PlanProblem::NotPositive { field, currency } => Said::new("plan-problem-not-positive")
            .with("field", *field)
            .with("currency", currency.to_string()),
        PlanProblem::OnTarget(currency) => {
            Said::new("plan-problem-on-target").with("currency", currency.to_string())
        }
        PlanProblem::SpiffBonus(currency) => {
            Said::new("plan-problem-spiff-bonus").with("currency", currency.to_string())
        }
        PlanProblem::MultipleNeedsOnTarget => Said::new("plan-problem-multiple-needs-on-target"),
        PlanProblem::Threshold => Said::new("plan-problem-threshold"),
        PlanProblem::ClawbackDays => Said::new("plan-problem-clawback-days"),
        PlanProblem::BaseRateAndTiers => Said::new("plan-problem-base-rate-and-tiers"),
        PlanProblem::BaseRate => Said::new("plan-problem-base-rate"),
        PlanProblem::PaysNothing => Said::new("plan-problem-pays-nothing"),
        PlanProblem::TierFrom => Said::new("plan-problem-tier-from"),
        PlanProblem::TierToBelowFrom => Said::new("plan-problem-tier-to-below-from"),
        PlanProblem::TierTo => Said::new("plan-problem-tier-to"),
        PlanProblem::TierRateNegative => Said::new("plan-problem-tier-rate-negative"),
        PlanProblem::TierRateOver100 => Said::new("plan-problem-tier-rate-over-100"),
        PlanProblem::TierRate => Said::new("plan-problem-tier-rate"),
        PlanProblem::FirstTierNotAtZero => Said::new("plan-problem-first-tier-not-at-zero"),
        PlanProblem::OnlyLastTierOpen => Said::new("plan-problem-only-last-tier-open"),
        PlanProblem::TiersOverlap {
            starts_bp,
            before_ends_bp,
        } => Said::new("plan-problem-tiers-overlap")
            .with("starts", percent_said(*starts_bp))
            .with("ends", percent_said(*before_ends_bp)),
        PlanProblem::TiersGap { from_bp, to_bp } => Said::new("plan-problem-tiers-gap")
            .with("from", percent_said(*from_bp))
            .with("to", percent_said(*to_bp)),
        PlanProblem::LastTierClosed => Said::new("plan-problem-last-tier-closed"),
        PlanProblem::Split => Said::new("plan-problem-split"),
        PlanProblem::SpiffDates => Said::new("plan-problem-spiff-dates"),
        PlanProblem::SpiffDatesBackwards => Said::new("plan-problem-spiff-dates-backwards"),
        PlanProblem::SpiffTarget => Said::new("plan-problem-spiff-target"),
    };
    match e.line {
        Some(line) => Said::new("plan-problem-at-line")
            .with("line", line as i64)
            .with("problem", problem),
        None => problem,
    }
}

/// A plan's percentage as the plan wrote it (`40%`, `12.5%`), in the reader's way.
fn percent_said(bp: i64) -> Said {
    Said::new("rate-percent").with("number", Part::Trimmed(bp, 2))
}

/// A plan's name and version, as titles give them.
fn plan_names(plan: &Plan) -> [(&'static str, crate::i18n::Value<'_>); 2] {
    [
        ("name", plan.name.as_str().into()),
        ("version", plan.version.as_str().into()),
    ]
}

arguments! {
    /// `/comp estimate`
    pub struct EstimateArgs {
        amount: Option<Money>,
        period: Option<PeriodSpec>,
        rep: Option<RepRef>,
    }
}

/// `/comp estimate`: earned so far, the working, the next tier, and a what-if.
pub async fn estimate(req: &Request<'_>, args: EstimateArgs) -> Result<Reply, CommandError> {
    let plan = plan_on_file(req).await?.ok_or_else(no_plan)?;
    let member = req.rep_or_caller(args.rep.as_ref()).await?;
    let period = match args.period {
        Some(asked) => req.period(asked)?,
        None => Period::containing(
            plan_kind(plan.period),
            req.today,
            req.guild.fiscal_year_start,
        ),
    };
    // Commission is counted per plan period; a month of a quarterly plan has no
    // meaning of its own (its tiers are measured against the quarter).
    if period.kind != plan_kind(plan.period) {
        return Err(Said::new("error-comp-plan-period")
            .with("period", plan.period.key())
            .about_option("period")
            .into());
    }
    let what_if = args.amount;
    if let Some(m) = what_if
        && m.currency != plan.currency
    {
        return Err(Said::new("error-comp-amount-currency")
            .with("currency", plan.currency.to_string())
            .about_option("amount")
            .into());
    }
    let input = input_for(req, &plan, &member, &period).await?;
    let name = member.display_name.clone();
    let e = plan
        .estimate(&input)
        .map_err(|e| estimate_error(e, &name, &period))?;
    let words = req.words;
    let money = |minor: i64| words.money(Money::new(minor, plan.currency));
    let period_text = words.period(&period);
    let mut m = Message::new(
        Tone::Info,
        words.say_with(
            "comp-title",
            &[
                ("name", name.as_str().into()),
                ("period", period_text.into()),
            ],
        ),
    )
    .field(words.say("comp-won-revenue"), money(input.revenue))
    .field(
        words.say("comp-quota"),
        input
            .quota
            .map(money)
            .unwrap_or_else(|| words.say("amount-not-set")),
    );
    if let Some(bp) = e.attainment_bp {
        m = m.field(words.say("comp-attainment"), words.percent(bp));
    }
    m = m.field(words.say("comp-estimated"), money(e.total));
    for l in &e.lines {
        m = m.line(words.say_with(
            "comp-line",
            &[
                (
                    "working",
                    crate::views::comp::working(words, plan.currency, &l.working).into(),
                ),
                ("amount", money(l.amount).into()),
            ],
        ));
    }
    if let Some(next) = &e.next_step {
        let step = crate::views::comp::next_step(words, plan.currency, next);
        m = m.line(words.say_with("comp-next", &[("step", step.into())]));
    }
    for n in &e.notes {
        m = m.line(crate::views::comp::note(words, *n));
    }
    let mut adds = None;
    if let Some(amount) = what_if {
        let mut more = input.clone();
        more.revenue += amount.minor;
        // The deal itself, won today: it earns any SPIFF its size qualifies for.
        more.wins.push(Win {
            number: crate::core::ids::DealNumber(0),
            product: None,
            amount: amount.minor,
            closed_on: req.today,
        });
        if let Some((won, quota)) = more.team {
            more.team = Some((won + amount.minor, quota));
        }
        let after = plan
            .estimate(&more)
            .map_err(|e| estimate_error(e, &name, &period))?;
        adds = Some(after.total - e.total);
        m = m.line(words.say_with(
            "comp-what-if",
            &[
                ("amount", money(amount.minor).into()),
                ("adds", money(after.total - e.total).into()),
                ("total", money(after.total).into()),
            ],
        ));
    }
    m = m.footer(words.say_with(
        "comp-footer",
        &[
            ("plan", plan.name.as_str().into()),
            ("version", plan.version.as_str().into()),
        ],
    ));
    Ok(Reply::private(
        m,
        ReplyData::Commission(CommissionData {
            rep: name,
            period_label: period.label(),
            plan_version: plan.version.clone(),
            revenue: input.revenue,
            quota: input.quota,
            estimate: e,
            what_if_adds: adds,
        }),
    ))
}
