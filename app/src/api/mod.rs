//! The SPA's server functions: declared here, implemented by the server.
//!
//! Each body is one call into the [`ssr::Portal`] the server puts in the
//! request context, so the SPA and the public REST API share one service
//! layer, one tenancy guard and one validation (T-4). Every function is
//! POST with a JSON body and has a stable endpoint under `/api/`.

/// A server-function body: the portal and the request from the context,
/// one call, its error given its HTTP status. Declared before the area
/// modules so they can use it.
#[cfg(feature = "ssr")]
macro_rules! ssr_call {
    (|$portal:ident, $req:ident| $call:expr) => {{
        let ($portal, $req) = $crate::api::ssr::portal()?;
        $crate::api::ssr::reply($call.await)
    }};
}

mod call_history;
mod catalog;
mod device_imports;
mod devices;
mod directory;
mod error;
mod imports;
mod orders;
mod partner_devices;
mod types;
mod workspaces;

#[cfg(feature = "ssr")]
pub mod ssr;

pub use call_history::*;
pub use catalog::*;
pub use device_imports::*;
pub use devices::*;
pub use directory::*;
pub use error::{ApiError, FieldFinding, status_for};
pub use imports::*;
pub use orders::*;
pub use partner_devices::*;
pub use types::*;
pub use workspaces::*;

use domain::Language;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// The signed-in admin, or `None` before sign-in.
#[server(endpoint = "session", input = Json)]
pub async fn get_session() -> Result<Option<SessionInfo>, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.session(&req).await)
}

#[server(endpoint = "sign_in", input = Json)]
pub async fn sign_in(input: SignInInput) -> Result<SessionInfo, ApiError> {
    let (portal, req) = ssr::portal()?;
    let signed_in = ssr::reply(portal.sign_in(&req, input).await)?;
    ssr::set_cookie(&signed_in.set_cookie);
    Ok(signed_in.session)
}

#[server(endpoint = "sign_out", input = Json)]
pub async fn sign_out() -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    let clear_cookie = ssr::reply(portal.sign_out(&req).await)?;
    ssr::set_cookie(&clear_cookie);
    Ok(())
}

/// Remembers the admin's language (per admin, not per browser).
#[server(endpoint = "set_language", input = Json)]
pub async fn set_language(language: Language) -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.set_language(&req, language).await)
}

/// Partner Hub: the caller's customers (PH-1, T-3).
#[server(endpoint = "list_customers", input = Json)]
pub async fn list_customers(query: CustomerQuery) -> Result<Vec<CustomerRow>, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.list_customers(&req, query).await)
}

/// Control Hub: one org's overview, if the caller may see it (T-3).
#[server(endpoint = "org_overview", input = Json)]
pub async fn org_overview(org_id: String) -> Result<OrgDetails, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.org_overview(&req, org_id).await)
}

#[server(endpoint = "audit_log", input = Json)]
pub async fn audit_log(query: AuditQuery) -> Result<AuditPage, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.audit_log(&req, query).await)
}

// --- directory (issue 3) ----------------------------------------------------

/// The catalog's packages and the org's locations, for the user forms.
#[server(endpoint = "directory_options", input = Json)]
pub async fn get_directory_options(org_id: String) -> Result<DirectoryOptions, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.directory_options(&req, org_id).await)
}

/// A page of the users list.
#[server(endpoint = "list_users", input = Json)]
pub async fn list_users(query: UserQuery) -> Result<UserPage, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.list_users(&req, query).await)
}

#[server(endpoint = "get_user", input = Json)]
pub async fn get_user(user: UserRef) -> Result<UserDetails, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.get_user(&req, user).await)
}

/// PH-2: adds up to 25 users, all or none; returns their ids.
#[server(endpoint = "add_users", input = Json)]
pub async fn add_users(input: AddUsersInput) -> Result<Vec<String>, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.add_users(&req, input).await)
}

/// PH-8: changes a user's package, with calling data in the same step.
#[server(endpoint = "change_package", input = Json)]
pub async fn change_package(input: ChangePackageInput) -> Result<UserDetails, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.change_package(&req, input).await)
}

#[server(endpoint = "list_locations", input = Json)]
pub async fn list_locations(org_id: String) -> Result<Vec<LocationRow>, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.list_locations(&req, org_id).await)
}

#[server(endpoint = "add_location", input = Json)]
pub async fn add_location(input: NewLocationInput) -> Result<LocationRow, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.add_location(&req, input).await)
}

#[server(endpoint = "list_numbers", input = Json)]
pub async fn list_numbers(query: NumberQuery) -> Result<NumberPage, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.list_numbers(&req, query).await)
}

/// Adds numbers to a location's inventory, all or none.
#[server(endpoint = "add_numbers", input = Json)]
pub async fn add_numbers(input: AddNumbersInput) -> Result<Vec<NumberRow>, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.add_numbers(&req, input).await)
}

#[server(endpoint = "update_location", input = Json)]
pub async fn update_location(
    location_id: String,
    input: NewLocationInput,
) -> Result<LocationRow, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.update_location(&req, location_id, input).await)
}

/// Deletes a location that no user and no number refers to.
#[server(endpoint = "delete_location", input = Json)]
pub async fn delete_location(org_id: String, location_id: String) -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.delete_location(&req, org_id, location_id).await)
}

/// The catalog as the partner's customers see it; `None`: the caller's
/// first partner org.
#[server(endpoint = "catalog", input = Json)]
pub async fn get_catalog(partner_org_id: Option<String>) -> Result<CatalogView, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.catalog(&req, partner_org_id).await)
}

#[server(endpoint = "rename_catalog_entry", input = Json)]
pub async fn rename_catalog_entry(input: RenameCatalogEntryInput) -> Result<CatalogView, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.rename_catalog_entry(&req, input).await)
}

// --- devices and Webex Go (issue 5) ------------------------------------------

/// GO-1, GO-3: what the *Add Webex Go device* page offers for one user.
#[server(endpoint = "webex_go_options", input = Json)]
pub async fn get_webex_go_options(user: UserRef) -> Result<WebexGoOptions, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.webex_go_options(&req, user).await)
}

/// GO-2 … GO-5: adds a Webex Go line and its first activation code.
#[server(endpoint = "add_webex_go", input = Json)]
pub async fn add_webex_go(input: AddWebexGoInput) -> Result<AddedWebexGo, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.add_webex_go(&req, input).await)
}

/// A page of the Devices list (GO-14: with each line's real status).
#[server(endpoint = "list_devices", input = Json)]
pub async fn list_devices(query: DeviceQuery) -> Result<DevicePage, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.list_devices(&req, query).await)
}

#[server(endpoint = "get_device", input = Json)]
pub async fn get_device(device: DeviceRef) -> Result<DeviceDetails, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.get_device(&req, device).await)
}

/// GO-10: a new code, only while activation is pending; every earlier code
/// stops working.
#[server(endpoint = "regenerate_activation_code", input = Json)]
pub async fn regenerate_activation_code(device: DeviceRef) -> Result<ActivationDetails, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.regenerate_activation_code(&req, device).await)
}

/// GO-12: deactivates the line on the lost phone and issues new details.
#[server(endpoint = "report_lost_stolen", input = Json)]
pub async fn report_lost_stolen(device: DeviceRef) -> Result<ActivationDetails, ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.report_lost_stolen(&req, device).await)
}

/// GO-13: removes the device; its license returns to the pool.
#[server(endpoint = "delete_device", input = Json)]
pub async fn delete_device(device: DeviceRef) -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.delete_device(&req, device).await)
}

/// GO-6: emails the line's current code to an address the admin typed.
#[server(endpoint = "send_activation_code", input = Json)]
pub async fn send_activation_code(input: SendActivationInput) -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.send_activation_code(&req, input).await)
}

/// GO-5: the language of the mail a user receives.
#[server(endpoint = "set_user_language", input = Json)]
pub async fn set_user_language(input: UserLanguageInput) -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.set_user_language(&req, input).await)
}

/// GO-6: the org's *suppress email* setting.
#[server(endpoint = "set_email_setting", input = Json)]
pub async fn set_email_setting(input: EmailSettingInput) -> Result<(), ApiError> {
    let (portal, req) = ssr::portal()?;
    ssr::reply(portal.set_email_setting(&req, input).await)
}
