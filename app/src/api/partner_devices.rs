//! Partner-managed SIP devices (issue 6, PMD-1 … PMD-5, PMD-9, PMD-10) as
//! they cross the wire, and the server functions that manage them.
//!
//! SIP passwords are secrets: [`SipCredentials`] is the only value that
//! carries one, returned only by the call that generated it (PMD-9).
//! Reloading a page never shows the password again.
use domain::partner_devices::{DeviceType, MacCheck};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::{ApiError, DeviceDetails, DeviceRef, DeviceRow};

/// One approved device type of the catalog (PMD-2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceModelRow {
    pub id: String,
    /// The stable key API clients use (`poly_vvx_250`).
    pub key: String,
    pub vendor: String,
    pub model: String,
    pub device_type: DeviceType,
    pub min_firmware: String,
    pub line_count: i64,
    /// Only approved types can be added; a withdrawn type stays listed for
    /// the devices that have it.
    pub approved: bool,
}

/// The device catalog, and whether the caller may edit it (partner full
/// admins only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceCatalog {
    pub models: Vec<DeviceModelRow>,
    pub can_edit: bool,
}

/// Adds (`id: None`) or changes a catalog entry. Text as typed: the server
/// validates it with `domain::partner_devices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveDeviceModelInput {
    #[serde(default)]
    pub id: Option<String>,
    pub key: String,
    pub vendor: String,
    pub model: String,
    /// `phone` or `ata`.
    pub device_type: String,
    pub min_firmware: String,
    pub line_count: i64,
    pub approved: bool,
}

/// PMD-3: an org's Device Management integration entitlement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceManagement {
    pub org_id: String,
    pub entitled: bool,
    /// Whether the caller may change it (a partner full admin of the
    /// org's partner).
    pub can_change: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetDeviceManagementInput {
    pub org_id: String,
    pub entitled: bool,
}

/// A device as typed in the add forms (PMD-4, PMD-6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDeviceInput {
    /// A catalog entry's id or key.
    pub model: String,
    /// Any accepted MAC layout (`domain::MacAddress`).
    pub mac: String,
    /// PMD-1: the disclaimer checkbox. Refused with
    /// `disclaimer_not_acknowledged` unless true.
    pub disclaimer_acknowledged: bool,
}

/// PMD-4, PMD-5: a partner-managed device for one or more users.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddPartnerDeviceInput {
    pub org_id: String,
    pub user_ids: Vec<String>,
    pub device: NewDeviceInput,
}

/// A device's SIP credentials with the password in full: returned once,
/// by the call that generated it (PMD-1, PMD-9).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SipCredentials {
    pub device_id: String,
    pub user_name: String,
    pub realm: String,
    pub password: String,
}

impl std::fmt::Debug for SipCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SipCredentials")
            .field("device_id", &self.device_id)
            .field("user_name", &self.user_name)
            .field("realm", &self.realm)
            .finish_non_exhaustive()
    }
}

/// A device just added, with its credentials (shown once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedPartnerDevice {
    pub device: DeviceRow,
    pub credentials: SipCredentials,
}

/// PMD-5: users to add to and remove from a personal device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceUsersInput {
    pub org_id: String,
    pub device_id: String,
    #[serde(default)]
    pub add: Vec<String>,
    #[serde(default)]
    pub remove: Vec<String>,
}

/// What the device page shows of a partner-managed device beyond its row;
/// never the password or its digests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerDeviceInfo {
    pub vendor: String,
    pub sip_user_name: Option<String>,
    pub sip_realm: Option<String>,
    pub credentials_updated_at_ms: Option<i64>,
    /// PMD-1: who acknowledged the disclaimer, and when.
    pub disclaimer_by: Option<String>,
    pub disclaimer_at_ms: Option<i64>,
    /// PMD-3: without the entitlement the page offers no actions.
    pub device_management: bool,
}

/// PMD-10: MAC addresses to check before anything is created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidateMacsInput {
    pub org_id: String,
    pub macs: Vec<String>,
}

/// The verdict on one MAC, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MacCheckRow {
    pub input: String,
    /// The normalised address, when it is one.
    pub mac: Option<String>,
    pub result: MacCheck,
}

/// The approved device catalog (PMD-2).
#[server(endpoint = "device_catalog", input = Json)]
pub async fn get_device_catalog() -> Result<DeviceCatalog, ApiError> {
    ssr_call!(|portal, req| portal.device_catalog(&req))
}

/// PMD-2: adds or changes a catalog entry (partner full admins).
#[server(endpoint = "save_device_model", input = Json)]
pub async fn save_device_model(input: SaveDeviceModelInput) -> Result<DeviceCatalog, ApiError> {
    ssr_call!(|portal, req| portal.save_device_model(&req, input))
}

/// PMD-3: the org's Device Management integration entitlement.
#[server(endpoint = "device_management", input = Json)]
pub async fn get_device_management(org_id: String) -> Result<DeviceManagement, ApiError> {
    ssr_call!(|portal, req| portal.device_management(&req, org_id))
}

/// PMD-3: a partner full admin turns it on or off for a customer org.
#[server(endpoint = "set_device_management", input = Json)]
pub async fn set_device_management(
    input: SetDeviceManagementInput,
) -> Result<DeviceManagement, ApiError> {
    ssr_call!(|portal, req| portal.set_device_management(&req, input))
}

/// PMD-4, PMD-5: adds a partner-managed device to users; the response
/// carries the SIP password, shown once.
#[server(endpoint = "add_partner_device", input = Json)]
pub async fn add_partner_device(
    input: AddPartnerDeviceInput,
) -> Result<AddedPartnerDevice, ApiError> {
    ssr_call!(|portal, req| portal.add_partner_device(&req, input))
}

/// PMD-5: adds and removes users of a device (at least one stays).
#[server(endpoint = "change_device_users", input = Json)]
pub async fn change_device_users(input: DeviceUsersInput) -> Result<DeviceDetails, ApiError> {
    ssr_call!(|portal, req| portal.change_device_users(&req, input))
}

/// PMD-9: a new SIP password, shown once.
#[server(endpoint = "update_sip_password", input = Json)]
pub async fn update_sip_password(device: DeviceRef) -> Result<SipCredentials, ApiError> {
    ssr_call!(|portal, req| portal.update_sip_password(&req, device))
}

/// PMD-10: AVAILABLE / UNAVAILABLE / DUPLICATE_IN_LIST / INVALID per MAC.
#[server(endpoint = "validate_macs", input = Json)]
pub async fn validate_macs(input: ValidateMacsInput) -> Result<Vec<MacCheckRow>, ApiError> {
    ssr_call!(|portal, req| portal.validate_macs(&req, input))
}
