//! The console's clock: `:now` moves the team's time, and the scheduler runs as it
//! would have between the old time and the new.

use super::*;

impl Console {
    pub(super) async fn set_now(&mut self, args: &[String]) -> Outcome {
        let words = self.own_words().await;
        let text = args.join(" ");
        if text.trim().eq_ignore_ascii_case("real") || text.trim().is_empty() {
            self.app.clock.set(None);
            let time = self.app.clock.now().format("%Y-%m-%d %H:%M").to_string();
            return Outcome::Directive(
                words.say_with("console-clock-real", &[("time", time.into())]),
            );
        }
        let naive = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M").or_else(|_| {
            NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .map(|d| d.and_hms_opt(9, 0, 0).unwrap_or_default())
        });
        let Ok(naive) = naive else {
            return Outcome::Failed(Failure::user(
                words.say_with("console-not-a-time", &[("text", text.as_str().into())]),
            ));
        };
        let tz = self.team_timezone().await;
        let at = local_to_utc(naive, tz);
        if !crate::clock::in_range(at) {
            return Outcome::Failed(Failure::user(words.say("console-time-out-of-range")));
        }
        self.app.clock.set(Some(at));
        Outcome::Directive(clock_now(words, at, tz))
    }

    /// Runs the scheduler's step at the console's "now"; posts land in the outbox.
    /// Returns a summary line of what fired, if anything did.
    pub(super) async fn run_scheduler(&self) -> String {
        let scheduler = self.scheduler();
        let words = self.own_words().await;
        match scheduler.run_due(self.app.clock.now()).await {
            Ok(fired) => words::summarise_fired(words, &fired),
            Err(e) => {
                tracing::error!(error = %e, "scheduler step failed");
                format!(" {}", words.say("console-scheduler-failed"))
            }
        }
    }

    pub(super) fn scheduler(&self) -> Scheduler {
        Scheduler::for_guild(
            self.app.clone(),
            std::sync::Arc::new(self.outbox.clone()),
            guild_id_for(&self.guild),
        )
    }

    /// Lives through the time up to `target` as the running bot would: the clock stops
    /// at each moment something falls due (a schedule, a retry, a held post, a nudge,
    /// a contest), in order, and the scheduler runs there.
    pub(super) async fn live_until(&self, target: chrono::DateTime<chrono::Utc>) -> String {
        // A bound against a schedule that falls due every minute for years.
        const MAX_STEPS: usize = 100_000;
        let scheduler = self.scheduler();
        let mut fired = Vec::new();
        for _ in 0..MAX_STEPS {
            let now = self.app.clock.now();
            let next = match scheduler.next_wake(now).await {
                Ok(next) => next,
                Err(e) => {
                    tracing::error!(error = %e, "scheduler could not look ahead");
                    break;
                }
            };
            let Some(at) = next.filter(|t| *t > now && *t <= target) else {
                break;
            };
            self.app.clock.set(Some(at));
            match scheduler.run_due(at).await {
                Ok(step) => fired.extend(step),
                Err(e) => tracing::error!(error = %e, "scheduler step failed"),
            }
        }
        self.app.clock.set(Some(target));
        match scheduler.run_due(target).await {
            Ok(step) => fired.extend(step),
            Err(e) => tracing::error!(error = %e, "scheduler step failed"),
        }
        words::summarise_fired(self.own_words().await, &fired)
    }

    /// The console's own words: the language lines are asked in (`:lang`), else the
    /// team's.
    pub(super) async fn own_words(&self) -> crate::i18n::Words {
        let language = match (
            self.language,
            self.app.db.guild(&guild_id_for(&self.guild)).await,
        ) {
            (Some(language), _) => language,
            (None, Ok(Some(guild))) => guild.language,
            (None, _) => Language::En,
        };
        crate::i18n::Words::new(language)
    }

    /// The current team's timezone, without creating the team.
    pub(super) async fn team_timezone(&self) -> chrono_tz::Tz {
        match self.app.db.guild(&guild_id_for(&self.guild)).await {
            Ok(Some(guild)) => guild.timezone,
            _ => self.app.config.team_defaults.timezone,
        }
    }
}

/// "The clock is now 2026-03-10 09:00 CET (Europe/Berlin)."
pub(super) fn clock_now(
    words: crate::i18n::Words,
    at: chrono::DateTime<chrono::Utc>,
    tz: chrono_tz::Tz,
) -> String {
    words.say_with(
        "console-clock-now",
        &[
            (
                "time",
                at.with_timezone(&tz)
                    .format("%Y-%m-%d %H:%M %Z")
                    .to_string()
                    .into(),
            ),
            ("timezone", tz.to_string().into()),
        ],
    )
}
