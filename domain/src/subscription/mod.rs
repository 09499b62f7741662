//! Subscription provisioning (SUB-1 … SUB-9): the pure rules of the order
//! intake and of the setup wizard.
//!
//! - [`order`]: an order from the ordering system (SUB-1) and how a
//!   resent one is told from a conflicting one.
//! - [`wizard`]: the setup wizard as a state machine the server saves
//!   after every step (SUB-2 … SUB-7).
//! - [`org`]: the new-org form and the candidate list of SUB-3/SUB-4.
//! - [`meetings`]: Meetings sites and their license split (SUB-8).
//! - [`calling`]: the Calling headquarters location (SUB-9).
//!
//! Every form parser reports all of its problems at once as [`Finding`]s,
//! each naming the field as the form (or the ordering system's JSON)
//! spells it, so the UI can mark every bad field in one round trip.
//! What needs the database (does the org exist, is a site name taken in
//! the deployment, may this admin see this org) is the server's to check.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

pub mod calling;
pub mod meetings;
pub mod order;
pub mod org;
mod time_zone;
pub mod wizard;

pub use calling::{Headquarters, HeadquartersDraft};
pub use meetings::{MAX_SITES, MeetingSite, MeetingsSetup, MeetingsSetupDraft, SiteDraft};
pub use order::{
    MAX_QUANTITY, OrderDraft, OrderIntake, SUBSCRIPTION_ID_MAX_CHARS, ServiceKind, ServiceLine,
    ServiceLineDraft, SubscriptionId, SubscriptionOrder,
};
pub use org::{BusinessVertical, NewOrg, NewOrgDraft, OrgCandidate, OrgId};
pub use time_zone::TimeZone;
pub use wizard::{
    Handover, OrderFor, OrderForDraft, OrgChoice, OrgChoiceDraft, Step, StepAnswer,
    WIZARD_STATE_VERSION, WizardState, WizardStateError,
};

/// One problem with one field of a form or an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The field as the input spells it: `subscriptionId`,
    /// `services[1].quantity`, `sites[0].url_name`, `address.city`; a
    /// list's own name (`services`, `sites`) for a problem of the list as
    /// a whole.
    pub field: String,
    pub code: Code,
    /// The number the rule wanted, where the message needs it
    /// (`license_split_mismatch`: the quantity ordered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<u64>,
    /// The number the input had (`license_split_mismatch`: the sum of the
    /// sites' licenses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<u64>,
}

impl Finding {
    pub(crate) fn new(field: impl Into<String>, code: Code) -> Self {
        Self {
            field: field.into(),
            code,
            expected: None,
            actual: None,
        }
    }
}

/// Why a stored or received value did not deserialize: its parser's
/// findings. (Deserializing goes through the same parser as a form, so a
/// value that exists is valid.)
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Rejected(pub Vec<Finding>);

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("rejected:")?;
        for finding in &self.0 {
            write!(f, " {} ({})", finding.field, finding.code)?;
        }
        Ok(())
    }
}

/// `impl TryFrom<Draft> for Type` through `Type::parse`, for the types
/// whose serde form is their draft: reading one back runs the form's
/// checks.
macro_rules! parsed_from_draft {
    ($($ty:ty => $draft:ty),+ $(,)?) => {$(
        impl TryFrom<$draft> for $ty {
            type Error = $crate::subscription::Rejected;

            fn try_from(draft: $draft) -> Result<Self, Self::Error> {
                Self::parse(&draft).map_err($crate::subscription::Rejected)
            }
        }
    )+};
}
pub(crate) use parsed_from_draft;

/// `Display` as the type's `as_str` key.
macro_rules! display_as_str {
    ($($ty:ty),+ $(,)?) => {$(
        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )+};
}
pub(crate) use display_as_str;

/// An id type: a [`parse_id`] string, `code` when it is not one.
macro_rules! id_type {
    ($(#[$doc:meta])* $ty:ident, $code:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $ty(String);

        impl $ty {
            #[doc = concat!("Trimmed, 1 to 64 ASCII letters, digits, `-` and `_`; anything else is `", stringify!($code), "`.")]
            pub fn parse(input: &str) -> Result<Self, Code> {
                parse_id(input).map(|id| Self(id.to_owned())).ok_or($code)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $ty {
            type Error = Code;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$ty> for String {
            fn from(value: $ty) -> Self {
                value.0
            }
        }
    };
}
pub(crate) use id_type;

/// `parsed`, unless it repeats a value met earlier in the same list:
/// then `duplicate` is reported on `field` and the value is dropped.
pub(crate) fn first_occurrence<T: PartialEq + Clone>(
    parsed: Result<T, Code>,
    seen: &mut Vec<T>,
    field: String,
    duplicate: Code,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    match parsed {
        Ok(value) if seen.contains(&value) => {
            findings.push(Finding::new(field, duplicate));
            None
        }
        Ok(value) => {
            seen.push(value.clone());
            Some(value)
        }
        Err(code) => {
            findings.push(Finding::new(field, code));
            None
        }
    }
}

/// The longest id accepted from the ordering system or for an org: a UUID
/// has 36 characters; 64 leaves room for the ordering systems' own
/// formats without letting an id become a payload.
pub(crate) const ID_MAX_CHARS: usize = 64;

/// An external or internal id, trimmed: 1 to [`ID_MAX_CHARS`] ASCII
/// letters, digits, `-` and `_`. That covers UUIDs and `Sub-12345`, and
/// keeps ids safe in URLs, file names and log lines.
pub(crate) fn parse_id(input: &str) -> Option<&str> {
    let id = input.trim();
    let valid = !id.is_empty()
        && id.len() <= ID_MAX_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then_some(id)
}

/// Helpers of this module's tests.
#[cfg(test)]
pub(crate) mod test_support {
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use super::Finding;
    use crate::Code;

    /// The field and code of each finding of a refused parse; nothing for
    /// an accepted one.
    pub(crate) fn field_codes<T>(result: Result<T, Vec<Finding>>) -> Vec<(String, Code)> {
        result
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect()
    }

    /// Whether `value` reads back from its JSON as itself.
    pub(crate) fn round_trips<T: Serialize + DeserializeOwned + PartialEq>(value: &T) -> bool {
        serde_json::to_string(value)
            .ok()
            .and_then(|json| serde_json::from_str::<T>(&json).ok())
            .is_some_and(|back| back == *value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_and_ordering_system_ids_are_valid_ids() {
        for id in ["Sub-12345", "0195f3c2-7a1b-7c3d-9e8f-001122334455", "a_b"] {
            assert_eq!(parse_id(id), Some(id));
        }
        assert_eq!(parse_id(" Sub-1 "), Some("Sub-1"));
    }

    #[test]
    fn blank_long_or_punctuated_ids_are_invalid() {
        for id in [
            "",
            "  ",
            "Sub 1",
            "Sub/1",
            "Sub-1;drop",
            "ünï",
            &"a".repeat(65),
        ] {
            assert_eq!(parse_id(id), None, "{id:?}");
        }
        assert!(parse_id(&"a".repeat(64)).is_some());
    }

    #[test]
    fn a_finding_without_numbers_serializes_as_field_and_code() {
        let json = serde_json::to_string(&Finding::new("services", Code::OrderServicesEmpty));
        assert_eq!(
            json.ok(),
            Some(r#"{"field":"services","code":"order_services_empty"}"#.into())
        );
    }

    #[test]
    fn rejected_names_every_field_and_code() {
        let rejected = Rejected(vec![
            Finding::new("name", Code::OrgNameEmpty),
            Finding::new("country", Code::CountryUnknown),
        ]);
        assert_eq!(
            rejected.to_string(),
            "rejected: name (org_name_empty) country (country_unknown)"
        );
    }
}
