//! Orgs as Partner Hub and Control Hub show them.
use app::api::{
    AdminRow, ApiError, AuditEntry, AuditPage, AuditQuery, CustomerQuery, CustomerRow, LicensePool,
    OrgDetails, OrgRef, SubscriptionSummary,
};
use domain::{CatalogKind, tenancy::Access};

use super::Services;
use crate::tenancy::{Caller, Need, guard};

/// Customers listed at most per request (a partner with more narrows the
/// search; the directory issue adds paging).
const CUSTOMERS_LIMIT: i64 = 500;
const AUDIT_PAGE: i64 = 50;
/// Longest customer search accepted: a search, not a document.
const SEARCH_MAX_CHARS: usize = 200;

impl Services {
    /// The customers of every partner org the caller administers (PH-1).
    pub async fn list_customers(
        &self,
        caller: &Caller,
        query: CustomerQuery,
    ) -> Result<Vec<CustomerRow>, ApiError> {
        if query.search.chars().count() > SEARCH_MAX_CHARS {
            return Err(ApiError::field("search", domain::Code::BadRequest));
        }
        let partner_orgs: Vec<&str> = caller.partner_org_ids().collect();
        if partner_orgs.is_empty() {
            return Err(ApiError::forbidden());
        }
        let mut rows = Vec::new();
        for partner_id in partner_orgs {
            for (org, admin_count) in self
                .store
                .customers_of(partner_id, &query.search, CUSTOMERS_LIMIT)
                .await?
            {
                rows.push(CustomerRow {
                    id: org.id,
                    name: org.name,
                    country: org.country,
                    admin_count: u32::try_from(admin_count).unwrap_or(u32::MAX),
                    created_at_ms: org.created_at,
                });
            }
        }
        rows.sort_by_key(|r| r.name.to_lowercase());
        Ok(rows)
    }

    pub async fn org_overview(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<OrgDetails, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        let partner = match &scope.org.partner_id {
            Some(id) => self.store.org(id).await?.map(|p| OrgRef {
                id: p.id,
                name: p.name,
            }),
            None => None,
        };
        let admins = self
            .store
            .admins_of(&scope.org.id)
            .await?
            .into_iter()
            .map(|(admin, role)| AdminRow {
                email: admin.email,
                display_name: admin.display_name,
                role,
            })
            .collect();
        let names = self.catalog_names_for(&scope.org).await?;
        let mut subscriptions: Vec<SubscriptionSummary> = Vec::new();
        for pool in self.store.pools_of(&scope.org.id).await? {
            let license = LicensePool {
                license_name: names.resolve(
                    CatalogKind::License,
                    &pool.license_key,
                    pool.license_name,
                ),
                license_key: pool.license_key,
                quantity: pool.quantity,
                used: pool.used,
            };
            match subscriptions.last_mut() {
                Some(last) if last.id == pool.subscription_id => last.pools.push(license),
                _ => subscriptions.push(SubscriptionSummary {
                    id: pool.subscription_id,
                    pools: vec![license],
                }),
            }
        }
        for subscription in &mut subscriptions {
            subscription
                .pools
                .sort_by_key(|p| p.license_name.to_lowercase());
        }
        Ok(OrgDetails {
            id: scope.org.id,
            name: scope.org.name,
            country: scope.org.country,
            is_partner: scope.org.is_partner,
            partner,
            admins,
            created_at_ms: scope.org.created_at,
            can_write: scope.access >= Access::Write,
            subscriptions,
            suppress_email: scope.org.suppress_email,
        })
    }

    pub async fn audit_log(
        &self,
        caller: &Caller,
        query: AuditQuery,
    ) -> Result<AuditPage, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        let mut records = self
            .store
            .audit_page(&scope.org.id, query.before.as_deref(), AUDIT_PAGE + 1)
            .await?;
        let has_more = records.len() as i64 > AUDIT_PAGE;
        records.truncate(AUDIT_PAGE as usize);
        let next_before = has_more
            .then(|| records.last().map(|r| r.id.clone()))
            .flatten();
        Ok(AuditPage {
            entries: records
                .into_iter()
                .map(|r| AuditEntry {
                    id: r.id,
                    at_ms: r.at,
                    actor_email: r.actor_email,
                    actor_org_name: r.actor_org_name,
                    org_name: r.org_name,
                    action: r.action,
                    detail: r.detail,
                })
                .collect(),
            next_before,
        })
    }
}
