//! An HTTP service on actix-web. `main` picks between running the server and the `healthcheck`
//! subcommand; the server is configured from the environment (see `settings.rs`).

mod healthcheck;
mod settings;
mod telemetry;

use std::future::{poll_fn, Future};
use std::process::ExitCode;
use std::task::Poll;

use actix_web::dev::Service;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::rt::signal::unix::{signal, SignalKind};
use actix_web::rt::System;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use anyhow::{Context, Result};
use metrics_exporter_prometheus::PrometheusHandle;
use serde::Serialize;
use tracing::{error, info, Instrument};

use crate::settings::Settings;

/// mimalloc as the global allocator: musl's own is several times slower under concurrent load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Log filter when `RUST_LOG` is unset.
const DEFAULT_LOG_FILTER: &str = "info";

/// Seconds in-flight requests get to finish after SIGTERM or SIGINT. Below Docker's default 10 s
/// stop timeout (Kubernetes allows 30 s), so the server exits on its own instead of being killed.
const DRAIN_TIMEOUT_SECS: u64 = 8;

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

#[get("/health")]
async fn health() -> web::Json<Health> {
    web::Json(Health { status: "ok" })
}

/// Every route of the service; the tests register this same configuration.
fn routes(config: &mut web::ServiceConfig) {
    config.service(health);
}

/// `GET /metrics`: the Prometheus text format.
async fn render_metrics(handle: web::Data<PrometheusHandle>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, telemetry::CONTENT_TYPE))
        .body(handle.render())
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
    // Started here rather than with `#[actix_web::main]`, so the `healthcheck` subcommand never
    // starts a runtime.
    System::new().block_on(serve(settings))
}

async fn serve(settings: Settings) -> Result<()> {
    let metrics = web::Data::new(telemetry::install_metrics()?);
    let server = HttpServer::new(move || {
        App::new()
            .configure(routes)
            .app_data(metrics.clone())
            .route("/metrics", web::get().to(render_metrics))
            // Reports each request to the telemetry and runs it in its span; `match_pattern` is the
            // matched route's template (`/items`, never the path a client sent).
            .wrap_fn(|request, service| {
                let headers = request.headers();
                let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
                let observed =
                    telemetry::Observed::start(request.path(), request.method().as_str(), header);
                let route = request.match_pattern();
                let span = observed.as_ref().map(|observed| observed.span().clone());
                let response = service
                    .call(request)
                    .instrument(span.unwrap_or_else(tracing::Span::none));
                async move {
                    let response = response.await;
                    if let Some(observed) = observed {
                        let status = match &response {
                            Ok(response) => response.status(),
                            Err(err) => err.as_response_error().status_code(),
                        };
                        observed.finish(route.as_deref(), status.as_u16());
                    }
                    response
                }
            })
    });
    let server = server
        // Our own signal future replaces actix's handlers, which would stop at once on SIGINT.
        .shutdown_signal(shutdown_signal()?)
        .shutdown_timeout(DRAIN_TIMEOUT_SECS);
    let server = server
        .bind(settings.addr)
        .with_context(|| format!("cannot listen on {}", settings.addr))?;
    info!(address = %settings.addr, scheme = settings.scheme(), "listening");
    server.run().await.context("server failed")?;
    info!("stopped");
    Ok(())
}

/// Resolves on the first SIGTERM (`docker stop`, Kubernetes) or SIGINT (Ctrl-C). Both start a
/// graceful shutdown. The handlers are installed by this call, before the server starts, so an
/// early signal is not lost.
fn shutdown_signal() -> Result<impl Future<Output = ()>> {
    let mut terminate =
        signal(SignalKind::terminate()).context("cannot install the SIGTERM handler")?;
    let mut interrupt =
        signal(SignalKind::interrupt()).context("cannot install the SIGINT handler")?;
    Ok(async move {
        let received = poll_fn(|cx| {
            if terminate.poll_recv(cx).is_ready() {
                Poll::Ready("SIGTERM")
            } else if interrupt.poll_recv(cx).is_ready() {
                Poll::Ready("SIGINT")
            } else {
                Poll::Pending
            }
        })
        .await;
        info!(signal = received, "shutting down");
    })
}

#[cfg(test)]
mod tests {
    use actix_web::http::StatusCode;
    use actix_web::{test, App};
    use serde_json::{json, Value};

    use super::routes;

    #[actix_web::test]
    async fn health_returns_ok() {
        let app = test::init_service(App::new().configure(routes)).await;
        let request = test::TestRequest::get().uri("/health").to_request();
        let response = test::call_service(&app, request).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = test::read_body_json(response).await;
        assert_eq!(body, json!({ "status": "ok" }));
    }
}
