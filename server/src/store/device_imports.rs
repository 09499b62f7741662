//! Devices imports (GO-7 … GO-9): jobs that add the Webex Go lines of a
//! checked devices CSV, and the result of each row.
//!
//! A job stores the plans its check made and applies them one row per
//! transaction. Each transaction renews the job's lease first (a write,
//! so it also locks the job), then adds the line through the same code as
//! a single add ([`super::devices::insert_webex_go`]: GO-1 … GO-5 checked
//! again with the user locked) inside a savepoint, then records the row's
//! result and the job's counts. A row and its result commit together or
//! not at all: a job resumed after a crash never applies a row twice, and
//! a row the database refuses (the last license taken meanwhile) rolls
//! back to the savepoint and is recorded as refused.
use std::collections::BTreeSet;

use domain::{
    Code,
    devices_csv::{DeviceColumn, DevicePlan, webex_go_header},
};
use serde::{Deserialize, Serialize};
use sqlx::{Row, any::AnyRow};

use super::{
    DirectoryError, NewAuditEntry, NewWebexGo, Store, StoreResult, audit::insert_audit,
    devices::insert_webex_go, finish, new_id, now_ms,
};

/// Where a devices import is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceImportStatus {
    /// Waiting for a worker.
    Queued,
    Running,
    /// Every row has its result.
    Done,
    /// The job could not run (an internal error); rows applied before it
    /// stay applied, with their results.
    Failed,
}

impl DeviceImportStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Queued, Self::Running, Self::Done, Self::Failed]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A devices import job (without its plans).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceImportRecord {
    pub id: String,
    pub org_id: String,
    pub admin_id: String,
    pub admin_email: String,
    pub actor_org_id: Option<String>,
    pub idempotency_key: String,
    pub file_name: String,
    pub email_codes: bool,
    pub status: DeviceImportStatus,
    pub total_rows: i64,
    pub done_rows: i64,
    pub applied_rows: i64,
    pub refused_rows: i64,
    pub failure: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub finished_at: Option<i64>,
}

const JOB_COLUMNS: &str = "id, org_id, admin_id, admin_email, actor_org_id, idempotency_key,
    file_name, email_codes, status, total_rows, done_rows, applied_rows, refused_rows, failure,
    created_at, updated_at, finished_at";

fn job_record(row: &AnyRow) -> Result<DeviceImportRecord, sqlx::Error> {
    let status: String = row.try_get("status")?;
    Ok(DeviceImportRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        admin_id: row.try_get("admin_id")?,
        admin_email: row.try_get("admin_email")?,
        actor_org_id: row.try_get("actor_org_id")?,
        idempotency_key: row.try_get("idempotency_key")?,
        file_name: row.try_get("file_name")?,
        email_codes: row.try_get::<i64, _>("email_codes")? != 0,
        // The column is written only from `DeviceImportStatus::as_str`.
        status: DeviceImportStatus::parse(&status).unwrap_or(DeviceImportStatus::Failed),
        total_rows: row.try_get("total_rows")?,
        done_rows: row.try_get("done_rows")?,
        applied_rows: row.try_get("applied_rows")?,
        refused_rows: row.try_get("refused_rows")?,
        failure: row.try_get("failure")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

/// A checked file to apply.
pub struct NewDeviceImport<'a> {
    pub org_id: &'a str,
    pub admin_id: &'a str,
    pub admin_email: &'a str,
    pub actor_org_id: Option<&'a str>,
    pub idempotency_key: &'a str,
    pub file_name: &'a str,
    pub email_codes: bool,
    /// One per row, in file order.
    pub plans: &'a [DevicePlan],
}

/// How a line's activation code reached its user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeDelivery {
    /// Emailed with the instructions (GO-5).
    Emailed,
    /// Not emailed (the import did not ask, or the org suppresses email):
    /// the line waits in *Activation pending* until an admin generates a
    /// code on the device page and hands it over (GO-6, GO-10).
    NotEmailed,
}

impl CodeDelivery {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Emailed => "emailed",
            Self::NotEmailed => "not_emailed",
        }
    }
}

/// One row to apply: its plan and, when its user still exists, the line
/// to add.
pub struct ImportedLine<'a> {
    pub plan: &'a DevicePlan,
    /// `None`: the row's user is gone since the file was checked.
    pub line: Option<NewWebexGo<'a>>,
    pub delivery: CodeDelivery,
}

/// What applying one row did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowApplied {
    Applied {
        device_id: String,
    },
    Refused {
        code: Code,
        column: Option<String>,
    },
    /// Another worker holds the job now: nothing was written.
    LeaseLost,
}

/// A stored row result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceImportRowRecord {
    pub row: i64,
    pub email: String,
    pub outcome: String,
    pub device_id: Option<String>,
    pub subscription_id: Option<String>,
    pub activation: Option<String>,
    pub code: Option<String>,
    pub column: Option<String>,
}

/// The file's column a refusal of [`insert_webex_go`] is about.
fn column_of(field: &str, plan: &DevicePlan) -> Option<String> {
    match field {
        "user_id" => Some(DeviceColumn::Username.header().to_owned()),
        "phone_number" => Some(DeviceColumn::PhoneNumber.header().to_owned()),
        "subscription_id" => Some(webex_go_header(&plan.subscription_id)),
        _ => None,
    }
}

impl Store {
    /// The job a submission with this key made, if any.
    pub async fn device_import_by_key(
        &self,
        org_id: &str,
        idempotency_key: &str,
    ) -> StoreResult<Option<DeviceImportRecord>> {
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM device_imports WHERE org_id = $1 AND idempotency_key = $2"
        );
        let row = sqlx::query(&sql)
            .bind(org_id)
            .bind(idempotency_key)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(job_record).transpose()?)
    }

    /// Queues a checked file; the same key in the same org returns the job
    /// it made the first time (`false`: not new).
    pub async fn create_device_import(
        &self,
        new: &NewDeviceImport<'_>,
    ) -> StoreResult<(DeviceImportRecord, bool)> {
        let now = now_ms();
        let plans = serde_json::to_string(new.plans).map_err(|e| sqlx::Error::Encode(e.into()))?;
        let inserted = sqlx::query(
            "INSERT INTO device_imports (id, org_id, admin_id, admin_email, actor_org_id,
                idempotency_key, file_name, email_codes, plans, status, total_rows,
                created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued', $10, $11, $11)
             ON CONFLICT (org_id, idempotency_key) DO NOTHING",
        )
        .bind(new_id())
        .bind(new.org_id)
        .bind(new.admin_id)
        .bind(new.admin_email)
        .bind(new.actor_org_id)
        .bind(new.idempotency_key)
        .bind(new.file_name)
        .bind(i64::from(new.email_codes))
        .bind(plans)
        .bind(new.plans.len() as i64)
        .bind(now)
        .execute(self.pool())
        .await?;
        let record = self
            .device_import_by_key(new.org_id, new.idempotency_key)
            .await?
            .ok_or(sqlx::Error::RowNotFound)?;
        Ok((record, inserted.rows_affected() == 1))
    }

    pub async fn device_import(&self, id: &str) -> StoreResult<Option<DeviceImportRecord>> {
        let sql = format!("SELECT {JOB_COLUMNS} FROM device_imports WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(job_record).transpose()?)
    }

    /// The plans a job applies, in file order.
    pub async fn device_import_plans(&self, id: &str) -> StoreResult<Vec<DevicePlan>> {
        let row = sqlx::query("SELECT plans FROM device_imports WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        let Some(row) = row else {
            return Ok(Vec::new());
        };
        let text: String = row.try_get("plans")?;
        // Written by `create_device_import` from the same type.
        Ok(serde_json::from_str(&text).map_err(|e| sqlx::Error::Decode(e.into()))?)
    }

    /// Gives a claimed devices import back to the queue (the process is
    /// stopping): any worker claims it next and resumes after its last row.
    pub async fn hand_back_device_import(&self, id: &str, worker: &str) -> StoreResult<()> {
        self.hand_back_job("device_imports", "('running')", id, worker)
            .await
    }

    /// Claims the oldest devices import that is queued, or running under a
    /// lease that expired (its process died).
    pub async fn claim_device_import(
        &self,
        worker: &str,
        lease_ms: i64,
    ) -> StoreResult<Option<DeviceImportRecord>> {
        let now = now_ms();
        let sql = format!(
            "UPDATE device_imports SET claimed_by = $1, claimed_until = $2, updated_at = $3,
                status = 'running'
             WHERE id = (
                SELECT id FROM device_imports
                WHERE status IN ('queued', 'running')
                  AND (claimed_until IS NULL OR claimed_until < $3)
                ORDER BY created_at, id LIMIT 1 {}
             )
             RETURNING {JOB_COLUMNS}",
            self.backend().skip_locked()
        );
        let row = sqlx::query(&sql)
            .bind(worker)
            .bind(now + lease_ms)
            .bind(now)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(job_record).transpose()?)
    }

    /// The rows of a job that have a result already.
    pub async fn device_import_rows_done(&self, id: &str) -> StoreResult<BTreeSet<i64>> {
        let rows = sqlx::query("SELECT row_number FROM device_import_rows WHERE import_id = $1")
            .bind(id)
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get("row_number"))
            .collect::<Result<_, _>>()?)
    }

    /// The id of the org's user with this email (lower case, as stored).
    pub async fn user_id_by_email(&self, org_id: &str, email: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT id FROM users WHERE org_id = $1 AND email = $2")
            .bind(org_id)
            .bind(email)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("id")).transpose()?)
    }

    /// Applies one row of a job held by `worker`, with its result and the
    /// job's progress, in one transaction (see the module comment).
    pub async fn apply_device_import_row(
        &self,
        job_id: &str,
        worker: &str,
        lease_ms: i64,
        row: &ImportedLine<'_>,
    ) -> Result<RowApplied, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<RowApplied, DirectoryError> = async {
            let now = now_ms();
            let held = sqlx::query(
                "UPDATE device_imports SET claimed_until = $3, updated_at = $4
                 WHERE id = $1 AND claimed_by = $2",
            )
            .bind(job_id)
            .bind(worker)
            .bind(now + lease_ms)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if held.rows_affected() == 0 {
                return Ok(RowApplied::LeaseLost);
            }
            let plan = row.plan;
            let applied = match &row.line {
                None => RowApplied::Refused {
                    code: Code::UsernameUnknown,
                    column: Some(DeviceColumn::Username.header().to_owned()),
                },
                Some(line) => {
                    sqlx::query("SAVEPOINT device_import_row")
                        .execute(&mut *tx)
                        .await?;
                    match insert_webex_go(&mut tx, line).await {
                        Ok(device_id) => {
                            sqlx::query("RELEASE SAVEPOINT device_import_row")
                                .execute(&mut *tx)
                                .await?;
                            RowApplied::Applied { device_id }
                        }
                        Err(
                            refusal @ (DirectoryError::Refused { .. } | DirectoryError::NotFound),
                        ) => {
                            sqlx::query("ROLLBACK TO SAVEPOINT device_import_row")
                                .execute(&mut *tx)
                                .await?;
                            match refusal {
                                DirectoryError::Refused { field, code, .. } => {
                                    RowApplied::Refused {
                                        code,
                                        column: column_of(field, plan),
                                    }
                                }
                                _ => RowApplied::Refused {
                                    code: Code::UsernameUnknown,
                                    column: Some(DeviceColumn::Username.header().to_owned()),
                                },
                            }
                        }
                        Err(error) => return Err(error),
                    }
                }
            };
            let (outcome, device_id, activation, code, column) = match &applied {
                RowApplied::Applied { device_id } => (
                    "applied",
                    Some(device_id.as_str()),
                    Some(row.delivery.as_str()),
                    None,
                    None,
                ),
                RowApplied::Refused { code, column } => (
                    "refused",
                    None,
                    None,
                    Some(code.as_str()),
                    column.as_deref(),
                ),
                RowApplied::LeaseLost => unreachable!("returned above"),
            };
            sqlx::query(
                "INSERT INTO device_import_rows (import_id, row_number, email, outcome, device_id,
                    subscription_id, activation, code, column_name, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(job_id)
            .bind(i64::from(plan.row))
            .bind(plan.email.as_str())
            .bind(outcome)
            .bind(device_id)
            .bind(&plan.subscription_id)
            .bind(activation)
            .bind(code)
            .bind(column)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            let is_applied = i64::from(outcome == "applied");
            sqlx::query(
                "UPDATE device_imports SET done_rows = done_rows + 1,
                    applied_rows = applied_rows + $2, refused_rows = refused_rows + $3
                 WHERE id = $1",
            )
            .bind(job_id)
            .bind(is_applied)
            .bind(1 - is_applied)
            .execute(&mut *tx)
            .await?;
            Ok(applied)
        }
        .await;
        finish(tx, result).await
    }

    /// Ends a job (`done`, or `failed` with the reason) with its audit
    /// entry. Only the worker holding the lease can end it (`false`
    /// otherwise).
    pub async fn finish_device_import(
        &self,
        id: &str,
        worker: &str,
        status: DeviceImportStatus,
        failure: Option<&str>,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<bool> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<bool> = async {
            let now = now_ms();
            let ended = sqlx::query(
                "UPDATE device_imports SET status = $3, failure = $4, finished_at = $5,
                    updated_at = $5, claimed_by = NULL, claimed_until = NULL
                 WHERE id = $1 AND claimed_by = $2",
            )
            .bind(id)
            .bind(worker)
            .bind(status.as_str())
            .bind(failure)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if ended.rows_affected() == 0 {
                return Ok(false);
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(true)
        }
        .await;
        finish(tx, result).await
    }

    /// Per-row results after `after_row`, in row order.
    pub async fn device_import_rows(
        &self,
        id: &str,
        after_row: i64,
        limit: i64,
    ) -> StoreResult<Vec<DeviceImportRowRecord>> {
        let rows = sqlx::query(
            "SELECT row_number, email, outcome, device_id, subscription_id, activation, code,
                column_name
             FROM device_import_rows
             WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3",
        )
        .bind(id)
        .bind(after_row)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DeviceImportRowRecord {
                    row: r.try_get("row_number")?,
                    email: r.try_get("email")?,
                    outcome: r.try_get("outcome")?,
                    device_id: r.try_get("device_id")?,
                    subscription_id: r.try_get("subscription_id")?,
                    activation: r.try_get("activation")?,
                    code: r.try_get("code")?,
                    column: r.try_get("column_name")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
