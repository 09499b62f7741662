//! Failed sign-in attempts, counted in the database so the limit holds
//! across replicas.
use sqlx::Row;

use super::{Store, StoreResult, new_id, now_ms};

impl Store {
    pub async fn record_sign_in_failure(&self, keys: &[&str]) -> StoreResult<()> {
        let now = now_ms();
        for key in keys {
            sqlx::query("INSERT INTO sign_in_failures (id, throttle_key, at) VALUES ($1, $2, $3)")
                .bind(new_id())
                .bind(*key)
                .bind(now)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// Failures recorded for `key` in the last `window_ms`.
    pub async fn sign_in_failures(&self, key: &str, window_ms: i64) -> StoreResult<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM sign_in_failures WHERE throttle_key = $1 AND at > $2",
        )
        .bind(key)
        .bind(now_ms() - window_ms)
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("n")?)
    }

    pub async fn clear_sign_in_failures(&self, key: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1")
            .bind(key)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn prune_sign_in_failures(&self, older_than_ms: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM sign_in_failures WHERE at < $1")
            .bind(now_ms() - older_than_ms)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
