//! Webex Go lines in bulk (GO-7 … GO-9): the org's template, the facts the
//! browser checks a devices CSV against, a submitted file checked again
//! here with the same `domain` code (T-4) and stored as a job, the job's
//! rows applied one by one by [`crate::jobs::DeviceImportRunner`], and
//! their results.
use app::api::{ApiError, DeviceImportJob, DeviceImportRowResult, DeviceImportRows, FieldFinding};
use domain::{
    Code,
    devices_csv::{
        DeviceFileCheck, DeviceFileKeys, DeviceImportFacts, DevicePlan, MAX_DATA_ROWS,
        MAX_FILE_BYTES, template_csv,
    },
    webex_go::ELIGIBLE_COUNTRIES,
};

use super::Services;
use crate::{
    store::{
        CodeDelivery, DeviceImportRecord, ImportedLine, NewAuditEntry, NewDeviceImport, NewWebexGo,
        RowApplied,
    },
    tenancy::{Caller, Need, OrgScope, guard},
};

/// The longest idempotency key accepted.
const IDEMPOTENCY_KEY_MAX: usize = 100;
/// A file name longer than this is cut (it only labels the job).
const FILE_NAME_MAX_CHARS: usize = 200;
/// The most keys one facts request may ask about: a file at the row limit
/// names that many users, and a number in national form is looked up in
/// each country a Webex Go user may be in.
const USERNAME_KEYS_MAX: usize = MAX_DATA_ROWS;
const NUMBER_KEYS_MAX: usize = MAX_DATA_ROWS * ELIGIBLE_COUNTRIES.len();
/// Row results per page, at most.
const ROWS_PAGE_MAX: i64 = 1_000;

pub fn device_import_job(record: &DeviceImportRecord) -> DeviceImportJob {
    DeviceImportJob {
        id: record.id.clone(),
        org_id: record.org_id.clone(),
        file_name: record.file_name.clone(),
        email_activation_codes: record.email_codes,
        status: record.status.as_str().to_owned(),
        total_rows: record.total_rows,
        done_rows: record.done_rows,
        applied_rows: record.applied_rows,
        refused_rows: record.refused_rows,
        failure: record.failure.clone(),
        created_at: record.created_at,
        finished_at: record.finished_at,
    }
}

/// A devices file sent to be applied.
pub struct DeviceImportSubmission<'a> {
    pub file_name: &'a str,
    pub csv: &'a str,
    /// GO-9: email each user their activation code.
    pub email_codes: bool,
    pub idempotency_key: &'a str,
}

impl Services {
    /// GO-7, GO-8: the template, with a `Webex Go [Sub. <id>]` column for
    /// each of the org's subscriptions with Webex Go licenses.
    pub async fn devices_template(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<String, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        let pools = self.store.webex_go_pools(&scope.org.id).await?;
        let ids: Vec<&str> = pools.iter().map(|p| p.subscription_id.as_str()).collect();
        Ok(template_csv(&ids))
    }

    /// What the org's data says about a devices file's usernames and
    /// numbers, for the browser's check.
    pub async fn device_import_facts(
        &self,
        caller: &Caller,
        org_id: &str,
        keys: &DeviceFileKeys,
    ) -> Result<DeviceImportFacts, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        if keys.usernames.len() > USERNAME_KEYS_MAX {
            return Err(ApiError::field("usernames", Code::TooManyRows));
        }
        if keys.numbers.len() > NUMBER_KEYS_MAX {
            return Err(ApiError::field("numbers", Code::TooManyRows));
        }
        Ok(self.store.device_import_facts(&scope.org.id, keys).await?)
    }

    /// GO-9: checks a devices file against the org as it is now and queues
    /// its lines as a job; a file with any error is refused whole with its
    /// findings, and nothing is stored. The same idempotency key answers
    /// with the job it made the first time (`false`: not new), even once
    /// its lines exist.
    pub async fn submit_device_import(
        &self,
        caller: &Caller,
        org_id: &str,
        submission: &DeviceImportSubmission<'_>,
    ) -> Result<(DeviceImportJob, bool), ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        let key = submission.idempotency_key.trim();
        if key.is_empty() || key.len() > IDEMPOTENCY_KEY_MAX {
            return Err(ApiError::field("idempotencyKey", Code::BadRequest));
        }
        if let Some(existing) = self.store.device_import_by_key(&scope.org.id, key).await? {
            return Ok((device_import_job(&existing), false));
        }
        if submission.csv.len() > MAX_FILE_BYTES {
            return Err(ApiError::new(Code::FileTooLarge, "the file is too large"));
        }
        let mut check = DeviceFileCheck::read(submission.csv.as_bytes());
        let facts = self
            .store
            .device_import_facts(&scope.org.id, &check.keys())
            .await?;
        check.simulate(&facts);
        if check.errors() > 0 || check.plans().is_empty() {
            return Err(file_refused(&check));
        }
        let file_name: String = submission
            .file_name
            .trim()
            .chars()
            .take(FILE_NAME_MAX_CHARS)
            .collect();
        let (record, created) = self
            .store
            .create_device_import(&NewDeviceImport {
                org_id: &scope.org.id,
                admin_id: &caller.admin.id,
                admin_email: &caller.admin.email,
                actor_org_id: scope.acting_from.as_deref(),
                idempotency_key: key,
                file_name: if file_name.is_empty() {
                    "devices.csv"
                } else {
                    &file_name
                },
                email_codes: submission.email_codes,
                plans: check.plans(),
            })
            .await?;
        if created {
            tracing::info!(import = %record.id, org = %record.org_id, rows = record.total_rows, "devices import queued");
        }
        Ok((device_import_job(&record), created))
    }

    /// The job, if it is the org's and the caller may see the org.
    async fn visible_device_import(
        &self,
        caller: &Caller,
        org_id: &str,
        id: &str,
    ) -> Result<DeviceImportRecord, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        self.store
            .device_import(id)
            .await?
            .filter(|job| job.org_id == scope.org.id)
            .ok_or_else(ApiError::not_found)
    }

    pub async fn device_import_status(
        &self,
        caller: &Caller,
        org_id: &str,
        id: &str,
    ) -> Result<DeviceImportJob, ApiError> {
        Ok(device_import_job(
            &self.visible_device_import(caller, org_id, id).await?,
        ))
    }

    /// The result of each row after `after_row`, a page at a time.
    pub async fn device_import_rows(
        &self,
        caller: &Caller,
        org_id: &str,
        id: &str,
        after_row: i64,
        limit: i64,
    ) -> Result<DeviceImportRows, ApiError> {
        let job = self.visible_device_import(caller, org_id, id).await?;
        let limit = limit.clamp(1, ROWS_PAGE_MAX);
        let mut rows = self
            .store
            .device_import_rows(&job.id, after_row, limit + 1)
            .await?;
        let more = rows.len() as i64 > limit;
        rows.truncate(limit as usize);
        let items: Vec<DeviceImportRowResult> = rows
            .into_iter()
            .map(|r| DeviceImportRowResult {
                row: r.row,
                email: r.email,
                outcome: r.outcome,
                device_id: r.device_id,
                subscription_id: r.subscription_id,
                activation: r.activation,
                code: r.code.and_then(|c| c.parse().ok()),
                column: r.column,
            })
            .collect();
        Ok(DeviceImportRows {
            next_after_row: more.then(|| items.last().map_or(after_row, |r| r.row)),
            items,
        })
    }

    /// Applies one row of a job held by `worker` (GO-9: every row gets
    /// GO-1 … GO-5): a new activation code for the line, emailed in the
    /// user's language when the job asks for it and the org does not
    /// suppress email (`scope` is the job's org as the job started).
    pub(crate) async fn apply_device_import_row(
        &self,
        job: &DeviceImportRecord,
        scope: &OrgScope,
        worker: &str,
        lease_ms: i64,
        plan: &DevicePlan,
    ) -> Result<RowApplied, ApiError> {
        let user_id = self
            .store
            .user_id_by_email(&scope.org.id, plan.email.as_str())
            .await?;
        let Some(user_id) = user_id else {
            let gone = ImportedLine {
                plan,
                line: None,
                delivery: CodeDelivery::NotEmailed,
            };
            return Ok(self
                .store
                .apply_device_import_row(&job.id, worker, lease_ms, &gone)
                .await?);
        };
        let recipient = if job.email_codes {
            self.code_recipient(scope, &user_id).await?
        } else {
            None
        };
        let issued = self.issue_code(
            recipient
                .as_ref()
                .map(|(to, name, language)| (to.as_str(), name.as_str(), *language)),
            &scope.org.name,
        );
        let audit = NewAuditEntry {
            actor_admin_id: Some(&job.admin_id),
            actor_email: &job.admin_email,
            actor_org_id: job.actor_org_id.as_deref(),
            org_id: Some(&scope.org.id),
            action: "webex_go_added",
            detail: plan.email.as_str(),
        };
        let line = ImportedLine {
            plan,
            line: Some(NewWebexGo {
                org_id: &scope.org.id,
                user_id: &user_id,
                subscription_id: Some(&plan.subscription_id),
                phone_number: plan.assign_number.as_ref().map(|n| n.as_e164()),
                code: issued.new_code(),
                email: issued.new_email(),
                audit: &audit,
            }),
            delivery: if recipient.is_some() {
                CodeDelivery::Emailed
            } else {
                CodeDelivery::NotEmailed
            },
        };
        Ok(self
            .store
            .apply_device_import_row(&job.id, worker, lease_ms, &line)
            .await?)
    }
}

/// A file refused whole: the first finding's code, and every finding with
/// its row and column.
fn file_refused(check: &DeviceFileCheck) -> ApiError {
    let findings = check.findings();
    let code = findings.first().map_or(Code::FileEmpty, |f| f.code);
    ApiError {
        code,
        message: "the file cannot be imported".into(),
        findings: findings
            .iter()
            .map(|f| FieldFinding {
                row: Some(f.row),
                field: f.column.clone().unwrap_or_default(),
                code: f.code,
            })
            .collect(),
    }
}
