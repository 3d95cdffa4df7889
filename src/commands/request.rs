//! What a handler is given, and the typed readers of its options.

use super::catalogue::Resolved;
use super::invocation::{Attachment, Invocation, OptionValue, UserRef};
use super::permissions::Asker;
use super::{CommandError, NotFound};
use crate::app::App;
use crate::core::closed_set::ClosedSet;
use crate::core::dates::{Weekdays, parse_date_toward};
use crate::core::deal::Pipeline;
use crate::core::guild::GuildSettings;
use crate::core::ids::{ChannelId, RoleId, TeamId};
use crate::core::money::Money;
use crate::core::period::{Period, PeriodSpec};
use crate::store::Member;
use chrono::{DateTime, NaiveDate, Utc};

/// A rep as an option names them.
#[derive(Debug, Clone, Copy)]
pub enum RepRef<'a> {
    User(&'a UserRef),
    /// A name as typed: a rep from the CRM, or a member's name.
    Name(&'a str),
}

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

    /// The caller, as permission checks see them.
    pub fn asker(&self) -> Asker {
        Asker {
            member: self.caller.id,
            is_manager: self.is_manager,
        }
    }

    fn value(&self, name: &str) -> Option<&OptionValue> {
        // A handler reading an option its command does not declare is a bug the tests
        // catch here, whatever the user typed.
        debug_assert!(
            self.command.option(name).is_some(),
            "{} reads an option it does not declare: {name}",
            self.command.display_path()
        );
        self.inv.options.get(name)
    }

    /// A choice option as its closed set (validation has checked it is one of them).
    pub fn choice<T: ClosedSet>(&self, name: &str) -> Result<Option<T>, CommandError> {
        let Some(text) = self.text(name) else {
            return Ok(None);
        };
        T::from_key(text).map(Some).ok_or_else(|| {
            let keys: Vec<&str> = T::choices().iter().map(|c| c.value).collect();
            CommandError::with_hint(
                format!("{name} cannot be {text:?}."),
                format!("Use one of: {}.", keys.join(", ")),
            )
        })
    }

    pub fn text(&self, name: &str) -> Option<&str> {
        match self.value(name) {
            Some(OptionValue::String(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// A required text option (validation has already insisted it is there).
    pub fn required_text(&self, name: &str) -> Result<&str, CommandError> {
        self.text(name).ok_or_else(|| {
            CommandError::user(format!("{} needs {name}.", self.command.display_path()))
        })
    }

    /// A free-text option, cleaned of control characters and outer spaces, and held to
    /// the length its catalogue entry declares (the one place that length is written).
    /// `label` names the field in errors ("Customer").
    pub fn clean_text(
        &self,
        name: &str,
        label: &'static str,
    ) -> Result<Option<String>, CommandError> {
        let Some(text) = self.text(name) else {
            return Ok(None);
        };
        let max = self
            .command
            .option(name)
            .and_then(|o| o.max_length)
            .map_or(usize::MAX, usize::from);
        Ok(Some(crate::core::deal::clean_text(label, text, max)?))
    }

    /// A required free-text option, cleaned and held to its declared length.
    pub fn required_clean_text(
        &self,
        name: &str,
        label: &'static str,
    ) -> Result<String, CommandError> {
        self.clean_text(name, label)?.ok_or_else(|| {
            CommandError::user(format!("{} needs {name}.", self.command.display_path()))
        })
    }

    pub fn integer(&self, name: &str) -> Option<i64> {
        match self.value(name) {
            Some(OptionValue::Integer(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn required_integer(&self, name: &str) -> Result<i64, CommandError> {
        self.integer(name).ok_or_else(|| {
            CommandError::user(format!("{} needs {name}.", self.command.display_path()))
        })
    }

    pub fn boolean(&self, name: &str) -> Option<bool> {
        match self.value(name) {
            Some(OptionValue::Boolean(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn user(&self, name: &str) -> Option<&UserRef> {
        match self.value(name) {
            Some(OptionValue::User(u)) => Some(u),
            _ => None,
        }
    }

    /// A rep option: a chat user, or a rep's name.
    pub fn rep(&self, name: &str) -> Option<RepRef<'_>> {
        match self.value(name) {
            Some(OptionValue::User(u)) => Some(RepRef::User(u)),
            Some(OptionValue::String(s)) => Some(RepRef::Name(s)),
            _ => None,
        }
    }

    pub fn channel(&self, name: &str) -> Option<&ChannelId> {
        match self.value(name) {
            Some(OptionValue::Channel(c)) => Some(c),
            _ => None,
        }
    }

    pub fn role(&self, name: &str) -> Option<&RoleId> {
        match self.value(name) {
            Some(OptionValue::Role(r)) => Some(r),
            _ => None,
        }
    }

    pub fn attachment(&self, name: &str) -> Option<&Attachment> {
        match self.value(name) {
            Some(OptionValue::Attachment(a)) => Some(a),
            _ => None,
        }
    }

    /// An amount option, read in the team's currency unless it names another.
    pub fn money(&self, name: &str) -> Result<Option<Money>, CommandError> {
        self.text(name)
            .map(|t| Money::parse(t, self.guild.currency))
            .transpose()
            .map_err(|e| match CommandError::from(e) {
                CommandError::User { message, hint } => CommandError::User {
                    message: format!("{name}: {message}"),
                    hint,
                },
                other => other,
            })
    }

    /// A date option ahead of the team's today or on it (a weekday is the next one).
    pub fn date(&self, name: &str) -> Result<Option<NaiveDate>, CommandError> {
        self.date_toward(name, Weekdays::Next)
    }

    /// A date option that names a day that has come (a weekday is the last one).
    pub fn past_date(&self, name: &str) -> Result<Option<NaiveDate>, CommandError> {
        self.date_toward(name, Weekdays::Last)
    }

    fn date_toward(
        &self,
        name: &str,
        weekdays: Weekdays,
    ) -> Result<Option<NaiveDate>, CommandError> {
        self.text(name)
            .map(|t| parse_date_toward(t, self.today, self.guild.fiscal_year_start, weekdays))
            .transpose()
            .map_err(|e| {
                CommandError::with_hint(
                    format!("{name}: {e}"),
                    format!("Write it as {name}:2026-03-31, {name}:31.3.26, {name}:today, {name}:friday or {name}:eom."),
                )
            })
    }

    /// The day a deal closed: the `date` option (not in the future; for reps not more
    /// than `deals.backdate_days` back), or today.
    pub fn closed_on(&self) -> Result<NaiveDate, CommandError> {
        match self.past_date("date")? {
            None => Ok(self.today),
            Some(date) => Ok(crate::core::deal::check_close_date(
                date,
                self.today,
                self.app.config.backdate_days,
                self.is_manager,
            )?),
        }
    }

    /// A period option, or `default` ("month") when absent.
    pub fn period(&self, name: &str, default: &str) -> Result<Period, CommandError> {
        let spec = PeriodSpec::parse(self.text(name).unwrap_or(default))?;
        Ok(spec.resolve(self.today, self.guild.fiscal_year_start)?)
    }

    /// The member for a user named in an option, created on first mention.
    /// A user never seen before who is named like a rep from the CRM (not yet linked)
    /// is that rep: `rep:"Darcel Schlecht"` finds his imported deals.
    /// The member a rep option names, or the caller when it is not given.
    pub async fn rep_or_caller(&self, option: &str) -> Result<Member, CommandError> {
        match self.rep(option) {
            Some(rep) => self.member_for(rep).await,
            None => Ok(self.caller.clone()),
        }
    }

    pub async fn member_for(&self, rep: RepRef<'_>) -> Result<Member, CommandError> {
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
        match period {
            Some(p) => format!("{} · {}", p.label(), self.guild.timezone),
            None => format!(
                "{} · {}",
                self.today.format("%-d %b %Y"),
                self.guild.timezone
            ),
        }
    }
}
