//! The service layer: what the SPA's server functions and the REST API
//! both call. Every method authenticates the caller, checks tenancy with
//! [`crate::tenancy::guard`], validates with `domain`, then uses the store.
mod auth;
mod call_history;
mod catalog;
mod device_imports;
mod devices;
mod directory;
mod full_admin;
mod imports;
mod orders;
mod partner_devices;
mod portal;
mod users;
mod workspaces;

pub use auth::SIGN_IN_LIMIT;
pub use call_history::{IngestResult, IngestStatus};
pub use device_imports::DeviceImportSubmission;
pub use devices::{iso_date, qr_svg};
pub use partner_devices::{BULK_MAX_DEVICES, BulkDeviceAction, BulkDeviceResult, BulkOutcome};

use std::sync::Arc;

use app::api::ApiError;

use crate::{
    auth::cookie::CookiePolicy,
    config::Config,
    store::{Store, StoreError},
};

#[derive(Clone)]
pub struct Services {
    pub store: Store,
    pub config: Arc<Config>,
}

impl Services {
    pub fn new(store: Store, config: Arc<Config>) -> Self {
        Services { store, config }
    }

    pub fn cookie_policy(&self) -> CookiePolicy {
        CookiePolicy {
            secure: !self.config.insecure_cookies,
        }
    }
}

/// Storage failures are ours, not the caller's: logged with detail, sent as
/// a bare `internal`.
impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        tracing::error!(%error, "store failure");
        ApiError::internal()
    }
}
