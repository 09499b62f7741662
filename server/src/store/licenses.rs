//! Subscriptions and their license pools. A pool's `used` count changes
//! only together with an assignment, in one transaction, by a conditional
//! UPDATE that cannot pass `quantity`: under any number of concurrent
//! requests the last license goes to exactly one of them.
use sqlx::Row;

use super::{Store, StoreError, StoreResult, finish, new_id, now_ms};

#[derive(Debug, thiserror::Error)]
pub enum AssignError {
    /// No license of this kind is left in the subscription.
    #[error("no license left in the pool")]
    Exhausted,
    /// The holder has this license already.
    #[error("the license is assigned already")]
    AlreadyHeld,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for AssignError {
    fn from(error: sqlx::Error) -> Self {
        AssignError::Store(error.into())
    }
}

/// One license pool of a subscription, with its catalog names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolRecord {
    pub subscription_id: String,
    pub license_key: String,
    pub license_name: String,
    pub quantity: i64,
    pub used: i64,
}

/// Records which pool a holder's license came from, in the caller's
/// transaction (after the pool's `used` was raised in the same one).
pub(crate) async fn record_assignment(
    conn: &mut sqlx::AnyConnection,
    subscription_id: &str,
    license_id: &str,
    holder_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO license_assignments (id, subscription_id, license_id, holder_id, assigned_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(new_id())
    .bind(subscription_id)
    .bind(license_id)
    .bind(holder_id)
    .bind(now_ms())
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes one license with catalog key `license_key` for `holder_id` from
/// the chosen subscription of the org, or from its oldest subscription
/// with one left, in the caller's transaction: the subscription it came
/// from, or `None` when no pool has one left (or the catalog has no such
/// license). The conditional UPDATE is the whole rule, so concurrent takers
/// never overdraw a pool.
pub(crate) async fn take_from_org_pool(
    conn: &mut sqlx::AnyConnection,
    org_id: &str,
    license_key: &str,
    subscription_id: Option<&str>,
    holder_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    let license_id: Option<String> = sqlx::query("SELECT id FROM licenses WHERE key = $1")
        .bind(license_key)
        .fetch_optional(&mut *conn)
        .await?
        .map(|row| row.try_get("id"))
        .transpose()?;
    let Some(license_id) = license_id else {
        return Ok(None);
    };
    let taken = sqlx::query(
        "UPDATE subscription_licenses SET used = used + 1
         WHERE license_id = $2 AND used < quantity AND subscription_id = (
             SELECT sl.subscription_id FROM subscription_licenses sl
             JOIN subscriptions s ON s.id = sl.subscription_id
             WHERE s.org_id = $1 AND sl.license_id = $2 AND sl.used < sl.quantity
               AND ($3 = '' OR s.id = $3)
             ORDER BY s.created_at, s.id LIMIT 1)
         RETURNING subscription_id",
    )
    .bind(org_id)
    .bind(&license_id)
    .bind(subscription_id.unwrap_or_default())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = taken else {
        return Ok(None);
    };
    let subscription: String = row.try_get("subscription_id")?;
    record_assignment(conn, &subscription, &license_id, holder_id).await?;
    Ok(Some(subscription))
}

/// Returns every license `holder_id` holds to its pool, in the caller's
/// transaction (a device or a workspace being deleted).
pub(crate) async fn release_all_licenses(
    conn: &mut sqlx::AnyConnection,
    holder_id: &str,
) -> Result<(), sqlx::Error> {
    let held = sqlx::query("SELECT license_id FROM license_assignments WHERE holder_id = $1")
        .bind(holder_id)
        .fetch_all(&mut *conn)
        .await?;
    for row in held {
        let license: String = row.try_get("license_id")?;
        release_license(conn, holder_id, &license).await?;
    }
    Ok(())
}

/// Returns a holder's license to its pool, in the caller's transaction;
/// false when the holder did not have it.
pub(crate) async fn release_license(
    conn: &mut sqlx::AnyConnection,
    holder_id: &str,
    license_id: &str,
) -> Result<bool, sqlx::Error> {
    let removed = sqlx::query(
        "DELETE FROM license_assignments WHERE holder_id = $1 AND license_id = $2
         RETURNING subscription_id",
    )
    .bind(holder_id)
    .bind(license_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = removed else {
        return Ok(false);
    };
    let subscription_id: String = row.try_get("subscription_id")?;
    sqlx::query(
        "UPDATE subscription_licenses SET used = used - 1
         WHERE subscription_id = $1 AND license_id = $2",
    )
    .bind(subscription_id)
    .bind(license_id)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// [`Store::insert_subscription`] with any executor (SUB-5 links an order's
/// subscription in the transaction that maps its orgs).
pub(crate) async fn insert_subscription_with<'e, E>(
    executor: E,
    id: &str,
    org_id: &str,
) -> StoreResult<bool>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let done = sqlx::query(
        "INSERT INTO subscriptions (id, org_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(org_id)
    .bind(now_ms())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// [`Store::set_pool_quantity`] with any executor.
pub(crate) async fn set_pool_quantity_with<'e, E>(
    executor: E,
    subscription_id: &str,
    license_id: &str,
    quantity: i64,
) -> StoreResult<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO subscription_licenses (subscription_id, license_id, quantity)
         VALUES ($1, $2, $3)
         ON CONFLICT (subscription_id, license_id) DO UPDATE SET quantity = excluded.quantity",
    )
    .bind(subscription_id)
    .bind(license_id)
    .bind(quantity)
    .execute(executor)
    .await?;
    Ok(())
}

impl Store {
    pub async fn insert_subscription(&self, id: &str, org_id: &str) -> StoreResult<bool> {
        insert_subscription_with(self.pool(), id, org_id).await
    }

    /// Sets a pool's size, creating the pool if needed. Shrinking below what
    /// is in use fails (the database's CHECK), never silently.
    pub async fn set_pool_quantity(
        &self,
        subscription_id: &str,
        license_id: &str,
        quantity: i64,
    ) -> StoreResult<()> {
        set_pool_quantity_with(self.pool(), subscription_id, license_id, quantity).await
    }

    /// Gives `holder_id` one license from the pool, atomically.
    pub async fn assign_license(
        &self,
        holder_id: &str,
        subscription_id: &str,
        license_id: &str,
    ) -> Result<(), AssignError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, AssignError> = async {
            // The write comes first, so the row (PostgreSQL) or the database
            // (SQLite) is locked before anything is read.
            let taken = sqlx::query(
                "UPDATE subscription_licenses SET used = used + 1
                 WHERE subscription_id = $1 AND license_id = $2 AND used < quantity",
            )
            .bind(subscription_id)
            .bind(license_id)
            .execute(&mut *tx)
            .await?;
            if taken.rows_affected() == 0 {
                return Err(AssignError::Exhausted);
            }
            match record_assignment(&mut tx, subscription_id, license_id, holder_id).await {
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                    Err(AssignError::AlreadyHeld)
                }
                other => Ok(other?),
            }
        }
        .await;
        finish(tx, result).await
    }

    /// Returns the holder's license to the pool it came from; false when
    /// the holder did not have it.
    pub async fn unassign_license(&self, holder_id: &str, license_id: &str) -> StoreResult<bool> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, StoreError> = async {
            if !release_license(&mut tx, holder_id, license_id).await? {
                return Ok(false);
            }
            Ok(true)
        }
        .await;
        finish(tx, result).await
    }

    /// Every pool of every subscription of `org_id`.
    pub async fn pools_of(&self, org_id: &str) -> StoreResult<Vec<PoolRecord>> {
        let rows = sqlx::query(
            "SELECT sl.subscription_id, l.key, l.name, sl.quantity, sl.used
             FROM subscription_licenses sl
             JOIN subscriptions s ON s.id = sl.subscription_id
             JOIN licenses l ON l.id = sl.license_id
             WHERE s.org_id = $1
             ORDER BY s.created_at, s.id, l.name",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PoolRecord {
                    subscription_id: row.try_get("subscription_id")?,
                    license_key: row.try_get("key")?,
                    license_name: row.try_get("name")?,
                    quantity: row.try_get("quantity")?,
                    used: row.try_get("used")?,
                })
            })
            .collect()
    }
}
