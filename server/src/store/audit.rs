//! The audit log: who did what, where, when (T-3).
use sqlx::Row;

use super::{Store, StoreResult, new_id, now_ms};

pub struct NewAuditEntry<'a> {
    pub actor_admin_id: Option<&'a str>,
    pub actor_email: &'a str,
    /// The org the actor acted from, when it differs from `org_id`.
    pub actor_org_id: Option<&'a str>,
    pub org_id: Option<&'a str>,
    pub action: &'a str,
    pub detail: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub id: String,
    pub at: i64,
    pub actor_email: String,
    pub actor_org_name: Option<String>,
    pub org_name: String,
    pub action: String,
    pub detail: String,
}

/// Writes an audit entry with any executor, so a change and its entry
/// commit together.
pub(crate) async fn insert_audit<'e, E>(executor: E, entry: &NewAuditEntry<'_>) -> StoreResult<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
            "INSERT INTO audit_log (id, at, actor_admin_id, actor_email, actor_org_id, org_id, action, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(new_id())
        .bind(now_ms())
        .bind(entry.actor_admin_id)
        .bind(entry.actor_email)
        .bind(entry.actor_org_id)
        .bind(entry.org_id)
        .bind(entry.action)
        .bind(entry.detail)
        .execute(executor)
        .await?;
    Ok(())
}

impl Store {
    pub async fn record_audit(&self, entry: &NewAuditEntry<'_>) -> StoreResult<()> {
        insert_audit(self.pool(), entry).await
    }

    /// Entries in `org_id`, newest first, older than `before` (an entry id).
    pub async fn audit_page(
        &self,
        org_id: &str,
        before: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<AuditRecord>> {
        let rows = sqlx::query(
            "SELECT l.id, l.at, l.actor_email, a.name AS actor_org_name, o.name AS org_name,
                    l.action, l.detail
             FROM audit_log l
             JOIN orgs o ON o.id = l.org_id
             LEFT JOIN orgs a ON a.id = l.actor_org_id
             WHERE l.org_id = $1 AND ($2 IS NULL OR l.id < $2)
             ORDER BY l.id DESC
             LIMIT $3",
        )
        .bind(org_id)
        .bind(before)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditRecord {
                    id: row.try_get("id")?,
                    at: row.try_get("at")?,
                    actor_email: row.try_get("actor_email")?,
                    actor_org_name: row.try_get("actor_org_name")?,
                    org_name: row.try_get("org_name")?,
                    action: row.try_get("action")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}
