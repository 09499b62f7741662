//! Applies queued devices imports (GO-9). Any replica may run it: a job is
//! claimed with a lease that every row renews, so a job whose process died
//! is picked up by another after the lease and resumes after the last row
//! it committed (a row and its result commit together).
use std::time::Duration;

use domain::tenancy::Access;

use tracing::Instrument as _;

use super::RunnerSettings;
use crate::{
    Services,
    store::{DeviceImportRecord, DeviceImportStatus, NewAuditEntry, RowApplied, StoreResult},
    tenancy::OrgScope,
};

pub struct DeviceImportRunner {
    services: Services,
    worker: String,
    /// The users import's settings serve both imports: here a batch is
    /// the rows between two pauses, and the lease is renewed by each row.
    settings: RunnerSettings,
}

impl DeviceImportRunner {
    pub fn new(services: Services) -> Self {
        DeviceImportRunner {
            services,
            worker: format!("{}-{}", std::process::id(), crate::store::new_id()),
            settings: RunnerSettings::default(),
        }
    }

    /// Takes every setting of `serve` at once.
    pub fn with_settings(mut self, settings: RunnerSettings) -> Self {
        self.settings = settings;
        self
    }

    /// Pauses `pause` after every `rows` rows.
    pub fn with_batches(mut self, rows: usize, pause: Duration) -> Self {
        self.settings = self.settings.with_batches(rows, pause);
        self
    }

    /// Runs until the stop: a job when there is one, else a pause.
    pub async fn run(self, idle: Duration) {
        tracing::info!("devices import runner started");
        while !self.settings.stop.requested() {
            match self.run_once().await {
                Ok(true) => {}
                Ok(false) => self.settings.stop.sleep(idle).await,
                Err(error) => {
                    tracing::error!(%error, "devices import runner failed");
                    self.settings.stop.sleep(idle).await;
                }
            }
        }
        tracing::info!("devices import runner stopped");
    }

    /// Claims one job and runs it to its end; `false` when there was none.
    pub async fn run_once(&self) -> StoreResult<bool> {
        let store = &self.services.store;
        let Some(job) = store
            .claim_device_import(&self.worker, self.settings.lease_ms)
            .await?
        else {
            return Ok(false);
        };
        async {
            tracing::info!(done = job.done_rows, "devices import claimed");
            if let Err(error) = self.process(&job).await {
                tracing::error!(%error, "devices import failed");
                self.end(&job, DeviceImportStatus::Failed, Some("internal"))
                    .await?;
            }
            StoreResult::Ok(())
        }
        .instrument(super::job_span("devices import", &job.id, job.total_rows))
        .await?;
        Ok(true)
    }

    async fn process(&self, job: &DeviceImportRecord) -> Result<(), app::api::ApiError> {
        let store = &self.services.store;
        // The org as the job starts: its name for the emails, and whether
        // it suppresses email (GO-6).
        let Some(org) = store.org(&job.org_id).await? else {
            return Err(app::api::ApiError::not_found());
        };
        let scope = OrgScope {
            org,
            access: Access::Write,
            acting_from: job.actor_org_id.clone(),
        };
        let plans = store.device_import_plans(&job.id).await?;
        let done = store.device_import_rows_done(&job.id).await?;
        let ahead = plans
            .iter()
            .filter(|plan| !done.contains(&i64::from(plan.row)));
        for (index, plan) in ahead.enumerate() {
            if self.settings.stop.requested() {
                // Back to the queue at once, for another replica or the
                // next start.
                store.hand_back_device_import(&job.id, &self.worker).await?;
                tracing::info!(import = %job.id, "devices import handed back at shutdown");
                return Ok(());
            }
            if index > 0 && index % self.settings.batch_rows == 0 {
                self.settings.pause().await;
            }
            let applied = self
                .services
                .apply_device_import_row(job, &scope, &self.worker, self.settings.lease_ms, plan)
                .await?;
            if applied == RowApplied::LeaseLost {
                tracing::warn!(import = %job.id, "devices import lease lost");
                return Ok(());
            }
        }
        self.end(job, DeviceImportStatus::Done, None).await?;
        Ok(())
    }

    /// Ends the job, with an audit entry in the name of the admin who
    /// submitted it.
    async fn end(
        &self,
        job: &DeviceImportRecord,
        status: DeviceImportStatus,
        failure: Option<&str>,
    ) -> StoreResult<()> {
        let store = &self.services.store;
        let (applied, refused) = match store.device_import(&job.id).await? {
            Some(current) => (current.applied_rows, current.refused_rows),
            None => (0, 0),
        };
        let detail = format!(
            "{}: {applied} Webex Go lines added, {refused} rows refused",
            job.file_name
        );
        let audit = NewAuditEntry {
            actor_admin_id: Some(&job.admin_id),
            actor_email: &job.admin_email,
            actor_org_id: job.actor_org_id.as_deref(),
            org_id: Some(&job.org_id),
            action: "webex_go_imported",
            detail: &detail,
        };
        store
            .finish_device_import(&job.id, &self.worker, status, failure, &audit)
            .await?;
        Ok(())
    }
}
