//! The catalog: licenses, packages and which licenses each package grants.
//! Data, not code: seeded with the default catalog below, editable later;
//! code refers to entries by `key` only.
use sqlx::Row;

use super::{Store, StoreResult, new_id, now_ms};

/// `(key, display name)` of the default licenses.
const DEFAULT_LICENSES: &[(&str, &str)] = &[
    ("calling_professional", "Webex Calling Professional"),
    ("calling_standard", "Webex Calling Standard"),
    ("basic_messaging", "Basic Messaging"),
    ("basic_space_meetings", "Basic Space Meetings"),
    ("call_on_webex", "Call on Webex"),
    ("webex_go", "Webex Go"),
    ("workspace_professional", "Workspace Professional"),
    ("common_area", "Common Area"),
    ("meetings", "Meetings"),
];

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
        for (key, name) in DEFAULT_LICENSES {
            sqlx::query(
                "INSERT INTO licenses (id, key, name, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (key) DO NOTHING",
            )
            .bind(new_id())
            .bind(*key)
            .bind(*name)
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
}
