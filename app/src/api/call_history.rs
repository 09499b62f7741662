//! Detailed call history (GO-16) as it crosses the wire: the report's
//! query and page, and its server function. The CSV export is the REST
//! endpoint [`CallHistoryQuery::export_path`] names (a download, not JSON).
use domain::call_history::{Direction, SubClientType};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::ApiError;

/// The report's filters and page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallHistoryQuery {
    pub org_id: String,
    /// First day, `YYYY-MM-DD` (UTC). With `to` empty too: the last 7 days.
    #[serde(default)]
    pub from: String,
    /// Last day, included; at most 31 days after `from`.
    #[serde(default)]
    pub to: String,
    /// A user id, or text matched against the user's name and email.
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub sub_client_type: Option<SubClientType>,
    /// The `next` cursor of the previous page.
    #[serde(default)]
    pub after: Option<String>,
    /// Rows per page: 1 to 200, 50 by default.
    #[serde(default)]
    pub limit: Option<u32>,
}

/// Percent-encodes a query value.
fn query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

impl CallHistoryQuery {
    /// The CSV export of the same filters (every page), as a same-origin
    /// link: the session cookie authenticates it.
    pub fn export_path(&self) -> String {
        let mut path = format!(
            "/api/v1/callRecords/export?orgId={}&from={}&to={}",
            query_value(&self.org_id),
            query_value(&self.from),
            query_value(&self.to)
        );
        if !self.user.trim().is_empty() {
            path.push_str("&user=");
            path.push_str(&query_value(self.user.trim()));
        }
        if let Some(kind) = self.sub_client_type {
            path.push_str("&subClientType=");
            path.push_str(kind.as_str());
        }
        path
    }
}

/// One call of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallRow {
    pub id: String,
    /// The calling platform's id of the record.
    pub external_id: String,
    pub start_ms: i64,
    pub duration_seconds: i64,
    pub direction: Direction,
    pub calling_number: Option<String>,
    pub called_number: Option<String>,
    pub user_id: Option<String>,
    /// The user's name and email when the record came in.
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub device_id: Option<String>,
    /// GO-16: `Mobile_Network` for a call on a Webex Go line.
    pub sub_client_type: SubClientType,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallHistoryPage {
    pub calls: Vec<CallRow>,
    /// The cursor of the next page; `None` on the last page.
    pub next: Option<String>,
    /// Calls matching the filters.
    pub total: u64,
    /// The range the page covers (the default one when none was asked).
    pub from: String,
    pub to: String,
}

/// GO-16: a page of the org's detailed call history, newest first.
#[server(endpoint = "call_history", input = Json)]
pub async fn call_history(query: CallHistoryQuery) -> Result<CallHistoryPage, ApiError> {
    let (portal, req) = super::ssr::portal()?;
    super::ssr::reply(portal.call_history(&req, query).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_link_carries_the_report_filters() {
        let query = CallHistoryQuery {
            org_id: "org-1".into(),
            from: "2026-03-01".into(),
            to: "2026-03-04".into(),
            user: " Blake Morgan ".into(),
            sub_client_type: Some(SubClientType::MobileNetwork),
            ..CallHistoryQuery::default()
        };
        assert_eq!(
            query.export_path(),
            "/api/v1/callRecords/export?orgId=org-1&from=2026-03-01&to=2026-03-04\
             &user=Blake%20Morgan&subClientType=Mobile_Network"
        );
    }
}
