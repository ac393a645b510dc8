//! Runtime settings and logging, read from the environment. The server and the `healthcheck`
//! subcommand both use [`Settings::from_env`], so they always agree on where the server listens.

use std::env::{self, VarError};
use std::io::IsTerminal;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU16;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter, Layer};

use crate::telemetry::{self, Traces};

/// Port used when `PORT` is unset.
const DEFAULT_PORT: u16 = 8080;

/// Where and how the server listens.
#[derive(Debug)]
pub struct Settings {
    /// `HOST` (default `0.0.0.0`: every IPv4 interface, which a container needs) and `PORT`.
    pub addr: SocketAddr,
    /// HTTPS when `TLS_CERT_FILE` and `TLS_KEY_FILE` are both set, plain HTTP when neither is.
    pub tls: Option<TlsFiles>,
}

/// PEM files to serve HTTPS with.
#[derive(Debug)]
pub struct TlsFiles {
    /// `TLS_CERT_FILE`: the certificate chain, leaf first.
    pub cert: PathBuf,
    /// `TLS_KEY_FILE`: the private key.
    pub key: PathBuf,
}

impl Settings {
    pub fn from_env() -> Result<Self> {
        let host = match var("HOST")? {
            Some(host) => host.parse().with_context(|| {
                format!("HOST must be an IP address such as 0.0.0.0 or ::, got {host:?}")
            })?,
            None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        };
        let port = port_var("PORT", DEFAULT_PORT)?;
        let tls = match (var("TLS_CERT_FILE")?, var("TLS_KEY_FILE")?) {
            (Some(cert), Some(key)) => Some(TlsFiles {
                cert: cert.into(),
                key: key.into(),
            }),
            (None, None) => None,
            (Some(_), None) => {
                bail!("TLS_CERT_FILE is set but TLS_KEY_FILE is not; HTTPS needs both")
            }
            (None, Some(_)) => {
                bail!("TLS_KEY_FILE is set but TLS_CERT_FILE is not; HTTPS needs both")
            }
        };
        Ok(Self {
            addr: SocketAddr::new(host, port),
            tls,
        })
    }

    /// URL scheme the server speaks, for logs.
    pub fn scheme(&self) -> &'static str {
        if self.tls.is_some() {
            "https"
        } else {
            "http"
        }
    }
}

/// Installs the global `tracing` subscriber. The filter comes from `RUST_LOG`, or `default_filter`
/// when it is unset; `LOG_FORMAT=json` (set in the container image) writes one JSON object per
/// line, `LOG_FORMAT=text` or unset writes human-readable lines. Records from crates that log
/// through the `log` crate are forwarded into the same subscriber.
/// With `OTEL_EXPORTER_OTLP_ENDPOINT` set, spans are also exported: the returned [`Traces`] sends
/// the last of them at exit.
pub fn init_logging(default_filter: &str) -> Result<Option<Traces>> {
    let directives = var("RUST_LOG")?.unwrap_or_else(|| default_filter.to_owned());
    let filter = EnvFilter::try_new(&directives)
        .with_context(|| format!("RUST_LOG is not a valid filter: {directives:?}"))?;
    let json = match var("LOG_FORMAT")?.as_deref() {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => bail!("LOG_FORMAT must be json or text, got {other:?}"),
    };
    let log = if json {
        fmt::layer().json().flatten_event(true).boxed()
    } else {
        // Colours only on a terminal: `docker logs` and log collectors get plain text.
        let ansi = std::io::stdout().is_terminal();
        fmt::layer().with_ansi(ansi).boxed()
    };
    // RUST_LOG chooses the log lines only: spans reach the trace exporter whatever it says.
    let (traces, exporter) = telemetry::trace_layer()?.unzip();
    tracing_subscriber::registry()
        .with(log.with_filter(filter))
        .with(traces.with_filter(LevelFilter::INFO))
        .try_init()
        .context("cannot install the log subscriber")?;
    Ok(exporter)
}

/// A port from the environment variable `name`, `default` when it is unset.
fn port_var(name: &str, default: u16) -> Result<u16> {
    match var(name)? {
        Some(port) => Ok(port
            .parse::<NonZeroU16>()
            .with_context(|| format!("{name} must be a number from 1 to 65535, got {port:?}"))?
            .get()),
        None => Ok(default),
    }
}

/// Reads an environment variable; empty counts as unset, so `PORT=` in a compose file or
/// manifest means "use the default".
pub fn var(name: &str) -> Result<Option<String>> {
    match env::var(name) {
        Ok(value) if value.is_empty() => Ok(None),
        Ok(value) => Ok(Some(value)),
        Err(VarError::NotPresent) => Ok(None),
        Err(err @ VarError::NotUnicode(_)) => {
            Err(err).with_context(|| format!("{name} is not valid UTF-8"))
        }
    }
}
