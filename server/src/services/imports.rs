//! Users imports (issue 4): the org data the browser checks a file
//! against, uploads checked again here with the same `domain` code (T-4),
//! applying them as background jobs, and their per-row results.
use app::api::{ApiError, ApplyImport, ImportCheck, ImportJob, ImportRowResult, ImportRows};
use domain::{
    CatalogKind, Code,
    users_csv::{FileCheck, FileKeys, ImportMode, OrgContext, OrgFacts},
};

use super::Services;
use crate::{
    store::{ImportRecord, ImportStatus, NewImport, OrgRecord},
    tenancy::{Caller, Need, guard},
};

/// How long after its end an import can be undone.
pub const UNDO_WINDOW_MS: i64 = 24 * 60 * 60 * 1000;

/// The longest idempotency key accepted.
const IDEMPOTENCY_KEY_MAX: usize = 100;

pub fn import_job(record: &ImportRecord) -> ImportJob {
    ImportJob {
        id: record.id.clone(),
        org_id: record.org_id.clone(),
        file_name: record.file_name.clone(),
        mode: record.mode,
        all_or_nothing: record.all_or_nothing,
        status: record.status.as_str().to_owned(),
        total_rows: record.total_rows,
        done_rows: record.done_rows,
        applied_rows: record.applied_rows,
        refused_rows: record.refused_rows,
        undone_rows: record.undone_rows,
        undo_conflicts: record.undo_conflicts,
        undo_until: (record.status == ImportStatus::Done)
            .then(|| record.finished_at.map(|at| at + UNDO_WINDOW_MS))
            .flatten(),
        failure: record.failure.clone(),
        created_at: record.created_at,
        finished_at: record.finished_at,
    }
}

/// How many rows of a checked file get a result: rows with a plan, and
/// rows refused by the checks (blank rows are neither).
pub fn rows_with_results(check: &FileCheck) -> i64 {
    let mut rows: Vec<u32> = check.plans.iter().map(|p| p.row).collect();
    rows.extend(check.findings().iter().filter(|f| f.row > 0).map(|f| f.row));
    rows.sort_unstable();
    rows.dedup();
    rows.len() as i64
}

impl Services {
    /// The org's locations, catalog and pools, for checking a file.
    pub async fn import_context(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<OrgContext, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        self.context_for(&scope.org).await
    }

    /// The org's import context, with license names as the org sees them
    /// (its partner's catalog names). The caller has guarded the org.
    async fn context_for(&self, org: &OrgRecord) -> Result<OrgContext, ApiError> {
        let mut context = self.store.import_context(&org.id).await?;
        let names = self.catalog_names_for(org).await?;
        for license in &mut context.licenses {
            license.name = names.resolve(CatalogKind::License, &license.key, license.name.clone());
        }
        Ok(context)
    }

    /// The org's users as a CSV in the template's format.
    pub async fn export_users_csv(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<String, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        let users = self.store.export_users(&scope.org.id).await?;
        Ok(domain::users_csv::write_export(users))
    }

    /// What the org's data says about a file's emails, extensions and
    /// numbers.
    pub async fn import_facts(
        &self,
        caller: &Caller,
        org_id: &str,
        keys: &FileKeys,
    ) -> Result<OrgFacts, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        let context = self.store.import_context(&scope.org.id).await?;
        Ok(self
            .store
            .import_facts(&scope.org.id, &context, keys)
            .await?)
    }

    /// Checks an upload against the org and stores it as a draft. A file
    /// that cannot be read at all (not UTF-8, no header, too many rows) is
    /// refused with its findings and not stored. The same idempotency key
    /// returns the draft made the first time.
    pub async fn upload_users_csv(
        &self,
        caller: &Caller,
        org_id: &str,
        idempotency_key: &str,
        file_name: &str,
        body: &[u8],
        mode: ImportMode,
    ) -> Result<ImportCheck, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        let key = idempotency_key.trim();
        if key.is_empty() || key.len() > IDEMPOTENCY_KEY_MAX {
            return Err(ApiError::field("idempotency_key", Code::BadRequest));
        }
        let context = self.context_for(&scope.org).await?;
        let mut check = FileCheck::read(body, Some(&context));
        if check.rows == 0 && !check.row_findings.is_empty() {
            return Err(file_refused(&check));
        }
        let facts = self
            .store
            .import_facts(&scope.org.id, &context, &check.keys())
            .await?;
        check.simulate(Some((&context, &facts)), mode);
        // Checked as UTF-8 by the read above.
        let text = String::from_utf8_lossy(body);
        let file_name: String = file_name.trim().chars().take(200).collect();
        let (record, _) = self
            .store
            .create_import(&NewImport {
                org_id: &scope.org.id,
                admin_id: &caller.admin.id,
                admin_email: &caller.admin.email,
                idempotency_key: key,
                file_name: if file_name.is_empty() {
                    "users.csv"
                } else {
                    &file_name
                },
                file_body: &text,
                mode,
                total_rows: rows_with_results(&check),
            })
            .await?;
        Ok(ImportCheck {
            job: import_job(&record),
            rows: check.rows,
            errors: check.errors() as u32,
            warnings: check.warnings() as u32,
            findings: check.findings(),
            preview: check.simulation.preview.clone(),
        })
    }

    /// The import, if the caller may `need` its org; `forbidden` for an
    /// import that does not exist too, as the tenancy guard answers for an
    /// org, so ids cannot be probed (T-4). A read-only admin who may see
    /// the import is refused a change as `forbidden`, not told it is gone.
    async fn visible_import(
        &self,
        caller: &Caller,
        id: &str,
        need: Need,
    ) -> Result<ImportRecord, ApiError> {
        let record = self
            .store
            .import(id)
            .await?
            .ok_or_else(ApiError::forbidden)?;
        guard(&self.store, caller, &record.org_id, need).await?;
        Ok(record)
    }

    pub async fn import_status(&self, caller: &Caller, id: &str) -> Result<ImportJob, ApiError> {
        Ok(import_job(
            &self.visible_import(caller, id, Need::Read).await?,
        ))
    }

    pub async fn list_imports(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<Vec<ImportJob>, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        let records = self.store.imports_of(&scope.org.id, 20).await?;
        Ok(records.iter().map(import_job).collect())
    }

    /// Queues a draft for the background worker. Applying it again (a
    /// double click, a retried request) changes nothing and returns the job.
    pub async fn apply_import(
        &self,
        caller: &Caller,
        id: &str,
        apply: &ApplyImport,
    ) -> Result<ImportJob, ApiError> {
        let record = self.visible_import(caller, id, Need::Write).await?;
        self.store
            .queue_import(&record.id, apply.mode, apply.all_or_nothing)
            .await?;
        let record = self
            .store
            .import(&record.id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        Ok(import_job(&record))
    }

    /// Undoes an applied import (issue 4, item 9): within 24 hours of its
    /// end, once. The work runs in the background like the import did.
    pub async fn undo_import(&self, caller: &Caller, id: &str) -> Result<ImportJob, ApiError> {
        let record = self.visible_import(caller, id, Need::Write).await?;
        let not_before = crate::store::now_ms() - UNDO_WINDOW_MS;
        if !self.store.request_undo(&record.id, not_before).await? {
            let current = self
                .store
                .import(&record.id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            if matches!(
                current.status,
                ImportStatus::UndoQueued | ImportStatus::Undoing | ImportStatus::Undone
            ) {
                // Asked twice: the first request stands.
                return Ok(import_job(&current));
            }
            let code = if current.status == ImportStatus::Done {
                Code::UndoExpired
            } else {
                Code::UndoNotAvailable
            };
            return Err(ApiError::new(code, "this import cannot be undone"));
        }
        let record = self
            .store
            .import(&record.id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        Ok(import_job(&record))
    }

    pub async fn import_rows(
        &self,
        caller: &Caller,
        id: &str,
        after_row: i64,
        limit: i64,
    ) -> Result<ImportRows, ApiError> {
        let record = self.visible_import(caller, id, Need::Read).await?;
        let limit = limit.clamp(1, 1000);
        let rows = self
            .store
            .import_rows(&record.id, after_row, limit + 1)
            .await?;
        let more = rows.len() as i64 > limit;
        let items: Vec<ImportRowResult> = rows
            .into_iter()
            .take(limit as usize)
            .map(|r| ImportRowResult {
                row: r.row,
                email: r.email,
                kind: r.kind,
                outcome: r.outcome,
                code: r.code.and_then(|c| c.parse().ok()),
                column: r.column,
                detail: r.detail,
                undo_outcome: r.undo_outcome,
                undo_code: r.undo_code.and_then(|c| c.parse().ok()),
            })
            .collect();
        Ok(ImportRows {
            next_after_row: more.then(|| items.last().map_or(after_row, |r| r.row)),
            items,
        })
    }
}

/// A file refused as a whole: the first finding's code, every finding.
fn file_refused(check: &FileCheck) -> ApiError {
    let findings = check.findings();
    let code = findings.first().map_or(Code::FileEmpty, |f| f.code);
    ApiError {
        code,
        message: "the file cannot be imported".into(),
        findings: findings
            .iter()
            .map(|f| app::api::FieldFinding {
                row: Some(f.row),
                field: f.column.clone().unwrap_or_default(),
                code: f.code,
            })
            .collect(),
    }
}
