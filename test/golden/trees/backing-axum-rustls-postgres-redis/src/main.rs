//! An HTTP service on axum. `main` picks between running the server and the `healthcheck`
//! subcommand; the server is configured from the environment (see `settings.rs`).

mod backing;
mod healthcheck;
mod settings;
mod telemetry;

use std::future::Future;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use axum::extract::State;
use axum::extract::{MatchedPath, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use axum_server::tls_rustls::{RustlsAcceptor, RustlsConfig};
use axum_server::Handle;
use metrics_exporter_prometheus::PrometheusHandle;
use serde::Serialize;
use tokio::runtime::Runtime;
use tokio::signal::unix::{signal, SignalKind};
use tracing::{error, info, Instrument};

use crate::backing::{internal_error, Backing, ErrorBody, Item, NewItem, Readiness};
use crate::settings::Settings;

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

/// `GET /ready`: 200 when every backing service answers, else 503 naming the one that does not.
async fn ready(State(backing): State<Backing>) -> (StatusCode, Json<Readiness>) {
    let readiness = backing.readiness().await;
    let status = if readiness.is_ready() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(readiness))
}

/// An error answer of the example resource.
type Failure = (StatusCode, Json<ErrorBody>);

fn database_failure(err: sqlx::Error) -> Failure {
    (StatusCode::INTERNAL_SERVER_ERROR, Json(internal_error(err)))
}

/// `GET /items`: the example resource, a pattern for your own.
async fn list_items(State(backing): State<Backing>) -> Result<Json<Vec<Item>>, Failure> {
    backing.items().await.map(Json).map_err(database_failure)
}

/// `POST /items` with `{"name": "..."}`: 201 and the stored item.
async fn add_item(
    State(backing): State<Backing>,
    Json(item): Json<NewItem>,
) -> Result<(StatusCode, Json<Item>), Failure> {
    if let Some(error) = item.problem() {
        return Err((StatusCode::UNPROCESSABLE_ENTITY, Json(ErrorBody { error })));
    }
    let item = backing.add_item(&item).await.map_err(database_failure)?;
    Ok((StatusCode::CREATED, Json(item)))
}

/// Every route of the service; the tests drive this same router.
fn router(backing: Backing) -> Router {
    // The telemetry layer wraps the routes above it and the fallback (unmatched requests); the
    // probes below it cost nothing.
    Router::new()
        .route("/items", get(list_items).post(add_item))
        .layer(middleware::from_fn(observe_request))
        .route("/health", get(health))
        .route("/ready", get(ready))
        .with_state(backing)
}

/// Reports each request to the telemetry and runs it in its span. As a `Router::layer` it runs after
/// routing, so the matched route's template is known (`/items`, never the path a client sent).
async fn observe_request(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    let Some(observed) =
        telemetry::Observed::start(request.uri().path(), request.method().as_str(), header)
    else {
        return next.run(request).await;
    };
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|route| route.as_str().to_owned());
    let span = observed.span().clone();
    let response = next.run(request).instrument(span).await;
    observed.finish(route.as_deref(), response.status().as_u16());
    response
}

/// Adds `GET /metrics`, the Prometheus text format. Added after the metrics layer, so scrapes are
/// not counted in what they report.
fn with_metrics_route(router: Router, metrics: PrometheusHandle) -> Router {
    router.route(
        "/metrics",
        get(move || {
            let body = metrics.render();
            async move { ([(CONTENT_TYPE, telemetry::CONTENT_TYPE)], body) }
        }),
    )
}

/// How long the last requests' spans get to reach the collector once the server has drained.
const TRACE_FLUSH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

fn run_server() -> ExitCode {
    let traces = match settings::init_logging(DEFAULT_LOG_FILTER) {
        Ok(traces) => traces,
        Err(err) => {
            eprintln!("error: {err:#}");
            return ExitCode::FAILURE;
        }
    };
    let result = start();
    if let Some(traces) = traces {
        traces.shutdown(TRACE_FLUSH_TIMEOUT);
    }
    match result {
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
    let backing = Backing::from_env()?;
    backing.migrate().await?;
    let shutdown = shutdown_signal()?;
    let tls = match &settings.tls {
        Some(files) => {
            // rustls 0.23 needs a process-wide crypto provider: ring, chosen over rustls' default
            // aws-lc-rs, which needs cmake to build. rustls 0.23.48 deprecates ring's provider as it
            // has no post-quantum key exchange; aws-lc-rs has one, at that build cost.
            #[allow(deprecated)]
            let provider = rustls::crypto::ring::default_provider();
            provider
                .install_default()
                .map_err(|_| anyhow!("a rustls crypto provider is already installed"))?;
            let config = RustlsConfig::from_pem_file(&files.cert, &files.key)
                .await
                .with_context(|| {
                    format!(
                        "cannot load TLS_CERT_FILE {} / TLS_KEY_FILE {}",
                        files.cert.display(),
                        files.key.display()
                    )
                })?;
            Some(RustlsAcceptor::new(config))
        }
        None => None,
    };
    // Bound here, not inside axum-server, so a bad address fails before "listening" is logged.
    let app = with_metrics_route(router(backing), telemetry::install_metrics()?);
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
    let app = app.into_make_service();
    match tls {
        Some(acceptor) => server.acceptor(acceptor).serve(app).await,
        None => server.serve(app).await,
    }
    .context("server failed")?;
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
    use crate::backing::Backing;

    /// Backing services that are not there; nothing connects until a route asks.
    fn unreachable_backing() -> Backing {
        Backing::new("postgres://app:app@127.0.0.1:1/app", "redis://127.0.0.1:1").unwrap()
    }

    #[tokio::test]
    async fn health_returns_ok() {
        let request = Request::get("/health").body(Body::empty()).unwrap();
        let app = router(unreachable_backing());
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body, json!({ "status": "ok" }));
    }

    #[tokio::test]
    async fn ready_names_what_is_down() {
        let request = Request::get("/ready").body(Body::empty()).unwrap();
        let app = router(unreachable_backing());
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        let expected = json!({"status":"unavailable","checks":{"postgres":"down","redis":"down"}});
        assert_eq!(body, expected);
    }
}
