//! Partner-managed SIP devices (issue 6): the approved device catalog
//! (PMD-2), the org's Device Management entitlement (PMD-3), devices of
//! users (PMD-4, PMD-5) and of workspaces (PMD-8), and their sealed SIP
//! credentials (PMD-1, PMD-9).
//!
//! As in `devices.rs`, every change is one transaction that begins with a
//! write to the row it is about. The MAC address is unique by the
//! database's own index, so of two concurrent adds of one MAC exactly one
//! commits; a workspace's device count is checked with the workspace row
//! locked.
use std::collections::HashMap;

use domain::{Code, WorkspaceLicense, webex_go::LineStatus};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{
    DirectoryError, NewAuditEntry, Store, StoreResult, audit::insert_audit, finish, new_id, now_ms,
    orgs::OrgFlag, users::refused,
};

/// The `devices.kind` of a partner-managed SIP device.
pub const PARTNER_MANAGED: &str = "partner_managed";

/// The default approved catalog (PMD-2): `(key, vendor, model, type,
/// minimum firmware, lines)`. Data, not code: seeded once, then edited by
/// partner full admins.
const DEFAULT_DEVICE_MODELS: &[(&str, &str, &str, &str, &str, i64)] = &[
    ("poly_vvx_250", "Poly", "VVX 250", "phone", "6.4.3", 4),
    ("poly_vvx_350", "Poly", "VVX 350", "phone", "6.4.3", 6),
    ("poly_vvx_450", "Poly", "VVX 450", "phone", "6.4.3", 12),
    ("yealink_t33g", "Yealink", "T33G", "phone", "124.86.0.75", 4),
    (
        "yealink_t54w",
        "Yealink",
        "T54W",
        "phone",
        "96.86.0.100",
        16,
    ),
    (
        "yealink_t57w",
        "Yealink",
        "T57W",
        "phone",
        "96.86.0.100",
        16,
    ),
    (
        "grandstream_grp2612",
        "Grandstream",
        "GRP2612",
        "phone",
        "1.0.9.3",
        4,
    ),
    (
        "grandstream_ht812",
        "Grandstream",
        "HT812",
        "ata",
        "1.0.43.11",
        2,
    ),
    (
        "audiocodes_445hd",
        "AudioCodes",
        "445HD",
        "phone",
        "3.4.6",
        6,
    ),
    ("cisco_ata_191", "Cisco", "ATA 191", "ata", "12.0.1", 2),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceModelRecord {
    pub id: String,
    pub key: String,
    pub vendor: String,
    pub model: String,
    pub device_type: String,
    pub min_firmware: String,
    pub line_count: i64,
    pub approved: bool,
}

fn model_record(row: &AnyRow) -> Result<DeviceModelRecord, sqlx::Error> {
    Ok(DeviceModelRecord {
        id: row.try_get("id")?,
        key: row.try_get("key")?,
        vendor: row.try_get("vendor")?,
        model: row.try_get("model")?,
        device_type: row.try_get("device_type")?,
        min_firmware: row.try_get("min_firmware")?,
        line_count: row.try_get("line_count")?,
        approved: row.try_get::<i64, _>("approved")? != 0,
    })
}

const MODEL_COLUMNS: &str =
    "id, key, vendor, model, device_type, min_firmware, line_count, approved";

/// A catalog entry as a partner full admin saves it (already validated by
/// `domain`); `id: None` adds one.
pub struct DeviceModelChange<'a> {
    pub id: Option<&'a str>,
    pub key: &'a str,
    pub vendor: &'a str,
    pub model: &'a str,
    pub device_type: &'a str,
    pub min_firmware: &'a str,
    pub line_count: i64,
    pub approved: bool,
}

/// The sealed SIP credentials of a device, as stored.
pub struct SealedCredentials<'a> {
    pub user_name: &'a str,
    pub realm: &'a str,
    pub key_id: &'a str,
    pub nonce: &'a str,
    pub sealed_ha1: &'a str,
}

/// Who holds a new device: users (PMD-4, PMD-5) or a workspace (PMD-6).
pub enum DeviceHolder<'a> {
    Users(&'a [String]),
    Workspace(&'a str),
}

/// PMD-4: a new partner-managed device.
pub struct NewPartnerDevice<'a> {
    /// Chosen by the caller: the sealed credentials are bound to it.
    pub id: &'a str,
    pub org_id: &'a str,
    pub model_id: &'a str,
    /// domain::MacAddress, normalised.
    pub mac: &'a str,
    pub holder: DeviceHolder<'a>,
    /// PMD-1: who acknowledged the disclaimer.
    pub disclaimer_admin_id: &'a str,
    pub disclaimer_email: &'a str,
    pub credentials: SealedCredentials<'a>,
    pub audit: &'a NewAuditEntry<'a>,
}

/// A user of a partner-managed device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceUserRecord {
    pub device_id: String,
    pub user_id: String,
    pub email: String,
    pub display_name: String,
}

/// What the device page shows of a partner-managed device beyond its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerDeviceFacts {
    pub sip_user_name: Option<String>,
    pub sip_realm: Option<String>,
    pub credentials_updated_at: Option<i64>,
    pub disclaimer_email: Option<String>,
    pub disclaimer_at: Option<i64>,
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// Checks that every user is a user of the org.
async fn check_users(
    conn: &mut AnyConnection,
    org_id: &str,
    user_ids: &[String],
) -> Result<(), DirectoryError> {
    for (row, user_id) in user_ids.iter().enumerate() {
        let found = sqlx::query("SELECT 1 FROM users WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
        if found.is_none() {
            return Err(refused(row, "user_ids", Code::UsernameUnknown));
        }
    }
    Ok(())
}

async fn add_device_users(
    conn: &mut AnyConnection,
    device_id: &str,
    user_ids: &[String],
    now: i64,
) -> Result<(), sqlx::Error> {
    for user_id in user_ids {
        sqlx::query(
            "INSERT INTO device_users (device_id, user_id, added_at) VALUES ($1, $2, $3)
             ON CONFLICT (device_id, user_id) DO NOTHING",
        )
        .bind(device_id)
        .bind(user_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// PMD-8: locks the workspace and checks it may hold one more device.
async fn check_workspace_room(
    conn: &mut AnyConnection,
    org_id: &str,
    workspace_id: &str,
    now: i64,
) -> Result<(), DirectoryError> {
    let row = sqlx::query(
        "UPDATE workspaces SET updated_at = $3 WHERE org_id = $1 AND id = $2
         RETURNING license_kind",
    )
    .bind(org_id)
    .bind(workspace_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Err(DirectoryError::NotFound);
    };
    let kind: String = row.try_get("license_kind")?;
    let license =
        WorkspaceLicense::parse(&kind).map_err(|code| refused(0, "workspace_id", code))?;
    let devices: i64 = sqlx::query("SELECT COUNT(*) AS n FROM devices WHERE workspace_id = $1")
        .bind(workspace_id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
    license
        .check_can_add(usize::try_from(devices).unwrap_or(usize::MAX))
        .map_err(|code| refused(0, "workspace_id", code))
}

/// PMD-1 … PMD-5, PMD-8: adds a partner-managed device in the caller's
/// transaction (creating a workspace adds its first device in the same
/// one). The catalog type must be approved; the MAC unique system-wide.
pub(super) async fn insert_partner_device(
    conn: &mut AnyConnection,
    new: &NewPartnerDevice<'_>,
) -> Result<(), DirectoryError> {
    let now = now_ms();
    // The first statement writes (see the module comment), and re-checks
    // PMD-3 under the lock: an entitlement turned off meanwhile wins.
    let entitled = sqlx::query(
        "UPDATE orgs SET device_management = device_management
         WHERE id = $1 AND device_management = 1",
    )
    .bind(new.org_id)
    .execute(&mut *conn)
    .await?;
    if entitled.rows_affected() == 0 {
        return Err(refused(0, "org_id", Code::DeviceManagementNotEntitled));
    }
    let workspace_id = match new.holder {
        DeviceHolder::Users(users) => {
            if users.is_empty() {
                return Err(refused(0, "user_ids", Code::DeviceNeedsUser));
            }
            check_users(conn, new.org_id, users).await?;
            None
        }
        DeviceHolder::Workspace(workspace) => {
            check_workspace_room(conn, new.org_id, workspace, now).await?;
            Some(workspace)
        }
    };
    let approved = sqlx::query("SELECT approved FROM device_models WHERE id = $1")
        .bind(new.model_id)
        .fetch_optional(&mut *conn)
        .await?;
    match approved {
        None => return Err(refused(0, "model", Code::ModelUnknown)),
        Some(row) if row.try_get::<i64, _>("approved")? == 0 => {
            return Err(refused(0, "model", Code::DeviceTypeInvalid));
        }
        Some(_) => {}
    }
    let inserted = sqlx::query(
        "INSERT INTO devices (id, org_id, kind, status, model_id, mac, workspace_id,
             disclaimer_admin_id, disclaimer_email, disclaimer_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10)",
    )
    .bind(new.id)
    .bind(new.org_id)
    .bind(PARTNER_MANAGED)
    // A SIP device is offline until it registers.
    .bind(LineStatus::Offline.as_str())
    .bind(new.model_id)
    .bind(new.mac)
    .bind(workspace_id)
    .bind(new.disclaimer_admin_id)
    .bind(new.disclaimer_email)
    .bind(now)
    .execute(&mut *conn)
    .await;
    match inserted {
        Err(error) if is_unique_violation(&error) => {
            return Err(refused(0, "mac", Code::MacDuplicate));
        }
        other => {
            other?;
        }
    }
    if let DeviceHolder::Users(users) = new.holder {
        add_device_users(conn, new.id, users, now).await?;
    }
    write_credentials(conn, new.id, &new.credentials, now).await?;
    insert_audit(&mut *conn, new.audit).await?;
    Ok(())
}

/// Deletes the org's user devices that no user is left on (PMD-5): called
/// after users are deleted, in the same transaction. A device shared with
/// someone else stays theirs; one only the deleted users had goes, as a
/// Webex Go line goes with its user, so no device is left that no page can
/// reach. Its SIP credentials go with it by cascade.
pub(crate) async fn delete_userless_devices(
    conn: &mut AnyConnection,
    org_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM devices WHERE org_id = $1 AND kind = $2 AND workspace_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM device_users du WHERE du.device_id = devices.id)",
    )
    .bind(org_id)
    .bind(PARTNER_MANAGED)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn write_credentials(
    conn: &mut AnyConnection,
    device_id: &str,
    credentials: &SealedCredentials<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sip_credentials (device_id, user_name, realm, key_id, nonce, sealed_ha1,
             updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (device_id) DO UPDATE SET realm = excluded.realm,
             key_id = excluded.key_id, nonce = excluded.nonce,
             sealed_ha1 = excluded.sealed_ha1, updated_at = excluded.updated_at",
    )
    .bind(device_id)
    .bind(credentials.user_name)
    .bind(credentials.realm)
    .bind(credentials.key_id)
    .bind(credentials.nonce)
    .bind(credentials.sealed_ha1)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Locks a partner-managed device of the org; its workspace, if any.
async fn lock_partner_device(
    conn: &mut AnyConnection,
    org_id: &str,
    device_id: &str,
    now: i64,
) -> Result<Option<String>, DirectoryError> {
    let row = sqlx::query(
        "UPDATE devices SET updated_at = $3 WHERE org_id = $1 AND id = $2
         RETURNING kind, workspace_id",
    )
    .bind(org_id)
    .bind(device_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Err(DirectoryError::NotFound);
    };
    let kind: String = row.try_get("kind")?;
    if kind != PARTNER_MANAGED {
        return Err(refused(0, "device_id", Code::DeviceNotPartnerManaged));
    }
    Ok(row.try_get("workspace_id")?)
}

impl Store {
    /// Adds the default device catalog entries that are missing; never
    /// changes an entry an admin may have edited.
    pub async fn seed_device_catalog(&self) -> StoreResult<()> {
        let now = now_ms();
        for (key, vendor, model, device_type, firmware, lines) in DEFAULT_DEVICE_MODELS {
            sqlx::query(
                "INSERT INTO device_models (id, key, vendor, model, device_type, min_firmware,
                     line_count, approved, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $8) ON CONFLICT (key) DO NOTHING",
            )
            .bind(new_id())
            .bind(*key)
            .bind(*vendor)
            .bind(*model)
            .bind(*device_type)
            .bind(*firmware)
            .bind(*lines)
            .bind(now)
            .execute(self.pool())
            .await?;
        }
        Ok(())
    }

    /// The device catalog, by vendor and model.
    pub async fn device_models(&self) -> StoreResult<Vec<DeviceModelRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {MODEL_COLUMNS} FROM device_models ORDER BY vendor, model, id"
        ))
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(model_record)
            .collect::<Result<_, sqlx::Error>>()?)
    }

    /// A catalog entry by id or by key.
    pub async fn device_model(&self, id_or_key: &str) -> StoreResult<Option<DeviceModelRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {MODEL_COLUMNS} FROM device_models WHERE id = $1 OR key = $1"
        ))
        .bind(id_or_key)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(model_record).transpose()?)
    }

    /// PMD-2: adds or changes a catalog entry; a key in use by another
    /// entry is `catalog_name_in_use`.
    pub async fn save_device_model(
        &self,
        change: &DeviceModelChange<'_>,
        audit: &NewAuditEntry<'_>,
    ) -> Result<DeviceModelRecord, DirectoryError> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let result: Result<String, DirectoryError> = async {
            let id = change.id.map_or_else(new_id, str::to_owned);
            let written = match change.id {
                Some(id) => {
                    sqlx::query(
                        "UPDATE device_models SET key = $2, vendor = $3, model = $4,
                             device_type = $5, min_firmware = $6, line_count = $7,
                             approved = $8, updated_at = $9
                         WHERE id = $1",
                    )
                    .bind(id)
                    .bind(change.key)
                    .bind(change.vendor)
                    .bind(change.model)
                    .bind(change.device_type)
                    .bind(change.min_firmware)
                    .bind(change.line_count)
                    .bind(i64::from(change.approved))
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                }
                None => {
                    sqlx::query(
                        "INSERT INTO device_models (id, key, vendor, model, device_type,
                             min_firmware, line_count, approved, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
                    )
                    .bind(&id)
                    .bind(change.key)
                    .bind(change.vendor)
                    .bind(change.model)
                    .bind(change.device_type)
                    .bind(change.min_firmware)
                    .bind(change.line_count)
                    .bind(i64::from(change.approved))
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                }
            };
            match written {
                Err(error) if is_unique_violation(&error) => {
                    return Err(refused(0, "key", Code::CatalogNameInUse));
                }
                Err(error) => return Err(error.into()),
                Ok(done) if done.rows_affected() == 0 => return Err(DirectoryError::NotFound),
                Ok(_) => {}
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(id)
        }
        .await;
        let id = finish(tx, result).await?;
        self.device_model(&id)
            .await?
            .ok_or(DirectoryError::NotFound)
    }

    /// PMD-3: the org's Device Management integration entitlement.
    pub async fn set_device_management(
        &self,
        org_id: &str,
        entitled: bool,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<()> {
        self.set_org_flag(org_id, OrgFlag::DeviceManagement, entitled, audit)
            .await
    }

    /// PMD-4: adds a partner-managed device with its users or to its
    /// workspace, its sealed credentials and the audit entry, all or
    /// nothing.
    pub async fn add_partner_device(
        &self,
        new: &NewPartnerDevice<'_>,
    ) -> Result<(), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result = insert_partner_device(&mut tx, new).await;
        finish(tx, result).await
    }

    /// PMD-5: adds and removes users of a personal partner-managed device;
    /// the device keeps at least one user.
    pub async fn change_device_users(
        &self,
        org_id: &str,
        device_id: &str,
        add: &[String],
        remove: &[String],
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), DirectoryError> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let result: Result<(), DirectoryError> = async {
            if lock_partner_device(&mut tx, org_id, device_id, now)
                .await?
                .is_some()
            {
                // A workspace's device has the workspace, not users.
                return Err(refused(0, "device_id", Code::BadRequest));
            }
            check_users(&mut tx, org_id, add).await?;
            add_device_users(&mut tx, device_id, add, now).await?;
            for user_id in remove {
                sqlx::query("DELETE FROM device_users WHERE device_id = $1 AND user_id = $2")
                    .bind(device_id)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
            }
            let left: i64 =
                sqlx::query("SELECT COUNT(*) AS n FROM device_users WHERE device_id = $1")
                    .bind(device_id)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get("n")?;
            if left == 0 {
                return Err(refused(0, "user_ids", Code::DeviceNeedsUser));
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// PMD-9: replaces the device's sealed SIP credentials.
    pub async fn replace_sip_credentials(
        &self,
        org_id: &str,
        device_id: &str,
        credentials: &SealedCredentials<'_>,
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), DirectoryError> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let result: Result<(), DirectoryError> = async {
            lock_partner_device(&mut tx, org_id, device_id, now).await?;
            write_credentials(&mut tx, device_id, credentials, now).await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// The SIP user name of a device, if it has credentials.
    pub async fn sip_user_name(&self, device_id: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT user_name FROM sip_credentials WHERE device_id = $1")
            .bind(device_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("user_name")).transpose()?)
    }

    /// What the device page shows of a partner-managed device: never the
    /// sealed digests.
    pub async fn partner_device_facts(&self, device_id: &str) -> StoreResult<PartnerDeviceFacts> {
        let row = sqlx::query(
            "SELECT d.disclaimer_email, d.disclaimer_at, c.user_name, c.realm, c.updated_at
             FROM devices d LEFT JOIN sip_credentials c ON c.device_id = d.id
             WHERE d.id = $1",
        )
        .bind(device_id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else {
            return Ok(PartnerDeviceFacts {
                sip_user_name: None,
                sip_realm: None,
                credentials_updated_at: None,
                disclaimer_email: None,
                disclaimer_at: None,
            });
        };
        Ok(PartnerDeviceFacts {
            sip_user_name: row.try_get("user_name")?,
            sip_realm: row.try_get("realm")?,
            credentials_updated_at: row.try_get("updated_at")?,
            disclaimer_email: row.try_get("disclaimer_email")?,
            disclaimer_at: row.try_get("disclaimer_at")?,
        })
    }

    /// The users of each of `device_ids`, by display name.
    pub async fn users_of_devices(
        &self,
        device_ids: &[String],
    ) -> StoreResult<HashMap<String, Vec<DeviceUserRecord>>> {
        let mut found: HashMap<String, Vec<DeviceUserRecord>> = HashMap::new();
        if device_ids.is_empty() {
            return Ok(found);
        }
        let placeholders: Vec<String> = (1..=device_ids.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT du.device_id, u.id AS user_id, u.email, u.display_name
             FROM device_users du JOIN users u ON u.id = du.user_id
             WHERE du.device_id IN ({}) ORDER BY u.sort_name, u.id",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in device_ids {
            query = query.bind(id);
        }
        for row in query.fetch_all(self.pool()).await? {
            let record = DeviceUserRecord {
                device_id: row.try_get("device_id")?,
                user_id: row.try_get("user_id")?,
                email: row.try_get("email")?,
                display_name: row.try_get("display_name")?,
            };
            found
                .entry(record.device_id.clone())
                .or_default()
                .push(record);
        }
        Ok(found)
    }

    /// The device (org and id) that has `mac`, in any org.
    pub async fn device_by_mac(&self, mac: &str) -> StoreResult<Option<(String, String)>> {
        let row = sqlx::query("SELECT org_id, id FROM devices WHERE mac = $1")
            .bind(mac)
            .fetch_optional(self.pool())
            .await?;
        Ok(row
            .map(|r| Ok::<_, sqlx::Error>((r.try_get("org_id")?, r.try_get("id")?)))
            .transpose()?)
    }

    /// Which of `macs` (normalised) a device of any org has (PMD-10).
    pub async fn macs_in_use(&self, macs: &[String]) -> StoreResult<Vec<String>> {
        if macs.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (1..=macs.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT mac FROM devices WHERE mac IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for mac in macs {
            query = query.bind(mac);
        }
        Ok(query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|r| r.try_get("mac"))
            .collect::<Result<_, sqlx::Error>>()?)
    }
}
