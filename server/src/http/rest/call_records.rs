//! `/api/v1/callRecords`: detailed call history (GO-16). The calling
//! platform posts records with a machine credential of kind `call_records`
//! (`switchboard credential create --kind call_records --name NAME`);
//! admins read the report and its CSV export with an API token or the
//! SPA's session (read access to the org, T-3).
use app::api::{ApiError, CallHistoryQuery, CallRow};
use axum::{
    Json,
    extract::{FromRequestParts, State},
    http::{header, request::Parts},
    response::IntoResponse,
};
use domain::{
    Code,
    call_history::{CallRecordDraft, SubClientType, format_rfc3339},
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{AnyCaller, ApiJson, ApiQuery, RestError};
use crate::{
    http::AppState,
    services::{IngestResult, IngestStatus},
    store::MachineRecord,
};

/// The calling platform behind `Authorization: Bearer <machine
/// credential>` of kind `call_records`.
pub struct CallRecordsSource(pub MachineRecord);

impl FromRequestParts<AppState> for CallRecordsSource {
    type Rejection = RestError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RestError> {
        let token = super::bearer_token(parts)?;
        Ok(CallRecordsSource(
            state.services.require_call_records_source(token).await?,
        ))
    }
}

/// A call record as the calling platform sends it.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CallRecordIn {
    /// The platform's id of the record (1 to 128 printable ASCII
    /// characters). Sending the same id again changes nothing.
    #[schema(example = "cdr-7c1e2f")]
    pub id: Option<String>,
    /// RFC 3339, any offset; from 2000 to a day from now.
    #[schema(example = "2026-03-04T10:15:30Z")]
    pub start_time: Option<String>,
    /// 0 to 86,400.
    #[schema(example = 95)]
    pub duration_seconds: Option<i64>,
    /// `ORIGINATING` (the user placed the call) or `TERMINATING`.
    #[schema(example = "ORIGINATING")]
    pub direction: Option<String>,
    #[schema(example = "+12314569000")]
    pub calling_number: Option<String>,
    #[schema(example = "+14155550123")]
    pub called_number: Option<String>,
    /// A person of the org (`/people`); taken from the device when absent.
    pub user_id: Option<String>,
    /// A device of the org (`/devices`; a Webex Go line's id is the
    /// carrier API's `lineId`). A call on a Webex Go line is stored as
    /// `Mobile_Network` whatever `subClientType` says.
    pub device_id: Option<String>,
    /// `Mobile_Network`, `Desktop`, `Mobile_App`, `Desk_Phone`, `Browser`
    /// or `Other` (any case); `Other` when absent.
    #[schema(example = "Desktop")]
    pub sub_client_type: Option<String>,
}

/// Each record of a batch as a draft; `None` for one that is not an
/// object of [`CallRecordIn`]'s shape (refused alone).
pub(super) fn record_drafts(records: Vec<serde_json::Value>) -> Vec<Option<CallRecordDraft>> {
    records
        .into_iter()
        .map(|value| {
            serde_json::from_value::<CallRecordIn>(value)
                .ok()
                .map(CallRecordDraft::from)
        })
        .collect()
}

impl From<CallRecordIn> for CallRecordDraft {
    fn from(record: CallRecordIn) -> Self {
        CallRecordDraft {
            id: record.id,
            start_time: record.start_time,
            duration_seconds: record.duration_seconds,
            direction: record.direction,
            calling_number: record.calling_number,
            called_number: record.called_number,
            user_id: record.user_id,
            device_id: record.device_id,
            sub_client_type: record.sub_client_type,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CallRecordBatch {
    pub org_id: String,
    /// At most 1,000 records (`call_records_too_many`). A record that is
    /// not an object of this shape is refused alone (`call_record_invalid`).
    #[schema(value_type = Vec<CallRecordIn>)]
    pub records: Vec<serde_json::Value>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RecordFindingBody {
    #[schema(example = "startTime")]
    pub field: String,
    #[schema(example = "call_start_invalid")]
    pub code: String,
}

/// What became of one record, in the order sent.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CallRecordResult {
    /// The record's position in `records`, from 0.
    pub index: usize,
    /// The record's `id` as sent.
    pub id: Option<String>,
    /// `accepted`, `duplicate` (stored before; nothing changed) or
    /// `refused`.
    #[schema(example = "accepted")]
    pub status: String,
    /// Switchboard's id of the stored record.
    pub record_id: Option<String>,
    /// The sub-client type the record was stored with.
    #[schema(example = "Mobile_Network")]
    pub sub_client_type: Option<String>,
    /// Why it was refused: the first finding's code.
    pub code: Option<String>,
    pub findings: Vec<RecordFindingBody>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CallRecordBatchResult {
    pub accepted: usize,
    pub duplicates: usize,
    pub refused: usize,
    pub results: Vec<CallRecordResult>,
}

fn result_body(index: usize, result: IngestResult) -> CallRecordResult {
    CallRecordResult {
        index,
        id: result.external_id,
        status: result.status.as_str().into(),
        record_id: result.record_id,
        sub_client_type: result.sub_client_type.map(|t| t.as_str().into()),
        code: result.findings.first().map(|f| f.code.as_str().into()),
        findings: result
            .findings
            .into_iter()
            .map(|f| RecordFindingBody {
                field: f.field.into(),
                code: f.code.as_str().into(),
            })
            .collect(),
    }
}

/// GO-16: the calling platform sends call records of one org. Idempotent
/// by each record's `id`: a batch sent again reports `duplicate` for every
/// record it had stored. Each record gets its own result; one refused
/// record does not stop the others.
#[utoipa::path(post, path = "/callRecords", tag = "callRecords", request_body = CallRecordBatch,
    responses((status = 200, body = CallRecordBatchResult),
        (status = 401, body = super::schema::ErrorBody),
        (status = 404, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn ingest_call_records(
    State(state): State<AppState>,
    CallRecordsSource(source): CallRecordsSource,
    ApiJson(batch): ApiJson<CallRecordBatch>,
) -> Result<Json<CallRecordBatchResult>, RestError> {
    let drafts = record_drafts(batch.records);
    let results = state
        .services
        .ingest_call_records(&source, &batch.org_id, drafts)
        .await?;
    let count = |status: IngestStatus| results.iter().filter(|r| r.status == status).count();
    Ok(Json(CallRecordBatchResult {
        accepted: count(IngestStatus::Accepted),
        duplicates: count(IngestStatus::Duplicate),
        refused: count(IngestStatus::Refused),
        results: results
            .into_iter()
            .enumerate()
            .map(|(index, result)| result_body(index, result))
            .collect(),
    }))
}

/// The report's filters as query parameters.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct CallRecordsQuery {
    pub org_id: String,
    /// First day, `YYYY-MM-DD` (UTC); with `to`, at most 31 days. Both
    /// absent: the last 7 days.
    pub from: Option<String>,
    /// Last day, included.
    pub to: Option<String>,
    /// A person's id, or text matched against their name and email.
    pub user: Option<String>,
    /// `Mobile_Network`, `Desktop`, `Mobile_App`, `Desk_Phone`, `Browser`
    /// or `Other`.
    pub sub_client_type: Option<String>,
    /// The `next` of the previous page.
    pub after: Option<String>,
    /// 1 to 200; 50 by default.
    pub limit: Option<u32>,
}

impl CallRecordsQuery {
    fn into_query(self) -> Result<CallHistoryQuery, ApiError> {
        let sub_client_type = match self.sub_client_type.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(
                SubClientType::parse(text)
                    .ok_or_else(|| ApiError::field("subClientType", Code::SubClientTypeUnknown))?,
            ),
        };
        Ok(CallHistoryQuery {
            org_id: self.org_id,
            from: self.from.unwrap_or_default(),
            to: self.to.unwrap_or_default(),
            user: self.user.unwrap_or_default(),
            sub_client_type,
            after: self.after,
            limit: self.limit,
        })
    }
}

/// A stored call record.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CallRecordOut {
    pub id: String,
    /// The platform's id of the record.
    pub external_id: String,
    #[schema(example = "2026-03-04T10:15:30Z")]
    pub start_time: String,
    pub duration_seconds: i64,
    #[schema(example = "TERMINATING")]
    pub direction: String,
    pub calling_number: Option<String>,
    pub called_number: Option<String>,
    pub user_id: Option<String>,
    /// The person's name and email when the record came in.
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub device_id: Option<String>,
    #[schema(example = "Mobile_Network")]
    pub sub_client_type: String,
}

fn record_out(row: CallRow) -> CallRecordOut {
    CallRecordOut {
        id: row.id,
        external_id: row.external_id,
        start_time: format_rfc3339(row.start_ms),
        duration_seconds: row.duration_seconds,
        direction: row.direction.as_str().into(),
        calling_number: row.calling_number,
        called_number: row.called_number,
        user_id: row.user_id,
        user_name: row.user_name,
        user_email: row.user_email,
        device_id: row.device_id,
        sub_client_type: row.sub_client_type.as_str().into(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct CallRecordList {
    pub items: Vec<CallRecordOut>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
    /// Calls matching the filters.
    pub total: u64,
    /// The range covered, `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
}

/// GO-16: the detailed call history of an org, newest first, page by page.
#[utoipa::path(get, path = "/callRecords", tag = "callRecords", params(CallRecordsQuery),
    responses((status = 200, body = CallRecordList),
        (status = 401, body = super::schema::ErrorBody),
        (status = 403, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_call_records(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    ApiQuery(query): ApiQuery<CallRecordsQuery>,
) -> Result<Json<CallRecordList>, RestError> {
    let page = state
        .services
        .call_history(&caller, query.into_query()?)
        .await?;
    Ok(Json(CallRecordList {
        items: page.calls.into_iter().map(record_out).collect(),
        next: page.next,
        total: page.total,
        from: page.from,
        to: page.to,
    }))
}

/// GO-16: every call the filters match as CSV (`after` and `limit` do not
/// apply), newest first, every cell safe to open in a spreadsheet. At most
/// 100,000 rows (`export_too_large`).
#[utoipa::path(get, path = "/callRecords/export", tag = "callRecords", params(CallRecordsQuery),
    responses((status = 200, description = "The calls", content_type = "text/csv"),
        (status = 403, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn export_call_records(
    State(state): State<AppState>,
    AnyCaller(caller): AnyCaller,
    ApiQuery(query): ApiQuery<CallRecordsQuery>,
) -> Result<impl IntoResponse, RestError> {
    let query = query.into_query()?;
    let csv = state
        .services
        .export_call_history_csv(&caller, query)
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"call-history.csv\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        csv,
    ))
}
