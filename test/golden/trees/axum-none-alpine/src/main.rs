//! An HTTP service on axum. `main` picks between running the server and the `healthcheck`
//! subcommand; the server is configured from the environment (see `settings.rs`).

mod healthcheck;
mod settings;

use std::future::{Future, IntoFuture};
use std::pin::pin;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::runtime::Runtime;
use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::oneshot;
use tokio::time;
use tracing::{error, info, warn};

use crate::settings::Settings;

/// mimalloc as the global allocator: musl's own is several times slower under concurrent load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Log filter when `RUST_LOG` is unset.
const DEFAULT_LOG_FILTER: &str = "info";

/// How long in-flight requests get to finish after SIGTERM or SIGINT. Below Docker's default 10 s
/// stop timeout (Kubernetes allows 30 s), so the server exits on its own instead of being killed.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(8);

const USAGE: &str = concat!(
    "usage: ",
    env!("CARGO_BIN_NAME"),
    " [healthcheck]\n\n",
    "  (no command)  run the server\n",
    "  healthcheck   probe GET /health on the running server; exit 0 if it answers 200",
);

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    match (args.next(), args.next()) {
        (None, _) => run_server(),
        (Some(command), None) if command == "healthcheck" => healthcheck::run(),
        (Some(flag), None) if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Body of `GET /health`.
#[derive(Serialize)]
struct Health {
    status: &'static str,
}

async fn health() -> Json<Health> {
    Json(Health { status: "ok" })
}

/// Every route of the service; the tests drive this same router.
fn router() -> Router {
    Router::new().route("/health", get(health))
}

fn run_server() -> ExitCode {
    if let Err(err) = settings::init_logging(DEFAULT_LOG_FILTER) {
        eprintln!("error: {err:#}");
        return ExitCode::FAILURE;
    }
    match start() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            error!("{err:#}");
            ExitCode::FAILURE
        }
    }
}

fn start() -> Result<()> {
    let settings = Settings::from_env()?;
    // Built here, not with `#[tokio::main]`, so the `healthcheck` subcommand never starts one.
    let runtime = Runtime::new().context("cannot start the tokio runtime")?;
    runtime.block_on(serve(settings))
}

async fn serve(settings: Settings) -> Result<()> {
    let shutdown = shutdown_signal()?;
    let listener = TcpListener::bind(settings.addr)
        .await
        .with_context(|| format!("cannot listen on {}", settings.addr))?;
    info!(address = %settings.addr, scheme = settings.scheme(), "listening");

    // axum drains connections without a deadline once its shutdown future resolves; that future
    // waits on this channel so the drain below can be bounded.
    let (drain_tx, drain_rx) = oneshot::channel::<()>();
    let mut server = pin!(axum::serve(listener, router())
        .with_graceful_shutdown(async move {
            // An error means the sender is gone, which is a reason to stop as well.
            let _ = drain_rx.await;
        })
        .into_future());
    tokio::select! {
        // axum::serve only returns once shutdown has begun; this arm reports a failure.
        result = &mut server => return result.context("server failed"),
        () = shutdown => {}
    }
    // Sending fails only if the server has already stopped, leaving nothing to drain.
    let _ = drain_tx.send(());
    match time::timeout(DRAIN_TIMEOUT, server).await {
        Ok(result) => result.context("server failed while draining")?,
        Err(_) => warn!(timeout = ?DRAIN_TIMEOUT, "drain timed out; dropping open connections"),
    }
    info!("stopped");
    Ok(())
}

/// Resolves on the first SIGTERM (`docker stop`, Kubernetes) or SIGINT (Ctrl-C). The handlers are
/// installed by this call, before the server starts, so an early signal is not lost.
fn shutdown_signal() -> Result<impl Future<Output = ()>> {
    let mut terminate =
        signal(SignalKind::terminate()).context("cannot install the SIGTERM handler")?;
    let mut interrupt =
        signal(SignalKind::interrupt()).context("cannot install the SIGINT handler")?;
    Ok(async move {
        let received = tokio::select! {
            _ = terminate.recv() => "SIGTERM",
            _ = interrupt.recv() => "SIGINT",
        };
        info!(signal = received, "shutting down");
    })
}

#[cfg(test)]
mod tests {
    use axum::body::{to_bytes, Body};
    use axum::http::{Request, StatusCode};
    use serde_json::{json, Value};
    use tower::ServiceExt;

    use super::router;

    #[tokio::test]
    async fn health_returns_ok() {
        let request = Request::get("/health").body(Body::empty()).unwrap();
        let app = router();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body, json!({ "status": "ok" }));
    }
}
