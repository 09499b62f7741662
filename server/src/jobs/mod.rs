//! Background jobs: work that outlives a request and survives a restart.
mod device_imports;
mod imports;

use std::time::Duration;

pub use device_imports::DeviceImportRunner;
pub use imports::{BATCH_ROWS, ImportRunner};

use crate::shutdown::Stop;

/// How a process's import runners work (from `serve`'s flags): rows per
/// batch and the pause after each, how long a claim holds without
/// progress, and the stop they heed. Both runners hold one.
#[derive(Clone)]
pub struct RunnerSettings {
    /// Rows per transaction (users) or between pauses (devices).
    pub batch_rows: usize,
    /// After each batch: room for interactive work on a busy database.
    pub batch_pause: Duration,
    /// How long a claim holds without a batch (or row) committing.
    pub lease_ms: i64,
    /// SIGTERM: finish the batch (or row), hand the job back, return.
    pub stop: Stop,
}

impl Default for RunnerSettings {
    fn default() -> Self {
        RunnerSettings {
            batch_rows: BATCH_ROWS,
            batch_pause: Duration::ZERO,
            lease_ms: crate::config::DEFAULT_JOB_LEASE_MS,
            stop: Stop::never(),
        }
    }
}

impl RunnerSettings {
    /// Sets how long a claim holds (`SWITCHBOARD_JOB_LEASE_MS`), at least 1 ms.
    pub fn with_lease(mut self, lease_ms: i64) -> Self {
        self.lease_ms = lease_ms.max(1);
        self
    }

    /// Sets the rows per batch (at least one) and the pause after each.
    pub fn with_batches(mut self, rows: usize, pause: Duration) -> Self {
        self.batch_rows = rows.max(1);
        self.batch_pause = pause;
        self
    }

    /// Waits the pause between batches, if there is one.
    pub async fn pause(&self) {
        if !self.batch_pause.is_zero() {
            tokio::time::sleep(self.batch_pause).await;
        }
    }
}

/// The span one claimed job runs in (a resumed job is a new span): its
/// events carry the job's id and size from it, and with trace export on it
/// is one span per claim (see [`crate::telemetry`]).
fn job_span(kind: &'static str, id: &str, rows: i64) -> tracing::Span {
    tracing::info_span!("job", otel.name = kind, import.id = id, import.rows = rows)
}
