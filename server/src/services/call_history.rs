//! Detailed call history (GO-16): the calling platform's ingest, behind a
//! machine credential of kind `call_records`, and the admins' report and
//! CSV export, behind the tenancy guard (T-3: read access to the org).
use app::api::{ApiError, CallHistoryPage, CallHistoryQuery, CallRow};
use domain::{
    Code,
    call_history::{
        CallRecord, CallRecordDraft, ExportRow, MAX_BATCH_RECORDS, MAX_EXPORT_ROWS, RecordFinding,
        ReportCursor, ReportRange, SubClientType, page_rows, write_csv,
    },
};

use super::Services;
use crate::{
    auth::secret,
    store::{CallListQuery, CallRecordRow, IngestOutcome, MachineKind, MachineRecord, now_ms},
    tenancy::{Caller, Need, guard},
};

/// Longest user filter: a name or an email address, with room.
const USER_FILTER_MAX_CHARS: usize = 200;

/// Rows fetched per query while an export is written.
const EXPORT_PAGE_ROWS: i64 = 5_000;

/// What became of one record of an ingest request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestStatus {
    Accepted,
    Duplicate,
    Refused,
}

impl IngestStatus {
    pub const fn as_str(&self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::Duplicate => "duplicate",
            Self::Refused => "refused",
        }
    }
}

/// One record's result, in the order the records were sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestResult {
    /// The record's external id, as sent (when it had one).
    pub external_id: Option<String>,
    pub status: IngestStatus,
    /// Switchboard's id of the stored record (accepted or duplicate).
    pub record_id: Option<String>,
    /// The sub-client type it was stored with (accepted).
    pub sub_client_type: Option<SubClientType>,
    /// Why it was refused (the first finding's code leads).
    pub findings: Vec<RecordFinding>,
}

impl IngestResult {
    fn refused(external_id: Option<String>, findings: Vec<RecordFinding>) -> Self {
        Self {
            external_id,
            status: IngestStatus::Refused,
            record_id: None,
            sub_client_type: None,
            findings,
        }
    }
}

fn call_row(row: CallRecordRow) -> CallRow {
    CallRow {
        id: row.id,
        external_id: row.external_id,
        start_ms: row.start_ms,
        duration_seconds: row.duration_seconds,
        direction: row.direction,
        calling_number: row.calling_number,
        called_number: row.called_number,
        user_id: row.user_id,
        user_name: row.user_name,
        user_email: row.user_email,
        device_id: row.device_id,
        sub_client_type: row.sub_client_type,
    }
}

/// The report's filters, checked.
struct Filters {
    range: ReportRange,
    user: String,
    sub_client_type: Option<SubClientType>,
}

fn filters(query: &CallHistoryQuery, now: i64) -> Result<Filters, ApiError> {
    let range = if query.from.trim().is_empty() && query.to.trim().is_empty() {
        ReportRange::ending_at(now)
    } else {
        ReportRange::parse(&query.from, &query.to).map_err(|f| ApiError::field(f.field, f.code))?
    };
    let user = query.user.trim();
    if user.chars().count() > USER_FILTER_MAX_CHARS {
        return Err(ApiError::field("user", Code::BadRequest));
    }
    Ok(Filters {
        range,
        user: user.to_owned(),
        sub_client_type: query.sub_client_type,
    })
}

impl Services {
    /// The calling platform behind a machine credential of kind
    /// `call_records`, or `unauthenticated` (a carrier's credential opens
    /// only the carrier API).
    pub async fn require_call_records_source(
        &self,
        token: &str,
    ) -> Result<MachineRecord, ApiError> {
        self.store
            .use_machine_credential(MachineKind::CallRecords, &secret::token_hash(token))
            .await?
            .ok_or_else(ApiError::unauthenticated)
    }

    /// GO-16: stores a batch of call records of one org. Each record is
    /// checked with `domain` (a refused record does not stop the others)
    /// and stored at most once by its external id, so a platform that
    /// retries a batch changes nothing. `None` in `drafts`: a record that
    /// was not an object of the API's shape.
    pub async fn ingest_call_records(
        &self,
        source: &MachineRecord,
        org_id: &str,
        drafts: Vec<Option<CallRecordDraft>>,
    ) -> Result<Vec<IngestResult>, ApiError> {
        if drafts.len() > MAX_BATCH_RECORDS {
            return Err(ApiError::field("records", Code::CallRecordsTooMany));
        }
        let org = self
            .store
            .org(org_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let now = now_ms();
        let mut results: Vec<Option<IngestResult>> = Vec::with_capacity(drafts.len());
        let mut valid = Vec::new();
        let mut positions = Vec::new();
        for (index, draft) in drafts.iter().enumerate() {
            let Some(draft) = draft else {
                results.push(Some(IngestResult::refused(
                    None,
                    vec![RecordFinding {
                        field: "record",
                        code: Code::CallRecordInvalid,
                    }],
                )));
                continue;
            };
            match CallRecord::parse(draft, now) {
                Ok(record) => {
                    valid.push(record);
                    positions.push(index);
                    results.push(None);
                }
                Err(findings) => {
                    results.push(Some(IngestResult::refused(draft.id.clone(), findings)));
                }
            }
        }
        let outcomes = self.store.ingest_call_records(&org.id, &valid).await?;
        let mut accepted = 0;
        for ((record, index), outcome) in valid.iter().zip(positions).zip(outcomes) {
            let external_id = Some(record.external_id().to_owned());
            results[index] = Some(match outcome {
                IngestOutcome::Accepted {
                    id,
                    sub_client_type,
                } => {
                    accepted += 1;
                    IngestResult {
                        external_id,
                        status: IngestStatus::Accepted,
                        record_id: Some(id),
                        sub_client_type: Some(sub_client_type),
                        findings: Vec::new(),
                    }
                }
                IngestOutcome::Duplicate { id } => IngestResult {
                    external_id,
                    status: IngestStatus::Duplicate,
                    record_id: Some(id),
                    sub_client_type: None,
                    findings: Vec::new(),
                },
                IngestOutcome::Refused(findings) => IngestResult::refused(external_id, findings),
            });
        }
        tracing::info!(
            source = %source.name,
            org = %org.id,
            records = drafts.len(),
            accepted,
            "call records ingested"
        );
        Ok(results.into_iter().flatten().collect())
    }

    /// GO-16: a page of the org's calls, newest first.
    pub async fn call_history(
        &self,
        caller: &Caller,
        query: CallHistoryQuery,
    ) -> Result<CallHistoryPage, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        let filters = filters(&query, now_ms())?;
        let after = match query.after.as_deref() {
            None | Some("") => None,
            Some(text) => {
                let cursor = ReportCursor::parse(text)
                    .ok_or_else(|| ApiError::field("after", Code::BadRequest))?;
                Some((cursor.start_ms, cursor.id))
            }
        };
        let limit = page_rows(query.limit);
        let (mut rows, total) = self
            .store
            .list_call_records(
                &scope.org.id,
                &CallListQuery {
                    start_ms: filters.range.start_ms(),
                    end_ms: filters.range.end_ms(),
                    user: &filters.user,
                    sub_client_type: filters.sub_client_type,
                    after,
                    limit: i64::from(limit) + 1,
                },
                true,
            )
            .await?;
        let next = if rows.len() > limit as usize {
            rows.truncate(limit as usize);
            rows.last().map(|r| {
                ReportCursor {
                    start_ms: r.start_ms,
                    id: r.id.clone(),
                }
                .to_string()
            })
        } else {
            None
        };
        Ok(CallHistoryPage {
            calls: rows.into_iter().map(call_row).collect(),
            next,
            total: total
                .and_then(|n| u64::try_from(n).ok())
                .unwrap_or_default(),
            from: filters.range.from_date(),
            to: filters.range.to_date(),
        })
    }

    /// GO-16: every call the filters match, as CSV, newest first; refused
    /// (`export_too_large`) past [`MAX_EXPORT_ROWS`].
    pub async fn export_call_history_csv(
        &self,
        caller: &Caller,
        query: CallHistoryQuery,
    ) -> Result<String, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        let filters = filters(&query, now_ms())?;
        let mut list = CallListQuery {
            start_ms: filters.range.start_ms(),
            end_ms: filters.range.end_ms(),
            user: &filters.user,
            sub_client_type: filters.sub_client_type,
            after: None,
            limit: EXPORT_PAGE_ROWS,
        };
        let mut rows = Vec::new();
        loop {
            let first = list.after.is_none();
            let (page, total) = self
                .store
                .list_call_records(&scope.org.id, &list, first)
                .await?;
            if total.is_some_and(|n| u64::try_from(n).unwrap_or(u64::MAX) > MAX_EXPORT_ROWS) {
                return Err(ApiError::field("to", Code::ExportTooLarge));
            }
            let full = page.len() as i64 == EXPORT_PAGE_ROWS;
            list.after = page.last().map(|r| (r.start_ms, r.id.clone()));
            rows.extend(page.into_iter().map(|r| ExportRow {
                start_ms: r.start_ms,
                user_name: r.user_name,
                user_email: r.user_email,
                direction: r.direction.as_str(),
                calling_number: r.calling_number,
                called_number: r.called_number,
                duration_seconds: r.duration_seconds,
                sub_client_type: r.sub_client_type.as_str(),
                device_id: r.device_id,
                external_id: r.external_id,
            }));
            if !full || rows.len() as u64 >= MAX_EXPORT_ROWS {
                break;
            }
        }
        Ok(write_csv(rows))
    }
}
