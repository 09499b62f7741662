//! `/api/v1/carrier`: the carrier / SM-DP+ side of Webex Go (GO-15).
//! Authenticated with a machine credential of kind `carrier`
//! (`switchboard credential create --kind carrier --name NAME`), never with
//! an admin's token.
use axum::{
    Json,
    extract::{FromRequestParts, Path, State},
    http::request::Parts,
};
use domain::webex_go::CarrierEvent;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, RestError, bearer_token};
use crate::{http::AppState, store::MachineRecord};

/// The carrier behind `Authorization: Bearer <machine credential>`.
pub struct CarrierCaller(pub MachineRecord);

impl FromRequestParts<AppState> for CarrierCaller {
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RestError> {
        let token = bearer_token(parts)?;
        Ok(CarrierCaller(state.services.require_carrier(token).await?))
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Redemption {
    /// As the user typed or scanned it; case, spaces and hyphens do not
    /// matter.
    #[schema(example = "7K3QD-M9XWF-2HRTB-8VNPC-4GZJA")]
    pub activation_code: String,
}

/// A line as the carrier sees it.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// Use in `/carrier/lines/{lineId}/events`.
    pub line_id: String,
    /// `activation_pending`, `online` or `offline`.
    #[schema(example = "online")]
    pub status: String,
    #[schema(example = "+12314569000")]
    pub phone_number: Option<String>,
}

fn line(row: app::api::DeviceRow) -> Line {
    Line {
        line_id: row.id,
        status: row.status.as_str().into(),
        phone_number: row.phone_number,
    }
}

#[derive(Deserialize, ToSchema)]
pub struct LineEvent {
    /// `disabled` (→ offline), `enabled` (→ online) or `removed` (the eSIM
    /// was deleted from the phone → activation pending).
    #[schema(example = "disabled")]
    pub event: String,
}

/// GO-15: redeems an activation code. Single use: of concurrent
/// redemptions of one code exactly one succeeds. Refusals:
/// `activation_code_unknown`, `_expired` (90 days), `_used`, `_superseded`.
#[utoipa::path(post, path = "/carrier/activations", tag = "carrier", request_body = Redemption,
    responses((status = 200, body = Line), (status = 401, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn redeem(
    State(state): State<AppState>,
    CarrierCaller(carrier): CarrierCaller,
    ApiJson(body): ApiJson<Redemption>,
) -> Result<Json<Line>, RestError> {
    let row = state
        .services
        .redeem_activation_code(&carrier, &body.activation_code)
        .await?;
    Ok(Json(line(row)))
}

/// A line event's name as the carrier sends it.
pub(super) fn carrier_event(name: &str) -> Result<CarrierEvent, app::api::ApiError> {
    match name {
        "disabled" => Ok(CarrierEvent::Disabled),
        "enabled" => Ok(CarrierEvent::Enabled),
        "removed" => Ok(CarrierEvent::Removed),
        _ => Err(app::api::ApiError::field("event", domain::Code::BadRequest)),
    }
}

/// GO-15: the user disabled, enabled or removed the line on the phone.
/// `line_not_active` when a line never activated is disabled or enabled.
#[utoipa::path(post, path = "/carrier/lines/{lineId}/events", tag = "carrier",
    params(("lineId" = String, Path)), request_body = LineEvent,
    responses((status = 200, body = Line), (status = 404, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn line_event(
    State(state): State<AppState>,
    CarrierCaller(carrier): CarrierCaller,
    Path(line_id): Path<String>,
    ApiJson(body): ApiJson<LineEvent>,
) -> Result<Json<Line>, RestError> {
    let event = carrier_event(&body.event)?;
    let row = state
        .services
        .carrier_event(&carrier, &line_id, event)
        .await?;
    Ok(Json(line(row)))
}
