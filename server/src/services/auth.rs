//! Sign-in, sign-out and resolving who is calling.
use app::api::{ApiError, RoleGrant, SessionInfo, SignInInput};
use domain::{Code, Email, Language};

use super::Services;
use crate::{
    auth::{password, secret},
    store::{AdminRecord, NewAuditEntry, now_ms},
    tenancy::Caller,
};

/// Failed sign-ins allowed per account and client address per minute
/// before further attempts are refused with `rate_limited` (429).
pub const SIGN_IN_LIMIT: i64 = 5;
/// The same from one address over all accounts: a password-spraying stop
/// that an office behind one NAT address will not hit by accident.
const SIGN_IN_LIMIT_PER_ADDRESS: i64 = 50;
const SIGN_IN_WINDOW_MS: i64 = 60_000;

pub struct NewSession {
    pub info: SessionInfo,
    pub token: String,
    pub max_age_secs: i64,
}

impl Services {
    pub fn session_info(&self, caller: &Caller) -> SessionInfo {
        SessionInfo {
            admin_id: caller.admin.id.clone(),
            email: caller.admin.email.clone(),
            display_name: caller.admin.display_name.clone(),
            language: caller.language,
            grants: caller
                .grants
                .iter()
                .map(|g| RoleGrant {
                    org_id: g.org_id.clone(),
                    org_name: g.org_name.clone(),
                    role: g.role,
                })
                .collect(),
        }
    }

    async fn caller_for_admin(&self, admin_id: &str) -> Result<Option<Caller>, ApiError> {
        match self.store.admin(admin_id).await? {
            Some(admin) => Ok(Some(self.caller_from_record(admin).await?)),
            None => Ok(None),
        }
    }

    async fn caller_from_record(&self, admin: AdminRecord) -> Result<Caller, ApiError> {
        let grants = self.store.grants_of(&admin.id).await?;
        let language = Language::parse(&admin.language).unwrap_or(Language::En);
        Ok(Caller {
            admin,
            grants,
            language,
        })
    }

    /// The caller behind a session token, if the session is live.
    pub async fn caller_from_session(
        &self,
        token: Option<&str>,
    ) -> Result<Option<Caller>, ApiError> {
        let Some(token) = token else { return Ok(None) };
        let Some(session) = self.store.session(&secret::token_hash(token)).await? else {
            return Ok(None);
        };
        self.caller_for_admin(&session.admin_id).await
    }

    /// The caller behind a session token, or `unauthenticated`.
    pub async fn require_session(&self, token: Option<&str>) -> Result<Caller, ApiError> {
        self.caller_from_session(token)
            .await?
            .ok_or_else(ApiError::unauthenticated)
    }

    /// The caller behind an API token (REST), or `unauthenticated`.
    pub async fn require_api_token(&self, token: &str) -> Result<Caller, ApiError> {
        let record = self
            .store
            .use_api_token(&secret::token_hash(token))
            .await?
            .ok_or_else(ApiError::unauthenticated)?;
        self.caller_for_admin(&record.admin_id)
            .await?
            .ok_or_else(ApiError::unauthenticated)
    }

    /// Checks the credentials and opens a new session. `previous_token` is
    /// the session the browser had, ended here so a session id can never be
    /// fixed before sign-in and reused after it.
    pub async fn sign_in(
        &self,
        input: SignInInput,
        client_ip: std::net::IpAddr,
        previous_token: Option<&str>,
    ) -> Result<NewSession, ApiError> {
        let email = Email::parse(&input.email).map_err(|e| ApiError::field("email", e.code()))?;
        let account_key = format!("account:{}|ip:{client_ip}", email.as_str());
        let address_key = format!("ip:{client_ip}");
        if self
            .store
            .sign_in_failures(&account_key, SIGN_IN_WINDOW_MS)
            .await?
            >= SIGN_IN_LIMIT
            || self
                .store
                .sign_in_failures(&address_key, SIGN_IN_WINDOW_MS)
                .await?
                >= SIGN_IN_LIMIT_PER_ADDRESS
        {
            return Err(ApiError::new(
                Code::RateLimited,
                "too many failed sign-ins; wait a minute and try again",
            ));
        }

        let admin = self.store.admin_by_email(email.as_str()).await?;
        let stored_hash = admin.as_ref().and_then(|a| a.password_hash.clone());
        let verified = password::verify(input.password, stored_hash).await;
        let Some(admin) = admin.filter(|_| verified) else {
            self.store
                .record_sign_in_failure(&[&account_key, &address_key])
                .await?;
            tracing::info!(%client_ip, "sign-in failed");
            return Err(ApiError::new(
                Code::InvalidCredentials,
                "the email address or password is not correct",
            ));
        };
        self.store.clear_sign_in_failures(&account_key).await?;
        self.open_session(admin, previous_token).await
    }

    /// A new session for `admin`, ending the one the browser had
    /// (`previous_token`), so a session id can never be fixed before
    /// sign-in and reused after it.
    pub(super) async fn open_session(
        &self,
        admin: AdminRecord,
        previous_token: Option<&str>,
    ) -> Result<NewSession, ApiError> {
        if let Some(previous) = previous_token {
            self.store
                .delete_session(&secret::token_hash(previous))
                .await?;
        }
        let token = secret::random_token(32);
        let max_age_secs = self.config.session_hours * 3600;
        self.store
            .insert_session(
                &secret::token_hash(&token),
                &admin.id,
                now_ms() + max_age_secs * 1000,
            )
            .await?;
        let caller = self.caller_from_record(admin).await?;
        self.audit(&caller, caller.home_org_id(), None, "sign_in", "")
            .await?;
        tracing::info!(admin = %caller.admin.id, "signed in");
        Ok(NewSession {
            info: self.session_info(&caller),
            token,
            max_age_secs,
        })
    }

    /// Ends the session server-side: the cookie value is useless afterwards,
    /// even if a copy of it survives somewhere.
    pub async fn sign_out(&self, token: Option<&str>) -> Result<(), ApiError> {
        let Some(token) = token else { return Ok(()) };
        if let Some(caller) = self.caller_from_session(Some(token)).await? {
            self.audit(&caller, caller.home_org_id(), None, "sign_out", "")
                .await?;
        }
        self.store
            .delete_session(&secret::token_hash(token))
            .await?;
        Ok(())
    }

    pub async fn set_language(&self, caller: &Caller, language: Language) -> Result<(), ApiError> {
        self.store
            .set_admin_language(&caller.admin.id, language.as_str())
            .await?;
        self.audit(
            caller,
            caller.home_org_id(),
            None,
            "language_changed",
            language.as_str(),
        )
        .await?;
        Ok(())
    }

    /// Records a change: by `caller`, in `org_id`, acting from
    /// `acting_from` when that is another org (T-3).
    pub async fn audit(
        &self,
        caller: &Caller,
        org_id: Option<&str>,
        acting_from: Option<&str>,
        action: &str,
        detail: &str,
    ) -> Result<(), ApiError> {
        self.store
            .record_audit(&NewAuditEntry {
                actor_admin_id: Some(&caller.admin.id),
                actor_email: &caller.admin.email,
                actor_org_id: acting_from,
                org_id,
                action,
                detail,
            })
            .await?;
        Ok(())
    }
}
