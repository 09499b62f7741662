//! `/api/v1/devices`: Webex Go lines and their activation codes (issue 5),
//! over the same service methods as the SPA's server functions.
use app::api::{ActivationDetails, AddWebexGoInput, DeviceQuery, DeviceRef, DeviceRow};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use domain::webex_go::LineStatus;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiJson, ApiQuery, RestError, TokenCaller, schema::OrgParam};
use crate::{http::AppState, tenancy::Caller};

/// A device: a Webex Go line on a user's own phone, or a partner-managed
/// SIP device of people or of a workspace.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub org_id: String,
    /// `webex_go` or `partner_managed`.
    #[schema(example = "webex_go")]
    pub product: String,
    #[schema(example = "Webex Go Device")]
    pub model: String,
    pub person_id: Option<String>,
    pub person_email: Option<String>,
    pub display_name: Option<String>,
    /// `activation_pending`, `online` or `offline` (GO-14).
    #[schema(example = "activation_pending")]
    pub status: String,
    #[schema(example = "+12314569000")]
    pub phone_number: Option<String>,
    pub subscription_id: Option<String>,
    /// A partner-managed device's MAC (12 upper-case hex digits).
    pub mac: Option<String>,
    /// A partner-managed device's people (PMD-5).
    pub person_ids: Vec<String>,
    /// The workspace of a workspace's device (PMD-6).
    pub workspace_id: Option<String>,
    pub created: i64,
    pub updated: i64,
}

pub fn device(row: DeviceRow) -> Device {
    let (person_id, person_email, display_name) = match row.owner {
        Some(owner) => (
            Some(owner.user_id),
            Some(owner.email),
            Some(owner.display_name),
        ),
        None => (None, None, None),
    };
    Device {
        id: row.id,
        org_id: row.org_id,
        product: row.kind.as_str().into(),
        model: row.model_name,
        person_id,
        person_email,
        display_name,
        status: row.status.as_str().into(),
        phone_number: row.phone_number,
        subscription_id: row.subscription_id,
        mac: row.mac,
        person_ids: row.users.into_iter().map(|u| u.user_id).collect(),
        workspace_id: row.workspace.map(|w| w.id),
        created: row.created_at_ms,
        updated: row.updated_at_ms,
    }
}

#[derive(Serialize, ToSchema)]
pub struct DeviceList {
    pub items: Vec<Device>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
    /// Devices matching the filters.
    pub total: u64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct DevicesQuery {
    pub org_id: Option<String>,
    /// Matched against the owner's name and email.
    pub search: Option<String>,
    /// `activation_pending`, `online` or `offline`.
    pub status: Option<String>,
    pub after: Option<String>,
    /// 1 to 200; 50 by default.
    pub limit: Option<u32>,
}

/// A new activation code and what a phone needs to use it (GO-11). Shown
/// only in the response that generated it.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Activation {
    pub device_id: String,
    #[schema(example = "7K3QD-M9XWF-2HRTB-8VNPC-4GZJA")]
    pub activation_code: String,
    pub smdp_address: String,
    pub network_provider_code: String,
    /// `LPA:1$<SM-DP+ address>$<activation code>`, what the QR code encodes.
    pub lpa: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
    pub expires: i64,
    /// Where the code was emailed; absent when the org suppresses email.
    pub emailed_to: Option<String>,
}

fn activation(details: ActivationDetails) -> Activation {
    Activation {
        device_id: details.device_id,
        activation_code: details.code,
        smdp_address: details.smdp_address,
        network_provider_code: details.network_provider_code,
        lpa: details.lpa,
        qr_svg: details.qr_svg,
        expires: details.expires_at_ms,
        emailed_to: details.emailed_to,
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WebexGoCreate {
    pub org_id: Option<String>,
    pub person_id: String,
    /// Required when the org has several Webex Go subscriptions (GO-3).
    pub subscription_id: Option<String>,
    /// Required when the person has no primary number (GO-3).
    pub phone_number: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct WebexGoCreated {
    pub device: Device,
    pub activation: Activation,
}

pub(super) fn org_of(
    caller: &Caller,
    org_id: Option<String>,
) -> Result<String, app::api::ApiError> {
    org_id
        .filter(|o| !o.is_empty())
        .or_else(|| caller.home_org_id().map(str::to_owned))
        .ok_or_else(app::api::ApiError::forbidden)
}

fn device_ref(caller: &Caller, org: OrgParam, id: String) -> Result<DeviceRef, RestError> {
    Ok(DeviceRef {
        org_id: org_of(caller, org.org_id)?,
        device_id: id,
    })
}

/// Lists the org's devices, newest first, with their real status (GO-14).
#[utoipa::path(get, path = "/devices", tag = "devices", params(DevicesQuery),
    responses((status = 200, body = DeviceList), (status = 401, body = super::schema::ErrorBody),
        (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_devices(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(query): ApiQuery<DevicesQuery>,
) -> Result<Json<DeviceList>, RestError> {
    let status = match query.status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => Some(
            LineStatus::parse(text)
                .ok_or_else(|| app::api::ApiError::field("status", domain::Code::BadRequest))?,
        ),
    };
    let page = state
        .services
        .list_devices(
            &caller,
            DeviceQuery {
                org_id: org_of(&caller, query.org_id)?,
                search: query.search.unwrap_or_default(),
                status,
                after: query.after,
                limit: query.limit,
            },
        )
        .await?;
    Ok(Json(DeviceList {
        items: page.devices.into_iter().map(device).collect(),
        next: page.next,
        total: page.total,
    }))
}

#[utoipa::path(get, path = "/devices/{id}", tag = "devices", params(("id" = String, Path), OrgParam),
    responses((status = 200, body = Device), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_device(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<Device>, RestError> {
    let device_ref = device_ref(&caller, org, id)?;
    let details = state.services.get_device(&caller, &device_ref).await?;
    Ok(Json(device(details.row)))
}

/// GO-13: deletes a device; its license returns to the pool.
#[utoipa::path(delete, path = "/devices/{id}", tag = "devices", params(("id" = String, Path), OrgParam),
    responses((status = 204), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_device(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<StatusCode, RestError> {
    let device_ref = device_ref(&caller, org, id)?;
    state.services.delete_device(&caller, &device_ref).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// GO-1 … GO-5: adds a Webex Go line to a person and issues its first
/// activation code (emailed unless the org suppresses email).
#[utoipa::path(post, path = "/devices/webexGo", tag = "devices", request_body = WebexGoCreate,
    responses((status = 201, body = WebexGoCreated), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create_webex_go(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiJson(body): ApiJson<WebexGoCreate>,
) -> Result<(StatusCode, Json<WebexGoCreated>), RestError> {
    let added = state
        .services
        .add_webex_go(
            &caller,
            AddWebexGoInput {
                org_id: org_of(&caller, body.org_id)?,
                user_id: body.person_id,
                subscription_id: body.subscription_id,
                phone_number: body.phone_number,
            },
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(WebexGoCreated {
            device: device(added.device),
            activation: activation(added.activation),
        }),
    ))
}

/// GO-10: a new activation code, only while activation is pending
/// (`activation_not_pending` otherwise); every earlier code stops working.
#[utoipa::path(post, path = "/devices/{id}/activationCode", tag = "devices",
    params(("id" = String, Path), OrgParam),
    responses((status = 201, body = Activation), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn regenerate_activation_code(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<(StatusCode, Json<Activation>), RestError> {
    let device_ref = device_ref(&caller, org, id)?;
    let details = state
        .services
        .new_activation_code(&caller, &device_ref, false)
        .await?;
    Ok((StatusCode::CREATED, Json(activation(details))))
}

/// GO-12: the phone was lost or stolen: the line on it stops working and
/// new activation details are issued.
#[utoipa::path(post, path = "/devices/{id}/lostStolen", tag = "devices",
    params(("id" = String, Path), OrgParam),
    responses((status = 201, body = Activation), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn report_lost_stolen(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<(StatusCode, Json<Activation>), RestError> {
    let device_ref = device_ref(&caller, org, id)?;
    let details = state
        .services
        .new_activation_code(&caller, &device_ref, true)
        .await?;
    Ok((StatusCode::CREATED, Json(activation(details))))
}
