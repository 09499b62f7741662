//! The background queues as an operator sees them (issue 11.3): how many
//! jobs of each kind are in each state, and how long the oldest waiting
//! one has waited. Read from the database, so every replica reports the
//! same cluster-wide figures.
use sqlx::Row;

use super::{Store, StoreResult};

/// The queues, as named in metrics.
pub const QUEUES: [Queue; 3] = [Queue::UsersImport, Queue::DevicesImport, Queue::Email];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    UsersImport,
    DevicesImport,
    Email,
}

impl Queue {
    pub const fn as_str(self) -> &'static str {
        match self {
            Queue::UsersImport => "users_import",
            Queue::DevicesImport => "devices_import",
            Queue::Email => "email",
        }
    }

    const fn table(self) -> &'static str {
        match self {
            Queue::UsersImport => "imports",
            Queue::DevicesImport => "device_imports",
            Queue::Email => "email_outbox",
        }
    }

    /// The jobs counted by state. Imports are few (one per upload) and
    /// counted in every state but the draft, which is not a job yet; the
    /// outbox grows with every email ever sent, so its `sent` rows are not
    /// counted at each scrape (`switchboard_emails_total` counts them as
    /// they go) and the index answers the rest from two short ranges.
    const fn counted(self) -> &'static str {
        match self {
            Queue::UsersImport | Queue::DevicesImport => "status <> 'draft'",
            Queue::Email => "status IN ('pending', 'failed')",
        }
    }

    /// The states in which a job still waits for a worker or is being
    /// worked on.
    const fn waiting(self) -> &'static str {
        match self {
            Queue::UsersImport => "('queued', 'running', 'undo_queued', 'undoing')",
            Queue::DevicesImport => "('queued', 'running')",
            Queue::Email => "('pending')",
        }
    }
}

/// One queue's jobs in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueCount {
    pub queue: Queue,
    pub status: String,
    pub count: i64,
}

/// One queue's backlog: jobs not finished, and when the oldest was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueBacklog {
    pub queue: Queue,
    pub waiting: i64,
    pub oldest_created_at: Option<i64>,
}

impl Store {
    /// Ends the lease of a job `worker` holds in `table` while its status
    /// is one of `running` (an SQL list): any worker claims it next.
    pub(super) async fn hand_back_job(
        &self,
        table: &str,
        running: &str,
        id: &str,
        worker: &str,
    ) -> StoreResult<()> {
        sqlx::query(&format!(
            "UPDATE {table} SET claimed_until = 0, updated_at = $3
             WHERE id = $1 AND claimed_by = $2 AND status IN {running}"
        ))
        .bind(id)
        .bind(worker)
        .bind(super::now_ms())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Jobs per queue and state, of the states [`Queue::counted`] names.
    pub async fn queue_counts(&self) -> StoreResult<Vec<QueueCount>> {
        let mut counts = Vec::new();
        for queue in QUEUES {
            let rows = sqlx::query(&format!(
                "SELECT status, COUNT(*) AS n FROM {} WHERE {}
                 GROUP BY status ORDER BY status",
                queue.table(),
                queue.counted()
            ))
            .fetch_all(self.pool())
            .await?;
            for row in rows {
                counts.push(QueueCount {
                    queue,
                    status: row.try_get("status")?,
                    count: row.try_get("n")?,
                });
            }
        }
        Ok(counts)
    }

    /// Each queue's unfinished jobs and the creation time of the oldest.
    pub async fn queue_backlogs(&self) -> StoreResult<Vec<QueueBacklog>> {
        let mut backlogs = Vec::new();
        for queue in QUEUES {
            let row = sqlx::query(&format!(
                "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM {} WHERE status IN {}",
                queue.table(),
                queue.waiting()
            ))
            .fetch_one(self.pool())
            .await?;
            backlogs.push(QueueBacklog {
                queue,
                waiting: row.try_get("n")?,
                oldest_created_at: row.try_get("oldest")?,
            });
        }
        Ok(backlogs)
    }
}
