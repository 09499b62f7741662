//! Webex Go lines in bulk from a devices CSV (GO-7 … GO-9) as they cross
//! the wire. Like the users import, the browser talks to the REST
//! endpoints under `/api/v1/devices` (with its session) and automation
//! uses the same endpoints with an API token.
use domain::Code;
use serde::{Deserialize, Serialize};

/// A devices file to apply: sent by the page after its own check found no
/// error; the server checks it again (T-4) before it stores the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitDeviceImport {
    pub file_name: String,
    /// The file's text, as picked.
    pub csv: String,
    /// GO-9: email each user their activation code.
    pub email_activation_codes: bool,
    /// One key per chosen file: sending it twice is one job.
    pub idempotency_key: String,
}

/// A devices import job and its progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceImportJob {
    pub id: String,
    pub org_id: String,
    pub file_name: String,
    pub email_activation_codes: bool,
    /// `queued`, `running`, `done` or `failed`.
    pub status: String,
    /// Rows with a line to add (every row of the file, since a file with
    /// an error is refused whole).
    pub total_rows: i64,
    pub done_rows: i64,
    pub applied_rows: i64,
    pub refused_rows: i64,
    pub failure: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

impl DeviceImportJob {
    /// Whether the job still has rows ahead (the page keeps polling).
    pub fn is_pending(&self) -> bool {
        matches!(self.status.as_str(), "queued" | "running")
    }
}

/// What became of one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceImportRowResult {
    pub row: i64,
    /// The row's username.
    pub email: String,
    /// `applied` or `refused`.
    pub outcome: String,
    /// The Webex Go line added.
    pub device_id: Option<String>,
    pub subscription_id: Option<String>,
    /// `emailed`: the user got the code by email; `not_emailed`: the line
    /// waits in *Activation pending* until an admin generates a code on the
    /// device page (GO-6, GO-10).
    pub activation: Option<String>,
    /// Why the row was refused when it was applied (e.g. the last license
    /// of its subscription was taken meanwhile).
    pub code: Option<Code>,
    pub column: Option<String>,
}

/// A page of row results, in row order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceImportRows {
    pub items: Vec<DeviceImportRowResult>,
    /// Pass as `afterRow` for the next page; `None` at the end.
    pub next_after_row: Option<i64>,
}
