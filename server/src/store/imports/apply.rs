//! Applying a users import's rows (issue 4, item 5; PH-7).
//!
//! A batch is one transaction. It renews the job's lease first: a write, so
//! on SQLite the writer lock is the batch's until it ends, and a worker that
//! lost the job writes nothing. The rows' results and the job's progress
//! commit with the rows, so a job taken over after a crash resumes after its
//! last committed batch and applies every row exactly once.
//!
//! **In sets** (the way every batch starts): the batch's rows are checked
//! again inside the transaction by the same `domain::users_csv::simulate`
//! the browser and the upload ran, over the users, numbers and license
//! pools the rows name as the transaction reads them, locked (`FOR UPDATE`
//! on PostgreSQL; SQLite's writer lock covers them). Nothing can change what
//! was checked before the commit, so the rows that pass are written a set at
//! a time (multi-row INSERTs, one UPDATE per pool), each of them whole, and
//! the rows that fail are recorded with their reason, with nothing of them
//! written.
//!
//! **Row by row** (the fallback): one thing no lock covers is a row that does
//! not exist yet: on PostgreSQL another writer may add a user whose email or
//! extension clashes with one the batch adds. The database refuses the
//! statement; the batch is rolled back and applied again with each row in a
//! savepoint, so the clashing row alone is refused.
use std::collections::{BTreeMap, HashMap};

use domain::{
    Code, Severity,
    user::{CallingData, default_display_name},
    users_csv::{
        FileKeys, OrgContext, RowAction, RowKind, RowOutcome, RowPlan, Upsert, UserColumn, simulate,
    },
};
use sqlx::{AnyConnection, Row};

use super::{BeforeState, ImportRecord, RowResult, column_of, read_facts};
use crate::store::{
    Backend, DirectoryError, Store,
    bulk::{Cell, Params, bind_cells, execute_in, fetch_in, insert_rows},
    devices::{check_line_still_eligible, release_device_licenses_of_user},
    licenses::release_license,
    new_id, now_ms,
    partner_devices::delete_userless_devices,
    rollback,
    users::{ids, sort_name_of, take_license, take_number, terms_of, user_conflict, write_terms},
};

/// How a batch is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ApplyStrategy {
    /// Checked again in the transaction, then written a set at a time; row
    /// by row if the database refuses a statement.
    #[default]
    Sets,
    /// Each row in its own savepoint: the fallback, selectable so that the
    /// tests exercise it on both backends.
    RowByRow,
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

/// A batch written in sets: how it ended, or the database's refusal that
/// sends it to the row-by-row path.
enum SetsEnd {
    Outcome(BatchOutcome),
    Clash(String),
}

impl Store {
    /// Applies one batch of a claimed import (see the module's text): rows
    /// refused by the checks are recorded as refused, every other row is
    /// applied whole or refused whole. With `all_or_nothing`, the first
    /// refusal rolls back the whole batch and is returned (the caller gives
    /// the whole file as one batch).
    #[allow(clippy::too_many_arguments)]
    pub async fn apply_import_batch(
        &self,
        job: &ImportRecord,
        worker: &str,
        lease_ms: i64,
        context: &OrgContext,
        rows: &[BatchRow<'_>],
        all_or_nothing: bool,
        strategy: ApplyStrategy,
    ) -> Result<BatchOutcome, DirectoryError> {
        if strategy == ApplyStrategy::Sets {
            let mut tx = self.pool().begin().await?;
            let result = async {
                if !renew_lease(&mut tx, job, worker, lease_ms).await? {
                    return Ok(SetsEnd::Outcome(BatchOutcome::LeaseLost));
                }
                self.apply_in_sets(&mut tx, job, context, rows, all_or_nothing)
                    .await
            }
            .await;
            match result {
                Ok(SetsEnd::Outcome(committed @ BatchOutcome::Committed { .. })) => {
                    tx.commit().await?;
                    return Ok(committed);
                }
                Ok(SetsEnd::Outcome(other)) => {
                    rollback(tx).await;
                    return Ok(other);
                }
                Ok(SetsEnd::Clash(reason)) => {
                    rollback(tx).await;
                    tracing::warn!(import = %job.id, %reason, "the database refused a batch written in sets; applying it row by row");
                }
                Err(error) => {
                    rollback(tx).await;
                    return Err(error);
                }
            }
        }
        self.apply_row_by_row(job, worker, lease_ms, context, rows, all_or_nothing)
            .await
    }

    /// The batch in sets, in the caller's transaction (lease renewed).
    async fn apply_in_sets(
        &self,
        conn: &mut AnyConnection,
        job: &ImportRecord,
        context: &OrgContext,
        rows: &[BatchRow<'_>],
        all_or_nothing: bool,
    ) -> Result<SetsEnd, DirectoryError> {
        let backend = self.backend();
        let org_id = job.org_id.as_str();
        let plans: Vec<RowPlan> = rows
            .iter()
            .filter_map(|row| match row {
                BatchRow::Apply(plan, _) => Some((*plan).clone()),
                BatchRow::Refused(_) => None,
            })
            .collect();
        // The org as this transaction sees it, locked: the same simulation
        // as the browser's and the upload's decides what applies.
        let fresh = locked_pools(conn, backend, org_id, context).await?;
        let (facts, ids_by_email) =
            read_facts(conn, backend, org_id, &fresh, &FileKeys::of(&plans), true).await?;
        let simulation = simulate(&plans, Some((&fresh, &facts)), job.mode);
        let plan_at = |row: u32| {
            plans
                .binary_search_by_key(&row, |p| p.row)
                .ok()
                .map(|i| &plans[i])
        };
        let mut refused: BTreeMap<i64, RowResult> = rows
            .iter()
            .filter_map(|row| match row {
                BatchRow::Refused(result) => Some((result.row, result.clone())),
                BatchRow::Apply(..) => None,
            })
            .collect();
        for finding in &simulation.findings {
            if finding.severity != Severity::Error {
                continue;
            }
            let row = i64::from(finding.row);
            refused.entry(row).or_insert_with(|| RowResult {
                row,
                email: plan_at(finding.row)
                    .map(|p| p.email.as_str().to_owned())
                    .unwrap_or_default(),
                kind: None,
                outcome: "refused",
                code: Some(finding.code),
                column: finding.column.clone(),
                detail: finding.detail.clone(),
            });
        }
        if all_or_nothing && let Some(first) = refused.values().next() {
            return Ok(SetsEnd::Outcome(BatchOutcome::Refused(first.clone())));
        }

        let existing: Vec<String> = simulation
            .outcomes
            .iter()
            .filter(|o| o.kind != RowKind::Add)
            .filter_map(|o| ids_by_email.get(plans[o.plan].email.as_str()).cloned())
            .collect();
        let befores = read_befores(conn, backend, &existing).await?;
        let packages = package_ids(conn).await?;
        let now = now_ms();
        let mut sets = Sets::default();
        for outcome in &simulation.outcomes {
            let plan = &plans[outcome.plan];
            let before = ids_by_email
                .get(plan.email.as_str())
                .and_then(|id| befores.get(id));
            if outcome.kind != RowKind::Add && before.is_none() {
                // Read under the same lock that the simulation saw it by.
                return Ok(SetsEnd::Clash(format!("row {}: user not read", plan.row)));
            }
            match sets.add_row(plan, outcome, before, &fresh, &packages, now) {
                Ok(()) => {}
                Err(result) => {
                    if all_or_nothing {
                        return Ok(SetsEnd::Outcome(BatchOutcome::Refused(*result)));
                    }
                    refused.insert(result.row, *result);
                }
            }
        }
        let written = sets.write(conn, backend, org_id, now).await;
        match written {
            Ok(true) => {}
            Ok(false) => return Ok(SetsEnd::Clash("a number was taken".to_owned())),
            Err(sqlx::Error::Database(error)) => return Ok(SetsEnd::Clash(error.to_string())),
            Err(error) => return Err(error.into()),
        }
        let applied = sets.results.len() as i64;
        let refused_count = refused.len() as i64;
        let mut results: Vec<(RowResult, AppliedRow<'_>)> = sets
            .results
            .iter()
            .map(|r| (r.result.clone(), r.applied()))
            .chain(refused.into_values().map(|r| (r, AppliedRow::NONE)))
            .collect();
        results.sort_by_key(|(result, _)| result.row);
        insert_row_results(conn, backend, &job.id, &results).await?;
        count_batch(
            conn,
            job,
            applied,
            refused_count,
            sets.inserts.len() as i64 - sets.deletes.len() as i64,
        )
        .await?;
        Ok(SetsEnd::Outcome(BatchOutcome::Committed {
            applied,
            refused: refused_count,
        }))
    }

    /// The batch row by row, each in a savepoint, in a transaction of its
    /// own.
    async fn apply_row_by_row(
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
            if !renew_lease(&mut tx, job, worker, lease_ms).await? {
                return Ok(BatchOutcome::LeaseLost);
            }
            let packages = package_ids(&mut tx).await?;
            let (mut applied, mut refused, mut users_added) = (0i64, 0i64, 0i64);
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
                sqlx::query("SAVEPOINT import_row")
                    .execute(&mut *tx)
                    .await?;
                let applied_row = apply_row(
                    &mut tx,
                    self.backend(),
                    &job.org_id,
                    context,
                    &packages,
                    plan,
                    outcome,
                )
                .await;
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
                        let applied_row = AppliedRow {
                            user_id: user_id.as_deref(),
                            before: before.as_deref(),
                            at: Some(applied_at),
                        };
                        insert_row_result(&mut tx, &job.id, &result, applied_row).await?;
                        applied += 1;
                        users_added += match outcome.kind {
                            RowKind::Add => 1,
                            RowKind::Delete => -1,
                            RowKind::Modify => 0,
                        };
                    }
                    Err(RowRefusal::Refused {
                        code,
                        column,
                        detail,
                    }) => {
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
            count_batch(&mut tx, job, applied, refused, users_added).await?;
            Ok(BatchOutcome::Committed { applied, refused })
        }
        .await;
        match result {
            Ok(committed @ BatchOutcome::Committed { .. }) => {
                tx.commit().await?;
                Ok(committed)
            }
            other => {
                rollback(tx).await;
                other
            }
        }
    }
}

/// Renews the job's lease: `false` when another worker holds it now.
pub(super) async fn renew_lease(
    conn: &mut AnyConnection,
    job: &ImportRecord,
    worker: &str,
    lease_ms: i64,
) -> Result<bool, sqlx::Error> {
    let now = now_ms();
    let renewed = sqlx::query(
        "UPDATE imports SET claimed_until = $3, updated_at = $4
         WHERE id = $1 AND claimed_by = $2 AND status IN ('running', 'undoing')",
    )
    .bind(&job.id)
    .bind(worker)
    .bind(now + lease_ms)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(renewed.rows_affected() == 1)
}

/// Adds a batch's figures to the job's progress and the org's user count,
/// in the batch's transaction.
async fn count_batch(
    conn: &mut AnyConnection,
    job: &ImportRecord,
    applied: i64,
    refused: i64,
    users_added: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE imports SET done_rows = done_rows + $2, applied_rows = applied_rows + $3,
            refused_rows = refused_rows + $4
         WHERE id = $1",
    )
    .bind(&job.id)
    .bind(applied + refused)
    .bind(applied)
    .bind(refused)
    .execute(&mut *conn)
    .await?;
    if users_added != 0 {
        sqlx::query("UPDATE orgs SET user_count = user_count + $2 WHERE id = $1")
            .bind(&job.org_id)
            .bind(users_added)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The context's pools as they are now, locked for the transaction: every
/// license a batch takes or frees is counted against these.
async fn locked_pools(
    conn: &mut AnyConnection,
    backend: Backend,
    org_id: &str,
    context: &OrgContext,
) -> Result<OrgContext, sqlx::Error> {
    let sql = format!(
        "SELECT subscription_id, license_id, quantity, used FROM subscription_licenses
         WHERE subscription_id IN (SELECT id FROM subscriptions WHERE org_id = $1){}",
        backend.for_update()
    );
    let rows = sqlx::query(&sql).bind(org_id).fetch_all(&mut *conn).await?;
    let mut now: HashMap<(String, String), (u64, u64)> = HashMap::with_capacity(rows.len());
    for row in rows {
        let quantity: i64 = row.try_get("quantity")?;
        let used: i64 = row.try_get("used")?;
        now.insert(
            (row.try_get("subscription_id")?, row.try_get("license_id")?),
            (quantity.max(0) as u64, used.max(0) as u64),
        );
    }
    let mut fresh = context.clone();
    for pool in &mut fresh.pools {
        let license = context
            .licenses
            .get(pool.license as usize)
            .map(|l| l.id.clone())
            .unwrap_or_default();
        // A pool gone since the job began has nothing left to give.
        let (quantity, used) = now
            .get(&(pool.subscription_id.clone(), license))
            .copied()
            .unwrap_or((0, 0));
        pool.quantity = quantity;
        pool.used = used;
    }
    Ok(fresh)
}

/// Package ids by key.
pub(super) async fn package_ids(
    conn: &mut AnyConnection,
) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows = sqlx::query("SELECT key, id FROM packages")
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("key")?, r.try_get("id")?)))
        .collect()
}

/// The columns a row writes to its user.
#[derive(Debug, Clone)]
pub(super) struct UserColumns {
    first_name: Option<String>,
    last_name: Option<String>,
    display_name: String,
    sort_name: String,
    package_id: String,
    location_id: Option<String>,
    extension: Option<String>,
    jabber_calling: bool,
    jabber_teams: bool,
    preferred_site: Option<String>,
    /// The number the user is to hold, and its location.
    number: Option<String>,
}

impl UserColumns {
    /// What `upsert` makes of the user (`before`, if it exists): a blank
    /// name or site keeps what the user had; a blank display name is made
    /// from the names, else from the email.
    fn of(
        plan: &RowPlan,
        upsert: &Upsert,
        before: Option<&BeforeState>,
        context: &OrgContext,
        packages: &HashMap<String, String>,
    ) -> Result<Self, (Code, UserColumn)> {
        let location_id = match &upsert.calling {
            Some(calling) => {
                let location = calling
                    .location_index
                    .and_then(|i| context.locations.get(i as usize))
                    .ok_or((Code::LocationUnknown, UserColumn::Location))?;
                Some(location.id.clone())
            }
            None => None,
        };
        let package_id = upsert
            .package
            .package_key()
            .and_then(|key| packages.get(key))
            .cloned()
            .ok_or((Code::PackageMissing, upsert.package))?;
        let keep = |new: Option<&domain::PersonName>, old: Option<&String>| {
            new.map(|n| n.as_str().to_owned()).or_else(|| old.cloned())
        };
        let display_name = upsert
            .display_name
            .as_ref()
            .map(|n| n.as_str().to_owned())
            .or_else(|| before.map(|b| b.display_name.clone()))
            .or_else(|| {
                default_display_name(
                    upsert.first_name.as_ref(),
                    upsert.last_name.as_ref(),
                    &plan.email,
                )
                .map(|n| n.as_str().to_owned())
            })
            .unwrap_or_else(|| plan.email.local_part().to_owned());
        Ok(UserColumns {
            first_name: keep(
                upsert.first_name.as_ref(),
                before.and_then(|b| b.first_name.as_ref()),
            ),
            last_name: keep(
                upsert.last_name.as_ref(),
                before.and_then(|b| b.last_name.as_ref()),
            ),
            sort_name: sort_name_of(&display_name),
            display_name,
            package_id,
            location_id,
            extension: upsert
                .calling
                .as_ref()
                .and_then(|c| c.extension.as_ref())
                .map(|e| e.as_str().to_owned()),
            jabber_calling: upsert.jabber_calling,
            jabber_teams: upsert.jabber_teams,
            preferred_site: upsert
                .preferred_site
                .as_ref()
                .map(|s| s.as_str().to_owned())
                .or_else(|| before.and_then(|b| b.preferred_site.clone())),
            number: upsert
                .calling
                .as_ref()
                .and_then(|c| c.phone_number.as_ref())
                .map(|n| n.as_e164().to_owned()),
        })
    }

    /// The columns a user had before an import (for undo); `None` when its
    /// package is gone from the catalog.
    pub(super) fn restoring(
        before: &BeforeState,
        packages: &HashMap<String, String>,
    ) -> Option<Self> {
        Some(UserColumns {
            first_name: before.first_name.clone(),
            last_name: before.last_name.clone(),
            display_name: before.display_name.clone(),
            sort_name: sort_name_of(&before.display_name),
            package_id: packages.get(&before.package_key)?.clone(),
            location_id: before.location_id.clone(),
            extension: before.extension.clone(),
            jabber_calling: before.jabber_calling,
            jabber_teams: before.jabber_teams,
            preferred_site: before.preferred_site.clone(),
            number: before.number.clone(),
        })
    }

    /// The columns in the order of [`UserColumns::update_sql`] and of
    /// [`INSERT_USERS`]'s tail.
    fn cells(&self) -> [Cell<'_>; 10] {
        [
            self.first_name.as_deref().into(),
            self.last_name.as_deref().into(),
            self.display_name.as_str().into(),
            self.sort_name.as_str().into(),
            self.package_id.as_str().into(),
            self.location_id.as_deref().into(),
            self.extension.as_deref().into(),
            i64::from(self.jabber_calling).into(),
            i64::from(self.jabber_teams).into(),
            self.preferred_site.as_deref().into(),
        ]
    }

    /// `UPDATE users SET` these columns and `updated_at`, by org and id.
    fn update_sql(backend: Backend) -> String {
        let mut p = Params::new(backend);
        let columns = [
            "first_name",
            "last_name",
            "display_name",
            "sort_name",
            "package_id",
            "location_id",
            "extension",
            "jabber_calling",
            "jabber_teams",
            "preferred_site",
            "updated_at",
        ]
        .map(|c| format!("{c} = {}", p.next()))
        .join(", ");
        format!(
            "UPDATE users SET {columns} WHERE org_id = {} AND id = {}",
            p.next(),
            p.next()
        )
    }

    /// A row of [`INSERT_USERS`].
    pub(super) fn insert_cells<'a>(
        &'a self,
        id: &'a str,
        org_id: &'a str,
        email: &'a str,
        status: &'a str,
        now: i64,
    ) -> [Cell<'a>; 16] {
        let [a, b, c, d, e, f, g, h, i, j] = self.cells();
        [
            id.into(),
            org_id.into(),
            email.into(),
            status.into(),
            now.into(),
            now.into(),
            a,
            b,
            c,
            d,
            e,
            f,
            g,
            h,
            i,
            j,
        ]
    }

    fn terms(&self, email: &str) -> std::collections::BTreeSet<String> {
        terms_of(
            email,
            &[
                self.first_name.as_deref(),
                self.last_name.as_deref(),
                Some(&self.display_name),
            ],
        )
    }
}

/// The user columns of an added user, in [`Sets::write`]'s INSERT order.
const INSERT_USERS: &str = "INSERT INTO users (id, org_id, email, status, created_at, updated_at,
    first_name, last_name, display_name, sort_name, package_id, location_id, extension,
    jabber_calling, jabber_teams, preferred_site)";

/// Writes a user's columns, in the caller's transaction.
pub(super) async fn update_user(
    conn: &mut AnyConnection,
    backend: Backend,
    org_id: &str,
    id: &str,
    columns: &UserColumns,
    now: i64,
) -> Result<(), sqlx::Error> {
    let cells =
        columns
            .cells()
            .into_iter()
            .chain([Cell::from(now), Cell::from(org_id), Cell::from(id)]);
    bind_cells(sqlx::query(&UserColumns::update_sql(backend)), cells)
        .execute(conn)
        .await?;
    Ok(())
}

/// Creates a user, in the caller's transaction.
pub(super) async fn insert_user(
    conn: &mut AnyConnection,
    backend: Backend,
    user: [Cell<'_>; 16],
) -> Result<(), sqlx::Error> {
    insert_rows(conn, backend, INSERT_USERS, &[user]).await
}

/// An applied row in [`Sets`].
struct SetRow {
    result: RowResult,
    user_id: String,
    before: Option<String>,
    at: i64,
}

impl SetRow {
    fn applied(&self) -> AppliedRow<'_> {
        AppliedRow {
            user_id: Some(&self.user_id),
            before: self.before.as_deref(),
            at: Some(self.at),
        }
    }
}

/// What a batch writes, gathered by statement.
#[derive(Default)]
struct Sets {
    /// Users deleted (ids).
    deletes: Vec<String>,
    /// Users changed, in file order.
    updates: Vec<(String, UserColumns)>,
    /// Users added: id, email, columns.
    inserts: Vec<(String, String, UserColumns)>,
    /// Per user changed or added, in file order: its id, the number it had
    /// and the number it is to hold.
    numbers: Vec<(String, Option<String>, Option<String>)>,
    /// Users whose search terms are written anew, and the terms: user id,
    /// the user's sort name, term.
    retermed: Vec<String>,
    terms: Vec<(String, String, String)>,
    /// Licenses given back (holder, license id) and taken (holder,
    /// subscription, license id).
    releases: Vec<(String, String)>,
    takes: Vec<(String, String, String)>,
    results: Vec<SetRow>,
}

impl Sets {
    /// Adds an applied row of the simulation; a row that cannot be written
    /// after all comes back as its refusal.
    fn add_row(
        &mut self,
        plan: &RowPlan,
        outcome: &RowOutcome,
        before: Option<&BeforeState>,
        context: &OrgContext,
        packages: &HashMap<String, String>,
        now: i64,
    ) -> Result<(), Box<RowResult>> {
        let email = plan.email.as_str();
        let mut result = RowResult {
            row: i64::from(plan.row),
            email: email.to_owned(),
            kind: Some(outcome.kind),
            outcome: "applied",
            code: None,
            column: None,
            detail: None,
        };
        let before_json = before.and_then(|b| serde_json::to_string(b).ok());
        let mut refuse = |code: Code, column: UserColumn| {
            result.outcome = "refused";
            result.kind = None;
            result.code = Some(code);
            result.column = Some(column.header().to_owned());
            Err(Box::new(result.clone()))
        };
        let user_id = match (&plan.action, before) {
            (RowAction::Delete, Some(before)) => {
                self.deletes.push(before.id.clone());
                before.id.clone()
            }
            (RowAction::Delete, None) => {
                return refuse(Code::UserUnknownForDelete, UserColumn::Email);
            }
            (RowAction::Upsert(upsert), before) => {
                let columns = match UserColumns::of(plan, upsert, before, context, packages) {
                    Ok(columns) => columns,
                    Err((code, column)) => return refuse(code, column),
                };
                let id = before.map_or_else(new_id, |b| b.id.clone());
                self.numbers.push((
                    id.clone(),
                    before.and_then(|b| b.number.clone()),
                    columns.number.clone(),
                ));
                self.terms.extend(
                    columns
                        .terms(email)
                        .into_iter()
                        .map(|t| (id.clone(), columns.sort_name.clone(), t)),
                );
                let license_id = |index: u16| {
                    context
                        .licenses
                        .get(index as usize)
                        .map(|l| l.id.clone())
                        .unwrap_or_default()
                };
                for &license in &outcome.release {
                    self.releases.push((id.clone(), license_id(license)));
                }
                for (&license, &pool) in outcome.take.iter().zip(&outcome.take_pools) {
                    let subscription = context
                        .pools
                        .get(pool as usize)
                        .map(|p| p.subscription_id.clone())
                        .unwrap_or_default();
                    self.takes
                        .push((id.clone(), subscription, license_id(license)));
                }
                if before.is_some() {
                    self.retermed.push(id.clone());
                    self.updates.push((id.clone(), columns));
                } else {
                    self.inserts.push((id.clone(), email.to_owned(), columns));
                }
                id
            }
        };
        self.results.push(SetRow {
            result,
            user_id,
            before: before_json,
            at: now,
        });
        Ok(())
    }

    /// Writes the batch. The order keeps every unique constraint true at
    /// every step, since the simulation ran in file order: deletes only
    /// free, changes run in file order, adds only take, and each number
    /// moves in file order. `false` when a number was not free after all.
    async fn write(
        &self,
        conn: &mut AnyConnection,
        backend: Backend,
        org_id: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        // Pool use changes: -1 per assignment deleted, +1 per one made.
        let mut pools: BTreeMap<(String, String), i64> = BTreeMap::new();
        let mut freed = |rows: Vec<sqlx::any::AnyRow>| -> Result<(), sqlx::Error> {
            for row in rows {
                let key = (row.try_get("subscription_id")?, row.try_get("license_id")?);
                *pools.entry(key).or_default() -= 1;
            }
            Ok(())
        };
        let released = fetch_in(conn, backend, &[], &self.deletes, |_, list| {
            format!(
                "DELETE FROM license_assignments WHERE holder_id IN ({list})
                 RETURNING subscription_id, license_id"
            )
        })
        .await?;
        freed(released)?;
        // Their devices go by cascade, and give back their licenses (GO-13).
        let released = fetch_in(conn, backend, &[], &self.deletes, |_, list| {
            format!(
                "DELETE FROM license_assignments
                 WHERE holder_id IN (SELECT id FROM devices WHERE user_id IN ({list}))
                 RETURNING subscription_id, license_id"
            )
        })
        .await?;
        freed(released)?;
        // Their terms go by cascade, their numbers are freed by SET NULL.
        execute_in(
            conn,
            backend,
            &[Cell::from(org_id)],
            &self.deletes,
            |lead, list| {
                format!(
                    "DELETE FROM users WHERE org_id = {} AND id IN ({list})",
                    lead[0]
                )
            },
        )
        .await?;
        if !self.deletes.is_empty() {
            delete_userless_devices(conn, org_id).await?;
        }
        for (id, columns) in &self.updates {
            update_user(conn, backend, org_id, id, columns, now).await?;
        }
        let users: Vec<[Cell<'_>; 16]> = self
            .inserts
            .iter()
            .map(|(id, email, columns)| columns.insert_cells(id, org_id, email, "invited", now))
            .collect();
        insert_rows(conn, backend, INSERT_USERS, &users).await?;
        for (id, had, wants) in &self.numbers {
            if had.is_some() && had != wants {
                sqlx::query("UPDATE numbers SET user_id = NULL WHERE user_id = $1")
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
            }
            if let Some(number) = wants
                && had.as_ref() != Some(number)
            {
                // The simulation checked the number's location and that it
                // is free; it is locked, so it still is.
                let taken = sqlx::query(
                    "UPDATE numbers SET user_id = $3 WHERE org_id = $1 AND e164 = $2
                        AND user_id IS NULL AND workspace_id IS NULL",
                )
                .bind(org_id)
                .bind(number)
                .bind(id)
                .execute(&mut *conn)
                .await?;
                if taken.rows_affected() != 1 {
                    return Ok(false);
                }
            }
        }
        execute_in(conn, backend, &[], &self.retermed, |_, list| {
            format!("DELETE FROM user_terms WHERE user_id IN ({list})")
        })
        .await?;
        let terms: Vec<[Cell<'_>; 4]> = self
            .terms
            .iter()
            .map(|(id, sort_name, term)| {
                [
                    org_id.into(),
                    term.as_str().into(),
                    sort_name.as_str().into(),
                    id.as_str().into(),
                ]
            })
            .collect();
        insert_rows(
            conn,
            backend,
            "INSERT INTO user_terms (org_id, term, sort_name, user_id)",
            &terms,
        )
        .await?;
        for (holder, license) in &self.releases {
            let released = sqlx::query(
                "DELETE FROM license_assignments WHERE holder_id = $1 AND license_id = $2
                 RETURNING subscription_id, license_id",
            )
            .bind(holder)
            .bind(license)
            .fetch_all(&mut *conn)
            .await?;
            freed(released)?;
        }
        let assignment_ids: Vec<String> = self.takes.iter().map(|_| new_id()).collect();
        let takes: Vec<[Cell<'_>; 5]> = self
            .takes
            .iter()
            .zip(&assignment_ids)
            .map(|((holder, subscription, license), id)| {
                *pools
                    .entry((subscription.clone(), license.clone()))
                    .or_default() += 1;
                [
                    id.as_str().into(),
                    subscription.as_str().into(),
                    license.as_str().into(),
                    holder.as_str().into(),
                    now.into(),
                ]
            })
            .collect();
        insert_rows(
            conn,
            backend,
            "INSERT INTO license_assignments (id, subscription_id, license_id, holder_id,
                assigned_at)",
            &takes,
        )
        .await?;
        // The pools' CHECK (used <= quantity) holds: the simulation counted
        // against these pools, locked since.
        for ((subscription, license), change) in &pools {
            if *change == 0 {
                continue;
            }
            sqlx::query(
                "UPDATE subscription_licenses SET used = used + $3
                 WHERE subscription_id = $1 AND license_id = $2",
            )
            .bind(subscription)
            .bind(license)
            .bind(change)
            .execute(&mut *conn)
            .await?;
        }
        Ok(true)
    }
}

/// What an applied row left for undo: the user, its state before, when.
#[derive(Clone, Copy)]
pub(super) struct AppliedRow<'a> {
    user_id: Option<&'a str>,
    before: Option<&'a str>,
    at: Option<i64>,
}

impl AppliedRow<'_> {
    pub(super) const NONE: AppliedRow<'static> = AppliedRow {
        user_id: None,
        before: None,
        at: None,
    };
}

pub(super) async fn insert_row_result(
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

/// [`insert_row_result`] for many rows at once.
async fn insert_row_results(
    conn: &mut AnyConnection,
    backend: Backend,
    import_id: &str,
    results: &[(RowResult, AppliedRow<'_>)],
) -> Result<(), sqlx::Error> {
    let rows: Vec<[Cell<'_>; 11]> = results
        .iter()
        .map(|(result, applied)| {
            [
                import_id.into(),
                result.row.into(),
                result.email.as_str().into(),
                result.kind.map(RowKind::as_str).into(),
                result.outcome.into(),
                result.code.map(Code::as_str).into(),
                result.column.as_deref().into(),
                result.detail.as_deref().into(),
                applied.user_id.into(),
                applied.before.into(),
                applied.at.into(),
            ]
        })
        .collect();
    insert_rows(
        conn,
        backend,
        "INSERT INTO import_rows (import_id, row_number, email, kind, outcome, code, column_name,
            detail, user_id, before_state, applied_at)",
        &rows,
    )
    .await
}

/// Why a row was not applied.
pub(super) enum RowRefusal {
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

/// Applies one row in the caller's transaction. Returns the user's id, its
/// state before the row (none for an added user) and when.
async fn apply_row(
    conn: &mut AnyConnection,
    backend: Backend,
    org_id: &str,
    context: &OrgContext,
    packages: &HashMap<String, String>,
    plan: &RowPlan,
    outcome: &RowOutcome,
) -> Result<(Option<String>, Option<String>, i64), RowRefusal> {
    let before = read_before(conn, backend, org_id, plan.email.as_str()).await?;
    let now = now_ms();
    let license_id = |index: &u16| context.licenses.get(*index as usize).map(|l| l.id.clone());
    let upsert = match &plan.action {
        RowAction::Delete => {
            let Some(before) = before else {
                return Err(refusal(DirectoryError::NotFound, None));
            };
            release_device_licenses_of_user(conn, &before.id).await?;
            sqlx::query("DELETE FROM users WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(&before.id)
                .execute(&mut *conn)
                .await?;
            delete_userless_devices(conn, org_id).await?;
            for license in &before.licenses {
                release_license(conn, &before.id, license).await?;
            }
            let json = serde_json::to_string(&before).ok();
            return Ok((Some(before.id), json, now));
        }
        RowAction::Upsert(upsert) => upsert,
    };
    let package = Some(upsert.package);
    let columns = UserColumns::of(plan, upsert, before.as_ref(), context, packages).map_err(
        |(code, column)| RowRefusal::Refused {
            code,
            column: Some(column.header().to_owned()),
            detail: None,
        },
    )?;
    let user_id = match &before {
        Some(before) => {
            update_user(conn, backend, org_id, &before.id, &columns, now)
                .await
                .map_err(|e| refusal(user_conflict(0, e), package))?;
            sqlx::query("UPDATE numbers SET user_id = NULL WHERE user_id = $1 AND e164 <> $2")
                .bind(&before.id)
                .bind(columns.number.as_deref().unwrap_or_default())
                .execute(&mut *conn)
                .await?;
            before.id.clone()
        }
        None => {
            let id = new_id();
            let row = columns.insert_cells(&id, org_id, plan.email.as_str(), "invited", now);
            insert_user(conn, backend, row)
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
        [
            columns.first_name.as_deref(),
            columns.last_name.as_deref(),
            Some(&columns.display_name),
        ],
    )
    .await?;
    if let (Some(calling), Some(location_id)) = (&upsert.calling, &columns.location_id) {
        let calling = CallingData {
            location_id: location_id.clone(),
            extension: calling.extension.clone(),
            phone_number: calling.phone_number.clone(),
        };
        take_number(conn, org_id, &user_id, &calling, 0)
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
    if before.is_some() {
        // GO-1: the simulation refused such rows already; this catches a
        // line added after it ran.
        check_line_still_eligible(conn, org_id, &user_id)
            .await
            .map_err(|e| refusal(e, package))?;
    }
    let json = before.as_ref().and_then(|b| serde_json::to_string(b).ok());
    Ok((Some(user_id), json, now))
}

const BEFORE_COLUMNS: &str = "u.id, u.first_name, u.last_name, u.display_name,
    p.key AS package_key, u.location_id, u.extension, u.jabber_calling, u.jabber_teams,
    u.preferred_site, u.status";

fn before_state(
    row: &sqlx::any::AnyRow,
    number: Option<String>,
    licenses: Vec<String>,
) -> Result<BeforeState, sqlx::Error> {
    Ok(BeforeState {
        id: row.try_get("id")?,
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
    })
}

/// The user with this email as it is now, locked for this transaction.
async fn read_before(
    conn: &mut AnyConnection,
    backend: Backend,
    org_id: &str,
    email: &str,
) -> Result<Option<BeforeState>, RowRefusal> {
    let sql = format!(
        "SELECT {BEFORE_COLUMNS} FROM users u JOIN packages p ON p.id = u.package_id
         WHERE u.org_id = $1 AND u.email = $2{}",
        backend.for_update_of("u")
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
    Ok(Some(before_state(&row, number, licenses)?))
}

/// [`read_before`] for many users at once, by id (already locked by the
/// caller's reads).
async fn read_befores(
    conn: &mut AnyConnection,
    backend: Backend,
    user_ids: &[String],
) -> Result<HashMap<String, BeforeState>, sqlx::Error> {
    let mut numbers: HashMap<String, String> = HashMap::new();
    for row in fetch_in(conn, backend, &[], user_ids, |_, list| {
        format!("SELECT user_id, e164 FROM numbers WHERE user_id IN ({list})")
    })
    .await?
    {
        numbers.insert(row.try_get("user_id")?, row.try_get("e164")?);
    }
    let mut licenses: HashMap<String, Vec<String>> = HashMap::new();
    for row in fetch_in(conn, backend, &[], user_ids, |_, list| {
        format!(
            "SELECT holder_id, license_id FROM license_assignments WHERE holder_id IN ({list})
             ORDER BY holder_id, license_id"
        )
    })
    .await?
    {
        licenses
            .entry(row.try_get("holder_id")?)
            .or_default()
            .push(row.try_get("license_id")?);
    }
    let mut befores = HashMap::with_capacity(user_ids.len());
    for row in fetch_in(conn, backend, &[], user_ids, |_, list| {
        format!(
            "SELECT {BEFORE_COLUMNS} FROM users u JOIN packages p ON p.id = u.package_id
             WHERE u.id IN ({list})"
        )
    })
    .await?
    {
        let id: String = row.try_get("id")?;
        let before = before_state(
            &row,
            numbers.remove(&id),
            licenses.remove(&id).unwrap_or_default(),
        )?;
        befores.insert(id, before);
    }
    Ok(befores)
}
