//! The email outbox: mail is written in the same place as the change that
//! causes it, and a dispatcher delivers it later, with retries. Several
//! server processes may dispatch at once: each claims rows with a lease.
use sqlx::Row;

use super::{Store, StoreResult, new_id, now_ms};

pub struct NewEmail<'a> {
    pub to_address: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub language: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEmail {
    pub id: String,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i64,
}

/// Queues an email with any executor, so a change and the mail it causes
/// commit together (or not at all).
pub(crate) async fn insert_email<'e, E>(executor: E, email: &NewEmail<'_>) -> StoreResult<String>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let id = new_id();
    let now = now_ms();
    sqlx::query(
            "INSERT INTO email_outbox (id, to_address, subject, body_text, language, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(&id)
        .bind(email.to_address)
        .bind(email.subject)
        .bind(email.body_text)
        .bind(email.language)
        .bind(now)
        .execute(executor)
        .await?;
    Ok(id)
}

impl Store {
    /// Queues an email and records why, together.
    pub async fn queue_email(
        &self,
        email: &NewEmail<'_>,
        audit: &super::NewAuditEntry<'_>,
    ) -> StoreResult<String> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<String> = async {
            let id = insert_email(&mut *tx, email).await?;
            super::audit::insert_audit(&mut *tx, audit).await?;
            Ok(id)
        }
        .await;
        super::finish(tx, result).await
    }

    /// Queues several emails and records why, together (SUB-5: one
    /// request to every full admin of an org).
    pub async fn queue_emails(
        &self,
        emails: &[NewEmail<'_>],
        audit: &super::NewAuditEntry<'_>,
    ) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<()> = async {
            for email in emails {
                insert_email(&mut *tx, email).await?;
            }
            super::audit::insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        super::finish(tx, result).await
    }

    pub async fn enqueue_email(&self, email: &NewEmail<'_>) -> StoreResult<String> {
        insert_email(self.pool(), email).await
    }

    /// Gives back every email `worker` has claimed and not sent (the
    /// process is stopping), so another worker sends them without waiting
    /// for the lease.
    pub async fn hand_back_emails(&self, worker: &str) -> StoreResult<()> {
        sqlx::query(
            "UPDATE email_outbox SET claimed_until = 0
             WHERE claimed_by = $1 AND status = 'pending'",
        )
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Claims up to `limit` due emails for `worker` until `lease_ms` from now.
    /// A claim whose worker died expires with its lease and is claimed again.
    pub async fn claim_emails(
        &self,
        worker: &str,
        lease_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxEmail>> {
        let now = now_ms();
        let sql = format!(
            "UPDATE email_outbox SET claimed_by = $1, claimed_until = $2
             WHERE id IN (
                SELECT id FROM email_outbox
                WHERE status = 'pending' AND next_attempt_at <= $3
                  AND (claimed_until IS NULL OR claimed_until < $3)
                ORDER BY next_attempt_at, id
                LIMIT $4
                {}
             )
             RETURNING id, to_address, subject, body_text, attempts",
            self.backend().skip_locked()
        );
        let rows = sqlx::query(&sql)
            .bind(worker)
            .bind(now + lease_ms)
            .bind(now)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(OutboxEmail {
                    id: row.try_get("id")?,
                    to_address: row.try_get("to_address")?,
                    subject: row.try_get("subject")?,
                    body_text: row.try_get("body_text")?,
                    attempts: row.try_get("attempts")?,
                })
            })
            .collect()
    }

    /// Marks an email delivered and drops its body: mail may carry secrets
    /// (Webex Go activation codes, GO-5) that must not outlive delivery in
    /// the database.
    pub async fn mark_email_sent(&self, id: &str, worker: &str) -> StoreResult<()> {
        sqlx::query(
            "UPDATE email_outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1,
                body_text = '',
                claimed_by = NULL, claimed_until = NULL, last_error = NULL
             WHERE id = $2 AND claimed_by = $3",
        )
        .bind(now_ms())
        .bind(id)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a failed attempt: retried at `retry_at`, or given up on
    /// (`failed`) when `retry_at` is `None`.
    pub async fn mark_email_failed(
        &self,
        id: &str,
        worker: &str,
        error: &str,
        retry_at: Option<i64>,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE email_outbox SET
                status = CASE WHEN $1 IS NULL THEN 'failed' ELSE 'pending' END,
                body_text = CASE WHEN $1 IS NULL THEN '' ELSE body_text END,
                next_attempt_at = COALESCE($1, next_attempt_at),
                attempts = attempts + 1, last_error = $2,
                claimed_by = NULL, claimed_until = NULL
             WHERE id = $3 AND claimed_by = $4",
        )
        .bind(retry_at)
        .bind(error)
        .bind(id)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// `(status, count)` for every status present: for tests and metrics.
    pub async fn outbox_counts(&self) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT status, COUNT(*) AS n FROM email_outbox GROUP BY status ORDER BY status",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("status")?, row.try_get("n")?)))
            .collect()
    }
}
