//! `/api/v1`: the public REST API for automation. Bearer API tokens
//! (`switchboard token create`), JSON in and out, errors as
//! `{"code", "message", "findings"}` with the status of the code.
//!
//! The OpenAPI document at `/api/v1/openapi.json` is generated from the
//! handlers and types below (`utoipa`), so it cannot drift from the code.
mod bodies;
mod call_records;
mod carrier;
mod catalog;
mod device_imports;
mod devices;
mod directory;
mod imports;
mod orders;
mod partner_devices;
mod schema;
mod workspaces;

use std::sync::Arc;

use app::{
    api::{ApiError, CustomerQuery, OrgDetails},
    i18n::Catalog,
};
use axum::{
    Json, Router,
    body::Body,
    extract::{FromRequest, FromRequestParts, Path, Query, Request, State},
    http::{StatusCode, header, request::Parts},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use domain::{Code, Language};
use utoipa::{
    Modify, OpenApi,
    openapi::security::{Http, HttpAuthScheme, SecurityScheme},
};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::AppState;
use crate::tenancy::Caller;
pub use bodies::{REQUEST_BODIES, decode_request_body};
use schema::{Organization, OrganizationList};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Switchboard API",
        version = "1",
        description = "Provisioning automation: organizations, people, licenses, locations, \
                       numbers, the catalog, devices (Webex Go lines and partner-managed SIP devices, in bulk by MAC) and workspaces; the carrier's Webex Go \
                       activation API (`/carrier`, machine credentials from `switchboard credential create`); \
                       detailed call history (`/callRecords`: ingest with a `call_records` machine \
                       credential, report and CSV export with a token); order intake from the ordering system \
                       (`/orders`, an `ordering` machine credential). Authenticate with `Authorization: Bearer <token>` (tokens come from \
                       `switchboard token create`). Errors are `{code, message, findings}`; codes \
                       are stable, messages follow `Accept-Language`."
    ),
    servers((url = "/api/v1")),
    modifiers(&BearerAuth),
    components(schemas(schema::ErrorBody, schema::FindingBody))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The REST routes and their OpenAPI document, from one declaration.
fn documented_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_organizations))
        .routes(routes!(get_organization))
        .routes(routes!(directory::list_people, directory::create_person))
        .routes(routes!(
            directory::get_person,
            directory::update_person,
            directory::delete_person
        ))
        .routes(routes!(directory::list_licenses))
        .routes(routes!(directory::get_license))
        .routes(routes!(
            directory::list_locations,
            directory::create_location
        ))
        .routes(routes!(
            directory::get_location,
            directory::update_location,
            directory::delete_location
        ))
        .routes(routes!(directory::list_numbers, directory::create_numbers))
        .routes(routes!(directory::delete_number))
        .routes(routes!(catalog::get_catalog))
        .routes(routes!(catalog::rename_catalog_entry))
        .routes(routes!(imports::import_context))
        .routes(routes!(imports::list_imports))
        .routes(routes!(imports::get_import))
        .routes(routes!(imports::apply_import))
        .routes(routes!(imports::undo_import))
        .routes(routes!(imports::import_rows))
        .routes(routes!(imports::users_template))
        .routes(routes!(imports::export_users))
        .routes(routes!(devices::list_devices))
        .routes(routes!(devices::get_device, devices::delete_device))
        .routes(routes!(devices::create_webex_go))
        .routes(routes!(devices::regenerate_activation_code))
        .routes(routes!(devices::report_lost_stolen))
        .routes(routes!(partner_devices::validate_macs))
        .routes(routes!(partner_devices::bulk_devices))
        .routes(routes!(
            workspaces::list_workspaces,
            workspaces::create_workspace
        ))
        .routes(routes!(
            workspaces::get_workspace,
            workspaces::delete_workspace
        ))
        .routes(routes!(device_imports::devices_template))
        .routes(routes!(device_imports::get_device_import))
        .routes(routes!(device_imports::device_import_rows))
        .routes(routes!(carrier::redeem))
        .routes(routes!(carrier::line_event))
        .routes(routes!(
            call_records::list_call_records,
            call_records::ingest_call_records
        ))
        .routes(routes!(call_records::export_call_records))
        .routes(routes!(orders::receive_order))
        .routes(routes!(orders::order_summary))
}

/// Routes whose bodies may be as large as a users CSV (50 MB): they get
/// their own body limit instead of the API's.
fn documented_upload_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(imports::upload_users))
        .routes(routes!(imports::import_facts))
        .routes(routes!(device_imports::device_import_facts))
        .routes(routes!(device_imports::submit_device_import))
}

/// The largest upload body: a users CSV at its limit, with room for a
/// multipart envelope.
pub const UPLOAD_BODY_LIMIT: usize = domain::users_csv::MAX_FILE_BYTES + 64 * 1024;

/// The upload routes, mounted beside [`router`] with their own limit.
pub fn upload_router() -> Router<AppState> {
    let (routes, _) = documented_upload_routes().split_for_parts();
    Router::new()
        .nest("/api/v1", routes)
        // axum's extractors stop at 2 MB unless told otherwise.
        .layer(axum::extract::DefaultBodyLimit::max(UPLOAD_BODY_LIMIT))
        .layer(middleware::from_fn(localize_errors))
}

pub fn router() -> Router<AppState> {
    let (routes, mut api) = documented_routes().split_for_parts();
    let (_, uploads) = documented_upload_routes().split_for_parts();
    api.merge(uploads);
    document_error_responses(&mut api);
    let document: Arc<str> = api.to_pretty_json().unwrap_or_else(|_| "{}".into()).into();
    routes
        .route(
            "/openapi.json",
            get(move || {
                let document = document.clone();
                async move {
                    (
                        [(header::CONTENT_TYPE, "application/json")],
                        document.to_string(),
                    )
                }
            }),
        )
        .fallback(not_found)
        .layer(middleware::from_fn(localize_errors))
}

/// Every operation can answer with an error besides the ones its
/// annotation names (a malformed query or body is `bad_request`, a missing
/// token `unauthenticated`, an org out of reach `forbidden`, …): document
/// them once, as each operation's `default` response, so the document
/// describes every answer the API gives.
fn document_error_responses(api: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let error = ResponseBuilder::new()
        .description(
            "An error: `{code, message, findings}`, with the status of its code \
             (400 bad input, 401 no or unknown token, 403 out of reach, 404 unknown, \
             409 conflict, 413 too large, 422 refused by a rule)",
        )
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build();
    for item in api.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            operation
                .responses
                .responses
                .entry("default".into())
                .or_insert_with(|| RefOr::T(error.clone()));
        }
    }
}

/// A JSON body; a body that is not valid JSON for the type is a
/// `bad_request` in our error shape, not axum's plain-text rejection.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = RestError;

    async fn from_request(request: Request, state: &S) -> Result<Self, RestError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(ApiError::new(Code::BadRequest, rejection.body_text()).into()),
        }
    }
}

/// Query parameters, rejected in our error shape.
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, RestError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(ApiError::new(Code::BadRequest, rejection.body_text()).into()),
        }
    }
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

/// The token of `Authorization: Bearer <token>`, or `unauthenticated`.
pub(crate) fn bearer_token(parts: &Parts) -> Result<&str, RestError> {
    Ok(parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(app::api::ApiError::unauthenticated)?)
}

/// The caller behind `Authorization: Bearer <token>`.
pub struct TokenCaller(pub Caller);

impl FromRequestParts<AppState> for TokenCaller {
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RestError> {
        let token = bearer_token(parts)?;
        Ok(TokenCaller(state.services.require_api_token(token).await?))
    }
}

/// The caller behind a bearer token, or else behind the SPA's session
/// cookie. With the cookie, a request that changes anything must come from
/// our own origin (CSRF), as for the server functions.
pub struct AnyCaller(pub Caller);

impl FromRequestParts<AppState> for AnyCaller {
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RestError> {
        if parts.headers.contains_key(header::AUTHORIZATION) {
            let TokenCaller(caller) = TokenCaller::from_request_parts(parts, state).await?;
            return Ok(AnyCaller(caller));
        }
        let token = state.services.cookie_policy().read(&parts.headers);
        if token.is_none() {
            return Err(ApiError::unauthenticated().into());
        }
        let safe = matches!(
            parts.method,
            axum::http::Method::GET | axum::http::Method::HEAD
        );
        if !safe && !super::security::same_origin(&parts.headers) {
            return Err(ApiError::new(Code::CsrfRejected, "cross-site request refused").into());
        }
        Ok(AnyCaller(
            state.services.require_session(token.as_deref()).await?,
        ))
    }
}

async fn not_found() -> RestError {
    ApiError::not_found().into()
}

/// Orgs the token's admin administers, and the customers of its partner
/// orgs.
#[utoipa::path(get, path = "/organizations", tag = "organizations",
    responses((status = 200, body = OrganizationList), (status = 401, body = schema::ErrorBody)),
    security(("bearer" = [])))]
async fn list_organizations(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
) -> Result<Json<OrganizationList>, RestError> {
    let mut items: Vec<Organization> = caller
        .grants
        .iter()
        .map(|g| Organization {
            id: g.org_id.clone(),
            display_name: g.org_name.clone(),
            role: Some(g.role.as_str().into()),
        })
        .collect();
    if caller.partner_org_ids().next().is_some() {
        for customer in state
            .services
            .list_customers(&caller, CustomerQuery::default())
            .await?
        {
            items.push(Organization {
                id: customer.id,
                display_name: customer.name,
                role: None,
            });
        }
    }
    Ok(Json(OrganizationList { items }))
}

/// One org: details, managing partner, admins and license pools.
#[utoipa::path(get, path = "/organizations/{id}", tag = "organizations",
    params(("id" = String, Path)),
    responses((status = 200, description = "The organization"), (status = 403, body = schema::ErrorBody)),
    security(("bearer" = [])))]
async fn get_organization(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
) -> Result<Json<OrgDetails>, RestError> {
    Ok(Json(state.services.org_overview(&caller, &id).await?))
}
