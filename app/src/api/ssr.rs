//! Server-only glue: the service trait the server implements, and the
//! helpers a server-function body uses to reach it.
use std::{fmt, net::IpAddr, sync::Arc};

use async_trait::async_trait;
use domain::Language;
use http::{HeaderValue, StatusCode, header::SET_COOKIE};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use super::{
    ActivationDetails, AddNumbersInput, AddUsersInput, AddWebexGoInput, AddedWebexGo, ApiError,
    AuditPage, AuditQuery, CatalogView, ChangePackageInput, CustomerQuery, CustomerRow,
    DeviceDetails, DevicePage, DeviceQuery, DeviceRef, DirectoryOptions, EmailSettingInput,
    LocationRow, NewLocationInput, NumberPage, NumberQuery, NumberRow, OrgDetails,
    RenameCatalogEntryInput, SendActivationInput, SessionInfo, SignInInput, UserDetails, UserPage,
    UserQuery, UserRef, WebexGoOptions,
};
use super::{
    AddPartnerDeviceInput, AddWorkspaceDeviceInput, AddedPartnerDevice, CreateWorkspaceInput,
    CreatedWorkspace, DeviceCatalog, DeviceManagement, DeviceUsersInput, FreeNumbersQuery,
    MacCheckRow, SaveDeviceModelInput, SetDeviceManagementInput, SipCredentials, ValidateMacsInput,
    WorkspaceDetails, WorkspaceOptions, WorkspaceRef, WorkspaceRow,
};
use super::{CallHistoryPage, CallHistoryQuery, UserLanguageInput};
use super::{
    FullAdminRequestRow, OrderLinkInfo, OrderQuery, OrderRow, OrderSetup, OrderStepInput,
    SetupAccountInput,
};

/// What the server knows about the request before any server function runs.
#[derive(Clone)]
pub struct RequestMeta {
    /// The raw session cookie value, if any. A bearer secret: never logged,
    /// so `Debug` hides it.
    pub session_token: Option<String>,
    pub client_ip: IpAddr,
    /// From `Accept-Language`, for messages before the admin is known.
    pub language: Language,
}

impl fmt::Debug for RequestMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestMeta")
            .field("session_token", &self.session_token.as_ref().map(|_| "***"))
            .field("client_ip", &self.client_ip)
            .field("language", &self.language)
            .finish()
    }
}

pub struct SignedIn {
    pub session: SessionInfo,
    /// The complete `Set-Cookie` value for the new session.
    pub set_cookie: String,
}

/// Everything the SPA can ask of the server. Implemented by the `server`
/// crate over its store; every method authenticates and checks tenancy.
#[async_trait]
pub trait Portal: Send + Sync + 'static {
    async fn session(&self, req: &RequestMeta) -> Result<Option<SessionInfo>, ApiError>;
    async fn sign_in(&self, req: &RequestMeta, input: SignInInput) -> Result<SignedIn, ApiError>;
    /// Returns the `Set-Cookie` value that clears the session cookie.
    async fn sign_out(&self, req: &RequestMeta) -> Result<String, ApiError>;
    async fn set_language(&self, req: &RequestMeta, language: Language) -> Result<(), ApiError>;
    async fn list_customers(
        &self,
        req: &RequestMeta,
        query: CustomerQuery,
    ) -> Result<Vec<CustomerRow>, ApiError>;
    async fn org_overview(&self, req: &RequestMeta, org_id: String)
    -> Result<OrgDetails, ApiError>;
    async fn audit_log(&self, req: &RequestMeta, query: AuditQuery) -> Result<AuditPage, ApiError>;
    async fn directory_options(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<DirectoryOptions, ApiError>;
    async fn list_users(&self, req: &RequestMeta, query: UserQuery) -> Result<UserPage, ApiError>;
    async fn get_user(&self, req: &RequestMeta, user: UserRef) -> Result<UserDetails, ApiError>;
    async fn add_users(
        &self,
        req: &RequestMeta,
        input: AddUsersInput,
    ) -> Result<Vec<String>, ApiError>;
    async fn change_package(
        &self,
        req: &RequestMeta,
        input: ChangePackageInput,
    ) -> Result<UserDetails, ApiError>;
    async fn list_locations(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<Vec<LocationRow>, ApiError>;
    async fn add_location(
        &self,
        req: &RequestMeta,
        input: NewLocationInput,
    ) -> Result<LocationRow, ApiError>;
    async fn list_numbers(
        &self,
        req: &RequestMeta,
        query: NumberQuery,
    ) -> Result<NumberPage, ApiError>;
    async fn add_numbers(
        &self,
        req: &RequestMeta,
        input: AddNumbersInput,
    ) -> Result<Vec<NumberRow>, ApiError>;
    async fn update_location(
        &self,
        req: &RequestMeta,
        location_id: String,
        input: NewLocationInput,
    ) -> Result<LocationRow, ApiError>;
    async fn delete_location(
        &self,
        req: &RequestMeta,
        org_id: String,
        location_id: String,
    ) -> Result<(), ApiError>;
    async fn catalog(
        &self,
        req: &RequestMeta,
        partner_org_id: Option<String>,
    ) -> Result<CatalogView, ApiError>;
    async fn rename_catalog_entry(
        &self,
        req: &RequestMeta,
        input: RenameCatalogEntryInput,
    ) -> Result<CatalogView, ApiError>;
    async fn webex_go_options(
        &self,
        req: &RequestMeta,
        user: UserRef,
    ) -> Result<WebexGoOptions, ApiError>;
    async fn add_webex_go(
        &self,
        req: &RequestMeta,
        input: AddWebexGoInput,
    ) -> Result<AddedWebexGo, ApiError>;
    async fn list_devices(
        &self,
        req: &RequestMeta,
        query: DeviceQuery,
    ) -> Result<DevicePage, ApiError>;
    async fn get_device(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<DeviceDetails, ApiError>;
    async fn regenerate_activation_code(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<ActivationDetails, ApiError>;
    async fn report_lost_stolen(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<ActivationDetails, ApiError>;
    async fn delete_device(&self, req: &RequestMeta, device: DeviceRef) -> Result<(), ApiError>;
    async fn send_activation_code(
        &self,
        req: &RequestMeta,
        input: SendActivationInput,
    ) -> Result<(), ApiError>;
    async fn set_email_setting(
        &self,
        req: &RequestMeta,
        input: EmailSettingInput,
    ) -> Result<(), ApiError>;
    async fn set_user_language(
        &self,
        req: &RequestMeta,
        input: UserLanguageInput,
    ) -> Result<(), ApiError>;
    /// GO-16: a page of the detailed call history.
    async fn call_history(
        &self,
        req: &RequestMeta,
        query: CallHistoryQuery,
    ) -> Result<CallHistoryPage, ApiError>;

    // --- partner-managed devices and workspaces (issue 6) ------------------
    async fn device_catalog(&self, req: &RequestMeta) -> Result<DeviceCatalog, ApiError>;
    async fn save_device_model(
        &self,
        req: &RequestMeta,
        input: SaveDeviceModelInput,
    ) -> Result<DeviceCatalog, ApiError>;
    async fn device_management(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<DeviceManagement, ApiError>;
    async fn set_device_management(
        &self,
        req: &RequestMeta,
        input: SetDeviceManagementInput,
    ) -> Result<DeviceManagement, ApiError>;
    async fn add_partner_device(
        &self,
        req: &RequestMeta,
        input: AddPartnerDeviceInput,
    ) -> Result<AddedPartnerDevice, ApiError>;
    async fn change_device_users(
        &self,
        req: &RequestMeta,
        input: DeviceUsersInput,
    ) -> Result<DeviceDetails, ApiError>;
    async fn update_sip_password(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<SipCredentials, ApiError>;
    async fn validate_macs(
        &self,
        req: &RequestMeta,
        input: ValidateMacsInput,
    ) -> Result<Vec<MacCheckRow>, ApiError>;
    async fn workspace_options(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<WorkspaceOptions, ApiError>;
    async fn workspace_free_numbers(
        &self,
        req: &RequestMeta,
        query: FreeNumbersQuery,
    ) -> Result<Vec<String>, ApiError>;
    async fn create_workspace(
        &self,
        req: &RequestMeta,
        input: CreateWorkspaceInput,
    ) -> Result<CreatedWorkspace, ApiError>;
    async fn list_workspaces(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<Vec<WorkspaceRow>, ApiError>;
    async fn get_workspace(
        &self,
        req: &RequestMeta,
        workspace: WorkspaceRef,
    ) -> Result<WorkspaceDetails, ApiError>;
    async fn add_workspace_device(
        &self,
        req: &RequestMeta,
        input: AddWorkspaceDeviceInput,
    ) -> Result<AddedPartnerDevice, ApiError>;
    async fn delete_workspace(
        &self,
        req: &RequestMeta,
        workspace: WorkspaceRef,
    ) -> Result<(), ApiError>;
    // --- subscription orders and the setup wizard (issue 7) ----------------
    /// SUB-7: the orders the caller may see, or only their unfinished ones.
    async fn list_orders(
        &self,
        req: &RequestMeta,
        query: OrderQuery,
    ) -> Result<Vec<OrderRow>, ApiError>;
    async fn get_order_setup(
        &self,
        req: &RequestMeta,
        order_id: String,
    ) -> Result<OrderSetup, ApiError>;
    async fn submit_setup_step(
        &self,
        req: &RequestMeta,
        input: OrderStepInput,
    ) -> Result<OrderSetup, ApiError>;
    async fn setup_step_back(
        &self,
        req: &RequestMeta,
        order_id: String,
    ) -> Result<OrderSetup, ApiError>;
    /// Works signed out too: it then only tells whether the link's email
    /// has an account.
    async fn open_setup_link(
        &self,
        req: &RequestMeta,
        token: String,
    ) -> Result<OrderLinkInfo, ApiError>;
    async fn create_setup_account(
        &self,
        req: &RequestMeta,
        input: SetupAccountInput,
    ) -> Result<SignedIn, ApiError>;
    async fn request_full_admin(&self, req: &RequestMeta, org_id: String) -> Result<(), ApiError>;
    async fn list_full_admin_requests(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<Vec<FullAdminRequestRow>, ApiError>;
    async fn answer_full_admin_request(
        &self,
        req: &RequestMeta,
        org_id: String,
        admin_id: String,
        grant: bool,
    ) -> Result<(), ApiError>;
}

/// The server's [`Portal`], as stored in the request context.
#[derive(Clone)]
pub struct PortalHandle(pub Arc<dyn Portal>);

/// The portal and the request, from the context the server provided.
pub fn portal() -> Result<(Arc<dyn Portal>, RequestMeta), ApiError> {
    match (use_context::<PortalHandle>(), use_context::<RequestMeta>()) {
        (Some(portal), Some(req)) => Ok((portal.0, req)),
        _ => reply(Err(ApiError::internal())),
    }
}

/// Passes a result through, giving an error its HTTP status (server
/// functions would otherwise answer every error with 500).
pub fn reply<T>(result: Result<T, ApiError>) -> Result<T, ApiError> {
    if let Err(error) = &result
        && let Some(response) = use_context::<ResponseOptions>()
    {
        let status =
            StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        response.set_status(status);
    }
    result
}

pub fn set_cookie(value: &str) {
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}
