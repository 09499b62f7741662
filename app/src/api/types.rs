//! What the server functions take and return: plain data, shared by the
//! browser and the server.
use domain::{Language, Role};
use serde::{Deserialize, Serialize};

/// The signed-in admin, as the SPA needs to know them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub admin_id: String,
    pub email: String,
    pub display_name: String,
    pub language: Language,
    pub grants: Vec<RoleGrant>,
}

impl SessionInfo {
    /// Partner admins land in Partner Hub; everyone else in the Control Hub
    /// of the first org they administer. An account made for a *Set up
    /// service* link administers no org until its order is set up (SUB-1):
    /// it lands on `/`, which offers the orders waiting for it.
    pub fn landing_path(&self) -> String {
        if self.grants.iter().any(|g| g.role.is_partner_role()) {
            "/partner/customers".into()
        } else {
            self.grants
                .first()
                .map(|g| format!("/orgs/{}/overview", g.org_id))
                .unwrap_or_else(|| "/".into())
        }
    }

    pub fn is_partner_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role.is_partner_role())
    }
}

/// One role held in one org (T-2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    pub org_id: String,
    pub org_name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInInput {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerQuery {
    /// Matched against the customer's name, case-insensitively.
    pub search: String,
}

/// A row of the Partner Hub customers list (PH-1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerRow {
    pub id: String,
    pub name: String,
    pub country: Option<String>,
    pub admin_count: u32,
    pub created_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgRef {
    pub id: String,
    pub name: String,
}

/// The Control Hub overview of one org.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgDetails {
    pub id: String,
    pub name: String,
    pub country: Option<String>,
    pub is_partner: bool,
    pub partner: Option<OrgRef>,
    pub admins: Vec<AdminRow>,
    pub created_at_ms: i64,
    /// False for read-only access: the UI offers no changes.
    pub can_write: bool,
    pub subscriptions: Vec<SubscriptionSummary>,
    /// GO-6: mail to end users (activation codes) is not sent; admins hand
    /// codes over themselves.
    #[serde(default)]
    pub suppress_email: bool,
}

/// A subscription and its license pools.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionSummary {
    pub id: String,
    pub pools: Vec<LicensePool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LicensePool {
    /// The catalog key (stable); `license_name` is the editable display name.
    pub license_key: String,
    pub license_name: String,
    pub quantity: i64,
    pub used: i64,
}

impl LicensePool {
    pub fn available(&self) -> i64 {
        (self.quantity - self.used).max(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminRow {
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    pub org_id: String,
    /// Keyset pagination: entries strictly older than this entry id.
    pub before: Option<String>,
}

/// One audit record: who (the admin and the org they acted from), where
/// (the org acted in), what and when (T-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: String,
    pub at_ms: i64,
    pub actor_email: String,
    pub actor_org_name: Option<String>,
    pub org_name: String,
    pub action: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub next_before: Option<String>,
}
