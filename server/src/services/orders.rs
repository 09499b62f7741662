//! Subscription orders (issue 7, SUB-1 … SUB-10): intake from the ordering
//! system, the signed *Set up service* link, and the setup wizard, whose
//! rules are `domain::subscription`'s.
use app::api::{
    ApiError, OrderLinkInfo, OrderQuery, OrderRow, OrderSetup, OrderStepInput, SetupAccountInput,
};

use super::{Services, auth::NewSession};
use crate::tenancy::Caller;

impl Services {
    pub async fn list_orders(
        &self,
        _caller: &Caller,
        _query: OrderQuery,
    ) -> Result<Vec<OrderRow>, ApiError> {
        Err(ApiError::not_found())
    }

    pub async fn get_order_setup(
        &self,
        _caller: &Caller,
        _order_id: &str,
    ) -> Result<OrderSetup, ApiError> {
        Err(ApiError::not_found())
    }

    pub async fn submit_setup_step(
        &self,
        _caller: &Caller,
        _input: OrderStepInput,
    ) -> Result<OrderSetup, ApiError> {
        Err(ApiError::not_found())
    }

    pub async fn setup_step_back(
        &self,
        _caller: &Caller,
        _order_id: &str,
    ) -> Result<OrderSetup, ApiError> {
        Err(ApiError::not_found())
    }

    pub async fn open_setup_link(
        &self,
        _caller: Option<&Caller>,
        _token: &str,
    ) -> Result<OrderLinkInfo, ApiError> {
        Err(ApiError::not_found())
    }

    pub async fn create_setup_account(
        &self,
        _input: SetupAccountInput,
        _client_ip: std::net::IpAddr,
        _previous_token: Option<&str>,
    ) -> Result<NewSession, ApiError> {
        Err(ApiError::not_found())
    }

    pub async fn request_full_admin(
        &self,
        _caller: &Caller,
        _org_id: &str,
    ) -> Result<(), ApiError> {
        Err(ApiError::not_found())
    }
}
