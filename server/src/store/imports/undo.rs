//! Undoing an applied users import (issue 4, item 9): last row first, a
//! batch per transaction and a savepoint per row; a row whose user changed
//! after the import (or whose number or license has gone to someone else)
//! is left alone and listed.
use std::collections::{BTreeSet, HashMap};

use domain::Code;
use sqlx::{AnyConnection, Row};

use super::{
    BeforeState, ImportRecord,
    apply::{RowRefusal, UserColumns, insert_user, package_ids, renew_lease, update_user},
};
use crate::store::{
    Backend, DirectoryError, Store, StoreResult,
    devices::release_device_licenses_of_user,
    finish,
    licenses::release_license,
    now_ms,
    partner_devices::delete_userless_devices,
    users::{ids, take_license, user_conflict, write_terms},
};

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
            if !renew_lease(&mut tx, job, worker, lease_ms).await? {
                return Ok(None);
            }
            let packages = package_ids(&mut tx).await?;
            let (mut undone, mut conflicts, mut users_added) = (0i64, 0i64, 0i64);
            for row in rows {
                sqlx::query("SAVEPOINT undo_row").execute(&mut *tx).await?;
                let undone_row =
                    undo_row(&mut tx, self.backend(), &job.org_id, &packages, row).await;
                let (outcome, code) = match undone_row {
                    Ok(()) => {
                        sqlx::query("RELEASE SAVEPOINT undo_row").execute(&mut *tx).await?;
                        undone += 1;
                        users_added += match row.kind.as_str() {
                            "add" => -1,
                            "delete" => 1,
                            _ => 0,
                        };
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
            sqlx::query("UPDATE orgs SET user_count = user_count + $2 WHERE id = $1")
                .bind(&job.org_id)
                .bind(users_added)
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
    backend: Backend,
    org_id: &str,
    packages: &HashMap<String, String>,
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
            restore_user(conn, backend, org_id, packages, &row.email, &before, true).await
        }
        kind => {
            let Some(user_id) = &row.user_id else {
                return Err(changed_since());
            };
            if current.is_none() || current != row.applied_at {
                return Err(changed_since());
            }
            if kind == "add" {
                // Devices added to the user since go with it, as on any
                // delete.
                release_device_licenses_of_user(conn, user_id).await?;
                sqlx::query("DELETE FROM users WHERE org_id = $1 AND id = $2")
                    .bind(org_id)
                    .bind(user_id)
                    .execute(&mut *conn)
                    .await?;
                delete_userless_devices(conn, org_id).await?;
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
                restore_user(conn, backend, org_id, packages, &row.email, &before, false).await
            }
        }
    }
}

/// Puts a user back as `before` says: re-created (after a delete) or
/// updated (after a modify), with its number and licenses.
async fn restore_user(
    conn: &mut AnyConnection,
    backend: Backend,
    org_id: &str,
    packages: &HashMap<String, String>,
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
    let columns = UserColumns::restoring(before, packages).ok_or_else(changed_since)?;
    if recreate {
        let row = columns.insert_cells(&before.id, org_id, email, &before.status, now);
        insert_user(conn, backend, row).await
    } else {
        update_user(conn, backend, org_id, &before.id, &columns, now).await
    }
    .map_err(conflict)?;
    write_terms(
        conn,
        org_id,
        &before.id,
        email,
        [
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
            "UPDATE numbers SET user_id = $3 WHERE org_id = $1 AND e164 = $2 AND user_id IS NULL
                 AND workspace_id IS NULL",
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
