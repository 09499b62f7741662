//! The catalog: licenses, packages and which licenses each package grants.
//! Data, not code: seeded with the default catalog below; code refers to
//! entries by `key` only. A partner full admin may rename entries for their
//! own customers ([`CatalogNames`]); the keys and grants are the same for
//! every tenant.
use std::collections::HashMap;

use domain::{CatalogKind, CatalogName};
use sqlx::Row;

use super::{NewAuditEntry, Store, StoreResult, audit::insert_audit, finish, new_id, now_ms};

/// `(key, display name, granted to every user by default (PH-5))` of the
/// default licenses.
const DEFAULT_LICENSES: &[(&str, &str, bool)] = &[
    ("calling_professional", "Webex Calling Professional", false),
    ("calling_standard", "Webex Calling Standard", false),
    ("basic_messaging", "Basic Messaging", true),
    ("basic_space_meetings", "Basic Space Meetings", true),
    ("call_on_webex", "Call on Webex", true),
    ("webex_go", "Webex Go", false),
    ("workspace_professional", "Workspace Professional", false),
    ("common_area", "Common Area", false),
    ("meetings", "Meetings", false),
];

/// A package of the catalog, with the keys of the licenses it grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageRecord {
    pub id: String,
    pub key: String,
    pub name: String,
    pub needs_calling: bool,
    pub needs_meeting_site: bool,
    pub license_keys: Vec<String>,
}

struct DefaultPackage {
    key: &'static str,
    name: &'static str,
    /// PH-4: extension or number, and a location, are required.
    needs_calling: bool,
    /// PH-4: a preferred Webex site is expected (a warning when missing).
    needs_meeting_site: bool,
    licenses: &'static [&'static str],
}

const DEFAULT_PACKAGES: &[DefaultPackage] = &[
    DefaultPackage {
        key: "webex_calling",
        name: "Webex Calling",
        needs_calling: true,
        needs_meeting_site: true,
        licenses: &["calling_professional"],
    },
    DefaultPackage {
        key: "webex_calling_standard",
        name: "Webex Calling Standard",
        needs_calling: true,
        needs_meeting_site: true,
        licenses: &["calling_standard"],
    },
    DefaultPackage {
        key: "webex_suite",
        name: "Webex Suite",
        needs_calling: true,
        needs_meeting_site: true,
        licenses: &["calling_professional", "meetings"],
    },
    DefaultPackage {
        key: "webex_voice",
        name: "Webex Voice",
        needs_calling: false,
        needs_meeting_site: false,
        licenses: &["calling_professional"],
    },
    DefaultPackage {
        key: "webex_meetings",
        name: "Webex Meetings",
        needs_calling: false,
        needs_meeting_site: true,
        licenses: &["meetings"],
    },
];

impl Store {
    /// Adds the default catalog entries that are missing; never changes an
    /// entry an admin may have edited.
    pub async fn seed_catalog(&self) -> StoreResult<()> {
        let now = now_ms();
        for (key, name, default_grant) in DEFAULT_LICENSES {
            sqlx::query(
                "INSERT INTO licenses (id, key, name, default_grant, created_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING",
            )
            .bind(new_id())
            .bind(*key)
            .bind(*name)
            .bind(i64::from(*default_grant))
            .bind(now)
            .execute(self.pool())
            .await?;
        }
        for package in DEFAULT_PACKAGES {
            let inserted = sqlx::query(
                "INSERT INTO packages (id, key, name, needs_calling, needs_meeting_site, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING",
            )
            .bind(new_id())
            .bind(package.key)
            .bind(package.name)
            .bind(i64::from(package.needs_calling))
            .bind(i64::from(package.needs_meeting_site))
            .bind(now)
            .execute(self.pool())
            .await?;
            if inserted.rows_affected() == 0 {
                continue;
            }
            for license in package.licenses {
                sqlx::query(
                    "INSERT INTO package_licenses (package_id, license_id)
                     SELECT p.id, l.id FROM packages p, licenses l WHERE p.key = $1 AND l.key = $2",
                )
                .bind(package.key)
                .bind(*license)
                .execute(self.pool())
                .await?;
            }
        }
        Ok(())
    }

    /// The id of the license with this catalog key.
    pub async fn license_id(&self, key: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT id FROM licenses WHERE key = $1")
            .bind(key)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("id")).transpose()?)
    }

    /// Every package, by name, with its licenses.
    pub async fn packages(&self) -> StoreResult<Vec<PackageRecord>> {
        let rows = sqlx::query(
            "SELECT p.id, p.key, p.name, p.needs_calling, p.needs_meeting_site, l.key AS license_key
             FROM packages p
             LEFT JOIN package_licenses pl ON pl.package_id = p.id
             LEFT JOIN licenses l ON l.id = pl.license_id
             ORDER BY p.name, p.id, l.key",
        )
        .fetch_all(self.pool())
        .await?;
        let mut packages: Vec<PackageRecord> = Vec::new();
        for row in &rows {
            let id: String = row.try_get("id")?;
            let license: Option<String> = row.try_get("license_key")?;
            match packages.last_mut() {
                Some(last) if last.id == id => last.license_keys.extend(license),
                _ => packages.push(PackageRecord {
                    id,
                    key: row.try_get("key")?,
                    name: row.try_get("name")?,
                    needs_calling: row.try_get::<i64, _>("needs_calling")? != 0,
                    needs_meeting_site: row.try_get::<i64, _>("needs_meeting_site")? != 0,
                    license_keys: license.into_iter().collect(),
                }),
            }
        }
        Ok(packages)
    }
}

/// A license of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseRecord {
    pub key: String,
    pub name: String,
    /// PH-5: held by every user on top of the package.
    pub default_grant: bool,
}

/// One partner's display names for catalog entries, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogNames {
    names: HashMap<(CatalogKind, String), String>,
}

impl CatalogNames {
    /// The name the partner's customers see for `key`: the partner's own
    /// when it set one, else `default`.
    pub fn resolve(&self, kind: CatalogKind, key: &str, default: String) -> String {
        self.names
            .get(&(kind, key.to_owned()))
            .cloned()
            .unwrap_or(default)
    }

    /// Whether the partner renamed this entry.
    pub fn is_renamed(&self, kind: CatalogKind, key: &str) -> bool {
        self.names.contains_key(&(kind, key.to_owned()))
    }
}

impl Store {
    /// Every license, by key.
    pub async fn licenses(&self) -> StoreResult<Vec<LicenseRecord>> {
        let rows = sqlx::query("SELECT key, name, default_grant FROM licenses ORDER BY key")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(LicenseRecord {
                    key: row.try_get("key")?,
                    name: row.try_get("name")?,
                    default_grant: row.try_get::<i64, _>("default_grant")? != 0,
                })
            })
            .collect()
    }

    /// The display names a partner set. `None` (an org without a partner)
    /// has none.
    pub async fn catalog_names(&self, partner_org_id: Option<&str>) -> StoreResult<CatalogNames> {
        let Some(partner_org_id) = partner_org_id else {
            return Ok(CatalogNames::default());
        };
        let rows = sqlx::query(
            "SELECT kind, entry_key, name FROM catalog_names WHERE partner_org_id = $1",
        )
        .bind(partner_org_id)
        .fetch_all(self.pool())
        .await?;
        let mut names = HashMap::new();
        for row in &rows {
            let kind: String = row.try_get("kind")?;
            let Some(kind) = CatalogKind::parse(&kind) else {
                tracing::error!(%kind, "stored catalog name has an unknown kind");
                continue;
            };
            names.insert((kind, row.try_get("entry_key")?), row.try_get("name")?);
        }
        Ok(CatalogNames { names })
    }

    /// Sets (`Some`) or resets to the default (`None`) the partner's display
    /// name of one entry, with its audit entry, in one transaction.
    pub async fn set_catalog_name(
        &self,
        partner_org_id: &str,
        kind: CatalogKind,
        key: &str,
        name: Option<&CatalogName>,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<()> = async {
            match name {
                Some(name) => {
                    sqlx::query(
                        "INSERT INTO catalog_names (partner_org_id, kind, entry_key, name, updated_at)
                         VALUES ($1, $2, $3, $4, $5)
                         ON CONFLICT (partner_org_id, kind, entry_key)
                         DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at",
                    )
                    .bind(partner_org_id)
                    .bind(kind.as_str())
                    .bind(key)
                    .bind(name.as_str())
                    .bind(now_ms())
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    sqlx::query(
                        "DELETE FROM catalog_names
                         WHERE partner_org_id = $1 AND kind = $2 AND entry_key = $3",
                    )
                    .bind(partner_org_id)
                    .bind(kind.as_str())
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            insert_audit(&mut *tx, audit).await
        }
        .await;
        finish(tx, result).await
    }
}
