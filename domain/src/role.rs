//! Admin roles (T-2).
use serde::{Deserialize, Serialize};

use crate::Code;

/// What an admin is in one org. A *user* (no portal access) is not a role
/// here: users are not admins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages the partner org and every customer org it owns.
    PartnerFullAdmin,
    /// Sees the partner org and its customers; changes nothing.
    PartnerReadOnly,
    /// Manages one customer org.
    CustomerFullAdmin,
    /// A partner admin who provisioned a customer's subscription: works in
    /// that org only, until the customer grants full admin (SUB-5).
    ProvisioningAdmin,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(pub String);

impl UnknownRole {
    pub fn code(&self) -> Code {
        Code::BadRequest
    }
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::PartnerFullAdmin,
        Role::PartnerReadOnly,
        Role::CustomerFullAdmin,
        Role::ProvisioningAdmin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::PartnerFullAdmin => "partner_full_admin",
            Role::PartnerReadOnly => "partner_read_only",
            Role::CustomerFullAdmin => "customer_full_admin",
            Role::ProvisioningAdmin => "provisioning_admin",
        }
    }

    pub fn parse(input: &str) -> Result<Role, UnknownRole> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == input)
            .ok_or_else(|| UnknownRole(input.to_owned()))
    }

    /// Roles that reach beyond the org into the customers it owns.
    pub fn is_partner_role(self) -> bool {
        matches!(self, Role::PartnerFullAdmin | Role::PartnerReadOnly)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_string() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
    }

    #[test]
    fn an_unknown_role_string_is_rejected() {
        assert!(Role::parse("superuser").is_err());
    }
}
