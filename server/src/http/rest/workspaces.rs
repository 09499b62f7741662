//! `/api/v1/workspaces`: rooms with their own phones (PMD-6 … PMD-8), over
//! the same service methods as the SPA's server functions.
use app::api::{CreateWorkspaceInput, NewDeviceInput, WorkspaceRef, WorkspaceRow};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    ApiJson, ApiQuery, RestError, TokenCaller,
    devices::{Device, device, org_of},
    schema::OrgParam,
};
use crate::http::AppState;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    pub id: String,
    pub org_id: String,
    #[schema(example = "Boardroom")]
    pub display_name: String,
    /// `meeting_room`, `huddle_room`, `lobby`, `open_space`, `office` or
    /// `other`.
    #[schema(example = "meeting_room")]
    pub room_type: String,
    pub capacity: u16,
    /// `professional` (up to 5 devices) or `common_area` (one).
    #[schema(example = "professional")]
    pub license: String,
    pub subscription_id: String,
    pub location_id: String,
    pub phone_number: Option<String>,
    pub extension: Option<String>,
    pub device_count: u32,
    pub device_limit: u32,
    pub created: i64,
}

fn workspace(row: WorkspaceRow) -> Workspace {
    Workspace {
        id: row.id,
        org_id: row.org_id,
        display_name: row.name,
        room_type: row.room_type.as_str().into(),
        capacity: row.capacity,
        license: row.license.as_str().into(),
        subscription_id: row.subscription_id,
        location_id: row.location_id,
        phone_number: row.phone_number,
        extension: row.extension,
        device_count: row.device_count,
        device_limit: row.device_limit,
        created: row.created_at_ms,
    }
}

#[derive(Serialize, ToSchema)]
pub struct WorkspaceList {
    pub items: Vec<Workspace>,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceDevice {
    /// A catalog key or id (`poly_vvx_450`).
    pub model: String,
    pub mac: String,
    /// PMD-1: the caller owns the SIP credentials and their safety.
    pub disclaimer_acknowledged: bool,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceCreate {
    pub org_id: Option<String>,
    pub display_name: String,
    pub room_type: String,
    pub capacity: u16,
    pub license: String,
    pub subscription_id: Option<String>,
    pub location_id: String,
    /// One of the location's free numbers.
    pub phone_number: String,
    pub extension: Option<String>,
    /// The workspace's first device.
    pub device: WorkspaceDevice,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceCreated {
    pub workspace: Workspace,
    pub device: Device,
    pub sip_user_name: String,
    pub sip_realm: String,
    /// Shown once, in this response only (PMD-9).
    pub sip_password: String,
}

/// The org's workspaces by name.
#[utoipa::path(get, path = "/workspaces", tag = "workspaces", params(OrgParam),
    responses((status = 200, body = WorkspaceList), (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_workspaces(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<WorkspaceList>, RestError> {
    let rows = state
        .services
        .list_workspaces(&caller, &org_of(&caller, org.org_id)?)
        .await?;
    Ok(Json(WorkspaceList {
        items: rows.into_iter().map(workspace).collect(),
    }))
}

/// The service's input for a new workspace in `org_id`.
pub(super) fn workspace_input(org_id: String, body: WorkspaceCreate) -> CreateWorkspaceInput {
    CreateWorkspaceInput {
        org_id,
        name: body.display_name,
        room_type: body.room_type,
        capacity: body.capacity.to_string(),
        device: NewDeviceInput {
            model: body.device.model,
            mac: body.device.mac,
            disclaimer_acknowledged: body.device.disclaimer_acknowledged,
        },
        license: body.license,
        subscription_id: body.subscription_id,
        location_id: body.location_id,
        phone_number: body.phone_number,
        extension: body.extension,
    }
}

/// PMD-6: creates a workspace with its Calling license, a free number of
/// its location and its first partner-managed device.
#[utoipa::path(post, path = "/workspaces", tag = "workspaces", request_body = WorkspaceCreate,
    responses((status = 201, body = WorkspaceCreated), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create_workspace(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiJson(body): ApiJson<WorkspaceCreate>,
) -> Result<(StatusCode, Json<WorkspaceCreated>), RestError> {
    let created = state
        .services
        .create_workspace(
            &caller,
            workspace_input(org_of(&caller, body.org_id.clone())?, body),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(WorkspaceCreated {
            workspace: workspace(created.workspace),
            device: device(created.device),
            sip_user_name: created.credentials.user_name,
            sip_realm: created.credentials.realm,
            sip_password: created.credentials.password,
        }),
    ))
}

fn workspace_ref(
    caller: &crate::tenancy::Caller,
    org: OrgParam,
    id: String,
) -> Result<WorkspaceRef, RestError> {
    Ok(WorkspaceRef {
        org_id: org_of(caller, org.org_id)?,
        workspace_id: id,
    })
}

#[utoipa::path(get, path = "/workspaces/{id}", tag = "workspaces",
    params(("id" = String, Path), OrgParam),
    responses((status = 200, body = Workspace), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_workspace(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<Workspace>, RestError> {
    let reference = workspace_ref(&caller, org, id)?;
    let details = state.services.get_workspace(&caller, &reference).await?;
    Ok(Json(workspace(details.row)))
}

/// Deletes a workspace: its license and number return, its devices go.
#[utoipa::path(delete, path = "/workspaces/{id}", tag = "workspaces",
    params(("id" = String, Path), OrgParam),
    responses((status = 204), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_workspace(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<StatusCode, RestError> {
    let reference = workspace_ref(&caller, org, id)?;
    state.services.delete_workspace(&caller, &reference).await?;
    Ok(StatusCode::NO_CONTENT)
}
