//! An HTTP service on Rocket. `main` picks between running the server and the `healthcheck`
//! subcommand; the server is configured from the environment (see `settings.rs`).

mod backing;
mod healthcheck;
mod settings;
mod telemetry;

use std::convert::Infallible;
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::{bail, Result};
use rocket::config::Shutdown;
use rocket::fairing::{AdHoc, Fairing, Info, Kind};
use rocket::figment::Figment;
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome};
use rocket::serde::json::Json;
use rocket::{get, post, routes, Build, Config, Rocket, State};
use rocket::{Data, Request, Response};
use serde::Serialize;
use tracing::{error, info, Instrument, Span};

use crate::backing::{internal_error, Backing, ErrorBody, Item, NewItem, Readiness};
use crate::settings::Settings;

/// mimalloc as the global allocator: musl's own is several times slower under concurrent load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Log filter when `RUST_LOG` is unset. Rocket logs through the `log` crate, which
/// `settings::init_logging` forwards into tracing before Rocket starts; Rocket's own logger then
/// stands aside, so one subscriber writes every line in one format (JSON lines included). Rocket
/// logs four info lines per request (the health checks too) and its whole configuration at
/// launch, so only its warnings and errors are kept, and its launch banner is replaced by this
/// service's own `listening` line. The image leaves `RUST_LOG` unset, so this applies there too;
/// `RUST_LOG=info` brings everything back.
const DEFAULT_LOG_FILTER: &str = "info,rocket=warn,rocket::launch=off";

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
fn health() -> Json<Health> {
    Json(Health { status: "ok" })
}

/// `GET /ready`: 200 when every backing service answers, else 503 naming the one that does not.
#[get("/ready")]
async fn ready(backing: &State<Backing>) -> (Status, Json<Readiness>) {
    let readiness = backing.readiness().await;
    let status = if readiness.is_ready() {
        Status::Ok
    } else {
        Status::ServiceUnavailable
    };
    (status, Json(readiness))
}

/// An error answer of the example resource.
type Failure = (Status, Json<ErrorBody>);

fn database_failure(err: sqlx::Error) -> Failure {
    (Status::InternalServerError, Json(internal_error(err)))
}

/// `GET /items`: the example resource, a pattern for your own.
#[get("/items")]
async fn list_items(
    backing: &State<Backing>,
    span: RequestSpan,
) -> Result<Json<Vec<Item>>, Failure> {
    let items = async { backing.items().await.map(Json).map_err(database_failure) };
    items.instrument(span.0).await
}

/// `POST /items` with `{"name": "..."}`: 201 and the stored item.
#[post("/items", data = "<item>")]
async fn add_item(
    backing: &State<Backing>,
    item: Json<NewItem>,
    span: RequestSpan,
) -> Result<(Status, Json<Item>), Failure> {
    if let Some(error) = item.problem() {
        return Err((Status::UnprocessableEntity, Json(ErrorBody { error })));
    }
    let stored = async { backing.add_item(&item).await.map_err(database_failure) };
    Ok((Status::Created, Json(stored.instrument(span.0).await?)))
}

/// Reports each request to the telemetry. Routing happens between its two callbacks: the request
/// is observed from arrival and recorded under the matched route's template (`/items`, never the
/// path a client sent) with its response.
struct RequestTelemetry;

/// A request's observation, cached on the request from arrival to response.
struct Tracked(Mutex<Option<telemetry::Observed>>);

#[rocket::async_trait]
impl Fairing for RequestTelemetry {
    fn info(&self) -> Info {
        Info {
            name: "request telemetry",
            kind: Kind::Request | Kind::Response,
        }
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        let observed = telemetry::Observed::start(
            request.uri().path().as_str(),
            request.method().as_str(),
            |name| request.headers().get_one(name),
        );
        request.local_cache(|| Tracked(Mutex::new(observed)));
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        let tracked = request.local_cache(|| Tracked(Mutex::new(None)));
        // A poisoned lock only means a panic elsewhere; the request is then left unobserved.
        let observed = tracked
            .0
            .lock()
            .ok()
            .and_then(|mut observed| observed.take());
        if let Some(observed) = observed {
            let route = request.route().map(|route| route.uri.path());
            observed.finish(route, response.status().code);
        }
    }
}

/// The span of the request being handled. A fairing cannot wrap a handler, so the handlers that
/// call the database run their work in it; it is `Span::none()` when traces are off.
struct RequestSpan(Span);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for RequestSpan {
    type Error = Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Infallible> {
        let tracked = request.local_cache(|| Tracked(Mutex::new(None)));
        let span = tracked
            .0
            .lock()
            .ok()
            .and_then(|observed| observed.as_ref().map(|observed| observed.span().clone()));
        Outcome::Success(RequestSpan(span.unwrap_or_else(Span::none)))
    }
}

/// The application on a given configuration; the tests mount this same instance.
fn app(figment: Figment, backing: Backing) -> Rocket<Build> {
    let routes = routes![health, ready, list_items, add_item];
    rocket::custom(figment).manage(backing).mount("/", routes)
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
    // Rocket's own runtime, as `#[launch]` would start it, but only here, so the `healthcheck`
    // subcommand never starts one.
    rocket::execute(serve(settings))
}

async fn serve(settings: Settings) -> Result<()> {
    let backing = Backing::from_env()?;
    backing.migrate().await?;
    let addr = settings.addr;
    let scheme = settings.scheme();
    let rocket = app(figment(&settings), backing)
        .attach(AdHoc::on_liftoff("listen address", move |_| {
            Box::pin(async move { info!(address = %addr, scheme, "listening") })
        }));
    let metrics_listener = rocket::tokio::spawn(telemetry::serve_metrics(settings.metrics_addr)?);
    info!(address = %settings.metrics_addr, "serving metrics");
    let rocket = rocket.attach(RequestTelemetry);
    let launched = rocket.launch().await;
    metrics_listener.abort();
    if let Err(err) = launched {
        // Formatting the error marks it as seen; an unseen `rocket::Error` panics when dropped.
        bail!("server failed: {err}");
    }
    info!("stopped");
    Ok(())
}

/// Rocket's configuration: its defaults, `Rocket.toml` and `ROCKET_*` variables, overridden by the
/// environment every build of this service reads (HOST, PORT), so the server and the
/// `healthcheck` subcommand agree on where it listens.
fn figment(settings: &Settings) -> Figment {
    Config::figment()
        .merge((Config::ADDRESS, settings.addr.ip()))
        .merge((Config::PORT, settings.addr.port()))
        // Rocket's lines are written by tracing; colour codes inside them would end up in the logs.
        .merge((Config::CLI_COLORS, false))
        // Rocket already stops gracefully on SIGTERM and SIGINT. After the signal, in-flight
        // requests get `grace` seconds, then connections `mercy` seconds to close: 8 s in all,
        // below Docker's default 10 s stop timeout. An idle server stops at once.
        .merge((
            Config::SHUTDOWN,
            Shutdown {
                grace: 6,
                mercy: 2,
                ..Shutdown::default()
            },
        ))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use rocket::local::asynchronous::Client;
    use rocket::Config;
    use serde_json::{json, Value};

    use super::app;
    use crate::backing::Backing;

    /// Backing services that are not there; nothing connects until a route asks.
    fn unreachable_backing() -> Backing {
        Backing::new("sqlite:///nonexistent/directory/app.db", "redis://127.0.0.1:1").unwrap()
    }

    // Async: sqlx makes its pool inside a runtime, as the server does.
    #[rocket::async_test]
    async fn health_returns_ok() {
        let rocket = app(Config::figment(), unreachable_backing());
        let client = Client::tracked(rocket).await.unwrap();
        let response = client.get("/health").dispatch().await;
        assert_eq!(response.status(), Status::Ok);
        let body: Option<Value> = response.into_json().await;
        assert_eq!(body, Some(json!({ "status": "ok" })));
    }

    #[rocket::async_test]
    async fn ready_names_what_is_down() {
        let rocket = app(Config::figment(), unreachable_backing());
        let client = Client::tracked(rocket).await.unwrap();
        let response = client.get("/ready").dispatch().await;
        assert_eq!(response.status(), Status::ServiceUnavailable);
        let body: Option<Value> = response.into_json().await;
        let expected = json!({"status":"unavailable","checks":{"sqlite":"down","redis":"down"}});
        assert_eq!(body, Some(expected));
    }
}
