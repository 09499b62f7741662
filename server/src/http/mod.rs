//! The HTTP surface: routing, hardening, the SPA's files, server functions
//! and the public REST API.
mod metrics;
mod rest;
mod security;
mod server_fns;
mod spa;

use std::sync::Arc;

use axum::{
    Router,
    extract::State,
    http::StatusCode,
    middleware,
    response::IntoResponse,
    routing::{any, get},
};
use tower_http::{limit::RequestBodyLimitLayer, trace::TraceLayer};

use app::api::ssr::PortalHandle;

use crate::services::Services;

pub use rest::{REQUEST_BODIES, decode_request_body};
pub use security::SecurityPolicy;
pub use spa::Spa;

/// Everything a request handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub services: Services,
    /// The services as the server functions reach them (built once).
    pub portal: PortalHandle,
    pub spa: Arc<Spa>,
    pub security: Arc<SecurityPolicy>,
}

impl AppState {
    pub fn new(services: Services) -> Self {
        let spa = Spa::load(&services.config.dist_dir);
        let security = SecurityPolicy::new(&spa, services.config.hsts);
        AppState {
            portal: PortalHandle(Arc::new(services.clone())),
            services,
            spa: Arc::new(spa),
            security: Arc::new(security),
        }
    }
}

pub fn router(state: AppState) -> Router {
    server_fns::register();
    let body_limit = state.services.config.body_limit;
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics::scrape_with_token))
        .nest("/api/v1", rest::router())
        .route("/api/{*fn_name}", any(server_fns::handle))
        .fallback(spa::serve)
        .layer(RequestBodyLimitLayer::new(body_limit))
        // Added after the general limit, so only their own applies.
        .merge(rest::upload_router().layer(RequestBodyLimitLayer::new(rest::UPLOAD_BODY_LIMIT)))
        .route_layer(middleware::from_fn(metrics::observe_route))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::harden,
        ))
        .layer(middleware::from_fn(metrics::track))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The separate metrics listener's router (`--metrics-addr`).
pub fn metrics_router(state: AppState) -> Router {
    metrics::private_router(state)
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The process can serve: its database answers.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if state.services.store.ping().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
