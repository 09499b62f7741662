//! Users imports (issue 4): the org data the CSV rules consult, import jobs
//! and the application of their rows.
//!
//! A job applies its rows in batches. Each batch is one transaction that
//! first renews the job's lease (so a job whose process died is taken over
//! by another replica, and a process that lost its lease writes nothing),
//! then applies each row inside a savepoint: a refused row rolls back to
//! its savepoint and leaves nothing behind (PH-7), the others stay. The
//! rows' results and the job's progress commit with the rows themselves,
//! so a restart resumes after the last committed batch and applies every
//! row exactly once.
use std::collections::{BTreeSet, HashMap};

use domain::{
    Code, Country,
    user::CallingData,
    users_csv::{
        ContextLicense, ContextLocation, ContextPackage, ContextPool, ExportUser, FactNumber,
        FactUser, FileKeys, ImportMode, OrgContext, OrgFacts, RowAction, RowKind, RowOutcome,
        RowPlan, UserColumn,
    },
};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{
    DirectoryError, NewAuditEntry, Store, StoreResult,
    audit::insert_audit,
    finish,
    licenses::release_license,
    new_id, now_ms,
    users::{ids, take_license, take_number, user_conflict, write_terms},
};

/// How many keys one `IN (…)` list binds.
const KEYS_PER_QUERY: usize = 500;

/// Where an import is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportStatus {
    /// Uploaded and checked; nothing applied.
    Draft,
    /// Waiting for a worker.
    Queued,
    Running,
    /// Every row has its result.
    Done,
    /// An all-or-nothing import with a refused row (nothing applied), or an
    /// import that could not run.
    Failed,
    /// Undo asked for, waiting for a worker.
    UndoQueued,
    Undoing,
    /// Every applied row restored, or listed as changed since.
    Undone,
}

impl ImportStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::UndoQueued => "undo_queued",
            Self::Undoing => "undoing",
            Self::Undone => "undone",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            Self::Draft,
            Self::Queued,
            Self::Running,
            Self::Done,
            Self::Failed,
            Self::UndoQueued,
            Self::Undoing,
            Self::Undone,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// An import job (without its file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub id: String,
    pub org_id: String,
    pub admin_id: String,
    pub admin_email: String,
    pub idempotency_key: String,
    pub file_name: String,
    pub mode: ImportMode,
    pub all_or_nothing: bool,
    pub status: ImportStatus,
    pub total_rows: i64,
    pub done_rows: i64,
    pub applied_rows: i64,
    pub refused_rows: i64,
    pub undone_rows: i64,
    pub undo_conflicts: i64,
    pub failure: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub finished_at: Option<i64>,
}

const IMPORT_COLUMNS: &str = "id, org_id, admin_id, admin_email, idempotency_key, file_name, mode,
    all_or_nothing, status, total_rows, done_rows, applied_rows, refused_rows, undone_rows,
    undo_conflicts, failure,
    created_at, updated_at, finished_at";

fn import_record(row: &AnyRow) -> Result<ImportRecord, sqlx::Error> {
    let mode: String = row.try_get("mode")?;
    let status: String = row.try_get("status")?;
    Ok(ImportRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        admin_id: row.try_get("admin_id")?,
        admin_email: row.try_get("admin_email")?,
        idempotency_key: row.try_get("idempotency_key")?,
        file_name: row.try_get("file_name")?,
        mode: ImportMode::parse(&mode).unwrap_or_default(),
        all_or_nothing: row.try_get::<i64, _>("all_or_nothing")? != 0,
        status: ImportStatus::parse(&status).unwrap_or(ImportStatus::Failed),
        total_rows: row.try_get("total_rows")?,
        done_rows: row.try_get("done_rows")?,
        applied_rows: row.try_get("applied_rows")?,
        refused_rows: row.try_get("refused_rows")?,
        undone_rows: row.try_get("undone_rows")?,
        undo_conflicts: row.try_get("undo_conflicts")?,
        failure: row.try_get("failure")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

/// A new upload.
pub struct NewImport<'a> {
    pub org_id: &'a str,
    pub admin_id: &'a str,
    pub admin_email: &'a str,
    pub idempotency_key: &'a str,
    pub file_name: &'a str,
    pub file_body: &'a str,
    pub mode: ImportMode,
    pub total_rows: i64,
}

/// The result of one row, as the job page and the API list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    pub row: i64,
    pub email: String,
    pub kind: Option<RowKind>,
    /// `applied`, `refused` or `skipped`.
    pub outcome: &'static str,
    pub code: Option<Code>,
    pub column: Option<String>,
    pub detail: Option<String>,
}

/// A stored row result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRowRecord {
    pub row: i64,
    pub email: String,
    pub kind: Option<String>,
    pub outcome: String,
    pub code: Option<String>,
    pub column: Option<String>,
    pub detail: Option<String>,
    pub undo_outcome: Option<String>,
    pub undo_code: Option<String>,
}

/// A user as it was before an import changed it (kept for undo).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct BeforeState {
    id: String,
    first_name: Option<String>,
    last_name: Option<String>,
    display_name: String,
    package_key: String,
    location_id: Option<String>,
    extension: Option<String>,
    number: Option<String>,
    jabber_calling: bool,
    jabber_teams: bool,
    preferred_site: Option<String>,
    status: String,
    licenses: Vec<String>,
}

/// What the row's column header is, from the field a store refusal names.
fn column_of(field: &str, package: Option<UserColumn>) -> Option<String> {
    let column = match field {
        "email" => UserColumn::Email,
        "extension" => UserColumn::Extension,
        "phone_number" => UserColumn::PhoneNumber,
        "location" => UserColumn::Location,
        "package" => package?,
        _ => return None,
    };
    Some(column.header().to_owned())
}

fn placeholders(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// What every import of the org consults: its locations, the catalog
    /// and the org's license pools in the order licenses are taken.
    pub async fn import_context(&self, org_id: &str) -> StoreResult<OrgContext> {
        let pool = self.pool();
        let mut locations = Vec::new();
        for row in sqlx::query(
            "SELECT id, name, country FROM locations WHERE org_id = $1 ORDER BY name_key",
        )
        .bind(org_id)
        .fetch_all(pool)
        .await?
        {
            let country: String = row.try_get("country")?;
            let Ok(country) = Country::parse(&country) else {
                continue;
            };
            locations.push(ContextLocation {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                country,
            });
        }
        let mut licenses = Vec::new();
        let mut license_index = HashMap::new();
        for row in sqlx::query("SELECT id, key, name FROM licenses ORDER BY key")
            .fetch_all(pool)
            .await?
        {
            let id: String = row.try_get("id")?;
            license_index.insert(id.clone(), licenses.len() as u16);
            licenses.push(ContextLicense {
                id,
                key: row.try_get("key")?,
                name: row.try_get("name")?,
            });
        }
        let mut packages: Vec<ContextPackage> = Vec::new();
        for row in sqlx::query(
            "SELECT p.key, pl.license_id FROM packages p
             LEFT JOIN package_licenses pl ON pl.package_id = p.id ORDER BY p.key, pl.license_id",
        )
        .fetch_all(pool)
        .await?
        {
            let key: String = row.try_get("key")?;
            let license: Option<String> = row.try_get("license_id")?;
            if packages.last().is_none_or(|p| p.key != key) {
                packages.push(ContextPackage {
                    key,
                    licenses: Vec::new(),
                });
            }
            if let (Some(package), Some(index)) = (
                packages.last_mut(),
                license.and_then(|l| license_index.get(&l)),
            ) {
                package.licenses.push(*index);
            }
        }
        let mut pools = Vec::new();
        let mut defaults = BTreeSet::new();
        for row in sqlx::query(
            "SELECT sl.subscription_id, sl.license_id, sl.quantity, sl.used, l.default_grant
             FROM subscription_licenses sl
             JOIN subscriptions s ON s.id = sl.subscription_id
             JOIN licenses l ON l.id = sl.license_id
             WHERE s.org_id = $1 ORDER BY s.created_at, s.id, sl.license_id",
        )
        .bind(org_id)
        .fetch_all(pool)
        .await?
        {
            let license_id: String = row.try_get("license_id")?;
            let Some(&license) = license_index.get(&license_id) else {
                continue;
            };
            if row.try_get::<i64, _>("default_grant")? != 0 {
                defaults.insert(license);
            }
            pools.push(ContextPool {
                subscription_id: row.try_get("subscription_id")?,
                license,
                quantity: row.try_get::<i64, _>("quantity")?.max(0) as u64,
                used: row.try_get::<i64, _>("used")?.max(0) as u64,
            });
        }
        Ok(OrgContext {
            locations,
            licenses,
            packages,
            defaults: defaults.into_iter().collect(),
            pools,
        })
    }

    /// What the org's data says about a file's keys: the users it names or
    /// whose extension or number it names, with the pools their licenses
    /// are from, and the inventory entries of the numbers it names.
    pub async fn import_facts(
        &self,
        org_id: &str,
        context: &OrgContext,
        keys: &FileKeys,
    ) -> StoreResult<OrgFacts> {
        let pool = self.pool();
        let mut users: HashMap<String, (String, FactUser)> = HashMap::new();
        let lookups = [
            ("u.email", &keys.emails),
            ("u.extension", &keys.extensions),
            ("n.e164", &keys.numbers),
        ];
        for (column, values) in lookups {
            for chunk in values.chunks(KEYS_PER_QUERY) {
                let sql = format!(
                    "SELECT u.id, u.email, u.extension, n.e164 FROM users u
                     LEFT JOIN numbers n ON n.user_id = u.id
                     WHERE u.org_id = $1 AND {column} IN ({})",
                    placeholders(2, chunk.len())
                );
                let mut query = sqlx::query(&sql).bind(org_id);
                for value in chunk {
                    query = query.bind(value);
                }
                for row in query.fetch_all(pool).await? {
                    let id: String = row.try_get("id")?;
                    let user = FactUser {
                        email: row.try_get("email")?,
                        extension: row.try_get("extension")?,
                        number: row.try_get("e164")?,
                        holdings: Vec::new(),
                    };
                    users.entry(id).or_insert((String::new(), user));
                }
            }
        }
        let pool_index: HashMap<(&str, &str), u32> = context
            .pools
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let license = context.licenses.get(p.license as usize)?;
                Some(((p.subscription_id.as_str(), license.id.as_str()), i as u32))
            })
            .collect();
        let user_ids: Vec<String> = users.keys().cloned().collect();
        for chunk in user_ids.chunks(KEYS_PER_QUERY) {
            let sql = format!(
                "SELECT holder_id, subscription_id, license_id FROM license_assignments
                 WHERE holder_id IN ({}) ORDER BY holder_id, assigned_at, id",
                placeholders(1, chunk.len())
            );
            let mut query = sqlx::query(&sql);
            for id in chunk {
                query = query.bind(id);
            }
            for row in query.fetch_all(pool).await? {
                let holder: String = row.try_get("holder_id")?;
                let subscription: String = row.try_get("subscription_id")?;
                let license: String = row.try_get("license_id")?;
                if let (Some((_, user)), Some(index)) = (
                    users.get_mut(&holder),
                    pool_index.get(&(subscription.as_str(), license.as_str())),
                ) {
                    user.holdings.push(*index);
                }
            }
        }
        let location_index: HashMap<&str, u32> = context
            .locations
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i as u32))
            .collect();
        let mut numbers = Vec::new();
        for chunk in keys.numbers.chunks(KEYS_PER_QUERY) {
            let sql = format!(
                "SELECT e164, location_id FROM numbers WHERE org_id = $1 AND e164 IN ({})",
                placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(&sql).bind(org_id);
            for value in chunk {
                query = query.bind(value);
            }
            for row in query.fetch_all(pool).await? {
                let location: String = row.try_get("location_id")?;
                if let Some(&location) = location_index.get(location.as_str()) {
                    numbers.push(FactNumber {
                        e164: row.try_get("e164")?,
                        location,
                    });
                }
            }
        }
        let mut users: Vec<FactUser> = users.into_values().map(|(_, u)| u).collect();
        users.sort_by(|a, b| a.email.cmp(&b.email));
        Ok(OrgFacts { users, numbers })
    }

    /// Every user of the org as an export writes it, by email.
    pub async fn export_users(&self, org_id: &str) -> StoreResult<Vec<ExportUser>> {
        let held = |key: &str| {
            format!(
                "EXISTS (SELECT 1 FROM license_assignments a JOIN licenses li ON li.id = a.license_id
                  WHERE a.holder_id = u.id AND li.key = '{key}') AS {key}"
            )
        };
        let [messaging, spaces, call] =
            UserColumn::SERVICES.map(|c| c.service_key().unwrap_or_default());
        let sql = format!(
            "SELECT u.email, u.first_name, u.last_name, u.display_name, u.extension, n.e164,
                l.name AS location, u.jabber_calling, u.jabber_teams, u.preferred_site,
                p.key AS package_key, {}, {}, {}
             FROM users u
             JOIN packages p ON p.id = u.package_id
             LEFT JOIN locations l ON l.id = u.location_id
             LEFT JOIN numbers n ON n.user_id = u.id
             WHERE u.org_id = $1 ORDER BY u.email",
            held(messaging),
            held(spaces),
            held(call)
        );
        let rows = sqlx::query(&sql)
            .bind(org_id)
            .fetch_all(self.pool())
            .await?;
        let flag = |row: &AnyRow, column: &str| -> Result<bool, sqlx::Error> {
            // EXISTS is a boolean on PostgreSQL and an integer on SQLite.
            row.try_get::<bool, _>(column)
                .or_else(|_| row.try_get::<i64, _>(column).map(|v| v != 0))
        };
        rows.iter()
            .map(|row| {
                Ok(ExportUser {
                    email: row.try_get("email")?,
                    first_name: row.try_get("first_name")?,
                    last_name: row.try_get("last_name")?,
                    display_name: row.try_get("display_name")?,
                    extension: row.try_get("extension")?,
                    phone_number: row.try_get("e164")?,
                    location: row.try_get("location")?,
                    jabber_calling: row.try_get::<i64, _>("jabber_calling")? != 0,
                    jabber_teams: row.try_get::<i64, _>("jabber_teams")? != 0,
                    preferred_site: row.try_get("preferred_site")?,
                    package_key: row.try_get("package_key")?,
                    services: [flag(row, messaging)?, flag(row, spaces)?, flag(row, call)?],
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Stores an upload as a draft; the same key in the same org returns
    /// the import it made the first time (`false`: not new).
    pub async fn create_import(&self, new: &NewImport<'_>) -> StoreResult<(ImportRecord, bool)> {
        let now = now_ms();
        let inserted = sqlx::query(
            "INSERT INTO imports (id, org_id, admin_id, admin_email, idempotency_key, file_name,
                file_body, mode, status, total_rows, created_at, updated_at)
             VALUES ($1, $2, $3, $10, $4, $5, $6, $7, 'draft', $8, $9, $9)
             ON CONFLICT (org_id, idempotency_key) DO NOTHING",
        )
        .bind(new_id())
        .bind(new.org_id)
        .bind(new.admin_id)
        .bind(new.idempotency_key)
        .bind(new.file_name)
        .bind(new.file_body)
        .bind(new.mode.as_str())
        .bind(new.total_rows)
        .bind(now)
        .bind(new.admin_email)
        .execute(self.pool())
        .await?;
        let sql = format!(
            "SELECT {IMPORT_COLUMNS} FROM imports WHERE org_id = $1 AND idempotency_key = $2"
        );
        let row = sqlx::query(&sql)
            .bind(new.org_id)
            .bind(new.idempotency_key)
            .fetch_one(self.pool())
            .await?;
        Ok((import_record(&row)?, inserted.rows_affected() == 1))
    }

    pub async fn import(&self, id: &str) -> StoreResult<Option<ImportRecord>> {
        let sql = format!("SELECT {IMPORT_COLUMNS} FROM imports WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(import_record).transpose()?)
    }

    /// The org's imports, newest first.
    pub async fn imports_of(&self, org_id: &str, limit: i64) -> StoreResult<Vec<ImportRecord>> {
        let sql = format!(
            "SELECT {IMPORT_COLUMNS} FROM imports WHERE org_id = $1
             ORDER BY created_at DESC, id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(org_id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(import_record).collect::<Result<_, _>>()?)
    }

    pub async fn import_file(&self, id: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT file_body FROM imports WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("file_body")).transpose()?)
    }

    /// Queues a draft with the mode chosen at the preview. Applying an
    /// import that is queued or further already changes nothing (`false`).
    pub async fn queue_import(
        &self,
        id: &str,
        mode: ImportMode,
        all_or_nothing: bool,
    ) -> StoreResult<bool> {
        let queued = sqlx::query(
            "UPDATE imports SET status = 'queued', mode = $2, all_or_nothing = $3, updated_at = $4
             WHERE id = $1 AND status = 'draft'",
        )
        .bind(id)
        .bind(mode.as_str())
        .bind(i64::from(all_or_nothing))
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        Ok(queued.rows_affected() == 1)
    }

    /// Claims the oldest import that is queued, or running under a lease
    /// that expired (its process died).
    pub async fn claim_import(
        &self,
        worker: &str,
        lease_ms: i64,
    ) -> StoreResult<Option<ImportRecord>> {
        let now = now_ms();
        let sql = format!(
            "UPDATE imports SET claimed_by = $1, claimed_until = $2, updated_at = $3,
                status = CASE WHEN status IN ('undo_queued', 'undoing') THEN 'undoing'
                              ELSE 'running' END
             WHERE id = (
                SELECT id FROM imports
                WHERE status IN ('queued', 'running', 'undo_queued', 'undoing')
                  AND (claimed_until IS NULL OR claimed_until < $3)
                ORDER BY created_at, id LIMIT 1 {}
             )
             RETURNING {IMPORT_COLUMNS}",
            self.backend().skip_locked()
        );
        let row = sqlx::query(&sql)
            .bind(worker)
            .bind(now + lease_ms)
            .bind(now)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(import_record).transpose()?)
    }

    /// The rows of an import that have a result already.
    pub async fn import_rows_done(&self, id: &str) -> StoreResult<BTreeSet<i64>> {
        let rows = sqlx::query("SELECT row_number FROM import_rows WHERE import_id = $1")
            .bind(id)
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get("row_number"))
            .collect::<Result<_, _>>()?)
    }

    /// Per-row results, in row order.
    pub async fn import_rows(
        &self,
        id: &str,
        after_row: i64,
        limit: i64,
    ) -> StoreResult<Vec<ImportRowRecord>> {
        let rows = sqlx::query(
            "SELECT row_number, email, kind, outcome, code, column_name, detail, undo_outcome,
                undo_code FROM import_rows
             WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3",
        )
        .bind(id)
        .bind(after_row)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ImportRowRecord {
                    row: r.try_get("row_number")?,
                    email: r.try_get("email")?,
                    kind: r.try_get("kind")?,
                    outcome: r.try_get("outcome")?,
                    code: r.try_get("code")?,
                    column: r.try_get("column_name")?,
                    detail: r.try_get("detail")?,
                    undo_outcome: r.try_get("undo_outcome")?,
                    undo_code: r.try_get("undo_code")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Applies one batch of a claimed import: rows refused by the checks
    /// are recorded as refused; every other row is applied in its own
    /// savepoint. With `all_or_nothing`, the first refusal rolls back the
    /// whole batch and is returned (the caller gives the whole file as one
    /// batch). `false` when the worker no longer holds the job's lease:
    /// nothing was written.
    #[allow(clippy::too_many_arguments)]
    pub async fn apply_import_batch(
        &self,
        job: &ImportRecord,
        worker: &str,
        lease_ms: i64,
        context: &OrgContext,
        rows: &[BatchRow<'_>],
        all_or_nothing: bool,
    ) -> Result<BatchOutcome, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<BatchOutcome, DirectoryError> = async {
            let now = now_ms();
            // The lease first: a write, so SQLite's writer lock is ours for
            // the whole batch, and a worker that lost the job stops here.
            let renewed = sqlx::query(
                "UPDATE imports SET claimed_until = $3, updated_at = $4
                 WHERE id = $1 AND claimed_by = $2 AND status IN ('running', 'undoing')",
            )
            .bind(&job.id)
            .bind(worker)
            .bind(now + lease_ms)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if renewed.rows_affected() == 0 {
                return Ok(BatchOutcome::LeaseLost);
            }
            let (mut applied, mut refused) = (0i64, 0i64);
            for row in rows {
                let (plan, outcome) = match row {
                    BatchRow::Refused(result) => {
                        if all_or_nothing {
                            return Ok(BatchOutcome::Refused(result.clone()));
                        }
                        insert_row_result(&mut tx, &job.id, result, AppliedRow::NONE).await?;
                        refused += 1;
                        continue;
                    }
                    BatchRow::Apply(plan, outcome) => (plan, outcome),
                };
                sqlx::query("SAVEPOINT import_row").execute(&mut *tx).await?;
                let applied_row =
                    apply_row(&mut tx, self.backend(), &job.org_id, context, plan, outcome).await;
                let mut result = RowResult {
                    row: i64::from(plan.row),
                    email: plan.email.as_str().to_owned(),
                    kind: Some(outcome.kind),
                    outcome: "applied",
                    code: None,
                    column: None,
                    detail: None,
                };
                match applied_row {
                    Ok((user_id, before, applied_at)) => {
                        sqlx::query("RELEASE SAVEPOINT import_row")
                            .execute(&mut *tx)
                            .await?;
                        insert_row_result(
                            &mut tx,
                            &job.id,
                            &result,
                            AppliedRow {
                                user_id: user_id.as_deref(),
                                before: before.as_deref(),
                                at: Some(applied_at),
                            },
                        )
                            .await?;
                        applied += 1;
                    }
                    Err(RowRefusal::Refused { code, column, detail }) => {
                        // Nothing of the row stays (PH-7).
                        sqlx::query("ROLLBACK TO SAVEPOINT import_row")
                            .execute(&mut *tx)
                            .await?;
                        result.outcome = "refused";
                        result.code = Some(code);
                        result.column = column;
                        result.detail = detail;
                        if all_or_nothing {
                            return Ok(BatchOutcome::Refused(result));
                        }
                        insert_row_result(&mut tx, &job.id, &result, AppliedRow::NONE).await?;
                        refused += 1;
                    }
                    Err(RowRefusal::Store(error)) => return Err(error),
                }
            }
            sqlx::query(
                "UPDATE imports SET done_rows = done_rows + $2, applied_rows = applied_rows + $3,
                    refused_rows = refused_rows + $4
                 WHERE id = $1",
            )
            .bind(&job.id)
            .bind(applied + refused)
            .bind(applied)
            .bind(refused)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE orgs SET user_count = (SELECT COUNT(*) FROM users WHERE org_id = $1) WHERE id = $1")
                .bind(&job.org_id)
                .execute(&mut *tx)
                .await?;
            Ok(BatchOutcome::Committed { applied, refused })
        }
        .await;
        match result {
            Ok(committed @ BatchOutcome::Committed { .. }) => {
                tx.commit().await?;
                Ok(committed)
            }
            other => {
                let end: Result<BatchOutcome, BatchEnd> = Err(match other {
                    Ok(outcome) => BatchEnd::Outcome(outcome),
                    Err(error) => BatchEnd::Failed(error),
                });
                finish(tx, end).await.or_else(BatchEnd::into_outcome)
            }
        }
    }

    /// Ends a job: `done`, or `failed` with the reason; with the audit
    /// entry. Only the worker holding the lease can end it.
    pub async fn finish_import(
        &self,
        id: &str,
        worker: &str,
        status: ImportStatus,
        failure: Option<&str>,
        refused_rows: Option<&[RowResult]>,
        audit: Option<&NewAuditEntry<'_>>,
    ) -> StoreResult<bool> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<bool> = async {
            let now = now_ms();
            let ended = sqlx::query(
                "UPDATE imports SET status = $3, failure = $4, finished_at = $5, updated_at = $5,
                    claimed_by = NULL, claimed_until = NULL
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
            if let Some(rows) = refused_rows {
                for row in rows {
                    insert_row_result(&mut tx, id, row, AppliedRow::NONE).await?;
                }
                sqlx::query(
                    "UPDATE imports SET done_rows = (SELECT COUNT(*) FROM import_rows WHERE import_id = $1),
                        refused_rows = (SELECT COUNT(*) FROM import_rows WHERE import_id = $1 AND outcome = 'refused')
                     WHERE id = $1",
                )
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            if let Some(audit) = audit {
                insert_audit(&mut *tx, audit).await?;
            }
            Ok(true)
        }
        .await;
        finish(tx, result).await
    }
}

/// One row of a batch: to apply, or refused by the checks already.
pub enum BatchRow<'a> {
    Apply(&'a RowPlan, &'a RowOutcome),
    Refused(RowResult),
}

impl BatchRow<'_> {
    pub fn row(&self) -> i64 {
        match self {
            BatchRow::Apply(plan, _) => i64::from(plan.row),
            BatchRow::Refused(result) => result.row,
        }
    }
}

/// How a batch ended.
#[derive(Debug)]
pub enum BatchOutcome {
    Committed {
        applied: i64,
        refused: i64,
    },
    /// All-or-nothing: this row was refused; the batch was rolled back.
    Refused(RowResult),
    /// Another worker holds the job now; the batch was rolled back.
    LeaseLost,
}

/// Carries an outcome that must not commit through [`finish`] as its
/// "error", so the transaction is rolled back before it is returned.
enum BatchEnd {
    Outcome(BatchOutcome),
    Failed(DirectoryError),
}

impl BatchEnd {
    fn into_outcome(self) -> Result<BatchOutcome, DirectoryError> {
        match self {
            BatchEnd::Outcome(outcome) => Ok(outcome),
            BatchEnd::Failed(error) => Err(error),
        }
    }
}

impl From<sqlx::Error> for BatchEnd {
    fn from(error: sqlx::Error) -> Self {
        BatchEnd::Failed(error.into())
    }
}

impl From<DirectoryError> for BatchEnd {
    fn from(error: DirectoryError) -> Self {
        BatchEnd::Failed(error)
    }
}

/// What an applied row left for undo: the user, its state before, when.
#[derive(Clone, Copy)]
struct AppliedRow<'a> {
    user_id: Option<&'a str>,
    before: Option<&'a str>,
    at: Option<i64>,
}

impl AppliedRow<'_> {
    const NONE: AppliedRow<'static> = AppliedRow {
        user_id: None,
        before: None,
        at: None,
    };
}

async fn insert_row_result(
    conn: &mut AnyConnection,
    import_id: &str,
    result: &RowResult,
    applied: AppliedRow<'_>,
) -> Result<(), sqlx::Error> {
    let AppliedRow {
        user_id,
        before,
        at,
    } = applied;
    sqlx::query(
        "INSERT INTO import_rows (import_id, row_number, email, kind, outcome, code, column_name,
            detail, user_id, before_state, applied_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(import_id)
    .bind(result.row)
    .bind(&result.email)
    .bind(result.kind.map(RowKind::as_str))
    .bind(result.outcome)
    .bind(result.code.map(Code::as_str))
    .bind(result.column.as_deref())
    .bind(result.detail.as_deref())
    .bind(user_id)
    .bind(before)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Why a row was not applied.
enum RowRefusal {
    Refused {
        code: Code,
        column: Option<String>,
        detail: Option<String>,
    },
    Store(DirectoryError),
}

impl From<sqlx::Error> for RowRefusal {
    fn from(error: sqlx::Error) -> Self {
        RowRefusal::Store(error.into())
    }
}

fn refusal(error: DirectoryError, package: Option<UserColumn>) -> RowRefusal {
    match error {
        DirectoryError::Refused { field, code, .. } => RowRefusal::Refused {
            code,
            column: column_of(field, package),
            detail: None,
        },
        DirectoryError::NotFound => RowRefusal::Refused {
            code: Code::UserUnknownForDelete,
            column: column_of("email", None),
            detail: None,
        },
        other => RowRefusal::Store(other),
    }
}

/// Applies one row in the caller's transaction. Returns the user's id and
/// its state before the row (none for an added user).
async fn apply_row(
    conn: &mut AnyConnection,
    backend: super::Backend,
    org_id: &str,
    context: &OrgContext,
    plan: &RowPlan,
    outcome: &RowOutcome,
) -> Result<(Option<String>, Option<String>, i64), RowRefusal> {
    let before = read_before(conn, backend, org_id, plan.email.as_str()).await?;
    let now = now_ms();
    let license_id = |index: &u16| context.licenses.get(*index as usize).map(|l| l.id.clone());
    match &plan.action {
        RowAction::Delete => {
            let Some(before) = before else {
                return Err(refusal(DirectoryError::NotFound, None));
            };
            sqlx::query("DELETE FROM users WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(&before.id)
                .execute(&mut *conn)
                .await?;
            for license in ids(
                conn,
                "SELECT license_id FROM license_assignments WHERE holder_id = $1",
                &before.id,
            )
            .await?
            {
                release_license(conn, &before.id, &license).await?;
            }
            let json = serde_json::to_string(&before).ok();
            Ok((Some(before.id), json, now))
        }
        RowAction::Upsert(upsert) => {
            let package = Some(upsert.package);
            let package_key = upsert.package.package_key().unwrap_or_default();
            let calling = upsert.calling.as_ref().and_then(|c| {
                let location = context.locations.get(c.location_index? as usize)?;
                Some(CallingData {
                    location_id: location.id.clone(),
                    extension: c.extension.clone(),
                    phone_number: c.phone_number.clone(),
                })
            });
            if upsert.calling.is_some() && calling.is_none() {
                return Err(RowRefusal::Refused {
                    code: Code::LocationUnknown,
                    column: column_of("location", None),
                    detail: None,
                });
            }
            let keep = |new: Option<&domain::PersonName>, old: Option<&String>| {
                new.map(|n| n.as_str().to_owned()).or_else(|| old.cloned())
            };
            let first_name = keep(
                upsert.first_name.as_ref(),
                before.as_ref().and_then(|b| b.first_name.as_ref()),
            );
            let last_name = keep(
                upsert.last_name.as_ref(),
                before.as_ref().and_then(|b| b.last_name.as_ref()),
            );
            let display_name = upsert
                .display_name
                .as_ref()
                .map(|n| n.as_str().to_owned())
                .or_else(|| before.as_ref().map(|b| b.display_name.clone()))
                .or_else(|| {
                    domain::user::default_display_name(
                        upsert.first_name.as_ref(),
                        upsert.last_name.as_ref(),
                        &plan.email,
                    )
                    .map(|n| n.as_str().to_owned())
                })
                .unwrap_or_else(|| plan.email.local_part().to_owned());
            let preferred_site = upsert
                .preferred_site
                .as_ref()
                .map(|s| s.as_str().to_owned())
                .or_else(|| before.as_ref().and_then(|b| b.preferred_site.clone()));
            let extension = calling
                .as_ref()
                .and_then(|c| c.extension.as_ref())
                .map(|e| e.as_str().to_owned());
            let user_id = match &before {
                Some(before) => {
                    sqlx::query(
                        "UPDATE users SET first_name = $3, last_name = $4, display_name = $5,
                            sort_name = $6, package_id = (SELECT id FROM packages WHERE key = $7),
                            location_id = $8, extension = $9, jabber_calling = $10,
                            jabber_teams = $11, preferred_site = $12, updated_at = $13
                         WHERE org_id = $1 AND id = $2",
                    )
                    .bind(org_id)
                    .bind(&before.id)
                    .bind(first_name.as_deref())
                    .bind(last_name.as_deref())
                    .bind(&display_name)
                    .bind(display_name.to_lowercase())
                    .bind(package_key)
                    .bind(calling.as_ref().map(|c| c.location_id.as_str()))
                    .bind(extension.as_deref())
                    .bind(i64::from(upsert.jabber_calling))
                    .bind(i64::from(upsert.jabber_teams))
                    .bind(preferred_site.as_deref())
                    .bind(now)
                    .execute(&mut *conn)
                    .await
                    .map_err(|e| refusal(user_conflict(0, e), package))?;
                    let wanted = calling
                        .as_ref()
                        .and_then(|c| c.phone_number.as_ref())
                        .map(|n| n.as_e164().to_owned())
                        .unwrap_or_default();
                    sqlx::query(
                        "UPDATE numbers SET user_id = NULL WHERE user_id = $1 AND e164 <> $2",
                    )
                    .bind(&before.id)
                    .bind(&wanted)
                    .execute(&mut *conn)
                    .await?;
                    before.id.clone()
                }
                None => {
                    let id = new_id();
                    sqlx::query(
                        "INSERT INTO users (id, org_id, email, first_name, last_name, display_name,
                            sort_name, package_id, location_id, extension, status, jabber_calling,
                            jabber_teams, preferred_site, created_at, updated_at)
                         SELECT $1, $2, $3, $4, $5, $6, $7, p.id, $9, $10, 'invited', $11, $12, $13,
                            $14, $14
                         FROM packages p WHERE p.key = $8",
                    )
                    .bind(&id)
                    .bind(org_id)
                    .bind(plan.email.as_str())
                    .bind(first_name.as_deref())
                    .bind(last_name.as_deref())
                    .bind(&display_name)
                    .bind(display_name.to_lowercase())
                    .bind(package_key)
                    .bind(calling.as_ref().map(|c| c.location_id.as_str()))
                    .bind(extension.as_deref())
                    .bind(i64::from(upsert.jabber_calling))
                    .bind(i64::from(upsert.jabber_teams))
                    .bind(preferred_site.as_deref())
                    .bind(now)
                    .execute(&mut *conn)
                    .await
                    .map_err(|e| refusal(user_conflict(0, e), package))?;
                    id
                }
            };
            write_terms(
                conn,
                org_id,
                &user_id,
                plan.email.as_str(),
                &[
                    first_name.as_deref(),
                    last_name.as_deref(),
                    Some(&display_name),
                ],
            )
            .await?;
            if let Some(calling) = &calling {
                take_number(conn, org_id, &user_id, calling, 0)
                    .await
                    .map_err(|e| refusal(e, package))?;
            }
            for license in outcome.release.iter().filter_map(license_id) {
                release_license(conn, &user_id, &license).await?;
            }
            for index in &outcome.take {
                let Some(license) = license_id(index) else {
                    continue;
                };
                if !take_license(conn, org_id, &user_id, &license).await? {
                    return Err(RowRefusal::Refused {
                        code: Code::LicenseExhausted,
                        column: column_of("package", package),
                        detail: context.licenses.get(*index as usize).map(|l| l.key.clone()),
                    });
                }
            }
            let json = before.as_ref().and_then(|b| serde_json::to_string(b).ok());
            Ok((Some(user_id), json, now))
        }
    }
}

/// The user with this email as it is now, locked for this transaction.
async fn read_before(
    conn: &mut AnyConnection,
    backend: super::Backend,
    org_id: &str,
    email: &str,
) -> Result<Option<BeforeState>, RowRefusal> {
    let sql = format!(
        "SELECT u.id, u.first_name, u.last_name, u.display_name, p.key AS package_key,
            u.location_id, u.extension, u.jabber_calling, u.jabber_teams, u.preferred_site,
            u.status
         FROM users u JOIN packages p ON p.id = u.package_id
         WHERE u.org_id = $1 AND u.email = $2{}",
        backend.for_update()
    );
    let Some(row) = sqlx::query(&sql)
        .bind(org_id)
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let id: String = row.try_get("id")?;
    let number = sqlx::query("SELECT e164 FROM numbers WHERE user_id = $1")
        .bind(&id)
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get("e164"))
        .transpose()?;
    let licenses = ids(
        conn,
        "SELECT license_id FROM license_assignments WHERE holder_id = $1 ORDER BY license_id",
        &id,
    )
    .await?;
    Ok(Some(BeforeState {
        id,
        first_name: row.try_get("first_name")?,
        last_name: row.try_get("last_name")?,
        display_name: row.try_get("display_name")?,
        package_key: row.try_get("package_key")?,
        location_id: row.try_get("location_id")?,
        extension: row.try_get("extension")?,
        number,
        jabber_calling: row.try_get::<i64, _>("jabber_calling")? != 0,
        jabber_teams: row.try_get::<i64, _>("jabber_teams")? != 0,
        preferred_site: row.try_get("preferred_site")?,
        status: row.try_get("status")?,
        licenses,
    }))
}

/// An applied row, as undo reads it back.
#[derive(Debug, Clone)]
pub struct UndoRow {
    pub row: i64,
    pub email: String,
    pub kind: String,
    pub user_id: Option<String>,
    before: Option<String>,
    applied_at: Option<i64>,
}

impl Store {
    /// Asks for an applied import to be undone: only a finished import,
    /// only once, only if it finished at or after `not_before`.
    pub async fn request_undo(&self, id: &str, not_before: i64) -> StoreResult<bool> {
        let queued = sqlx::query(
            "UPDATE imports SET status = 'undo_queued', updated_at = $3
             WHERE id = $1 AND status = 'done' AND finished_at >= $2",
        )
        .bind(id)
        .bind(not_before)
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        Ok(queued.rows_affected() == 1)
    }

    /// The applied rows an undo has still to visit, last row first.
    pub async fn rows_to_undo(&self, id: &str) -> StoreResult<Vec<UndoRow>> {
        let rows = sqlx::query(
            "SELECT row_number, email, kind, user_id, before_state, applied_at FROM import_rows
             WHERE import_id = $1 AND outcome = 'applied' AND undo_outcome IS NULL
             ORDER BY row_number DESC",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(UndoRow {
                    row: r.try_get("row_number")?,
                    email: r.try_get("email")?,
                    kind: r.try_get::<Option<String>, _>("kind")?.unwrap_or_default(),
                    user_id: r.try_get("user_id")?,
                    before: r.try_get("before_state")?,
                    applied_at: r.try_get("applied_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Restores one batch of rows, each in its own savepoint: a row whose
    /// user changed after the import (or whose number or license is gone)
    /// is left alone and listed. `None` when the worker lost the lease.
    pub async fn undo_import_batch(
        &self,
        job: &ImportRecord,
        worker: &str,
        lease_ms: i64,
        rows: &[UndoRow],
    ) -> Result<Option<(i64, i64)>, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<Option<(i64, i64)>, DirectoryError> = async {
            let now = now_ms();
            let renewed = sqlx::query(
                "UPDATE imports SET claimed_until = $3, updated_at = $4
                 WHERE id = $1 AND claimed_by = $2 AND status = 'undoing'",
            )
            .bind(&job.id)
            .bind(worker)
            .bind(now + lease_ms)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if renewed.rows_affected() == 0 {
                return Ok(None);
            }
            let (mut undone, mut conflicts) = (0i64, 0i64);
            for row in rows {
                sqlx::query("SAVEPOINT undo_row").execute(&mut *tx).await?;
                let (outcome, code) = match undo_row(&mut tx, self.backend(), &job.org_id, row).await {
                    Ok(()) => {
                        sqlx::query("RELEASE SAVEPOINT undo_row").execute(&mut *tx).await?;
                        undone += 1;
                        ("undone", None)
                    }
                    Err(RowRefusal::Refused { code, .. }) => {
                        sqlx::query("ROLLBACK TO SAVEPOINT undo_row").execute(&mut *tx).await?;
                        conflicts += 1;
                        ("conflict", Some(code))
                    }
                    Err(RowRefusal::Store(error)) => return Err(error),
                };
                sqlx::query(
                    "UPDATE import_rows SET undo_outcome = $3, undo_code = $4
                     WHERE import_id = $1 AND row_number = $2",
                )
                .bind(&job.id)
                .bind(row.row)
                .bind(outcome)
                .bind(code.map(Code::as_str))
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "UPDATE imports SET undone_rows = undone_rows + $2, undo_conflicts = undo_conflicts + $3
                 WHERE id = $1",
            )
            .bind(&job.id)
            .bind(undone)
            .bind(conflicts)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE orgs SET user_count = (SELECT COUNT(*) FROM users WHERE org_id = $1) WHERE id = $1",
            )
            .bind(&job.org_id)
            .execute(&mut *tx)
            .await?;
            Ok(Some((undone, conflicts)))
        }
        .await;
        finish(tx, result).await
    }
}

fn changed_since() -> RowRefusal {
    RowRefusal::Refused {
        code: Code::ChangedSinceImport,
        column: None,
        detail: None,
    }
}

/// Restores one row in the caller's transaction (see
/// [`Store::undo_import_batch`]).
async fn undo_row(
    conn: &mut AnyConnection,
    backend: super::Backend,
    org_id: &str,
    row: &UndoRow,
) -> Result<(), RowRefusal> {
    let before: Option<BeforeState> = row
        .before
        .as_deref()
        .and_then(|b| serde_json::from_str(b).ok());
    // The user as the import left it, untouched since: else leave it be.
    let current = match &row.user_id {
        Some(user_id) => {
            let sql = format!(
                "SELECT updated_at FROM users WHERE org_id = $1 AND id = $2{}",
                backend.for_update()
            );
            sqlx::query(&sql)
                .bind(org_id)
                .bind(user_id)
                .fetch_optional(&mut *conn)
                .await?
                .map(|r| r.try_get::<i64, _>("updated_at"))
                .transpose()?
        }
        None => None,
    };
    match row.kind.as_str() {
        "delete" => {
            let before = before.ok_or_else(changed_since)?;
            restore_user(conn, org_id, &row.email, &before, true).await
        }
        kind => {
            let Some(user_id) = &row.user_id else {
                return Err(changed_since());
            };
            if current.is_none() || current != row.applied_at {
                return Err(changed_since());
            }
            if kind == "add" {
                sqlx::query("DELETE FROM users WHERE org_id = $1 AND id = $2")
                    .bind(org_id)
                    .bind(user_id)
                    .execute(&mut *conn)
                    .await?;
                for license in ids(
                    conn,
                    "SELECT license_id FROM license_assignments WHERE holder_id = $1",
                    user_id,
                )
                .await?
                {
                    release_license(conn, user_id, &license).await?;
                }
                Ok(())
            } else {
                let before = before.ok_or_else(changed_since)?;
                restore_user(conn, org_id, &row.email, &before, false).await
            }
        }
    }
}

/// Puts a user back as `before` says: re-created (after a delete) or
/// updated (after a modify), with its number and licenses.
async fn restore_user(
    conn: &mut AnyConnection,
    org_id: &str,
    email: &str,
    before: &BeforeState,
    recreate: bool,
) -> Result<(), RowRefusal> {
    let now = now_ms();
    let conflict = |e: sqlx::Error| match user_conflict(0, e) {
        DirectoryError::Refused { code, .. } => RowRefusal::Refused {
            code,
            column: None,
            detail: None,
        },
        other => RowRefusal::Store(other),
    };
    if recreate {
        sqlx::query(
            "INSERT INTO users (id, org_id, email, first_name, last_name, display_name, sort_name,
                package_id, location_id, extension, status, jabber_calling, jabber_teams,
                preferred_site, created_at, updated_at)
             SELECT $1, $2, $3, $4, $5, $6, $7, p.id, $9, $10, $11, $12, $13, $14, $15, $15
             FROM packages p WHERE p.key = $8",
        )
    } else {
        sqlx::query(
            "UPDATE users SET email = $3, first_name = $4, last_name = $5, display_name = $6,
                sort_name = $7, package_id = (SELECT id FROM packages WHERE key = $8),
                location_id = $9, extension = $10, status = $11, jabber_calling = $12,
                jabber_teams = $13, preferred_site = $14, updated_at = $15
             WHERE id = $1 AND org_id = $2",
        )
    }
    .bind(&before.id)
    .bind(org_id)
    .bind(email)
    .bind(before.first_name.as_deref())
    .bind(before.last_name.as_deref())
    .bind(&before.display_name)
    .bind(before.display_name.to_lowercase())
    .bind(&before.package_key)
    .bind(before.location_id.as_deref())
    .bind(before.extension.as_deref())
    .bind(&before.status)
    .bind(i64::from(before.jabber_calling))
    .bind(i64::from(before.jabber_teams))
    .bind(before.preferred_site.as_deref())
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(conflict)?;
    write_terms(
        conn,
        org_id,
        &before.id,
        email,
        &[
            before.first_name.as_deref(),
            before.last_name.as_deref(),
            Some(&before.display_name),
        ],
    )
    .await?;
    sqlx::query("UPDATE numbers SET user_id = NULL WHERE user_id = $1")
        .bind(&before.id)
        .execute(&mut *conn)
        .await?;
    if let Some(number) = &before.number {
        let taken = sqlx::query(
            "UPDATE numbers SET user_id = $3 WHERE org_id = $1 AND e164 = $2 AND user_id IS NULL",
        )
        .bind(org_id)
        .bind(number)
        .bind(&before.id)
        .execute(&mut *conn)
        .await?;
        if taken.rows_affected() == 0 {
            return Err(RowRefusal::Refused {
                code: Code::NumberInUse,
                column: None,
                detail: None,
            });
        }
    }
    let held: BTreeSet<String> = ids(
        conn,
        "SELECT license_id FROM license_assignments WHERE holder_id = $1",
        &before.id,
    )
    .await?
    .into_iter()
    .collect();
    let wanted: BTreeSet<String> = before.licenses.iter().cloned().collect();
    for license in held.difference(&wanted) {
        release_license(conn, &before.id, license).await?;
    }
    for license in wanted.difference(&held) {
        if !take_license(conn, org_id, &before.id, license).await? {
            return Err(RowRefusal::Refused {
                code: Code::LicenseExhausted,
                column: None,
                detail: None,
            });
        }
    }
    Ok(())
}
