//! The one error type that crosses the wire.
//!
//! Policy: every failure a user can act on carries a stable [`Code`] (SPEC
//! 5.3) and, for form or file input, the findings that explain it. The UI
//! translates the code; `message` is an English fallback for logs and API
//! clients. Internal failures are logged on the server with detail and reach
//! the client only as `internal`, with no detail that could leak.
use domain::Code;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// One problem with one field of the input (or one cell of a file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldFinding {
    /// The row of a multi-row input (a form's rows, a file's data rows),
    /// counted from 0 for forms; absent for single-object input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    pub field: String,
    pub code: Code,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
    /// Always sent, empty or not: the REST API documents and SPEC 5.4
    /// promise `{code, message, findings}` (issue 8.7's schemathesis run
    /// caught errors without it).
    #[serde(default)]
    pub findings: Vec<FieldFinding>,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            findings: Vec::new(),
        }
    }

    /// A rejected input, with the finding for each bad field.
    pub fn invalid(findings: Vec<FieldFinding>) -> Self {
        let code = findings.first().map_or(Code::BadRequest, |f| f.code);
        Self {
            code,
            message: "the input is not valid".into(),
            findings,
        }
    }

    pub fn field(field: &str, code: Code) -> Self {
        Self::invalid(vec![FieldFinding {
            row: None,
            field: field.into(),
            code,
        }])
    }

    pub fn unauthenticated() -> Self {
        Self::new(Code::Unauthenticated, "sign in first")
    }

    pub fn forbidden() -> Self {
        Self::new(Code::Forbidden, "you do not have access to this")
    }

    pub fn not_found() -> Self {
        Self::new(Code::NotFound, "no such object")
    }

    pub fn internal() -> Self {
        Self::new(Code::Internal, "something went wrong on the server")
    }

    /// The HTTP status this error is sent with, by the server functions and
    /// the REST API alike.
    pub fn http_status(&self) -> u16 {
        status_for(self.code)
    }
}

/// HTTP status by code: 4xx for everything the caller can fix, 500 only for
/// our own failures.
pub fn status_for(code: Code) -> u16 {
    match code {
        Code::Unauthenticated | Code::InvalidCredentials => 401,
        Code::Forbidden | Code::CsrfRejected => 403,
        Code::NotFound => 404,
        Code::PayloadTooLarge => 413,
        Code::RateLimited => 429,
        Code::Internal => 500,
        Code::BadRequest | Code::SetupLinkInvalid => 400,
        // SUB-1: the same subscription id with other content.
        Code::OrderConflict => 409,
        // A link that was good once and is no more.
        Code::SetupLinkExpired | Code::SetupLinkSuperseded => 410,
        _ => 422,
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Raised in the browser (no network, bad response) or by a
            // request the server could not decode: the caller's side.
            ServerFnErrorErr::Request(detail)
            | ServerFnErrorErr::Deserialization(detail)
            | ServerFnErrorErr::Serialization(detail)
            | ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::MissingArg(detail)
            | ServerFnErrorErr::UnsupportedRequestMethod(detail) => {
                Self::new(Code::BadRequest, detail)
            }
            other => Self::new(Code::Internal, other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_api_error_serialises_as_code_message_and_findings_even_when_none() {
        let json = serde_json::to_value(ApiError::forbidden()).unwrap();
        assert_eq!(json["code"], "forbidden");
        assert!(json["message"].is_string());
        assert_eq!(json["findings"], serde_json::json!([]));
    }

    #[test]
    fn only_internal_errors_map_to_a_5xx_status() {
        for code in Code::ALL {
            let status = status_for(*code);
            assert_eq!(status >= 500, *code == Code::Internal, "{code}");
        }
    }
}
