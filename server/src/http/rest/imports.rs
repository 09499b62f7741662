//! Users imports over HTTP (issue 4, item 10): upload (checked at once,
//! stored as a draft), dry-run figures, apply as a background job, poll,
//! per-row results, the template. The SPA uses these same endpoints with
//! its session (a file of up to 50 MB does not fit a server function), so
//! the browser and automation share one path.
use app::api::{ApplyImport, ImportCheck, ImportJob, ImportRows};
use axum::{
    Json,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::IntoResponse,
};
use domain::users_csv::{FileKeys, ImportMode, OrgContext, OrgFacts, template_header};
use serde::Deserialize;
use utoipa::IntoParams;

use super::{AnyCaller, ApiJson, ApiQuery, RestError};
use crate::http::AppState;

/// The header that makes an upload idempotent.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

#[derive(Debug, Deserialize, IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// The file's name, for the job list.
    #[serde(default)]
    pub file_name: Option<String>,
    /// `default` or `add_and_remove_services` (PH-5), for the dry run.
    #[serde(default)]
    pub mode: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct RowsParams {
    #[serde(default)]
    pub after_row: Option<i64>,
    #[serde(default)]
    pub limit: Option<i64>,
}

/// The org's locations, catalog and license pools: what a file is checked
/// against before upload.
#[utoipa::path(get, path = "/organizations/{id}/imports/users/context", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 200, description = "The org's import context")),
    security(("bearer" = [])))]
pub async fn import_context(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(org_id): Path<String>,
) -> Result<Json<OrgContext>, RestError> {
    Ok(Json(state.services.import_context(&caller, &org_id).await?))
}

/// What the org's data says about a file's emails, extensions and numbers.
#[utoipa::path(post, path = "/organizations/{id}/imports/users/facts", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 200, description = "The org's facts about the keys")),
    security(("bearer" = [])))]
pub async fn import_facts(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(org_id): Path<String>,
    ApiJson(keys): ApiJson<FileKeys>,
) -> Result<Json<OrgFacts>, RestError> {
    Ok(Json(
        state.services.import_facts(&caller, &org_id, &keys).await?,
    ))
}

/// Uploads a users CSV (the body, up to 50 MB) with an `Idempotency-Key`
/// header. The server checks it with the same rules as the browser and
/// answers with every finding and the dry run's figures; nothing is
/// applied until `POST /imports/{id}/apply`. The same key answers with the
/// same import.
#[utoipa::path(post, path = "/organizations/{id}/imports/users", tag = "imports",
    params(("id" = String, Path), UploadParams,
        ("Idempotency-Key" = String, Header, description = "One key per upload")),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 201, description = "Checked and stored as a draft"),
        (status = 413, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn upload_users(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(org_id): Path<String>,
    ApiQuery(params): ApiQuery<UploadParams>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<ImportCheck>), RestError> {
    let key = headers
        .get(IDEMPOTENCY_KEY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mode = match params.mode.as_deref() {
        None | Some("") => ImportMode::Default,
        Some(text) => ImportMode::parse(text)
            .ok_or_else(|| app::api::ApiError::field("mode", domain::Code::BadRequest))?,
    };
    let check = state
        .services
        .upload_users_csv(
            &caller,
            &org_id,
            key,
            params.file_name.as_deref().unwrap_or("users.csv"),
            &body,
            mode,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(check)))
}

/// The org's recent imports, newest first.
#[utoipa::path(get, path = "/organizations/{id}/imports", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 200, description = "Imports")),
    security(("bearer" = [])))]
pub async fn list_imports(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(org_id): Path<String>,
) -> Result<Json<Vec<ImportJob>>, RestError> {
    Ok(Json(state.services.list_imports(&caller, &org_id).await?))
}

/// One import: its status and progress (rows done of total).
#[utoipa::path(get, path = "/imports/{id}", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 200, description = "The import"), (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_import(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(id): Path<String>,
) -> Result<Json<ImportJob>, RestError> {
    Ok(Json(state.services.import_status(&caller, &id).await?))
}

/// Applies a draft as a background job with the chosen mode; all or
/// nothing on request. Applying twice applies once.
#[utoipa::path(post, path = "/imports/{id}/apply", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 202, description = "Queued"), (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn apply_import(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(id): Path<String>,
    ApiJson(apply): ApiJson<ApplyImport>,
) -> Result<(StatusCode, Json<ImportJob>), RestError> {
    let job = state.services.apply_import(&caller, &id, &apply).await?;
    Ok((StatusCode::ACCEPTED, Json(job)))
}

/// Undoes an applied import within 24 hours of its end: every user, license
/// and number it changed is restored, unless a later change touched the
/// same user (that row is listed and left alone). Runs in the background.
#[utoipa::path(post, path = "/imports/{id}/undo", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 202, description = "Undo queued"),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn undo_import(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<ImportJob>), RestError> {
    let job = state.services.undo_import(&caller, &id).await?;
    Ok((StatusCode::ACCEPTED, Json(job)))
}

/// The result of every row, in row order, a page at a time.
#[utoipa::path(get, path = "/imports/{id}/rows", tag = "imports",
    params(("id" = String, Path), RowsParams),
    responses((status = 200, description = "Row results")),
    security(("bearer" = [])))]
pub async fn import_rows(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<RowsParams>,
) -> Result<Json<ImportRows>, RestError> {
    let rows = state
        .services
        .import_rows(
            &caller,
            &id,
            params.after_row.unwrap_or(0),
            params.limit.unwrap_or(200),
        )
        .await?;
    Ok(Json(rows))
}

/// The org's users in the template's format (SPEC 5.2), every cell safe
/// to open in a spreadsheet; imported back unchanged it changes nothing.
#[utoipa::path(get, path = "/organizations/{id}/people.csv", tag = "imports",
    params(("id" = String, Path)),
    responses((status = 200, description = "The users", content_type = "text/csv"),
        (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn export_users(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(org_id): Path<String>,
) -> Result<impl IntoResponse, RestError> {
    let csv = state.services.export_users_csv(&caller, &org_id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"users.csv\"",
            ),
        ],
        csv,
    ))
}

/// The users CSV template: the header row of SPEC 5.2.
#[utoipa::path(get, path = "/imports/users/template", tag = "imports",
    responses((status = 200, description = "The template", content_type = "text/csv")))]
pub async fn users_template() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"users-template.csv\"",
            ),
        ],
        format!("{}\r\n", template_header()),
    )
}
