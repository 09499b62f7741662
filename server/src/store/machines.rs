//! Credentials of machines that call Switchboard: the carrier's activation
//! API (GO-15), call-record ingest (GO-16), order intake (SUB-1). Each opens
//! one API (`kind`); stored as SHA-256 only and shown once, like API tokens.
use sqlx::Row;

use super::{Store, StoreResult, new_id, now_ms};

/// Which machine API a credential opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MachineKind {
    /// GO-15: the carrier / SM-DP+ side of Webex Go.
    Carrier,
    /// GO-16: the calling platform, sending call records.
    CallRecords,
    /// SUB-1: the ordering system, sending new orders.
    Ordering,
}

impl MachineKind {
    pub const ALL: [MachineKind; 3] = [
        MachineKind::Carrier,
        MachineKind::CallRecords,
        MachineKind::Ordering,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Carrier => "carrier",
            Self::CallRecords => "call_records",
            Self::Ordering => "ordering",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == input)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineRecord {
    pub id: String,
    pub name: String,
}

impl Store {
    pub async fn insert_machine_credential(
        &self,
        kind: MachineKind,
        name: &str,
        token_hash: &str,
    ) -> StoreResult<String> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO machine_credentials (id, kind, name, token_hash, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(kind.as_str())
        .bind(name)
        .bind(token_hash)
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        Ok(id)
    }

    /// The live credential of `kind` with this hash, marking it used.
    pub async fn use_machine_credential(
        &self,
        kind: MachineKind,
        token_hash: &str,
    ) -> StoreResult<Option<MachineRecord>> {
        let row = sqlx::query(
            "UPDATE machine_credentials SET last_used_at = $1
             WHERE token_hash = $2 AND kind = $3 AND revoked_at IS NULL
             RETURNING id, name",
        )
        .bind(now_ms())
        .bind(token_hash)
        .bind(kind.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(row) => Some(MachineRecord {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
            }),
            None => None,
        })
    }
}
