//! The tenancy guard (T-3, T-4): the one place that decides whether a
//! caller may read or change an org. Every service method that touches an
//! org's data calls [`guard`] first, with the org id from the request; the
//! rule itself is `domain::tenancy`, a pure function with its own tests.
use app::api::ApiError;
use domain::{
    Language, Role,
    tenancy::{Access, Grant, OrgPosition, decide},
};

use crate::store::{AdminRecord, GrantRecord, OrgRecord, Store};

/// An authenticated admin (by session or API token).
#[derive(Debug, Clone)]
pub struct Caller {
    pub admin: AdminRecord,
    pub grants: Vec<GrantRecord>,
    pub language: Language,
}

impl Caller {
    /// The org the caller acts from by default: their first partner org,
    /// else their first org.
    pub fn home_org_id(&self) -> Option<&str> {
        self.grants
            .iter()
            .find(|g| g.role.is_partner_role())
            .or_else(|| self.grants.first())
            .map(|g| g.org_id.as_str())
    }

    /// Whether the caller holds `role` in `org_id` itself (not through a
    /// partner org): SUB-5's Provisioning admin label, T-2's customer full
    /// admin.
    pub fn holds(&self, org_id: &str, role: Role) -> bool {
        self.grants
            .iter()
            .any(|g| g.org_id == org_id && g.role == role)
    }

    /// Partner orgs in which the caller holds a partner role.
    pub fn partner_org_ids(&self) -> impl Iterator<Item = &str> {
        self.grants
            .iter()
            .filter(|g| g.role.is_partner_role())
            .map(|g| g.org_id.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Read,
    Write,
}

/// What the guard found: the org, the access granted, and the org the
/// caller acts from when it is not the org itself (a partner in a customer
/// org), for the audit log.
#[derive(Debug, Clone)]
pub struct OrgScope {
    pub org: OrgRecord,
    pub access: Access,
    pub acting_from: Option<String>,
}

/// Loads the org and checks the caller's access to it. An org that does not
/// exist and one the caller may not see both answer `forbidden`, so ids of
/// other tenants cannot be probed.
pub async fn guard(
    store: &Store,
    caller: &Caller,
    org_id: &str,
    need: Need,
) -> Result<OrgScope, ApiError> {
    let Some(org) = store.org(org_id).await? else {
        return Err(ApiError::forbidden());
    };
    let grants: Vec<Grant<'_>> = caller
        .grants
        .iter()
        .map(|g| Grant {
            org_id: &g.org_id,
            role: g.role,
        })
        .collect();
    let decision = decide(
        &grants,
        OrgPosition {
            id: &org.id,
            partner_id: org.partner_id.as_deref(),
        },
    );
    let allowed = match need {
        Need::Read => decision.access >= Access::Read,
        Need::Write => decision.access >= Access::Write,
    };
    if !allowed {
        tracing::info!(admin = %caller.admin.id, org = %org_id, ?need, "tenancy refused");
        return Err(ApiError::forbidden());
    }
    let acting_from = decision.via_org.map(str::to_owned);
    Ok(OrgScope {
        access: decision.access,
        acting_from,
        org,
    })
}
