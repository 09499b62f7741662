//! `/api/v1/orders`: order intake from the ordering system (SUB-1).
//! Authenticated with a machine credential of kind `ordering`
//! (`switchboard credential create --kind ordering --name NAME`), never
//! with an admin's token.
use axum::{
    Json,
    extract::{FromRequestParts, State},
    http::{StatusCode, request::Parts},
};
use domain::subscription::OrderDraft;
use serde::Serialize;
use utoipa::ToSchema;

use super::{ApiJson, RestError, bearer_token};
use crate::{http::AppState, store::MachineRecord};

/// The ordering system behind `Authorization: Bearer <machine credential>`.
pub struct OrderingCaller(pub MachineRecord);

impl FromRequestParts<AppState> for OrderingCaller {
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RestError> {
        let token = bearer_token(parts)?;
        Ok(OrderingCaller(
            state.services.require_ordering(token).await?,
        ))
    }
}

/// An order as the ordering system sends it (documents `OrderDraft`,
/// which is what is read).
#[derive(ToSchema)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
pub struct OrderRequest {
    /// The ordering system's id: 1 to 64 letters, digits, `-`, `_`. The
    /// same order sent again is answered as the first time.
    #[schema(example = "Sub-12345")]
    pub subscription_id: String,
    pub services: Vec<OrderLine>,
    /// Receives the welcome email with the *Set up service* link.
    #[schema(example = "ana.popescu@ferme.ro")]
    pub provisioning_contact_email: String,
    /// The partner org, when the ordering system knows it.
    pub partner_org_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct OrderLine {
    /// `meetings`, `calling` or `suite`.
    #[schema(example = "meetings")]
    pub service: String,
    /// 1 to 100,000.
    #[schema(example = 50)]
    pub quantity: i64,
}

/// An order as stored.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub id: String,
    pub subscription_id: String,
    /// `new`, `in_progress`, `handed_to_customer` or `provisioned`.
    #[schema(example = "new")]
    pub state: String,
    pub services: Vec<OrderLine>,
    pub provisioning_contact_email: String,
    /// The step the setup wizard stands at (`order_for` for a new order).
    #[schema(example = "order_for")]
    pub setup_step: String,
    pub created_at: i64,
}

fn order(row: app::api::OrderRow) -> Order {
    Order {
        id: row.id,
        subscription_id: row.subscription_id,
        state: row.state.as_str().into(),
        services: row
            .services
            .into_iter()
            .map(|line| OrderLine {
                service: line.service.as_str().into(),
                quantity: i64::from(line.quantity),
            })
            .collect(),
        provisioning_contact_email: row.contact_email,
        setup_step: row.step.as_str().into(),
        created_at: row.created_at_ms,
    }
}

/// SUB-1: receives an order and emails its provisioning contact the
/// *Set up service* link. 201 when new; 200 with the same order when it
/// was received before (a retry); `order_conflict` (409) when the
/// subscription id was received with other content; 422 with a finding per
/// bad field (`services[1].quantity`).
#[utoipa::path(post, path = "/orders", tag = "orders", request_body = OrderRequest,
    responses((status = 201, body = Order), (status = 200, body = Order),
        (status = 401, body = super::schema::ErrorBody),
        (status = 409, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn receive_order(
    State(state): State<AppState>,
    OrderingCaller(machine): OrderingCaller,
    ApiJson(draft): ApiJson<OrderDraft>,
) -> Result<(StatusCode, Json<Order>), RestError> {
    let (row, created) = state.services.intake_order(&machine, &draft).await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(order(row))))
}
