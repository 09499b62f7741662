//! Users imports (issue 4) as they cross the wire. The browser talks to the
//! REST endpoints under `/api/v1` for imports (the file is up to 50 MB, too
//! big for a server function's JSON body); automation uses the same
//! endpoints with an API token.
use domain::users_csv::{Finding, ImportMode, Preview};
use serde::{Deserialize, Serialize};

/// An import job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportJob {
    pub id: String,
    pub org_id: String,
    pub file_name: String,
    pub mode: ImportMode,
    pub all_or_nothing: bool,
    /// `draft`, `queued`, `running`, `done` or `failed`.
    pub status: String,
    /// Rows that get a result (blank rows are not rows).
    pub total_rows: i64,
    pub done_rows: i64,
    pub applied_rows: i64,
    pub refused_rows: i64,
    #[serde(default)]
    pub undone_rows: i64,
    #[serde(default)]
    pub undo_conflicts: i64,
    /// Until when the import can be undone (only while it is `done`).
    #[serde(default)]
    pub undo_until: Option<i64>,
    pub failure: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

impl ImportJob {
    /// Whether the job still has work ahead (the page keeps polling).
    pub fn is_pending(&self) -> bool {
        matches!(
            self.status.as_str(),
            "queued" | "running" | "undo_queued" | "undoing"
        )
    }
}

/// An upload checked by the server: the stored draft, the same findings the
/// browser found, and the dry run's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportCheck {
    pub job: ImportJob,
    pub rows: u32,
    pub errors: u32,
    pub warnings: u32,
    pub findings: Vec<Finding>,
    pub preview: Preview,
}

/// Applying a draft: the mode and whether the file applies all or nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplyImport {
    #[serde(default)]
    pub mode: ImportMode,
    #[serde(default)]
    pub all_or_nothing: bool,
}

/// The result of one row of an applied import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportRowResult {
    pub row: i64,
    pub email: String,
    /// `add`, `modify` or `delete`.
    pub kind: Option<String>,
    /// `applied`, `refused` or `skipped`.
    pub outcome: String,
    pub code: Option<domain::Code>,
    pub column: Option<String>,
    pub detail: Option<String>,
    /// After an undo: `undone`, or `conflict` with its code.
    #[serde(default)]
    pub undo_outcome: Option<String>,
    #[serde(default)]
    pub undo_code: Option<domain::Code>,
}

/// A page of row results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportRows {
    pub items: Vec<ImportRowResult>,
    /// Pass as `afterRow` for the next page; `None` at the end.
    pub next_after_row: Option<i64>,
}
