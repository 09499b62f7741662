//! Every JSON request body of the REST API, decoded by the decoder the
//! handlers use ([`super::ApiJson`] is axum's `Json`), then taken through
//! the handler's own conversion and the `domain` parsers the services apply
//! first, with no store and no caller (issue 8.4).
//!
//! The fuzz target `rest_json` (`server/fuzz`) feeds this arbitrary bytes:
//! an `Err` is an answer the API would give, a panic or a hang is a bug.

use app::api::ApiError;
use axum::Json;
use domain::{
    Address, Capacity, Country, Extension, LocationName, MacAddress, PhoneNumber, RoomType,
    WorkspaceLicense, WorkspaceName,
    call_history::CallRecord,
    catalog::CatalogName,
    devices_csv::{DeviceFileKeys, check_devices_file},
    subscription::{OrderDraft, SubscriptionOrder},
    user::{OrgDirectory, PackageRules, validate_manual_add},
    users_csv::FileKeys,
    webex_go::ActivationCode,
};
use serde::de::DeserializeOwned;

use super::{
    call_records::{CallRecordBatch, record_drafts},
    carrier::{LineEvent, Redemption, carrier_event},
    device_imports::DeviceImportRequest,
    devices::WebexGoCreate,
    directory::{first_number, location_input, user_draft},
    partner_devices::{BulkDevices, MacValidation, actions},
    schema::{CatalogRename, LocationWrite, NumbersCreate, PersonCreate, PersonUpdate},
    workspaces::{WorkspaceCreate, workspace_input},
};

/// The request bodies, by the operation that takes them; a body's index
/// here is what [`decode_request_body`] takes.
pub const REQUEST_BODIES: [&str; 17] = [
    "POST /callRecords",
    "POST /carrier/activations",
    "POST /carrier/lines/{lineId}/events",
    "PUT /catalog/{kind}/{key}",
    "POST /devices/imports/facts",
    "POST /devices/imports",
    "POST /devices/webexGo",
    "POST /people",
    "PUT /people/{id}",
    "POST /locations (and PUT)",
    "POST /numbers",
    "POST /organizations/{id}/imports/users/facts",
    "POST /imports/{id}/apply",
    "POST /orders",
    "POST /devices/partnerManaged/validateMacs",
    "POST /devices/partnerManaged/bulk",
    "POST /workspaces",
];

/// A received time for call records: a fixed instant keeps the target
/// deterministic (2026-01-01T00:00:00Z).
const NOW_MS: i64 = 1_767_225_600_000;

/// An org with one package of each kind and a location in the US, for the
/// manual add's rules.
struct FixedDirectory;

impl OrgDirectory for FixedDirectory {
    fn package(&self, key: &str) -> Option<PackageRules> {
        match key {
            "webex_calling" => Some(PackageRules {
                needs_calling: true,
            }),
            "webex_meetings" => Some(PackageRules {
                needs_calling: false,
            }),
            _ => None,
        }
    }

    fn location_country(&self, location_id: &str) -> Option<Country> {
        (location_id == "loc-us").then_some(Country::US)
    }
}

/// Decodes as `ApiJson` does, with its error.
fn json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    Json::<T>::from_bytes(bytes)
        .map(|Json(value)| value)
        .map_err(|rejection| ApiError::new(domain::Code::BadRequest, rejection.body_text()))
}

/// A refusal with a field's code, for the parsers that return a bare code.
fn refused(field: &str, code: domain::Code) -> ApiError {
    ApiError::field(field, code)
}

/// Decodes body `index` of [`REQUEST_BODIES`] from `bytes` and converts it
/// as far as the API goes without a store; `not_found` past the last.
pub fn decode_request_body(index: usize, bytes: &[u8]) -> Result<(), ApiError> {
    match index {
        0 => {
            let batch: CallRecordBatch = json(bytes)?;
            for draft in record_drafts(batch.records).into_iter().flatten() {
                let _ = CallRecord::parse(&draft, NOW_MS);
            }
        }
        1 => {
            let body: Redemption = json(bytes)?;
            ActivationCode::parse(&body.activation_code)
                .map_err(|code| refused("activationCode", code))?;
        }
        2 => {
            let body: LineEvent = json(bytes)?;
            carrier_event(&body.event)?;
        }
        3 => {
            let body: CatalogRename = json(bytes)?;
            if let Some(name) = body.name {
                CatalogName::parse(&name).map_err(|code| refused("name", code))?;
            }
        }
        4 => {
            json::<DeviceFileKeys>(bytes)?;
        }
        5 => {
            let body: DeviceImportRequest = json(bytes)?;
            check_devices_file(body.csv.as_bytes(), None);
        }
        6 => {
            let body: WebexGoCreate = json(bytes)?;
            if let Some(number) = body.phone_number {
                PhoneNumber::parse(&number, Some(Country::US))
                    .map_err(|e| refused("phoneNumber", e.code()))?;
            }
        }
        7 => {
            let draft = user_draft(json::<PersonCreate>(bytes)?)?;
            validate_manual_add(&[draft], &FixedDirectory).map_err(|found| {
                refused(
                    "emails",
                    found.first().map_or(domain::Code::BadRequest, |f| f.code),
                )
            })?;
        }
        8 => {
            let body: PersonUpdate = json(bytes)?;
            let number = first_number(&body.phone_numbers);
            if !number.is_empty() {
                PhoneNumber::parse(&number, Some(Country::US))
                    .map_err(|e| refused("phoneNumbers", e.code()))?;
            }
        }
        9 => {
            let input = location_input("org", json::<LocationWrite>(bytes)?);
            LocationName::parse(&input.name).map_err(|code| refused("name", code))?;
            Address::parse(&input.address).map_err(|found| {
                refused(
                    "address",
                    found.first().map_or(domain::Code::BadRequest, |f| f.1),
                )
            })?;
        }
        10 => {
            let body: NumbersCreate = json(bytes)?;
            for number in &body.phone_numbers {
                PhoneNumber::parse(number, Some(Country::US))
                    .map_err(|e| refused("phoneNumbers", e.code()))?;
            }
        }
        11 => {
            json::<FileKeys>(bytes)?;
        }
        12 => {
            json::<app::api::ApplyImport>(bytes)?;
        }
        13 => {
            let draft: OrderDraft = json(bytes)?;
            SubscriptionOrder::parse(&draft).map_err(|found| {
                refused(
                    "order",
                    found.first().map_or(domain::Code::BadRequest, |f| f.code),
                )
            })?;
        }
        14 => {
            let body: MacValidation = json(bytes)?;
            for mac in &body.macs {
                let _ = MacAddress::parse(mac);
            }
        }
        15 => {
            let body: BulkDevices = json(bytes)?;
            for item in &body.items {
                let _ = MacAddress::parse(&item.mac);
            }
            actions(body.items)?;
        }
        16 => {
            let input = workspace_input("org".into(), json::<WorkspaceCreate>(bytes)?);
            WorkspaceName::parse(&input.name).map_err(|e| refused("displayName", e.code()))?;
            RoomType::parse(&input.room_type).map_err(|code| refused("roomType", code))?;
            Capacity::parse(&input.capacity).map_err(|code| refused("capacity", code))?;
            WorkspaceLicense::parse(&input.license).map_err(|code| refused("license", code))?;
            MacAddress::parse(&input.device.mac).map_err(|e| refused("mac", e.code()))?;
            PhoneNumber::parse(&input.phone_number, Some(Country::US))
                .map_err(|e| refused("phoneNumber", e.code()))?;
            if let Some(extension) = &input.extension {
                Extension::parse(extension).map_err(|e| refused("extension", e.code()))?;
            }
        }
        _ => return Err(ApiError::not_found()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 8.4: what the fuzz target relies on. A well-formed body of
    /// each kind gets through, a broken one is a 400, never a 500.
    #[test]
    fn every_request_body_decodes_as_its_handler_does_and_broken_json_is_a_bad_request() {
        let accepted: [(usize, &str); 6] = [
            (1, r#"{"activationCode":"7k3qd m9xwf 2hrtb 8vnpc 4gzja"}"#),
            (2, r#"{"event":"removed"}"#),
            (
                7,
                r#"{"emails":["ann@example.com"],"package":"webex_meetings"}"#,
            ),
            (
                10,
                r#"{"locationId":"loc-us","phoneNumbers":["231-456-9000"]}"#,
            ),
            (12, r#"{"mode":"default"}"#),
            (14, r#"{"macs":["00:1a:2b:3c:4d:5e","nonsense"]}"#),
        ];
        for (index, body) in accepted {
            assert!(
                decode_request_body(index, body.as_bytes()).is_ok(),
                "{}",
                REQUEST_BODIES[index]
            );
        }
        for (index, operation) in REQUEST_BODIES.iter().enumerate() {
            // Not among them: a huge number in an unknown field (valid
            // JSON; an ignored field is not range-checked) and `[]` (serde
            // reads an empty array as a body whose fields all default).
            for broken in [&b"{"[..], b"", b"null", b"42", b"\xff", b"{\"a\":"] {
                let decoded = decode_request_body(index, broken);
                let shown = String::from_utf8_lossy(broken);
                let error = decoded.expect_err(&format!("{operation} accepted {shown:?}"));
                assert_eq!(error.http_status(), 400, "{operation}");
            }
        }
        let refused = decode_request_body(2, br#"{"event":"exploded"}"#).unwrap_err();
        assert_eq!(refused.code, domain::Code::BadRequest);
        let two = br#"{"emails":["a@example.com","b@example.com"],"package":"webex_meetings"}"#;
        assert_eq!(
            decode_request_body(7, two).unwrap_err().code,
            domain::Code::EmailMissing
        );
        assert_eq!(
            decode_request_body(REQUEST_BODIES.len(), b"{}")
                .unwrap_err()
                .http_status(),
            404
        );
    }
}
