//! `/api/v1/devices/…`: Webex Go lines in bulk from a devices CSV (GO-7 …
//! GO-9): the template, the facts a file is checked against, a file
//! submitted as a background job, its progress and per-row results. The
//! SPA uses these same endpoints with its session.
use app::api::{DeviceImportJob, DeviceImportRows};
use axum::{
    Json,
    extract::{Path, State},
    http::{StatusCode, header},
    response::IntoResponse,
};
use domain::devices_csv::{DeviceFileKeys, DeviceImportFacts};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::{AnyCaller, ApiJson, ApiQuery, RestError, devices::org_of, schema::OrgParam};
use crate::{http::AppState, services::DeviceImportSubmission};

/// A devices CSV to apply.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeviceImportRequest {
    /// The file's name, for the job.
    #[schema(example = "webex-go.csv")]
    pub file_name: String,
    /// The file's text (UTF-8), at most 50 MB.
    pub csv: String,
    /// GO-9: email each user their activation code (not sent when the org
    /// suppresses email; the line then waits in *Activation pending* for a
    /// code an admin generates on the device).
    #[serde(default)]
    pub email_activation_codes: bool,
    /// One key per file: the same key again answers with the same job.
    pub idempotency_key: String,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct DeviceImportRowsQuery {
    pub org_id: Option<String>,
    /// The last row of the previous page.
    pub after_row: Option<i64>,
    /// 1 to 1,000; 200 by default.
    pub limit: Option<i64>,
}

/// GO-7, GO-8: the devices CSV template of the org: the fixed columns, then
/// one `Webex Go [Sub. <subscription id>]` column per subscription with
/// Webex Go licenses.
#[utoipa::path(get, path = "/devices/template", tag = "devices", params(OrgParam),
    responses((status = 200, description = "The template", content_type = "text/csv"),
        (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn devices_template(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<impl IntoResponse, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let csv = state.services.devices_template(&caller, &org_id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"webex-go-template.csv\"",
            ),
        ],
        csv,
    ))
}

/// What the org's data says about a devices file's usernames and numbers
/// (as `domain::devices_csv::DeviceFileCheck::keys` lists them): its Webex
/// Go subscriptions and licenses left, the users with their licenses,
/// location, extension, number and line, and the numbers' inventory
/// entries.
#[utoipa::path(post, path = "/devices/importFacts", tag = "devices", params(OrgParam),
    responses((status = 200, description = "The org's facts about the keys"),
        (status = 403, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn device_import_facts(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(keys): ApiJson<DeviceFileKeys>,
) -> Result<Json<DeviceImportFacts>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    Ok(Json(
        state
            .services
            .device_import_facts(&caller, &org_id, &keys)
            .await?,
    ))
}

/// GO-9: checks a devices CSV against the org with the same rules as the
/// browser and queues its Webex Go lines as a background job. A file with
/// any error is refused (422, every finding) and nothing is applied. Each
/// row is applied on its own (GO-1 … GO-5 checked again): a row that
/// cannot be applied any more (the last license taken meanwhile) is
/// refused with its code and the others go on. The same idempotency key
/// answers with the same job.
#[utoipa::path(post, path = "/devices/imports", tag = "devices", params(OrgParam),
    request_body = DeviceImportRequest,
    responses((status = 202, description = "Queued (or queued before with the same key)"),
        (status = 403, body = super::schema::ErrorBody),
        (status = 413, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn submit_device_import(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(body): ApiJson<DeviceImportRequest>,
) -> Result<(StatusCode, Json<DeviceImportJob>), RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let (job, _) = state
        .services
        .submit_device_import(
            &caller,
            &org_id,
            &DeviceImportSubmission {
                file_name: &body.file_name,
                csv: &body.csv,
                email_codes: body.email_activation_codes,
                idempotency_key: &body.idempotency_key,
            },
        )
        .await?;
    Ok((StatusCode::ACCEPTED, Json(job)))
}

/// A devices import: its status and progress (rows done of total, lines
/// added, rows refused).
#[utoipa::path(get, path = "/devices/imports/{id}", tag = "devices",
    params(("id" = String, Path), OrgParam),
    responses((status = 200, description = "The job"), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_device_import(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<DeviceImportJob>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    Ok(Json(
        state
            .services
            .device_import_status(&caller, &org_id, &id)
            .await?,
    ))
}

/// The result of every row of a devices import, in row order, a page at
/// a time: the line added and whether its code was emailed, or why the
/// row was refused.
#[utoipa::path(get, path = "/devices/imports/{id}/rows", tag = "devices",
    params(("id" = String, Path), DeviceImportRowsQuery),
    responses((status = 200, description = "Row results"), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn device_import_rows(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<DeviceImportRowsQuery>,
) -> Result<Json<DeviceImportRows>, RestError> {
    let org_id = org_of(&caller, query.org_id)?;
    Ok(Json(
        state
            .services
            .device_import_rows(
                &caller,
                &org_id,
                &id,
                query.after_row.unwrap_or(0),
                query.limit.unwrap_or(200),
            )
            .await?,
    ))
}
