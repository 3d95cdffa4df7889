//! Autocomplete suggestions: open deals, customers, timezones, CRM reps, teams, open
//! alerts and documents.

use super::catalogue::Suggest;
use super::permissions::open_deals_visible_to;
use super::{CommandError, Request};
use crate::store::RepNames;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// What the user sees (at most 100 characters).
    pub name: String,
    pub value: SuggestionValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum SuggestionValue {
    Integer(i64),
    Text(String),
}

/// Discord shows at most 25 suggestions.
const MAX: usize = 25;

fn shorten(text: String) -> String {
    if text.chars().count() <= 100 {
        text
    } else {
        text.chars().take(99).chain(std::iter::once('…')).collect()
    }
}

pub async fn run(
    req: &Request<'_>,
    what: Suggest,
    typed: &str,
) -> Result<Vec<Suggestion>, CommandError> {
    let typed = typed.trim().trim_start_matches('#');
    let db = &req.app.db;
    let guild = &req.inv.guild_id;
    let out = match what {
        Suggest::OpenDeals => {
            let owner = open_deals_visible_to(req.asker());
            db.suggest_open_deals(guild, owner, typed)
                .await?
                .into_iter()
                .map(|d| {
                    let amount = d
                        .state
                        .amount
                        .map(|a| a.display_whole())
                        .unwrap_or_default();
                    let owner = if req.is_manager {
                        format!(" ({})", d.owner_name)
                    } else {
                        String::new()
                    };
                    Suggestion {
                        name: shorten(format!(
                            "#{} {} {} · {}{owner}",
                            d.number,
                            d.state.customer,
                            amount,
                            req.pipeline.label(&d.state.stage)
                        )),
                        value: SuggestionValue::Integer(d.number.0),
                    }
                })
                .collect()
        }
        Suggest::OpenAlerts => {
            let alerts = db.open_alerts(guild).await?;
            numbered(
                alerts.into_iter().map(|a| {
                    let finding = crate::views::alert_words::finding(req.words, &a.finding);
                    (a.number, finding)
                }),
                typed,
            )
        }
        Suggest::Documents => {
            super::library::ensure_samples(req.app, guild, req.now).await?;
            let documents = db.documents(guild).await?;
            numbered(documents.into_iter().map(|d| (d.number, d.title)), typed)
        }
        Suggest::Customers => texts(db.suggest_customers(guild, typed).await?),
        Suggest::CrmReps => texts(
            db.suggest_rep_names(guild, typed, RepNames::UnlinkedCrmReps)
                .await?,
        ),
        Suggest::Reps => texts(
            db.suggest_rep_names(guild, typed, RepNames::Everyone)
                .await?,
        ),
        Suggest::Teams => texts(db.suggest_teams(guild, typed).await?),
        Suggest::Timezones => {
            let wanted = typed.to_lowercase().replace(' ', "_");
            chrono_tz::TZ_VARIANTS
                .iter()
                .map(|tz| tz.name())
                .filter(|name| name.contains('/') && name.to_lowercase().contains(&wanted))
                .take(MAX)
                .map(|name| Suggestion {
                    name: name.to_string(),
                    value: SuggestionValue::Text(name.to_string()),
                })
                .collect()
        }
    };
    Ok(out)
}

/// Names that are themselves the value (customers, reps, teams).
fn texts(names: Vec<String>) -> Vec<Suggestion> {
    names
        .into_iter()
        .map(|name| Suggestion {
            name: shorten(name.clone()),
            value: SuggestionValue::Text(name),
        })
        .collect()
}

/// Numbered things (alerts, documents) whose number starts with, or whose text holds,
/// what was typed: "#3 the text".
fn numbered<N: Into<i64> + Copy + std::fmt::Display>(
    items: impl Iterator<Item = (N, String)>,
    typed: &str,
) -> Vec<Suggestion> {
    let typed_lower = typed.to_lowercase();
    items
        .filter(|(number, text)| {
            typed.is_empty()
                || (*number).into().to_string().starts_with(typed)
                || text.to_lowercase().contains(&typed_lower)
        })
        .take(MAX)
        .map(|(number, text)| Suggestion {
            name: shorten(format!("#{number} {text}")),
            value: SuggestionValue::Integer(number.into()),
        })
        .collect()
}
