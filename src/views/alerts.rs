//! A team's alert rules: the config's, with the team's own changes on top.

use crate::app::App;
use crate::core::alerts::{AlertSettings, AlertSwitch, RuleSetting};
use crate::core::ids::GuildId;
use crate::store::StoreError;

/// A team's alert settings: the config's, with the team's changes on top.
pub async fn settings(app: &App, guild_id: &GuildId) -> Result<AlertSettings, StoreError> {
    let mut settings = app.config.alerts.clone();
    for o in app.db.alert_overrides(guild_id).await? {
        if o.rule == AlertSwitch::DmNudges {
            settings.dm_nudges = o.enabled;
        } else if let Some(rule) = o.rule.rule() {
            let base = settings.get(rule);
            settings.rules.insert(
                rule,
                RuleSetting {
                    enabled: o.enabled,
                    threshold: o.threshold.unwrap_or(base.threshold),
                    days: o.days.or(base.days),
                },
            );
        }
    }
    Ok(settings)
}
