//! What a handler is given besides its arguments: who asked, where, and when.

use super::arguments::{PastDay, RepRef};
use super::catalogue::Resolved;
use super::invocation::Invocation;
use super::permissions::Asker;
use super::{CommandError, NotFound};
use crate::app::App;
use crate::core::deal::Pipeline;
use crate::core::guild::GuildSettings;
use crate::core::ids::TeamId;
use crate::core::period::{Period, PeriodSpec};
use crate::store::Member;
use chrono::{DateTime, NaiveDate, Utc};

/// Everything a handler needs: the app, what was asked, and who asked where.
pub struct Request<'a> {
    pub app: &'a App,
    pub inv: &'a Invocation,
    pub command: Resolved,
    pub guild: GuildSettings,
    /// The team's pipeline, with its own stage names.
    pub pipeline: Pipeline,
    pub caller: Member,
    pub is_manager: bool,
    pub now: DateTime<Utc>,
    /// The team's local date at `now`.
    pub today: NaiveDate,
    /// The caller's language: their app's, else their own choice, else the team's.
    pub words: crate::i18n::Words,
}

impl Request<'_> {
    /// The caller as the writer of deals: in this guild, now, announcing wins where the
    /// team does.
    pub fn deal_writer(&self) -> crate::store::DealWriter<'_> {
        crate::store::DealWriter {
            guild_id: &self.inv.guild_id,
            actor_id: self.caller.id,
            wins_channel: self.guild.wins_channel.as_ref(),
            now: self.now,
        }
    }

    /// How many days back the caller may date a win or loss (None: no limit).
    pub fn backdate_limit(&self) -> Option<i64> {
        super::permissions::backdate_limit(self.asker(), self.app.config.backdate_days)
    }

    /// The caller, as permission checks see them.
    pub fn asker(&self) -> Asker {
        Asker {
            member: self.caller.id,
            is_manager: self.is_manager,
        }
    }

    /// The day a deal closed: `date` (not in the future; for reps not more than
    /// `deals.backdate_days` back), or today.
    pub fn closed_on(&self, date: Option<PastDay>) -> Result<NaiveDate, CommandError> {
        match date {
            None => Ok(self.today),
            Some(PastDay(date)) => Ok(crate::core::deal::check_close_date(
                date,
                self.today,
                self.backdate_limit(),
            )?),
        }
    }

    /// A period as asked, in the team's calendar.
    pub fn period(&self, asked: PeriodSpec) -> Result<Period, CommandError> {
        Ok(asked.resolve(self.today, self.guild.fiscal_year_start)?)
    }

    /// The member a rep option names, or the caller when it is not given.
    pub async fn rep_or_caller(&self, rep: Option<&RepRef>) -> Result<Member, CommandError> {
        match rep {
            Some(rep) => self.member_for(rep).await,
            None => Ok(self.caller.clone()),
        }
    }

    /// The member a rep option names: a chat user (created on first mention), or a
    /// rep by name. A user never seen before who is named like a rep from the CRM (not
    /// yet linked) is that rep: `rep:"Darcel Schlecht"` finds his imported deals.
    pub async fn member_for(&self, rep: &RepRef) -> Result<Member, CommandError> {
        let db = &self.app.db;
        let guild = &self.inv.guild_id;
        let user = match rep {
            RepRef::User(user) => user,
            RepRef::Name(name) => {
                return db
                    .member_by_name(guild, name.trim())
                    .await?
                    .ok_or_else(|| NotFound::Rep(name.to_string()).into());
            }
        };
        if db.member_by_user(guild, &user.user_id).await?.is_none()
            && let Some(rep) = db.member_by_name(guild, &user.display_name).await?
            && rep.user_id.is_none()
            && rep.crm_name.is_some()
        {
            return Ok(rep);
        }
        Ok(self
            .app
            .db
            .upsert_member(
                &self.inv.guild_id,
                &user.user_id,
                &user.display_name,
                self.now,
            )
            .await?)
    }

    /// A team by name, or a user error that says where to find the names.
    pub async fn team_named(&self, name: &str) -> Result<(TeamId, String), CommandError> {
        self.app
            .db
            .team_by_name(&self.inv.guild_id, name)
            .await?
            .ok_or_else(|| NotFound::Team(name.to_string()).into())
    }

    /// Who sees what this request shows: a manager, or the rep who asked.
    pub fn audience(&self) -> crate::core::quota::Audience {
        if self.is_manager {
            crate::core::quota::Audience::Manager
        } else {
            crate::core::quota::Audience::Rep(self.caller.id)
        }
    }

    /// The period label with the team's timezone, for footers.
    pub fn footer(&self, period: Option<&Period>) -> String {
        let when = match period {
            Some(p) => self.words.period(p),
            None => self.words.day(self.today),
        };
        self.words.say_with(
            "footer-period",
            &[
                ("period", when.into()),
                ("timezone", self.guild.timezone.to_string().into()),
            ],
        )
    }
}
