//! API tokens for the public REST API: stored as SHA-256 only, shown once.
use sqlx::Row;

use super::{Store, StoreResult, new_id, now_ms};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRecord {
    pub id: String,
    pub admin_id: String,
    pub name: String,
}

impl Store {
    pub async fn insert_api_token(
        &self,
        admin_id: &str,
        name: &str,
        token_hash: &str,
    ) -> StoreResult<String> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO api_tokens (id, admin_id, name, token_hash, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(admin_id)
        .bind(name)
        .bind(token_hash)
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        Ok(id)
    }

    /// The live (not revoked) token with this hash, marking it used.
    pub async fn use_api_token(&self, token_hash: &str) -> StoreResult<Option<TokenRecord>> {
        let row = sqlx::query(
            "UPDATE api_tokens SET last_used_at = $1
             WHERE token_hash = $2 AND revoked_at IS NULL
             RETURNING id, admin_id, name",
        )
        .bind(now_ms())
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(row) => Some(TokenRecord {
                id: row.try_get("id")?,
                admin_id: row.try_get("admin_id")?,
                name: row.try_get("name")?,
            }),
            None => None,
        })
    }
}
