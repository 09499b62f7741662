//! The tenancy rule (T-1, T-3): what an admin's role grants reach.
//!
//! A role held in an org reaches that org. A partner role also reaches every
//! customer org the partner owns — one level down, never sideways to another
//! partner's customers and never up. Read-only partner admins read; every
//! other role writes. The server applies this to every read and write.

use crate::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    None,
    Read,
    Write,
}

/// One role held in one org.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant<'a> {
    pub org_id: &'a str,
    pub role: Role,
}

/// Where the target org sits in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgPosition<'a> {
    pub id: &'a str,
    /// The partner that owns it, if any.
    pub partner_id: Option<&'a str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision<'a> {
    pub access: Access,
    /// The partner org the access comes through, when the caller acts in a
    /// customer org from its partner org (recorded in the audit log).
    pub via_org: Option<&'a str>,
}

fn role_access(role: Role) -> Access {
    match role {
        Role::PartnerReadOnly => Access::Read,
        Role::PartnerFullAdmin | Role::CustomerFullAdmin | Role::ProvisioningAdmin => Access::Write,
    }
}

/// The strongest access any of `grants` gives to `target`.
pub fn decide<'a>(grants: &[Grant<'a>], target: OrgPosition<'_>) -> Decision<'a> {
    let mut best = Decision {
        access: Access::None,
        via_org: None,
    };
    for grant in grants {
        let candidate = if grant.org_id == target.id {
            Decision {
                access: role_access(grant.role),
                via_org: None,
            }
        } else if grant.role.is_partner_role() && target.partner_id == Some(grant.org_id) {
            Decision {
                access: role_access(grant.role),
                via_org: Some(grant.org_id),
            }
        } else {
            continue;
        };
        // Prefer stronger access; at equal access, acting in one's own org.
        if candidate.access > best.access
            || (candidate.access == best.access
                && best.via_org.is_some()
                && candidate.via_org.is_none())
        {
            best = candidate;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTNER: &str = "partner";
    const CUSTOMER: &str = "customer";
    const OTHER_CUSTOMER: &str = "other-customer";

    fn customer() -> OrgPosition<'static> {
        OrgPosition {
            id: CUSTOMER,
            partner_id: Some(PARTNER),
        }
    }

    #[test]
    fn t3_a_partner_full_admin_writes_in_its_customer_org_acting_from_the_partner() {
        let grants = [Grant {
            org_id: PARTNER,
            role: Role::PartnerFullAdmin,
        }];
        let decision = decide(&grants, customer());
        assert_eq!(decision.access, Access::Write);
        assert_eq!(decision.via_org, Some(PARTNER));
    }

    #[test]
    fn t3_a_partner_read_only_admin_only_reads_its_customers() {
        let grants = [Grant {
            org_id: PARTNER,
            role: Role::PartnerReadOnly,
        }];
        assert_eq!(decide(&grants, customer()).access, Access::Read);
    }

    #[test]
    fn t3_a_partner_admin_cannot_reach_another_partners_customer() {
        let grants = [Grant {
            org_id: PARTNER,
            role: Role::PartnerFullAdmin,
        }];
        let foreign = OrgPosition {
            id: OTHER_CUSTOMER,
            partner_id: Some("other-partner"),
        };
        assert_eq!(decide(&grants, foreign).access, Access::None);
    }

    #[test]
    fn t3_a_customer_admin_sees_only_its_own_org() {
        let grants = [Grant {
            org_id: CUSTOMER,
            role: Role::CustomerFullAdmin,
        }];
        assert_eq!(decide(&grants, customer()).access, Access::Write);
        let sibling = OrgPosition {
            id: OTHER_CUSTOMER,
            partner_id: Some(PARTNER),
        };
        assert_eq!(decide(&grants, sibling).access, Access::None);
        let partner = OrgPosition {
            id: PARTNER,
            partner_id: None,
        };
        assert_eq!(decide(&grants, partner).access, Access::None);
    }

    #[test]
    fn t2_a_customer_role_never_reaches_down_like_a_partner_role() {
        // A customer full admin of an org that happens to own customers
        // ("for my company") does not manage those customers.
        let grants = [Grant {
            org_id: PARTNER,
            role: Role::CustomerFullAdmin,
        }];
        assert_eq!(decide(&grants, customer()).access, Access::None);
    }

    #[test]
    fn the_strongest_grant_wins() {
        let grants = [
            Grant {
                org_id: PARTNER,
                role: Role::PartnerReadOnly,
            },
            Grant {
                org_id: CUSTOMER,
                role: Role::ProvisioningAdmin,
            },
        ];
        let decision = decide(&grants, customer());
        assert_eq!(decision.access, Access::Write);
        assert_eq!(decision.via_org, None);
    }

    #[test]
    fn no_grants_no_access() {
        assert_eq!(decide(&[], customer()).access, Access::None);
    }
}
