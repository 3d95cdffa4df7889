//! Each open link's screen, read from the database at most every `FRESH` however many
//! pages show it, as the JSON the page draws.

use crate::app::App;
use crate::core::tv::TvToken;
use crate::store::TvLink;
use crate::views::screen::screen;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How old a screen may be before it is read again.
const FRESH: Duration = Duration::from_millis(200);

/// One link's latest screen: when it was read, and its JSON (None: the link is gone).
type Entry = Arc<tokio::sync::Mutex<Option<(Instant, Option<Arc<String>>)>>>;

pub struct Screens {
    app: App,
    /// By token hash; an entry goes as soon as its link opens nothing.
    entries: Mutex<HashMap<String, Entry>>,
}

impl Screens {
    pub fn new(app: App) -> Screens {
        Screens {
            app,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The open link a token (as typed in the address) names.
    pub async fn link(&self, token: &str) -> Option<TvLink> {
        let token = TvToken::parse(token)?;
        match self.app.db.tv_link_by_hash(&token.hash()).await {
            Ok(link) => link,
            Err(e) => {
                tracing::error!(error = %e, "live page: reading a link failed");
                None
            }
        }
    }

    /// The link's screen as JSON, at most `FRESH` old; None when there is no such open link.
    pub async fn current(&self, token: &str) -> Option<Arc<String>> {
        let hash = TvToken::parse(token)?.hash();
        let entry = self
            .entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(hash.clone())
            .or_default()
            .clone();
        // One reader per link at a time: the others wait for its result.
        let mut slot = entry.lock().await;
        if let Some((read_at, json)) = slot.as_ref()
            && read_at.elapsed() < FRESH
        {
            return json.clone();
        }
        let json = self.read(&hash).await;
        *slot = Some((Instant::now(), json.clone()));
        // A link that opens nothing keeps no entry: a stranger guessing cannot fill memory.
        if json.is_none() {
            self.entries
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&hash);
        }
        json
    }

    /// Reads a link's screen now.
    async fn read(&self, hash: &str) -> Option<Arc<String>> {
        let result = async {
            let Some(link) = self.app.db.tv_link_by_hash(hash).await? else {
                return Ok(None);
            };
            let Some(guild) = self.app.db.guild(&link.guild_id).await? else {
                return Ok(None);
            };
            let now = self.app.clock.now();
            let shown = screen(&self.app, &guild, link.metric, link.period, now)
                .await
                .map_err(ReadError::Command)?;
            Ok::<_, ReadError>(Some(shown))
        }
        .await;
        match result {
            Ok(Some(shown)) => match serde_json::to_string(&shown) {
                Ok(json) => Some(Arc::new(json)),
                Err(e) => {
                    tracing::error!(error = %e, "live page: the screen did not serialise");
                    None
                }
            },
            Ok(None) => None,
            Err(e) => {
                tracing::error!(error = %e, "live page: reading the screen failed");
                None
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum ReadError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Command(crate::error::CommandError),
}
