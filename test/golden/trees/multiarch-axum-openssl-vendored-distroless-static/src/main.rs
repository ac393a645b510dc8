//! An HTTP service on axum. `main` picks between running the server and the `healthcheck`
//! subcommand; the server is configured from the environment (see `settings.rs`).

mod healthcheck;
mod settings;

use std::future::Future;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use axum::routing::get;
use axum::{Json, Router};
use axum_server::tls_openssl::{OpenSSLAcceptor, OpenSSLConfig};
use axum_server::Handle;
use openssl::ssl::{select_next_proto, AlpnError, SslAcceptor, SslFiletype, SslMethod};
use serde::Serialize;
use tokio::runtime::Runtime;
use tokio::signal::unix::{signal, SignalKind};
use tracing::{error, info};

use crate::settings::{Settings, TlsFiles};

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
    let tls = match &settings.tls {
        Some(files) => {
            let config = OpenSSLConfig::from_acceptor(Arc::new(openssl_acceptor(files)?));
            Some(OpenSSLAcceptor::new(config))
        }
        None => None,
    };
    // Bound here, not inside axum-server, so a bad address fails before "listening" is logged.
    let listener = std::net::TcpListener::bind(settings.addr)
        .with_context(|| format!("cannot listen on {}", settings.addr))?;
    info!(address = %settings.addr, scheme = settings.scheme(), "listening");

    let handle = Handle::new();
    tokio::spawn({
        let handle = handle.clone();
        async move {
            shutdown.await;
            // Stop accepting, let in-flight requests finish, close what is left after the timeout.
            handle.graceful_shutdown(Some(DRAIN_TIMEOUT));
        }
    });
    let server = axum_server::from_tcp(listener).handle(handle);
    let app = router().into_make_service();
    match tls {
        Some(acceptor) => server.acceptor(acceptor).serve(app).await,
        None => server.serve(app).await,
    }
    .context("server failed")?;
    info!("stopped");
    Ok(())
}

/// OpenSSL acceptor from the PEM files, with Mozilla's "intermediate" settings (TLS 1.2 and 1.3).
fn openssl_acceptor(files: &TlsFiles) -> Result<SslAcceptor> {
    let mut acceptor = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls())
        .context("cannot initialise OpenSSL")?;
    acceptor
        .set_certificate_chain_file(&files.cert)
        .with_context(|| format!("cannot load TLS_CERT_FILE {}", files.cert.display()))?;
    acceptor
        .set_private_key_file(&files.key, SslFiletype::PEM)
        .with_context(|| format!("cannot load TLS_KEY_FILE {}", files.key.display()))?;
    acceptor
        .check_private_key()
        .context("TLS_KEY_FILE does not match the certificate in TLS_CERT_FILE")?;
    // HTTP/2 for clients that offer it, HTTP/1.1 otherwise.
    acceptor.set_alpn_select_callback(|_, offered| {
        select_next_proto(b"\x02h2\x08http/1.1", offered).ok_or(AlpnError::NOACK)
    });
    Ok(acceptor.build())
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
