//! The REST API's JSON shapes. Field names follow the imitated product's
//! public API (`emails`, `firstName`, `displayName`, `locationId`,
//! `phoneNumbers`, `orgId`), so scripts written for it need few changes.
//! Each type documents itself in the OpenAPI document through `ToSchema`.
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// An error: a stable code (SPEC 5.3), a message in the request's
/// `Accept-Language`, and for bad input the finding of each field.
#[derive(Serialize, ToSchema)]
#[allow(dead_code)] // documents `app::api::ApiError`, which is what is sent
pub struct ErrorBody {
    #[schema(example = "email_invalid")]
    pub code: String,
    pub message: String,
    pub findings: Vec<FindingBody>,
}

#[derive(Serialize, ToSchema)]
#[allow(dead_code)]
pub struct FindingBody {
    /// The item of a list input, from 0.
    pub row: Option<u32>,
    #[schema(example = "email")]
    pub field: String,
    #[schema(example = "email_invalid")]
    pub code: String,
}

/// Per-item findings of a bulk response (PMD-10) use the error body's form.
impl From<app::api::FieldFinding> for FindingBody {
    fn from(finding: app::api::FieldFinding) -> Self {
        FindingBody {
            row: finding.row,
            field: finding.field,
            code: finding.code.as_str().to_owned(),
        }
    }
}

/// Which org a request is about; the caller's own org when absent.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct OrgParam {
    pub org_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub display_name: String,
    /// The caller's role in it, when the caller holds one there directly.
    pub role: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct OrganizationList {
    pub items: Vec<Organization>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct PhoneNumberEntry {
    #[serde(rename = "type")]
    #[schema(example = "work")]
    pub kind: String,
    #[schema(example = "+12314569000")]
    pub value: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: String,
    pub emails: Vec<String>,
    pub display_name: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub org_id: String,
    /// The package's catalog key (`webex_calling`, `webex_meetings`, …).
    pub package: String,
    pub location_id: Option<String>,
    pub extension: Option<String>,
    pub phone_numbers: Vec<PhoneNumberEntry>,
    /// Ids of the licenses held (see `/licenses`).
    pub licenses: Vec<String>,
    /// `invited`, `active` or `inactive`.
    pub status: String,
    pub created: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct PersonList {
    pub items: Vec<Person>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct PeopleQuery {
    pub org_id: Option<String>,
    /// Words matched by prefix against names and email.
    pub search: Option<String>,
    /// A package key.
    pub package: Option<String>,
    pub location_id: Option<String>,
    /// `invited`, `active` or `inactive`.
    pub status: Option<String>,
    /// `name_asc` (default), `name_desc`, `email_asc` or `email_desc`.
    pub sort: Option<String>,
    /// At most 200; 50 by default.
    pub max: Option<u32>,
    pub after: Option<String>,
}

/// A new person. A calling package needs `locationId` and an `extension`
/// or a phone number (PH-4).
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PersonCreate {
    pub emails: Vec<String>,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub display_name: String,
    pub package: String,
    #[serde(default)]
    pub location_id: String,
    #[serde(default)]
    pub extension: String,
    #[serde(default)]
    pub phone_numbers: Vec<PhoneNumberEntry>,
}

/// Changes to a person. Names are replaced when given; a `package` changes
/// the package with the calling data of this request (PH-8).
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PersonUpdate {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    pub package: Option<String>,
    #[serde(default)]
    pub location_id: String,
    #[serde(default)]
    pub extension: String,
    #[serde(default)]
    pub phone_numbers: Vec<PhoneNumberEntry>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct License {
    /// `<subscriptionId>:<license key>`.
    pub id: String,
    pub name: String,
    pub total_units: i64,
    pub consumed_units: i64,
    pub subscription_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct LicenseList {
    pub items: Vec<License>,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocationAddress {
    pub address1: String,
    #[serde(default)]
    pub address2: String,
    pub city: String,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub id: String,
    pub name: String,
    pub org_id: String,
    pub address: LocationAddress,
    pub user_count: u64,
    pub number_count: u64,
    pub free_number_count: u64,
}

#[derive(Serialize, ToSchema)]
pub struct LocationList {
    pub items: Vec<Location>,
}

#[derive(Deserialize, ToSchema)]
pub struct LocationWrite {
    pub name: String,
    pub address: LocationAddress,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NumberOwner {
    pub id: String,
    pub display_name: Option<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NumberLocation {
    pub id: String,
    pub name: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Number {
    pub id: String,
    pub phone_number: String,
    pub location: NumberLocation,
    /// `available` or `assigned`.
    pub state: String,
    pub owner: Option<NumberOwner>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NumberList {
    pub phone_numbers: Vec<Number>,
    pub next: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct NumbersQuery {
    pub org_id: Option<String>,
    pub location_id: Option<String>,
    /// `available` or `assigned`; both when absent.
    pub state: Option<String>,
    pub after: Option<String>,
}

/// Numbers to add to a location, in E.164 or the location's national format.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NumbersCreate {
    pub location_id: String,
    pub phone_numbers: Vec<String>,
}

/// The partner org whose catalog names are read or set; without it, the
/// caller's first partner org.
#[derive(Deserialize, IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PartnerParam {
    pub partner_org_id: Option<String>,
}

/// A package or license as a partner's customers see it.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CatalogEntry {
    /// The stable key scripts should match on.
    pub key: String,
    /// The name the partner's customers see.
    pub name: String,
    pub default_name: String,
    /// Packages: the keys of the licenses the package grants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licenses: Option<Vec<String>>,
    /// Licenses: held by every user on top of the package.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted_to_everyone: Option<bool>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    pub partner_org_id: String,
    pub packages: Vec<CatalogEntry>,
    pub licenses: Vec<CatalogEntry>,
}

/// A new display name; `null` goes back to the catalog's default.
#[derive(Deserialize, ToSchema)]
pub struct CatalogRename {
    pub name: Option<String>,
}
