//! The catalog's wire types: packages and licenses with the display names a
//! partner's customers see.
use domain::{CatalogKind, CatalogName, Code, catalog::validate_catalog_rename};
use serde::{Deserialize, Serialize};

/// One package or license as a partner sees it in Partner Hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntryRow {
    pub kind: CatalogKind,
    pub key: String,
    /// The name the partner's customers see.
    pub name: String,
    /// The catalog's own name, shown again after a reset.
    pub default_name: String,
    /// The partner set `name`.
    pub renamed: bool,
    /// Packages: the keys of the licenses the package grants.
    pub license_keys: Vec<String>,
    /// Licenses: held by every user on top of the package (PH-5).
    pub default_grant: bool,
}

/// A partner org's view of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogView {
    pub partner_org_id: String,
    pub partner_name: String,
    pub can_write: bool,
    pub packages: Vec<CatalogEntryRow>,
    pub licenses: Vec<CatalogEntryRow>,
}

impl CatalogView {
    pub fn entries(&self, kind: CatalogKind) -> &[CatalogEntryRow] {
        match kind {
            CatalogKind::Package => &self.packages,
            CatalogKind::License => &self.licenses,
        }
    }

    /// The display name of a license key (package rows list keys).
    pub fn license_name(&self, key: &str) -> String {
        self.licenses
            .iter()
            .find(|l| l.key == key)
            .map_or_else(|| key.to_owned(), |l| l.name.clone())
    }

    /// Validates a new name for an entry against the rules and its
    /// siblings, in the browser and again on the server.
    pub fn validate_rename(
        &self,
        kind: CatalogKind,
        key: &str,
        name: &str,
    ) -> Result<CatalogName, Code> {
        validate_catalog_rename(
            key,
            name,
            self.entries(kind)
                .iter()
                .map(|e| (e.key.as_str(), e.name.as_str())),
        )
    }
}

/// Renames an entry for the partner's customers; `name: None` goes back to
/// the catalog's default name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenameCatalogEntryInput {
    pub partner_org_id: String,
    pub kind: CatalogKind,
    pub key: String,
    pub name: Option<String>,
}
