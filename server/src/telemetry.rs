//! Logs and traces (issue 11.3).
//!
//! Logs go to standard error, as text or JSON, filtered by `SWITCHBOARD_LOG`.
//! Traces are off unless an OTLP endpoint is configured the standard way
//! (`OTEL_EXPORTER_OTLP_ENDPOINT`, or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`
//! for the full address): then every routed request (not the SPA's files)
//! is a server span named by its route (never by its raw path or query, which may hold a search for a
//! person), joined to the caller's trace by its `traceparent` header, and
//! each import job is a span of its own. The other `OTEL_*` variables
//! (headers, timeout, sampler, service name) are read by the exporter.
//! Spans are sent in batches from a thread of their own, so a slow or
//! absent collector costs requests nothing but the dropped spans.
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;
use http::HeaderMap;
use opentelemetry::{global, trace::TracerProvider as _};
use opentelemetry_otlp::{Protocol, SpanExporter, WithExportConfig as _};
use opentelemetry_sdk::{Resource, propagation::TraceContextPropagator, trace::SdkTracerProvider};
use tracing::{Span, field::Empty};
use tracing_opentelemetry::OpenTelemetrySpanExt as _;
use tracing_subscriber::{
    EnvFilter, Layer as _, layer::SubscriberExt as _, util::SubscriberInitExt,
};

/// The variables that turn trace export on, the more specific first.
pub const ENDPOINT_VARIABLES: [&str; 2] = [
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
];

/// Logs when `SWITCHBOARD_LOG` does not say otherwise, and always traces.
const DEFAULT_FILTER: &str = "info,sqlx=warn,tower_http=info";

/// Whether spans are exported: request spans then look for a caller's
/// trace context, which is wasted work otherwise.
static EXPORTING: AtomicBool = AtomicBool::new(false);

/// Where traces go, when they go anywhere: the variable that named the
/// endpoint and its value. `OTEL_SDK_DISABLED=true` or
/// `OTEL_TRACES_EXPORTER=none` turn export off whatever the endpoint.
pub fn trace_endpoint() -> Option<(&'static str, String)> {
    let variable = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if variable("OTEL_SDK_DISABLED").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || variable("OTEL_TRACES_EXPORTER").is_some_and(|v| v.trim().eq_ignore_ascii_case("none"))
    {
        return None;
    }
    ENDPOINT_VARIABLES
        .into_iter()
        .find_map(|name| variable(name).map(|value| (name, value)))
}

/// What [`init`] set up; [`Telemetry::shutdown`] sends the spans still
/// waiting in the batch. Call it outside the async runtime: it blocks
/// until the exporter's thread is done.
#[must_use = "shut it down at exit, or the last spans are lost"]
pub struct Telemetry {
    provider: Option<SdkTracerProvider>,
}

impl Telemetry {
    pub fn shutdown(self) {
        if let Some(provider) = self.provider
            && let Err(error) = provider.shutdown()
        {
            eprintln!("switchboard: traces not all exported at exit: {error}");
        }
    }
}

/// Installs the logger, and the trace exporter when `traces` is asked for
/// (only `serve` exports) and an endpoint is configured. Call it before
/// the async runtime starts: the exporter's HTTP client must not be made
/// on a runtime thread.
pub fn init(log_format: &str, traces: bool) -> anyhow::Result<Telemetry> {
    let logs = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    let logs = if log_format == "json" {
        logs.json().boxed()
    } else {
        logs.boxed()
    };
    let endpoint = trace_endpoint().filter(|_| traces);
    let provider = match endpoint {
        Some(_) => Some(tracer_provider()?),
        None => None,
    };
    // Spans keep their own filter: quieter logs must not empty the traces.
    let exporter = provider.as_ref().map(|provider| {
        tracing_opentelemetry::layer()
            .with_tracer(provider.tracer("switchboard"))
            .with_filter(EnvFilter::new(DEFAULT_FILTER))
    });
    let log_filter = EnvFilter::try_from_env("SWITCHBOARD_LOG")
        .unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    tracing_subscriber::registry()
        .with(logs.with_filter(log_filter))
        .with(exporter)
        .try_init()
        .context("cannot install the logger")?;
    if let Some((variable, endpoint)) = endpoint {
        global::set_text_map_propagator(TraceContextPropagator::new());
        EXPORTING.store(true, Ordering::Relaxed);
        tracing::info!(
            endpoint = %crate::config::mask_url_password(&endpoint),
            from = variable,
            "exporting traces over OTLP/HTTP"
        );
    }
    Ok(Telemetry { provider })
}

/// The OTLP exporter over HTTP with protobuf bodies, the one protocol
/// built in: another protocol asked for is refused at start rather than
/// silently ignored.
fn tracer_provider() -> anyhow::Result<SdkTracerProvider> {
    for name in [
        "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
        "OTEL_EXPORTER_OTLP_PROTOCOL",
    ] {
        if let Ok(protocol) = std::env::var(name)
            && !protocol.is_empty()
            && protocol != "http/protobuf"
        {
            anyhow::bail!(
                "{name}={protocol}: switchboard exports traces over http/protobuf only \
                 (a collector's port 4318)"
            );
        }
    }
    let exporter = SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .build()
        .context("cannot set up the OTLP trace exporter")?;
    let mut resource = Resource::builder();
    if std::env::var_os("OTEL_SERVICE_NAME").is_none() {
        resource = resource.with_service_name("switchboard");
    }
    Ok(SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource.build())
        .build())
}

/// The span of one routed request, named by its method and route
/// template (`GET /api/v1/people`). Only the path is recorded, never the
/// query; [`record_status`] adds the answer's status.
pub fn request_span(method: &str, route: &str, path: &str, headers: &HeaderMap) -> Span {
    let span = tracing::info_span!(
        "request",
        otel.name = format!("{method} {route}"),
        otel.kind = "server",
        otel.status_code = Empty,
        http.request.method = method,
        http.route = route,
        url.path = path,
        http.response.status_code = Empty,
    );
    if EXPORTING.load(Ordering::Relaxed) {
        join_callers_trace(&span, headers);
    }
    span
}

/// A caller that sends `traceparent` (W3C Trace Context) gets the
/// request's span in its own trace.
fn join_callers_trace(span: &Span, headers: &HeaderMap) {
    let context = global::get_text_map_propagator(|propagator| {
        propagator.extract(&opentelemetry_http::HeaderExtractor(headers))
    });
    // Without a valid `traceparent` the context is empty, and the
    // request starts a trace of its own.
    let _ = span.set_parent(context);
}

/// The answer's status on the request's span; a server error marks the
/// span as failed.
pub fn record_status(span: &Span, status: u16) {
    span.record("http.response.status_code", status);
    if status >= 500 {
        span.record("otel.status_code", "ERROR");
    }
}
