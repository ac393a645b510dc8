//! The services this one depends on: postgres. `/health` never calls them, so an
//! outage of one cannot get every replica restarted at once; `/ready` asks each of them, within a
//! short timeout, so an orchestrator stops sending requests here while one is down.

use std::collections::BTreeMap;
use std::future::Future;
use std::str::FromStr;
use std::time::Duration;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use tokio::time::timeout;
use tracing::{warn, Instrument};

use crate::settings;
use crate::telemetry;

/// How long `/ready` waits for each backing service.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);
/// Connections the pool opens at most. Every replica's pool counts against the server's
/// `max_connections` (100 by default).
const MAX_CONNECTIONS: u32 = 10;
/// How long a request waits for a connection before it fails.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Handles to the backing services; cloning one is cheap, every clone shares the connections.
#[derive(Clone)]
pub struct Backing {
    db: PgPool,
}

impl Backing {
    /// From DATABASE_URL, which have no default.
    pub fn from_env() -> Result<Self> {
        Self::new(&required("DATABASE_URL")?)
    }

    /// Sets up the handles without connecting: the service starts, and reports not ready, while
    /// a backing service is down; each reconnects by itself once it is back.
    pub fn new(database_url: &str) -> Result<Self> {
        let options = PgConnectOptions::from_str(database_url)
            .context("DATABASE_URL is not a valid postgres:// URL")?;
        let db = PgPoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_lazy_with(options);
        Ok(Self { db })
    }

    /// Applies the migrations in `migrations/` (embedded in the binary at build time) that the
    /// database has not seen yet. Called once, before the server listens.
    pub async fn migrate(&self) -> Result<()> {
        sqlx::migrate!()
            .run(&self.db)
            .await
            .context("cannot apply the database migrations (is DATABASE_URL right?)")
    }

    /// Asks every backing service at once whether it answers.
    pub async fn readiness(&self) -> Readiness {
        Readiness::new([check("postgres", self.ping_database()).await])
    }

    async fn ping_database(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.db).await?;
        Ok(())
    }

    /// The example resource: the newest items, at most 100.
    pub async fn items(&self) -> sqlx::Result<Vec<Item>> {
        sqlx::query_as("SELECT id, name FROM items ORDER BY id DESC LIMIT 100")
            .fetch_all(&self.db)
            .instrument(telemetry::query_span("SELECT", "items"))
            .await
    }

    pub async fn add_item(&self, item: &NewItem) -> sqlx::Result<Item> {
        sqlx::query_as("INSERT INTO items (name) VALUES ($1) RETURNING id, name")
            .bind(item.name.trim())
            .fetch_one(&self.db)
            .instrument(telemetry::query_span("INSERT", "items"))
            .await
    }
}

/// Body of `GET /ready`: `ready` when every backing service answered, else `unavailable`, with
/// each one's state. Why one is down goes to the log, not to the caller.
#[derive(Debug, Serialize)]
pub struct Readiness {
    pub status: &'static str,
    pub checks: BTreeMap<&'static str, &'static str>,
}

impl Readiness {
    fn new<const N: usize>(results: [(&'static str, bool); N]) -> Self {
        let ready = results.iter().all(|&(_, up)| up);
        let state = |up: bool| if up { "up" } else { "down" };
        Self {
            status: if ready { "ready" } else { "unavailable" },
            checks: results.map(|(name, up)| (name, state(up))).into(),
        }
    }

    pub fn is_ready(&self) -> bool {
        self.status == "ready"
    }
}

/// Runs one probe within CHECK_TIMEOUT; the reason for a failure is logged.
async fn check(
    name: &'static str,
    probe: impl Future<Output = Result<()>>,
) -> (&'static str, bool) {
    match timeout(CHECK_TIMEOUT, probe).await {
        Ok(Ok(())) => (name, true),
        Ok(Err(err)) => {
            warn!(service = name, error = format!("{err:#}"), "not ready");
            (name, false)
        }
        Err(_) => {
            warn!(service = name, timeout = ?CHECK_TIMEOUT, "not ready: no answer");
            (name, false)
        }
    }
}

fn required(name: &str) -> Result<String> {
    settings::var(name)?.with_context(|| format!("{name} is not set"))
}

/// One row of the example resource (see `migrations/`).
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Item {
    pub id: i64,
    pub name: String,
}

/// Body of `POST /items`.
#[derive(Debug, Deserialize)]
pub struct NewItem {
    pub name: String,
}

impl NewItem {
    const MAX_NAME_CHARS: usize = 200;

    /// Why this item cannot be stored, if it cannot (answered with 422).
    pub fn problem(&self) -> Option<&'static str> {
        let name = self.name.trim();
        if name.is_empty() {
            Some("name must not be empty")
        } else if name.chars().count() > Self::MAX_NAME_CHARS {
            Some("name must be at most 200 characters")
        } else {
            None
        }
    }
}

/// Body of an error answer from the example resource.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub error: &'static str,
}

/// A database failure answered with 500: the cause is logged, the caller learns nothing internal.
pub fn internal_error(err: sqlx::Error) -> ErrorBody {
    tracing::error!(error = %err, "database request failed");
    ErrorBody {
        error: "internal error",
    }
}
