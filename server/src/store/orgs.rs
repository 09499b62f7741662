//! The org tree (T-1): partner orgs own customer orgs.
use sqlx::{Row, any::AnyRow};

use super::{
    NewAuditEntry, Store, StoreResult, audit::insert_audit, finish, like_contains, now_ms,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRecord {
    pub id: String,
    pub name: String,
    pub is_partner: bool,
    pub partner_id: Option<String>,
    pub country: Option<String>,
    pub suppress_email: bool,
    /// PMD-3: the Device Management integration entitlement.
    pub device_management: bool,
    pub created_at: i64,
}

pub struct NewOrg<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub is_partner: bool,
    pub partner_id: Option<&'a str>,
    pub country: Option<&'a str>,
}

const ORG_COLUMNS: &str =
    "id, name, is_partner, partner_id, country, suppress_email, device_management, created_at";

fn org_from_row(row: &AnyRow) -> Result<OrgRecord, sqlx::Error> {
    Ok(OrgRecord {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        is_partner: row.try_get::<i64, _>("is_partner")? != 0,
        partner_id: row.try_get("partner_id")?,
        country: row.try_get("country")?,
        suppress_email: row.try_get::<i64, _>("suppress_email")? != 0,
        device_management: row.try_get::<i64, _>("device_management")? != 0,
        created_at: row.try_get("created_at")?,
    })
}

/// A yes/no setting of an org that an admin switches.
#[derive(Debug, Clone, Copy)]
pub(super) enum OrgFlag {
    /// GO-6: no activation emails to users.
    SuppressEmail,
    /// PMD-3: the Device Management integration.
    DeviceManagement,
}

impl OrgFlag {
    const fn column(self) -> &'static str {
        match self {
            Self::SuppressEmail => "suppress_email",
            Self::DeviceManagement => "device_management",
        }
    }
}

/// [`Store::insert_org`] with any executor, so an org can be created in the
/// same transaction as what needs it (SUB-5).
pub(crate) async fn insert_org_with<'e, E>(executor: E, org: &NewOrg<'_>) -> StoreResult<bool>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let done = sqlx::query(
        "INSERT INTO orgs (id, name, is_partner, partner_id, country, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
    )
    .bind(org.id)
    .bind(org.name)
    .bind(i64::from(org.is_partner))
    .bind(org.partner_id)
    .bind(org.country)
    .bind(now_ms())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

impl Store {
    /// Switches one of an org's settings, with its audit entry.
    pub(super) async fn set_org_flag(
        &self,
        org_id: &str,
        flag: OrgFlag,
        on: bool,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<()> = async {
            sqlx::query(&format!(
                "UPDATE orgs SET {} = $2 WHERE id = $1",
                flag.column()
            ))
            .bind(org_id)
            .bind(i64::from(on))
            .execute(&mut *tx)
            .await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// Inserts the org unless one with this id exists; returns whether it
    /// was inserted.
    pub async fn insert_org(&self, org: &NewOrg<'_>) -> StoreResult<bool> {
        insert_org_with(self.pool(), org).await
    }

    pub async fn org(&self, id: &str) -> StoreResult<Option<OrgRecord>> {
        let row = sqlx::query(&format!("SELECT {ORG_COLUMNS} FROM orgs WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(org_from_row).transpose()?)
    }

    pub async fn org_by_name(&self, name: &str) -> StoreResult<Option<OrgRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {ORG_COLUMNS} FROM orgs WHERE LOWER(name) = LOWER($1) ORDER BY created_at LIMIT 1"
        ))
        .bind(name)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(org_from_row).transpose()?)
    }

    /// The customers of `partner_id` whose name contains `search` (any case),
    /// by name, with their admin counts.
    pub async fn customers_of(
        &self,
        partner_id: &str,
        search: &str,
        limit: i64,
    ) -> StoreResult<Vec<(OrgRecord, i64)>> {
        let rows = sqlx::query(&format!(
            "SELECT {ORG_COLUMNS},
                (SELECT COUNT(*) FROM admin_roles r WHERE r.org_id = orgs.id) AS admin_count
             FROM orgs
             WHERE partner_id = $1 AND LOWER(name) LIKE $2 ESCAPE '\\'
             ORDER BY LOWER(name), id
             LIMIT $3"
        ))
        .bind(partner_id)
        .bind(like_contains(search.trim()))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((org_from_row(row)?, row.try_get::<i64, _>("admin_count")?)))
            .collect()
    }
}
