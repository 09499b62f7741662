//! Call records (GO-16): the calling platform's batches, stored once per
//! external id, and the detailed call history report over them.
use std::collections::HashMap;

use domain::{
    Code,
    call_history::{CallRecord, Direction, RecordFinding, SubClientType},
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::{Store, StoreResult, WEBEX_GO, finish, like_contains, new_id, now_ms};

/// What became of one record of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestOutcome {
    /// Stored now, with the sub-client type it was stored with.
    Accepted {
        id: String,
        sub_client_type: SubClientType,
    },
    /// The org already had a record with this external id: nothing changed.
    Duplicate { id: String },
    /// Names a user or device the org does not have.
    Refused(Vec<RecordFinding>),
}

/// A stored call record, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRecordRow {
    pub id: String,
    pub external_id: String,
    pub start_ms: i64,
    pub duration_seconds: i64,
    pub direction: Direction,
    pub calling_number: Option<String>,
    pub called_number: Option<String>,
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub device_id: Option<String>,
    pub sub_client_type: SubClientType,
}

fn call_record_row(row: &AnyRow) -> Result<CallRecordRow, sqlx::Error> {
    let direction: String = row.try_get("direction")?;
    let sub_client_type: String = row.try_get("sub_client_type")?;
    Ok(CallRecordRow {
        id: row.try_get("id")?,
        external_id: row.try_get("external_id")?,
        start_ms: row.try_get("start_ms")?,
        duration_seconds: row.try_get("duration_seconds")?,
        // Both columns are written only from the domain types' `as_str`.
        direction: Direction::parse(&direction).unwrap_or(Direction::Originating),
        calling_number: row.try_get("calling_number")?,
        called_number: row.try_get("called_number")?,
        user_id: row.try_get("user_id")?,
        user_name: row.try_get("user_name")?,
        user_email: row.try_get("user_email")?,
        device_id: row.try_get("device_id")?,
        sub_client_type: SubClientType::parse(&sub_client_type).unwrap_or(SubClientType::Other),
    })
}

/// One page request of the report: calls that started in
/// `[start_ms, end_ms)`, newest first, after `after` (`(start_ms, id)` of
/// the previous page's last row).
#[derive(Debug, Clone, Default)]
pub struct CallListQuery<'a> {
    pub start_ms: i64,
    pub end_ms: i64,
    /// A user id, or text matched against the user's name and email.
    pub user: &'a str,
    pub sub_client_type: Option<SubClientType>,
    pub after: Option<(i64, String)>,
    pub limit: i64,
}

/// A device of the org, as a record's `deviceId` names it.
#[derive(Clone)]
struct DeviceFacts {
    is_webex_go: bool,
    user_id: Option<String>,
}

/// A user of the org: what a record keeps of them.
#[derive(Clone)]
struct UserFacts {
    name: String,
    email: String,
}

/// Lookups of one batch, so a platform's thousand calls of ten users cost
/// ten queries, not a thousand.
#[derive(Default)]
struct BatchFacts {
    devices: HashMap<String, Option<DeviceFacts>>,
    users: HashMap<String, Option<UserFacts>>,
}

impl BatchFacts {
    async fn device(
        &mut self,
        conn: &mut AnyConnection,
        org_id: &str,
        device_id: &str,
    ) -> Result<Option<DeviceFacts>, sqlx::Error> {
        if let Some(found) = self.devices.get(device_id) {
            return Ok(found.clone());
        }
        let row = sqlx::query("SELECT kind, user_id FROM devices WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(device_id)
            .fetch_optional(&mut *conn)
            .await?;
        let facts = match row {
            Some(row) => Some(DeviceFacts {
                is_webex_go: row.try_get::<String, _>("kind")? == WEBEX_GO,
                user_id: row.try_get("user_id")?,
            }),
            None => None,
        };
        self.devices.insert(device_id.to_owned(), facts.clone());
        Ok(facts)
    }

    async fn user(
        &mut self,
        conn: &mut AnyConnection,
        org_id: &str,
        user_id: &str,
    ) -> Result<Option<UserFacts>, sqlx::Error> {
        if let Some(found) = self.users.get(user_id) {
            return Ok(found.clone());
        }
        let row =
            sqlx::query("SELECT display_name, email FROM users WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(user_id)
                .fetch_optional(&mut *conn)
                .await?;
        let facts = match row {
            Some(row) => Some(UserFacts {
                name: row.try_get("display_name")?,
                email: row.try_get("email")?,
            }),
            None => None,
        };
        self.users.insert(user_id.to_owned(), facts.clone());
        Ok(facts)
    }
}

fn refused(field: &'static str, code: Code) -> IngestOutcome {
    IngestOutcome::Refused(vec![RecordFinding { field, code }])
}

async fn existing_id(
    conn: &mut AnyConnection,
    org_id: &str,
    external_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT id FROM call_records WHERE org_id = $1 AND external_id = $2")
        .bind(org_id)
        .bind(external_id)
        .fetch_optional(&mut *conn)
        .await?
        .map(|row| row.try_get("id"))
        .transpose()
}

/// Stores one record unless the org has its external id already.
async fn ingest_one(
    conn: &mut AnyConnection,
    facts: &mut BatchFacts,
    org_id: &str,
    record: &CallRecord,
    now: i64,
) -> Result<IngestOutcome, sqlx::Error> {
    // A record sent again is a duplicate even if its user has gone since.
    if let Some(id) = existing_id(conn, org_id, record.external_id()).await? {
        return Ok(IngestOutcome::Duplicate { id });
    }
    let device = match record.device_id() {
        None => None,
        Some(device_id) => match facts.device(conn, org_id, device_id).await? {
            Some(device) => Some(device),
            None => return Ok(refused("deviceId", Code::CallDeviceUnknown)),
        },
    };
    let owner = device.as_ref().and_then(|d| d.user_id.as_deref());
    let user_id = match (record.user_id(), owner) {
        (Some(named), Some(owner)) if named != owner => {
            return Ok(refused("deviceId", Code::CallDeviceUserMismatch));
        }
        (Some(named), _) => Some(named),
        (None, owner) => owner,
    };
    let user = match user_id {
        None => None,
        Some(user_id) => match facts.user(conn, org_id, user_id).await? {
            Some(user) => Some(user),
            None => return Ok(refused("userId", Code::CallUserUnknown)),
        },
    };
    let sub_client_type = SubClientType::resolve(
        record.stated_sub_client_type(),
        device.as_ref().is_some_and(|d| d.is_webex_go),
    );
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO call_records (id, org_id, external_id, start_ms, duration_seconds,
             direction, calling_number, called_number, user_id, user_name, user_email,
             device_id, sub_client_type, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (org_id, external_id) DO NOTHING",
    )
    .bind(&id)
    .bind(org_id)
    .bind(record.external_id())
    .bind(record.start_ms())
    .bind(record.duration_seconds())
    .bind(record.direction().as_str())
    .bind(record.calling_number())
    .bind(record.called_number())
    .bind(user_id)
    .bind(user.as_ref().map(|u| u.name.as_str()))
    .bind(user.as_ref().map(|u| u.email.as_str()))
    .bind(record.device_id())
    .bind(sub_client_type.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(IngestOutcome::Accepted {
            id,
            sub_client_type,
        });
    }
    // Another batch stored the same record a moment ago.
    let id = existing_id(conn, org_id, record.external_id())
        .await?
        .unwrap_or_default();
    Ok(IngestOutcome::Duplicate { id })
}

const CALL_COLUMNS: &str = "id, external_id, start_ms, duration_seconds, direction,
    calling_number, called_number, user_id, user_name, user_email, device_id, sub_client_type";

const CALL_FILTERS: &str = "org_id = $1 AND start_ms >= $2 AND start_ms < $3
    AND ($4 = '' OR sub_client_type = $4)
    AND ($5 = '' OR user_id = $5
         OR LOWER(user_name) LIKE $6 ESCAPE '\\' OR LOWER(user_email) LIKE $6 ESCAPE '\\')";

impl Store {
    /// Stores a batch of checked records of one org in one transaction, each
    /// at most once (by external id); one outcome per record, in order.
    pub async fn ingest_call_records(
        &self,
        org_id: &str,
        records: &[CallRecord],
    ) -> StoreResult<Vec<IngestOutcome>> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<Vec<IngestOutcome>> = async {
            let mut facts = BatchFacts::default();
            let mut outcomes = Vec::with_capacity(records.len());
            for record in records {
                outcomes.push(ingest_one(&mut tx, &mut facts, org_id, record, now).await?);
            }
            Ok(outcomes)
        }
        .await;
        finish(tx, result).await
    }

    /// One page of the org's calls, newest first; with `count`, also how
    /// many calls match the filters.
    pub async fn list_call_records(
        &self,
        org_id: &str,
        query: &CallListQuery<'_>,
        count: bool,
    ) -> StoreResult<(Vec<CallRecordRow>, Option<i64>)> {
        let user = query.user.trim();
        let like = like_contains(user);
        let sub_client_type = query
            .sub_client_type
            .map(SubClientType::as_str)
            .unwrap_or_default();
        let total = if count {
            let n: i64 = sqlx::query(&format!(
                "SELECT COUNT(*) AS n FROM call_records WHERE {CALL_FILTERS}"
            ))
            .bind(org_id)
            .bind(query.start_ms)
            .bind(query.end_ms)
            .bind(sub_client_type)
            .bind(user)
            .bind(&like)
            .fetch_one(self.pool())
            .await?
            .try_get("n")?;
            Some(n)
        } else {
            None
        };
        let (after_ms, after_id) = query.after.clone().unwrap_or((i64::MAX, String::new()));
        let rows = sqlx::query(&format!(
            "SELECT {CALL_COLUMNS} FROM call_records WHERE {CALL_FILTERS}
               AND (start_ms < $7 OR (start_ms = $7 AND $8 <> '' AND id < $8))
             ORDER BY start_ms DESC, id DESC LIMIT $9"
        ))
        .bind(org_id)
        .bind(query.start_ms)
        .bind(query.end_ms)
        .bind(sub_client_type)
        .bind(user)
        .bind(&like)
        .bind(after_ms)
        .bind(&after_id)
        .bind(query.limit)
        .fetch_all(self.pool())
        .await?;
        let calls = rows
            .iter()
            .map(call_record_row)
            .collect::<Result<_, sqlx::Error>>()?;
        Ok((calls, total))
    }
}
