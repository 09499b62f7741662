//! Stable machine codes for every finding and error Switchboard reports.
//!
//! A code is the contract between the browser, the server, the public REST
//! API and the CLI (SPEC 5.3): the browser translates it, an automation
//! script branches on it, a CSV report prints it. Messages are translated and
//! may be reworded at any time; **a code never changes once released**. Add
//! new variants freely, never rename or remove one.
//!
//! The enum is deliberately exhaustive (not `#[non_exhaustive]`): the
//! translation tables in `app` match on it, so adding a code without a
//! message is a compile error rather than an untranslated string in the UI.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Serialize};

/// How serious a finding is.
///
/// An *error* blocks the row (or the request); a *warning* is reported but
/// the row is still applied (PH-4: a missing preferred Webex site only causes
/// meeting-site problems later, so it must not stop an import).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The row or request is refused.
    Error,
    /// Reported, but does not block.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`, as in the CLI's JSON output (SPEC 5.1).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Declares [`Code`], its string table and [`Code::ALL`] from one list, so a
/// variant can never exist without its wire string.
macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, )+) => {
        /// A stable, machine-readable finding or error code (SPEC 5.3).
        ///
        /// Serialized as its snake_case string (`"email_invalid"`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[$doc])* $variant, )+
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )+ ];

            /// The stable snake_case wire string.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Code::$variant => $text, )+
                }
            }
        }

        impl FromStr for Code {
            type Err = UnknownCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $( $text => Ok(Code::$variant), )+
                    _ => Err(UnknownCode(s.to_owned())),
                }
            }
        }
    };
}

codes! {
    // --- foundation: sessions, HTTP, generic ---------------------------------
    /// No valid session or API token.
    Unauthenticated = "unauthenticated",
    /// Sign-in failed. One code for "no such user" and "wrong password", so
    /// the response does not reveal which accounts exist.
    InvalidCredentials = "invalid_credentials",
    /// Too many attempts in a short time.
    RateLimited = "rate_limited",
    /// Authenticated, but the caller's role or tenancy does not allow this (T-2, T-3).
    Forbidden = "forbidden",
    /// The object does not exist, or is outside the caller's tenancy (T-4).
    NotFound = "not_found",
    /// The request failed the cross-site request forgery check.
    CsrfRejected = "csrf_rejected",
    /// The request body is larger than the server accepts.
    PayloadTooLarge = "payload_too_large",
    /// The request is malformed (not a validation finding on a field).
    BadRequest = "bad_request",
    /// An unexpected server failure; details are logged, never shown.
    Internal = "internal",

    // --- organizations and sites (SUB-3, SUB-8) ------------------------------
    /// An organization name is blank.
    OrgNameEmpty = "org_name_empty",
    /// An organization name is longer than allowed.
    OrgNameTooLong = "org_name_too_long",
    /// An organization name contains characters that are not allowed.
    OrgNameInvalid = "org_name_invalid",
    /// A Meetings site URL name is blank.
    SiteNameEmpty = "site_name_empty",
    /// A Meetings site URL name is longer than a DNS label allows.
    SiteNameTooLong = "site_name_too_long",
    /// A Meetings site URL name is not a valid DNS label.
    SiteNameInvalid = "site_name_invalid",
    /// Not an ISO 3166-1 country code.
    CountryUnknown = "country_unknown",
    /// Not one of the UI languages.
    LanguageUnknown = "language_unknown",
    /// A new password is shorter than allowed.
    PasswordTooShort = "password_too_short",
    /// A new password is longer than allowed.
    PasswordTooLong = "password_too_long",

    // --- CSV structure (SPEC 5.2) --------------------------------------------
    /// The file has no header row.
    FileEmpty = "file_empty",
    /// A required column is absent from the header.
    HeaderMissingColumn = "header_missing_column",
    /// The header has a column this import does not know.
    HeaderUnknownColumn = "header_unknown_column",
    /// The header names the same column twice.
    HeaderDuplicateColumn = "header_duplicate_column",
    /// The file has more data rows than an import accepts.
    TooManyRows = "too_many_rows",
    /// A row has a different number of fields from the header.
    RowWidthMismatch = "row_width_mismatch",
    /// The file is not valid UTF-8.
    NotUtf8 = "not_utf8",
    FileTooLarge = "file_too_large",

    // --- users rows (PH-4 … PH-7) --------------------------------------------
    /// The email (row key) is blank.
    EmailMissing = "email_missing",
    /// The email is not a valid address.
    EmailInvalid = "email_invalid",
    /// The same email (case-insensitive) appears on an earlier row.
    EmailDuplicateInFile = "email_duplicate_in_file",
    /// A boolean column holds something other than `TRUE`/`FALSE`.
    BooleanInvalid = "boolean_invalid",
    /// More than one package column is `TRUE`.
    PackageMultiple = "package_multiple",
    /// A calling package needs an extension or a phone number.
    ExtensionOrNumberMissing = "extension_or_number_missing",
    /// The extension is not a valid extension.
    ExtensionInvalid = "extension_invalid",
    /// The phone number is not a valid number.
    PhoneNumberInvalid = "phone_number_invalid",
    /// A calling package needs a location.
    LocationMissing = "location_missing",
    /// No location of the org has this name.
    LocationUnknown = "location_unknown",
    /// The `Jabber Calling` column is blank.
    JabberCallingMissing = "jabber_calling_missing",
    /// The `Jabber with Webex Teams` column is blank.
    JabberTeamsMissing = "jabber_teams_missing",
    /// The preferred Webex site is blank (a warning, PH-4).
    PreferredSiteMissing = "preferred_site_missing",
    /// A delete row (PH-6) names a user that does not exist.
    UserUnknownForDelete = "user_unknown_for_delete",
    /// The extension is already used in that location.
    ExtensionInUse = "extension_in_use",
    /// The phone number is already assigned.
    NumberInUse = "number_in_use",
    /// No license of that kind is left in the subscription.
    LicenseExhausted = "license_exhausted",

    // --- devices rows (GO-7, GO-8, PMD) --------------------------------------
    /// No user of the org has this username.
    UsernameUnknown = "username_unknown",
    /// The `Type` column is not `USER` (or another supported owner type).
    TypeInvalid = "type_invalid",
    /// The `Device Type` column is not a supported device type.
    DeviceTypeInvalid = "device_type_invalid",
    /// The model is not in the device catalog.
    ModelUnknown = "model_unknown",
    /// The MAC address is not a valid unicast MAC address.
    MacInvalid = "mac_invalid",
    /// The MAC address is already used (in the file or by another device).
    MacDuplicate = "mac_duplicate",
    /// A MAC address was given for a device that has none (Webex Go, GO-8).
    MacNotAllowed = "mac_not_allowed",
    /// The `Webex Go [Sub. …]` column is absent (GO-7).
    WebexGoColumnMissing = "webex_go_column_missing",
    /// The user lacks a Webex Calling Professional license (GO-1).
    NotCallingProfessional = "not_calling_professional",
    /// The user's location is not in an eligible country (GO-1).
    LocationNotEligible = "location_not_eligible",
    /// No Webex Go license is left in the subscription (GO-4).
    WebexGoLicenseExhausted = "webex_go_license_exhausted",
    /// More than one `Webex Go [Sub. …]` column of a row is `TRUE` (GO-8).
    WebexGoSubscriptionMultiple = "webex_go_subscription_multiple",
    /// A `Webex Go [Sub. …]` column names a subscription the org has no
    /// Webex Go licenses in (GO-7).
    WebexGoSubscriptionUnknown = "webex_go_subscription_unknown",
    /// The user already has a Webex Go line.
    WebexGoLineExists = "webex_go_line_exists",
    /// The row's location is not the user's location.
    LocationMismatch = "location_mismatch",
    /// The row's extension is not the user's extension.
    ExtensionMismatch = "extension_mismatch",
    /// The row's phone number is not the user's primary number.
    NumberMismatch = "number_mismatch",
    /// The user has no primary number, so the row must give one (GO-3).
    PhoneNumberMissing = "phone_number_missing",

    // --- workspaces (PMD-6 … PMD-8) ------------------------------------------
    /// The workspace name is blank.
    WorkspaceNameEmpty = "workspace_name_empty",
    /// The workspace name is longer than 30 characters (PMD-7).
    WorkspaceNameTooLong = "workspace_name_too_long",
    /// The workspace name contains a forbidden character (PMD-7).
    WorkspaceNameForbiddenCharacter = "workspace_name_forbidden_character",
    /// The workspace already holds as many devices as its license allows (PMD-8).
    WorkspaceDeviceLimit = "workspace_device_limit",

    // --- Webex Go activation (GO-10, GO-15) ----------------------------------
    /// A new code can be generated only while activation is pending (GO-10).
    ActivationNotPending = "activation_not_pending",
    /// No such activation code.
    ActivationCodeUnknown = "activation_code_unknown",
    /// The activation code is older than 90 days (GO-5).
    ActivationCodeExpired = "activation_code_expired",
    /// The activation code was already redeemed (GO-5).
    ActivationCodeUsed = "activation_code_used",
    /// A newer code replaced this one (GO-10).
    ActivationCodeSuperseded = "activation_code_superseded",
    /// The carrier reported a line disabled or enabled that was never
    /// activated on a phone (GO-15).
    LineNotActive = "line_not_active",

    // --- manual add (PH-2) ---------------------------------------------------
    /// More than 25 users in one manual add.
    TooManyUsers = "too_many_users",

    // --- directory: users, packages, locations, numbers (issue 3) -----------
    /// A required name is blank.
    NameMissing = "name_missing",
    /// A first, last or display name is longer than 64 characters.
    NameTooLong = "name_too_long",
    /// A name contains control characters.
    NameInvalid = "name_invalid",
    /// No package was chosen.
    PackageMissing = "package_missing",
    /// No package of the catalog has this key.
    PackageUnknown = "package_unknown",
    /// The org already has a user with this email.
    EmailInUse = "email_in_use",
    /// The phone number is not in the org's number inventory.
    NumberUnknown = "number_unknown",
    /// The phone number belongs to another location than the user's.
    NumberOtherLocation = "number_other_location",
    /// A location name is blank.
    LocationNameEmpty = "location_name_empty",
    /// A location name is longer than 80 characters.
    LocationNameTooLong = "location_name_too_long",
    /// A location name contains control characters.
    LocationNameInvalid = "location_name_invalid",
    /// The org already has a location with this name.
    LocationNameInUse = "location_name_in_use",
    /// The location still has users or numbers, so it cannot be deleted.
    LocationInUse = "location_in_use",
    /// The street line of an address is blank.
    AddressLineMissing = "address_line_missing",
    /// The city of an address is blank.
    CityMissing = "city_missing",
    /// An address field is longer than 100 characters.
    AddressFieldTooLong = "address_field_too_long",
    /// An address field contains control characters.
    AddressFieldInvalid = "address_field_invalid",
    /// The number is already in an inventory.
    NumberExists = "number_exists",
    /// A package or license display name is blank.
    CatalogNameEmpty = "catalog_name_empty",
    /// A package or license display name is longer than 60 characters.
    CatalogNameTooLong = "catalog_name_too_long",
    /// A package or license display name contains control characters.
    CatalogNameInvalid = "catalog_name_invalid",
    /// Another package (or license) already has this display name.
    CatalogNameInUse = "catalog_name_in_use",

    // --- users imports (issue 4) -----------------------------------------------
    /// Undo is offered for 24 hours after an import finished.
    UndoExpired = "undo_expired",
    /// Only a finished import can be undone, and only once.
    UndoNotAvailable = "undo_not_available",
    /// Undo left a row alone: a later change touched the same user.
    ChangedSinceImport = "changed_since_import",

    // --- detailed call history (GO-16) ---------------------------------------
    /// A call record is not an object of the ingest API's shape.
    CallRecordInvalid = "call_record_invalid",
    /// A call record's id (the platform's key) is blank, longer than 128
    /// characters or not printable ASCII.
    CallRecordIdInvalid = "call_record_id_invalid",
    /// A call record has no start time.
    CallStartMissing = "call_start_missing",
    /// A call record's start time is not an RFC 3339 date-time.
    CallStartInvalid = "call_start_invalid",
    /// A call record starts before 2000 or more than a day from now.
    CallStartOutOfRange = "call_start_out_of_range",
    /// A call's duration is missing, negative or longer than 24 hours.
    CallDurationInvalid = "call_duration_invalid",
    /// A call's direction is not `ORIGINATING` or `TERMINATING`.
    CallDirectionInvalid = "call_direction_invalid",
    /// A calling or called number is too long or holds control characters.
    CallNumberInvalid = "call_number_invalid",
    /// Not one of the sub-client types (`Mobile_Network`, `Desktop`, …).
    SubClientTypeUnknown = "sub_client_type_unknown",
    /// A call record names a user the org does not have.
    CallUserUnknown = "call_user_unknown",
    /// A call record names a device the org does not have.
    CallDeviceUnknown = "call_device_unknown",
    /// A call record's device belongs to another user than the one it names.
    CallDeviceUserMismatch = "call_device_user_mismatch",
    /// More call records in one request than the ingest API takes (1,000).
    CallRecordsTooMany = "call_records_too_many",
    /// A report date is not a date, or the range ends before it starts.
    DateRangeInvalid = "date_range_invalid",
    /// A report range is longer than 31 days.
    DateRangeTooLong = "date_range_too_long",
    /// A call history export would hold more rows than one file carries.
    ExportTooLarge = "export_too_large",

    // --- partner-managed SIP devices and workspaces (issue 6) ----------------
    /// The org lacks the Device Management integration entitlement (PMD-3).
    DeviceManagementNotEntitled = "device_management_not_entitled",
    /// The SIP-credential disclaimer was not acknowledged (PMD-1).
    DisclaimerNotAcknowledged = "disclaimer_not_acknowledged",
    /// The device is a Webex Go line, not a partner-managed SIP device.
    DeviceNotPartnerManaged = "device_not_partner_managed",
    /// Removing this user would leave a personal device without users (PMD-5).
    DeviceNeedsUser = "device_needs_user",
    /// A device catalog field (vendor, model, firmware) is blank, too long
    /// or holds control characters (PMD-2).
    DeviceCatalogFieldInvalid = "device_catalog_field_invalid",
    /// A device type's line count is not 1 to 16 (PMD-2).
    LineCountInvalid = "line_count_invalid",
    /// Not one of the room types (PMD-6).
    RoomTypeUnknown = "room_type_unknown",
    /// A workspace capacity is not a whole number from 1 to 999 (PMD-6).
    CapacityInvalid = "capacity_invalid",
    /// Not one of the workspace license types (PMD-6, PMD-8).
    WorkspaceLicenseUnknown = "workspace_license_unknown",
    /// More devices in one bulk request than the API takes (PMD-10).
    DevicesTooMany = "devices_too_many",

    // --- subscription provisioning (SUB-1 … SUB-9, issue 7) ------------------
    /// A subscription id is blank, longer than 64 characters or holds other
    /// characters than letters, digits, `-` and `_` (SUB-1).
    OrderSubscriptionIdInvalid = "order_subscription_id_invalid",
    /// An order has no services (SUB-1).
    OrderServicesEmpty = "order_services_empty",
    /// Not one of the services `meetings`, `calling`, `suite` (SUB-1).
    OrderServiceUnknown = "order_service_unknown",
    /// An order names the same service on two lines (SUB-1).
    OrderServiceDuplicate = "order_service_duplicate",
    /// A quantity is not a whole number from 1 to 100,000 (SUB-1).
    OrderQuantityInvalid = "order_quantity_invalid",
    /// An order with this subscription id is on file with other content (SUB-1).
    OrderConflict = "order_conflict",
    /// An org id is blank or not of the shape the portal issues (SUB-1, SUB-3).
    OrgIdInvalid = "org_id_invalid",
    /// Not one of the business verticals (SUB-3).
    BusinessVerticalUnknown = "business_vertical_unknown",
    /// The answer is for another step than the wizard is at (SUB-7: a stale tab).
    WizardStepMismatch = "wizard_step_mismatch",
    /// A saved wizard state cannot be read back (SUB-7).
    WizardStateInvalid = "wizard_state_invalid",
    /// Only an order for a customer can be left to the customer (SUB-6).
    CustomerSetupNotApplicable = "customer_setup_not_applicable",
    /// Not an IANA time zone name of the list (SUB-8).
    TimeZoneUnknown = "time_zone_unknown",
    /// A Meetings setup has no site (SUB-8).
    SitesEmpty = "sites_empty",
    /// More than 10 Meetings sites in one setup (SUB-8).
    SitesTooMany = "sites_too_many",
    /// Two sites of one setup have the same URL name (SUB-8).
    SiteNameDuplicate = "site_name_duplicate",
    /// Another site of the deployment already has this URL name (SUB-8).
    SiteNameTaken = "site_name_taken",
    /// With several sites, a site has no licenses (SUB-8).
    SiteLicensesInvalid = "site_licenses_invalid",
    /// The sites' licenses do not add up to the quantity ordered (SUB-8).
    LicenseSplitMismatch = "license_split_mismatch",
    /// The address is in another country than the headquarters (SUB-9).
    AddressCountryMismatch = "address_country_mismatch",
    /// A *Set up service* link is damaged, altered or not a setup link (SUB-1).
    SetupLinkInvalid = "setup_link_invalid",
    /// A *Set up service* link is older than its validity (SUB-1).
    SetupLinkExpired = "setup_link_expired",
    /// A newer *Set up service* link replaced this one, e.g. the order was
    /// handed to someone else (SUB-2).
    SetupLinkSuperseded = "setup_link_superseded",
    /// The customer org has no full admin to continue the setup (SUB-6).
    CustomerHasNoAdmin = "customer_has_no_admin",
    /// The caller holds no Provisioning admin label in this org (SUB-5).
    NotProvisioningAdmin = "not_provisioning_admin",
}

impl Code {
    /// The severity a finding with this code has unless a rule says otherwise.
    ///
    /// Only [`Code::PreferredSiteMissing`] is a warning (PH-4).
    pub const fn default_severity(self) -> Severity {
        match self {
            Self::PreferredSiteMissing => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that is not one of the [`Code`] strings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a known finding code")]
pub struct UnknownCode(pub String);

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl serde::de::Visitor<'_> for CodeVisitor {
            type Value = Code;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a finding code such as \"email_invalid\"")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Code, E> {
                v.parse()
                    .map_err(|_| E::unknown_variant(v, &["a finding code from SPEC 5.3"]))
            }
        }

        deserializer.deserialize_str(CodeVisitor)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_code_round_trips_through_its_string() {
        for &code in Code::ALL {
            assert_eq!(code.as_str().parse::<Code>(), Ok(code));
            assert_eq!(code.to_string(), code.as_str());
        }
    }

    #[test]
    fn all_code_strings_are_unique() {
        let strings: HashSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(strings.len(), Code::ALL.len());
    }

    #[test]
    fn code_strings_are_lower_snake_case() {
        for code in Code::ALL {
            let s = code.as_str();
            assert!(
                !s.is_empty()
                    && !s.starts_with('_')
                    && !s.ends_with('_')
                    && !s.contains("__")
                    && s.starts_with(|c: char| c.is_ascii_lowercase())
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{s}"
            );
        }
    }

    #[test]
    fn every_code_listed_in_spec_5_3_exists() {
        let spec = [
            "file_empty",
            "header_missing_column",
            "header_unknown_column",
            "header_duplicate_column",
            "too_many_rows",
            "row_width_mismatch",
            "not_utf8",
            "email_missing",
            "email_invalid",
            "email_duplicate_in_file",
            "boolean_invalid",
            "package_multiple",
            "extension_or_number_missing",
            "extension_invalid",
            "phone_number_invalid",
            "location_missing",
            "location_unknown",
            "jabber_calling_missing",
            "jabber_teams_missing",
            "preferred_site_missing",
            "user_unknown_for_delete",
            "extension_in_use",
            "number_in_use",
            "license_exhausted",
            "username_unknown",
            "type_invalid",
            "device_type_invalid",
            "model_unknown",
            "mac_invalid",
            "mac_duplicate",
            "mac_not_allowed",
            "webex_go_column_missing",
            "not_calling_professional",
            "location_not_eligible",
            "webex_go_license_exhausted",
            "workspace_name_empty",
            "workspace_name_too_long",
            "workspace_name_forbidden_character",
            "workspace_device_limit",
            "activation_not_pending",
            "activation_code_unknown",
            "activation_code_expired",
            "activation_code_used",
            "activation_code_superseded",
            "too_many_users",
        ];
        for s in spec {
            assert!(s.parse::<Code>().is_ok(), "missing code {s}");
        }
    }

    #[test]
    fn only_a_missing_preferred_site_is_a_warning() {
        let warnings: Vec<Code> = Code::ALL
            .iter()
            .copied()
            .filter(|c| c.default_severity() == Severity::Warning)
            .collect();
        assert_eq!(warnings, vec![Code::PreferredSiteMissing]);
    }

    #[test]
    fn an_unknown_code_string_is_refused() {
        assert_eq!(
            "email_bogus".parse::<Code>(),
            Err(UnknownCode("email_bogus".to_owned()))
        );
        assert!("EMAIL_INVALID".parse::<Code>().is_err());
    }

    #[test]
    fn a_code_serializes_as_its_snake_case_string() {
        assert_eq!(
            serde_json::to_string(&Code::WorkspaceNameTooLong).ok(),
            Some("\"workspace_name_too_long\"".to_owned())
        );
        let back: Result<Code, _> = serde_json::from_str("\"mac_invalid\"");
        assert_eq!(back.ok(), Some(Code::MacInvalid));
        assert!(serde_json::from_str::<Code>("\"nope\"").is_err());
    }

    #[test]
    fn severity_serializes_lowercase() {
        assert_eq!(
            serde_json::to_string(&Severity::Warning).ok(),
            Some("\"warning\"".to_owned())
        );
        assert_eq!(Severity::Error.to_string(), "error");
    }
}
