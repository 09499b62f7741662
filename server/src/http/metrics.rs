//! `/metrics` (issue 11.3) and the layers that count every request by the
//! route that answered it. The endpoint is for the operator's scraper:
//! on the portal's own address it needs `SWITCHBOARD_METRICS_TOKEN` as a
//! bearer token (and is a 404 without one configured); on a separate
//! `--metrics-addr` it needs nothing, the address being private.
use std::time::Instant;

use axum::{
    Router,
    extract::{MatchedPath, Request, State},
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};

use tracing::Instrument as _;

use super::{AppState, rest::error_response, server_fns::registered_paths};
use crate::{
    auth::secret::token_hash,
    metrics::{FALLBACK_ROUTE, registry},
    telemetry::{record_status, request_span},
};

/// The route template that answered, carried from the routed layer to
/// the outer one on the response.
#[derive(Clone)]
struct RouteLabel(String);

/// Inside the router (a route layer): notes which route matched, for the
/// metrics, and runs the request in a span named by it, for traces (the
/// route is known only here, and a span cannot be renamed once begun).
/// The server functions share one route; each registered function is its
/// own label (a fixed set), anything else under it stays the template.
pub async fn observe_route(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let label = match request.extensions().get::<MatchedPath>() {
        Some(matched)
            if matched.as_str() == "/api/{*fn_name}" && registered_paths().contains(path) =>
        {
            path.to_owned()
        }
        Some(matched) => matched.as_str().to_owned(),
        // A route layer runs only for matched routes.
        None => return next.run(request).await,
    };
    let span = request_span(request.method().as_str(), &label, path, request.headers());
    let mut response = next.run(request).instrument(span.clone()).await;
    record_status(&span, response.status().as_u16());
    response.extensions_mut().insert(RouteLabel(label));
    response
}

/// Around everything: counts the request and its latency by route.
pub async fn track(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let started = Instant::now();
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RouteLabel>()
        .map_or(FALLBACK_ROUTE, |label| label.0.as_str());
    registry().record_request(
        route,
        &method,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

/// `/metrics` on the portal's address: bearer token required.
pub async fn scrape_with_token(State(state): State<AppState>, request: Request) -> Response {
    let Some(expected) = state.services.config.metrics_token_hash.as_deref() else {
        return error_response(&app::api::ApiError::not_found());
    };
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    // Hashes are compared, so the time taken says nothing about the token.
    if presented.map(token_hash).as_deref() != Some(expected) {
        let mut response = error_response(&app::api::ApiError::unauthenticated());
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Bearer"),
        );
        return response;
    }
    scrape(State(state)).await
}

/// The metrics in the Prometheus text format.
async fn scrape(State(state): State<AppState>) -> Response {
    match crate::metrics::render(&state.services.store).await {
        Ok(text) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        Err(error) => {
            tracing::warn!(%error, "metrics: the store did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// The router of a separate metrics address: `/metrics` only, no token.
pub fn private_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(state)
}
