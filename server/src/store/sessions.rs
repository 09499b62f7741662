//! Sign-in sessions, in the database so any replica accepts any session.
use sqlx::Row;

use super::{Store, StoreResult, now_ms};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub admin_id: String,
    pub expires_at: i64,
}

impl Store {
    pub async fn insert_session(
        &self,
        token_hash: &str,
        admin_id: &str,
        expires_at: i64,
    ) -> StoreResult<()> {
        let now = now_ms();
        sqlx::query(
            "INSERT INTO sessions (token_hash, admin_id, created_at, expires_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $3)",
        )
        .bind(token_hash)
        .bind(admin_id)
        .bind(now)
        .bind(expires_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The live session with this token hash; expired ones are not returned.
    pub async fn session(&self, token_hash: &str) -> StoreResult<Option<SessionRecord>> {
        let row = sqlx::query(
            "SELECT admin_id, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now_ms())
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(row) => Some(SessionRecord {
                admin_id: row.try_get("admin_id")?,
                expires_at: row.try_get("expires_at")?,
            }),
            None => None,
        })
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn delete_expired_sessions(&self) -> StoreResult<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now_ms())
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }
}
