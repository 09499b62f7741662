//! The catalog as partners see it (issue 3): display names a partner full
//! admin sets for their customers, resolved wherever a name is shown.
use app::api::{ApiError, CatalogEntryRow, CatalogView, RenameCatalogEntryInput};
use domain::{CatalogKind, tenancy::Access};

use super::Services;
use crate::{
    store::{CatalogNames, NewAuditEntry, OrgRecord},
    tenancy::{Caller, Need, OrgScope, guard},
};

/// The partner whose display names an org sees: its own for a partner org,
/// its partner's for a customer, none for a direct customer.
pub fn catalog_owner(org: &OrgRecord) -> Option<&str> {
    if org.is_partner {
        Some(&org.id)
    } else {
        org.partner_id.as_deref()
    }
}

impl Services {
    /// The display names the org's users and admins see.
    pub(super) async fn catalog_names_for(
        &self,
        org: &OrgRecord,
    ) -> Result<CatalogNames, ApiError> {
        Ok(self.store.catalog_names(catalog_owner(org)).await?)
    }

    /// A partner org the caller may read, named or their first one.
    async fn partner_scope(
        &self,
        caller: &Caller,
        partner_org_id: Option<&str>,
        need: Need,
    ) -> Result<OrgScope, ApiError> {
        let org_id = match partner_org_id.filter(|id| !id.is_empty()) {
            Some(id) => id.to_owned(),
            None => caller
                .partner_org_ids()
                .next()
                .ok_or_else(ApiError::forbidden)?
                .to_owned(),
        };
        let scope = guard(&self.store, caller, &org_id, need).await?;
        // Only partners rename the catalog: a customer org's admins see
        // their partner's names and never set their own.
        if !scope.org.is_partner {
            return Err(ApiError::forbidden());
        }
        Ok(scope)
    }

    pub async fn catalog(
        &self,
        caller: &Caller,
        partner_org_id: Option<&str>,
    ) -> Result<CatalogView, ApiError> {
        let scope = self
            .partner_scope(caller, partner_org_id, Need::Read)
            .await?;
        self.catalog_view(&scope).await
    }

    async fn catalog_view(&self, scope: &OrgScope) -> Result<CatalogView, ApiError> {
        let names = self.store.catalog_names(Some(&scope.org.id)).await?;
        let entry = |kind: CatalogKind, key: String, default_name: String| CatalogEntryRow {
            kind,
            name: names.resolve(kind, &key, default_name.clone()),
            renamed: names.is_renamed(kind, &key),
            key,
            default_name,
            license_keys: Vec::new(),
            default_grant: false,
        };
        let mut packages: Vec<CatalogEntryRow> = self
            .store
            .packages()
            .await?
            .into_iter()
            .map(|p| CatalogEntryRow {
                license_keys: p.license_keys,
                ..entry(CatalogKind::Package, p.key, p.name)
            })
            .collect();
        let mut licenses: Vec<CatalogEntryRow> = self
            .store
            .licenses()
            .await?
            .into_iter()
            .map(|l| CatalogEntryRow {
                default_grant: l.default_grant,
                ..entry(CatalogKind::License, l.key, l.name)
            })
            .collect();
        packages.sort_by_key(|e| e.name.to_lowercase());
        licenses.sort_by_key(|e| e.name.to_lowercase());
        Ok(CatalogView {
            partner_org_id: scope.org.id.clone(),
            partner_name: scope.org.name.clone(),
            can_write: scope.access >= Access::Write,
            packages,
            licenses,
        })
    }

    /// Renames one entry for the partner's customers, or resets it.
    pub async fn rename_catalog_entry(
        &self,
        caller: &Caller,
        input: RenameCatalogEntryInput,
    ) -> Result<CatalogView, ApiError> {
        let scope = self
            .partner_scope(caller, Some(&input.partner_org_id), Need::Write)
            .await?;
        let view = self.catalog_view(&scope).await?;
        let Some(entry) = view.entries(input.kind).iter().find(|e| e.key == input.key) else {
            return Err(ApiError::not_found());
        };
        let name = match input.name.as_deref() {
            Some(name) => Some(
                view.validate_rename(input.kind, &input.key, name)
                    .map_err(|code| ApiError::field("name", code))?,
            ),
            None => None,
        };
        // A name equal to the default is stored as no name, so a later
        // change of the default reaches this partner's customers too.
        let name = name.filter(|n| n.as_str() != entry.default_name);
        let detail = format!(
            "{} {}: {}",
            input.kind.as_str(),
            input.key,
            name.as_ref()
                .map_or(entry.default_name.as_str(), |n| n.as_str())
        );
        let audit = NewAuditEntry {
            actor_admin_id: Some(&caller.admin.id),
            actor_email: &caller.admin.email,
            actor_org_id: scope.acting_from.as_deref(),
            org_id: Some(&scope.org.id),
            action: "catalog_renamed",
            detail: &detail,
        };
        self.store
            .set_catalog_name(&scope.org.id, input.kind, &input.key, name.as_ref(), &audit)
            .await?;
        self.catalog_view(&scope).await
    }
}
