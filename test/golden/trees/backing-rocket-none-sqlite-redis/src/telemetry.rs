//! What the service lets you see into. Prometheus metrics of the HTTP server: the series, their
//! labels and buckets, and the recorder that renders them on the metrics port.
//! OpenTelemetry traces: a span per request, exported over OTLP when the standard `OTEL_*`
//! variables name a collector, with the trace id in every log line of the request.
//! Each framework's middleware in `main.rs` reports every request through [`Observed`].
//!
//! Names follow OpenTelemetry's HTTP server conventions as Prometheus spells them (`.` as `_`,
//! the unit as a suffix, `_total` on counters), so dashboards written for either fit.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use metrics::{
    counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram, Unit,
};
use metrics_exporter_prometheus::{ExporterFuture, Matcher, PrometheusBuilder};
use opentelemetry::global;
use opentelemetry::trace::{TraceContextExt, TracerProvider as _};
use opentelemetry_otlp::{Protocol, SpanExporter, WithExportConfig};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{SdkTracer, SdkTracerProvider};
use opentelemetry_sdk::Resource;
use tracing::field::{display, Empty};
use tracing::{debug, info_span, warn, Span, Subscriber};
use tracing_opentelemetry::{OpenTelemetryLayer, OpenTelemetrySpanExt};
use tracing_subscriber::registry::LookupSpan;

use crate::settings::var;

const REQUESTS: &str = "http_server_requests_total";
const DURATION: &str = "http_server_request_duration_seconds";
const ACTIVE: &str = "http_server_active_requests";
const BUILD_INFO: &str = "demo_svc_build_info";

/// Upper bounds of the latency buckets, in seconds: 5 ms to 10 s, denser where an HTTP service
/// usually answers. Slower requests land in `+Inf`.
const DURATION_BUCKETS: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];

/// The recorder with this service's buckets.
fn builder() -> Result<PrometheusBuilder> {
    PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(DURATION.to_owned()), &DURATION_BUCKETS)
        .context("invalid latency buckets")
}

/// Installs the global recorder and binds the metrics listener on `addr`; the returned future
/// serves `GET /metrics` there until it is dropped, when the server has drained. Must run inside
/// the server's runtime.
pub fn serve_metrics(addr: SocketAddr) -> Result<ExporterFuture> {
    let (recorder, listener) = builder()?
        .with_http_listener(addr)
        .build()
        .with_context(|| format!("cannot serve metrics on {addr}"))?;
    metrics::set_global_recorder(recorder).context("a metrics recorder is already installed")?;
    describe();
    Ok(listener)
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

/// The route label of a request no route matched: raw paths would make a series per URL probed.
const UNMATCHED_ROUTE: &str = "unmatched";

/// Probes arrive every few seconds and say nothing about the traffic:
/// neither counted nor traced.
const UNCOUNTED_PATHS: [&str; 2] = ["/health", "/ready"];

/// One request as the service observes it: in `http_server_active_requests` until it is
/// dropped, then in the request counter and latency histogram; a span when traces are on.
pub struct Observed {
    method: &'static str,
    started: Instant,
    span: Span,
}

impl Observed {
    /// Starts observing a request, or `None` for a probe or scrape. `header` looks up a request
    /// header (W3C Trace Context: `traceparent`, `tracestate`).
    pub fn start<'h>(
        path: &str,
        method: &str,
        header: impl Fn(&str) -> Option<&'h str>,
    ) -> Option<Self> {
        if UNCOUNTED_PATHS.contains(&path) {
            return None;
        }
        gauge!(ACTIVE).increment(1.0);
        let method = method_label(method);
        Some(Self {
            method,
            started: Instant::now(),
            span: request_span(method, header),
        })
    }

    /// The request's span, for the handler to run in.
    pub fn span(&self) -> &Span {
        &self.span
    }

    /// Records the answered request under its route template (`None`: no route matched).
    pub fn finish(self, route: Option<&str>, status: u16) {
        let elapsed = self.started.elapsed();
        let labels = [
            ("method", self.method.to_owned()),
            ("route", route.unwrap_or(UNMATCHED_ROUTE).to_owned()),
            ("status_class", status_class(status).to_owned()),
        ];
        counter!(REQUESTS, &labels).increment(1);
        histogram!(DURATION, &labels).record(elapsed.as_secs_f64());
        if let Some(route) = route {
            self.span.record("http.route", route);
        }
        // An integer, as OpenTelemetry specifies it: a u16 would be recorded as text.
        let code = i64::from(status);
        self.span.record("http.response.status_code", code);
        if status >= 500 {
            self.span.record("otel.status_code", "ERROR");
        }
        if tracing_on() {
            // The span starts before routing, so it is named here: `{method} {route}`.
            let name = match route {
                Some(route) => format!("{} {route}", self.method),
                None => self.method.to_owned(),
            };
            self.span.context().span().update_name(name);
        }
        let _entered = self.span.enter();
        // `RUST_LOG=demo_svc=debug` logs a line per request, with its trace id.
        debug!(
            method = self.method,
            route,
            status,
            elapsed_ms = elapsed.as_millis() as u64,
            "answered"
        );
    }
}

impl Drop for Observed {
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

/// Traces are exported when one of these names a collector (OTLP/HTTP, e.g.
/// `http://otel-collector:4318`); unset or empty, no span is made.
const ENDPOINT_VARS: [&str; 2] = [
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
];

/// The transport, `http/protobuf` (the default) or `http/json`; gRPC is not built in.
const PROTOCOL_VARS: [&str; 2] = [
    "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
];

/// The exporter of a service whose traces are on; [`Traces::shutdown`] sends what is queued.
pub struct Traces(SdkTracerProvider);

/// Whether request spans are made: decided once, when logging starts.
static TRACING: OnceLock<bool> = OnceLock::new();

fn tracing_on() -> bool {
    TRACING.get().copied().unwrap_or(false)
}

/// The OpenTelemetry layer of the log subscriber when OTLP export is configured by the standard
/// `OTEL_*` variables (endpoint, protocol, headers, timeout, sampler, resource); `None` costs nothing.
pub fn trace_layer<S>() -> Result<Option<(OpenTelemetryLayer<S, SdkTracer>, Traces)>>
where
    S: Subscriber + for<'span> LookupSpan<'span>,
{
    let mut configured = false;
    for name in ENDPOINT_VARS {
        configured |= var(name)?.is_some();
    }
    let disabled = env_is("OTEL_SDK_DISABLED", "true")? || env_is("OTEL_TRACES_EXPORTER", "none")?;
    if !configured || disabled {
        let _ = TRACING.set(false);
        return Ok(None);
    }
    let exporter = SpanExporter::builder()
        .with_http()
        .with_protocol(protocol()?)
        .build()
        .context("cannot configure the OTLP trace exporter")?;
    let mut resource = Resource::builder();
    if var("OTEL_SERVICE_NAME")?.is_none() {
        resource = resource.with_service_name(env!("CARGO_PKG_NAME"));
    }
    let provider = SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource.build())
        .build();
    global::set_text_map_propagator(TraceContextPropagator::new());
    let layer = tracing_opentelemetry::layer().with_tracer(provider.tracer(env!("CARGO_PKG_NAME")));
    let _ = TRACING.set(true);
    Ok(Some((layer, Traces(provider))))
}

impl Traces {
    /// Exports the spans still queued, waiting at most `timeout`: called once the server has
    /// drained, so the last requests' spans are not lost on SIGTERM.
    pub fn shutdown(self, timeout: Duration) {
        if let Err(err) = self.0.shutdown_with_timeout(timeout) {
            warn!("cannot flush the last spans: {err}");
        }
    }
}

/// The transport the protocol variables name; `http/protobuf` when neither is set, as the
/// specification says (the exporter alone would default to JSON, both encodings being built in).
fn protocol() -> Result<Protocol> {
    let mut named = None;
    for name in PROTOCOL_VARS {
        if let Some(value) = var(name)? {
            named = Some((name, value));
            break;
        }
    }
    match named {
        None => Ok(Protocol::HttpBinary),
        Some((_, value)) if value == "http/protobuf" => Ok(Protocol::HttpBinary),
        Some((_, value)) if value == "http/json" => Ok(Protocol::HttpJson),
        Some((name, value)) => {
            bail!("{name} must be http/protobuf or http/json (gRPC is not built in), got {value:?}")
        }
    }
}

/// Whether the variable is set to `expected` (case aside); empty counts as unset, as everywhere.
fn env_is(name: &str, expected: &str) -> Result<bool> {
    Ok(var(name)?.is_some_and(|value| value.trim().eq_ignore_ascii_case(expected)))
}

/// The span of one request, named and given its route once routed: a child of the caller's trace
/// when `traceparent` names one (W3C Trace Context), with the trace id as a field so every log
/// line of the request carries it. `Span::none()`, which costs nothing, when traces are off.
fn request_span<'h>(method: &str, header: impl Fn(&str) -> Option<&'h str>) -> Span {
    if !tracing_on() {
        return Span::none();
    }
    let span = info_span!(
        "request",
        otel.name = method,
        otel.kind = "server",
        otel.status_code = Empty,
        http.request.method = method,
        http.route = Empty,
        http.response.status_code = Empty,
        trace_id = Empty,
    );
    let carrier: HashMap<String, String> = ["traceparent", "tracestate"]
        .into_iter()
        .filter_map(|name| header(name).map(|value| (name.to_owned(), value.to_owned())))
        .collect();
    if !carrier.is_empty() {
        let parent = global::get_text_map_propagator(|propagator| propagator.extract(&carrier));
        // Fails only once the span has been entered or has ended; it has not here.
        let _ = span.set_parent(parent);
    }
    let trace_id = span.context().span().span_context().trace_id();
    span.record("trace_id", display(trace_id));
    span
}

/// A client span for one query of the example resource, under the request's span; `Span::none()`,
/// which costs nothing, when traces are off.
pub fn query_span(operation: &'static str, collection: &'static str) -> Span {
    if !tracing_on() {
        return Span::none();
    }
    info_span!(
        "query",
        otel.name = format!("{operation} {collection}"),
        otel.kind = "client",
        db.system.name = "sqlite",
        db.operation.name = operation,
        db.collection.name = collection,
    )
}
