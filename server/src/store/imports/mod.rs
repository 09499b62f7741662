//! Users imports (issue 4): the org data the CSV rules consult, import jobs
//! and their lifecycle. Applying the rows is [`apply`]; undoing an applied
//! import is [`undo`].
mod apply;
mod undo;

use apply::{AppliedRow, insert_row_result};
pub use apply::{ApplyStrategy, BatchOutcome, BatchRow};
pub use undo::UndoRow;

use std::collections::{BTreeSet, HashMap};

use domain::{
    Code, Country,
    users_csv::{
        ContextLicense, ContextLocation, ContextPackage, ContextPool, ExportUser, FactNumber,
        FactUser, FileKeys, ImportMode, OrgContext, OrgFacts, RowKind, UserColumn,
    },
};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{
    Backend, NewAuditEntry, Store, StoreResult,
    audit::insert_audit,
    bulk::{Cell, fetch_in},
    finish, new_id, now_ms,
};

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
    /// License ids, sorted.
    licenses: Vec<String>,
}

/// [`Store::import_facts`] on a connection, and the id of each user by
/// email. With `lock`, the users and numbers read are locked for the
/// caller's transaction (PostgreSQL; SQLite's writer lock covers them).
pub(super) async fn read_facts(
    conn: &mut AnyConnection,
    backend: Backend,
    org_id: &str,
    context: &OrgContext,
    keys: &FileKeys,
    lock: bool,
) -> Result<(OrgFacts, HashMap<String, String>), sqlx::Error> {
    let lock_users = if lock {
        backend.for_update_of("u")
    } else {
        String::new()
    };
    let lock_numbers = if lock { backend.for_update() } else { "" };
    let mut users: HashMap<String, FactUser> = HashMap::new();
    let org = [Cell::from(org_id)];
    let lookups = [
        ("u.email", &keys.emails),
        ("u.extension", &keys.extensions),
        ("n.e164", &keys.numbers),
    ];
    for (column, values) in lookups {
        let rows = fetch_in(conn, backend, &org, values, |lead, list| {
            format!(
                "SELECT u.id, u.email, u.extension, n.e164 FROM users u
                 LEFT JOIN numbers n ON n.user_id = u.id
                 WHERE u.org_id = {} AND {column} IN ({list}){lock_users}",
                lead[0]
            )
        })
        .await?;
        for row in rows {
            let id: String = row.try_get("id")?;
            if users.contains_key(&id) {
                continue;
            }
            let user = FactUser {
                email: row.try_get("email")?,
                extension: row.try_get("extension")?,
                number: row.try_get("e164")?,
                holdings: Vec::new(),
                webex_go: false,
            };
            users.insert(id, user);
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
    let held = fetch_in(conn, backend, &[], &user_ids, |_, list| {
        format!(
            "SELECT holder_id, subscription_id, license_id FROM license_assignments
             WHERE holder_id IN ({list}) ORDER BY holder_id, assigned_at, id"
        )
    })
    .await?;
    for row in held {
        let holder: String = row.try_get("holder_id")?;
        let subscription: String = row.try_get("subscription_id")?;
        let license: String = row.try_get("license_id")?;
        if let (Some(user), Some(index)) = (
            users.get_mut(&holder),
            pool_index.get(&(subscription.as_str(), license.as_str())),
        ) {
            user.holdings.push(*index);
        }
    }
    // GO-1: users with a Webex Go line must stay eligible. Locked with the
    // users, so a line added meanwhile waits for the import's transaction.
    let lines = fetch_in(conn, backend, &[], &user_ids, |_, list| {
        format!("SELECT user_id FROM devices WHERE kind = 'webex_go' AND user_id IN ({list})")
    })
    .await?;
    for row in lines {
        let holder: String = row.try_get("user_id")?;
        if let Some(user) = users.get_mut(&holder) {
            user.webex_go = true;
        }
    }
    let location_index: HashMap<&str, u32> = context
        .locations
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i as u32))
        .collect();
    let mut numbers = Vec::new();
    let rows = fetch_in(conn, backend, &org, &keys.numbers, |lead, list| {
        format!(
            "SELECT e164, location_id FROM numbers WHERE org_id = {} AND e164 IN ({list}){lock_numbers}",
            lead[0]
        )
    })
    .await?;
    for row in rows {
        let location: String = row.try_get("location_id")?;
        if let Some(&location) = location_index.get(location.as_str()) {
            numbers.push(FactNumber {
                e164: row.try_get("e164")?,
                location,
            });
        }
    }
    // PMD-8: what workspaces hold is never free for a user.
    let workspace_extensions = fetch_in(conn, backend, &org, &keys.extensions, |lead, list| {
        format!(
            "SELECT extension FROM workspaces WHERE org_id = {} AND extension IN ({list})",
            lead[0]
        )
    })
    .await?
    .iter()
    .map(|row| row.try_get("extension"))
    .collect::<Result<Vec<String>, _>>()?;
    let workspace_numbers = fetch_in(conn, backend, &org, &keys.numbers, |lead, list| {
        format!(
            "SELECT e164 FROM numbers
             WHERE org_id = {} AND workspace_id IS NOT NULL AND e164 IN ({list})",
            lead[0]
        )
    })
    .await?
    .iter()
    .map(|row| row.try_get("e164"))
    .collect::<Result<Vec<String>, _>>()?;
    let ids: HashMap<String, String> = users
        .iter()
        .map(|(id, user)| (user.email.clone(), id.clone()))
        .collect();
    let mut users: Vec<FactUser> = users.into_values().collect();
    users.sort_by(|a, b| a.email.cmp(&b.email));
    let facts = OrgFacts {
        users,
        numbers,
        workspace_extensions,
        workspace_numbers,
    };
    Ok((facts, ids))
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
        let mut conn = self.pool().acquire().await?;
        let (facts, _) =
            read_facts(&mut conn, self.backend(), org_id, context, keys, false).await?;
        Ok(facts)
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

    /// Gives a claimed import back to the queue (the process is stopping):
    /// its lease ends now, so any worker claims it next, and it resumes
    /// after its last committed batch.
    pub async fn hand_back_import(&self, id: &str, worker: &str) -> StoreResult<()> {
        self.hand_back_job("imports", "('running', 'undoing')", id, worker)
            .await
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
