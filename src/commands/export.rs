//! `/export`: a CSV the team can open in a spreadsheet or import elsewhere.

use super::arguments::{RepRef, arguments};
use super::permissions::{Listing, can_list_for};
use super::{CommandError, Request};
use crate::core::export::{
    BoardLine, ExportKind, QuotaLine, activities_csv, board_csv, deals_csv, quota_csv,
};
use crate::core::period::PeriodSpec;
use crate::core::quota::{QuotaPeriod, QuotaSubject};
use crate::core::ranking::{BoardOf, Metric};
use crate::reply::{Attachment, Message, Reply, ReplyData, Tone};
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};
use crate::views::quota::quota_pace;

arguments! {
    /// `/export`
    pub struct ExportArgs {
        kind: ExportKind,
        rep: Option<RepRef>,
        period: Option<PeriodSpec>,
        metric: Option<Metric>,
    }
}

pub async fn run(req: &Request<'_>, args: ExportArgs) -> Result<Reply, CommandError> {
    let kind = args.kind;
    let period = req.period(args.period.unwrap_or(DEFAULT_PERIOD))?;
    // Reps export their own deals; managers everyone's, or one rep's.
    let owner = match &args.rep {
        Some(rep) => Some(req.member_for(rep).await?.id),
        None if req.is_manager => None,
        None => Some(req.caller.id),
    };
    if let Some(owner) = owner {
        can_list_for(req.asker(), owner, Listing::Export)?;
    }
    // A file outlives the conversation: its text columns are in the team's language,
    // whoever asked for it.
    let team_words = crate::i18n::Words::team(&req.guild);
    let (csv, rows) = match kind {
        ExportKind::Deals => {
            let deals = req.app.db.all_deals(&req.inv.guild_id, owner).await?;
            (deals_csv(&deals, &req.pipeline, &team_words), deals.len())
        }
        ExportKind::Leaderboard => {
            let spec = BoardSpec {
                period,
                metric: args.metric.unwrap_or(Metric::DEFAULT),
                // Every row, not only the top.
                top: u32::MAX,
                team: None,
                of: BoardOf::Reps,
                chart: false,
                audience: req.audience(),
            };
            let (message, data) = board(req.app, team_words, &req.guild, &spec, None).await?;
            let texts = message.table.map(|t| t.rows).unwrap_or_default();
            let lines: Vec<BoardLine> = data
                .rows
                .iter()
                .zip(texts)
                .map(|(row, text)| BoardLine {
                    rank: row.rank,
                    name: row.name.clone(),
                    value: row.value,
                    value_text: text.value,
                    detail: text.detail,
                    movement: row.movement,
                })
                .collect();
            (board_csv(&lines), lines.len())
        }
        ExportKind::Quota => {
            let lines = quota_lines(req, owner, &period).await?;
            (quota_csv(&lines, &team_words), lines.len())
        }
        ExportKind::Activities => {
            let logs = req
                .app
                .db
                .recent_activities(
                    &req.inv.guild_id,
                    owner,
                    Some((period.start, period.end)),
                    100_000,
                )
                .await?;
            (activities_csv(&logs), logs.len())
        }
    };
    let filename = format!("{}-{}.csv", kind.key(), req.today);
    let words = req.words;
    let mut message = Message::new(
        Tone::Info,
        words.say_with("export-title", &[("count", (rows as i64).into())]),
    )
    .line(words.say(match kind {
        ExportKind::Deals => "export-deals-format",
        ExportKind::Leaderboard | ExportKind::Activities | ExportKind::Quota => {
            "export-values-format"
        }
    }))
    .footer(req.footer(None));
    message.file = Some(Attachment::new(&filename, csv.clone().into_bytes()));
    Ok(Reply::private(
        message,
        ReplyData::Export {
            export: kind,
            rows,
            csv,
        },
    ))
}

/// Every quota of the period with its pace: everyone's and each team's (managers), and
/// each rep's (managers all, a rep their own).
async fn quota_lines(
    req: &Request<'_>,
    owner: Option<crate::core::ids::MemberId>,
    period: &crate::core::period::Period,
) -> Result<Vec<QuotaLine>, CommandError> {
    let Some(kind) = QuotaPeriod::of(period) else {
        return Err(crate::i18n::Said::new("error-export-quota-period")
            .about_option("period")
            .into());
    };
    let db = &req.app.db;
    let guild_id = &req.inv.guild_id;
    let team_words = crate::i18n::Words::team(&req.guild);
    let mut subjects: Vec<(&'static str, String, QuotaSubject)> = Vec::new();
    if owner.is_none() {
        let everyone = team_words.say("progress-everyone");
        subjects.push(("everyone", everyone, QuotaSubject::Everyone));
        for (id, name, _) in db.team_memberships(guild_id).await? {
            subjects.push(("team", name, QuotaSubject::Team(id)));
        }
    }
    for (member_id, _) in db.member_quotas(guild_id, kind, period.start).await? {
        if owner.is_some_and(|o| o != member_id) {
            continue;
        }
        let name = db
            .member_by_id(guild_id, member_id)
            .await?
            .map(|m| m.display_name)
            .unwrap_or_else(|| format!("#{member_id}"));
        subjects.push(("rep", name, QuotaSubject::Member(member_id)));
    }
    let mut lines = Vec::new();
    for (subject_kind, subject_name, subject) in subjects {
        let Some(quota) = db
            .quota(guild_id, subject, kind, period.start)
            .await?
            .filter(|q| q.currency == req.guild.currency)
        else {
            continue;
        };
        let p = quota_pace(req.app, &req.guild, subject, quota, period, req.today).await?;
        lines.push(QuotaLine {
            subject_kind,
            subject: subject_name,
            period: team_words.period(period),
            period_start: period.start,
            quota,
            won_minor: p.won,
            attainment_bp: p.attainment_bp,
            expected_minor: p.expected_by_now,
            behind_minor: p.behind_by,
            projected_minor: p.projected,
        });
    }
    Ok(lines)
}
