//! SUB-5, T-2: a partner who provisioned an existing customer holds only
//! the *Provisioning admin* label there until the customer grants full
//! admin. The Provisioning admin asks (the customer's full admins are
//! emailed a link to the org's overview); a customer full admin grants or
//! declines. The partner's own admins cannot answer for the customer.
use app::api::{ApiError, FullAdminRequestRow};
use domain::{Code, Language, Role};

use super::{
    Services,
    orders::{OwnedEmail, caller_audit},
};
use crate::{
    store::NewEmail,
    tenancy::{Caller, Need, guard},
};

impl Services {
    /// SUB-5: a Provisioning admin asks the customer org's full admins for
    /// full admin, by email. Asking again mails again.
    pub async fn request_full_admin(&self, caller: &Caller, org_id: &str) -> Result<(), ApiError> {
        if !caller.holds(org_id, Role::ProvisioningAdmin) {
            return Err(ApiError::new(
                Code::NotProvisioningAdmin,
                "only a Provisioning admin of this org can ask for full admin",
            ));
        }
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        let admins: Vec<_> = self
            .store
            .admins_of(&scope.org.id)
            .await?
            .into_iter()
            .filter(|(_, role)| *role == Role::CustomerFullAdmin)
            .collect();
        if admins.is_empty() {
            return Err(ApiError::new(
                Code::CustomerHasNoAdmin,
                "the org has no full admin to ask",
            ));
        }
        let catalog = app::i18n::Catalog::get();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("admin", caller.admin.display_name.clone());
        args.set("email", caller.admin.email.clone());
        args.set("org", scope.org.name.clone());
        args.set(
            "link",
            format!("{}/orgs/{}/overview", self.config.public_url, scope.org.id),
        );
        let emails: Vec<OwnedEmail> = admins
            .iter()
            .map(|(admin, _)| {
                let language = Language::parse(&admin.language).unwrap_or_default();
                OwnedEmail {
                    to: admin.email.clone(),
                    subject: catalog.format(
                        language,
                        "email-full-admin-request-subject",
                        Some(&args),
                    ),
                    body: catalog.format(language, "email-full-admin-request-body", Some(&args)),
                    language,
                }
            })
            .collect();
        let new_emails: Vec<NewEmail<'_>> = emails.iter().map(OwnedEmail::new_email).collect();
        let recorded = self
            .store
            .request_full_admin(
                &caller.admin.id,
                &scope.org.id,
                &new_emails,
                &caller_audit(caller, Some(&scope.org.id), "full_admin_requested", ""),
            )
            .await?;
        match recorded {
            true => Ok(()),
            // The label was answered away between the check and the write.
            false => Err(ApiError::new(
                Code::NotProvisioningAdmin,
                "only a Provisioning admin of this org can ask for full admin",
            )),
        }
    }

    /// SUB-5: the org's pending requests, for its customer full admins.
    pub async fn full_admin_requests(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<Vec<FullAdminRequestRow>, ApiError> {
        let scope = self.customer_full_admin_scope(caller, org_id).await?;
        Ok(self
            .store
            .full_admin_requests(&scope)
            .await?
            .into_iter()
            .map(|request| FullAdminRequestRow {
                admin_id: request.admin.id,
                display_name: request.admin.display_name,
                email: request.admin.email,
                requested_at_ms: request.requested_at,
            })
            .collect())
    }

    /// SUB-5, T-2: a customer full admin grants or declines a pending
    /// request. One already answered (by a colleague) is `not_found`.
    pub async fn answer_full_admin_request(
        &self,
        caller: &Caller,
        org_id: &str,
        admin_id: &str,
        grant: bool,
    ) -> Result<(), ApiError> {
        let scope = self.customer_full_admin_scope(caller, org_id).await?;
        let action = match grant {
            true => "full_admin_granted",
            false => "full_admin_declined",
        };
        let answered = self
            .store
            .answer_full_admin_request(
                admin_id,
                &scope,
                grant,
                &caller_audit(caller, Some(&scope), action, admin_id),
            )
            .await?;
        match answered {
            true => Ok(()),
            false => Err(ApiError::new(
                Code::NotFound,
                "no pending request for full admin from this admin",
            )),
        }
    }

    /// The org, when the caller is one of its own customer full admins:
    /// only they may make someone a full admin of it (T-2).
    async fn customer_full_admin_scope(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<String, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        match caller.holds(&scope.org.id, Role::CustomerFullAdmin) {
            true => Ok(scope.org.id),
            false => Err(ApiError::forbidden()),
        }
    }
}
