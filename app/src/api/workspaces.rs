//! Workspaces (issue 6, PMD-6 … PMD-8) as they cross the wire, and the
//! server functions that manage them.
use domain::{RoomType, WorkspaceLicense};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::{
    AddedPartnerDevice, ApiError, DeviceModelRow, DeviceRow, NewDeviceInput, SipCredentials,
};

/// One row of the workspaces list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceRow {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub room_type: RoomType,
    pub capacity: u16,
    pub license: WorkspaceLicense,
    pub subscription_id: String,
    pub location_id: String,
    pub location_name: String,
    pub extension: Option<String>,
    pub phone_number: Option<String>,
    pub device_count: u32,
    /// PMD-8: 5 for Professional, 1 for Common Area.
    pub device_limit: u32,
    pub created_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceRef {
    pub org_id: String,
    pub workspace_id: String,
}

/// The workspace page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceDetails {
    pub row: WorkspaceRow,
    pub devices: Vec<DeviceRow>,
    pub can_write: bool,
    /// PMD-3: without the entitlement no device actions are offered.
    pub device_management: bool,
}

/// A location a workspace can be in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceLocationOption {
    pub id: String,
    pub name: String,
    pub free_numbers: u32,
}

/// A subscription's pool of one workspace license.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceSubscriptionOption {
    pub subscription_id: String,
    pub license: WorkspaceLicense,
    pub quantity: i64,
    pub used: i64,
}

/// What the *Add workspace* wizard offers (PMD-6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceOptions {
    pub org_id: String,
    pub device_management: bool,
    pub room_types: Vec<RoomType>,
    pub models: Vec<DeviceModelRow>,
    pub subscriptions: Vec<WorkspaceSubscriptionOption>,
    pub locations: Vec<WorkspaceLocationOption>,
}

/// The free numbers of one location (PMD-6: only those are offered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeNumbersQuery {
    pub org_id: String,
    pub location_id: String,
}

/// PMD-6: everything the wizard collected. Text as typed: the server
/// validates it with `domain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateWorkspaceInput {
    pub org_id: String,
    pub name: String,
    /// `meeting_room`, `huddle_room`, `lobby`, `open_space`, `office`,
    /// `other`.
    pub room_type: String,
    pub capacity: String,
    pub device: NewDeviceInput,
    /// `professional` or `common_area`.
    pub license: String,
    /// `None`: the org's oldest subscription with a license of that kind left.
    #[serde(default)]
    pub subscription_id: Option<String>,
    pub location_id: String,
    /// E.164 or national format of the location's country.
    pub phone_number: String,
    #[serde(default)]
    pub extension: Option<String>,
}

/// A workspace just created, with its first device's credentials (shown
/// once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedWorkspace {
    pub workspace: WorkspaceRow,
    pub device: DeviceRow,
    pub credentials: SipCredentials,
}

/// PMD-8: another device for a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddWorkspaceDeviceInput {
    pub org_id: String,
    pub workspace_id: String,
    pub device: NewDeviceInput,
}

#[server(endpoint = "workspace_options", input = Json)]
pub async fn get_workspace_options(org_id: String) -> Result<WorkspaceOptions, ApiError> {
    ssr_call!(|portal, req| portal.workspace_options(&req, org_id))
}

#[server(endpoint = "workspace_free_numbers", input = Json)]
pub async fn list_workspace_free_numbers(query: FreeNumbersQuery) -> Result<Vec<String>, ApiError> {
    ssr_call!(|portal, req| portal.workspace_free_numbers(&req, query))
}

/// PMD-6: creates a workspace with its license, number and first device.
#[server(endpoint = "create_workspace", input = Json)]
pub async fn create_workspace(input: CreateWorkspaceInput) -> Result<CreatedWorkspace, ApiError> {
    ssr_call!(|portal, req| portal.create_workspace(&req, input))
}

#[server(endpoint = "list_workspaces", input = Json)]
pub async fn list_workspaces(org_id: String) -> Result<Vec<WorkspaceRow>, ApiError> {
    ssr_call!(|portal, req| portal.list_workspaces(&req, org_id))
}

#[server(endpoint = "get_workspace", input = Json)]
pub async fn get_workspace(workspace: WorkspaceRef) -> Result<WorkspaceDetails, ApiError> {
    ssr_call!(|portal, req| portal.get_workspace(&req, workspace))
}

/// PMD-8: adds a device to a workspace (a sixth to a Professional one, or
/// a second to a Common Area one, is `workspace_device_limit`).
#[server(endpoint = "add_workspace_device", input = Json)]
pub async fn add_workspace_device(
    input: AddWorkspaceDeviceInput,
) -> Result<AddedPartnerDevice, ApiError> {
    ssr_call!(|portal, req| portal.add_workspace_device(&req, input))
}

/// Deletes a workspace; its license and number return, its devices go.
#[server(endpoint = "delete_workspace", input = Json)]
pub async fn delete_workspace(workspace: WorkspaceRef) -> Result<(), ApiError> {
    ssr_call!(|portal, req| portal.delete_workspace(&req, workspace))
}
