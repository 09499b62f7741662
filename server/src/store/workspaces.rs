//! Workspaces (PMD-6 … PMD-8): a room, its workspace license, its number
//! and extension, and its partner-managed devices.
//!
//! Creating a workspace is one transaction that first writes the org's row
//! (as adding users does, for the user count), so it is serialised with
//! user adds and other workspaces of the org while it checks that the
//! extension is free among users and workspaces alike. The number is taken
//! by a conditional UPDATE and the license by the pools' conditional
//! UPDATE, so neither can be given twice.
use domain::{Code, WorkspaceLicense};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{
    DirectoryError, NewAuditEntry, Store, StoreResult,
    audit::insert_audit,
    finish,
    licenses::{release_all_licenses, take_from_org_pool},
    locations::explain_number_refusal,
    now_ms,
    partner_devices::{NewPartnerDevice, insert_partner_device},
    users::refused,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceRecord {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub room_type: String,
    pub capacity: i64,
    pub license_kind: String,
    pub subscription_id: String,
    pub location_id: String,
    pub location_name: String,
    pub extension: Option<String>,
    pub phone_number: Option<String>,
    pub device_count: i64,
    pub created_at: i64,
}

const WORKSPACE_SELECT: &str = "SELECT w.id, w.org_id, w.name, w.room_type, w.capacity,
        w.license_kind, w.subscription_id, w.location_id, l.name AS location_name,
        w.extension, n.e164 AS phone_number, w.created_at,
        (SELECT COUNT(*) FROM devices d WHERE d.workspace_id = w.id) AS device_count
     FROM workspaces w
     JOIN locations l ON l.id = w.location_id
     LEFT JOIN numbers n ON n.workspace_id = w.id";

fn workspace_record(row: &AnyRow) -> Result<WorkspaceRecord, sqlx::Error> {
    Ok(WorkspaceRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        name: row.try_get("name")?,
        room_type: row.try_get("room_type")?,
        capacity: row.try_get("capacity")?,
        license_kind: row.try_get("license_kind")?,
        subscription_id: row.try_get("subscription_id")?,
        location_id: row.try_get("location_id")?,
        location_name: row.try_get("location_name")?,
        extension: row.try_get("extension")?,
        phone_number: row.try_get("phone_number")?,
        device_count: row.try_get("device_count")?,
        created_at: row.try_get("created_at")?,
    })
}

/// PMD-6: a new workspace with its Calling service and its first device
/// (whose holder is this workspace).
pub struct NewWorkspace<'a> {
    pub id: &'a str,
    pub org_id: &'a str,
    pub name: &'a str,
    pub room_type: &'a str,
    pub capacity: i64,
    pub license: WorkspaceLicense,
    /// `None`: the org's oldest subscription with a license of the kind left.
    pub subscription_id: Option<&'a str>,
    pub location_id: &'a str,
    /// E.164: one of the location's free numbers.
    pub phone_number: &'a str,
    pub extension: Option<&'a str>,
    pub first_device: &'a NewPartnerDevice<'a>,
    pub audit: &'a NewAuditEntry<'a>,
}

async fn insert_workspace(
    conn: &mut AnyConnection,
    new: &NewWorkspace<'_>,
) -> Result<(), DirectoryError> {
    let now = now_ms();
    let locked = sqlx::query("UPDATE orgs SET user_count = user_count WHERE id = $1")
        .bind(new.org_id)
        .execute(&mut *conn)
        .await?;
    if locked.rows_affected() == 0 {
        return Err(DirectoryError::NotFound);
    }
    let location = sqlx::query("SELECT 1 FROM locations WHERE org_id = $1 AND id = $2")
        .bind(new.org_id)
        .bind(new.location_id)
        .fetch_optional(&mut *conn)
        .await?;
    if location.is_none() {
        return Err(refused(0, "location_id", Code::LocationUnknown));
    }
    if let Some(extension) = new.extension {
        let used = sqlx::query("SELECT 1 FROM users WHERE org_id = $1 AND extension = $2")
            .bind(new.org_id)
            .bind(extension)
            .fetch_optional(&mut *conn)
            .await?;
        if used.is_some() {
            return Err(refused(0, "extension", Code::ExtensionInUse));
        }
    }
    // The subscription is filled in once the license is taken: the
    // assignment's holder (this row) must exist first.
    let inserted = sqlx::query(
        "INSERT INTO workspaces (id, org_id, name, room_type, capacity, license_kind,
             subscription_id, location_id, extension, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, $9, $9)",
    )
    .bind(new.id)
    .bind(new.org_id)
    .bind(new.name)
    .bind(new.room_type)
    .bind(new.capacity)
    .bind(new.license.as_str())
    .bind(new.location_id)
    .bind(new.extension)
    .bind(now)
    .execute(&mut *conn)
    .await;
    match inserted {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(refused(0, "extension", Code::ExtensionInUse));
        }
        other => {
            other?;
        }
    }
    let taken = sqlx::query(
        "UPDATE numbers SET workspace_id = $3
         WHERE org_id = $1 AND e164 = $2 AND location_id = $4
           AND user_id IS NULL AND workspace_id IS NULL",
    )
    .bind(new.org_id)
    .bind(new.phone_number)
    .bind(new.id)
    .bind(new.location_id)
    .execute(&mut *conn)
    .await?;
    if taken.rows_affected() == 0 {
        // No user has the workspace's id, so a held number is never "ours".
        let code = explain_number_refusal(
            &mut *conn,
            new.org_id,
            new.id,
            new.location_id,
            new.phone_number,
        )
        .await?
        .unwrap_or(Code::NumberInUse);
        return Err(refused(0, "phone_number", code));
    }
    let subscription = take_from_org_pool(
        &mut *conn,
        new.org_id,
        new.license.license_key(),
        new.subscription_id,
        new.id,
    )
    .await?
    .ok_or_else(|| refused(0, "subscription_id", Code::LicenseExhausted))?;
    sqlx::query("UPDATE workspaces SET subscription_id = $2 WHERE id = $1")
        .bind(new.id)
        .bind(&subscription)
        .execute(&mut *conn)
        .await?;
    insert_partner_device(&mut *conn, new.first_device).await?;
    insert_audit(&mut *conn, new.audit).await?;
    Ok(())
}

impl Store {
    /// PMD-6: creates a workspace, its license, its number and its first
    /// device, all or nothing.
    pub async fn create_workspace(
        &self,
        new: &NewWorkspace<'_>,
    ) -> Result<WorkspaceRecord, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result = insert_workspace(&mut tx, new).await;
        finish(tx, result).await?;
        self.workspace(new.org_id, new.id)
            .await?
            .ok_or(DirectoryError::NotFound)
    }

    pub async fn workspace(&self, org_id: &str, id: &str) -> StoreResult<Option<WorkspaceRecord>> {
        let row = sqlx::query(&format!(
            "{WORKSPACE_SELECT} WHERE w.org_id = $1 AND w.id = $2"
        ))
        .bind(org_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(workspace_record).transpose()?)
    }

    /// The org's workspaces by name (an org has dozens, not thousands).
    pub async fn workspaces_of(&self, org_id: &str) -> StoreResult<Vec<WorkspaceRecord>> {
        let rows = sqlx::query(&format!(
            "{WORKSPACE_SELECT} WHERE w.org_id = $1 ORDER BY LOWER(w.name), w.id"
        ))
        .bind(org_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(workspace_record)
            .collect::<Result<_, sqlx::Error>>()?)
    }

    /// Deletes a workspace: its license returns to the pool, its number is
    /// free again, its devices and their credentials go with it.
    pub async fn delete_workspace(
        &self,
        org_id: &str,
        id: &str,
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<(), DirectoryError> = async {
            let locked =
                sqlx::query("UPDATE workspaces SET updated_at = $3 WHERE org_id = $1 AND id = $2")
                    .bind(org_id)
                    .bind(id)
                    .bind(now_ms())
                    .execute(&mut *tx)
                    .await?;
            if locked.rows_affected() == 0 {
                return Err(DirectoryError::NotFound);
            }
            release_all_licenses(&mut tx, id).await?;
            sqlx::query("UPDATE numbers SET workspace_id = NULL WHERE workspace_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM devices WHERE workspace_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM workspaces WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }
}
