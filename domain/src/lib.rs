//! Switchboard's shared vocabulary: the value types and finding codes that
//! the browser (`app`, compiled to wasm), the server, the public API and the
//! CLI all speak.
//!
//! # The rules of this crate
//!
//! - **Pure.** No I/O, no clock, no global state, and no randomness that
//!   can change a result (hash maps are seeded, as std's are, which only
//!   moves keys within a map). Every
//!   function is a function of its arguments, so the browser and the server
//!   reach the same verdict on the same input (T-4: the server re-runs every
//!   browser check with this very code).
//! - **Tiny.** Dependencies are `serde`, `thiserror` and `csv` only. This crate is in
//!   the wasm bundle, so no `regex`, no `phonenumber`, no Leptos; it must
//!   build for `wasm32-unknown-unknown` and native alike.
//! - **Valid by construction.** Each type's only constructor is `parse` (or
//!   `parse_with`); fields are private. An [`Email`] or a [`MacAddress`] that
//!   exists is valid and normalised, so code past the boundary never checks
//!   again. Deserializing goes through the same `parse`.
//! - **Stable codes.** Every error has `code() -> Code`. A [`Code`] is a
//!   contract (SPEC 5.3): its string never changes once released, while the
//!   English `Display` messages here are for logs and the CLI and may be
//!   reworded; the UI translates by code.
//! - **No panics.** No `unwrap`/`expect` outside tests; parsers are
//!   property-tested against arbitrary input.
//!
//! # Example
//!
//! ```
//! use domain::{Code, Country, MacAddress, PhoneNumber, WorkspaceName};
//!
//! // The seed row of GO-8: a US location's number in national format.
//! let number = PhoneNumber::parse("231-456-9000", Some(Country::US))?;
//! assert_eq!(number.as_e164(), "+12314569000");
//! assert_eq!(number.format_national(), "(231) 456-9000");
//!
//! let mac = MacAddress::parse("001a.2b3c.4d5e")?;
//! assert_eq!(mac.as_str(), "001A2B3C4D5E");
//!
//! // PMD-7: a finding carries a stable code.
//! let err = WorkspaceName::parse("Room #1").unwrap_err();
//! assert_eq!(err.code(), Code::WorkspaceNameForbiddenCharacter);
//! assert_eq!(err.code().as_str(), "workspace_name_forbidden_character");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod call_history;
pub mod catalog;
mod code;
mod country;
pub mod devices_csv;
mod email;
mod extension;
mod hash;
mod language;
mod location;
mod mac;
mod names;
pub mod partner_devices;
mod password;
mod person;
mod phone;
mod role;
pub mod subscription;
pub mod tenancy;
mod text;
pub mod user;
pub mod users_csv;
pub mod webex_go;
pub mod workspace;
mod workspace_name;

pub use catalog::{CatalogKind, CatalogName};
pub use code::{Code, Severity, UnknownCode};
pub use country::{Country, CountryError};
pub use email::{Email, EmailError};
pub use extension::{Extension, ExtensionError, ExtensionRules};
pub use language::{Language, LanguageError};
pub use location::{
    ADDRESS_FIELD_MAX_CHARS, Address, AddressDraft, AddressField, LOCATION_NAME_MAX_CHARS,
    LocationName,
};
pub use mac::{MacAddress, MacError};
pub use names::{
    ORG_NAME_MAX_CHARS, OrgName, OrgNameError, SITE_DOMAIN, SITE_NAME_MAX_LEN, SITE_NAME_MIN_LEN,
    SiteName, SiteNameError,
};
pub use password::{NewPassword, NewPasswordError};
pub use person::{PERSON_NAME_MAX_CHARS, PersonName, PersonNameError};
pub use phone::{PhoneNumber, PhoneNumberError};
pub use role::{Role, UnknownRole};
pub use user::UserStatus;
pub use workspace::{Capacity, RoomType, WorkspaceLicense};
pub use workspace_name::{WorkspaceName, WorkspaceNameError};

/// Limits, exported for UIs that show them (`maxlength`, hints).
pub mod limits {
    pub use crate::catalog::CATALOG_NAME_MAX_CHARS;
    pub use crate::email::{MAX_LEN as EMAIL_MAX_LEN, MAX_LOCAL_LEN as EMAIL_MAX_LOCAL_LEN};
    pub use crate::location::{ADDRESS_FIELD_MAX_CHARS, LOCATION_NAME_MAX_CHARS};
    pub use crate::names::{ORG_NAME_MAX_CHARS, SITE_NAME_MAX_LEN, SITE_NAME_MIN_LEN};
    pub use crate::password::{MAX_CHARS as PASSWORD_MAX_CHARS, MIN_CHARS as PASSWORD_MIN_CHARS};
    pub use crate::person::PERSON_NAME_MAX_CHARS;
    pub use crate::subscription::{
        MAX_QUANTITY as ORDER_MAX_QUANTITY, MAX_SITES as MEETINGS_MAX_SITES,
        SUBSCRIPTION_ID_MAX_CHARS,
    };
    pub use crate::user::MANUAL_ADD_MAX_USERS;
    pub use crate::workspace_name::{
        FORBIDDEN as WORKSPACE_NAME_FORBIDDEN, MAX_CHARS as WORKSPACE_NAME_MAX_CHARS,
    };
}
