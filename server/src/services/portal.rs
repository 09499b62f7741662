//! The SPA's view of the services: `app::api::ssr::Portal`, implemented by
//! resolving the session cookie and delegating.
use app::api::{
    ApiError, AuditPage, AuditQuery, CustomerQuery, CustomerRow, OrgDetails, SessionInfo,
    SignInInput,
    ssr::{Portal, RequestMeta, SignedIn},
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
}
