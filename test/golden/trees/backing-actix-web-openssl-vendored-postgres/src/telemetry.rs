//! Prometheus metrics of the HTTP server: the series, their labels and buckets, and the recorder
//! that renders them for `GET /metrics`. Each framework's middleware in `main.rs` reports every
//! request through [`InFlight`].
//!
//! Names follow OpenTelemetry's HTTP server conventions as Prometheus spells them (`.` as `_`,
//! the unit as a suffix, `_total` on counters), so dashboards written for either fit.

use std::time::Instant;

use anyhow::{Context, Result};
use metrics::{
    counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram, Unit,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

const REQUESTS: &str = "http_server_requests_total";
const DURATION: &str = "http_server_request_duration_seconds";
const ACTIVE: &str = "http_server_active_requests";
const BUILD_INFO: &str = "demo_svc_build_info";

/// Upper bounds of the latency buckets, in seconds: 5 ms to 10 s, denser where an HTTP service
/// usually answers. Slower requests land in `+Inf`.
const DURATION_BUCKETS: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];

/// The route label of a request no route matched: raw paths would make a series per URL probed.
const UNMATCHED_ROUTE: &str = "unmatched";

/// Probes and scrapes arrive every few seconds and say nothing about the traffic: not counted.
const UNCOUNTED_PATHS: [&str; 3] = ["/health", "/ready", "/metrics"];

/// `Content-Type` of the Prometheus text exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The recorder with this service's buckets.
fn builder() -> Result<PrometheusBuilder> {
    PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(DURATION.to_owned()), &DURATION_BUCKETS)
        .context("invalid latency buckets")
}

/// Installs the global recorder; the handle renders the text `GET /metrics` answers.
pub fn install_metrics() -> Result<PrometheusHandle> {
    let handle = builder()?
        .install_recorder()
        .context("cannot install the metrics recorder")?;
    describe();
    Ok(handle)
}

/// Help texts and units, and the build's own series.
fn describe() {
    describe_counter!(
        REQUESTS,
        "HTTP requests answered, by route template, method and status class"
    );
    describe_histogram!(
        DURATION,
        Unit::Seconds,
        "Time from a request's arrival to its response, by route template, method and status class"
    );
    describe_gauge!(ACTIVE, "HTTP requests being handled now");
    describe_gauge!(
        BUILD_INFO,
        "Always 1; the labels say which build is running"
    );
    gauge!(
        BUILD_INFO,
        "version" => env!("CARGO_PKG_VERSION"),
        // Set by build.rs: GIT_REVISION at build time, the compiler that built this binary.
        "revision" => env!("BUILD_GIT_REVISION"),
        "rustc" => env!("BUILD_RUSTC_VERSION"),
    )
    .set(1.0);
}

/// One request being handled: counted in `http_server_active_requests` until it is dropped, and in
/// the request counter and latency histogram once [`InFlight::finish`] is given its outcome.
pub struct InFlight {
    method: &'static str,
    started: Instant,
}

impl InFlight {
    /// Starts tracking a request, or `None` for a path that is not counted.
    pub fn start(path: &str, method: &str) -> Option<Self> {
        if UNCOUNTED_PATHS.contains(&path) {
            return None;
        }
        gauge!(ACTIVE).increment(1.0);
        Some(Self {
            method: method_label(method),
            started: Instant::now(),
        })
    }

    /// Records the answered request under its route template (`None`: no route matched).
    pub fn finish(self, route: Option<&str>, status: u16) {
        let labels = [
            ("method", self.method.to_owned()),
            ("route", route.unwrap_or(UNMATCHED_ROUTE).to_owned()),
            ("status_class", status_class(status).to_owned()),
        ];
        counter!(REQUESTS, &labels).increment(1);
        histogram!(DURATION, &labels).record(self.started.elapsed().as_secs_f64());
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        gauge!(ACTIVE).decrement(1.0);
    }
}

/// The method as a label: the standard ones, anything else as `_OTHER` (OpenTelemetry's
/// spelling), so a client inventing methods cannot add series.
fn method_label(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "CONNECT" => "CONNECT",
        "OPTIONS" => "OPTIONS",
        "TRACE" => "TRACE",
        "PATCH" => "PATCH",
        _ => "_OTHER",
    }
}

/// `2xx`, `4xx`, …: five series per route and method instead of one per status code.
fn status_class(status: u16) -> &'static str {
    match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}
