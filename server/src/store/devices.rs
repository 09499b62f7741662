//! Devices of users: Webex Go lines (issue 5) and their activation codes.
//!
//! Every change is one transaction that begins with a write to the row it
//! is about, so PostgreSQL locks that row and SQLite takes its writer lock
//! before anything is read: the checks that follow (GO-1 eligibility, the
//! line's status, what is left in a pool) cannot be overtaken by another
//! request. The license, the code, the email and the audit entry commit
//! with the change or not at all.
use domain::{
    Code, Country,
    webex_go::{CarrierEvent, CodeRecord, LineStatus, WEBEX_GO_LICENSE, eligibility},
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{
    DirectoryError, NewAuditEntry, NewEmail, Store, StoreResult,
    audit::insert_audit,
    finish,
    licenses::{release_all_licenses, release_license, take_from_org_pool},
    locations::explain_number_refusal,
    new_id, now_ms,
    orgs::OrgFlag,
    outbox::insert_email,
    users::{ids, refused},
};

/// The only device kind so far.
pub const WEBEX_GO: &str = "webex_go";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    pub id: String,
    pub org_id: String,
    pub kind: String,
    pub status: LineStatus,
    pub subscription_id: Option<String>,
    pub user_id: Option<String>,
    pub user_email: Option<String>,
    pub user_display_name: Option<String>,
    pub phone_number: Option<String>,
    /// Partner-managed devices (issue 6): the catalog type, the MAC and
    /// the workspace, if the device is a workspace's.
    pub model_vendor: Option<String>,
    pub model_name: Option<String>,
    pub mac: Option<String>,
    pub workspace_id: Option<String>,
    pub workspace_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

const DEVICE_SELECT: &str = "SELECT d.id, d.org_id, d.kind, d.status, d.subscription_id,
        d.user_id, u.email AS user_email, u.display_name AS user_display_name,
        COALESCE(n.e164, wn.e164) AS phone_number, m.vendor AS model_vendor,
        m.model AS model_name, d.mac, d.workspace_id, w.name AS workspace_name,
        d.created_at, d.updated_at
     FROM devices d
     LEFT JOIN users u ON u.id = d.user_id
     LEFT JOIN numbers n ON n.user_id = d.user_id
     LEFT JOIN device_models m ON m.id = d.model_id
     LEFT JOIN workspaces w ON w.id = d.workspace_id
     LEFT JOIN numbers wn ON wn.workspace_id = d.workspace_id";

fn device_record(row: &AnyRow) -> Result<DeviceRecord, sqlx::Error> {
    let status: String = row.try_get("status")?;
    Ok(DeviceRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        kind: row.try_get("kind")?,
        // The column is written only from `LineStatus::as_str`.
        status: LineStatus::parse(&status).unwrap_or(LineStatus::ActivationPending),
        subscription_id: row.try_get("subscription_id")?,
        user_id: row.try_get("user_id")?,
        user_email: row.try_get("user_email")?,
        user_display_name: row.try_get("user_display_name")?,
        phone_number: row.try_get("phone_number")?,
        model_vendor: row.try_get("model_vendor")?,
        model_name: row.try_get("model_name")?,
        mac: row.try_get("mac")?,
        workspace_id: row.try_get("workspace_id")?,
        workspace_name: row.try_get("workspace_name")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// A Webex Go pool of the org (GO-3, GO-4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoPool {
    pub subscription_id: String,
    pub quantity: i64,
    pub used: i64,
}

/// What GO-1 and GO-3 need to know of a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoCandidate {
    pub license_keys: Vec<String>,
    pub location_id: Option<String>,
    pub location_country: Option<Country>,
    pub primary_number: Option<String>,
    pub webex_go_device_id: Option<String>,
}

/// A new activation code, as stored: its hash and when it was made.
pub struct NewCode<'a> {
    pub hash: &'a str,
    pub created_at: i64,
}

impl NewCode<'_> {
    fn expires_at(&self) -> i64 {
        CodeRecord {
            created_at_ms: self.created_at,
            used_at_ms: None,
            superseded_at_ms: None,
        }
        .expires_at_ms()
    }
}

/// GO-2 … GO-5: a Webex Go line for a user.
pub struct NewWebexGo<'a> {
    pub org_id: &'a str,
    pub user_id: &'a str,
    /// `None`: the org's first Webex Go subscription with a license left.
    pub subscription_id: Option<&'a str>,
    /// E.164; taken for the user when they have no primary number (GO-3).
    pub phone_number: Option<&'a str>,
    pub code: NewCode<'a>,
    pub email: Option<NewEmail<'a>>,
    pub audit: &'a NewAuditEntry<'a>,
}

/// What a device change may also do: queue the code's email, record the
/// change.
pub struct DeviceChange<'a> {
    pub org_id: &'a str,
    pub device_id: &'a str,
    pub email: Option<NewEmail<'a>>,
    pub audit: &'a NewAuditEntry<'a>,
}

async fn candidate(
    conn: &mut AnyConnection,
    org_id: &str,
    user_id: &str,
) -> Result<Option<GoCandidate>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT u.location_id, l.country, n.e164, d.id AS device_id
         FROM users u
         LEFT JOIN locations l ON l.id = u.location_id
         LEFT JOIN numbers n ON n.user_id = u.id
         LEFT JOIN devices d ON d.user_id = u.id AND d.kind = 'webex_go'
         WHERE u.org_id = $1 AND u.id = $2",
    )
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let country: Option<String> = row.try_get("country")?;
    let license_keys = ids(
        conn,
        "SELECT l.key FROM license_assignments a JOIN licenses l ON l.id = a.license_id
         WHERE a.holder_id = $1 ORDER BY l.key",
        user_id,
    )
    .await?;
    Ok(Some(GoCandidate {
        license_keys,
        location_id: row.try_get("location_id")?,
        location_country: country.and_then(|c| Country::parse(&c).ok()),
        primary_number: row.try_get("e164")?,
        webex_go_device_id: row.try_get("device_id")?,
    }))
}

/// Takes one Webex Go license for `device_id` from the chosen pool, or from
/// the org's first pool with one left; the subscription it came from.
async fn take_go_license(
    conn: &mut AnyConnection,
    org_id: &str,
    device_id: &str,
    subscription_id: Option<&str>,
) -> Result<String, DirectoryError> {
    take_from_org_pool(conn, org_id, WEBEX_GO_LICENSE, subscription_id, device_id)
        .await?
        .ok_or_else(|| refused(0, "subscription_id", Code::WebexGoLicenseExhausted))
}

/// Makes every outstanding code of the device stop working (GO-10).
async fn supersede_codes(
    conn: &mut AnyConnection,
    device_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE activation_codes SET superseded_at = $2
         WHERE device_id = $1 AND used_at IS NULL AND superseded_at IS NULL",
    )
    .bind(device_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn insert_code(
    conn: &mut AnyConnection,
    device_id: &str,
    code: &NewCode<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO activation_codes (id, device_id, code_hash, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(new_id())
    .bind(device_id)
    .bind(code.hash)
    .bind(code.created_at)
    .bind(code.expires_at())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Locks a device of the org (a write first, see the module comment) and
/// returns its status; `NotFound` when the org has no such device.
async fn lock_device(
    conn: &mut AnyConnection,
    org_id: &str,
    device_id: &str,
    now: i64,
) -> Result<LineStatus, DirectoryError> {
    let row = sqlx::query(
        "UPDATE devices SET updated_at = $3 WHERE org_id = $1 AND id = $2 RETURNING status",
    )
    .bind(org_id)
    .bind(device_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Err(DirectoryError::NotFound);
    };
    let status: String = row.try_get("status")?;
    Ok(LineStatus::parse(&status).unwrap_or(LineStatus::ActivationPending))
}

async fn set_status(
    conn: &mut AnyConnection,
    device_id: &str,
    status: LineStatus,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE devices SET status = $2 WHERE id = $1")
        .bind(device_id)
        .bind(status.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Returns every license the devices of `user_id` hold to its pool: called
/// before a user is deleted, whose devices go with them.
pub(crate) async fn release_device_licenses_of_user(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<(), sqlx::Error> {
    let held = sqlx::query(
        "SELECT a.holder_id, a.license_id FROM license_assignments a
         JOIN devices d ON d.id = a.holder_id WHERE d.user_id = $1",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    for row in held {
        let holder: String = row.try_get("holder_id")?;
        let license: String = row.try_get("license_id")?;
        release_license(conn, &holder, &license).await?;
    }
    Ok(())
}

/// GO-1 holds for as long as a user has a Webex Go line: a change that
/// takes away the user's Calling Professional license or moves them out of
/// the US and the UK is refused while the line exists (the admin deletes
/// the line first). Called inside the change's transaction, after it.
pub(crate) async fn check_line_still_eligible(
    conn: &mut AnyConnection,
    org_id: &str,
    user_id: &str,
) -> Result<(), DirectoryError> {
    let Some(user) = candidate(conn, org_id, user_id).await? else {
        return Ok(());
    };
    if user.webex_go_device_id.is_none() {
        return Ok(());
    }
    match eligibility(
        user.license_keys.iter().map(String::as_str),
        user.location_country,
    ) {
        Ok(()) => Ok(()),
        Err(why) if why.no_calling_professional => {
            Err(refused(0, "package", Code::NotCallingProfessional))
        }
        Err(_) => Err(refused(0, "location", Code::LocationNotEligible)),
    }
}

/// [`Store::add_webex_go`] inside the caller's transaction (a devices
/// import records each row's result with it): the line's id.
pub(super) async fn insert_webex_go(
    conn: &mut AnyConnection,
    new: &NewWebexGo<'_>,
) -> Result<String, DirectoryError> {
    let now = now_ms();
    // A line added is a change to the user: an import undo leaves
    // the user alone afterwards (`changed_since_import`).
    let locked = sqlx::query("UPDATE users SET updated_at = $3 WHERE org_id = $1 AND id = $2")
        .bind(new.org_id)
        .bind(new.user_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    if locked.rows_affected() == 0 {
        return Err(DirectoryError::NotFound);
    }
    let Some(user) = candidate(&mut *conn, new.org_id, new.user_id).await? else {
        return Err(DirectoryError::NotFound);
    };
    if let Err(ineligible) = eligibility(
        user.license_keys.iter().map(String::as_str),
        user.location_country,
    ) {
        return Err(refused(0, "user_id", ineligible.code()));
    }
    if user.webex_go_device_id.is_some() {
        return Err(refused(0, "user_id", Code::WebexGoLineExists));
    }
    if user.primary_number.is_none() {
        let (Some(number), Some(location_id)) = (new.phone_number, &user.location_id) else {
            return Err(refused(0, "phone_number", Code::PhoneNumberMissing));
        };
        let taken = sqlx::query(
            "UPDATE numbers SET user_id = $3
             WHERE org_id = $1 AND e164 = $2 AND location_id = $4 AND user_id IS NULL
               AND workspace_id IS NULL",
        )
        .bind(new.org_id)
        .bind(number)
        .bind(new.user_id)
        .bind(location_id)
        .execute(&mut *conn)
        .await?;
        if taken.rows_affected() == 0 {
            let code =
                explain_number_refusal(&mut *conn, new.org_id, new.user_id, location_id, number)
                    .await?
                    .unwrap_or(Code::NumberInUse);
            return Err(refused(0, "phone_number", code));
        }
    }
    let id = new_id();
    sqlx::query(
        "INSERT INTO devices (id, org_id, kind, user_id, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(&id)
    .bind(new.org_id)
    .bind(WEBEX_GO)
    .bind(new.user_id)
    .bind(LineStatus::ActivationPending.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let subscription = take_go_license(&mut *conn, new.org_id, &id, new.subscription_id).await?;
    sqlx::query("UPDATE devices SET subscription_id = $2 WHERE id = $1")
        .bind(&id)
        .bind(&subscription)
        .execute(&mut *conn)
        .await?;
    insert_code(&mut *conn, &id, &new.code).await?;
    if let Some(email) = &new.email {
        insert_email(&mut *conn, email).await?;
    }
    insert_audit(&mut *conn, new.audit).await?;
    Ok(id)
}

/// Why a carrier's request about a code or a line was refused (GO-15).
#[derive(Debug, thiserror::Error)]
pub enum CarrierError {
    #[error("refused: {0}")]
    Refused(Code),
    #[error("no such line")]
    NotFound,
    #[error(transparent)]
    Store(#[from] super::StoreError),
}

impl From<sqlx::Error> for CarrierError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

/// One page request of the Devices list; `after` is the last row of the
/// previous page as `(created_at, id)` (newest first).
#[derive(Debug, Clone, Default)]
pub struct DeviceListQuery<'a> {
    pub search: &'a str,
    pub status: Option<LineStatus>,
    pub user_id: Option<&'a str>,
    /// The devices of one workspace (PMD-8).
    pub workspace_id: Option<&'a str>,
    pub after: Option<(i64, String)>,
    pub limit: i64,
}

impl Store {
    /// The org's Webex Go pools, oldest subscription first.
    pub async fn webex_go_pools(&self, org_id: &str) -> StoreResult<Vec<GoPool>> {
        let rows = sqlx::query(
            "SELECT sl.subscription_id, sl.quantity, sl.used
             FROM subscription_licenses sl
             JOIN subscriptions s ON s.id = sl.subscription_id
             JOIN licenses l ON l.id = sl.license_id
             WHERE s.org_id = $1 AND l.key = $2
             ORDER BY s.created_at, s.id",
        )
        .bind(org_id)
        .bind(WEBEX_GO_LICENSE)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(GoPool {
                    subscription_id: row.try_get("subscription_id")?,
                    quantity: row.try_get("quantity")?,
                    used: row.try_get("used")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// What GO-1 and GO-3 need to know of a user; `None` when the org has
    /// no such user.
    pub async fn webex_go_candidate(
        &self,
        org_id: &str,
        user_id: &str,
    ) -> StoreResult<Option<GoCandidate>> {
        let mut conn = self.pool().acquire().await?;
        Ok(candidate(&mut conn, org_id, user_id).await?)
    }

    /// GO-2 … GO-5: adds a Webex Go line, its license, its number when the
    /// user had none, its first code and its email, all or nothing.
    /// Eligibility (GO-1) is checked again inside the transaction, with the
    /// user locked.
    pub async fn add_webex_go(&self, new: &NewWebexGo<'_>) -> Result<DeviceRecord, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result = insert_webex_go(&mut tx, new).await;
        let id = finish(tx, result).await?;
        self.device(new.org_id, &id)
            .await?
            .ok_or(DirectoryError::NotFound)
    }

    /// GO-10: a new code for a line whose activation is pending; every
    /// earlier code stops working.
    pub async fn regenerate_activation_code(
        &self,
        change: &DeviceChange<'_>,
        code: &NewCode<'_>,
    ) -> Result<DeviceRecord, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            let status =
                lock_device(&mut tx, change.org_id, change.device_id, code.created_at).await?;
            status
                .check_can_regenerate()
                .map_err(|code| refused(0, "device_id", code))?;
            supersede_codes(&mut tx, change.device_id, code.created_at).await?;
            insert_code(&mut tx, change.device_id, code).await?;
            if let Some(email) = &change.email {
                insert_email(&mut *tx, email).await?;
            }
            insert_audit(&mut *tx, change.audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await?;
        self.device(change.org_id, change.device_id)
            .await?
            .ok_or(DirectoryError::NotFound)
    }

    /// GO-12: the line on the lost phone stops working (back to
    /// *Activation pending*, every code superseded) and a new code is
    /// issued for the replacement phone.
    pub async fn report_lost_stolen(
        &self,
        change: &DeviceChange<'_>,
        code: &NewCode<'_>,
    ) -> Result<DeviceRecord, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            lock_device(&mut tx, change.org_id, change.device_id, code.created_at).await?;
            set_status(&mut tx, change.device_id, LineStatus::ActivationPending).await?;
            supersede_codes(&mut tx, change.device_id, code.created_at).await?;
            insert_code(&mut tx, change.device_id, code).await?;
            if let Some(email) = &change.email {
                insert_email(&mut *tx, email).await?;
            }
            insert_audit(&mut *tx, change.audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await?;
        self.device(change.org_id, change.device_id)
            .await?
            .ok_or(DirectoryError::NotFound)
    }

    /// GO-13: removes the device; its license returns to the pool and its
    /// codes go with it.
    pub async fn delete_device(&self, change: &DeviceChange<'_>) -> Result<(), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            lock_device(&mut tx, change.org_id, change.device_id, now_ms()).await?;
            release_all_licenses(&mut tx, change.device_id).await?;
            sqlx::query("DELETE FROM devices WHERE id = $1")
                .bind(change.device_id)
                .execute(&mut *tx)
                .await?;
            insert_audit(&mut *tx, change.audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// Whether `code_hash` is the line's current code: outstanding (not
    /// used, not superseded) and not expired (GO-6 sends only that one).
    pub async fn is_current_code(&self, device_id: &str, code_hash: &str) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT 1 FROM activation_codes
             WHERE device_id = $1 AND code_hash = $2 AND used_at IS NULL
               AND superseded_at IS NULL AND expires_at > $3",
        )
        .bind(device_id)
        .bind(code_hash)
        .bind(now_ms())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }

    /// When the line's outstanding code expires, if it has one.
    pub async fn current_code_expiry(&self, device_id: &str) -> StoreResult<Option<i64>> {
        let row = sqlx::query(
            "SELECT expires_at FROM activation_codes
             WHERE device_id = $1 AND used_at IS NULL AND superseded_at IS NULL
             ORDER BY created_at DESC LIMIT 1",
        )
        .bind(device_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.try_get("expires_at")).transpose()?)
    }

    /// GO-15: redeems a code. The conditional UPDATE is the whole rule
    /// (unused, not superseded, not expired), so of any number of
    /// concurrent redemptions of one code exactly one succeeds; a refusal
    /// is explained afterwards with the same rule from `domain`.
    pub async fn redeem_activation_code(
        &self,
        code_hash: &str,
        audit_actor: &str,
    ) -> Result<DeviceRecord, CarrierError> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let result: Result<_, CarrierError> = async {
            let redeemed = sqlx::query(
                "UPDATE activation_codes SET used_at = $2
                 WHERE code_hash = $1 AND used_at IS NULL AND superseded_at IS NULL
                   AND expires_at > $2
                 RETURNING device_id",
            )
            .bind(code_hash)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = redeemed else {
                return Err(CarrierError::Refused(
                    explain_code(&mut tx, code_hash, now).await?,
                ));
            };
            let device_id: String = row.try_get("device_id")?;
            let org_id: String = sqlx::query(
                "UPDATE devices SET status = $2, updated_at = $3 WHERE id = $1 RETURNING org_id",
            )
            .bind(&device_id)
            .bind(LineStatus::Online.as_str())
            .bind(now)
            .fetch_one(&mut *tx)
            .await?
            .try_get("org_id")?;
            insert_audit(
                &mut *tx,
                &NewAuditEntry {
                    actor_admin_id: None,
                    actor_email: audit_actor,
                    actor_org_id: None,
                    org_id: Some(&org_id),
                    action: "webex_go_activated",
                    detail: &device_id,
                },
            )
            .await?;
            Ok((org_id, device_id))
        }
        .await;
        let (org_id, device_id) = finish(tx, result).await?;
        self.device(&org_id, &device_id)
            .await?
            .ok_or(CarrierError::NotFound)
    }

    /// GO-15: the carrier reports a line disabled, enabled or removed on
    /// the phone.
    pub async fn carrier_event(
        &self,
        device_id: &str,
        event: CarrierEvent,
        audit_actor: &str,
    ) -> Result<DeviceRecord, CarrierError> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let result: Result<_, CarrierError> = async {
            let row = sqlx::query(
                "UPDATE devices SET updated_at = $2 WHERE id = $1 AND kind = 'webex_go'
                 RETURNING org_id, status",
            )
            .bind(device_id)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row else {
                return Err(CarrierError::NotFound);
            };
            let org_id: String = row.try_get("org_id")?;
            let status: String = row.try_get("status")?;
            let status = LineStatus::parse(&status).unwrap_or(LineStatus::ActivationPending);
            let next = status
                .after(event)
                .ok_or(CarrierError::Refused(Code::LineNotActive))?;
            set_status(&mut tx, device_id, next).await?;
            insert_audit(
                &mut *tx,
                &NewAuditEntry {
                    actor_admin_id: None,
                    actor_email: audit_actor,
                    actor_org_id: None,
                    org_id: Some(&org_id),
                    action: match event {
                        CarrierEvent::Disabled => "webex_go_disabled",
                        CarrierEvent::Enabled => "webex_go_enabled",
                        CarrierEvent::Removed => "webex_go_removed",
                    },
                    detail: device_id,
                },
            )
            .await?;
            Ok(org_id)
        }
        .await;
        let org_id = finish(tx, result).await?;
        self.device(&org_id, device_id)
            .await?
            .ok_or(CarrierError::NotFound)
    }

    pub async fn device(&self, org_id: &str, device_id: &str) -> StoreResult<Option<DeviceRecord>> {
        let row = sqlx::query(&format!(
            "{DEVICE_SELECT} WHERE d.org_id = $1 AND d.id = $2"
        ))
        .bind(org_id)
        .bind(device_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(device_record).transpose()?)
    }

    /// One page of the org's devices, newest first, and how many match.
    pub async fn list_devices(
        &self,
        org_id: &str,
        query: &DeviceListQuery<'_>,
    ) -> StoreResult<(Vec<DeviceRecord>, i64)> {
        let search = super::like_contains(query.search.trim());
        // A MAC is found in any of its spellings: separators are dropped
        // and the stored form is upper-case hex.
        let mac_digits: String = query
            .search
            .chars()
            .filter(|c| !matches!(c, ':' | '-' | '.' | ' '))
            .collect();
        let mac_search =
            if !mac_digits.is_empty() && mac_digits.chars().all(|c| c.is_ascii_hexdigit()) {
                super::like_contains(&mac_digits)
            } else {
                String::new()
            };
        let filters = "d.org_id = $1
             AND ($2 = '' OR d.status = $2)
             AND ($3 = '' OR d.user_id = $3 OR EXISTS (SELECT 1 FROM device_users du3
                  WHERE du3.device_id = d.id AND du3.user_id = $3))
             AND ($6 = '' OR d.workspace_id = $6)
             AND ($4 = '%%' OR LOWER(u.display_name) LIKE $4 ESCAPE '\\'
                  OR LOWER(u.email) LIKE $4 ESCAPE '\\'
                  OR LOWER(m.vendor || ' ' || m.model) LIKE $4 ESCAPE '\\'
                  OR LOWER(w.name) LIKE $4 ESCAPE '\\'
                  OR (d.kind = 'webex_go' AND 'webex go device' LIKE $4 ESCAPE '\\')
                  OR ($5 <> '' AND LOWER(d.mac) LIKE $5 ESCAPE '\\')
                  OR EXISTS (SELECT 1 FROM device_users du JOIN users u2 ON u2.id = du.user_id
                      WHERE du.device_id = d.id AND (LOWER(u2.display_name) LIKE $4 ESCAPE '\\'
                          OR LOWER(u2.email) LIKE $4 ESCAPE '\\')))";
        let status = query.status.map(LineStatus::as_str).unwrap_or_default();
        let user = query.user_id.unwrap_or_default();
        let workspace = query.workspace_id.unwrap_or_default();
        let total: i64 = sqlx::query(&format!(
            "SELECT COUNT(*) AS n FROM devices d LEFT JOIN users u ON u.id = d.user_id
             LEFT JOIN device_models m ON m.id = d.model_id
             LEFT JOIN workspaces w ON w.id = d.workspace_id
             WHERE {filters}"
        ))
        .bind(org_id)
        .bind(status)
        .bind(user)
        .bind(&search)
        .bind(&mac_search)
        .bind(workspace)
        .fetch_one(self.pool())
        .await?
        .try_get("n")?;
        let (after_at, after_id) = query.after.clone().unwrap_or((i64::MAX, String::new()));
        let rows = sqlx::query(&format!(
            "{DEVICE_SELECT} WHERE {filters}
               AND (d.created_at < $7 OR (d.created_at = $7 AND ($8 = '' OR d.id < $8)))
             ORDER BY d.created_at DESC, d.id DESC LIMIT $9"
        ))
        .bind(org_id)
        .bind(status)
        .bind(user)
        .bind(&search)
        .bind(&mac_search)
        .bind(workspace)
        .bind(after_at)
        .bind(&after_id)
        .bind(query.limit)
        .fetch_all(self.pool())
        .await?;
        let devices = rows
            .iter()
            .map(device_record)
            .collect::<Result<_, sqlx::Error>>()?;
        Ok((devices, total))
    }

    /// GO-6: the org's *suppress email* setting.
    pub async fn set_suppress_email(
        &self,
        org_id: &str,
        suppress: bool,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<()> {
        self.set_org_flag(org_id, OrgFlag::SuppressEmail, suppress, audit)
            .await
    }
}

/// Why a code was not redeemed, by `domain`'s rule over its stored row.
async fn explain_code(
    conn: &mut AnyConnection,
    code_hash: &str,
    now: i64,
) -> Result<Code, sqlx::Error> {
    let row = sqlx::query(
        "SELECT created_at, used_at, superseded_at FROM activation_codes WHERE code_hash = $1",
    )
    .bind(code_hash)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(Code::ActivationCodeUnknown);
    };
    let record = CodeRecord {
        created_at_ms: row.try_get("created_at")?,
        used_at_ms: row.try_get("used_at")?,
        superseded_at_ms: row.try_get("superseded_at")?,
    };
    // The UPDATE refused it, so the rule finds a reason; `used` covers a
    // redemption that committed between the two statements.
    Ok(record
        .check_redeemable(now)
        .err()
        .unwrap_or(Code::ActivationCodeUsed))
}
