//! Applies queued users imports (issue 4, item 5). Any replica may run it:
//! a job is claimed with a lease, renewed by every batch, so a job whose
//! process died is picked up by another after the lease, and resumes after
//! its last committed batch.
use std::{collections::BTreeMap, time::Duration};

use domain::{
    Severity,
    users_csv::{FileKeys, RowOutcome, UserColumn, check_rows, read_sheet, simulate},
};

use tracing::Instrument as _;

use super::RunnerSettings;
use crate::store::{
    ApplyStrategy, BatchOutcome, BatchRow, DirectoryError, ImportRecord, ImportStatus,
    NewAuditEntry, RowResult, Store, StoreResult,
};

/// Rows per transaction. Each commit costs a WAL sync on SQLite and, every
/// few megabytes, a checkpoint that writes the changed index pages back: in
/// batches of 500 that cost was 70 % of an import; at 5,000 the import runs
/// near the speed of one bulk insert of the same rows (`cargo xtask bench`).
/// A batch holds SQLite's writer lock for about a second on a small machine;
/// `SWITCHBOARD_IMPORT_BATCH_PAUSE_MS` leaves room between batches.
pub const BATCH_ROWS: usize = 5_000;
/// Rows an import changes before the planner's statistics are refreshed,
/// at least (and a fifth of the org).
const STATISTICS_ROWS: i64 = 2_000;

pub struct ImportRunner {
    store: Store,
    worker: String,
    settings: RunnerSettings,
    strategy: ApplyStrategy,
}

impl ImportRunner {
    pub fn new(store: Store) -> Self {
        ImportRunner {
            store,
            worker: format!("{}-{}", std::process::id(), crate::store::new_id()),
            settings: RunnerSettings::default(),
            strategy: ApplyStrategy::default(),
        }
    }

    /// Takes every setting of `serve` at once.
    pub fn with_settings(mut self, settings: RunnerSettings) -> Self {
        self.settings = settings;
        self
    }

    /// Sets how long a claim holds without a batch committing.
    pub fn with_lease(mut self, lease_ms: i64) -> Self {
        self.settings = self.settings.with_lease(lease_ms);
        self
    }

    /// Sets how batches are written (the tests run both ways).
    pub fn with_strategy(mut self, strategy: ApplyStrategy) -> Self {
        self.strategy = strategy;
        self
    }

    /// Sets the rows per transaction and the pause between batches.
    pub fn with_batches(mut self, rows: usize, pause: Duration) -> Self {
        self.settings = self.settings.with_batches(rows, pause);
        self
    }

    /// Runs until the stop: a job when there is one, else a pause.
    pub async fn run(self, idle: Duration) {
        tracing::info!("import runner started");
        while !self.settings.stop.requested() {
            match self.run_once().await {
                Ok(true) => {}
                Ok(false) => self.settings.stop.sleep(idle).await,
                Err(error) => {
                    tracing::error!(%error, "import runner failed");
                    self.settings.stop.sleep(idle).await;
                }
            }
        }
        tracing::info!("import runner stopped");
    }

    /// At the stop, between two batches: the job goes back to the queue
    /// at once, for another replica or the next start. `true`: stopped.
    async fn handed_back(&self, job: &ImportRecord) -> StoreResult<bool> {
        if !self.settings.stop.requested() {
            return Ok(false);
        }
        self.store.hand_back_import(&job.id, &self.worker).await?;
        tracing::info!(import = %job.id, "import handed back at shutdown");
        Ok(true)
    }

    /// Claims one job and runs it to its end; `false` when there was none.
    pub async fn run_once(&self) -> StoreResult<bool> {
        let Some(job) = self
            .store
            .claim_import(&self.worker, self.settings.lease_ms)
            .await?
        else {
            return Ok(false);
        };
        async {
            tracing::info!(status = job.status.as_str(), "import claimed");
            let ran = if job.status == ImportStatus::Undoing {
                self.undo(&job).await
            } else {
                self.process(&job).await
            };
            if let Err(error) = ran {
                tracing::error!(%error, "import failed");
                self.store
                    .finish_import(
                        &job.id,
                        &self.worker,
                        ImportStatus::Failed,
                        Some("internal"),
                        None,
                        None,
                    )
                    .await?;
            }
            StoreResult::Ok(())
        }
        .instrument(super::job_span("users import", &job.id, job.total_rows))
        .await?;
        Ok(true)
    }

    async fn process(&self, job: &ImportRecord) -> Result<(), DirectoryError> {
        let store = &self.store;
        let body = store.import_file(&job.id).await?.unwrap_or_default();
        // Checked again, against the org as it is now (T-4): the same code
        // the browser and the upload ran.
        let context = store.import_context(&job.org_id).await?;
        let sheet = match read_sheet(body.as_bytes()) {
            Ok(sheet) => sheet,
            Err(_) => {
                store
                    .finish_import(
                        &job.id,
                        &self.worker,
                        ImportStatus::Failed,
                        Some("file_unreadable"),
                        None,
                        None,
                    )
                    .await?;
                return Ok(());
            }
        };
        let checked = check_rows(&sheet, Some(&context));
        let keys = FileKeys::of(&checked.plans);
        let facts = store.import_facts(&job.org_id, &context, &keys).await?;
        let simulation = simulate(&checked.plans, Some((&context, &facts)), job.mode);
        let email_at = |row: u32| {
            sheet
                .records
                .get(row as usize - 1)
                .and_then(|r| r.get(sheet.columns.position(UserColumn::Email)))
                .unwrap_or("")
                .trim()
                .to_lowercase()
        };
        // The first error of each refused row.
        let mut refused: BTreeMap<u32, RowResult> = BTreeMap::new();
        for finding in checked.findings.iter().chain(&simulation.findings) {
            if finding.severity != Severity::Error || finding.row == 0 {
                continue;
            }
            refused.entry(finding.row).or_insert_with(|| RowResult {
                row: i64::from(finding.row),
                email: email_at(finding.row),
                kind: None,
                outcome: "refused",
                code: Some(finding.code),
                column: finding.column.clone(),
                detail: finding.detail.clone(),
            });
        }
        let outcomes: BTreeMap<u32, &RowOutcome> = simulation
            .outcomes
            .iter()
            .map(|o| (checked.plans[o.plan].row, o))
            .collect();
        // Every row with a result to be, in file order, less the rows a
        // previous run of this job committed already.
        let done = store.import_rows_done(&job.id).await?;
        let mut rows: Vec<BatchRow<'_>> = Vec::new();
        for plan in &checked.plans {
            if refused.contains_key(&plan.row) {
                continue;
            }
            if let Some(outcome) = outcomes.get(&plan.row) {
                rows.push(BatchRow::Apply(plan, outcome));
            }
        }
        rows.extend(refused.into_values().map(BatchRow::Refused));
        rows.retain(|r| !done.contains(&r.row()));
        rows.sort_by_key(BatchRow::row);
        if job.all_or_nothing {
            let refusals: Vec<RowResult> = rows
                .iter()
                .filter_map(|r| match r {
                    BatchRow::Refused(result) => Some(result.clone()),
                    BatchRow::Apply(..) => None,
                })
                .collect();
            if !refusals.is_empty() {
                self.end(
                    job,
                    ImportStatus::Failed,
                    Some("rows_refused"),
                    Some(&refusals),
                )
                .await?;
                return Ok(());
            }
            return match store
                .apply_import_batch(
                    job,
                    &self.worker,
                    self.settings.lease_ms,
                    &context,
                    &rows,
                    true,
                    self.strategy,
                )
                .await?
            {
                BatchOutcome::Committed { .. } => {
                    self.end(job, ImportStatus::Done, None, None).await
                }
                BatchOutcome::Refused(row) => {
                    self.end(
                        job,
                        ImportStatus::Failed,
                        Some("rows_refused"),
                        Some(&[row]),
                    )
                    .await
                }
                BatchOutcome::LeaseLost => Ok(()),
            };
        }
        // Rows changed since the planner's statistics were last refreshed,
        // and the org's size then.
        let (mut changed, mut applied_in_all) = (0i64, 0i64);
        let mut size = store.count_users(&job.org_id).await?;
        for batch in rows.chunks(self.settings.batch_rows) {
            if self.handed_back(job).await? {
                return Ok(());
            }
            match store
                .apply_import_batch(
                    job,
                    &self.worker,
                    self.settings.lease_ms,
                    &context,
                    batch,
                    false,
                    self.strategy,
                )
                .await?
            {
                BatchOutcome::LeaseLost => return Ok(()),
                BatchOutcome::Committed { applied, .. } => {
                    changed += applied;
                    applied_in_all += applied;
                }
                BatchOutcome::Refused(_) => {}
            }
            // A large import changes the org faster than autovacuum's
            // analyze follows it on PostgreSQL: planned as if the org were
            // still small, a batch's lookups would scan all of the org's
            // users (a 100,000-row import took 4x as long).
            if changed >= STATISTICS_ROWS.max(size / 5) {
                store.refresh_directory_statistics().await?;
                size = store.count_users(&job.org_id).await?;
                changed = 0;
            }
            self.settings.pause().await;
        }
        // The org as the import left it: searched right after, it must not
        // be planned as it was a few batches ago.
        if changed > 0 && applied_in_all >= STATISTICS_ROWS {
            store.refresh_directory_statistics().await?;
        }
        self.end(job, ImportStatus::Done, None, None).await
    }

    /// Restores what the import changed, last row first, a batch per
    /// transaction; a row whose user changed since is left and listed.
    async fn undo(&self, job: &ImportRecord) -> Result<(), DirectoryError> {
        let rows = self.store.rows_to_undo(&job.id).await?;
        for batch in rows.chunks(self.settings.batch_rows) {
            if self.handed_back(job).await? {
                return Ok(());
            }
            if self
                .store
                .undo_import_batch(job, &self.worker, self.settings.lease_ms, batch)
                .await?
                .is_none()
            {
                return Ok(());
            }
            self.settings.pause().await;
        }
        let current = self.store.import(&job.id).await?;
        let (undone, conflicts) = current.map_or((0, 0), |c| (c.undone_rows, c.undo_conflicts));
        let detail = format!(
            "{}: {undone} rows undone, {conflicts} left as changed since",
            job.file_name
        );
        let audit = job_audit(job, "users_import_undone", &detail);
        self.store
            .finish_import(
                &job.id,
                &self.worker,
                ImportStatus::Undone,
                None,
                None,
                Some(&audit),
            )
            .await?;
        Ok(())
    }

    /// Ends the job, with an audit entry when it applied anything.
    async fn end(
        &self,
        job: &ImportRecord,
        status: ImportStatus,
        failure: Option<&str>,
        refusals: Option<&[RowResult]>,
    ) -> Result<(), DirectoryError> {
        let (applied, refused) = match self.store.import(&job.id).await? {
            Some(current) => (current.applied_rows, current.refused_rows),
            None => (0, 0),
        };
        let detail = format!(
            "{}: {applied} rows applied, {refused} refused",
            job.file_name
        );
        let audit = job_audit(job, "users_imported", &detail);
        self.store
            .finish_import(
                &job.id,
                &self.worker,
                status,
                failure,
                refusals,
                (status == ImportStatus::Done).then_some(&audit),
            )
            .await?;
        Ok(())
    }
}

/// The audit entry of a job's end, in the name of the admin who started it.
fn job_audit<'a>(job: &'a ImportRecord, action: &'a str, detail: &'a str) -> NewAuditEntry<'a> {
    NewAuditEntry {
        actor_admin_id: Some(&job.admin_id),
        actor_email: &job.admin_email,
        actor_org_id: None,
        org_id: Some(&job.org_id),
        action,
        detail,
    }
}
