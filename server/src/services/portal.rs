//! The SPA's view of the services: `app::api::ssr::Portal`, implemented by
//! resolving the session cookie and delegating.
use app::api::{
    ActivationDetails, AddNumbersInput, AddUsersInput, AddWebexGoInput, AddedWebexGo, ApiError,
    AuditPage, AuditQuery, CatalogView, ChangePackageInput, CustomerQuery, CustomerRow,
    DeviceDetails, DevicePage, DeviceQuery, DeviceRef, DirectoryOptions, EmailSettingInput,
    LocationRow, NewLocationInput, NumberPage, NumberQuery, NumberRow, OrgDetails,
    RenameCatalogEntryInput, SendActivationInput, SessionInfo, SignInInput, UserDetails, UserPage,
    UserQuery, UserRef, WebexGoOptions,
    ssr::{Portal, RequestMeta, SignedIn},
};
use app::api::{
    AddPartnerDeviceInput, AddWorkspaceDeviceInput, AddedPartnerDevice, CreateWorkspaceInput,
    CreatedWorkspace, DeviceCatalog, DeviceManagement, DeviceUsersInput, FreeNumbersQuery,
    MacCheckRow, SaveDeviceModelInput, SetDeviceManagementInput, SipCredentials, ValidateMacsInput,
    WorkspaceDetails, WorkspaceOptions, WorkspaceRef, WorkspaceRow,
};
use app::api::{CallHistoryPage, CallHistoryQuery, UserLanguageInput};
use app::api::{
    FullAdminRequestRow, OrderLinkInfo, OrderQuery, OrderRow, OrderSetup, OrderStepInput,
    SetupAccountInput,
};
use async_trait::async_trait;
use domain::Language;

use super::Services;

#[async_trait]
impl Portal for Services {
    async fn session(&self, req: &RequestMeta) -> Result<Option<SessionInfo>, ApiError> {
        Ok(self
            .caller_from_session(req.session_token.as_deref())
            .await?
            .map(|caller| self.session_info(&caller)))
    }

    async fn sign_in(&self, req: &RequestMeta, input: SignInInput) -> Result<SignedIn, ApiError> {
        let session =
            Services::sign_in(self, input, req.client_ip, req.session_token.as_deref()).await?;
        Ok(SignedIn {
            set_cookie: self
                .cookie_policy()
                .set(&session.token, session.max_age_secs),
            session: session.info,
        })
    }

    async fn sign_out(&self, req: &RequestMeta) -> Result<String, ApiError> {
        Services::sign_out(self, req.session_token.as_deref()).await?;
        Ok(self.cookie_policy().clear())
    }

    async fn set_language(&self, req: &RequestMeta, language: Language) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::set_language(self, &caller, language).await
    }

    async fn list_customers(
        &self,
        req: &RequestMeta,
        query: CustomerQuery,
    ) -> Result<Vec<CustomerRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_customers(self, &caller, query).await
    }

    async fn org_overview(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<OrgDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::org_overview(self, &caller, &org_id).await
    }

    async fn audit_log(&self, req: &RequestMeta, query: AuditQuery) -> Result<AuditPage, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::audit_log(self, &caller, query).await
    }

    async fn directory_options(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<DirectoryOptions, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::directory_options(self, &caller, &org_id).await
    }

    async fn list_users(&self, req: &RequestMeta, query: UserQuery) -> Result<UserPage, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_users(self, &caller, query).await
    }

    async fn get_user(&self, req: &RequestMeta, user: UserRef) -> Result<UserDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::get_user(self, &caller, &user).await
    }

    async fn add_users(
        &self,
        req: &RequestMeta,
        input: AddUsersInput,
    ) -> Result<Vec<String>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::add_users(self, &caller, input).await
    }

    async fn change_package(
        &self,
        req: &RequestMeta,
        input: ChangePackageInput,
    ) -> Result<UserDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::change_package(self, &caller, input).await
    }

    async fn list_locations(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<Vec<LocationRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_locations(self, &caller, &org_id).await
    }

    async fn add_location(
        &self,
        req: &RequestMeta,
        input: NewLocationInput,
    ) -> Result<LocationRow, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::add_location(self, &caller, input).await
    }

    async fn list_numbers(
        &self,
        req: &RequestMeta,
        query: NumberQuery,
    ) -> Result<NumberPage, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_numbers(self, &caller, query).await
    }

    async fn add_numbers(
        &self,
        req: &RequestMeta,
        input: AddNumbersInput,
    ) -> Result<Vec<NumberRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::add_numbers(self, &caller, input).await
    }

    async fn update_location(
        &self,
        req: &RequestMeta,
        location_id: String,
        input: NewLocationInput,
    ) -> Result<LocationRow, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::update_location(self, &caller, &location_id, input).await
    }

    async fn delete_location(
        &self,
        req: &RequestMeta,
        org_id: String,
        location_id: String,
    ) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::delete_location(self, &caller, &org_id, &location_id).await
    }

    async fn catalog(
        &self,
        req: &RequestMeta,
        partner_org_id: Option<String>,
    ) -> Result<CatalogView, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::catalog(self, &caller, partner_org_id.as_deref()).await
    }

    async fn rename_catalog_entry(
        &self,
        req: &RequestMeta,
        input: RenameCatalogEntryInput,
    ) -> Result<CatalogView, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::rename_catalog_entry(self, &caller, input).await
    }

    async fn webex_go_options(
        &self,
        req: &RequestMeta,
        user: UserRef,
    ) -> Result<WebexGoOptions, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::webex_go_options(self, &caller, &user).await
    }

    async fn add_webex_go(
        &self,
        req: &RequestMeta,
        input: AddWebexGoInput,
    ) -> Result<AddedWebexGo, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::add_webex_go(self, &caller, input).await
    }

    async fn list_devices(
        &self,
        req: &RequestMeta,
        query: DeviceQuery,
    ) -> Result<DevicePage, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_devices(self, &caller, query).await
    }

    async fn get_device(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<DeviceDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::get_device(self, &caller, &device).await
    }

    async fn regenerate_activation_code(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<ActivationDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::new_activation_code(self, &caller, &device, false).await
    }

    async fn report_lost_stolen(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<ActivationDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::new_activation_code(self, &caller, &device, true).await
    }

    async fn delete_device(&self, req: &RequestMeta, device: DeviceRef) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::delete_device(self, &caller, &device).await
    }

    async fn send_activation_code(
        &self,
        req: &RequestMeta,
        input: SendActivationInput,
    ) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::send_activation_code(self, &caller, input).await
    }

    async fn set_email_setting(
        &self,
        req: &RequestMeta,
        input: EmailSettingInput,
    ) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::set_email_setting(self, &caller, input).await
    }

    async fn set_user_language(
        &self,
        req: &RequestMeta,
        input: UserLanguageInput,
    ) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::set_user_language(self, &caller, input).await
    }

    async fn call_history(
        &self,
        req: &RequestMeta,
        query: CallHistoryQuery,
    ) -> Result<CallHistoryPage, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::call_history(self, &caller, query).await
    }

    async fn device_catalog(&self, req: &RequestMeta) -> Result<DeviceCatalog, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::device_catalog(self, &caller).await
    }

    async fn save_device_model(
        &self,
        req: &RequestMeta,
        input: SaveDeviceModelInput,
    ) -> Result<DeviceCatalog, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::save_device_model(self, &caller, input).await
    }

    async fn device_management(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<DeviceManagement, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::device_management(self, &caller, &org_id).await
    }

    async fn set_device_management(
        &self,
        req: &RequestMeta,
        input: SetDeviceManagementInput,
    ) -> Result<DeviceManagement, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::set_device_management(self, &caller, input).await
    }

    async fn add_partner_device(
        &self,
        req: &RequestMeta,
        input: AddPartnerDeviceInput,
    ) -> Result<AddedPartnerDevice, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::add_partner_device(self, &caller, input).await
    }

    async fn change_device_users(
        &self,
        req: &RequestMeta,
        input: DeviceUsersInput,
    ) -> Result<DeviceDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::change_device_users(self, &caller, input).await
    }

    async fn update_sip_password(
        &self,
        req: &RequestMeta,
        device: DeviceRef,
    ) -> Result<SipCredentials, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::update_sip_password(self, &caller, &device).await
    }

    async fn validate_macs(
        &self,
        req: &RequestMeta,
        input: ValidateMacsInput,
    ) -> Result<Vec<MacCheckRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::validate_macs(self, &caller, input).await
    }

    async fn workspace_options(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<WorkspaceOptions, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::workspace_options(self, &caller, &org_id).await
    }

    async fn workspace_free_numbers(
        &self,
        req: &RequestMeta,
        query: FreeNumbersQuery,
    ) -> Result<Vec<String>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::workspace_free_numbers(self, &caller, query).await
    }

    async fn create_workspace(
        &self,
        req: &RequestMeta,
        input: CreateWorkspaceInput,
    ) -> Result<CreatedWorkspace, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::create_workspace(self, &caller, input).await
    }

    async fn list_workspaces(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<Vec<WorkspaceRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_workspaces(self, &caller, &org_id).await
    }

    async fn get_workspace(
        &self,
        req: &RequestMeta,
        workspace: WorkspaceRef,
    ) -> Result<WorkspaceDetails, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::get_workspace(self, &caller, &workspace).await
    }

    async fn add_workspace_device(
        &self,
        req: &RequestMeta,
        input: AddWorkspaceDeviceInput,
    ) -> Result<AddedPartnerDevice, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::add_workspace_device(self, &caller, input).await
    }

    async fn delete_workspace(
        &self,
        req: &RequestMeta,
        workspace: WorkspaceRef,
    ) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::delete_workspace(self, &caller, &workspace).await
    }

    async fn list_orders(
        &self,
        req: &RequestMeta,
        query: OrderQuery,
    ) -> Result<Vec<OrderRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::list_orders(self, &caller, query).await
    }

    async fn get_order_setup(
        &self,
        req: &RequestMeta,
        order_id: String,
    ) -> Result<OrderSetup, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::get_order_setup(self, &caller, &order_id).await
    }

    async fn submit_setup_step(
        &self,
        req: &RequestMeta,
        input: OrderStepInput,
    ) -> Result<OrderSetup, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::submit_setup_step(self, &caller, input).await
    }

    async fn setup_step_back(
        &self,
        req: &RequestMeta,
        order_id: String,
    ) -> Result<OrderSetup, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::setup_step_back(self, &caller, &order_id).await
    }

    async fn open_setup_link(
        &self,
        req: &RequestMeta,
        token: String,
    ) -> Result<OrderLinkInfo, ApiError> {
        let caller = self
            .caller_from_session(req.session_token.as_deref())
            .await?;
        Services::open_setup_link(self, caller.as_ref(), &token).await
    }

    async fn create_setup_account(
        &self,
        req: &RequestMeta,
        input: SetupAccountInput,
    ) -> Result<SignedIn, ApiError> {
        let session =
            Services::create_setup_account(self, input, req.session_token.as_deref()).await?;
        Ok(SignedIn {
            set_cookie: self
                .cookie_policy()
                .set(&session.token, session.max_age_secs),
            session: session.info,
        })
    }

    async fn request_full_admin(&self, req: &RequestMeta, org_id: String) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::request_full_admin(self, &caller, &org_id).await
    }

    async fn list_full_admin_requests(
        &self,
        req: &RequestMeta,
        org_id: String,
    ) -> Result<Vec<FullAdminRequestRow>, ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::full_admin_requests(self, &caller, &org_id).await
    }

    async fn answer_full_admin_request(
        &self,
        req: &RequestMeta,
        org_id: String,
        admin_id: String,
        grant: bool,
    ) -> Result<(), ApiError> {
        let caller = self.require_session(req.session_token.as_deref()).await?;
        Services::answer_full_admin_request(self, &caller, &org_id, &admin_id, grant).await
    }
}
