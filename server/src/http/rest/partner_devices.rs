//! `/api/v1/devices/partnerManaged`: partner-managed SIP devices in bulk
//! (PMD-10), over the same service methods as the SPA's server functions.
use axum::{Json, extract::State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, RestError, TokenCaller, devices::org_of, schema::FindingBody};
use crate::{
    http::AppState,
    services::{BulkDeviceAction, BulkDeviceResult},
};

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MacValidation {
    pub org_id: Option<String>,
    /// Up to 500 MAC addresses, in any accepted spelling.
    pub macs: Vec<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MacVerdict {
    /// The MAC as sent.
    pub mac: String,
    /// 12 upper-case hex digits, when it is a MAC address.
    pub normalized: Option<String>,
    /// `AVAILABLE`, `UNAVAILABLE` (a device has it), `DUPLICATE_IN_LIST`
    /// (an earlier entry is the same address) or `INVALID`.
    #[schema(example = "AVAILABLE")]
    pub status: String,
}

#[derive(Serialize, ToSchema)]
pub struct MacVerdicts {
    pub items: Vec<MacVerdict>,
}

/// PMD-10: checks MAC addresses before anything is created.
#[utoipa::path(post, path = "/devices/partnerManaged/validateMacs", tag = "devices",
    request_body = MacValidation,
    responses((status = 200, body = MacVerdicts), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn validate_macs(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiJson(body): ApiJson<MacValidation>,
) -> Result<Json<MacVerdicts>, RestError> {
    let rows = state
        .services
        .validate_macs(
            &caller,
            app::api::ValidateMacsInput {
                org_id: org_of(&caller, body.org_id)?,
                macs: body.macs,
            },
        )
        .await?;
    let items = rows
        .into_iter()
        .map(|row| MacVerdict {
            mac: row.input,
            normalized: row.mac,
            status: serde_json::to_value(row.result)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        })
        .collect();
    Ok(Json(MacVerdicts { items }))
}

/// One item of a bulk request.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkDeviceItem {
    /// `create`, `update` or `delete`.
    #[schema(example = "create")]
    pub action: String,
    pub mac: String,
    /// create: a catalog key or id (`poly_vvx_250`).
    pub model: Option<String>,
    /// create: the people who use the device; update: its users from now on.
    pub person_ids: Option<Vec<String>>,
    /// create: the workspace instead of people.
    pub workspace_id: Option<String>,
    /// create: PMD-1, the caller owns the SIP credentials and their safety.
    #[serde(default)]
    pub disclaimer_acknowledged: bool,
    /// update: generate a new SIP password (returned once).
    #[serde(default)]
    pub new_password: bool,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkDevices {
    pub org_id: Option<String>,
    /// Up to 500 items, applied in order, each on its own.
    pub items: Vec<BulkDeviceItem>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkDeviceItemResult {
    pub mac: String,
    /// `CREATED`, `UPDATED`, `UNCHANGED` (create of a MAC this org has),
    /// `DELETED`, `ABSENT` (delete of a MAC this org does not have) or
    /// `ERROR`.
    #[schema(example = "CREATED")]
    pub result: String,
    pub device_id: Option<String>,
    pub sip_user_name: Option<String>,
    pub sip_realm: Option<String>,
    /// Only in the response of the item that generated it; never again.
    pub sip_password: Option<String>,
    /// For `ERROR`: the stable code and an English message.
    pub code: Option<String>,
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<FindingBody>,
}

#[derive(Serialize, ToSchema)]
pub struct BulkDeviceResults {
    pub items: Vec<BulkDeviceItemResult>,
}

/// The items of a bulk request as actions; the first unknown action is
/// refused with its row.
pub(super) fn actions(
    items: Vec<BulkDeviceItem>,
) -> Result<Vec<BulkDeviceAction>, app::api::ApiError> {
    let mut actions = Vec::with_capacity(items.len());
    for (row, item) in items.into_iter().enumerate() {
        actions.push(action(item).map_err(|mut error| {
            for finding in &mut error.findings {
                finding.row = u32::try_from(row).ok();
            }
            error
        })?);
    }
    Ok(actions)
}

fn action(item: BulkDeviceItem) -> Result<BulkDeviceAction, app::api::ApiError> {
    match item.action.as_str() {
        "create" => Ok(BulkDeviceAction::Create {
            mac: item.mac,
            model: item.model.unwrap_or_default(),
            user_ids: item.person_ids.unwrap_or_default(),
            workspace_id: item.workspace_id,
            disclaimer_acknowledged: item.disclaimer_acknowledged,
        }),
        "update" => Ok(BulkDeviceAction::Update {
            mac: item.mac,
            user_ids: item.person_ids,
            new_password: item.new_password,
        }),
        "delete" => Ok(BulkDeviceAction::Delete { mac: item.mac }),
        _ => Err(app::api::ApiError::field(
            "action",
            domain::Code::BadRequest,
        )),
    }
}

fn item_result(result: BulkDeviceResult) -> BulkDeviceItemResult {
    let (code, message, findings) = match result.error {
        Some(error) => (
            Some(error.code.as_str().to_owned()),
            Some(error.message),
            error.findings.into_iter().map(FindingBody::from).collect(),
        ),
        None => (None, None, Vec::new()),
    };
    let (sip_user_name, sip_realm, sip_password) = match result.credentials {
        Some(c) => (Some(c.user_name), Some(c.realm), Some(c.password)),
        None => (None, None, None),
    };
    BulkDeviceItemResult {
        mac: result.mac,
        result: result.outcome.as_str().to_owned(),
        device_id: result.device_id,
        sip_user_name,
        sip_realm,
        sip_password,
        code,
        message,
        findings,
    }
}

/// PMD-10: creates, updates and deletes partner-managed devices in one
/// call, idempotent by MAC, with a result per item. Every item is checked
/// and applied on its own: one refused item does not stop the others.
#[utoipa::path(post, path = "/devices/partnerManaged/bulk", tag = "devices",
    request_body = BulkDevices,
    responses((status = 200, body = BulkDeviceResults), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn bulk_devices(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiJson(body): ApiJson<BulkDevices>,
) -> Result<Json<BulkDeviceResults>, RestError> {
    let org_id = org_of(&caller, body.org_id)?;
    let actions = actions(body.items)?;
    let results = state
        .services
        .bulk_partner_devices(&caller, &org_id, actions)
        .await?;
    Ok(Json(BulkDeviceResults {
        items: results.into_iter().map(item_result).collect(),
    }))
}
