//! `/api/v1`: the public REST API for automation. Bearer API tokens
//! (`switchboard token create`), JSON in and out, errors as
//! `{"code", "message", "findings"}` with the status of the code.
use app::{
    api::{ApiError, CustomerQuery},
    i18n::Catalog,
};
use axum::{
    Json, Router,
    body::Body,
    extract::{FromRequestParts, Path, Request, State},
    http::{StatusCode, header, request::Parts},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use domain::Language;
use serde_json::json;

use super::AppState;
use crate::tenancy::Caller;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/organizations", get(list_organizations))
        .route("/organizations/{id}", get(get_organization))
        .fallback(not_found)
        .layer(middleware::from_fn(localize_errors))
}

/// Largest error body the localizer rewrites (ours are far smaller).
const ERROR_BODY_LIMIT: usize = 256 * 1024;

/// An error's `message` in the language the request names
/// (`Accept-Language`), from the same catalog the SPA uses; without one it
/// stays English. Codes never change with the language.
async fn localize_errors(request: Request, next: Next) -> Response {
    let language = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::from_accept_language);
    let response = next.run(request).await;
    let Some(language) = language else {
        return response;
    };
    if !(response.status().is_client_error() || response.status().is_server_error()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, ERROR_BODY_LIMIT).await else {
        return error_response(&ApiError::internal());
    };
    match serde_json::from_slice::<ApiError>(&bytes) {
        Ok(mut error) => {
            error.message = Catalog::get().code(language, error.code);
            parts.headers.remove(header::CONTENT_LENGTH);
            let mut localized = Json(error).into_response();
            *localized.status_mut() = parts.status;
            for (name, value) in &parts.headers {
                localized.headers_mut().insert(name, value.clone());
            }
            localized
        }
        Err(_) => Response::from_parts(parts, Body::from(bytes)),
    }
}

pub fn error_response(error: &ApiError) -> Response {
    let status =
        StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(error)).into_response()
}

/// A REST error: the shared [`ApiError`] with its status.
pub struct RestError(ApiError);

impl From<ApiError> for RestError {
    fn from(error: ApiError) -> Self {
        RestError(error)
    }
}

impl IntoResponse for RestError {
    fn into_response(self) -> Response {
        let mut response = error_response(&self.0);
        if self.0.code == domain::Code::Unauthenticated {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

/// The caller behind `Authorization: Bearer <token>`.
pub struct TokenCaller(pub Caller);

impl FromRequestParts<AppState> for TokenCaller {
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RestError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(ApiError::unauthenticated)?;
        Ok(TokenCaller(state.services.require_api_token(token).await?))
    }
}

async fn not_found() -> RestError {
    ApiError::not_found().into()
}

/// Orgs the token's admin administers, and the customers of its partner
/// orgs.
async fn list_organizations(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
) -> Result<Response, RestError> {
    let mut items: Vec<serde_json::Value> = caller
        .grants
        .iter()
        .map(|g| json!({"id": g.org_id, "displayName": g.org_name, "role": g.role.as_str()}))
        .collect();
    if caller.partner_org_ids().next().is_some() {
        for customer in state
            .services
            .list_customers(&caller, CustomerQuery::default())
            .await?
        {
            items.push(json!({"id": customer.id, "displayName": customer.name, "role": null}));
        }
    }
    Ok(Json(json!({ "items": items })).into_response())
}

async fn get_organization(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
) -> Result<Response, RestError> {
    let org = state.services.org_overview(&caller, &id).await?;
    Ok(Json(org).into_response())
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
        .into_response()
}
