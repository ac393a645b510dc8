//! An HTTP service on Rocket. `main` picks between running the server and the `healthcheck`
//! subcommand; the server is configured from the environment (see `settings.rs`).

mod healthcheck;
mod settings;

use std::process::ExitCode;

use anyhow::{bail, Result};
use rocket::config::Shutdown;
use rocket::fairing::AdHoc;
use rocket::figment::Figment;
use rocket::serde::json::Json;
use rocket::{get, routes, Build, Config, Rocket};
use serde::Serialize;
use tracing::{error, info};

use crate::settings::Settings;

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

/// The application on a given configuration; the tests mount this same instance.
fn app(figment: Figment) -> Rocket<Build> {
    rocket::custom(figment).mount("/", routes![health])
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
    // Rocket's own runtime, as `#[launch]` would start it, but only here, so the `healthcheck`
    // subcommand never starts one.
    rocket::execute(serve(settings))
}

async fn serve(settings: Settings) -> Result<()> {
    let addr = settings.addr;
    let scheme = settings.scheme();
    let rocket = app(figment(&settings)).attach(AdHoc::on_liftoff("listen address", move |_| {
        Box::pin(async move { info!(address = %addr, scheme, "listening") })
    }));
    if let Err(err) = rocket.launch().await {
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

    #[rocket::async_test]
    async fn health_returns_ok() {
        let rocket = app(Config::figment());
        let client = Client::tracked(rocket).await.unwrap();
        let response = client.get("/health").dispatch().await;
        assert_eq!(response.status(), Status::Ok);
        let body: Option<Value> = response.into_json().await;
        assert_eq!(body, Some(json!({ "status": "ok" })));
    }
}
