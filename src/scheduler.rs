//! Scheduled posts. One step, `run_due(now)`, does all the work: tests and the console
//! call it directly; the bot's loop calls it and then sleeps until the next due time.
//!
//! Exactly once: a firing is claimed by inserting (schedule, due time) in the database;
//! whoever inserts it builds its post and writes it to the outbox under the firing's
//! topic, and the outbox's sender posts it with its nonce and reports back to the
//! firing. Two steps racing never post twice (one claim, one topic); a crash after the
//! post is written down posts it after the restart; a crash between the claim and
//! writing it down leaves a claim that a later step takes over once its lease has run
//! out. After downtime only the latest missed firing of each schedule is posted, marked
//! late, if it is within the grace window; older ones are recorded as skipped.

use crate::app::App;
use crate::core::firing::FiringOutcome;
use crate::core::firing::FiringState;
use crate::core::firing::Timing;
use crate::core::ids::{Destination, GuildId};
use crate::jobs::{contests, forecast_snapshots, nudges, scheduled_post, send_posts};
use crate::poster::Poster;
use crate::store::{FiringEnd, FiringRef, NewOutboxPost, Schedule, StoreError};
use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::Mutex;

/// A post more than this late after its due time is marked late.
pub const LATE_AFTER_MINUTES: i64 = 5;

/// The longest the loop sleeps without looking (clocks jump; schedules change).
const MAX_SLEEP_SECONDS: u64 = 3_600;

/// What happened to one firing in a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fired {
    pub guild_id: GuildId,
    pub schedule: crate::core::ids::ScheduleNumber,
    pub due_at: DateTime<Utc>,
    pub outcome: FiringOutcome,
}

impl Fired {
    fn of(schedule: &Schedule, due_at: DateTime<Utc>, outcome: FiringOutcome) -> Fired {
        Fired {
            guild_id: schedule.guild_id.clone(),
            schedule: schedule.number,
            due_at,
            outcome,
        }
    }
}

pub struct Scheduler {
    app: App,
    /// One guild's schedules only (a console runs its own team's), or every guild's.
    only: Option<GuildId>,
    poster: Arc<dyn Poster>,
    /// Each team's day whose snapshots this scheduler knows are taken, so a step does
    /// not ask the database again every time it wakes.
    snapshots_taken: Mutex<HashMap<GuildId, NaiveDate>>,
    /// Each team's day whose nudges this scheduler has worked out (only to save work:
    /// the nudges' state keys in the database are what prevent doubles).
    nudges_found: Mutex<HashMap<GuildId, NaiveDate>>,
}

impl Scheduler {
    /// A scheduler for every guild in the database (the bot's).
    pub fn new(app: App, poster: Arc<dyn Poster>) -> Scheduler {
        Scheduler {
            app,
            only: None,
            poster,
            snapshots_taken: Mutex::default(),
            nudges_found: Mutex::default(),
        }
    }

    /// A scheduler for one guild's schedules only (a console's).
    pub fn for_guild(app: App, poster: Arc<dyn Poster>, guild: GuildId) -> Scheduler {
        Scheduler {
            only: Some(guild),
            ..Scheduler::new(app, poster)
        }
    }

    /// Posts everything due at `now` that nobody has posted yet, and retries failed
    /// posts whose time has come.
    pub async fn run_due(&self, now: DateTime<Utc>) -> Result<Vec<Fired>, StoreError> {
        let db = &self.app.db;
        self.nightly_backup(now).await;
        if let Err(e) = contests::step(&self.app, self.only.as_ref(), now).await {
            tracing::error!(error = %e, "contest step failed");
        }
        send_posts::send_due(&self.app, &*self.poster, self.only.as_ref(), now).await?;
        self.find_nudges(now).await?;
        self.take_snapshots(now).await?;
        let grace = Duration::minutes(self.app.config.schedule_grace_minutes);
        let mut fired = Vec::new();
        // Firings whose post this step wrote to the outbox.
        let mut queued: Vec<(Schedule, DateTime<Utc>)> = Vec::new();
        for schedule in db.running_schedules(self.only.as_ref()).await? {
            let Some(guild) = db.guild(&schedule.guild_id).await? else {
                continue;
            };
            let spec = &schedule.cron;
            let since = match db.last_firing(schedule.id).await? {
                Some(last) if last > schedule.active_since => last,
                _ => schedule.active_since,
            };
            let due = spec.due_between(guild.timezone, since, now, 10_000);
            let Some((&latest, older)) = due.split_last() else {
                continue;
            };
            let record = |d: DateTime<Utc>, outcome| Fired::of(&schedule, d, outcome);
            if now - latest > grace {
                db.skip_firings(schedule.id, &due, now).await?;
                fired.extend(due.iter().map(|d| record(*d, FiringOutcome::Skipped)));
                continue;
            }
            let timing = Timing::from_late(now - latest > Duration::minutes(LATE_AFTER_MINUTES));
            if !db
                .claim_firing(schedule.id, latest, older, timing, now)
                .await?
            {
                continue; // someone else posts it
            }
            fired.extend(older.iter().map(|d| record(*d, FiringOutcome::Skipped)));
            match self.queue(&schedule, latest, timing, 0, now).await? {
                Some(outcome) => fired.push(record(latest, outcome)),
                None => queued.push((schedule, latest)),
            }
        }
        let lease = send_posts::lease(&self.app);
        for (schedule, due, timing, attempts) in
            db.claim_retries(self.only.as_ref(), lease, now).await?
        {
            match self.queue(&schedule, due, timing, attempts, now).await? {
                Some(outcome) => fired.push(Fired::of(&schedule, due, outcome)),
                None => queued.push((schedule, due)),
            }
        }
        // After the firings, so that nudges the alert checks above wrote down go out in
        // this step too.
        nudges::send_due(&self.app, self.only.as_ref(), now).await?;
        // What was just written down goes out now; how it went is on its firing.
        send_posts::send_due(&self.app, &*self.poster, self.only.as_ref(), now).await?;
        for (schedule, due) in queued {
            let outcome = match db.firing_state(schedule.id, due).await? {
                Some((FiringState::Posted, true)) => FiringOutcome::Late,
                Some((FiringState::Posted, false)) => FiringOutcome::Posted,
                Some((FiringState::Retrying, _)) => FiringOutcome::Retrying,
                Some((FiringState::Failed, _)) => FiringOutcome::Failed,
                Some((FiringState::Claimed | FiringState::Skipped, _)) | None => {
                    FiringOutcome::Queued
                }
            };
            fired.push(Fired::of(&schedule, due, outcome));
        }
        Ok(fired)
    }

    /// The bot's nightly backup, when configured: at the first step after the backup
    /// hour, one file a day (its name is the claim: a second process finds it there),
    /// then the oldest beyond `keep` are removed.
    async fn nightly_backup(&self, now: DateTime<Utc>) {
        let Some(plan) = &self.app.config.nightly_backup else {
            return;
        };
        if self.only.is_some() || now.hour() < plan.hour {
            return;
        }
        let file = plan
            .folder
            .join(format!("dealbell-{}.db", now.format("%Y-%m-%d")));
        if file.exists() {
            return;
        }
        if let Err(e) = std::fs::create_dir_all(&plan.folder) {
            tracing::error!(error = %e, folder = %plan.folder.display(), "cannot create the backup folder");
            return;
        }
        match self.app.db.backup(&file).await {
            Ok(()) => tracing::info!(file = %file.display(), "nightly backup taken"),
            Err(e) => {
                tracing::error!(error = %e, "nightly backup failed");
                return;
            }
        }
        // Pruning reads a folder: on the blocking pool, not on a runtime thread.
        let (folder, keep) = (plan.folder.clone(), plan.keep as usize);
        let _ = tokio::task::spawn_blocking(move || prune_backups(&folder, keep)).await;
    }

    /// Once a day per team (its first step after local midnight), stores every
    /// subject's forecast. A team whose forecast cannot be built is logged and skipped.
    async fn take_snapshots(&self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let db = &self.app.db;
        let guilds = match &self.only {
            Some(guild) => vec![guild.clone()],
            None => db.guild_ids().await?,
        };
        for guild_id in guilds {
            let Some(guild) = db.guild(&guild_id).await? else {
                continue;
            };
            let today = guild.today(now);
            let known = |map: &HashMap<GuildId, NaiveDate>| map.get(&guild_id) == Some(&today);
            if known(
                &self
                    .snapshots_taken
                    .lock()
                    .unwrap_or_else(|e| e.into_inner()),
            ) {
                continue;
            }
            match forecast_snapshots::take_snapshots(&self.app, &guild, today).await {
                Ok(n) => {
                    if n > 0 {
                        tracing::debug!(guild = %guild_id, snapshots = n, "forecast snapshots taken");
                    }
                    self.snapshots_taken
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(guild_id.clone(), today);
                }
                Err(e) => {
                    tracing::error!(guild = %guild_id, error = %e, "could not take forecast snapshots")
                }
            }
        }
        Ok(())
    }

    /// The guilds this scheduler looks after.
    async fn guild_ids(&self) -> Result<Vec<GuildId>, StoreError> {
        Ok(match &self.only {
            Some(guild) => vec![guild.clone()],
            None => self.app.db.guild_ids().await?,
        })
    }

    /// At each team's daily check time, works out who is due a nudge.
    async fn find_nudges(&self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let limits = &self.app.config.nudges;
        for guild_id in self.guild_ids().await? {
            let Some(guild) = self.app.db.guild(&guild_id).await? else {
                continue;
            };
            let today = guild.today(now);
            if !nudges::check_due(limits, &guild, now) {
                continue;
            }
            {
                let mut found = self.nudges_found.lock().unwrap_or_else(|e| e.into_inner());
                if found.get(&guild_id) == Some(&today) {
                    continue;
                }
                found.insert(guild_id.clone(), today);
            }
            if let Err(e) = nudges::find_due(&self.app, &guild, now).await {
                tracing::error!(guild = %guild_id, error = %e, "could not work out nudges");
            }
        }
        Ok(())
    }

    /// Builds one claimed firing's post and writes it to the outbox (returns None), or
    /// settles the firing at once when there is nothing to post or it cannot be built.
    async fn queue(
        &self,
        schedule: &Schedule,
        due: DateTime<Utc>,
        timing: Timing,
        attempts_before: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<FiringOutcome>, StoreError> {
        let db = &self.app.db;
        let attempts = attempts_before + 1;
        let Some(guild) = db.guild(&schedule.guild_id).await? else {
            self.finish(schedule, due, FiringEnd::failed(attempts, "team_gone"), now)
                .await?;
            return Ok(Some(FiringOutcome::Failed));
        };
        let built = match scheduled_post::build(&self.app, &guild, schedule, due, timing, now).await
        {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(schedule = %schedule.number, guild = %schedule.guild_id, error = %e, "could not build a scheduled post");
                self.finish(
                    schedule,
                    due,
                    FiringEnd::failed(attempts, &e.to_string()),
                    now,
                )
                .await?;
                return Ok(Some(FiringOutcome::Failed));
            }
        };
        let Some(message) = built.post else {
            self.finish(
                schedule,
                due,
                FiringEnd::posted(attempts, Some("nothing_new")),
                now,
            )
            .await?;
            return Ok(Some(FiringOutcome::Quiet));
        };
        // One topic per firing: a second step that took the claim over writes nothing.
        let topic = format!("schedule:{}:{}", schedule.id, due.timestamp());
        db.enqueue_post(
            NewOutboxPost {
                guild_id: &schedule.guild_id,
                to: &Destination::Channel(schedule.channel_id.clone()),
                topic: &topic,
                message: &message,
                summary: &message.title,
                firing: Some(FiringRef {
                    schedule_id: schedule.id,
                    due_at: due,
                }),
            },
            None,
            now,
        )
        .await?;
        Ok(None)
    }

    /// Records the end of one attempt at a firing.
    async fn finish(
        &self,
        schedule: &Schedule,
        due: DateTime<Utc>,
        end: FiringEnd<'_>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.app.db.finish_firing(schedule.id, due, &end, now).await
    }

    /// When something next falls due (a firing or a retry), if anything does.
    pub async fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StoreError> {
        let db = &self.app.db;
        let mut next = db.next_retry_at().await?;
        let contest_next = contests::next_at(&self.app, self.only.as_ref(), now)
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "could not look ahead at contests");
                None
            });
        let mut candidates = vec![
            db.next_outbox_at(self.only.as_ref()).await?,
            db.next_nudge_at(self.only.as_ref()).await?,
            contest_next,
        ];
        for guild_id in self.guild_ids().await? {
            if let Some(guild) = db.guild(&guild_id).await? {
                candidates.push(nudges::next_check(&self.app.config.nudges, &guild, now));
            }
        }
        for t in candidates.into_iter().flatten() {
            next = Some(next.map_or(t, |n| n.min(t)));
        }
        for schedule in db.running_schedules(self.only.as_ref()).await? {
            let Some(guild) = db.guild(&schedule.guild_id).await? else {
                continue;
            };
            if let Some(t) = schedule.cron.next_after(guild.timezone, now) {
                next = Some(next.map_or(t, |n| n.min(t)));
            }
        }
        Ok(next)
    }

    /// The bot's loop: one step, then sleep until the next due time (or a wake-up
    /// from a new schedule). Never busy-polls.
    /// Runs due work, then sleeps until the next is due, until `stop` turns true; a step
    /// under way when it does is finished first, so no claim is left to its lease.
    pub async fn run_until_stopped(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        while !*stop.borrow() {
            let now = self.app.clock.now();
            if let Err(e) = self.run_due(now).await {
                tracing::error!(error = %e, "scheduler step failed");
            }
            let sleep = match self.next_wake(now).await {
                Ok(Some(t)) => (t - now).to_std().unwrap_or_default(),
                Ok(None) => std::time::Duration::from_secs(MAX_SLEEP_SECONDS),
                Err(e) => {
                    tracing::error!(error = %e, "scheduler could not look ahead");
                    std::time::Duration::from_secs(60)
                }
            }
            .min(std::time::Duration::from_secs(MAX_SLEEP_SECONDS));
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = self.app.scheduler_wake.notified() => {}
                _ = stop.changed() => {}
            }
        }
    }
}

/// Removes the oldest nightly backups in `folder` beyond the newest `keep`.
fn prune_backups(folder: &std::path::Path, keep: usize) {
    let mut nightly: Vec<_> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dealbell-") && n.ends_with(".db"))
        })
        .collect();
    nightly.sort();
    let surplus = nightly.len().saturating_sub(keep);
    for old in &nightly[..surplus] {
        if let Err(e) = std::fs::remove_file(old) {
            tracing::warn!(error = %e, file = %old.display(), "could not remove an old backup");
        }
    }
}
